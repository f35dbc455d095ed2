# Testi di base: benvenuto, menu principale, navigazione, aiuto, privacy.

language-prompt = 🌐 Scegli la lingua
language-changed = Fatto! Da ora ti scrivo in italiano.

privacy-notice =
    <b>Prima di iniziare: la tua privacy</b>

    Conserviamo il tuo nome e il tuo id Telegram, la lingua che hai scelto e quello che fai qui (iscrizioni, segnalazioni, opinioni). Li usiamo solo per offrirti questo servizio insieme alla tua associazione.

    • /mydata ti manda tutto quello che conserviamo.
    • /delete lo cancella, quando vuoi.
privacy-accept = ✅ Accetto

menu-title = <b>Menu principale</b> — di cosa hai bisogno?
menu-language = 🌐 Lingua
menu-help = ❓ Aiuto
menu-privacy = 🔒 I miei dati

nav-back = ⬅️ Indietro
nav-home = 🏠 Menu

cancelled = Ok, annullato.
hint-use-buttons = Scegli con i pulsanti qui sotto.
hint-no-media = Qui non posso leggere foto, sticker o messaggi vocali. Usa i pulsanti qui sotto.
hint-too-long = Il messaggio è troppo lungo. Usa i pulsanti qui sotto.
hint-flood = Stai mandando messaggi molto in fretta, quindi ne ho saltati alcuni. Aspetta qualche secondo, poi continua.
button-expired = Questo pulsante è scaduto. Ecco dove sei adesso.
unknown-command = Non conosco questo comando. Scrivi /help per vedere cosa posso fare.
deeplink-unknown = Questo link non è valido o è scaduto. Chiedine uno nuovo a chi te l'ha mandato.
error-generic = Scusa, qualcosa è andato storto da parte nostra. Riprova tra poco.

help-intro = <b>Cosa posso fare</b>
help-menu = /menu — torna al menu principale
help-language = /language — cambia lingua
help-privacy = /mydata — scarica i tuoi dati · /delete — cancellali
help-cancel = /cancel — interrompi quello che stai facendo. In ogni passaggio trovi anche i pulsanti «Indietro» e «Menu».

privacy-menu =
    <b>I tuoi dati</b>

    Puoi scaricare tutto quello che conserviamo su di te, oppure cancellarlo.
privacy-download = 📥 Scarica i miei dati
privacy-delete = 🗑 Cancella i miei dati
mydata-caption = Tutto quello che conserviamo su di te: { $count ->
        [one] un elemento
       *[other] { $count } elementi
    }.
delete-confirm =
    <b>Vuoi cancellare tutti i tuoi dati?</b>

    Cancelleremo il tuo profilo, i tuoi posti e le tue iscrizioni agli eventi (il tuo posto passa alla prossima persona in lista d'attesa), le tue adesioni alle associazioni, i tuoi ruoli e i temi che segui, i tuoi avvisi non ancora inviati e le parole che ci hai scritto (commenti, segnalazioni, ricerche). I link di invito che hai creato smettono di funzionare.
    Restano, senza il tuo nome: i tuoi voti con le stelle e i motivi che hai segnato, solo come totali anonimi; gli avvisi e gli eventi che hai già condiviso con altre persone; le associazioni che hai creato.
    Non si può tornare indietro.
delete-yes = 🗑 Sì, cancella tutto
delete-no = No, tienili
delete-done = I tuoi dati sono stati cancellati. Se vuoi tornare, basta scrivere /start.

cmd-start = Inizia o ricomincia
cmd-menu = Menu principale
cmd-language = Cambia lingua
cmd-help = Cosa fa questo bot
cmd-mydata = Scarica i miei dati
cmd-delete = Cancella i miei dati
cmd-cancel = Interrompi quello che sto facendo

menu-type-hint = Puoi anche scrivere di cosa hai bisogno, per esempio “medico” o “affitto”.
help-services = 🔎 Trova un servizio: casa, salute, lavoro e certificazioni. Scegli un tema, condividi la tua posizione o scrivi semplicemente cosa cerchi.
staff-only = Questa funzione è riservata allo staff del progetto.
