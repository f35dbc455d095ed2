# Guida ai servizi: navigazione, ricerca, schede, segnalazioni, casella dello staff.

menu-services = 🔎 Trova un servizio
menu-staff-inbox = 📥 Segnalazioni e richieste ({ $count })

dir-topics =
    <b>Di che tipo di aiuto hai bisogno?</b>
    Scegli un tema, oppure scrivi cosa stai cercando.
topic-housing = 🏠 Casa
topic-health = 🩺 Salute
topic-work = 💼 Lavoro e certificazioni
dir-subtopics = <b>{ $topic }</b> — che cosa di preciso?
sub-gp = Medico di famiglia
sub-stp_eni = Cure senza permesso (STP/ENI)
sub-emergency = Emergenze
sub-mental_health = Salute mentale
sub-women_children = Salute di donne e bambini
sub-shelter = Accoglienza notturna
sub-rent_help = Aiuto per l'affitto e case popolari
sub-tenants_rights = Diritti degli inquilini
sub-job_centre = Centri per l'impiego
sub-competence_cert = Certificazione delle competenze
sub-italian_courses = Corsi di italiano e diplomi (CPIA)
sub-qualification_recognition = Riconoscimento dei titoli esteri
dir-area = <b>{ $subtopic }</b> — dove?
dir-near-me = 📍 Vicino a me
dir-share-location = Premi “Condividi la mia posizione” qui sotto. La usiamo solo per questa ricerca.
dir-share-button = 📍 Condividi la mia posizione
dir-location-thanks = 📍 Grazie! Cerco vicino a te…
dir-location-cancelled = Va bene, niente posizione.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] Un servizio
       *[other] { $count } servizi
    } · pagina { $page } di { $pages }
dir-results-near = vicino a te
dir-results-search = Risultati per “{ $query }”
dir-open-now = 🟢 aperto ora
dir-closed-now = 🔴 chiuso ora
dir-distance = { $km } km
dir-prev = ◀️ Indietro
dir-next = Avanti ▶️
dir-no-results = Non ho trovato niente per “{ $query }”. Scegli un tema, oppure dicci cosa cercavi: ci aiuta a migliorare.
dir-tell-us = ✍️ Dicci cosa ti serve
dir-gap-prompt = Scrivi in poche parole cosa stavi cercando.
dir-gap-thanks = Grazie! L'abbiamo passato al gruppo di lavoro.
dir-search-unreadable = Non ho trovato parole nel messaggio. Prova con una parola come “medico” o “affitto”, oppure scegli un tema.
dir-service-gone = Questo servizio non è più nella guida.

card-fallback-it = <i>Questa descrizione è disponibile solo in italiano.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Aperto ora, fino alle { $time }
card-closed-opens = 🔴 Chiuso ora · apre { $day } alle { $time }
card-closed = 🔴 Chiuso ora
card-hours-unknown = 🕒 Orari non conosciuti: telefona o guarda il sito prima di andare.
card-today = 🕒 Oggi: { $hours }
card-today-closed = 🕒 Oggi chiuso
card-languages = 🗣 Lingue allo sportello: { $languages }
card-free = 💶 Gratuito
card-not-free = 💶 A pagamento: chiedi i costi
card-no-papers-yes = 🪪 Aperto anche a chi non ha il permesso di soggiorno
card-no-papers-no = 🪪 Serve il permesso di soggiorno
card-documents = 📄 Porta: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Verificato il { $date }
card-unverified = ⚠️ Non ancora verificato: controlla prima di andare.
card-map = 🗺 Mappa
card-website = 🌐 Sito web
card-report = ⚠️ Segnala un errore

report-prompt = Cosa è sbagliato o non più aggiornato? Scrivilo in poche parole (al massimo { $max } caratteri).
report-thanks = Grazie! Il gruppo di lavoro lo controllerà.
report-too-long = È troppo lungo: resta sotto i { $max } caratteri.

weekday-1 = lunedì
weekday-2 = martedì
weekday-3 = mercoledì
weekday-4 = giovedì
weekday-5 = venerdì
weekday-6 = sabato
weekday-7 = domenica

staff-inbox = <b>Segnalazioni e richieste</b> — { $count ->
        [one] una da gestire
       *[other] { $count } da gestire
    }
staff-inbox-empty = Niente da gestire per ora. 🎉
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: “{ $text }”
staff-gap-line = 🔎 #{ $id } [{ $lang }] “{ $text }”
staff-mark-done = ✅ #{ $id } fatto

# Parole di ricerca per tema e sottotema (separate da virgole).
vocab-housing = casa, abitazione, affitto, alloggio, appartamento, stanza, camera, dormire
vocab-health = medico, dottore, salute, ospedale, ambulatorio, visita, malattia, malato, dentista, farmacia, cure
vocab-work = lavoro, impiego, occupazione, certificato, diploma, corso, scuola, formazione, competenze
vocab-gp = medico di base, medico di famiglia, tessera sanitaria, iscrizione, ssn, asl
vocab-stp_eni = senza permesso, senza documenti, irregolare, stp, eni, clandestino
vocab-emergency = emergenza, urgenza, pronto soccorso, ambulanza, incidente, 112, 118
vocab-mental_health = psicologo, psichiatra, mentale, stress, ansia, depressione, trauma
vocab-women_children = gravidanza, incinta, donna, donne, bambino, bambini, neonato, ginecologo, ostetrica, pediatra, consultorio, contraccezione
vocab-shelter = dormitorio, notte, dormire, senza casa, senzatetto, letto, accoglienza, strada
vocab-rent_help = affitto, casa popolare, edilizia sociale, atc, sfratto, caparra, cercare casa
vocab-tenants_rights = inquilino, inquilini, diritti, contratto, sfratto, sindacato, locazione
vocab-job_centre = lavoro, centro per l'impiego, curriculum, cv, disoccupato, offerte, collocamento
vocab-competence_cert = competenze, certificazione, certificato, validazione, esperienza, qualifica
vocab-italian_courses = italiano, lingua, corso, scuola, lezioni, diploma, cpia, licenza media, esame, alfabetizzazione
vocab-qualification_recognition = laurea, diploma, titolo di studio, riconoscimento, equipollenza, equivalenza, università, dichiarazione di valore
