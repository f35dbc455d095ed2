### Testi di base: scelta della lingua, informativa sulla privacy, menu
### principale, navigazione, risposte brevi ed errori, aiuto, i tuoi dati
### (/mydata, /delete) e le descrizioni nel menu dei comandi di Telegram.
###
### Per chi traduce (vale per tutti i file):
### - L'HTML è ammesso: <b>, <i>, <a href="…">. I tag vanno chiusi e un
###   & < > letterale si scrive &amp; &lt; &gt;.
### - I comandi come /menu, /mydata o /delete restano in inglese.
### - Le { $variabili } e gli id dei messaggi restano esattamente come sono.
### - Chi legge ha livelli di istruzione diversi e spesso sta ancora
###   imparando la lingua: frasi brevi, parole di tutti i giorni, mai parola
###   per parola.
### - Un pulsante che divide la riga con un altro ha circa 15 caratteri
###   visibili (mezza larghezza); tre per riga, circa 9; da solo, circa 30.

## Nome

# Il nome del bot. Non si traduce e non si declina.
-brand = Discorsi

## Scelta della lingua e informativa sulla privacy (le prime schermate)

language-prompt = 🌐 Scegli la lingua
# Nomina la tua lingua nella frase.
language-changed = Fatto! Da ora ti scrivo in italiano.

privacy-notice =
    <b>Prima di iniziare: la tua privacy</b>

    Conserviamo il tuo nome e il tuo id Telegram, la lingua che hai scelto e quello che fai qui (iscrizioni, segnalazioni, opinioni). Li usiamo solo per offrirti questo servizio insieme alla tua associazione.

    • /mydata ti manda tutto quello che conserviamo.
    • /delete lo cancella, quando vuoi.
# Pulsante.
privacy-accept = ✅ Accetto

## Menu principale e navigazione

menu-title = <b>Menu principale</b> — di cosa hai bisogno?
# Pulsanti: menu-language e menu-help stanno sulla stessa riga (mezza larghezza).
menu-language = 🌐 Lingua
menu-help = ❓ Aiuto
menu-privacy = 🔒 I miei dati

# Pulsanti sotto quasi ogni schermata, sulla stessa riga (mezza larghezza):
# tienili corti. help-cancel cita le due etichette senza emoji.
nav-back = ⬅️ Indietro
nav-home = 🏠 Menu

## Risposte brevi, suggerimenti ed errori

cancelled = Ok, annullato.
hint-use-buttons = Scegli con i pulsanti qui sotto.
hint-no-media = Qui non posso leggere foto, sticker o messaggi vocali. Usa i pulsanti qui sotto.
hint-too-long = Il messaggio è troppo lungo. Usa i pulsanti qui sotto.
hint-flood = Stai mandando messaggi molto in fretta, quindi ne ho saltati alcuni. Aspetta qualche secondo, poi continua.
button-expired = Questo pulsante è scaduto. Ecco dove sei adesso.
unknown-command = Non conosco questo comando. Scrivi /help per vedere cosa posso fare.
deeplink-unknown = Questo link non è valido o è scaduto. Chiedine uno nuovo a chi te l'ha mandato.
error-generic = Scusa, c'è stato un problema da parte nostra. Riprova tra poco.

## Aiuto (/help): un titolo, poi una riga per funzione (le altre righe help-* sono negli altri file)

help-intro = <b>Cosa posso fare</b>
help-menu = /menu — torna al menu principale
help-language = /language — cambia lingua
help-privacy = /mydata — scarica i tuoi dati · /delete — cancellali
# Cita le etichette di nav-back e nav-home, senza emoji.
help-cancel = /cancel — interrompi quello che stai facendo. In ogni passaggio trovi anche i pulsanti «Indietro» e «Menu».

## I tuoi dati (/mydata, /delete)

privacy-menu =
    <b>I tuoi dati</b>

    Puoi scaricare tutto quello che conserviamo su di te, oppure cancellarlo.
privacy-download = 📥 Scarica i miei dati
privacy-delete = 🗑 Cancella i miei dati
# Didascalia del file mandato da /mydata.
mydata-caption = Tutto quello che conserviamo su di te: { $count ->
        [one] un elemento
       *[other] { $count } elementi
    }.
delete-confirm =
    <b>Vuoi cancellare tutti i tuoi dati?</b>

    Cancelleremo il tuo profilo, le tue iscrizioni agli eventi (il tuo posto passa alla prossima persona in lista d'attesa), le tue adesioni alle associazioni, i tuoi ruoli e i temi che segui, i tuoi avvisi non ancora inviati e quello che ci hai scritto (commenti, segnalazioni, ricerche). I link di invito che hai creato non funzioneranno più.
    Cancelleremo anche le tue domande e quello che hai scritto dentro; chi ti stava rispondendo saprà che hai lasciato il bot.
    Restano, senza il tuo nome: le stelle che hai dato e i motivi che hai scelto, solo come totali anonimi; gli avvisi e gli eventi che hai già condiviso con altre persone; le associazioni che hai creato.
    Non si può tornare indietro.
delete-yes = 🗑 Sì, cancella tutto
delete-no = No, tienili
delete-done = I tuoi dati sono stati cancellati. Se vuoi tornare, basta scrivere /start.

## Menu dei comandi di Telegram (la lista che appare scrivendo "/"): testo semplice, niente HTML né emoji

cmd-start = Inizia o ricomincia
cmd-menu = Menu principale
cmd-language = Cambia lingua
cmd-help = Cosa fa questo bot
cmd-mydata = Scarica i miei dati
cmd-delete = Cancella i miei dati
cmd-cancel = Interrompi quello che sto facendo

## Altri testi del menu principale e dell'aiuto

# Appare sotto il menu principale. I due esempi devono essere parole che la
# ricerca trova nella tua lingua (vedi vocab-* in directory.ftl).
menu-type-hint = Puoi anche scrivere di cosa hai bisogno, per esempio «medico» o «affitto».
# Una riga di /help.
help-services = 🔎 Trova un servizio: casa, salute, lavoro e certificazioni. Scegli un tema, condividi la tua posizione o scrivi semplicemente cosa cerchi.
staff-only = Questa funzione è riservata allo staff del progetto.
