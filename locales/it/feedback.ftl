### Opinioni e quello che se ne ricava: stelle e motivi dopo un evento,
### «ti è stato utile?» sulle schede dei servizi, i report e i grafici per
### lo staff e i responsabili, e l'attestato di partecipazione (un PDF) con
### la verifica pubblica (/verify).
### Gli eventi sono laboratori, incontri formativi e altri incontri: non
### chiamarli tutti «laboratori».

## Pulsanti del menu principale, comando e aiuto

menu-report = 📊 Report dei feedback
menu-certificate = 📄 Attestato di partecipazione
# Menu dei comandi di Telegram: testo semplice, niente HTML né emoji.
cmd-certificate = Il mio attestato di partecipazione
# Una riga di /help.
help-certificate = 📄 /certificate — un PDF con i laboratori e gli incontri a cui hai partecipato, per i servizi che lo chiedono.

## «Ti è stato utile?» sulla scheda di un servizio

card-useful = Ti è stato utile?
# card-useful-yes e card-useful-no stanno sulla stessa riga (mezza larghezza).
card-useful-yes = 👍 Sì
card-useful-no = 👎 No

## Stelle e motivi dopo un evento, motivi dopo un servizio

# Mandato dopo un evento; le stelle sono pulsanti qui sotto.
fb-prompt = Com'è andata a <b>{ $title }</b>? Tocca le stelle.
# fb-done e fb-skip stanno sulla stessa riga (mezza larghezza); altri testi li citano.
fb-skip = Salta
fb-done = Fatto
fb-bad-rating = Questo voto non esiste. Scegli da 1 a 5 stelle.
fb-not-attended = Puoi valutare solo gli incontri a cui hai partecipato.
fb-already = Hai già valutato questo incontro. Grazie!
fb-reasons = Cosa ti ha colpito? Tocca tutte le voci che vanno bene, poi «Fatto».
fb-service-up = Bene! Cosa ti è piaciuto?
fb-service-down = Ci dispiace. Cosa non ha funzionato?
fb-thanks-short = Grazie di avercelo detto.
fb-thanks = 🙏 Grazie! La tua risposta aiuta chi organizza a migliorare.
# fb-reason-*: pulsanti due per riga, con «✅ » aggiunto quando sono scelti:
# circa 13 caratteri. Compaiono anche nei report (rep-reasons). useful,
# clear, language, timing, place e too-fast riguardano gli eventi;
# wrong-info, unreachable, language e not-for-me i servizi.
# .short: lo stesso motivo sui pulsanti del feedback, due per riga (al
# massimo circa 13 caratteri, perché si aggiunge «✅ »); il valore va nei report.
fb-reason-useful = Utile
    .short = Utile
fb-reason-clear = Chiaro
    .short = Chiaro
fb-reason-language = Lingua difficile
    .short = Non capivo
fb-reason-timing = Orario scomodo
    .short = Orario scomodo
fb-reason-place = Difficile arrivarci
    .short = Posto scomodo
fb-reason-too-fast = Troppo veloce
    .short = Troppo veloce
fb-reason-wrong-info = Dati sbagliati
    .short = Dati sbagliati
fb-reason-unreachable = Nessuna risposta
    .short = Senza risposta
fb-reason-not-for-me = Non fa per me
    .short = Non fa per me
# $max è sempre 500.
fb-comment-prompt = Vuoi dire altro a chi organizza? Scrivilo qui (massimo { $max } caratteri) oppure tocca «Salta». Il tuo nome non viene mostrato.
fb-comment-too-long = Il tuo commento ha { $count } caratteri; il massimo è { $max }. Prova ad accorciarlo.

## Report delle opinioni (staff e responsabili)

rep-not-allowed = I report sono per lo staff e per i responsabili delle associazioni.
rep-choose-period = 📊 Quale periodo vuoi vedere?
# Pulsante, due per riga (mezza larghezza).
# .short: lo stesso, se l'etichetta intera non sta nel pulsante (circa 15
# caratteri); abbrevia se serve.
rep-previous = { $span ->
        [week] Settimana scorsa
        [month] Mese scorso
        [quarter] Trimestre scorso
       *[year] Anno scorso
    }
    .short = { $span ->
        [week] Sett. scorsa
        [month] Mese scorso
        [quarter] Trim. scorso
       *[year] Anno scorso
    }
rep-custom = 📅 Un altro mese o anno
# Lascia i periodi di esempio come sono: 10/2026, Q3 2026 e 2026 sono quello
# che il bot legge (con la lettera Q).
rep-custom-prompt = Scrivi un mese come 10/2026, un trimestre come Q3 2026 o un anno come 2026. I report coprono sempre settimane, mesi, trimestri o anni interi, così che non si possa riconoscere nessuno confrontando due periodi.
rep-period-empty = Quel periodo non è ancora finito. I report riguardano solo settimane, mesi, trimestri e anni già conclusi.
rep-period-unreadable = Non riesco a leggere il periodo. Scrivi un mese come 10/2026, un trimestre come Q3 2026 o un anno come 2026.
rep-header = 📊 <b>Feedback</b> · { $period }
rep-responses = { $count ->
        [one] { $count } risposta
       *[other] { $count } risposte
    }
# $average è già scritto con il separatore decimale di chi legge (4,5).
rep-average = media { $average } ★
rep-empty = Nessun feedback in questo periodo.
rep-total-small = Meno di { $min } risposte: numeri nascosti.
# $label è un tema, un evento, un servizio, un'associazione o una lingua.
rep-group-small = <b>{ $label }</b>: meno di { $min } risposte
rep-group-hidden = <b>{ $label }</b>: numeri nascosti, perché dai totali non si possa risalire a un gruppo più piccolo
# $reasons è un elenco di etichette fb-reason-* con i loro numeri.
rep-reasons = Motivi principali: { $reasons }
# rep-by-*: pulsanti tre per riga (circa 9 caratteri; a quello scelto si
# aggiunge «• »), e titolo della vista.
# .short: il pulsante, tre per riga (circa 9 caratteri); il valore è il
# titolo della vista.
rep-by-topic = Per tema
    .short = Tema
rep-by-event = Per incontro
    .short = Evento
rep-by-service = Per servizio
    .short = Servizio
rep-by-association = Per associazione
    .short = Assoc.
rep-by-language = Per lingua
    .short = Lingua
rep-nothing-here = Niente per questo periodo.
rep-more = { $count ->
        [one] …e ancora { $count } nel file CSV.
       *[other] …e altri { $count } nel file CSV.
    }
# rep-comments e rep-gaps stanno sulla stessa riga (mezza larghezza).
rep-comments = 💬 Commenti
rep-no-comments = Nessun commento da mostrare.
rep-comments-rule = Si vedono solo i commenti su ciò che ha almeno { $min } risposte, senza le stelle di chi li ha scritti.
rep-gaps = 🕳 Informazioni mancanti
rep-gap-search = Ricerche senza risultati
rep-gap-request = Richieste di servizi mancanti
rep-gap-wrong-info = Segnalazioni di informazioni sbagliate
# Al posto di un numero troppo piccolo per essere mostrato.
rep-small = meno di { $min }
# Etichette di righe del report: eventi senza associazione, ricerche scritte
# senza scegliere un tema.
rep-no-association = Nessuna associazione
rep-topic-none = Ricerche scritte
# rep-charts e rep-csv stanno sulla stessa riga (mezza larghezza).
rep-charts = 📈 Grafici
rep-csv = ⬇️ File CSV
rep-change-period = 📅 Cambia periodo
rep-files-caption = { $period }

## Grafici: disegnati su immagini, tienili corti

chart-rating-title = Voto medio per tema
chart-rating-y = Voto medio (1–5)
chart-too-few = Meno di { $min } voti: niente da mostrare.
chart-dist-title = Come sono stati valutati gli incontri
chart-dist-y = Risposte
chart-turnout-title = Iscrizioni e presenze
chart-signed-up = Iscrizioni
chart-attended = Presenze
chart-no-events = Nessun incontro in questo periodo.

## Attestato di partecipazione (un PDF)

cert-none = Non risulta ancora nessuna tua presenza. Quando chi organizza ti segna presente a un laboratorio o a un incontro, qui potrai avere l'attestato.
# $max è sempre 80.
cert-ask-name = Scrivi nome e cognome come devono comparire sull'attestato (come sui documenti, massimo { $max } caratteri).
cert-name-invalid = Scrivi solo nome e cognome, con lettere (massimo { $max } caratteri).
cert-sent = 📄 Ecco il tuo attestato. Puoi stamparlo o mostrarlo dal telefono.
# Nome del file PDF («.pdf» viene aggiunto): solo lettere ASCII, cifre e
# trattini, niente spazi né accenti.
cert-file-name = attestato-partecipazione
# Stampato sul PDF, come tutto quello che segue.
cert-title = Attestato di partecipazione
# Il PDF stampa cert-intro, poi il nome della persona su una riga a sé, poi
# cert-attended: insieme formano una sola frase. Scrivila in modo che vada
# bene per una donna e per un uomo.
cert-intro = Si attesta che
cert-attended = { $count ->
        [one] ha partecipato al seguente incontro:
       *[other] ha partecipato ai seguenti { $count } incontri:
    }
# $hours è un numero già scritto con il separatore decimale di chi legge (1,5).
cert-event = { $date }, ore { $from }–{ $to } ({ $hours } h)
cert-organiser = Organizzato da { $association }
cert-organiser-network = Organizzato dalla rete del progetto { -brand }
cert-total = Totale ore di partecipazione: { $hours }
cert-issued = Rilasciato il { $date } tramite { -brand }, su richiesta della persona interessata. Le presenze sono state registrate dalle associazioni organizzatrici.
cert-code = Codice di verifica: { $code }
# $bot è lo @username del bot.
cert-how-to-check = Chiunque può verificare questo attestato: basta inquadrare il codice QR oppure inviare /verify { $code } a { $bot } su Telegram.

## Verifica di un attestato (/verify): risposte a chiunque, non solo a chi lo possiede

cert-verify-usage = Per verificare un attestato, invia /verify seguito dal codice stampato sull'attestato, per esempio /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } non è un codice di attestato valido.
cert-verify-withdrawn = ⚠️ L'attestato { $code } è stato ritirato dalla persona a cui era stato rilasciato. Non è più valido.
# $events è un elenco di eventi, uno per riga.
cert-verify-valid =
    ✅ <b>Attestato valido</b> { $code }
    Rilasciato il { $date } a <b>{ $name }</b>, che ha partecipato a:
    { $events }
    Totale ore: { $hours }

## Lo sportello domande in /report

rep-questions = ❓ Domande
rep-q-staff = Staff del progetto · { $topic }
rep-q-asked = { $count ->
        [one] 1 domanda ricevuta
       *[other] { $count } domande ricevute
    }
rep-q-median = Tempo tipico per la prima risposta:
rep-q-median-minutes = Tempo tipico per la prima risposta: { $n ->
        [one] 1 minuto
       *[other] { $n } minuti
    }
rep-q-median-hours = Tempo tipico per la prima risposta: { $n ->
        [one] 1 ora
       *[other] { $n } ore
    }
rep-q-within = Risposte entro 48 ore: { $percent }%
rep-q-helpful-label = Giudicate utili:
rep-q-helpful = Giudicate utili: { $percent }%
