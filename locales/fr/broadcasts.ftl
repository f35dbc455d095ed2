### Annonces : les messages que l'équipe et les responsables d'association
### envoient à beaucoup de personnes à la fois. Choix des destinataires,
### rédaction, aperçu, versions dans d'autres langues, programmation, envoi,
### bilans et historique.
### « Annonce » est le mot pour ces messages partout ; il doit être différent
### du mot pour le signalement d'une erreur (directory.ftl).

## Boutons du menu principal (ils partagent une ligne : demi-largeur)

bc-new = 📣 Nouvelle annonce
bc-history = 📜 Annonces envoyées

## Destinataires

bc-not-allowed = Vous ne pouvez pas envoyer cette annonce. L'équipe peut écrire à tout le monde ; les responsables, seulement aux membres de leur association.
bc-no-members = Personne ne la recevrait : ce groupe n'a pas encore de membres.
bc-audience-prompt = À qui envoyer l'annonce ?
# Bouton. Dans une phrase, on utilise bc-aud-everyone-inline.
bc-aud-everyone = 🌍 Tout le monde
bc-aud-association = 🏛 Une association
bc-aud-language = 🗣 Selon la langue parlée
bc-aud-topic = 🔔 Selon le thème suivi
# Inséré comme { $audience } dans bc-compose-prompt (« Annonce pour
# <b>tout le monde</b> ») : la forme de bc-aud-everyone dans la phrase, sans emoji.
bc-aud-everyone-inline = tout le monde
bc-pick-association = Choisissez l'association.
bc-pick-language = Choisissez la langue.
bc-pick-topic = Choisissez le thème.

## Rédaction de l'annonce

# $audience est bc-aud-everyone-inline, bc-aud-event, le nom d'une association, le
# nom d'une langue dans cette langue (Italiano, Français…) ou un thème
# (topic-*). $max vaut toujours 4096 (la limite de Telegram pour un message).
bc-compose-prompt =
    Annonce pour <b>{ $audience }</b> ({ $count ->
        [one] { $count } personne, sans vous compter
       *[other] { $count } personnes, sans vous compter
    }).
    Écrivez le message. Vous pouvez utiliser le gras, l'italique et des liens, et joindre une photo ou un document (le texte devient alors la légende). { $max } caractères au maximum.
bc-empty = L'annonce est vide : écrivez un texte.
# $max vaut 4096 pour un texte, 1024 pour la légende d'une photo ou d'un document.
bc-too-long = Votre texte fait { $length } caractères, au-delà de la limite de { $max }. Raccourcissez-le ou faites deux annonces.
bc-unsupported = Je peux envoyer seulement du texte, des photos et des documents. Envoyez l'un des trois.
bc-gone = Cette annonce n'existe plus.

## Aperçu et versions dans d'autres langues

bc-preview-original = 👇 Aperçu, tel que les membres le verront :
# $language est le nom de la langue dans cette langue (Italiano, Français…).
bc-preview-version = 👇 Version en { $language } :
# $versions est une liste de langues.
bc-preview =
    L'aperçu est ci-dessus. L'annonce touchera { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }. Versions : { $versions }.
    Chaque personne reçoit la version dans sa langue, sinon l'original.
# bc-send-now et bc-schedule partagent une ligne (demi-largeur).
bc-send-now = ✅ Envoyer maintenant
bc-schedule = 🕒 Programmer
bc-add-version = 🌐 Ajouter une version dans une autre langue
bc-version-lang = Dans quelle langue est la nouvelle version ?
bc-version-text = Écrivez la version en { $language }.

## Programmation et confirmation

# Gardez les dates d'exemple : elles montrent ce que le bot sait lire (jour/mois).
bc-when = Quand doit-elle partir ? Écrivez une date et une heure, par exemple 25/3 18:30.
bc-when-unreadable = Je n'ai pas compris la date. Écrivez-la comme 25/3 18:30 ou 25/03/2027 18.30.
bc-when-past = Cette heure est déjà passée. Choisissez un moment à venir.
bc-confirm-now = L'envoyer maintenant à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } ?
# $when est une date avec l'heure, comme 25/03/2027 18:30.
bc-confirm-later = L'envoyer le { $when } à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } ?
bc-confirm = ✅ Confirmer
bc-queued = 📣 Envoi lancé. Je vous tiens au courant ici.
bc-scheduled = 🕒 Programmée pour le { $when }.

## Envoi et bilan de remise

bc-progress = 📣 Envoi en cours… { $done } sur { $total }
# $by_language est une liste de lignes bc-report-lang (équipe seulement).
bc-report =
    <b>📣 Annonce envoyée</b>
    ✅ Remises : { $delivered }
    🚫 Injoignables : { $unreachable }
    ⚠️ Échecs : { $failed }
    { $by_language }
# Bouton ; $when est une date avec l'heure, comme 25/03/2027 18:30.
bc-unschedule = ✖ Annuler l'envoi du { $when }
bc-unscheduled = C'est fait : cette annonce ne sera pas envoyée.
bc-scheduled-withdrawn = Votre annonce programmée n'a pas été envoyée : vous n'avez plus le droit de l'envoyer. S'il s'agit d'une erreur, contactez l'équipe du projet.
# $reason est l'un des textes bc-why-* ci-dessous.
bc-report-refused = ⚠️ Non envoyée à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } : { $reason }.
bc-preview-refused = ⚠️ Telegram ne remettra pas cette version : { $reason }. Les membres ne la recevraient pas. Envoyez de nouveau le texte.
# bc-why-* : insérés après un deux-points dans bc-report-refused et
# bc-preview-refused. Commencez par une minuscule si votre langue le permet
# (Telegram est un nom).
bc-why-formatting = Telegram n'a pas pu lire la mise en forme
bc-why-too-long = le texte est trop long pour Telegram
bc-why-media = la photo ou le document n'a pas pu être envoyé
bc-why-other = Telegram a refusé le message
bc-report-lang = { $language } : ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }

## Annonces envoyées

bc-history-title = <b>Annonces envoyées</b>
bc-history-empty = Aucune annonce pour l'instant.
# $status est l'un des bc-status-* ci-dessous ; $text est le début de l'annonce.
bc-history-line = { $when } · { $status }
    « { $text } »
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
# bc-status-* : insérés dans bc-history-line après la date. Ils décrivent une
# annonce : accordez-les avec votre mot pour elle (genre, nombre).
bc-status-sending = en cours d'envoi
bc-status-done = envoyée
bc-status-scheduled = programmée
# Inséré comme { $audience } dans bc-compose-prompt, pour une annonce aux
# personnes inscrites à un événement.
bc-aud-event = les personnes inscrites à l'événement
