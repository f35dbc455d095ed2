### Chiedi a una persona: la domanda di un membro alla sua associazione o
### allo staff del progetto, con la risposta nel bot. Chi risponde sono i
### responsabili delle associazioni e lo staff. "Staff del progetto" è la
### firma delle risposte dello staff: tienila corta. $ref è il codice di una
### domanda, come A7K2 (mostrato dopo un #). Tono semplice e caldo: molte
### persone che leggono sono in ansia per la loro situazione.

## Menu principale

menu-ask = ❓ Fai una domanda
# Responsabili e staff; $count è il numero di domande aperte per loro.
menu-questions = 💬 Domande aperte ({ $count })

## A chi chiedere

q-choose =
    <b>A chi vuoi fare la domanda?</b>
    Una persona leggerà la tua domanda e ti risponderà qui.
# Pulsante: una delle associazioni della persona; $name è il suo nome.
q-to-association = 🤝 { $name }
# Pulsante ed etichetta: lo staff del progetto per un tema; $topic è un'etichetta topic-*.
q-to-staff = Staff del progetto · { $topic }
q-mine = 📂 Le mie domande
# $what è il nome di un servizio o il titolo di un evento.
q-about = Riguarda: { $what }

## Scrivere la domanda

# $to è chi risponderà (q-to-staff, oppure il nome di un'associazione).
q-compose =
    <b>La tua domanda per { $to }</b>
    Scrivila qui. Puoi anche mandare una foto, un documento (per esempio una lettera che hai ricevuto) o un messaggio vocale. Manda tutti i messaggi che ti servono, poi premi «Invia».
# $readers è q-readers-*; $days è il periodo di conservazione; $number è il
# numero di emergenza.
q-before-sending =
    👀 Chi la leggerà: { $readers }.
    🗄 Conserviamo la domanda finché non viene chiusa, poi ancora per { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }, e poi la cancelliamo.
    🚨 Non usare questo servizio per le emergenze. In caso di emergenza chiama il { $number }.
q-readers-association = i responsabili di { $name }
q-readers-staff = lo staff del progetto per il tema { $topic }
# $count è il numero di messaggi pronti da inviare.
q-ready = { $count ->
        [one] <b>{ $count } messaggio pronto:</b>
       *[other] <b>{ $count } messaggi pronti:</b>
    }
q-share-name = Mostra il mio nome
q-send = 📨 Invia
q-added = Aggiunto. Manda altro, oppure premi «Invia».
q-too-many-parts = Una domanda può contenere al massimo { $max } messaggi. Premi «Invia»: dopo potrai aggiungere altro nella conversazione.
# $ref è il codice; $days è il tempo che di solito serve per una risposta.
q-sent =
    ✅ <b>Inviata.</b> Il codice della tua domanda è <b>#{ $ref }</b>.
    Di solito la risposta arriva entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }. La riceverai in questa chat.

## Rifiuti e suggerimenti

q-blocked = Non puoi più fare domande qui. Se pensi che sia un errore, parlane di persona con la tua associazione.
q-too-many-open = Hai già { $max } domande aperte. Chiudine una che non ti serve più, poi riprova.
q-slow-down = Hai mandato molti messaggi nell'ultima ora. Aspetta un po' prima di mandarne altri.
q-not-member = Non fai parte di questa associazione.
q-not-yours = Questa domanda non è tua, oppure non esiste più.
q-other-desk = Questa domanda è per un'altra associazione o per lo staff, quindi non puoi aprirla.
q-gone = Questa domanda non esiste più.
q-not-helper = Alle domande rispondono solo i responsabili delle associazioni e lo staff del progetto.
q-hint-empty = Il messaggio è vuoto. Scrivi la tua domanda, oppure manda una foto, un documento o un messaggio vocale.
q-hint-media = Qui non puoi mandare questo tipo di messaggio. Manda un testo, una foto, un documento o un messaggio vocale.
q-hint-too-long = Il messaggio è troppo lungo (più di { $max } caratteri). Dividilo in due o più messaggi.
q-hint-caption-long = La didascalia è troppo lunga (più di { $caption } caratteri). Manda il testo in un messaggio a parte.
q-hint-text-only = Le risposte si scrivono come testo. Scrivi la tua risposta.

## Le domande di chi chiede

q-mine-title = <b>Le tue domande</b>
q-mine-empty = Non hai ancora fatto domande.
# Pulsanti: $ref è il codice, $to a chi è andata la domanda.
q-mine-open = 🟢 #{ $ref } · { $to }
q-mine-closed = ⚪ #{ $ref } · { $to }
q-status-open = aperta
q-status-closed = chiusa
q-status-left = La persona che ha fatto la domanda non usa più il bot.
# $status è q-status-open o q-status-closed.
q-thread-head = <b>#{ $ref }</b> · { $to } · { $status }
q-you = Tu
q-earlier-hidden = (I messaggi precedenti non sono mostrati.)
q-kind-photo = 📷 Foto
q-kind-document = 📄 Documento
q-kind-voice = 🎤 Messaggio vocale
q-reply = ↩️ Rispondi
q-close = ✅ Chiudi la domanda
q-see-thread = 📂 Vedi la conversazione
q-reply-prompt = Scrivi la tua risposta alla domanda #{ $ref }. Puoi anche mandare una foto, un documento o un messaggio vocale.
q-reply-sent = Inviato. Ti avviseremo qui quando ti rispondono.
q-already-closed = Questa domanda è chiusa. Per chiedere qualcos'altro, usa «Fai una domanda».
q-closed-by-you = La domanda è chiusa. Le risposte ti sono state utili?
q-rate-ask = Le risposte ti sono state utili?
q-helpful = 👍 Sì, mi hanno aiutato
q-not-helpful = 👎 No
q-rated = Grazie di avercelo detto.

## Cosa arriva a chi ha chiesto

q-from-staff = Staff del progetto
# $from è il nome di un'associazione o q-from-staff.
q-answer-arrived = 💬 <b>{ $from }</b> ha risposto alla tua domanda #{ $ref }:
q-closed-by-helper = ✅ { $from } ha chiuso la tua domanda #{ $ref }. Le risposte ti sono state utili?
# $topic è un'etichetta topic-*.
q-escalated-asker = La tua domanda #{ $ref } è stata passata allo staff del progetto per il tema { $topic }. Ti risponderanno qui.

## Chi risponde: le domande in arrivo

# $count è il numero di domande aperte.
q-inbox = <b>Domande aperte: { $count }</b> (prima le più vecchie)
q-inbox-empty = Nessuna domanda in attesa. 🎉
# $age è q-age-*.
q-waiting = in attesa da { $age }
q-answered = risposta inviata
q-age-minutes = { $n ->
        [one] { $n } minuto
       *[other] { $n } minuti
    }
q-age-hours = { $n ->
        [one] { $n } ora
       *[other] { $n } ore
    }
q-age-days = { $n ->
        [one] { $n } giorno
       *[other] { $n } giorni
    }
q-line-free = ancora nessuno sta rispondendo
q-line-yours = stai rispondendo tu
# $name è il nome di chi sta rispondendo.
q-line-claimed = { $name } sta rispondendo
q-to-your-association = la tua associazione

## Chi risponde: una domanda

# $asker è il nome di chi chiede oppure q-pseudonym; $lang è la sua lingua.
q-desk-head =
    <b>#{ $ref }</b> · { $asker }
    Lingua: { $lang } · Per: { $to }
q-pseudonym = Persona #{ $ref }
q-asker-left = (ha lasciato il bot)
q-helper = Chi risponde
# $name è il nome di chi risponde.
q-note-from = 📝 Nota di { $name }
# $name è il nome di un'associazione.
q-escalated-from = Passata allo staff da { $name }
q-claim = 🙋 Rispondo io
q-answer = ✍️ Rispondi
q-take-over = 🔁 Prendi in carico
q-files = 📎 Mostra i file ({ $count })
q-file-gone = Non è stato possibile mostrare un file: Telegram non ce l'ha più.
q-escalate = ⬆️ Passa allo staff
q-resolve = ✅ Chiudi
q-block = 🚫 Blocca
q-open = 📂 Apri la domanda
q-resolved = La domanda #{ $ref } è chiusa. Abbiamo chiesto alla persona se le risposte le sono state utili.

## Rispondere

# $from è la firma della risposta (nome di un'associazione o q-from-staff).
q-answer-prompt = Scrivi la tua risposta alla domanda #{ $ref }. La persona la vedrà firmata <b>{ $from }</b>: il tuo nome e il tuo account non si vedono.
q-asker-language = Ha scritto in { $lang }. Puoi rispondere in qualsiasi lingua.
q-answer-sent = La tua risposta è stata inviata.
q-answer-closed = Questa domanda è chiusa, quindi non è stato inviato niente.
q-answer-taken = Qualcun altro sta rispondendo a questa domanda. Se vuoi rispondere tu, prima prendila in carico.
q-already-staff = Questa domanda è già stata passata allo staff del progetto.
# $text è una risposta salvata.
q-draft =
    <b>Risposta salvata, pronta da inviare:</b>
    { $text }
    Mandala così com'è, oppure copiala, modificala e manda la tua versione.
q-send-draft = 📨 Invia questa risposta

## Risposte salvate

q-canned = 📋 Risposte salvate
# $lang è il nome di una lingua.
q-canned-list = <b>Risposte salvate in { $lang }</b>. Toccane una per usarla.
q-canned-empty = Non ci sono ancora risposte salvate in { $lang }.
q-canned-new = ➕ Salva una nuova risposta
q-canned-new-prompt = Scrivi la risposta da salvare. Te la proporremo per le domande in { $lang }.
q-canned-saved = Salvata.
q-canned-deleted = Eliminata.

## Passare allo staff

q-escalate-prompt = Passa la domanda #{ $ref } allo staff del progetto. Di quale tema si tratta?
q-escalate-note = Scrivi una nota per lo staff ({ $topic }): cosa sai già o cosa hai già provato. Chi ha fatto la domanda non la vede.
# $topic è un'etichetta topic-*.
q-escalated = ⬆️ La domanda #{ $ref } è stata passata allo staff del progetto per il tema { $topic }. La persona è stata avvisata.

## Bloccare

q-block-confirm = Vuoi impedire a chi ha fatto la domanda #{ $ref } di farne altre? Le sue domande aperte verranno chiuse. Lo staff del progetto può togliere il blocco.
q-block-yes = 🚫 Sì, blocca
q-blocked-done = Fatto: la persona è bloccata. Le sue domande aperte sono state chiuse.
q-blocks = 🚫 Persone bloccate
q-blocks-title = <b>Persone che non possono più fare domande</b>
q-blocks-empty = Nessuna persona è bloccata.
# $ref è la domanda che ha portato al blocco; $name chi ha bloccato; $date quando.
q-block-line = #{ $ref } · bloccata da { $name } il { $date }
q-lift = Togli il blocco (#{ $ref })
q-lifted = Blocco tolto. La persona può di nuovo fare domande.

## Avvisi per chi risponde

# $lang è la lingua di chi chiede; $to è a chi è andata la domanda.
q-notice-new = 📩 Nuova domanda <b>#{ $ref }</b> per { $to } (scritta in { $lang }).
q-notice-reply = 💬 Chi ha fatto la domanda #{ $ref } ha scritto di nuovo.
q-notice-closed = Chi ha fatto la domanda #{ $ref } l'ha chiusa.
q-notice-taken-over = { $name } ha preso in carico la domanda #{ $ref }.
q-notice-left = Chi ha fatto la domanda #{ $ref } ha lasciato il bot e cancellato i suoi dati. La domanda è chiusa.
# $count domande aspettano da più di $hours ore.
q-reminder = ⏰ { $count ->
        [one] { $count } domanda aspetta
       *[other] { $count } domande aspettano
    } una risposta da più di { $hours ->
        [one] { $hours } ora
       *[other] { $hours } ore
    }.
q-open-inbox = 📂 Apri le domande
# On a service or event card.
q-ask-about = ❓ Chiedi a una persona

## Traduzione automatica (solo se il servizio è configurato)

q-translate = 🌐 Traduzione automatica
q-translated = 🌐 Traduzione automatica di #{ $ref } dalla lingua: { $lang }. Può contenere errori: verifica le cose importanti con la persona.
q-translate-failed = Il servizio di traduzione non risponde. Riprova più tardi.
q-translate-nothing = Non c'è testo da tradurre (solo file).
q-translate-note = 🌐 Se chi risponde non legge la tua lingua, le tue parole (non il tuo nome) possono essere inviate a un servizio di traduzione ({ $host }).
# Puts a saved answer in the input field, to change it there.
q-edit-draft = ✏️ Modifica prima di inviare
# A line of /help.
help-questions = ❓ Fai una domanda: una persona della tua associazione o dello staff del progetto ti risponde qui, di solito entro 2 giorni. Non per le emergenze: chiama il 112.
# To the helper who had claimed a question a leader passed on.
q-notice-escalated = La domanda #{ $ref }, a cui stavi rispondendo, è passata allo staff del progetto per: { $topic }.
