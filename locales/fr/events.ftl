# Ateliers, rencontres de formation et événements : liste, inscription, rappels, organisateurs.

menu-events = 📅 Ateliers et rencontres
menu-my-signups = 🎟 Mes inscriptions
menu-manage-events = 🛠 Gérer les événements
help-events = 📅 Ateliers et rencontres : inscrivez-vous d'un geste, recevez le fichier d'agenda et des rappels, et libérez votre place si vous ne pouvez pas venir.

ev-list-title = <b>Prochains ateliers et rencontres</b>
ev-none = Aucun événement prévu pour l'instant.
ev-kind-workshop = 🧩 Atelier
ev-kind-training = 🤝 Rencontre de formation
ev-kind-other = 📌 Événement
ev-fallback = <i>Cette description n'existe pas dans votre langue.</i>
ev-online = 💻 En ligne
ev-join-online = 💻 Rejoindre en ligne
ev-cancelled = ❌ Cet événement a été annulé.
ev-full = 🔴 Complet : vous pouvez vous inscrire sur la liste d'attente
ev-seats-left = 🟢 { $count ->
        [one] { $count } place libre
       *[other] { $count } places libres
    }
ev-you-are-in = ✅ Vous êtes inscrit.
ev-waitlist-position = ⏳ Liste d'attente : numéro { $position }
ev-sign-up = ✅ M'inscrire
ev-cancel-place = ✖ Annuler ma place
ev-cancel-confirm = Annuler votre place à <b>{ $title }</b> ?
ev-cancel-yes = ✖ Oui, annuler
ev-signed-up = ✅ C'est noté ! Voici le fichier pour votre agenda ; je vous enverrai un rappel.
ev-ics-caption = 📅 Ajoutez-le à votre agenda
ev-on-waitlist = ⏳ L'événement est complet : vous êtes numéro { $position } sur la liste d'attente. Si une place se libère, je vous préviens.
ev-already-signed = Vous êtes déjà inscrit à cet événement.
ev-closed = Les inscriptions à cet événement sont closes.
ev-not-signed = Vous n'étiez pas inscrit à cet événement.
ev-place-cancelled = Votre place est annulée. Merci de nous avoir prévenus.
ev-promoted = 🎉 Une place s'est libérée : vous êtes maintenant inscrit à <b>{ $title }</b> !
ev-cant-come = 🙅 Je ne peux pas venir
ev-mine-title = <b>Vos inscriptions</b>
ev-mine-none = Vous n'êtes inscrit à aucun événement à venir.

ev-in-minutes = dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
ev-in-hours = dans { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
ev-reminder = ⏰ Rappel : <b>{ $title }</b> commence { $when }.
    📍 { $place }
ev-notice-changed = 🔄 <b>{ $title }</b> a changé : désormais le { $when }, à { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) est annulé. Nous en sommes désolés.

ev-not-organiser = Seuls l'équipe et les responsables d'association organisent des événements.
ev-not-your-event = Vous ne pouvez gérer que les événements de votre association.
ev-attendance-not-yet = Les présences peuvent être enregistrées une fois l'événement commencé.
ev-already-ended = Cet événement est déjà terminé : il ne peut plus être modifié ni annulé.
ev-gone = Cet événement n'existe plus. Il a peut-être été supprimé.
ev-manage-title = <b>Vos événements</b>
ev-manage-none = Aucun événement pour l'instant.
ev-new = ➕ Nouvel événement
ev-attendees = 👥 { $count } places prises sur { $capacity }
ev-csv = 📄 Feuille d'émargement (CSV)
ev-csv-caption = 📄 Feuille d'émargement
ev-csv-name = Nom
ev-csv-status = Statut
ev-csv-attended = Présent
ev-csv-signature = Signature
ev-csv-confirmed = inscrit
ev-csv-yes = oui
ev-csv-no = non
ev-attendance = ✅ Présences
ev-attendance-prompt = Touchez chaque personne venue.
ev-change-time = 🕒 Changer l'horaire
ev-change-place = 📍 Changer le lieu
ev-cancel-event = ❌ Annuler l'événement
ev-cancel-event-confirm = Annuler cet événement ? Tous les inscrits et les personnes en attente seront prévenus.
ev-cancel-event-yes = ❌ Oui, annuler l'événement
ev-event-cancelled = L'événement est annulé et tout le monde est prévenu.
ev-updated = Enregistré. Les inscrits et les personnes en attente sont prévenus.
ev-ask-new-start = Quand commence-t-il maintenant ? Par exemple 25/3 18:30. La durée reste la même.

ev-ask-kind = Quel type d'événement ?
ev-ask-topic = Quel thème ?
ev-ask-title = Écrivez le titre ({ $max } caractères au maximum).
ev-ask-description = Décrivez l'événement en quelques lignes.
ev-ask-start = Quand commence-t-il ? Par exemple 25/3 18:30 ou 25/03/2027 18.30.
ev-ask-end = Quand finit-il ? Une heure comme 20:00, ou une date et une heure.
ev-ask-place = Où ? Écrivez l'adresse, ou collez le lien d'une réunion en ligne.
ev-ask-capacity = Combien de places ? Un nombre de 1 à { $max }.
ev-ask-languages = Quelles langues seront parlées ? Touchez pour choisir, puis Suivant.
ev-next = Suivant ➡️
ev-ask-audience = Qui peut s'inscrire ?
ev-aud-everyone = 🌍 Tout le monde
ev-aud-members = 🏛 Les membres de mon association
ev-aud-leaders = 👔 Seulement les responsables d'association
ev-preview = <b>Aperçu</b>
ev-create = ✅ Créer l'événement
ev-created = ✅ Événement créé.
ev-title-invalid = Le titre doit faire entre 1 et { $max } caractères.
ev-date-past = Cette date est passée. Choisissez une date et une heure à venir.
ev-date-unreadable = Je n'ai pas compris. Écrivez une date et une heure comme 25/3 18:30.
ev-end-before-start = La fin doit venir après le début.
ev-too-long = Un événement dure au maximum deux semaines.
ev-capacity-invalid = Écrivez un nombre de places de 1 à { $max }.
