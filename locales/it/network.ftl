### La rete dei responsabili (i responsabili delle associazioni in Piemonte,
### a Lione e a Barcellona e lo staff del progetto si fanno domande tra loro)
### e le buone pratiche (risposte che lo staff ha fissato perché i membri le
### leggano; per i membri si chiamano «Risposte utili ad altri»). I
### responsabili sono volontari esperti: tono semplice, da colleghi.

# Pulsante del menu principale, per responsabili e staff.
menu-network = 🌍 Rete dei responsabili
net-title = <b>🌍 Rete dei responsabili</b>
    Domande tra le associazioni di Piemonte, Lione e Barcellona. Tutti i responsabili possono leggerle.
net-empty = Non è stato ancora pubblicato niente. Fai tu la prima domanda!
# Un messaggio dell'elenco. $n è il suo numero nella pagina (un pulsante qui
# sotto); $audience è net-all-leaders o una regione; $from il nome di
# un'associazione o "Staff del progetto"; $replies il numero di risposte.
net-line = <b>{ $n }.</b> { $from } → { $audience } · { $replies ->
        [one] { $replies } risposta
       *[other] { $replies } risposte
    }
net-new = ✍️ Chiedi alla rete
net-audience = Chi deve vedere per primo la tua domanda? Tutti i responsabili possono leggerla; chi scegli riceve un avviso.
net-all-leaders = Tutti i responsabili
# $audience è net-all-leaders o una regione.
net-write = Scrivi la tua domanda (destinatari: { $audience }). Per esempio: «Come fanno le associazioni di Lione ad aiutare i membri a ottenere la carta AME?»
net-posted = Pubblicata. Ti avviseremo quando qualcuno risponde.
# $audience è net-all-leaders o una regione.
net-post-head = 🌍 Per: { $audience }
net-no-replies = Ancora nessuna risposta.
net-reply = ↩️ Rispondi
net-reply-prompt = Scrivi la tua risposta. Tutti i responsabili potranno leggerla.
net-replied = La tua risposta è stata pubblicata.
net-removed = (cancellato da chi l'ha scritto)
net-removed-author = (una persona che ha lasciato il bot)
net-gone = Questo messaggio non esiste più.
net-leaders-only = La rete dei responsabili è riservata ai responsabili delle associazioni e allo staff del progetto.
net-open = 📂 Apri
# $from è il nome di un'associazione o "Staff del progetto"; $text l'inizio del messaggio.
net-notice-post = 🌍 Nuova domanda nella rete dei responsabili ({ $from }):
    { $text }
net-notice-reply = 🌍 Qualcuno ha risposto alla tua domanda nella rete dei responsabili.
net-pin = 📌 Fissa come buona pratica
net-pin-which = Quale messaggio vuoi far leggere ai membri come buona pratica?
net-pin-post = La domanda iniziale
net-pin-topic = In quale tema?
net-pinned = Fissato. Ora i membri possono leggerlo in «Risposte utili ad altri».

## Buone pratiche, per i membri

gp-open = 💡 Risposte utili ad altri
gp-title = <b>💡 Risposte utili ad altri</b>
    Buone risposte delle associazioni e dello staff del progetto. Scegli un tema.
# $topic è un'etichetta topic-*.
gp-list = <b>{ $topic }</b>: risposte utili ad altri
gp-empty = Non ci sono ancora risposte sul tema { $topic }.
# $lang è il nome di una lingua.
gp-original = (Testo originale in { $lang }: non c'è ancora una versione nella tua lingua.)
gp-add-version = 🌐 Nuova versione
gp-unpin = 🗑 Togli
gp-unpinned = Tolto dall'elenco.
gp-version-lang = In che lingua è la tua versione?
# $lang è il nome di una lingua.
gp-version-prompt = Scrivi la versione in { $lang }.
gp-version-saved = Salvata. Chi usa quella lingua ora vede la tua versione.
# $max new posts a day at most.
net-slow-down = Oggi hai già pubblicato { $max } domande. Aspetta fino a domani, oppure rispondi in una discussione già aperta.
