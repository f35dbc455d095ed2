# Njoftimet: shkrimi, parapamja, planifikimi, dërgimi dhe raportet.

bc-new = 📣 Njoftim i ri
bc-history = 📜 Njoftimet e dërguara
bc-not-allowed = Nuk mund ta dërgosh këtë njoftim: mund ta bëjë vetëm stafi, dhe drejtuesit për anëtarët e shoqatës së tyre.
bc-no-members = Nuk do ta merrte askush: ky grup nuk ka ende anëtarë.
bc-audience-prompt = Kujt t'i dërgohet njoftimi?
bc-aud-everyone = 🌍 Të gjithëve
bc-aud-association = 🏛 Një shoqate
bc-aud-language = 🗣 Atyre që flasin një gjuhë
bc-aud-topic = 🔔 Atyre që ndjekin një temë
bc-pick-association = Zgjidh shoqatën.
bc-pick-language = Zgjidh gjuhën.
bc-pick-topic = Zgjidh temën.
bc-compose-prompt =
    Njoftim për <b>{ $audience }</b> ({ $count ->
        [one] një person, përveç teje
       *[other] { $count } persona, përveç teje
    }).
    Shkruaj tani mesazhin. Mund të përdorësh shkronja të theksuara, të pjerrëta dhe lidhje, dhe të bashkëngjitësh një foto ose dokument (teksti bëhet përshkrimi i tij). Deri në { $max } shkronja.
bc-empty = Njoftimi është bosh: shkruaj një tekst.
bc-too-long = Janë { $length } shkronja, mbi kufirin prej { $max }. Shkurtoje ose ndaje në dy njoftime.
bc-unsupported = Mund të dërgoj tekst, foto dhe dokumente. Dërgo një prej tyre.
bc-gone = Ky njoftim nuk ekziston më.
bc-preview-original = 👇 Parapamja, siç do ta shohin anëtarët:
bc-preview-version = 👇 Versioni në { $language }:
bc-preview =
    Parapamja është më sipër. Do t'u shkojë { $count ->
        [one] një personi
       *[other] { $count } personave
    }. Versionet: { $versions }.
    Secili merr versionin në gjuhën e vet, ose origjinalin.
bc-send-now = ✅ Dërgo tani
bc-schedule = 🕒 Planifiko
bc-add-version = 🌐 Shto një version në gjuhë tjetër
bc-version-lang = Në cilën gjuhë është versioni i ri?
bc-version-text = Shkruaj versionin në { $language }.
bc-when = Kur duhet të niset? Shkruaj datën dhe orën, për shembull 25/3 18:30.
bc-when-unreadable = Nuk e kuptova datën. Shkruaje si 25/3 18:30 ose 25/03/2027 18.30.
bc-when-past = Ajo orë ka kaluar tashmë. Zgjidh një moment në të ardhmen.
bc-confirm-now = Ta dërgoj tani te { $count ->
        [one] një person
       *[other] { $count } persona
    }?
bc-confirm-later = Ta dërgoj më { $when } te { $count ->
        [one] një person
       *[other] { $count } persona
    }?
bc-confirm = ✅ Konfirmo
bc-queued = 📣 Dërgimi nisi. Do të të njoftoj këtu.
bc-scheduled = 🕒 U planifikua për { $when }.
bc-progress = 📣 Po dërgohet… { $done } nga { $total }
bc-report =
    <b>📣 Njoftimi u dërgua</b>
    ✅ Të dorëzuara: { $delivered }
    🚫 Të paarritshëm: { $unreachable }
    ⚠️ Të dështuara: { $failed }
    { $by_language }
bc-unschedule = ✖ Anulo njoftimin e planifikuar për { $when }
bc-unscheduled = U bë: ky njoftim nuk do të dërgohet.
bc-scheduled-withdrawn = Njoftimi yt i planifikuar nuk u dërgua: nuk ke më të drejtë ta dërgosh. Nëse është gabim, të lutem kontakto stafin e projektit.
bc-report-refused = ⚠️ Nuk u dërgua te { $count ->
        [one] një person
       *[other] { $count } persona
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram nuk do ta dorëzojë këtë version: { $reason }. Anëtarët nuk do ta merrnin. Të lutem, dërgoje përsëri tekstin.
bc-why-formatting = Telegram nuk arriti të lexojë formatimin
bc-why-too-long = teksti është më i gjatë se sa lejon Telegram
bc-why-media = fotoja ose dokumenti nuk mund të dërgohej
bc-why-other = Telegram e refuzoi mesazhin
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }
bc-history-title = <b>Njoftimet e dërguara</b>
bc-history-empty = Asnjë njoftim ende.
bc-history-line = { $when } · { $status }
    “{ $text }”
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
bc-status-sending = po dërgohet
bc-status-done = u dërgua
bc-status-scheduled = i planifikuar
bc-aud-event = të regjistruarit në ngjarje
