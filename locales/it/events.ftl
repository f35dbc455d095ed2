### Laboratori, incontri formativi e altri eventi: l'elenco, l'iscrizione,
### la lista d'attesa, i promemoria e gli avvisi di modifica, e le schermate
### di chi organizza (presenze, foglio firme, creazione di un evento).
### "Evento" è la parola generale; «laboratori e incontri» è il nome che il
### menu dà a tutti. Usa forme neutre: chi legge può essere donna o uomo.

## Pulsanti del menu principale e aiuto

# menu-events e menu-my-signups stanno sulla stessa riga (mezza larghezza).
menu-events = 📅 Laboratori e incontri
menu-my-signups = 🎟 Le mie iscrizioni
menu-manage-events = 🛠 Gestisci eventi
# Una riga di /help.
help-events = 📅 Laboratori e incontri: iscriviti con un tocco, ricevi il file per il calendario e i promemoria, e libera il posto se non puoi venire.

## Elenco degli eventi e scheda di un evento

ev-list-title = <b>Prossimi laboratori e incontri</b>
ev-none = Per ora non ci sono eventi in programma.
# ev-kind-*: una riga della scheda dell'evento, e pulsanti quando si crea un evento.
ev-kind-workshop = 🧩 Laboratorio
ev-kind-training = 🤝 Incontro formativo
ev-kind-other = 📌 Evento
# Appare quando né il titolo né la descrizione dell'evento esistono nella
# lingua di chi legge, e sono mostrati in un'altra lingua.
ev-fallback = <i>Titolo e descrizione di questo evento non sono disponibili nella tua lingua.</i>
# Appare quando il titolo non è nella lingua di chi legge (l'evento non ha
# descrizione), e viene mostrato in un'altra lingua.
ev-fallback-title = <i>Il titolo di questo evento non è disponibile nella tua lingua.</i>
# Appare quando il titolo è nella lingua di chi legge ma la descrizione no,
# e la descrizione viene mostrata in un'altra lingua.
ev-fallback-description = <i>La descrizione non è disponibile nella tua lingua.</i>
# $languages: le lingue parlate all'evento, ognuna col proprio nome.
ev-languages = 🗣 Lingue dell'evento: { $languages }
ev-online = 💻 Online
ev-join-online = 💻 Partecipa online
ev-cancelled = ❌ Questo evento è stato annullato.
ev-full = 🔴 Completo: puoi metterti in lista d'attesa
ev-seats-left = 🟢 { $count ->
        [one] un posto libero
       *[other] { $count } posti liberi
    }
ev-you-are-in = ✅ Iscrizione confermata.
# È anche la cella «Stato» di chi aspetta, nel foglio firme (CSV).
ev-waitlist-position = ⏳ Lista d'attesa: numero { $position }

## Iscriversi e annullare

ev-sign-up = ✅ Iscrivimi
ev-cancel-place = ✖ Annulla la mia iscrizione
ev-cancel-confirm = Vuoi annullare la tua iscrizione a <b>{ $title }</b>?
ev-cancel-yes = ✖ Sì, annulla
ev-signed-up = ✅ Fatto, il posto è tuo! Ecco il file per il calendario; ti manderò un promemoria prima dell'inizio.
# Didascalia del file per il calendario (.ics).
ev-ics-caption = 📅 Aggiungilo al tuo calendario
ev-on-waitlist = ⏳ L'evento è completo: hai il numero { $position } in lista d'attesa. Se si libera un posto, te lo dico.
ev-already-signed = Hai già fatto l'iscrizione a questo evento.
ev-closed = Le iscrizioni a questo evento sono chiuse.
ev-not-signed = Non avevi un'iscrizione a questo evento.
ev-place-cancelled = La tua iscrizione è annullata. Grazie di avercelo detto.
ev-promoted = 🎉 Si è liberato un posto per <b>{ $title }</b>: ora è tuo!
# Pulsante sotto un promemoria.
ev-cant-come = 🙅 Non posso venire
ev-mine-title = <b>Le tue iscrizioni</b>
ev-mine-none = Non hai iscrizioni a eventi in programma.

## Promemoria e avvisi a chi è iscritto

# ev-in-minutes e ev-in-hours vengono inseriti come $when in ev-reminder.
ev-in-minutes = tra { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    }
ev-in-hours = tra { $hours ->
        [one] un'ora
       *[other] { $hours } ore
    }
ev-reminder = ⏰ Promemoria: <b>{ $title }</b> inizia { $when }.
    📍 { $place }
# Mandato quando è cambiato l'orario OPPURE il luogo: non dire quale dei due.
# $when è una data con l'ora, come 25/03/2027 18:30; $place un indirizzo o un link.
ev-notice-changed = 🔄 Cambio di programma per <b>{ $title }</b>. Quando: { $when }. Dove: { $place }.
ev-notice-cancelled = ❌ L'evento <b>{ $title }</b> ({ $when }) è stato annullato. Ci dispiace.

## Chi organizza: gestire un evento

ev-not-organiser = Solo lo staff e i responsabili delle associazioni organizzano eventi.
ev-not-your-event = Puoi gestire solo gli eventi della tua associazione.
ev-attendance-not-yet = Le presenze si possono segnare solo dopo l'inizio dell'evento.
ev-already-ended = Questo evento è già finito: non si può più modificare né annullare.
ev-gone = Questo evento non esiste più. Forse è stato cancellato.
ev-manage-title = <b>I tuoi eventi</b>
ev-manage-none = Ancora nessun evento.
ev-new = ➕ Nuovo evento
# Schermata di chi organizza: $count posti occupati su $capacity.
ev-attendees = 👥 { $count ->
        [one] { $count } posto occupato su { $capacity }
       *[other] { $count } posti occupati su { $capacity }
    }
# ev-csv e ev-attendance stanno sulla stessa riga (mezza larghezza).
ev-csv = 📄 Foglio firme (CSV)
ev-csv-caption = 📄 Foglio firme
# Da ev-csv-name a ev-csv-signature: intestazioni delle colonne del foglio
# firme, un file CSV da stampare e firmare. Testo semplice, niente HTML.
ev-csv-name = Nome
ev-csv-status = Stato
ev-csv-attended = Presente
ev-csv-signature = Firma
# ev-csv-confirmed, ev-csv-yes, ev-csv-no: valori delle celle del foglio firme.
ev-csv-confirmed = posto confermato
ev-csv-waitlist = lista d'attesa n. { $position }
ev-csv-yes = sì
ev-csv-no = no
ev-attendance = ✅ Presenze
ev-attendance-prompt = Tocca ogni persona che è venuta.
# ev-change-time e ev-change-place stanno sulla stessa riga (mezza larghezza).
ev-change-time = 🕒 Cambia orario
ev-change-place = 📍 Cambia luogo
ev-cancel-event = ❌ Annulla l'evento
ev-cancel-event-confirm = Vuoi annullare questo evento? Avviseremo tutte le persone iscritte o in lista d'attesa.
ev-cancel-event-yes = ❌ Sì, annulla l'evento
ev-event-cancelled = L'evento è annullato. Stiamo avvisando tutte le persone iscritte.
ev-updated = Salvato. Stiamo avvisando le persone iscritte o in lista d'attesa.
# Lascia la data di esempio: mostra cosa legge il bot (giorno/mese).
ev-ask-new-start = Qual è il nuovo inizio? Scrivi data e ora, per esempio 25/3 18:30. La durata resta la stessa.

## Chi organizza: creare un evento, una domanda alla volta

ev-ask-kind = Che tipo di evento è?
ev-ask-topic = Su quale tema?
# $max è sempre 120.
ev-ask-title = Scrivi il titolo (al massimo { $max } caratteri).
ev-ask-description = Descrivi l'evento in poche righe.
# Lascia le date di esempio: mostrano cosa legge il bot (giorno/mese).
ev-ask-start = Quando inizia? Per esempio 25/3 18:30 o 25/03/2027 18.30.
ev-ask-end = Quando finisce? Un orario come 20:00, oppure data e ora.
ev-ask-place = Dove? Scrivi l'indirizzo, oppure incolla il link per un incontro online.
# $max è sempre 5000.
ev-ask-capacity = Quanti posti? Un numero da 1 a { $max }.
# «Avanti» cita l'etichetta di ev-next, senza freccia.
ev-ask-languages = Quali lingue si parleranno? Tocca per scegliere, poi «Avanti».
ev-next = Avanti ➡️
ev-ask-audience = Chi può iscriversi?
ev-aud-everyone = 🌍 Tutti
ev-aud-members = 🏛 I membri della mia associazione
ev-aud-leaders = 👔 Solo i responsabili delle associazioni
ev-preview = <b>Anteprima</b>
ev-create = ✅ Crea l'evento
ev-created = ✅ Evento creato.
# $max è sempre 120.
ev-title-invalid = Il titolo deve avere da 1 a { $max } caratteri.
ev-date-past = Quella data è già passata. Scegli una data e un'ora future.
ev-date-unreadable = Non ho capito. Scrivi data e ora come 25/3 18:30.
ev-end-before-start = L'evento deve finire dopo l'inizio.
ev-too-long = Un evento può durare al massimo due settimane.
# $max è sempre 5000.
ev-capacity-invalid = Scrivi un numero di posti da 1 a { $max }.
