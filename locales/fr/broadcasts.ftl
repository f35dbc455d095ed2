# Annonces : rédaction, aperçu, programmation, envoi et bilans.

bc-new = 📣 Nouvelle annonce
bc-history = 📜 Annonces envoyées
bc-not-allowed = Vous ne pouvez pas envoyer cette annonce : seule l'équipe le peut, et les responsables aux membres de leur association.
bc-no-members = Personne ne la recevrait : ce groupe n'a pas encore de membres.
bc-audience-prompt = À qui envoyer l'annonce ?
bc-aud-everyone = 🌍 À tout le monde
bc-aud-association = 🏛 À une association
bc-aud-language = 🗣 Aux personnes d'une langue
bc-aud-topic = 🔔 Aux personnes qui suivent un thème
bc-pick-association = Choisissez l'association.
bc-pick-language = Choisissez la langue.
bc-pick-topic = Choisissez le thème.
bc-compose-prompt =
    Annonce pour <b>{ $audience }</b> ({ $count ->
        [one] { $count } personne, sans vous compter
       *[other] { $count } personnes, sans vous compter
    }).
    Écrivez le message. Vous pouvez utiliser le gras, l'italique et des liens, et joindre une photo ou un document (le texte devient alors la légende). { $max } caractères au maximum.
bc-empty = L'annonce est vide : écrivez un texte.
bc-too-long = Cela fait { $length } caractères, au-delà de la limite de { $max }. Raccourcissez-la ou faites deux annonces.
bc-unsupported = Je peux envoyer du texte, des photos et des documents. Envoyez l'un de ceux-ci.
bc-gone = Cette annonce n'existe plus.
bc-preview-original = 👇 Aperçu, tel que les membres le verront :
bc-preview-version = 👇 Version en { $language } :
bc-preview =
    L'aperçu est ci-dessus. Il touchera { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }. Versions : { $versions }.
    Chacun reçoit la version dans sa langue, sinon l'original.
bc-send-now = ✅ Envoyer maintenant
bc-schedule = 🕒 Programmer
bc-add-version = 🌐 Ajouter une version dans une autre langue
bc-version-lang = Dans quelle langue est la nouvelle version ?
bc-version-text = Écrivez la version en { $language }.
bc-when = Quand doit-elle partir ? Écrivez une date et une heure, par exemple 25/3 18:30.
bc-when-unreadable = Je n'ai pas compris la date. Écrivez-la comme 25/3 18:30 ou 25/03/2027 18.30.
bc-when-past = Cette heure est déjà passée. Choisissez un moment à venir.
bc-confirm-now = L'envoyer maintenant à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } ?
bc-confirm-later = L'envoyer le { $when } à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } ?
bc-confirm = ✅ Confirmer
bc-queued = 📣 Envoi lancé. Je vous tiens au courant ici.
bc-scheduled = 🕒 Programmée pour le { $when }.
bc-progress = 📣 Envoi en cours… { $done } sur { $total }
bc-report =
    <b>📣 Annonce envoyée</b>
    ✅ Remises : { $delivered }
    🚫 Injoignables : { $unreachable }
    ⚠️ Échecs : { $failed }
    { $by_language }
bc-unschedule = ✖ Annuler l'envoi du { $when }
bc-unscheduled = C'est fait : cette annonce ne sera pas envoyée.
bc-scheduled-withdrawn = Votre annonce programmée n'a pas été envoyée : vous n'avez plus le droit de l'envoyer. S'il s'agit d'une erreur, contactez l'équipe du projet.
bc-report-refused = ⚠️ Non envoyée à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } : { $reason }.
bc-preview-refused = ⚠️ Telegram ne remettra pas cette version : { $reason }. Les membres ne la recevraient pas. Envoyez de nouveau le texte.
bc-why-formatting = Telegram n'a pas pu lire la mise en forme
bc-why-too-long = le texte est trop long pour Telegram
bc-why-media = la photo ou le document n'a pas pu être envoyé
bc-why-other = Telegram a refusé le message
bc-report-lang = { $language } : ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }
bc-history-title = <b>Annonces envoyées</b>
bc-history-empty = Aucune annonce pour l'instant.
bc-history-line = { $when } · { $status }
    « { $text } »
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
bc-status-sending = en cours
bc-status-done = envoyée
bc-status-scheduled = programmée
bc-aud-event = les inscrits à l'événement
