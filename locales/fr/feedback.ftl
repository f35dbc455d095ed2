## Avis après les ateliers, sur les fiches des services, rapports, attestations.

menu-report = 📊 Rapport des avis
menu-certificate = 📄 Attestation de participation
cmd-certificate = Attestation de mes ateliers
help-certificate = 📄 /certificate — un PDF avec les ateliers auxquels vous avez participé, pour les services qui le demandent.

card-useful = Cela vous a-t-il aidé ?
card-useful-yes = 👍 Oui
card-useful-no = 👎 Non

fb-prompt = Comment s'est passé <b>{ $title }</b> ? Touchez les étoiles.
fb-skip = Passer
fb-done = Terminé
fb-bad-rating = Cette note n'existe pas. Choisissez de 1 à 5 étoiles.
fb-not-attended = Vous pouvez noter seulement les ateliers auxquels vous avez participé.
fb-already = Vous avez déjà noté cet atelier. Merci !
fb-reasons = Qu'avez-vous remarqué ? Touchez tout ce qui convient, puis « Terminé ».
fb-service-up = Tant mieux ! Qu'est-ce qui était bien ?
fb-service-down = Désolé. Qu'est-ce qui n'a pas marché ?
fb-thanks-short = Merci de nous l'avoir dit.
fb-thanks = 🙏 Merci ! Votre réponse aide les organisateurs à s'améliorer.
fb-reason-useful = Utile
fb-reason-clear = Clair
fb-reason-language = Langue difficile
fb-reason-timing = Horaire difficile
fb-reason-place = Lieu difficile d'accès
fb-reason-too-fast = Trop rapide
fb-reason-wrong-info = Informations fausses
fb-reason-unreachable = Impossible de les joindre
fb-reason-not-for-me = Pas ce que je cherchais
fb-comment-prompt = Autre chose à dire aux organisateurs ? Écrivez-le ici ({ $max } caractères au plus) ou touchez « Passer ». Votre nom ne leur est pas montré.
fb-comment-too-long = Votre commentaire fait { $count } caractères ; la limite est de { $max }. Raccourcissez-le, s'il vous plaît.

rep-not-allowed = Les rapports sont réservés à l'équipe et aux responsables d'associations.
rep-choose-period = 📊 Quelle période voulez-vous voir ?
rep-previous = { $span ->
        [week] Semaine dernière
        [month] Mois dernier
        [quarter] Trimestre dernier
       *[year] Année dernière
    }
rep-custom = 📅 Un autre mois ou une autre année
rep-custom-prompt = Écrivez un mois comme 10/2026, un trimestre comme Q3 2026 ou une année comme 2026. Les rapports portent toujours sur des semaines, des mois, des trimestres ou des années complets, pour qu'on ne puisse identifier personne en comparant deux périodes.
rep-period-empty = Cette période n'est pas encore terminée. Les rapports ne portent que sur des semaines, des mois, des trimestres et des années déjà terminés.
rep-period-unreadable = Je n'arrive pas à lire cette période. Écrivez un mois comme 10/2026, un trimestre comme Q3 2026 ou une année comme 2026.
rep-header = 📊 <b>Avis</b> · { $period }
rep-responses = { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
rep-average = moyenne { $average } ★
rep-empty = Aucun avis sur cette période.
rep-total-small = Moins de { $min } réponses : chiffres masqués.
rep-group-small = <b>{ $label }</b> : moins de { $min } réponses
rep-group-hidden = <b>{ $label }</b> : chiffres masqués, pour qu'on ne puisse pas retrouver un groupe plus petit à partir des totaux
rep-reasons = Raisons principales : { $reasons }
rep-by-topic = Par thème
rep-by-event = Par atelier
rep-by-service = Par service
rep-by-association = Par association
rep-by-language = Par langue
rep-nothing-here = Rien pour cette période.
rep-more = { $count ->
        [one] …et encore { $count } dans le fichier CSV.
       *[other] …et { $count } autres dans le fichier CSV.
    }
rep-comments = 💬 Commentaires
rep-no-comments = Aucun commentaire à montrer.
rep-comments-rule = Seuls les commentaires sur ce qui a reçu au moins { $min } réponses sont affichés, sans les étoiles de leurs auteurs.
rep-gaps = 🕳 Informations manquantes
rep-gap-search = Recherches sans résultat
rep-gap-request = Demandes de services manquants
rep-gap-wrong-info = Signalements d'informations fausses
rep-small = moins de { $min }
rep-no-association = Sans association
rep-topic-none = Recherches écrites
rep-charts = 📈 Graphiques
rep-csv = ⬇️ Fichiers CSV
rep-change-period = 📅 Changer de période
rep-files-caption = { $period }

chart-rating-title = Note moyenne par thème
chart-rating-y = Note moyenne (1–5)
chart-too-few = Moins de { $min } notes : rien à montrer.
chart-dist-title = Comment les ateliers ont été notés
chart-dist-y = Réponses
chart-turnout-title = Inscriptions et présences
chart-signed-up = Inscrits
chart-attended = Présents
chart-no-events = Aucun atelier sur cette période.

cert-none = Aucune présence n'est encore enregistrée pour vous. Quand un organisateur vous marque présent à un atelier, vous pourrez obtenir une attestation ici.
cert-ask-name = Écrivez vos nom et prénom tels qu'ils doivent figurer sur l'attestation (comme sur vos papiers, { $max } caractères au plus).
cert-name-invalid = Écrivez seulement vos nom et prénom, en lettres ({ $max } caractères au plus).
cert-sent = 📄 Voici votre attestation. Vous pouvez l'imprimer ou la montrer sur votre téléphone.
cert-file-name = attestation-participation
cert-title = Attestation de participation
cert-intro = Nous attestons que
cert-attended = { $count ->
        [one] a participé à la rencontre suivante :
       *[other] a participé aux { $count } rencontres suivantes :
    }
cert-event = { $date }, { $from }–{ $to } ({ $hours } h)
cert-organiser = Organisé par { $association }
cert-organiser-network = Organisé par le réseau du projet Discorsi
cert-total = Nombre total d'heures de participation : { $hours }
cert-issued = Délivrée le { $date } via Discorsi, à la demande de la personne concernée. Les présences ont été enregistrées par les associations organisatrices.
cert-code = Code de vérification : { $code }
cert-how-to-check = Toute personne peut vérifier cette attestation : il suffit de scanner le code QR ou d'envoyer /verify { $code } à { $bot } sur Telegram.
cert-verify-usage = Pour vérifier une attestation, envoyez /verify suivi du code imprimé sur l'attestation, par exemple /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } n'est pas un code d'attestation valide.
cert-verify-withdrawn = ⚠️ L'attestation { $code } a été retirée par la personne à qui elle avait été délivrée. Elle n'est plus valable.
cert-verify-valid =
    ✅ <b>Attestation valable</b> { $code }
    Délivrée le { $date } à <b>{ $name }</b>, qui a participé à :
    { $events }
    Nombre total d'heures : { $hours }
