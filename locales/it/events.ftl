# Laboratori, incontri formativi ed eventi: elenco, iscrizione, promemoria, organizzatori.

menu-events = 📅 Laboratori e incontri
menu-my-signups = 🎟 Le mie iscrizioni
menu-manage-events = 🛠 Gestisci eventi
help-events = 📅 Laboratori e incontri: iscriviti con un tocco, ricevi il file per il calendario e i promemoria, e libera il posto se non puoi venire.

ev-list-title = <b>Prossimi laboratori e incontri</b>
ev-none = Per ora non ci sono eventi in programma.
ev-kind-workshop = 🧩 Laboratorio
ev-kind-training = 🤝 Incontro formativo
ev-kind-other = 📌 Evento
ev-fallback = <i>Questa descrizione non è disponibile nella tua lingua.</i>
ev-online = 💻 Online
ev-join-online = 💻 Partecipa online
ev-cancelled = ❌ Questo evento è stato annullato.
ev-full = 🔴 Completo: puoi metterti in lista d'attesa
ev-seats-left = 🟢 { $count ->
        [one] un posto libero
       *[other] { $count } posti liberi
    }
ev-you-are-in = ✅ Sei iscritto.
ev-waitlist-position = ⏳ Lista d'attesa: numero { $position }
ev-sign-up = ✅ Iscrivimi
ev-cancel-place = ✖ Annulla la mia iscrizione
ev-cancel-confirm = Vuoi annullare la tua iscrizione a <b>{ $title }</b>?
ev-cancel-yes = ✖ Sì, annulla
ev-signed-up = ✅ Sei iscritto! Ecco il file per il calendario; ti ricorderò l'appuntamento.
ev-ics-caption = 📅 Aggiungilo al tuo calendario
ev-on-waitlist = ⏳ L'evento è completo: sei il numero { $position } in lista d'attesa. Se si libera un posto, te lo dico.
ev-already-signed = Sei già iscritto a questo evento.
ev-closed = Le iscrizioni a questo evento sono chiuse.
ev-not-signed = Non eri iscritto a questo evento.
ev-place-cancelled = La tua iscrizione è annullata. Grazie di avercelo detto.
ev-promoted = 🎉 Si è liberato un posto: ora sei iscritto a <b>{ $title }</b>!
ev-cant-come = 🙅 Non posso venire
ev-mine-title = <b>Le tue iscrizioni</b>
ev-mine-none = Non sei iscritto a nessun evento in programma.

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
ev-notice-changed = 🔄 <b>{ $title }</b> è cambiato: ora è il { $when }, in { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) è stato annullato. Ci dispiace.

ev-not-organiser = Solo lo staff e i responsabili delle associazioni organizzano eventi.
ev-not-your-event = Puoi gestire solo gli eventi della tua associazione.
ev-attendance-not-yet = Le presenze si possono segnare solo dopo l'inizio dell'evento.
ev-already-ended = Questo evento è già finito: non si può più modificare né annullare.
ev-gone = Questo evento non esiste più. Forse è stato tolto.
ev-manage-title = <b>I tuoi eventi</b>
ev-manage-none = Ancora nessun evento.
ev-new = ➕ Nuovo evento
ev-attendees = 👥 { $count } posti occupati su { $capacity }
ev-csv = 📄 Foglio firme (CSV)
ev-csv-caption = 📄 Foglio firme
ev-csv-name = Nome
ev-csv-status = Stato
ev-csv-attended = Presente
ev-csv-signature = Firma
ev-csv-confirmed = iscritto
ev-csv-yes = sì
ev-csv-no = no
ev-attendance = ✅ Presenze
ev-attendance-prompt = Tocca ogni persona che è venuta.
ev-change-time = 🕒 Cambia orario
ev-change-place = 📍 Cambia luogo
ev-cancel-event = ❌ Annulla l'evento
ev-cancel-event-confirm = Annullare questo evento? Avviseremo tutti gli iscritti e chi è in attesa.
ev-cancel-event-yes = ❌ Sì, annulla l'evento
ev-event-cancelled = L'evento è annullato e stiamo avvisando tutti.
ev-updated = Salvato. Stiamo avvisando gli iscritti e chi è in attesa.
ev-ask-new-start = Quando inizia adesso? Per esempio 25/3 18:30. La durata resta la stessa.

ev-ask-kind = Che tipo di evento è?
ev-ask-topic = Su quale tema?
ev-ask-title = Scrivi il titolo (al massimo { $max } caratteri).
ev-ask-description = Descrivi l'evento in poche righe.
ev-ask-start = Quando inizia? Per esempio 25/3 18:30 o 25/03/2027 18.30.
ev-ask-end = Quando finisce? Un orario come 20:00, oppure data e ora.
ev-ask-place = Dove? Scrivi l'indirizzo, oppure incolla il link per un incontro online.
ev-ask-capacity = Quanti posti? Un numero da 1 a { $max }.
ev-ask-languages = Quali lingue si parleranno? Tocca per scegliere, poi Avanti.
ev-next = Avanti ➡️
ev-ask-audience = Chi può iscriversi?
ev-aud-everyone = 🌍 Tutti
ev-aud-members = 🏛 I membri della mia associazione
ev-aud-leaders = 👔 Solo i responsabili delle associazioni
ev-preview = <b>Anteprima</b>
ev-create = ✅ Crea l'evento
ev-created = ✅ Evento creato.
ev-title-invalid = Il titolo deve avere da 1 a { $max } caratteri.
ev-date-past = Quella data è già passata. Scegli una data e un'ora future.
ev-date-unreadable = Non ho capito. Scrivi data e ora come 25/3 18:30.
ev-end-before-start = La fine deve venire dopo l'inizio.
ev-too-long = Un evento può durare al massimo due settimane.
ev-capacity-invalid = Scrivi un numero di posti da 1 a { $max }.
