### Guida ai servizi: temi e sottotemi, ricerca per luogo o per parole
### scritte, schede dei servizi, segnalazioni di errori, casella dello staff
### e parole di ricerca.
### "Segnalazione" qui è una persona che ci dice che una scheda è sbagliata;
### usa una parola diversa da "avviso" (broadcasts.ftl).

## Pulsanti del menu principale

menu-services = 🔎 Trova un servizio
# Solo staff; $count è il numero di segnalazioni e richieste aperte.
menu-staff-inbox = 📥 Segnalazioni e richieste ({ $count })

## Temi e sottotemi

dir-topics =
    <b>Di che tipo di aiuto hai bisogno?</b>
    Scegli un tema, oppure scrivi cosa stai cercando.
# topic-*: pulsanti, e inseriti nei titoli (dir-subtopics, bc-compose-prompt).
# Nell'elenco degli eventi sono filtri, tre per riga (lì circa 9 caratteri).
# .short: il filtro nell'elenco degli eventi, tre per riga (circa 9
# caratteri, senza emoji).
topic-housing = 🏠 Casa
    .short = Casa
topic-health = 🩺 Salute
    .short = Salute
topic-work = 💼 Lavoro e certificazioni
    .short = Lavoro
# $topic è un'etichetta topic-*.
dir-subtopics = <b>{ $topic }</b> — che cosa di preciso?
# sub-*: pulsanti, e inseriti nei titoli (dir-area, risultati di ricerca).
sub-gp = Medico di famiglia
# sub-stp_eni e sub-italian_courses: il valore è un pulsante neutro (circa
# 30 caratteri); ogni attributo è l'etichetta per i servizi di una regione,
# mostrata nei titoli. STP/ENI, PASS/AME, TSI, CPIA e CFA sono nomi locali di
# servizi: lasciali come sono.
sub-stp_eni = Cure senza permesso
    .piedmont = Cure senza permesso (STP/ENI)
    .auvergne_rhone_alpes = Cure senza permesso (PASS/AME)
    .catalonia = Cure senza tessera sanitaria (TSI)
sub-emergency = Emergenze
sub-mental_health = Salute mentale
sub-women_children = Salute di donne e bambini
sub-shelter = Accoglienza notturna
sub-rent_help = Affitto e case popolari
sub-tenants_rights = Diritti degli inquilini
sub-job_centre = Centri per l'impiego
sub-competence_cert = Certificare le competenze
sub-italian_courses = Corsi di lingua per adulti
    .piedmont = Corsi di italiano e diplomi (CPIA)
    .auvergne_rhone_alpes = Corsi di francese e diplomi per adulti
    .catalonia = Corsi di catalano e spagnolo, diplomi (CFA)
sub-qualification_recognition = Riconoscere i titoli esteri
# $subtopic è un'etichetta sub-*. Seguono i pulsanti delle città, due per riga.
dir-area = <b>{ $subtopic }</b> — dove?
dir-near-me = 📍 Vicino a me
# Cita l'etichetta di dir-share-button, senza emoji.
dir-share-location = Premi «Condividi la mia posizione» qui sotto. La usiamo solo per questa ricerca e teniamo soltanto la tua regione (Piemonte, zona di Lione o Catalogna) per mostrarti prima i suoi servizi.
# Il pulsante di Telegram per la posizione, sotto il campo di scrittura.
dir-share-button = 📍 Condividi la mia posizione
dir-location-thanks = 📍 Grazie! Cerco vicino a te…
dir-location-cancelled = Va bene, niente posizione.

## La regione di chi cerca

# Chiesto una sola volta, quando i risultati di una ricerca scritta sono in
# più regioni. Seguono un pulsante per regione (a tutta larghezza) e dir-region-skip.
dir-region-ask =
    <b>In che zona cerchi i servizi?</b>
    Ti mostro prima quelli della tua regione. Te lo chiedo solo questa volta.
# dir-region-*: pulsanti a tutta larghezza (circa 30 caratteri). Tra
# parentesi la città principale, per chi non conosce il nome della regione.
dir-region-piedmont = Piemonte (Torino)
dir-region-auvergne_rhone_alpes = Auvergne-Rhône-Alpes (Lione)
dir-region-catalonia = Catalogna (Barcellona)
# Pulsante: non dire la regione. Non lo chiediamo più.
dir-region-skip = Salta

## Risultati della ricerca

# $title è un sottotema con una città («Medico di famiglia · Torino»), oppure
# dir-results-near, oppure dir-results-search.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] Un servizio
       *[other] { $count } servizi
    } · pagina { $page } di { $pages }
# Inserito anche dopo un sottotema: «Medico di famiglia · vicino a te».
dir-results-near = vicino a te
dir-results-search = Risultati per «{ $query }»
dir-open-now = 🟢 aperto ora
dir-closed-now = 🔴 chiuso ora
# $km è un numero come 1.2 o 15, scritto dal codice.
dir-distance = { $km } km
# dir-prev e dir-next: pulsanti per sfogliare servizi ed eventi, sulla stessa
# riga. Usa parole diverse da nav-back, che sta nella riga sotto.
dir-prev = ◀️ Precedenti
dir-next = Successivi ▶️
dir-no-results = Non ho trovato niente per «{ $query }». Scegli un tema, oppure dicci cosa cercavi: ci aiuta a migliorare.
dir-tell-us = ✍️ Dicci cosa ti serve
dir-gap-prompt = Scrivi in poche parole cosa stavi cercando.
dir-gap-thanks = Grazie! L'abbiamo passato al gruppo di lavoro.
dir-search-unreadable = Non ho trovato parole nel messaggio. Prova con una parola come «medico» o «affitto», oppure scegli un tema.
dir-service-gone = Questo servizio non è più nella guida.

## Scheda di un servizio

# Appare quando la scheda non ha testo nella lingua di chi legge e mostra il
# testo italiano.
card-fallback-it = <i>Questa descrizione è disponibile solo in italiano.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Aperto ora, fino alle { $time }
# $day è la forma .on di un messaggio weekday-* («lunedì»); $time è come 09:00.
card-closed-opens = 🔴 Chiuso ora · apre { $day } alle { $time }
card-closed = 🔴 Chiuso ora
card-hours-unknown = 🕒 Orari non disponibili: telefona o guarda il sito prima di andare.
# $hours è come 09:00–13:00, 14:00–17:00.
card-today = 🕒 Oggi: { $hours }
card-today-closed = 🕒 Oggi chiuso
# Usato sulle schede dei servizi E su quelle degli eventi: resta generico.
card-languages = 🗣 Lingue parlate: { $languages }
card-free = 💶 Gratuito
card-not-free = 💶 A pagamento: chiedi i costi
card-no-papers-yes = 🪪 Aperto anche a chi non ha il permesso di soggiorno
card-no-papers-no = 🪪 Serve il permesso di soggiorno
card-documents = 📄 Da portare: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Verificato il { $date }
card-unverified = ⚠️ Non ancora verificato: controlla prima di andare.
# card-map e card-website stanno sulla stessa riga (mezza larghezza).
card-map = 🗺 Mappa
card-website = 🌐 Sito web
card-report = ⚠️ Segnala un errore

## Segnalare un errore su una scheda

# $max è sempre 1000.
report-prompt = Cosa è sbagliato o non è più aggiornato? Scrivilo in poche parole (al massimo { $max } caratteri).
report-thanks = Grazie! Il gruppo di lavoro lo controllerà.
report-too-long = È troppo lungo: scrivi al massimo { $max } caratteri.

## Giorni della settimana (1 = lunedì)

# Due forme. Il valore apre la data di un evento («martedì 25/03/2027 ·
# 18:30–20:00»). L'attributo .on entra in card-closed-opens come { $day }
# («apre martedì alle 09:00»): scrivilo con ciò che la tua lingua mette
# davanti a un giorno in quella frase (preposizione, articolo, caso).
weekday-1 = lunedì
    .on = lunedì
weekday-2 = martedì
    .on = martedì
weekday-3 = mercoledì
    .on = mercoledì
weekday-4 = giovedì
    .on = giovedì
weekday-5 = venerdì
    .on = venerdì
weekday-6 = sabato
    .on = sabato
weekday-7 = domenica
    .on = domenica

## Casella dello staff: segnalazioni di errori e richieste di servizi mancanti

staff-inbox = <b>Segnalazioni e richieste</b> — { $count ->
        [one] una da gestire
       *[other] { $count } da gestire
    }
staff-inbox-empty = Niente da gestire per ora. 🎉
# $lang è un codice di lingua (it, fr…); $service è il nome di un servizio.
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: «{ $text }»
staff-gap-line = 🔎 #{ $id } [{ $lang }] «{ $text }»
# Pulsante, due per riga (mezza larghezza).
staff-mark-done = ✅ #{ $id } fatto

## Parole di ricerca: quello che le persone scrivono, per tema e sottotema. Non
## vengono mai mostrate. Minuscole, separate da virgole. Aggiungi le parole che
## si usano davvero (anche senza accenti o scritte male); togliere una parola
## può rompere una ricerca.

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
