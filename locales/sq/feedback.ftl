### Mendimet pas ngjarjeve dhe te kartat e shërbimeve, raportet e mendimeve me grafikë, vërtetimi i pjesëmarrjes (PDF).
### "Ngjarje" për çdo aktivitet; "punëtori" vetëm aty ku teksti anglisht thotë workshop; te vërtetimi "takim" (meeting).
### "Karaktere", jo "shkronja", kur numërohet gjatësia e tekstit.

## Butonat e menysë dhe ndihma

menu-report = 📊 Raporti i mendimeve
menu-certificate = 📄 Vërtetim pjesëmarrjeje
cmd-certificate = Merr vërtetimin e pjesëmarrjes
help-certificate = 📄 /certificate — një PDF me punëtoritë dhe takimet ku ke marrë pjesë, për shërbimet që e kërkojnë.

## A ishte i dobishëm shërbimi?

card-useful = A të ndihmoi?
# Dy butona në gjysmë rreshti.
card-useful-yes = 👍 Po
card-useful-no = 👎 Jo

## Mendimi pas një ngjarjeje

fb-prompt = Si shkoi <b>{ $title }</b>? Prek yjet.
# Buton: përdoret edhe pranë "Gati".
fb-skip = Kapërce
# Buton: emri i tij përmendet te fb-reasons.
fb-done = Gati
fb-bad-rating = Ky vlerësim nuk ekziston. Zgjidh nga 1 deri në 5 yje.
fb-not-attended = Mund të vlerësosh vetëm ngjarjet ku ke marrë pjesë.
fb-already = E ke vlerësuar tashmë këtë ngjarje. Faleminderit!
fb-reasons = Çfarë të bëri përshtypje? Prek gjithçka që vlen, pastaj «Gati».
fb-service-up = Mirë që të ndihmoi! Çfarë ishte e mirë?
fb-service-down = Na vjen keq. Çfarë nuk shkoi?
fb-thanks-short = Faleminderit që na e the.
fb-thanks = 🙏 Faleminderit! Përgjigjja jote i ndihmon organizatorët të përmirësohen.

## Arsyet e vlerësimit
## Butona në gjysmë rreshti (rreth 15 karaktere). Vlejnë si për ngjarjet, ashtu edhe për shërbimet.

# .short: e njëjta arsye te butonat e vlerësimit, dy në rresht (rreth 13
# karaktere, se shtohet «✅ »); vlera përdoret në raporte.
fb-reason-useful = I dobishëm
    .short = I dobishëm
fb-reason-clear = I qartë
    .short = I qartë
fb-reason-language = Gjuhë e vështirë
    .short = Gjuhë e rëndë
fb-reason-timing = Orar i keq
    .short = Orar i keq
fb-reason-place = Vështirë për të shkuar
    .short = S'arrihet lehtë
fb-reason-too-fast = Shumë shpejt
    .short = Shumë shpejt
fb-reason-wrong-info = Informacion i gabuar
    .short = Info e gabuar
fb-reason-unreachable = Nuk i gjeta dot
    .short = S'i gjeta dot
fb-reason-not-for-me = Jo ajo që kërkoja
    .short = Jo për mua

## Komenti i lirë

# $max është vlerë fikse (500). «Kapërce» është emri i butonit fb-skip.
fb-comment-prompt = Diçka tjetër për organizatorët? Shkruaje këtu (deri në { $max } karaktere) ose prek «Kapërce». Emri yt nuk u tregohet.
fb-comment-too-long = Komenti yt ka { $count } karaktere; kufiri është { $max }. Të lutem, shkurtoje.

## Raportet e mendimeve (për stafin dhe drejtuesit e shoqatave)

rep-not-allowed = Raportet janë vetëm për stafin dhe për drejtuesit e shoqatave.
rep-choose-period = 📊 Për cilën periudhë do raportin?
# Butona në gjysmë rreshti.
# .short: e njëjta, kur etiketa e plotë nuk nxë në buton (rreth 15 karaktere);
# shkurtoje nëse duhet.
rep-previous = { $span ->
        [week] Java e kaluar
        [month] Muaji i kaluar
        [quarter] Tremujori i kaluar
       *[year] Viti i kaluar
    }
    .short = { $span ->
        [week] Java e kaluar
        [month] Muaji i kaluar
        [quarter] Trem. i kaluar
       *[year] Viti i kaluar
    }
rep-custom = 📅 Një muaj ose vit tjetër
rep-custom-prompt = Shkruaj një muaj si 10/2026, një tremujor si Q3 2026 ose një vit si 2026. Raportet mbulojnë gjithmonë java, muaj, tremujorë ose vite të plota, që askush të mos njihet duke krahasuar dy periudha.
rep-period-empty = Ajo periudhë nuk ka mbaruar ende. Raportet mbulojnë vetëm java, muaj, tremujorë dhe vite që kanë mbaruar.
rep-period-unreadable = Nuk e kuptova periudhën. Shkruaj një muaj si 10/2026, një tremujor si Q3 2026 ose një vit si 2026.
rep-header = 📊 <b>Mendimet</b> · { $period }
# Futet brenda një rreshti të raportit.
rep-responses = { $count ->
        [one] { $count } përgjigje
       *[other] { $count } përgjigje
    }
# $average është numër dhjetor. Futet brenda një rreshti.
rep-average = mesatarja { $average } ★
rep-empty = Asnjë mendim në këtë periudhë.
# $min është vlerë fikse (5).
rep-total-small = Më pak se { $min } përgjigje: shifrat janë fshehur.
rep-group-small = <b>{ $label }</b>: më pak se { $min } përgjigje
rep-group-hidden = <b>{ $label }</b>: shifrat janë fshehur, që nga totalet të mos zbulohet një grup më i vogël
rep-reasons = Arsyet kryesore: { $reasons }
# rep-by-*: butona në një të tretën e rreshtit (rreth 9 karaktere).
# .short: butoni, tre në rresht (rreth 9 karaktere); vlera është titulli i pamjes.
rep-by-topic = Sipas temës
    .short = Tema
rep-by-event = Sipas ngjarjes
    .short = Ngjarja
rep-by-service = Sipas shërbimit
    .short = Shërbimi
rep-by-association = Sipas shoqatës
    .short = Shoqata
rep-by-language = Sipas gjuhës
    .short = Gjuha
rep-nothing-here = Asgjë për këtë periudhë.
rep-more = { $count ->
        [one] …dhe { $count } rresht tjetër në skedarin CSV.
       *[other] …dhe { $count } rreshta të tjerë në skedarin CSV.
    }
rep-comments = 💬 Komente
rep-no-comments = Nuk ka komente për të treguar.
# $min është vlerë fikse (5).
rep-comments-rule = Shfaqen vetëm komentet për gjërat që kanë të paktën { $min } përgjigje, dhe pa yjet e atyre që i shkruan.
rep-gaps = 🕳 Informacione që mungojnë
rep-gap-search = Kërkime pa rezultat
rep-gap-request = Kërkesa për shërbime që mungojnë
rep-gap-wrong-info = Sinjalizime për informacion të gabuar
# Futet në vend të një numri. $min është vlerë fikse (5).
rep-small = më pak se { $min }
rep-no-association = Pa shoqatë
rep-topic-none = Kërkime me fjalë
# Dy butona në gjysmë rreshti.
rep-charts = 📈 Grafikë
rep-csv = ⬇️ Skedarë CSV
rep-change-period = 📅 Ndrysho periudhën
rep-files-caption = { $period }

## Grafikët (tekste që vizatohen brenda figurës: të shkurtra, pa HTML dhe pa emoji)

chart-rating-title = Vlerësimi mesatar sipas temës
chart-rating-y = Vlerësimi mesatar (1–5)
# $min është vlerë fikse (5).
chart-too-few = Më pak se { $min } vlerësime: asgjë për të treguar.
chart-dist-title = Si i vlerësuan njerëzit ngjarjet
chart-dist-y = Përgjigje
chart-turnout-title = Regjistrimet dhe pjesëmarrja
chart-signed-up = Regjistrime
chart-attended = Prani
chart-no-events = Asnjë ngjarje në këtë periudhë.

## Vërtetimi: kërkesa dhe dërgimi

cert-none = Ende nuk ka asnjë pjesëmarrje të regjistruar për ty. Kur organizatorët ta shënojnë praninë tënde në një punëtori ose takim, këtu mund të marrësh vërtetimin.
# $max është vlerë fikse (80).
cert-ask-name = Shkruaj emrin dhe mbiemrin siç duhet të dalin në vërtetim, si në dokumente (deri në { $max } karaktere).
cert-name-invalid = Shkruaj vetëm emrin dhe mbiemrin, me shkronja (deri në { $max } karaktere).
cert-sent = 📄 Ja vërtetimi yt. Mund ta printosh ose ta tregosh nga telefoni.
# Emri i skedarit: vetëm shkronja latine pa diakritikë, shifra dhe viza (ASCII), pa hapësira.
cert-file-name = vertetim-pjesemarrjeje

## Vërtetimi i printuar (PDF)
## Rendi në faqe: cert-title, cert-intro, emri i personit në një rresht më vete, cert-attended, pastaj lista e takimeve.
## Shkruaj në formë asnjanëse (pa "i/e pranishëm/e").

cert-title = Vërtetim pjesëmarrjeje
cert-intro = Vërtetohet se
# Vazhdon cert-intro pas rreshtit me emrin.
cert-attended = { $count ->
        [one] ka marrë pjesë në takimin e mëposhtëm:
       *[other] ka marrë pjesë në këto { $count } takime:
    }
# $hours është tekst (mund të jetë dhjetor, p.sh. 1,5): "orë" nuk ndryshon sipas numrit.
cert-event = { $date }, { $from }–{ $to } ({ $hours } orë)
cert-organiser = Organizuar nga { $association }
cert-organiser-network = Organizuar nga rrjeti i projektit { -brand }
cert-total = Gjithsej orë pjesëmarrjeje: { $hours }
cert-issued = Lëshuar më { $date } përmes { -brand }, me kërkesë të personit të përmendur më sipër. Pjesëmarrja është regjistruar nga shoqatat organizatore.
cert-code = Kodi i verifikimit: { $code }
# Shtypet në vërtetim dhe u drejtohet të tjerëve, prandaj në vetën e dytë shumës ("skanoni", "dërgoni").
cert-how-to-check = Kushdo mund ta verifikojë këtë vërtetim: skanoni kodin QR ose dërgoni /verify { $code } te { $bot } në Telegram.

## Verifikimi i një vërtetimi (/verify)

cert-verify-usage = Për të verifikuar një vërtetim, dërgoni /verify dhe pas tij kodin e shtypur në vërtetim, për shembull /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } nuk është kod i vlefshëm vërtetimi.
cert-verify-withdrawn = ⚠️ Vërtetimi { $code } është tërhequr nga personi që e kishte marrë. Nuk është më i vlefshëm.
cert-verify-valid =
    ✅ <b>Vërtetim i vlefshëm</b> { $code }
    Lëshuar më { $date } për <b>{ $name }</b>, që mori pjesë në:
    { $events }
    Gjithsej orë: { $hours }

## Pyetjet në /report

rep-questions = ❓ Pyetjet
rep-q-staff = Stafi i projektit · { $topic }
rep-q-asked = { $count ->
        [one] 1 pyetje e bërë
       *[other] { $count } pyetje të bëra
    }
rep-q-median = Koha e zakonshme deri te përgjigjja e parë:
rep-q-median-minutes = Koha e zakonshme deri te përgjigjja e parë: { $n ->
        [one] 1 minutë
       *[other] { $n } minuta
    }
rep-q-median-hours = Koha e zakonshme deri te përgjigjja e parë: { $n ->
        [one] 1 orë
       *[other] { $n } orë
    }
rep-q-within = Përgjigjur brenda 48 orëve: { $percent }%
rep-q-helpful-label = Vlerësuar si të dobishme:
rep-q-helpful = Vlerësuar si të dobishme: { $percent }%
