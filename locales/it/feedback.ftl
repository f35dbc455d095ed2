## Feedback dopo gli incontri, sulle schede dei servizi, report, attestati.

menu-report = 📊 Report dei feedback
menu-certificate = 📄 Attestato di partecipazione
cmd-certificate = Attestato dei miei laboratori
help-certificate = 📄 /certificate — un PDF con i laboratori a cui hai partecipato, per i servizi che lo chiedono.

card-useful = Ti è stato utile?
card-useful-yes = 👍 Sì
card-useful-no = 👎 No

fb-prompt = Com'è andato <b>{ $title }</b>? Tocca le stelle.
fb-skip = Salta
fb-done = Fatto
fb-bad-rating = Questo voto non esiste. Scegli da 1 a 5 stelle.
fb-not-attended = Puoi valutare solo gli incontri a cui hai partecipato.
fb-already = Hai già valutato questo incontro. Grazie!
fb-reasons = Cosa ti ha colpito? Tocca tutte le voci giuste, poi “Fatto”.
fb-service-up = Bene! Cosa ti è piaciuto?
fb-service-down = Ci dispiace. Cosa non ha funzionato?
fb-thanks-short = Grazie di avercelo detto.
fb-thanks = 🙏 Grazie! La tua risposta aiuta chi organizza a migliorare.
fb-reason-useful = Utile
fb-reason-clear = Chiaro
fb-reason-language = Lingua difficile
fb-reason-timing = Orario scomodo
fb-reason-place = Luogo difficile da raggiungere
fb-reason-too-fast = Troppo veloce
fb-reason-wrong-info = Informazioni sbagliate
fb-reason-unreachable = Non sono riuscito a contattarli
fb-reason-not-for-me = Non era quello che cercavo
fb-comment-prompt = Vuoi dire altro a chi organizza? Scrivilo qui (massimo { $max } caratteri) oppure tocca “Salta”. Il tuo nome non viene mostrato.
fb-comment-too-long = Il tuo commento ha { $count } caratteri; il massimo è { $max }. Prova ad accorciarlo.

rep-not-allowed = I report sono per lo staff e per i responsabili delle associazioni.
rep-choose-period = 📊 Quale periodo vuoi vedere?
rep-previous = { $span ->
        [week] Settimana scorsa
        [month] Mese scorso
        [quarter] Trimestre scorso
       *[year] Anno scorso
    }
rep-custom = 📅 Un altro mese o anno
rep-custom-prompt = Scrivi un mese come 10/2026, un trimestre come Q3 2026 o un anno come 2026. I report coprono sempre settimane, mesi, trimestri o anni interi, così che non si possa riconoscere nessuno confrontando due periodi.
rep-period-empty = Quel periodo non è ancora finito. I report riguardano solo settimane, mesi, trimestri e anni già conclusi.
rep-period-unreadable = Non riesco a leggere il periodo. Scrivi un mese come 10/2026, un trimestre come Q3 2026 o un anno come 2026.
rep-header = 📊 <b>Feedback</b> · { $period }
rep-responses = { $count ->
        [one] { $count } risposta
       *[other] { $count } risposte
    }
rep-average = media { $average } ★
rep-empty = Nessun feedback in questo periodo.
rep-total-small = Meno di { $min } risposte: numeri nascosti.
rep-group-small = <b>{ $label }</b>: meno di { $min } risposte
rep-group-hidden = <b>{ $label }</b>: numeri nascosti, perché dai totali non si possa risalire a un gruppo più piccolo
rep-reasons = Motivi principali: { $reasons }
rep-by-topic = Per tema
rep-by-event = Per incontro
rep-by-service = Per servizio
rep-by-association = Per associazione
rep-by-language = Per lingua
rep-nothing-here = Niente per questo periodo.
rep-more = { $count ->
        [one] …e ancora { $count } nel file CSV.
       *[other] …e altri { $count } nel file CSV.
    }
rep-comments = 💬 Commenti
rep-no-comments = Nessun commento da mostrare.
rep-comments-rule = Si vedono solo i commenti su ciò che ha almeno { $min } risposte, senza le stelle di chi li ha scritti.
rep-gaps = 🕳 Informazioni mancanti
rep-gap-search = Ricerche senza risultati
rep-gap-request = Richieste di servizi mancanti
rep-gap-wrong-info = Segnalazioni di informazioni sbagliate
rep-small = meno di { $min }
rep-no-association = Nessuna associazione
rep-topic-none = Ricerche scritte
rep-charts = 📈 Grafici
rep-csv = ⬇️ File CSV
rep-change-period = 📅 Cambia periodo
rep-files-caption = { $period }

chart-rating-title = Voto medio per tema
chart-rating-y = Voto medio (1–5)
chart-too-few = Meno di { $min } voti: niente da mostrare.
chart-dist-title = Come sono stati valutati gli incontri
chart-dist-y = Risposte
chart-turnout-title = Iscrizioni e presenze
chart-signed-up = Iscritti
chart-attended = Presenti
chart-no-events = Nessun incontro in questo periodo.

cert-none = Non risulta ancora nessuna tua presenza. Quando chi organizza ti segna presente a un laboratorio, qui potrai avere l'attestato.
cert-ask-name = Scrivi nome e cognome come devono comparire sull'attestato (come sui documenti, massimo { $max } caratteri).
cert-name-invalid = Scrivi solo nome e cognome, con lettere (massimo { $max } caratteri).
cert-sent = 📄 Ecco il tuo attestato. Puoi stamparlo o mostrarlo dal telefono.
cert-file-name = attestato-partecipazione
cert-title = Attestato di partecipazione
cert-intro = Si attesta che
cert-attended = { $count ->
        [one] ha partecipato al seguente incontro:
       *[other] ha partecipato ai seguenti { $count } incontri:
    }
cert-event = { $date }, ore { $from }–{ $to } ({ $hours } h)
cert-organiser = Organizzato da { $association }
cert-organiser-network = Organizzato dalla rete del progetto Discorsi
cert-total = Totale ore di partecipazione: { $hours }
cert-issued = Rilasciato il { $date } tramite Discorsi, su richiesta della persona interessata. Le presenze sono state registrate dalle associazioni organizzatrici.
cert-code = Codice di verifica: { $code }
cert-how-to-check = Chiunque può verificare questo attestato: basta inquadrare il codice QR oppure inviare /verify { $code } a { $bot } su Telegram.
cert-verify-usage = Per verificare un attestato, inviare /verify seguito dal codice stampato sull'attestato, per esempio /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } non è un codice di attestato valido.
cert-verify-withdrawn = ⚠️ L'attestato { $code } è stato ritirato dalla persona a cui era stato rilasciato. Non è più valido.
cert-verify-valid =
    ✅ <b>Attestato valido</b> { $code }
    Rilasciato il { $date } a <b>{ $name }</b>, che ha partecipato a:
    { $events }
    Totale ore: { $hours }
