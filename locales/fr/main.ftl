### Textes de base : choix de la langue, information sur la vie privée,
### menu principal, navigation, réponses courtes et erreurs, aide, vos
### données (/mydata, /delete) et les descriptions du menu des commandes de
### Telegram.
###
### Pour les traducteurs et traductrices (valable pour tous les fichiers) :
### - Le HTML est permis : <b>, <i>, <a href="…">. Fermez chaque balise et
###   écrivez un & < > littéral sous la forme &amp; &lt; &gt;.
### - Les commandes comme /menu, /mydata ou /delete restent en anglais.
### - Les { $variables } et les identifiants des messages restent tels quels.
### - Les lecteurs ont des niveaux de lecture variés et beaucoup apprennent
###   encore la langue : phrases courtes, mots de tous les jours, jamais de
###   mot à mot.
### - Typographie : espace fine insécable (U+202F) avant ? ! ; et espace
###   insécable (U+00A0) avant : et à l'intérieur des « ».
### - Un bouton qui partage sa ligne avec un autre a environ 15 caractères
###   visibles (demi-largeur) ; trois par ligne, environ 9 ; seul, environ 30.

## Nom

# Le nom du bot. Ne se traduit pas.
-brand = Discorsi

## Choix de la langue et information sur la vie privée (les premiers écrans)

language-prompt = 🌐 Choisissez votre langue
# Nommez votre propre langue dans la phrase.
language-changed = C'est fait ! Désormais, je vous écris en français.

privacy-notice =
    <b>Avant de commencer : vos données</b>

    Nous conservons votre nom et votre identifiant Telegram, la langue choisie et ce que vous faites ici (inscriptions, signalements, avis). Nous les utilisons uniquement pour vous offrir ce service avec votre association.

    • /mydata vous envoie tout ce que nous conservons.
    • /delete l'efface, à tout moment.
# Bouton.
privacy-accept = ✅ J'accepte

## Menu principal et navigation

menu-title = <b>Menu principal</b> — de quoi avez-vous besoin ?
# Boutons : menu-language et menu-help partagent une ligne (demi-largeur).
menu-language = 🌐 Langue
menu-help = ❓ Aide
menu-privacy = 🔒 Mes données

# Boutons sous presque tous les écrans, sur une même ligne (demi-largeur) :
# restez court. help-cancel cite les deux libellés sans leur emoji.
nav-back = ⬅️ Retour
nav-home = 🏠 Menu

## Réponses courtes, conseils et erreurs

cancelled = D'accord, c'est annulé.
hint-use-buttons = Choisissez avec les boutons ci-dessous.
hint-no-media = Ici, je ne peux pas lire les photos, les stickers ni les messages vocaux. Utilisez les boutons ci-dessous.
hint-too-long = Ce message est trop long. Utilisez les boutons ci-dessous.
hint-flood = Vous envoyez des messages très vite, j'en ai donc ignoré certains. Attendez quelques secondes, puis continuez.
button-expired = Ce bouton a expiré. Voici où vous en êtes.
unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir ce que je sais faire.
deeplink-unknown = Ce lien n'est pas valide ou a expiré. Demandez-en un nouveau à la personne qui vous l'a envoyé.
error-generic = Un problème est survenu de notre côté. Réessayez dans un instant.

## Aide (/help) : un titre, puis une ligne par fonction (les autres lignes help-* sont dans les autres fichiers)

help-intro = <b>Ce que je peux faire</b>
help-menu = /menu — revenir au menu principal
help-language = /language — changer de langue
help-privacy = /mydata — télécharger vos données · /delete — les effacer
# Cite les libellés de nav-back et nav-home, sans leur emoji.
help-cancel = /cancel — arrêter ce que vous êtes en train de faire. À chaque étape, vous avez aussi les boutons « Retour » et « Menu ».

## Vos données (/mydata, /delete)

privacy-menu =
    <b>Vos données</b>

    Vous pouvez télécharger tout ce que nous conservons sur vous, ou l'effacer.
privacy-download = 📥 Télécharger mes données
privacy-delete = 🗑 Effacer mes données
# Légende du fichier envoyé par /mydata.
mydata-caption = Tout ce que nous conservons sur vous : { $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }.
delete-confirm =
    <b>Effacer toutes vos données ?</b>

    Nous effacerons votre profil, vos inscriptions aux événements (votre place ira à la personne suivante sur la liste d'attente), vos adhésions aux associations, vos rôles et les thèmes que vous suivez, vos annonces pas encore envoyées, et ce que vous nous avez écrit (commentaires, signalements, recherches). Les liens d'invitation que vous avez créés ne fonctionneront plus.
    Vos questions et ce que vous y avez écrit sont aussi effacés ; la personne qui vous répondait saura que vous avez quitté le bot.
    Nous gardons, sans votre nom : vos étoiles et les raisons que vous avez cochées, seulement sous forme de totaux anonymes ; les annonces et les événements que vous avez déjà partagés avec d'autres personnes ; les associations que vous avez créées.
    C'est définitif.
delete-yes = 🗑 Oui, tout effacer
delete-no = Non, les garder
delete-done = Vos données ont été effacées. Pour revenir, il suffit d'envoyer /start.

## Menu des commandes de Telegram (la liste qui s'affiche après « / ») : texte simple, sans HTML ni emoji

cmd-start = Commencer ou recommencer
cmd-menu = Menu principal
cmd-language = Changer de langue
cmd-help = Ce que fait ce bot
cmd-mydata = Télécharger mes données
cmd-delete = Effacer mes données
cmd-cancel = Arrêter l'action en cours

## Autres textes du menu principal et de l'aide

# Affiché sous le menu principal. Les deux exemples doivent être des mots que
# la recherche trouve dans votre langue (voir vocab-* dans directory.ftl).
menu-type-hint = Vous pouvez aussi écrire ce dont vous avez besoin, par exemple « médecin » ou « loyer ».
# Une ligne de /help.
help-services = 🔎 Trouver un service : logement, santé, travail et certificats. Choisissez un thème, partagez votre position ou écrivez simplement ce que vous cherchez.
staff-only = Cette fonction est réservée à l'équipe du projet.
