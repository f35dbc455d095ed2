# Punëtori, takime trajnimi dhe ngjarje: lista, regjistrimi, kujtesat, organizatorët.

menu-events = 📅 Punëtori dhe takime
menu-my-signups = 🎟 Regjistrimet e mia
menu-manage-events = 🛠 Menaxho ngjarjet
help-events = 📅 Punëtori dhe takime: regjistrohu me një prekje, merr skedarin e kalendarit dhe kujtesat, dhe liro vendin nëse nuk mund të vish.

ev-list-title = <b>Punëtoritë dhe takimet e ardhshme</b>
ev-none = Për momentin nuk ka ngjarje të planifikuara.
ev-kind-workshop = 🧩 Punëtori
ev-kind-training = 🤝 Takim trajnimi
ev-kind-other = 📌 Ngjarje
ev-fallback = <i>Ky përshkrim nuk është në gjuhën tënde.</i>
ev-online = 💻 Në internet
ev-join-online = 💻 Merr pjesë në internet
ev-cancelled = ❌ Kjo ngjarje u anulua.
ev-full = 🔴 Plot: mund të futesh në listën e pritjes
ev-seats-left = 🟢 { $count ->
        [one] një vend i lirë
       *[other] { $count } vende të lira
    }
ev-you-are-in = ✅ Je i regjistruar.
ev-waitlist-position = ⏳ Lista e pritjes: numri { $position }
ev-sign-up = ✅ Më regjistro
ev-cancel-place = ✖ Anulo vendin tim
ev-cancel-confirm = Do ta anulosh vendin tënd te <b>{ $title }</b>?
ev-cancel-yes = ✖ Po, anuloje
ev-signed-up = ✅ U regjistrove! Ja skedari për kalendarin; do të të kujtoj para se të fillojë.
ev-ics-caption = 📅 Shtoje në kalendarin tënd
ev-on-waitlist = ⏳ Ngjarja është plot: je numri { $position } në listën e pritjes. Nëse lirohet një vend, do të të njoftoj.
ev-already-signed = Je regjistruar tashmë në këtë ngjarje.
ev-closed = Regjistrimet për këtë ngjarje janë mbyllur.
ev-not-signed = Nuk ishe i regjistruar në këtë ngjarje.
ev-place-cancelled = Vendi yt u anulua. Faleminderit që na njoftove.
ev-promoted = 🎉 U lirua një vend: tani je i regjistruar te <b>{ $title }</b>!
ev-cant-come = 🙅 Nuk mund të vij
ev-mine-title = <b>Regjistrimet e tua</b>
ev-mine-none = Nuk je i regjistruar në asnjë ngjarje të ardhshme.

ev-in-minutes = pas { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }
ev-in-hours = pas { $hours ->
        [one] një ore
       *[other] { $hours } orësh
    }
ev-reminder = ⏰ Kujtesë: <b>{ $title }</b> fillon { $when }.
    📍 { $place }
ev-notice-changed = 🔄 <b>{ $title }</b> ndryshoi: tani më { $when }, te { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) u anulua. Na vjen keq.

ev-not-organiser = Vetëm stafi dhe drejtuesit e shoqatave organizojnë ngjarje.
ev-not-your-event = Mund të menaxhosh vetëm ngjarjet e shoqatës tënde.
ev-attendance-not-yet = Prania mund të shënohet vetëm pasi të ketë filluar ngjarja.
ev-already-ended = Kjo ngjarje ka mbaruar tashmë: nuk mund të ndryshohet apo të anulohet më.
ev-gone = Kjo ngjarje nuk ekziston më. Mund të jetë hequr.
ev-manage-title = <b>Ngjarjet e tua</b>
ev-manage-none = Asnjë ngjarje ende.
ev-new = ➕ Ngjarje e re
ev-attendees = 👥 { $count } nga { $capacity } vende të zëna
ev-csv = 📄 Fleta e nënshkrimeve (CSV)
ev-csv-caption = 📄 Fleta e nënshkrimeve
ev-csv-name = Emri
ev-csv-status = Gjendja
ev-csv-attended = I pranishëm
ev-csv-signature = Nënshkrimi
ev-csv-confirmed = i regjistruar
ev-csv-yes = po
ev-csv-no = jo
ev-attendance = ✅ Prania
ev-attendance-prompt = Prek çdo person që erdhi.
ev-change-time = 🕒 Ndrysho orën
ev-change-place = 📍 Ndrysho vendin
ev-cancel-event = ❌ Anulo ngjarjen
ev-cancel-event-confirm = Ta anulosh këtë ngjarje? Do të njoftojmë të gjithë të regjistruarit dhe ata në pritje.
ev-cancel-event-yes = ❌ Po, anuloje ngjarjen
ev-event-cancelled = Ngjarja u anulua dhe po njoftojmë të gjithë.
ev-updated = U ruajt. Po njoftojmë të regjistruarit dhe ata në pritje.
ev-ask-new-start = Kur fillon tani? Për shembull 25/3 18:30. Kohëzgjatja mbetet e njëjtë.

ev-ask-kind = Çfarë lloj ngjarjeje është?
ev-ask-topic = Për cilën temë?
ev-ask-title = Shkruaj titullin (deri në { $max } shkronja).
ev-ask-description = Përshkruaje ngjarjen me pak rreshta.
ev-ask-start = Kur fillon? Për shembull 25/3 18:30 ose 25/03/2027 18.30.
ev-ask-end = Kur mbaron? Një orë si 20:00, ose datë dhe orë.
ev-ask-place = Ku? Shkruaj adresën, ose ngjit lidhjen për një takim në internet.
ev-ask-capacity = Sa vende? Një numër nga 1 deri në { $max }.
ev-ask-languages = Cilat gjuhë do të flasin? Prek për të zgjedhur, pastaj Përpara.
ev-next = Përpara ➡️
ev-ask-audience = Kush mund të regjistrohet?
ev-aud-everyone = 🌍 Të gjithë
ev-aud-members = 🏛 Anëtarët e shoqatës sime
ev-aud-leaders = 👔 Vetëm drejtuesit e shoqatave
ev-preview = <b>Parapamja</b>
ev-create = ✅ Krijo ngjarjen
ev-created = ✅ Ngjarja u krijua.
ev-title-invalid = Titulli duhet të ketë nga 1 deri në { $max } shkronja.
ev-date-past = Ajo datë ka kaluar. Zgjidh një datë dhe orë në të ardhmen.
ev-date-unreadable = Nuk e kuptova. Shkruaj datën dhe orën si 25/3 18:30.
ev-end-before-start = Mbarimi duhet të jetë pas fillimit.
ev-too-long = Një ngjarje mund të zgjasë më së shumti dy javë.
ev-capacity-invalid = Shkruaj një numër vendesh nga 1 deri në { $max }.
