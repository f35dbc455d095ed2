### Pyet një person: pyetja e një anëtari për shoqatën e vet ose për stafin e projektit, me përgjigje brenda botit.
### "Ndihmësit" janë drejtuesit e shoqatave dhe stafi që përgjigjen. Përgjigjet e stafit nënshkruhen "Stafi i projektit".
### $ref është referenca e pyetjes, si A7K2 (shfaqet pas #). Ton i thjeshtë dhe i ngrohtë: shumë lexues janë në ankth.
### Emrat e shoqatave dhe $to nuk lakohen: vendosi pas dy pikave ose si kryefjalë.

## Menyja kryesore

menu-ask = ❓ Bëj një pyetje
# Drejtuesit dhe stafi; $count është numri i pyetjeve të hapura për ta.
menu-questions = 💬 Pyetje të hapura ({ $count })

## Kujt t'i drejtohesh

q-choose =
    <b>Kujt do t'i bësh pyetjen?</b>
    Një person do ta lexojë pyetjen tënde dhe do të të përgjigjet këtu.
# Buton: një nga shoqatat e personit; $name është emri i saj.
q-to-association = 🤝 { $name }
# Buton dhe etiketë: stafi i projektit për një temë; $topic është emri i temës (topic-*).
q-to-staff = Stafi i projektit · { $topic }
q-mine = 📂 Pyetjet e mia
# $what është emri i një shërbimi ose titulli i një ngjarjeje.
q-about = Lidhur me: { $what }

## Shkrimi i pyetjes

# $to është kush do të përgjigjet (q-to-staff ose emri i një shoqate).
q-compose =
    <b>Pyetja jote për: { $to }</b>
    Shkruaje këtu. Mund të dërgosh edhe një foto, një dokument (për shembull një letër që ke marrë) ose një mesazh zanor. Dërgo sa mesazhe të duhen, pastaj shtyp «Dërgo».
# $readers është q-readers-*; $days është sa kohë e ruajmë; $number është numri i urgjencës.
q-before-sending =
    👀 Kush e lexon: { $readers }.
    🗄 E ruajmë derisa pyetja të mbyllet, pastaj edhe { $days ->
        [one] një ditë
       *[other] { $days } ditë
    }, dhe më pas e fshijmë.
    🚨 Kjo nuk është për urgjenca. Në rast urgjence, telefono { $number }.
q-readers-association = drejtuesit e shoqatës { $name }
q-readers-staff = stafi i projektit për { $topic }
# $count është numri i mesazheve gati për t'u dërguar.
q-ready = { $count ->
        [one] <b>1 mesazh gati:</b>
       *[other] <b>{ $count } mesazhe gati:</b>
    }
q-share-name = Ndaj me ta emrin tim
q-send = 📨 Dërgo
q-added = U shtua. Dërgo të tjera, ose shtyp «Dërgo».
q-too-many-parts = Një pyetje mund të ketë deri në { $max } mesazhe. Shtyp «Dërgo», pastaj mund të shtosh të tjera në bisedë.
# $ref është referenca; $days është sa kohë zgjat zakonisht një përgjigje.
q-sent =
    ✅ <b>U dërgua.</b> Referenca jote është <b>#{ $ref }</b>.
    Përgjigjja zakonisht vjen brenda { $days ->
        [one] një dite
       *[other] { $days } ditëve
    }. Do ta marrësh në këtë bisedë.

## Refuzime dhe udhëzime

q-blocked = Nuk mund të bësh më pyetje këtu. Nëse mendon se është gabim, fol me shoqatën tënde ballë për ballë.
q-too-many-open = Ke tashmë { $max } pyetje të hapura. Mbyll një që nuk të duhet më, pastaj pyet përsëri.
q-slow-down = Ke dërguar shumë mesazhe në orën e fundit. Të lutem, prit pak para se të dërgosh të tjera.
q-not-member = Nuk bën pjesë në atë shoqatë.
q-not-yours = Kjo pyetje nuk është e jotja, ose nuk ekziston më.
q-other-desk = Kjo pyetje është për një shoqatë tjetër ose për stafin, prandaj nuk mund ta hapësh.
q-gone = Kjo pyetje nuk ekziston më.
q-not-helper = Pyetjeve u përgjigjen vetëm drejtuesit e shoqatave dhe stafi i projektit.
q-hint-empty = Mesazhi është bosh. Shkruaj pyetjen, ose dërgo një foto, një dokument ose një mesazh zanor.
q-hint-media = Ky lloj mesazhi nuk mund të dërgohet këtu. Dërgo tekst, një foto, një dokument ose një mesazh zanor.
q-hint-too-long = Mesazhi është shumë i gjatë (mbi { $max } karaktere). Të lutem, ndaje në dy ose më shumë mesazhe.
q-hint-caption-long = Përshkrimi është shumë i gjatë (mbi { $caption } karaktere). Dërgoje tekstin si mesazh më vete.
q-hint-text-only = Përgjigjet shkruhen me tekst. Shkruaj përgjigjen tënde.

## Pyetjet e personit që pyet

q-mine-title = <b>Pyetjet e tua</b>
q-mine-empty = Nuk ke bërë ende asnjë pyetje.
# Butona: $ref është referenca, $to kujt i shkoi.
q-mine-open = 🟢 #{ $ref } · { $to }
q-mine-closed = ⚪ #{ $ref } · { $to }
q-status-open = e hapur
q-status-closed = e mbyllur
q-status-left = Personi që bëri pyetjen është larguar.
# $status është q-status-open ose q-status-closed.
q-thread-head = <b>#{ $ref }</b> · { $to } · { $status }
q-you = Ti
q-earlier-hidden = (Mesazhet e mëparshme nuk shfaqen.)
q-kind-photo = 📷 Foto
q-kind-document = 📄 Dokument
q-kind-voice = 🎤 Mesazh zanor
q-reply = ↩️ Përgjigju
q-close = ✅ Mbyll pyetjen
q-see-thread = 📂 Shiko bisedën
q-reply-prompt = Shkruaj përgjigjen tënde për pyetjen #{ $ref }. Mund të dërgosh edhe një foto, një dokument ose një mesazh zanor.
q-reply-sent = U dërgua. Do të të njoftoj këtu kur të të përgjigjen.
# «Bëj një pyetje» është emri i butonit menu-ask.
q-already-closed = Kjo pyetje është mbyllur. Për të pyetur diçka të re, përdor «Bëj një pyetje».
q-closed-by-you = Pyetja u mbyll. A të ndihmuan përgjigjet?
q-rate-ask = A të ndihmuan përgjigjet?
q-helpful = 👍 Po, më ndihmoi
q-not-helpful = 👎 Jo
q-rated = Faleminderit që na e the.

## Çfarë i vjen personit që pyet

q-from-staff = Stafi i projektit
# $from është emri i një shoqate ose q-from-staff.
q-answer-arrived = 💬 <b>{ $from }</b> iu përgjigj pyetjes sate #{ $ref }:
q-closed-by-helper = ✅ { $from } e mbylli pyetjen tënde #{ $ref }. A të ndihmuan përgjigjet?
# $topic është emri i temës (topic-*).
q-escalated-asker = Pyetja jote #{ $ref } iu kalua stafit të projektit për { $topic }. Do të të përgjigjen këtu.

## Ata që përgjigjen: lista e pyetjeve

# $count është numri i pyetjeve të hapura.
q-inbox = <b>Pyetje të hapura: { $count }</b> (më të vjetrat në fillim)
q-inbox-empty = Nuk ka pyetje në pritje. 🎉
# $age është q-age-*.
q-waiting = në pritje: { $age }
q-answered = ka përgjigje
q-age-minutes = { $n ->
        [one] 1 minutë
       *[other] { $n } minuta
    }
q-age-hours = { $n ->
        [one] 1 orë
       *[other] { $n } orë
    }
q-age-days = { $n ->
        [one] 1 ditë
       *[other] { $n } ditë
    }
q-line-free = askush nuk po përgjigjet ende
q-line-yours = po përgjigjesh ti
# $name është emri i ndihmësit që po përgjigjet.
q-line-claimed = { $name } po përgjigjet
q-to-your-association = shoqata jote

## Ata që përgjigjen: një pyetje

# $asker është emri i personit ose q-pseudonym; $lang është gjuha e tij.
q-desk-head =
    <b>#{ $ref }</b> · { $asker }
    Gjuha: { $lang } · Për: { $to }
q-pseudonym = Personi #{ $ref }
q-asker-left = (është larguar)
q-helper = Ndihmësi
# $name është emri i një ndihmësi.
q-note-from = 📝 Shënim nga { $name }
# $name është emri i një shoqate.
q-escalated-from = Kaluar nga shoqata { $name }
q-claim = 🙋 Do të përgjigjem unë
q-answer = ✍️ Përgjigju
q-take-over = 🔁 Merre përsipër
q-files = 📎 Shfaq skedarët ({ $count })
q-file-gone = Një skedar nuk mund të shfaqet: Telegram-i nuk e ka më.
q-escalate = ⬆️ Kaloja stafit të projektit
q-resolve = ✅ Mbyll
q-block = 🚫 Blloko
q-open = 📂 Hap pyetjen
q-resolved = Pyetja #{ $ref } u mbyll. E pyetëm personin nëse i ndihmoi.

## Përgjigjja

# $from është si nënshkruhet përgjigjja (emri i një shoqate ose q-from-staff).
q-answer-prompt = Shkruaj përgjigjen për #{ $ref }. Personi do ta shohë me nënshkrimin <b>{ $from }</b>; emri dhe llogaria jote nuk shfaqen.
q-asker-language = Personi ka shkruar në gjuhën: { $lang }. Mund të përgjigjesh në çfarëdo gjuhe.
q-answer-sent = Përgjigjja jote u dërgua.
q-answer-closed = Kjo pyetje është mbyllur, prandaj nuk u dërgua asgjë.
q-answer-taken = Tani po i përgjigjet dikush tjetër kësaj pyetjeje. Nëse do të përgjigjesh ti, merre përsipër më parë.
q-already-staff = Kjo pyetje është tashmë te stafi i projektit.
# $text është një përgjigje e ruajtur.
q-draft =
    <b>Përgjigje e ruajtur, gati për t'u dërguar:</b>
    { $text }
    Dërgoje siç është, ose kopjoje, ndryshoje dhe dërgo versionin tënd.
q-send-draft = 📨 Dërgo këtë përgjigje

## Përgjigjet e ruajtura

q-canned = 📋 Përgjigje të ruajtura
# $lang është emri i një gjuhe.
q-canned-list = <b>Përgjigjet e ruajtura ({ $lang })</b>. Prek njërën për ta përdorur.
q-canned-empty = Ende nuk ka përgjigje të ruajtura në gjuhën: { $lang }.
q-canned-new = ➕ Ruaj një përgjigje të re
q-canned-new-prompt = Shkruaj përgjigjen që do të ruash. Do të propozohet për pyetjet në gjuhën: { $lang }.
q-canned-saved = U ruajt.
q-canned-deleted = U fshi.

## Kalimi te stafi

q-escalate-prompt = Kaloja pyetjen #{ $ref } stafit të projektit. Për cilën temë është?
q-escalate-note = Shkruaj një shënim për stafin ({ $topic }): çfarë di tashmë ose çfarë ke provuar. Personi që pyeti nuk e sheh.
# $topic është emri i temës (topic-*).
q-escalated = ⬆️ Pyetja #{ $ref } iu kalua stafit të projektit për { $topic }. Personi u njoftua.

## Bllokimi

q-block-confirm = Ta ndalosh personin që bëri pyetjen #{ $ref } të bëjë pyetje të tjera? Pyetjet e hapura të këtij personi do të mbyllen. Stafi i projektit mund ta heqë bllokimin.
q-block-yes = 🚫 Po, bllokoje
q-blocked-done = U bllokua. Pyetjet e hapura të këtij personi u mbyllën.
q-blocks = 🚫 Personat e bllokuar
q-blocks-title = <b>Persona që nuk mund të bëjnë pyetje</b>
q-blocks-empty = Nuk ka asnjë person të bllokuar.
# $ref është pyetja që çoi te bllokimi; $name kush bllokoi; $date kur.
q-block-line = #{ $ref } · bllokuar nga { $name } më { $date }
q-lift = Hiq bllokimin (#{ $ref })
q-lifted = Bllokimi u hoq. Ky person mund të bëjë përsëri pyetje.

## Njoftime për ata që përgjigjen

# $lang është gjuha e personit që pyet; $to kujt i shkoi pyetja.
q-notice-new = 📩 Pyetje e re <b>#{ $ref }</b> për: { $to } (gjuha: { $lang }).
q-notice-reply = 💬 Personi që bëri pyetjen #{ $ref } shkroi përsëri.
q-notice-closed = Pyetja #{ $ref } u mbyll nga personi që e bëri.
q-notice-taken-over = { $name } e mori përsipër pyetjen #{ $ref }.
q-notice-left = Personi që bëri pyetjen #{ $ref } doli nga boti dhe fshiu të dhënat e veta. Pyetja u mbyll.
# $count pyetje kanë pritur më shumë se $hours orë.
q-reminder = ⏰ { $count ->
        [one] 1 pyetje ka pritur
       *[other] { $count } pyetje kanë pritur
    } mbi { $hours } orë për një përgjigje.
q-open-inbox = 📂 Hap pyetjet
# On a service or event card.
q-ask-about = ❓ Pyet një person për këtë

## Përkthimi automatik (vetëm nëse është konfiguruar një shërbim)

q-translate = 🌐 Përkthim automatik
q-translated = 🌐 Përkthim automatik i #{ $ref } nga gjuha: { $lang }. Mund të ketë gabime: kontrollo gjërat e rëndësishme me personin.
q-translate-failed = Shërbimi i përkthimit nuk përgjigjet. Provo më vonë.
q-translate-nothing = Nuk ka tekst për të përkthyer (vetëm skedarë).
q-translate-note = 🌐 Nëse ai që përgjigjet nuk e lexon gjuhën tënde, fjalët e tua (jo emri yt) mund t'i dërgohen një shërbimi përkthimi ({ $host }).
# Puts a saved answer in the input field, to change it there.
q-edit-draft = ✏️ Ndrysho para dërgimit
# A line of /help.
help-questions = ❓ Bëj një pyetje: një person nga shoqata jote ose nga stafi i projektit të përgjigjet këtu, zakonisht brenda 2 ditëve. Jo për urgjenca: telefono 112.
# To the helper who had claimed a question a leader passed on.
q-notice-escalated = Pyetja #{ $ref }, të cilës po i përgjigjeshe, iu kalua stafit të projektit për: { $topic }.
