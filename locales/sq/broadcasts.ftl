### Njoftimet: zgjedhja e marrësve, shkrimi, parapamja, planifikimi, dërgimi dhe raportet.
### "Njoftim" = mesazh që stafi ose një drejtues shoqate u dërgon shumë njerëzve. Mos përdor "sinjalizim" këtu (sinjalizim = report).
### "Karaktere", jo "shkronja", kur numërohet gjatësia e tekstit.

## Butonat e menysë

# Buton në gjysmë rreshti (pranë "Njoftimet e dërguara").
bc-new = 📣 Njoftim i ri
# Buton në gjysmë rreshti (pranë "Njoftim i ri").
bc-history = 📜 Njoftimet e dërguara
bc-not-allowed = Nuk mund ta dërgosh këtë njoftim. Njoftimet i dërgon stafi, ndërsa drejtuesit ua dërgojnë vetëm anëtarëve të shoqatës së tyre.
bc-no-members = Nuk do ta merrte askush: ky grup nuk ka ende anëtarë.

## Zgjedhja e marrësve

bc-audience-prompt = Kush duhet ta marrë njoftimin?
# Buton. Brenda fjalisë përdoret bc-aud-everyone-inline.
bc-aud-everyone = 🌍 Të gjithë
bc-aud-association = 🏛 Një shoqatë
bc-aud-language = 🗣 Ata që flasin një gjuhë
bc-aud-topic = 🔔 Ata që ndjekin një temë
# Futet si { $audience } pas "Marrësit:" te bc-compose-prompt: trajta e bc-aud-everyone brenda fjalisë, pa emoji.
bc-aud-everyone-inline = të gjithë
bc-pick-association = Zgjidh shoqatën.
bc-pick-language = Zgjidh gjuhën.
bc-pick-topic = Zgjidh temën.

## Shkrimi i njoftimit

# $audience mund të jetë «të gjithë» (bc-aud-everyone-inline), emri i një shoqate, i një gjuhe, i një teme ose bc-aud-event:
# prandaj vjen pas dy pikave, si etiketë. $max është vlerë fikse (4096).
bc-compose-prompt =
    Marrësit: <b>{ $audience }</b> ({ $count ->
        [one] një person, përveç teje
       *[other] { $count } persona, përveç teje
    }).
    Shkruaj tani mesazhin. Mund të përdorësh shkronja të trasha, të pjerrëta dhe lidhje. Mund të bashkëngjitësh edhe një foto ose një dokument: atëherë teksti bëhet përshkrimi i tyre. Deri në { $max } karaktere.
bc-empty = Njoftimi është bosh: shkruaj një tekst.
bc-too-long = Teksti ka { $length } karaktere, mbi kufirin prej { $max }. Shkurtoje ose ndaje në dy njoftime.
bc-unsupported = Mund të dërgoj vetëm tekst, foto dhe dokumente. Dërgo një prej tyre.
bc-gone = Ky njoftim nuk ekziston më.

## Parapamja dhe versionet në gjuhë të tjera

bc-preview-original = 👇 Parapamja, siç do ta shohin anëtarët:
# $language është emri i gjuhës në atë gjuhë (p.sh. 🇫🇷 Français), prandaj vjen pas dy pikave.
bc-preview-version = 👇 Versioni: { $language }
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
# $language është emri i gjuhës në atë gjuhë, në fund pas dy pikave.
bc-version-text = Shkruaj tani tekstin në këtë gjuhë: { $language }

## Planifikimi dhe konfirmimi

bc-when = Kur duhet të niset? Shkruaj datën dhe orën, për shembull 25/3 18:30.
bc-when-unreadable = Nuk e kuptova datën. Shkruaje si 25/3 18:30 ose 25/03/2027 18.30.
bc-when-past = Ajo orë ka kaluar. Zgjidh një moment në të ardhmen.
bc-confirm-now = Ta dërgoj tani te { $count ->
        [one] një person
       *[other] { $count } persona
    }?
bc-confirm-later = Ta dërgoj më { $when } te { $count ->
        [one] një person
       *[other] { $count } persona
    }?
bc-confirm = ✅ Konfirmo
bc-queued = 📣 Dërgimi nisi. Do të të njoftoj këtu si po shkon.
bc-scheduled = 🕒 Njoftimi do të dërgohet më { $when }.
bc-progress = 📣 Po dërgohet… { $done } nga { $total }

## Raporti i dërgimit

# $by_language janë rreshta nga bc-report-lang.
bc-report =
    <b>📣 Njoftimi u dërgua</b>
    ✅ U dorëzua: { $delivered }
    🚫 Nuk u arrit: { $unreachable }
    ⚠️ Dështoi: { $failed }
    { $by_language }
bc-unschedule = ✖ Anulo njoftimin e planifikuar për { $when }
bc-unscheduled = U bë: ky njoftim nuk do të dërgohet.
bc-scheduled-withdrawn = Njoftimi yt i planifikuar nuk u dërgua: nuk ke më të drejtë ta dërgosh. Nëse është gabim, kontakto stafin e projektit.
# $reason është një nga tekstet bc-why-*.
bc-report-refused = ⚠️ Nuk u dërgua te { $count ->
        [one] një person
       *[other] { $count } persona
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram nuk do ta dorëzojë këtë version: { $reason }. Anëtarët nuk do ta merrnin. Të lutem, dërgoje përsëri tekstin.
# bc-why-*: arsye që futen brenda fjalisë pas dy pikave, pa pikë në fund.
bc-why-formatting = Telegram nuk arriti të lexojë formatimin
bc-why-too-long = teksti është më i gjatë nga sa lejon Telegram
bc-why-media = fotoja ose dokumenti nuk mund të dërgohej
bc-why-other = Telegram e refuzoi mesazhin
# Një rresht për çdo gjuhë brenda bc-report.
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }

## Njoftimet e dërguara

bc-history-title = <b>Njoftimet e dërguara</b>
bc-history-empty = Asnjë njoftim ende.
# $status është një nga tekstet bc-status-*.
bc-history-line = { $when } · { $status }
    «{ $text }»
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
# bc-status-*: fjalë gjendjeje që futen në një rresht, pa pikë.
bc-status-sending = po dërgohet
bc-status-done = u dërgua
bc-status-scheduled = i planifikuar
# Futet pas "Marrësit:" kur marrësit janë të regjistruarit në një ngjarje.
bc-aud-event = të regjistruarit në ngjarje
