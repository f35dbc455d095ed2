### Les avis et ce qu'on en tire : étoiles et raisons après un événement,
### « utile ? » sur les fiches des services, les rapports et graphiques pour
### l'équipe et les responsables, et l'attestation de participation (un PDF)
### avec sa vérification publique (/verify).
### Les événements sont des ateliers, des formations et d'autres rencontres :
### ne les appelez pas tous « ateliers ».

## Boutons du menu principal, commande et aide

menu-report = 📊 Rapport des avis
menu-certificate = 📄 Attestation de participation
# Menu des commandes de Telegram : texte simple, sans HTML ni emoji.
cmd-certificate = Mon attestation de participation
# Une ligne de /help.
help-certificate = 📄 /certificate — un PDF avec les ateliers et rencontres auxquels vous avez participé, pour les services qui le demandent.

## « Utile ? » sur la fiche d'un service

card-useful = Cette fiche vous a-t-elle été utile ?
# card-useful-yes et card-useful-no partagent une ligne (demi-largeur).
card-useful-yes = 👍 Oui
card-useful-no = 👎 Non

## Étoiles et raisons après un événement, raisons après un service

# Envoyé après un événement ; les étoiles sont des boutons en dessous.
fb-prompt = Qu'avez-vous pensé de <b>{ $title }</b> ? Touchez les étoiles.
# fb-done et fb-skip partagent une ligne (demi-largeur) ; d'autres textes les citent.
fb-skip = Passer
fb-done = Terminé
fb-bad-rating = Cette note n'existe pas. Choisissez de 1 à 5 étoiles.
fb-not-attended = Vous pouvez noter seulement les événements auxquels vous avez participé.
fb-already = Vous avez déjà noté cet événement. Merci !
fb-reasons = Qu'avez-vous remarqué ? Touchez tout ce qui convient, puis « Terminé ».
fb-service-up = Tant mieux ! Qu'est-ce qui était bien ?
fb-service-down = Dommage. Qu'est-ce qui n'a pas marché ?
fb-thanks-short = Merci de nous l'avoir dit.
fb-thanks = 🙏 Merci ! Votre réponse aide l'équipe organisatrice à s'améliorer.
# fb-reason-* : boutons deux par ligne, avec « ✅ » ajouté quand ils sont
# cochés : environ 13 caractères. Repris aussi dans les rapports
# (rep-reasons). useful, clear, language, timing, place et too-fast
# concernent les événements ; wrong-info, unreachable, language et not-for-me
# les services.
# .short : la même raison sur les boutons de l'avis, deux par ligne (environ
# 13 caractères au plus, car « ✅ » est ajouté) ; la valeur sert aux rapports.
fb-reason-useful = Utile
    .short = Utile
fb-reason-clear = Clair
    .short = Clair
fb-reason-language = Langue difficile
    .short = Mots difficiles
fb-reason-timing = Mauvais horaire
    .short = Mauvais horaire
fb-reason-place = Difficile d'accès
    .short = Accès difficile
fb-reason-too-fast = Trop rapide
    .short = Trop rapide
fb-reason-wrong-info = Infos fausses
    .short = Infos fausses
fb-reason-unreachable = Pas de réponse
    .short = Pas de réponse
fb-reason-not-for-me = Pas pour moi
    .short = Pas pour moi
# $max vaut toujours 500.
fb-comment-prompt = Autre chose à dire à l'équipe organisatrice ? Écrivez-le ici ({ $max } caractères au plus) ou touchez « Passer ». Votre nom ne sera pas montré.
fb-comment-too-long = Votre commentaire fait { $count } caractères ; la limite est de { $max }. Raccourcissez-le, s'il vous plaît.

## Rapport des avis (équipe et responsables)

rep-not-allowed = Les rapports sont réservés à l'équipe et aux responsables d'association.
rep-choose-period = 📊 Quelle période voulez-vous voir ?
# Bouton, deux par ligne (demi-largeur).
# .short : la même chose, si le libellé complet ne tient pas dans le bouton
# (environ 15 caractères) ; abrégez s'il le faut.
rep-previous = { $span ->
        [week] Semaine dernière
        [month] Mois dernier
        [quarter] Trimestre dernier
       *[year] Année dernière
    }
    .short = { $span ->
        [week] Sem. dernière
        [month] Mois dernier
        [quarter] Trim. dernier
       *[year] Année dernière
    }
rep-custom = 📅 Autre mois ou autre année
# Gardez les périodes d'exemple telles quelles : 10/2026, Q3 2026 et 2026
# sont ce que le bot sait lire (avec la lettre Q).
rep-custom-prompt = Écrivez un mois comme 10/2026, un trimestre comme Q3 2026 ou une année comme 2026. Les rapports portent toujours sur des semaines, des mois, des trimestres ou des années complets, pour qu'on ne puisse identifier personne en comparant deux périodes.
rep-period-empty = Cette période n'est pas encore terminée. Les rapports ne portent que sur des semaines, des mois, des trimestres et des années déjà terminés.
rep-period-unreadable = Je n'arrive pas à lire cette période. Écrivez un mois comme 10/2026, un trimestre comme Q3 2026 ou une année comme 2026.
rep-header = 📊 <b>Avis</b> · { $period }
rep-responses = { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
# $average est déjà écrit avec le séparateur décimal du lecteur (4,5).
rep-average = moyenne { $average } ★
rep-empty = Aucun avis sur cette période.
rep-total-small = Moins de { $min } réponses : chiffres masqués.
# $label est un thème, un événement, un service, une association ou une langue.
rep-group-small = <b>{ $label }</b> : moins de { $min } réponses
rep-group-hidden = <b>{ $label }</b> : chiffres masqués, pour qu'on ne puisse pas retrouver un groupe plus petit à partir des totaux
# $reasons est une liste de libellés fb-reason-* avec leurs nombres.
rep-reasons = Raisons principales : { $reasons }
# rep-by-* : boutons trois par ligne (environ 9 caractères ; « • » est ajouté
# devant celui qui est choisi), et titre de la vue.
# .short : le bouton, trois par ligne (environ 9 caractères) ; la valeur est
# le titre de la vue.
rep-by-topic = Par thème
    .short = Thème
rep-by-event = Par événement
    .short = Événement
rep-by-service = Par service
    .short = Service
rep-by-association = Par association
    .short = Assoc.
rep-by-language = Par langue
    .short = Langue
rep-nothing-here = Rien pour cette période.
rep-more = { $count ->
        [one] …et encore { $count } dans le fichier CSV.
       *[other] …et { $count } autres dans le fichier CSV.
    }
# rep-comments et rep-gaps partagent une ligne (demi-largeur).
rep-comments = 💬 Commentaires
rep-no-comments = Aucun commentaire à montrer.
rep-comments-rule = Seuls les commentaires sur ce qui a reçu au moins { $min } réponses sont affichés, et jamais avec les étoiles de la personne qui les a écrits.
rep-gaps = 🕳 Informations manquantes
rep-gap-search = Recherches sans résultat
rep-gap-request = Demandes de services manquants
rep-gap-wrong-info = Signalements d'informations fausses
# À la place d'un nombre trop petit pour être montré.
rep-small = moins de { $min }
# Libellés de lignes du rapport : événements sans association, recherches
# écrites sans choisir de thème.
rep-no-association = Sans association
rep-topic-none = Recherches écrites
# rep-charts et rep-csv partagent une ligne (demi-largeur).
rep-charts = 📈 Graphiques
rep-csv = ⬇️ Fichiers CSV
rep-change-period = 📅 Changer de période
rep-files-caption = { $period }

## Graphiques : dessinés sur des images, restez court

chart-rating-title = Note moyenne par thème
chart-rating-y = Note moyenne (1–5)
chart-too-few = Moins de { $min } notes : rien à montrer.
chart-dist-title = Notes données aux événements
chart-dist-y = Réponses
chart-turnout-title = Inscriptions et présences
chart-signed-up = Inscriptions
chart-attended = Présences
chart-no-events = Aucun événement sur cette période.

## Attestation de participation (un PDF)

cert-none = Aucune présence n'est encore enregistrée à votre nom. Quand votre présence à un atelier ou à une rencontre aura été notée, vous pourrez obtenir ici une attestation.
# $max vaut toujours 80.
cert-ask-name = Écrivez vos nom et prénom tels qu'ils doivent figurer sur l'attestation (comme sur vos papiers, { $max } caractères au plus).
cert-name-invalid = Écrivez seulement vos nom et prénom, en lettres ({ $max } caractères au plus).
cert-sent = 📄 Voici votre attestation. Vous pouvez l'imprimer ou la montrer sur votre téléphone.
# Nom du fichier PDF (« .pdf » est ajouté) : lettres ASCII, chiffres et tirets
# seulement, sans espaces ni accents.
cert-file-name = attestation-participation
# Imprimé sur le PDF, comme tout ce qui suit.
cert-title = Attestation de participation
# Le PDF imprime cert-intro, puis le nom de la personne seul sur sa ligne,
# puis cert-attended : ensemble, ils forment une seule phrase. Écrivez-la pour
# qu'elle convienne à une femme comme à un homme.
cert-intro = Nous attestons que
cert-attended = { $count ->
        [one] a participé à la séance suivante :
       *[other] a participé aux { $count } séances suivantes :
    }
# $hours est un nombre déjà écrit avec le séparateur décimal du lecteur (1,5).
cert-event = { $date }, { $from }–{ $to } ({ $hours } h)
cert-organiser = Organisé par { $association }
cert-organiser-network = Organisé par le réseau du projet { -brand }
cert-total = Nombre total d'heures de participation : { $hours }
cert-issued = Délivrée le { $date } via { -brand }, à la demande de la personne concernée. Les présences ont été enregistrées par les associations organisatrices.
cert-code = Code de vérification : { $code }
# $bot est le @nom d'utilisateur du bot.
cert-how-to-check = Toute personne peut vérifier cette attestation : il suffit de scanner le code QR ou d'envoyer /verify { $code } à { $bot } sur Telegram.

## Vérification d'une attestation (/verify) : réponses à n'importe qui, pas seulement à son titulaire

cert-verify-usage = Pour vérifier une attestation, envoyez /verify suivi du code imprimé sur l'attestation, par exemple /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } n'est pas un code d'attestation valide.
cert-verify-withdrawn = ⚠️ L'attestation { $code } a été retirée par la personne à qui elle avait été délivrée. Elle n'est plus valable.
# $events est une liste d'événements, un par ligne.
cert-verify-valid =
    ✅ <b>Attestation valable</b> { $code }
    Délivrée le { $date } à <b>{ $name }</b>, qui a participé à :
    { $events }
    Nombre total d'heures : { $hours }

## Les questions dans /report

rep-questions = ❓ Questions
rep-q-staff = Équipe du projet · { $topic }
rep-q-asked = { $count ->
        [one] { $count } question posée
       *[other] { $count } questions posées
    }
rep-q-median = Délai habituel avant la première réponse :
rep-q-median-minutes = Délai habituel avant la première réponse : { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
rep-q-median-hours = Délai habituel avant la première réponse : { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }
rep-q-within = Réponse en moins de 48 heures : { $percent } %
rep-q-helpful-label = Jugées utiles :
rep-q-helpful = Jugées utiles : { $percent } %
