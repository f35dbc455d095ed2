### Avvisi: i messaggi che lo staff e i responsabili delle associazioni
### mandano a tante persone insieme. Scelta dei destinatari, scrittura,
### anteprima, versioni in altre lingue, programmazione, invio, resoconti e
### storico.
### "Avviso" è la parola per questi messaggi ovunque; deve essere diversa
### dalla parola per la segnalazione di un errore (directory.ftl).

## Pulsanti del menu principale (stanno sulla stessa riga: mezza larghezza)

bc-new = 📣 Nuovo avviso
bc-history = 📜 Avvisi inviati

## A chi mandarlo

bc-not-allowed = Non puoi mandare questo avviso. Lo staff può scrivere a tutti; i responsabili solo ai membri della propria associazione.
bc-no-members = Non lo riceverebbe nessuno: questo gruppo non ha ancora membri.
bc-audience-prompt = A chi mandare l'avviso?
# Pulsante. Dentro una frase si usa bc-aud-everyone-inline.
bc-aud-everyone = 🌍 Tutti
bc-aud-association = 🏛 Un'associazione
bc-aud-language = 🗣 Chi parla una lingua
bc-aud-topic = 🔔 Chi segue un tema
# Inserito come { $audience } in bc-compose-prompt («Avviso per
# <b>tutti</b>»): la forma di bc-aud-everyone dentro la frase, senza emoji.
bc-aud-everyone-inline = tutti
bc-pick-association = Scegli l'associazione.
bc-pick-language = Scegli la lingua.
bc-pick-topic = Scegli il tema.

## Scrittura dell'avviso

# $audience è bc-aud-everyone-inline, bc-aud-event, il nome di un'associazione, il
# nome di una lingua nella lingua stessa (Italiano, Français…) o un tema
# (topic-*). $max è sempre 4096 (il limite di Telegram per un messaggio).
bc-compose-prompt =
    Avviso per <b>{ $audience }</b> ({ $count ->
        [one] una persona, senza contare te
       *[other] { $count } persone, senza contare te
    }).
    Scrivi ora il messaggio. Puoi usare grassetto, corsivo e link, e allegare una foto o un documento (il testo diventa la didascalia). Al massimo { $max } caratteri.
bc-empty = L'avviso è vuoto: scrivi un testo.
# $max è 4096 per un testo, 1024 per la didascalia di una foto o di un documento.
bc-too-long = Sono { $length } caratteri, oltre il limite di { $max }. Accorcialo o dividilo in due avvisi.
bc-unsupported = Posso mandare solo testi, foto e documenti. Manda uno di questi.
bc-gone = Questo avviso non esiste più.

## Anteprima e versioni in altre lingue

bc-preview-original = 👇 Anteprima, come la vedranno i membri:
# $language è il nome della lingua nella lingua stessa (Italiano, Français…).
bc-preview-version = 👇 Versione in { $language }:
# $versions è un elenco di lingue.
bc-preview =
    Qui sopra c'è l'anteprima. Arriverà a { $count ->
        [one] una persona
       *[other] { $count } persone
    }. Versioni: { $versions }.
    Ogni persona riceve la versione nella sua lingua, oppure l'originale.
# bc-send-now e bc-schedule stanno sulla stessa riga (mezza larghezza).
bc-send-now = ✅ Manda ora
bc-schedule = 🕒 Programma
bc-add-version = 🌐 Aggiungi una versione in un'altra lingua
bc-version-lang = In che lingua è la nuova versione?
bc-version-text = Scrivi la versione in { $language }.

## Programmazione e conferma

# Lascia le date di esempio: mostrano cosa legge il bot (giorno/mese).
bc-when = Quando deve partire? Scrivi data e ora, per esempio 25/3 18:30.
bc-when-unreadable = Non ho capito la data. Scrivila come 25/3 18:30 o 25/03/2027 18.30.
bc-when-past = Quell'orario è già passato. Scegli un momento nel futuro.
bc-confirm-now = Mandarlo ora a { $count ->
        [one] una persona
       *[other] { $count } persone
    }?
# $when è una data con l'ora, come 25/03/2027 18:30.
bc-confirm-later = Mandarlo il { $when } a { $count ->
        [one] una persona
       *[other] { $count } persone
    }?
bc-confirm = ✅ Conferma
bc-queued = 📣 Invio iniziato. Ti aggiorno qui.
bc-scheduled = 🕒 Programmato per il { $when }.

## Invio e resoconto di consegna

bc-progress = 📣 Invio in corso… { $done } di { $total }
# $by_language è un elenco di righe bc-report-lang (solo per lo staff).
bc-report =
    <b>📣 Avviso inviato</b>
    ✅ Consegnati: { $delivered }
    🚫 Non raggiungibili: { $unreachable }
    ⚠️ Non riusciti: { $failed }
    { $by_language }
# Pulsante; $when è una data con l'ora, come 25/03/2027 18:30.
bc-unschedule = ✖ Annulla l'invio del { $when }
bc-unscheduled = Fatto: questo avviso non partirà.
bc-scheduled-withdrawn = Il tuo avviso programmato non è partito: non hai più il permesso di mandarlo. Se pensi che sia un errore, contatta lo staff del progetto.
# $reason è uno dei testi bc-why-* qui sotto.
bc-report-refused = ⚠️ Non inviato a { $count ->
        [one] una persona
       *[other] { $count } persone
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram non consegnerà questa versione: { $reason }. I membri non la riceverebbero. Manda di nuovo il testo.
# bc-why-*: inseriti dopo i due punti in bc-report-refused e
# bc-preview-refused. Iniziano con la minuscola, se la lingua lo permette
# (Telegram è un nome).
bc-why-formatting = Telegram non è riuscito a leggere la formattazione
bc-why-too-long = il testo è troppo lungo per Telegram
bc-why-media = non è stato possibile mandare la foto o il documento
bc-why-other = Telegram ha rifiutato il messaggio
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }

## Avvisi inviati

bc-history-title = <b>Avvisi inviati</b>
bc-history-empty = Ancora nessun avviso.
# $status è uno dei bc-status-* qui sotto; $text è l'inizio dell'avviso.
bc-history-line = { $when } · { $status }
    «{ $text }»
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
# bc-status-*: inseriti in bc-history-line dopo la data. Descrivono un
# avviso: accordali con la parola scelta (genere, numero).
bc-status-sending = invio in corso
bc-status-done = inviato
bc-status-scheduled = programmato
# Inserito come { $audience } in bc-compose-prompt, per un avviso alle
# persone iscritte a un evento.
bc-aud-event = le persone iscritte all'evento
