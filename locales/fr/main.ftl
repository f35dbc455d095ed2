# Textes de base : accueil, menu principal, navigation, aide, vie privée.

language-prompt = 🌐 Choisissez votre langue
language-changed = C'est fait ! Désormais, je vous écris en français.

privacy-notice =
    <b>Avant de commencer : vos données</b>

    Nous conservons votre nom et votre identifiant Telegram, la langue choisie et ce que vous faites ici (inscriptions, signalements, avis). Nous les utilisons uniquement pour vous offrir ce service avec votre association.

    • /mydata vous envoie tout ce que nous conservons.
    • /delete l'efface, à tout moment.
privacy-accept = ✅ J'accepte

menu-title = <b>Menu principal</b> — de quoi avez-vous besoin ?
menu-language = 🌐 Langue
menu-help = ❓ Aide
menu-privacy = 🔒 Mes données

nav-back = ⬅️ Retour
nav-home = 🏠 Menu

cancelled = D'accord, c'est annulé.
hint-use-buttons = Choisissez avec les boutons ci-dessous.
hint-no-media = Ici, je ne peux pas lire les photos, les stickers ni les messages vocaux. Utilisez les boutons ci-dessous.
hint-too-long = Ce message est trop long. Utilisez les boutons ci-dessous.
hint-flood = Vous envoyez des messages très vite, j'en ai donc ignoré certains. Attendez quelques secondes, puis continuez.
button-expired = Ce bouton a expiré. Voici où vous en êtes.
unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir ce que je sais faire.
deeplink-unknown = Ce lien n'est pas valide ou a expiré. Demandez-en un nouveau à la personne qui vous l'a envoyé.
error-generic = Désolé, un problème est survenu de notre côté. Réessayez dans un instant.

help-intro = <b>Ce que je peux faire</b>
help-menu = /menu — revenir au menu principal
help-language = /language — changer de langue
help-privacy = /mydata — télécharger vos données · /delete — les effacer
help-cancel = /cancel — arrêter ce que vous êtes en train de faire. À chaque étape, vous avez aussi les boutons « Retour » et « Menu ».

privacy-menu =
    <b>Vos données</b>

    Vous pouvez télécharger tout ce que nous conservons sur vous, ou l'effacer.
privacy-download = 📥 Télécharger mes données
privacy-delete = 🗑 Effacer mes données
mydata-caption = Tout ce que nous conservons sur vous : { $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }.
delete-confirm =
    <b>Effacer toutes vos données ?</b>

    Nous effacerons votre profil, vos places et vos inscriptions aux événements (votre place ira à la personne suivante sur la liste d'attente), vos adhésions aux associations, vos rôles et les thèmes que vous suivez, vos annonces qui n'ont pas encore été envoyées, et les mots que vous nous avez écrits (commentaires, signalements, recherches). Les liens d'invitation que vous avez créés ne fonctionneront plus.
    Nous gardons, sans votre nom : vos notes en étoiles et les raisons que vous avez cochées, seulement sous forme de totaux anonymes ; les annonces et les événements que vous avez déjà partagés avec d'autres personnes ; les associations que vous avez créées.
    C'est définitif.
delete-yes = 🗑 Oui, tout effacer
delete-no = Non, les garder
delete-done = Vos données ont été effacées. Pour revenir, il suffit d'envoyer /start.

cmd-start = Commencer ou recommencer
cmd-menu = Menu principal
cmd-language = Changer de langue
cmd-help = Ce que fait ce bot
cmd-mydata = Télécharger mes données
cmd-delete = Effacer mes données
cmd-cancel = Arrêter l'action en cours

menu-type-hint = Vous pouvez aussi écrire ce dont vous avez besoin, par exemple « médecin » ou « loyer ».
help-services = 🔎 Trouver un service : logement, santé, travail et certificats. Choisissez un thème, partagez votre position ou écrivez simplement ce que vous cherchez.
staff-only = Cette fonction est réservée à l'équipe du projet.
