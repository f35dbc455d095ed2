### Punëtori, takime trajnimi dhe ngjarje: lista, regjistrimi, kujtesat, mjetet e organizatorëve dhe krijimi i ngjarjes.
### Terma: "ngjarje" për çdo aktivitet; "punëtori" dhe "takim trajnimi" janë dy lloje të saj. "Regjistrim" = sign-up.
### Shmang "i regjistruar" për përdoruesin: shkruaj "je regjistruar", "u regjistrove".

## Butonat e menysë kryesore

# Buton në gjysmë rreshti (pranë "Regjistrimet e mia").
menu-events = 📅 Punëtori dhe takime
# Buton në gjysmë rreshti (pranë "Punëtori dhe takime").
menu-my-signups = 🎟 Regjistrimet e mia
menu-manage-events = 🛠 Menaxho ngjarjet
help-events = 📅 Punëtori dhe takime: regjistrohu me një prekje, merr skedarin për kalendarin dhe kujtesat, dhe anuloje regjistrimin nëse nuk mund të vish.

## Lista dhe karta e ngjarjes

ev-list-title = <b>Punëtoritë dhe takimet e ardhshme</b>
ev-none = Për momentin nuk ka ngjarje të planifikuara.
# Llojet e ngjarjeve: butona në gjerësi të plotë; shfaqen edhe te karta e ngjarjes.
ev-kind-workshop = 🧩 Punëtori
ev-kind-training = 🤝 Takim trajnimi
ev-kind-other = 📌 Ngjarje
# Shfaqet kur as titulli, as përshkrimi nuk janë në gjuhën e lexuesit.
ev-fallback = <i>Titulli dhe përshkrimi i kësaj ngjarjeje nuk janë në gjuhën tënde.</i>
# Shfaqet kur titulli nuk është në gjuhën e lexuesit (ngjarja s'ka përshkrim).
ev-fallback-title = <i>Titulli i kësaj ngjarjeje nuk është në gjuhën tënde.</i>
# Shfaqet kur titulli është në gjuhën e lexuesit, por përshkrimi jo.
ev-fallback-description = <i>Përshkrimi nuk është në gjuhën tënde.</i>
# $languages: gjuhët që fliten në ngjarje, secila me emrin e vet.
ev-languages = 🗣 Gjuhët e ngjarjes: { $languages }
ev-online = 💻 Online
ev-join-online = 💻 Merr pjesë online
ev-cancelled = ❌ Kjo ngjarje u anulua.
ev-full = 🔴 Nuk ka vende të lira: mund të futesh në listën e pritjes
ev-seats-left = 🟢 { $count ->
        [one] një vend i lirë
       *[other] { $count } vende të lira
    }
ev-you-are-in = ✅ Je regjistruar.
# Përdoret edhe në kolonën "Gjendja" të fletës së nënshkrimeve (CSV).
ev-waitlist-position = ⏳ Lista e pritjes: numri { $position }
ev-sign-up = ✅ Më regjistro
ev-cancel-place = ✖ Anulo regjistrimin
# Testet automatike kërkojnë fillimin "Do ta anulosh".
ev-cancel-confirm = Do ta anulosh regjistrimin për <b>{ $title }</b>?
ev-cancel-yes = ✖ Po, anuloje
ev-signed-up = ✅ U regjistrove! Ja skedari për kalendarin. Do të të kujtoj para se të fillojë.
ev-ics-caption = 📅 Shtoje në kalendarin tënd
ev-on-waitlist = ⏳ Nuk ka vende të lira: je numri { $position } në listën e pritjes. Nëse lirohet një vend, do të të njoftoj.
ev-already-signed = Je regjistruar tashmë në këtë ngjarje.
ev-closed = Regjistrimet për këtë ngjarje janë mbyllur.
ev-not-signed = Nuk ishe regjistruar në këtë ngjarje.
ev-place-cancelled = Regjistrimi yt u anulua. Faleminderit që na njoftove.
ev-promoted = 🎉 U lirua një vend: tani je regjistruar për <b>{ $title }</b>!
ev-cant-come = 🙅 Nuk mund të vij
ev-mine-title = <b>Regjistrimet e tua</b>
ev-mine-none = Nuk je regjistruar në asnjë ngjarje të ardhshme.

## Kujtesat dhe njoftimet

# Futen te ev-reminder pas "fillon". Testet automatike kërkojnë "pas 90 minutash".
ev-in-minutes = pas { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }
ev-in-hours = pas { $hours ->
        [one] një ore
       *[other] { $hours } orësh
    }
# $when është teksti i ev-in-minutes ose ev-in-hours. Testet automatike kërkojnë "Kujtesë".
ev-reminder = ⏰ Kujtesë: <b>{ $title }</b> fillon { $when }.
    📍 { $place }
# Dërgohet kur ndryshon ora OSE vendi: mos thuaj se ndryshoi ora. $when është datë dhe orë (25/03/2027 18:30).
ev-notice-changed = 🔄 <b>{ $title }</b> ndryshoi. Data dhe ora: { $when }. Vendi: { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) u anulua. Na vjen keq.

## Mjetet e organizatorëve

ev-not-organiser = Vetëm stafi dhe drejtuesit e shoqatave organizojnë ngjarje.
ev-not-your-event = Mund të menaxhosh vetëm ngjarjet e shoqatës tënde.
ev-attendance-not-yet = Prania mund të shënohet vetëm pasi të ketë filluar ngjarja.
ev-already-ended = Kjo ngjarje ka mbaruar: nuk mund të ndryshohet dhe as të anulohet më.
ev-gone = Kjo ngjarje nuk ekziston më. Mund të jetë hequr.
ev-manage-title = <b>Ngjarjet e tua</b>
ev-manage-none = Asnjë ngjarje ende.
ev-new = ➕ Ngjarje e re
# Mos vendos emër të numëruar pas $capacity (mund të jetë 1).
ev-attendees = 👥 Vende të zëna: { $count } nga { $capacity }
# Buton në gjysmë rreshti (pranë "Prania").
ev-csv = 📄 Fleta e nënshkrimeve (CSV)
ev-csv-caption = 📄 Fleta e nënshkrimeve
# ev-csv-name, ev-csv-status, ev-csv-attended, ev-csv-signature: titujt e kolonave në skedarin CSV. Pa HTML dhe pa presje.
ev-csv-name = Emri
ev-csv-status = Gjendja
ev-csv-attended = Prania
ev-csv-signature = Nënshkrimi
# Vlera në skedarin CSV (gjendja; prania po/jo). Pa HTML.
ev-csv-confirmed = regjistruar
ev-csv-waitlist = lista e pritjes nr. { $position }
ev-csv-yes = po
ev-csv-no = jo
# Buton në gjysmë rreshti (pranë "Fleta e nënshkrimeve").
ev-attendance = ✅ Prania
ev-attendance-prompt = Prek çdo person që erdhi.
# Dy butona në gjysmë rreshti, pranë njëri-tjetrit.
ev-change-time = 🕒 Ndrysho orën
ev-change-place = 📍 Ndrysho vendin
ev-cancel-event = ❌ Anulo ngjarjen
ev-cancel-event-confirm = Do ta anulosh këtë ngjarje? Do të njoftojmë të gjithë të regjistruarit dhe ata në pritje.
ev-cancel-event-yes = ❌ Po, anuloje ngjarjen
ev-event-cancelled = Ngjarja u anulua dhe po i njoftojmë të gjithë.
ev-updated = U ruajt. Po njoftojmë të regjistruarit dhe ata në pritje.
ev-ask-new-start = Kur fillon tani? Për shembull 25/3 18:30. Kohëzgjatja mbetet e njëjtë.

## Krijimi i një ngjarjeje

ev-ask-kind = Çfarë lloj ngjarjeje është?
ev-ask-topic = Për cilën temë?
# $max është vlerë fikse (120). "Karaktere", jo "shkronja".
ev-ask-title = Shkruaj titullin (deri në { $max } karaktere).
ev-ask-description = Përshkruaje ngjarjen me pak rreshta.
ev-ask-start = Kur fillon? Për shembull 25/3 18:30 ose 25/03/2027 18.30.
ev-ask-end = Kur mbaron? Shkruaj orën, p.sh. 20:00, ose datën dhe orën.
ev-ask-place = Ku? Shkruaj adresën, ose ngjit lidhjen për një takim online.
# $max është vlerë fikse (5000).
ev-ask-capacity = Sa vende ka? Shkruaj një numër nga 1 deri në { $max }.
# «Përpara» është emri i butonit ev-next.
ev-ask-languages = Në cilat gjuhë do të flitet? Prek për t'i zgjedhur, pastaj «Përpara».
ev-next = Përpara ➡️
ev-ask-audience = Kush mund të regjistrohet?
ev-aud-everyone = 🌍 Të gjithë
ev-aud-members = 🏛 Anëtarët e shoqatës sime
ev-aud-leaders = 👔 Vetëm drejtuesit e shoqatave
ev-preview = <b>Parapamja</b>
ev-create = ✅ Krijo ngjarjen
ev-created = ✅ Ngjarja u krijua.
# $max është vlerë fikse (120).
ev-title-invalid = Titulli duhet të ketë nga 1 deri në { $max } karaktere.
ev-date-past = Ajo datë ka kaluar. Zgjidh një datë dhe orë në të ardhmen.
ev-date-unreadable = Nuk e kuptova. Shkruaj datën dhe orën si 25/3 18:30.
ev-end-before-start = Mbarimi duhet të jetë pas fillimit.
ev-too-long = Një ngjarje mund të zgjasë më së shumti dy javë.
# $max është vlerë fikse (5000).
ev-capacity-invalid = Shkruaj një numër vendesh nga 1 deri në { $max }.
