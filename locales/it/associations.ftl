### Associazioni: lo staff del progetto, le associazioni e i loro
### responsabili, i link di invito, le adesioni e i temi che una persona
### segue.
### Ruoli: lo "staff" gestisce tutto il progetto; i "responsabili" di
### un'associazione gestiscono solo la propria; i "membri" ricevono i suoi
### avvisi.

## Pulsanti del menu principale

menu-my-association = 🏛 La mia associazione
menu-associations = 🏛 Associazioni
menu-staff = 👥 Staff
# menu-memberships e menu-topics stanno sulla stessa riga (mezza larghezza):
# tienili corti.
menu-memberships = 🏛 Le mie associazioni
menu-topics = 🔔 Temi che seguo

## Rifiuti

only-admins = Solo gli amministratori possono farlo.
only-leaders = Solo i responsabili di un'associazione possono farlo.

## Elenco dello staff (solo amministratori)

staff-title = <b>Staff</b>
staff-none = Ancora nessuno.
# Pulsante; { $name } è il nome di una persona.
staff-revoke = ✖ Togli { $name }
staff-add = ➕ Aggiungi allo staff
staff-add-prompt = Manda l'id Telegram della persona da aggiungere. Deve aver già avviato il bot.
staff-add-unknown = Non conosco questo id. La persona deve prima avviare il bot; poi mandami di nuovo il suo id.

## Associazioni: crearne una, la sua pagina, i responsabili e i link di invito

assoc-none = Ancora nessuna associazione.
assoc-list = <b>Associazioni</b>
assoc-new = ➕ Nuova associazione
assoc-name-prompt = Come si chiama l'associazione?
# $max è sempre 80.
assoc-name-invalid = Il nome deve avere da 1 a { $max } caratteri.
assoc-description-prompt = Descrivi l'associazione in poche parole.
# Usato anche per la descrizione di un evento: resta generico.
# $max è 500 per un'associazione, 1500 per un evento.
assoc-description-invalid = La descrizione può avere al massimo { $max } caratteri.
# Pulsante. Usato anche nella creazione di un evento (per saltare la descrizione).
assoc-skip = Salta
# «Crea» cita l'etichetta di assoc-create, senza emoji.
assoc-languages-prompt = In quali lingue lavora? Tocca le lingue per sceglierle, poi tocca «Crea».
assoc-create = ✅ Crea
assoc-gone = Questa associazione non esiste più.
# $languages è un elenco di lingue; $leaders un elenco di nomi di persone.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] un membro
       *[other] { $members } membri
    } · responsabili: { $leaders }
assoc-leader-invite = 🔑 Invito per responsabile
# Pulsante; { $name } è il nome di una persona.
assoc-remove-leader = ✖ Togli { $name } dai responsabili
assoc-remove-leader-confirm = Vuoi togliere a <b>{ $name }</b> il ruolo di responsabile di <b>{ $association }</b>? Non potrà più mandare avvisi né gestire gli eventi dell'associazione. Più avanti potrai invitare di nuovo questa persona.
assoc-remove-leader-yes = ✖ Sì, togli il ruolo
assoc-leader-removed = Fatto: questa persona non è più responsabile dell'associazione.
assoc-revoke-leader-invites = 🚫 Annulla gli inviti per responsabili non usati ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] Fatto: quell'invito per responsabile non funziona più.
       *[other] Fatto: quei { $count } inviti per responsabili non funzionano più.
    }
# { $link } deve restare su una riga a sé.
assoc-leader-link =
    Link di invito per chi sarà responsabile di <b>{ $name }</b>. Funziona una sola volta e scade tra { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }:
    { $link }
assoc-mine =
    <b>{ $name }</b>
    👥 { $members ->
        [one] un membro
       *[other] { $members } membri
    }
# { $link } deve restare su una riga a sé.
assoc-member-link = Link di invito per i membri (condividilo liberamente, puoi revocarlo quando vuoi):
    { $link }
assoc-no-member-link = Non c'è nessun link di invito attivo per i membri.
assoc-create-link = 🔗 Crea link per i membri
assoc-revoke-link = 🚫 Revoca il link per i membri

## Le associazioni di un membro

memberships-none = Non fai parte di nessuna associazione.
memberships-title = <b>Le tue associazioni</b>
    Silenzia un'associazione per non ricevere i suoi avvisi; puoi riattivarla quando vuoi.
# memberships-mute (o -unmute) e memberships-leave stanno sulla stessa riga
# (mezza larghezza); { $name } è il nome di un'associazione.
memberships-mute = 🔕 Silenzia { $name }
memberships-unmute = 🔔 Riattiva { $name }
memberships-leave = 🚪 Esci

topics-prompt = Scegli i temi di cui vuoi ricevere notizie. Toccane uno di nuovo per smettere.

## Quando si apre un link di invito

invite-joined = Ti diamo il benvenuto! Ora fai parte di <b>{ $name }</b>.
invite-already-member = Fai già parte di <b>{ $name }</b>.
invite-leader = Ora sei responsabile di <b>{ $name }</b>. Dal menu puoi invitare i membri e mandare avvisi.
invite-already-leads = Sei già responsabile di <b>{ $name }</b>, e ogni responsabile può guidare una sola associazione.

## Aiuto

# Una riga di /help. Cita le etichette di menu-memberships e
# menu-my-association, senza emoji.
help-associations = 🏛 Associazioni: entra con il link che ti manda la tua associazione; da «Le mie associazioni» puoi silenziare i suoi avvisi o uscire. I responsabili mandano gli avvisi da «La mia associazione».
