### Ateliers, formations et autres événements : la liste, l'inscription, la
### liste d'attente, les rappels et les avis de changement, et les écrans des
### organisateurs (présences, feuille d'émargement, création d'un événement).
### « Événement » est le mot général ; « ateliers et rencontres » est le nom
### que le menu leur donne à tous. Employez des formes neutres : la personne
### qui lit peut être une femme ou un homme.

## Boutons du menu principal et aide

# menu-events et menu-my-signups partagent une ligne (demi-largeur).
menu-events = 📅 Ateliers et rencontres
menu-my-signups = 🎟 Mes inscriptions
menu-manage-events = 🛠 Gérer les événements
# Une ligne de /help.
help-events = 📅 Ateliers et rencontres : inscrivez-vous en un clic, recevez le fichier pour votre agenda et des rappels, et libérez votre place si vous ne pouvez pas venir.

## La liste des événements et la fiche d'un événement

ev-list-title = <b>Prochains ateliers et rencontres</b>
ev-none = Aucun événement prévu pour l'instant.
# ev-kind-* : une ligne de la fiche de l'événement, et des boutons à la
# création d'un événement.
ev-kind-workshop = 🧩 Atelier
ev-kind-training = 🤝 Formation
ev-kind-other = 📌 Événement
# Affiché quand ni le titre ni la description de l'événement n'existent dans
# la langue du lecteur : ils sont montrés dans une autre langue.
ev-fallback = <i>Le titre et la description de cet événement ne sont pas disponibles dans votre langue.</i>
# Affiché quand le titre n'existe pas dans la langue du lecteur (l'événement
# n'a pas de description) : il est montré dans une autre langue.
ev-fallback-title = <i>Le titre de cet événement n'est pas disponible dans votre langue.</i>
# Affiché quand le titre existe dans la langue du lecteur mais pas la
# description : celle-ci est montrée dans une autre langue.
ev-fallback-description = <i>La description n'est pas disponible dans votre langue.</i>
# $languages : les langues parlées à l'événement, chacune dans sa langue.
ev-languages = 🗣 Langues de l'événement : { $languages }
ev-online = 💻 En ligne
ev-join-online = 💻 Rejoindre en ligne
ev-cancelled = ❌ Cet événement a été annulé.
ev-full = 🔴 Complet : vous pouvez vous inscrire sur la liste d'attente
ev-seats-left = 🟢 { $count ->
        [one] { $count } place libre
       *[other] { $count } places libres
    }
ev-you-are-in = ✅ Votre inscription est confirmée.
# Sert aussi de cellule « Statut » pour une personne en attente, dans la
# feuille d'émargement (CSV).
ev-waitlist-position = ⏳ Liste d'attente : numéro { $position }

## S'inscrire et annuler

ev-sign-up = ✅ M'inscrire
ev-cancel-place = ✖ Annuler ma place
ev-cancel-confirm = Annuler votre place à <b>{ $title }</b> ?
ev-cancel-yes = ✖ Oui, annuler
ev-signed-up = ✅ C'est noté ! Voici le fichier pour votre agenda ; je vous enverrai un rappel avant le début.
# Légende du fichier d'agenda (.ics).
ev-ics-caption = 📅 Ajoutez-le à votre agenda
ev-on-waitlist = ⏳ L'événement est complet : vous avez le numéro { $position } sur la liste d'attente. Si une place se libère, je vous préviens.
ev-already-signed = Vous êtes déjà sur la liste de cet événement.
ev-closed = Les inscriptions à cet événement sont closes.
ev-not-signed = Vous n'aviez pas d'inscription à cet événement.
ev-place-cancelled = Votre place est annulée. Merci d'avoir prévenu.
ev-promoted = 🎉 Une place s'est libérée pour <b>{ $title }</b> : elle est à vous !
# Bouton sous un rappel.
ev-cant-come = 🙅 Je ne peux pas venir
ev-mine-title = <b>Vos inscriptions</b>
ev-mine-none = Vous n'avez aucune inscription à venir.

## Rappels et avis aux personnes inscrites

# ev-in-minutes et ev-in-hours sont insérés comme $when dans ev-reminder.
ev-in-minutes = dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
ev-in-hours = dans { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
ev-reminder = ⏰ Rappel : <b>{ $title }</b> commence { $when }.
    📍 { $place }
# Envoyé quand l'horaire OU le lieu a changé : ne dites pas lequel.
# $when est une date avec l'heure, comme 25/03/2027 18:30 ; $place une adresse ou un lien.
ev-notice-changed = 🔄 Changement pour <b>{ $title }</b>. Quand : { $when }. Où : { $place }.
ev-notice-cancelled = ❌ L'événement <b>{ $title }</b> ({ $when }) est annulé. Toutes nos excuses.

## Organisateurs : gérer un événement

ev-not-organiser = Seuls l'équipe et les responsables d'association peuvent organiser des événements.
ev-not-your-event = Vous ne pouvez gérer que les événements de votre association.
ev-attendance-not-yet = Les présences peuvent être notées une fois l'événement commencé.
ev-already-ended = Cet événement est déjà terminé : il ne peut plus être modifié ni annulé.
ev-gone = Cet événement n'existe plus. Il a peut-être été supprimé.
ev-manage-title = <b>Vos événements</b>
ev-manage-none = Aucun événement pour l'instant.
ev-new = ➕ Nouvel événement
# Écran des organisateurs : $count places prises sur $capacity.
ev-attendees = 👥 { $count ->
        [one] { $count } place prise sur { $capacity }
       *[other] { $count } places prises sur { $capacity }
    }
# ev-csv et ev-attendance partagent une ligne (demi-largeur).
ev-csv = 📄 Feuille d'émargement (CSV)
ev-csv-caption = 📄 Feuille d'émargement
# De ev-csv-name à ev-csv-signature : en-têtes des colonnes de la feuille
# d'émargement, un fichier CSV imprimé pour être signé. Texte simple, sans HTML.
ev-csv-name = Nom
ev-csv-status = Statut
ev-csv-attended = Présence
ev-csv-signature = Signature
# ev-csv-confirmed, ev-csv-yes, ev-csv-no : valeurs des cellules de la feuille.
ev-csv-confirmed = place confirmée
ev-csv-waitlist = liste d'attente n° { $position }
ev-csv-yes = oui
ev-csv-no = non
ev-attendance = ✅ Présences
ev-attendance-prompt = Touchez le nom de chaque personne venue.
# ev-change-time et ev-change-place partagent une ligne (demi-largeur).
ev-change-time = 🕒 Changer l'horaire
ev-change-place = 📍 Changer le lieu
ev-cancel-event = ❌ Annuler l'événement
ev-cancel-event-confirm = Annuler cet événement ? Toutes les personnes inscrites ou en attente seront prévenues.
ev-cancel-event-yes = ❌ Oui, annuler l'événement
ev-event-cancelled = L'événement est annulé. Nous prévenons toutes les personnes inscrites.
ev-updated = Enregistré. Nous prévenons les personnes inscrites ou en attente.
# Gardez la date d'exemple : elle montre ce que le bot sait lire (jour/mois).
ev-ask-new-start = Quand commence-t-il désormais ? Écrivez la date et l'heure, par exemple 25/3 18:30. La durée reste la même.

## Organisateurs : créer un événement, une question à la fois

ev-ask-kind = Quel type d'événement ?
ev-ask-topic = Quel thème ?
# $max vaut toujours 120.
ev-ask-title = Écrivez le titre ({ $max } caractères au maximum).
ev-ask-description = Décrivez l'événement en quelques lignes.
# Gardez les dates d'exemple : elles montrent ce que le bot sait lire (jour/mois).
ev-ask-start = Quand commence-t-il ? Par exemple 25/3 18:30 ou 25/03/2027 18.30.
ev-ask-end = Quand finit-il ? Une heure comme 20:00, ou une date et une heure.
ev-ask-place = Où ? Écrivez l'adresse, ou collez le lien d'une réunion en ligne.
# $max vaut toujours 5000.
ev-ask-capacity = Combien de places ? Un nombre de 1 à { $max }.
# « Suivant » cite le libellé de ev-next, sans sa flèche.
ev-ask-languages = Quelles langues seront parlées ? Touchez pour choisir, puis « Suivant ».
ev-next = Suivant ➡️
ev-ask-audience = Qui peut s'inscrire ?
ev-aud-everyone = 🌍 Tout le monde
ev-aud-members = 🏛 Les membres de mon association
ev-aud-leaders = 👔 Les responsables d'association seulement
ev-preview = <b>Aperçu</b>
ev-create = ✅ Créer l'événement
ev-created = ✅ Événement créé.
# $max vaut toujours 120.
ev-title-invalid = Le titre doit faire entre 1 et { $max } caractères.
ev-date-past = Cette date est passée. Choisissez une date et une heure à venir.
ev-date-unreadable = Je n'ai pas compris. Écrivez une date et une heure comme 25/3 18:30.
ev-end-before-start = L'événement doit finir après son début.
ev-too-long = Un événement peut durer deux semaines au maximum.
# $max vaut toujours 5000.
ev-capacity-invalid = Écrivez un nombre de places de 1 à { $max }.
