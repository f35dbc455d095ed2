# Associations, rôles, invitations, adhésions et thèmes suivis.

menu-my-association = 🏛 Mon association
menu-associations = 🏛 Associations
menu-staff = 👥 Équipe
menu-memberships = 🏛 Mes associations
menu-topics = 🔔 Thèmes suivis

only-admins = Seuls les administrateurs peuvent faire cela.
only-leaders = Seuls les responsables d'association peuvent faire cela.

staff-title = <b>Équipe</b>
staff-none = Personne pour l'instant.
staff-revoke = ✖ Retirer { $name }
staff-add = ➕ Ajouter à l'équipe
staff-add-prompt = Envoyez l'identifiant Telegram de la personne à ajouter. Elle doit avoir déjà démarré le bot.
staff-add-unknown = Je ne connais pas cet identifiant : la personne doit d'abord démarrer le bot, puis envoyez-moi son numéro.

assoc-none = Aucune association pour l'instant.
assoc-list = <b>Associations</b>
assoc-new = ➕ Nouvelle association
assoc-name-prompt = Quel est le nom de l'association ?
assoc-name-invalid = Le nom doit faire entre 1 et { $max } caractères.
assoc-description-prompt = Décrivez l'association en quelques mots.
assoc-description-invalid = La description doit rester sous les { $max } caractères.
assoc-skip = Passer
assoc-languages-prompt = Dans quelles langues travaille-t-elle ? Touchez pour choisir, puis créez.
assoc-create = ✅ Créer
assoc-gone = Cette association n'existe plus.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] { $members } membre
       *[other] { $members } membres
    } · responsables : { $leaders }
assoc-leader-invite = 🔑 Invitation de responsable
assoc-remove-leader = ✖ Retirer { $name } des responsables
assoc-remove-leader-confirm = Retirer à <b>{ $name }</b> son rôle de responsable de <b>{ $association }</b> ? Cette personne ne pourra plus envoyer d'annonces ni gérer les événements de l'association. Vous pourrez l'inviter de nouveau plus tard.
assoc-remove-leader-yes = ✖ Oui, retirer le rôle
assoc-leader-removed = C'est fait : cette personne n'est plus responsable de l'association.
assoc-revoke-leader-invites = 🚫 Annuler les invitations de responsable inutilisées ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] C'est fait : { $count } invitation de responsable est annulée et ne fonctionne plus.
       *[other] C'est fait : { $count } invitations de responsable sont annulées et ne fonctionnent plus.
    }
assoc-leader-link =
    Lien d'invitation pour le responsable de <b>{ $name }</b>. Il ne sert qu'une fois et expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } :
    { $link }
assoc-mine =
    <b>{ $name }</b>
    👥 { $members ->
        [one] { $members } membre
       *[other] { $members } membres
    }
assoc-member-link = Lien d'invitation pour les membres (partagez-le librement, révoquez-le quand vous voulez) :
    { $link }
assoc-no-member-link = Aucun lien d'invitation pour les membres n'est actif.
assoc-create-link = 🔗 Créer un lien pour les membres
assoc-revoke-link = 🚫 Révoquer le lien des membres

memberships-none = Vous n'êtes membre d'aucune association.
memberships-title = <b>Vos associations</b>
    Mettez une association en sourdine pour ne plus recevoir ses annonces ; vous pouvez la réactiver à tout moment.
memberships-mute = 🔕 Sourdine : { $name }
memberships-unmute = 🔔 Réactiver { $name }
memberships-leave = 🚪 Quitter

topics-prompt = Choisissez les thèmes sur lesquels vous voulez des nouvelles. Touchez à nouveau pour arrêter.

invite-joined = Bienvenue ! Vous êtes maintenant membre de <b>{ $name }</b>.
invite-already-member = Vous êtes déjà membre de <b>{ $name }</b>.
invite-leader = Vous êtes maintenant responsable de <b>{ $name }</b>. Depuis le menu, vous pouvez inviter des membres et envoyer des annonces.
invite-already-leads = Vous êtes déjà responsable de <b>{ $name }</b> : un responsable dirige une seule association.

help-associations = 🏛 Associations : rejoignez-en une avec le lien qu’elle vous envoie ; depuis « Mes associations », vous pouvez couper ses annonces ou la quitter. Les responsables envoient les annonces depuis « Mon association ».
