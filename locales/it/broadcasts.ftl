# Avvisi: scrittura, anteprima, programmazione, invio e resoconti.

bc-new = 📣 Nuovo avviso
bc-history = 📜 Avvisi inviati
bc-not-allowed = Non puoi mandare questo avviso: possono farlo lo staff, e i responsabili ai membri della propria associazione.
bc-no-members = Non lo riceverebbe nessuno: questo gruppo non ha ancora membri.
bc-audience-prompt = A chi mandare l'avviso?
bc-aud-everyone = 🌍 A tutti
bc-aud-association = 🏛 A un'associazione
bc-aud-language = 🗣 A chi parla una lingua
bc-aud-topic = 🔔 A chi segue un tema
bc-pick-association = Scegli l'associazione.
bc-pick-language = Scegli la lingua.
bc-pick-topic = Scegli il tema.
bc-compose-prompt =
    Avviso per <b>{ $audience }</b> ({ $count ->
        [one] una persona, senza contare te
       *[other] { $count } persone, senza contare te
    }).
    Scrivi ora il messaggio. Puoi usare grassetto, corsivo e link, e allegare una foto o un documento (il testo diventa la didascalia). Al massimo { $max } caratteri.
bc-empty = L'avviso è vuoto: scrivi un testo.
bc-too-long = Sono { $length } caratteri, oltre il limite di { $max }. Accorcialo o dividilo in due avvisi.
bc-unsupported = Posso mandare testo, foto e documenti. Manda uno di questi.
bc-gone = Questo avviso non esiste più.
bc-preview-original = 👇 Anteprima, come la vedranno i membri:
bc-preview-version = 👇 Versione in { $language }:
bc-preview =
    Qui sopra c'è l'anteprima. Arriverà a { $count ->
        [one] una persona
       *[other] { $count } persone
    }. Versioni: { $versions }.
    Ognuno riceve la versione nella sua lingua, oppure l'originale.
bc-send-now = ✅ Manda ora
bc-schedule = 🕒 Programma
bc-add-version = 🌐 Aggiungi una versione in un'altra lingua
bc-version-lang = In che lingua è la nuova versione?
bc-version-text = Scrivi la versione in { $language }.
bc-when = Quando deve partire? Scrivi data e ora, per esempio 25/3 18:30.
bc-when-unreadable = Non ho capito la data. Scrivila come 25/3 18:30 o 25/03/2027 18.30.
bc-when-past = Quell'orario è già passato. Scegli un momento nel futuro.
bc-confirm-now = Mandarlo ora a { $count ->
        [one] una persona
       *[other] { $count } persone
    }?
bc-confirm-later = Mandarlo il { $when } a { $count ->
        [one] una persona
       *[other] { $count } persone
    }?
bc-confirm = ✅ Conferma
bc-queued = 📣 Invio iniziato. Ti aggiorno qui.
bc-scheduled = 🕒 Programmato per il { $when }.
bc-progress = 📣 Invio in corso… { $done } di { $total }
bc-report =
    <b>📣 Avviso inviato</b>
    ✅ Consegnati: { $delivered }
    🚫 Non raggiungibili: { $unreachable }
    ⚠️ Non riusciti: { $failed }
    { $by_language }
bc-unschedule = ✖ Annulla l'invio del { $when }
bc-unscheduled = Fatto: questo avviso non partirà.
bc-scheduled-withdrawn = Il tuo avviso programmato non è partito: non hai più il permesso di mandarlo. Se pensi che sia un errore, contatta lo staff del progetto.
bc-report-refused = ⚠️ Non inviato a { $count ->
        [one] una persona
       *[other] { $count } persone
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram non consegnerà questa versione: { $reason }. I membri non la riceverebbero. Manda di nuovo il testo.
bc-why-formatting = Telegram non è riuscito a leggere la formattazione
bc-why-too-long = il testo è troppo lungo per Telegram
bc-why-media = non è stato possibile mandare la foto o il documento
bc-why-other = Telegram ha rifiutato il messaggio
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }
bc-history-title = <b>Avvisi inviati</b>
bc-history-empty = Ancora nessun avviso.
bc-history-line = { $when } · { $status }
    “{ $text }”
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
bc-status-sending = in invio
bc-status-done = inviato
bc-status-scheduled = programmato
bc-aud-event = chi è iscritto all'evento
