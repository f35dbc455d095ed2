# Associazioni, ruoli, inviti, iscrizioni e temi seguiti.

menu-my-association = 🏛 La mia associazione
menu-associations = 🏛 Associazioni
menu-staff = 👥 Staff
menu-memberships = 🏛 Le mie associazioni
menu-topics = 🔔 Temi che seguo

only-admins = Solo gli amministratori possono farlo.
only-leaders = Solo i responsabili di un'associazione possono farlo.

staff-title = <b>Staff</b>
staff-none = Ancora nessuno.
staff-revoke = ✖ Togli { $name }
staff-add = ➕ Aggiungi allo staff
staff-add-prompt = Manda l'id Telegram della persona da aggiungere. Deve aver già avviato il bot.
staff-add-unknown = Non conosco questo id: la persona deve prima avviare il bot, poi mandami il suo numero.

assoc-none = Ancora nessuna associazione.
assoc-list = <b>Associazioni</b>
assoc-new = ➕ Nuova associazione
assoc-name-prompt = Come si chiama l'associazione?
assoc-name-invalid = Il nome deve avere da 1 a { $max } caratteri.
assoc-description-prompt = Descrivi l'associazione in poche parole.
assoc-description-invalid = La descrizione deve stare sotto i { $max } caratteri.
assoc-skip = Salta
assoc-languages-prompt = In quali lingue lavora? Tocca per scegliere, poi crea.
assoc-create = ✅ Crea
assoc-gone = Questa associazione non esiste più.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] un membro
       *[other] { $members } membri
    } · responsabili: { $leaders }
assoc-leader-invite = 🔑 Invito per il responsabile
assoc-remove-leader = ✖ Togli { $name } dai responsabili
assoc-remove-leader-confirm = Vuoi togliere a <b>{ $name }</b> il ruolo di responsabile di <b>{ $association }</b>? Non potrà più mandare avvisi né gestire gli eventi dell'associazione. Più avanti potrai invitare di nuovo questa persona.
assoc-remove-leader-yes = ✖ Sì, togli il ruolo
assoc-leader-removed = Fatto: questa persona non è più responsabile dell'associazione.
assoc-revoke-leader-invites = 🚫 Annulla gli inviti non usati per responsabili ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] Fatto: l'invito per il responsabile non funziona più.
       *[other] Fatto: quei { $count } inviti per responsabili non funzionano più.
    }
assoc-leader-link =
    Link di invito per il responsabile di <b>{ $name }</b>. Funziona una sola volta e scade tra { $days ->
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
assoc-member-link = Link di invito per i membri (condividilo liberamente, puoi revocarlo quando vuoi):
    { $link }
assoc-no-member-link = Nessun link di invito per i membri è attivo.
assoc-create-link = 🔗 Crea link per i membri
assoc-revoke-link = 🚫 Revoca il link per i membri

memberships-none = Non fai parte di nessuna associazione.
memberships-title = <b>Le tue associazioni</b>
    Silenzia un'associazione per non ricevere i suoi avvisi; puoi riattivarla quando vuoi.
memberships-mute = 🔕 Silenzia { $name }
memberships-unmute = 🔔 Riattiva { $name }
memberships-leave = 🚪 Esci

topics-prompt = Scegli i temi su cui vuoi ricevere notizie. Tocca di nuovo per smettere.

invite-joined = Benvenuto! Ora fai parte di <b>{ $name }</b>.
invite-already-member = Fai già parte di <b>{ $name }</b>.
invite-leader = Ora sei responsabile di <b>{ $name }</b>. Dal menu puoi invitare i membri e mandare avvisi.
invite-already-leads = Sei già responsabile di <b>{ $name }</b>: ogni responsabile guida una sola associazione.

help-associations = 🏛 Associazioni: entra con il link che ti manda la tua associazione; da «Le mie associazioni» puoi silenziare i suoi avvisi o uscire. I responsabili mandano gli avvisi da «La mia associazione».
