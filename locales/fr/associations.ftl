### Associations : l'équipe du projet, les associations et leurs
### responsables, les liens d'invitation, les adhésions et les thèmes suivis.
### Rôles : « l'équipe » gère tout le projet ; les « responsables » d'une
### association ne gèrent que la leur ; les « membres » reçoivent ses
### annonces.

## Boutons du menu principal

menu-my-association = 🏛 Mon association
menu-associations = 🏛 Associations
menu-staff = 👥 Équipe
# menu-memberships et menu-topics partagent une ligne (demi-largeur) :
# restez court.
menu-memberships = 🏛 Mes associations
menu-topics = 🔔 Thèmes suivis

## Refus

only-admins = Seuls les administrateurs peuvent faire cela.
only-leaders = Seuls les responsables d'association peuvent faire cela.

## Liste de l'équipe (administrateurs seulement)

staff-title = <b>Équipe</b>
staff-none = Personne pour l'instant.
# Bouton ; { $name } est le nom d'une personne.
staff-revoke = ✖ Retirer { $name }
staff-add = ➕ Ajouter à l'équipe
staff-add-prompt = Envoyez l'identifiant Telegram de la personne à ajouter. Elle doit avoir déjà démarré le bot.
staff-add-unknown = Je ne connais pas cet identifiant. La personne doit d'abord démarrer le bot ; ensuite, renvoyez-moi son identifiant.

## Associations : en créer une, sa page, ses responsables et les liens d'invitation

assoc-none = Aucune association pour l'instant.
assoc-list = <b>Associations</b>
assoc-new = ➕ Nouvelle association
assoc-name-prompt = Quel est le nom de l'association ?
# $max vaut toujours 80.
assoc-name-invalid = Le nom doit faire entre 1 et { $max } caractères.
assoc-description-prompt = Décrivez l'association en quelques mots.
# Sert aussi pour la description d'un événement : restez général.
# $max vaut 500 pour une association, 1500 pour un événement.
assoc-description-invalid = La description peut faire { $max } caractères au maximum.
# Bouton. Sert aussi à la création d'un événement (pour passer la description).
assoc-skip = Passer
# « Créer » cite le libellé de assoc-create, sans son emoji.
assoc-languages-prompt = Dans quelles langues travaille-t-elle ? Touchez les langues pour les choisir, puis « Créer ».
assoc-create = ✅ Créer
assoc-gone = Cette association n'existe plus.
# $languages est une liste de langues ; $leaders une liste de noms de personnes.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] { $members } membre
       *[other] { $members } membres
    } · responsables : { $leaders }
assoc-leader-invite = 🔑 Invitation de responsable
# Bouton ; { $name } est le nom d'une personne.
assoc-remove-leader = ✖ Retirer { $name } des responsables
assoc-remove-leader-confirm = Retirer à <b>{ $name }</b> son rôle de responsable de <b>{ $association }</b> ? Cette personne ne pourra plus envoyer d'annonces ni gérer les événements de l'association. Vous pourrez l'inviter de nouveau plus tard.
assoc-remove-leader-yes = ✖ Oui, retirer le rôle
assoc-leader-removed = C'est fait : cette personne n'est plus responsable de l'association.
assoc-revoke-leader-invites = 🚫 Annuler les invitations de responsable inutilisées ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] C'est fait : cette invitation de responsable ne fonctionne plus.
       *[other] C'est fait : ces { $count } invitations de responsable ne fonctionnent plus.
    }
# { $link } doit rester seul sur sa ligne.
assoc-leader-link =
    Lien d'invitation pour la personne qui sera responsable de <b>{ $name }</b>. Il ne sert qu'une fois et expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } :
    { $link }
assoc-mine =
    <b>{ $name }</b>
    👥 { $members ->
        [one] { $members } membre
       *[other] { $members } membres
    }
# { $link } doit rester seul sur sa ligne.
assoc-member-link = Lien d'invitation pour les membres (partagez-le librement, révoquez-le quand vous voulez) :
    { $link }
assoc-no-member-link = Aucun lien d'invitation pour les membres n'est actif.
assoc-create-link = 🔗 Créer un lien pour les membres
assoc-revoke-link = 🚫 Révoquer le lien des membres

## Les associations d'un membre

memberships-none = Vous n'êtes membre d'aucune association.
memberships-title = <b>Vos associations</b>
    Mettez une association en sourdine pour ne plus recevoir ses annonces ; vous pouvez la réactiver à tout moment.
# memberships-mute (ou -unmute) et memberships-leave partagent une ligne
# (demi-largeur) ; { $name } est le nom d'une association.
memberships-mute = 🔕 Sourdine : { $name }
memberships-unmute = 🔔 Réactiver { $name }
memberships-leave = 🚪 Quitter

topics-prompt = Choisissez les thèmes sur lesquels vous voulez des nouvelles. Touchez-en un à nouveau pour arrêter.

## Ouverture d'un lien d'invitation

invite-joined = Bienvenue ! Vous êtes maintenant membre de <b>{ $name }</b>.
invite-already-member = Vous êtes déjà membre de <b>{ $name }</b>.
invite-leader = Vous êtes maintenant responsable de <b>{ $name }</b>. Depuis le menu, vous pouvez inviter des membres et envoyer des annonces.
invite-already-leads = Vous êtes déjà responsable de <b>{ $name }</b>, et chaque responsable ne dirige qu'une seule association.

## Aide

# Une ligne de /help. Cite les libellés de menu-memberships et
# menu-my-association, sans leur emoji.
help-associations = 🏛 Associations : rejoignez-en une avec le lien qu'elle vous envoie ; depuis « Mes associations », vous pouvez mettre ses annonces en sourdine ou la quitter. Les responsables envoient les annonces depuis « Mon association ».
