## Mendimet pas takimeve, te kartat e shërbimeve, raportet, vërtetimet.

menu-report = 📊 Raporti i mendimeve
menu-certificate = 📄 Vërtetim pjesëmarrjeje
cmd-certificate = Vërtetim i punëtorive të mia
help-certificate = 📄 /certificate — një PDF me punëtoritë ku more pjesë, për shërbimet që e kërkojnë.

card-useful = A të ndihmoi?
card-useful-yes = 👍 Po
card-useful-no = 👎 Jo

fb-prompt = Si shkoi <b>{ $title }</b>? Prek yjet.
fb-skip = Kapërce
fb-done = Gati
fb-bad-rating = Ky vlerësim nuk ekziston. Zgjidh nga 1 deri në 5 yje.
fb-not-attended = Mund të vlerësosh vetëm takimet ku more pjesë.
fb-already = E ke vlerësuar tashmë këtë takim. Faleminderit!
fb-reasons = Çfarë të bëri përshtypje? Prek gjithçka që vlen, pastaj “Gati”.
fb-service-up = Mirë që të ndihmoi! Çfarë ishte e mirë?
fb-service-down = Na vjen keq. Çfarë nuk shkoi?
fb-thanks-short = Faleminderit që na e the.
fb-thanks = 🙏 Faleminderit! Përgjigjja jote i ndihmon organizatorët të përmirësohen.
fb-reason-useful = I dobishëm
fb-reason-clear = I qartë
fb-reason-language = Gjuha ishte e vështirë
fb-reason-timing = Orari i papërshtatshëm
fb-reason-place = Vendi i vështirë për t'u arritur
fb-reason-too-fast = Shumë shpejt
fb-reason-wrong-info = Informacion i gabuar
fb-reason-unreachable = Nuk arrita t'i kontaktoj
fb-reason-not-for-me = Nuk ishte ajo që kërkoja
fb-comment-prompt = Diçka tjetër për organizatorët? Shkruaje këtu (deri në { $max } shkronja) ose prek “Kapërce”. Emri yt nuk u tregohet.
fb-comment-too-long = Komenti yt ka { $count } shkronja; kufiri është { $max }. Të lutem shkurtoje.

rep-not-allowed = Raportet janë për stafin dhe për drejtuesit e shoqatave.
rep-choose-period = 📊 Cilën periudhë do të shohësh?
rep-previous = { $span ->
        [week] Java e kaluar
        [month] Muaji i kaluar
        [quarter] Tremujori i kaluar
       *[year] Viti i kaluar
    }
rep-custom = 📅 Një muaj ose vit tjetër
rep-custom-prompt = Shkruaj një muaj si 10/2026, një tremujor si Q3 2026 ose një vit si 2026. Çdo raport mbulon një javë, një muaj, një tremujor ose një vit të plotë, që askush të mos identifikohet duke krahasuar dy periudha.
rep-period-empty = Ajo periudhë nuk ka mbaruar ende. Raportet mbulojnë vetëm javë, muaj, tremujorë dhe vite që kanë mbaruar.
rep-period-unreadable = Nuk arrij ta lexoj këtë periudhë. Shkruaj një muaj si 10/2026, një tremujor si Q3 2026 ose një vit si 2026.
rep-header = 📊 <b>Mendimet</b> · { $period }
rep-responses = { $count ->
        [one] { $count } përgjigje
       *[other] { $count } përgjigje
    }
rep-average = mesatarja { $average } ★
rep-empty = Asnjë mendim në këtë periudhë.
rep-total-small = Më pak se { $min } përgjigje: shifrat janë fshehur.
rep-group-small = <b>{ $label }</b>: më pak se { $min } përgjigje
rep-group-hidden = <b>{ $label }</b>: shifrat janë fshehur, që nga totalet të mos zbulohet një grup më i vogël
rep-reasons = Arsyet kryesore: { $reasons }
rep-by-topic = Sipas temës
rep-by-event = Sipas takimit
rep-by-service = Sipas shërbimit
rep-by-association = Sipas shoqatës
rep-by-language = Sipas gjuhës
rep-nothing-here = Asgjë për këtë periudhë.
rep-more = { $count ->
        [one] …dhe edhe { $count } në skedarin CSV.
       *[other] …dhe edhe { $count } të tjerë në skedarin CSV.
    }
rep-comments = 💬 Komente
rep-no-comments = Nuk ka komente për të treguar.
rep-comments-rule = Shfaqen vetëm komentet për atë që ka të paktën { $min } përgjigje, pa yjet e atyre që i shkruan.
rep-gaps = 🕳 Informacione që mungojnë
rep-gap-search = Kërkime pa rezultat
rep-gap-request = Kërkesa për shërbime që mungojnë
rep-gap-wrong-info = Sinjalizime për informacion të gabuar
rep-small = më pak se { $min }
rep-no-association = Pa shoqatë
rep-topic-none = Kërkime të shkruara
rep-charts = 📈 Grafikë
rep-csv = ⬇️ Skedarë CSV
rep-change-period = 📅 Ndrysho periudhën
rep-files-caption = { $period }

chart-rating-title = Vlerësimi mesatar sipas temës
chart-rating-y = Vlerësimi mesatar (1–5)
chart-too-few = Më pak se { $min } vlerësime: asgjë për të treguar.
chart-dist-title = Si u vlerësuan takimet
chart-dist-y = Përgjigje
chart-turnout-title = Regjistrimet dhe pjesëmarrja
chart-signed-up = Të regjistruar
chart-attended = Të pranishëm
chart-no-events = Asnjë takim në këtë periudhë.

cert-none = Ende nuk ka asnjë pjesëmarrje të regjistruar për ty. Kur organizatori të shënon të pranishëm në një punëtori, këtu mund të marrësh vërtetimin.
cert-ask-name = Shkruaj emrin dhe mbiemrin siç duhet të dalin në vërtetim (si në dokumente, deri në { $max } shkronja).
cert-name-invalid = Shkruaj vetëm emrin dhe mbiemrin, me shkronja (deri në { $max } shkronja).
cert-sent = 📄 Ja vërtetimi yt. Mund ta printosh ose ta tregosh nga telefoni.
cert-file-name = vertetim-pjesemarrjeje
cert-title = Vërtetim pjesëmarrjeje
cert-intro = Vërtetohet se
cert-attended = { $count ->
        [one] ka marrë pjesë në takimin e mëposhtëm:
       *[other] ka marrë pjesë në { $count } takimet e mëposhtme:
    }
cert-event = { $date }, { $from }–{ $to } ({ $hours } orë)
cert-organiser = Organizuar nga { $association }
cert-organiser-network = Organizuar nga rrjeti i projektit Discorsi
cert-total = Gjithsej orë pjesëmarrjeje: { $hours }
cert-issued = Lëshuar më { $date } përmes Discorsi, me kërkesë të personit të interesuar. Pjesëmarrja është regjistruar nga shoqatat organizatore.
cert-code = Kodi i verifikimit: { $code }
cert-how-to-check = Kushdo mund ta verifikojë këtë vërtetim: skanoni kodin QR ose dërgoni /verify { $code } te { $bot } në Telegram.
cert-verify-usage = Për të verifikuar një vërtetim, dërgoni /verify dhe pas tij kodin e shtypur në vërtetim, për shembull /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } nuk është kod i vlefshëm vërtetimi.
cert-verify-withdrawn = ⚠️ Vërtetimi { $code } është tërhequr nga personi të cilit iu lëshua. Nuk është më i vlefshëm.
cert-verify-valid =
    ✅ <b>Vërtetim i vlefshëm</b> { $code }
    Lëshuar më { $date } për <b>{ $name }</b>, që mori pjesë në:
    { $events }
    Gjithsej orë: { $hours }
