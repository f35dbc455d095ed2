### Poser une question à une personne : la question d'un membre à son
### association ou à l'équipe du projet, avec la réponse dans le bot. Celles et
### ceux qui répondent sont les responsables d'association et l'équipe. Les
### réponses de l'équipe sont signées q-from-staff : restez court. $ref est la
### référence d'une question, comme A7K2 (affichée après un #). Ton simple et
### chaleureux : beaucoup de lecteurs sont inquiets pour leur situation.

## Menu principal

menu-ask = ❓ Poser une question
# Responsables et équipe ; $count est le nombre de questions ouvertes pour eux.
menu-questions = 💬 Questions à traiter ({ $count })

## À qui poser la question

q-choose =
    <b>À qui voulez-vous poser votre question ?</b>
    Une personne la lira et vous répondra ici.
# Bouton : une des associations de la personne ; $name est son nom.
q-to-association = 🤝 { $name }
# Bouton et libellé : l'équipe du projet pour un thème ; $topic est un libellé topic-*.
q-to-staff = Équipe du projet · { $topic }
q-mine = 📂 Mes questions
# $what est le nom d'un service ou le titre d'un événement.
q-about = À propos de : { $what }

## Écrire la question

# $to est le destinataire (q-to-staff, ou le nom d'une association).
q-compose =
    <b>Votre question pour { $to }</b>
    Écrivez-la ici. Vous pouvez aussi envoyer une photo, un document (par exemple une lettre que vous avez reçue) ou un message vocal. Envoyez autant de messages que nécessaire, puis touchez « Envoyer ».
# $readers est q-readers-* ; $days est la durée de conservation ; $number est
# le numéro d'urgence.
q-before-sending =
    👀 Qui va la lire : { $readers }.
    🗄 Nous la gardons jusqu'à ce que la question soit fermée, puis encore { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, et ensuite nous l'effaçons.
    🚨 Ce n'est pas fait pour les urgences. En cas d'urgence, appelez le { $number }.
q-readers-association = les responsables de { $name }
q-readers-staff = l'équipe du projet pour le thème { $topic }
# $count est le nombre de messages prêts à partir.
q-ready = { $count ->
        [one] <b>{ $count } message prêt :</b>
       *[other] <b>{ $count } messages prêts :</b>
    }
q-share-name = Leur montrer mon prénom
q-send = 📨 Envoyer
q-added = C'est ajouté. Envoyez-en d'autres, ou touchez « Envoyer ».
q-too-many-parts = Une question peut contenir { $max } messages au maximum. Touchez « Envoyer » ; ensuite, vous pourrez en ajouter d'autres dans la conversation.
# $ref est la référence ; $days le délai habituel de réponse.
q-sent =
    ✅ <b>C'est envoyé.</b> Le numéro de votre question : <b>#{ $ref }</b>.
    En général, on vous répond en { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. La réponse arrivera dans cette conversation.

## Refus et conseils

q-blocked = Vous ne pouvez plus poser de questions ici. Si vous pensez que c'est une erreur, parlez-en directement à votre association.
q-too-many-open = Vous avez déjà { $max } questions ouvertes. Fermez celle dont vous n'avez plus besoin, puis posez votre question.
q-slow-down = Vous avez envoyé beaucoup de messages dans la dernière heure. Attendez un peu avant d'en envoyer d'autres, s'il vous plaît.
q-not-member = Vous n'êtes pas membre de cette association.
q-not-yours = Cette question n'est pas la vôtre, ou elle n'existe plus.
q-other-desk = Cette question est destinée à une autre association ou à l'équipe du projet : vous ne pouvez pas l'ouvrir.
q-gone = Cette question n'existe plus.
q-not-helper = Seuls les responsables d'association et l'équipe du projet répondent aux questions.
q-hint-empty = Le message est vide. Écrivez votre question, ou envoyez une photo, un document ou un message vocal.
q-hint-media = Ce type de message ne peut pas être envoyé ici. Envoyez du texte, une photo, un document ou un message vocal.
q-hint-too-long = Le message est trop long (plus de { $max } caractères). Coupez-le en deux messages ou plus, s'il vous plaît.
q-hint-caption-long = La légende est trop longue (plus de { $caption } caractères). Envoyez le texte dans un message à part.
q-hint-text-only = Les réponses se font par écrit : tapez votre réponse.

## Les questions de la personne qui demande

q-mine-title = <b>Vos questions</b>
q-mine-empty = Vous n'avez encore posé aucune question.
# Boutons : $ref est la référence, $to le destinataire.
q-mine-open = 🟢 #{ $ref } · { $to }
q-mine-closed = ⚪ #{ $ref } · { $to }
# q-status-open et q-status-closed décrivent une question (féminin).
q-status-open = ouverte
q-status-closed = fermée
q-status-left = La personne qui a posé la question est partie.
# $status est q-status-open ou q-status-closed.
q-thread-head = <b>#{ $ref }</b> · { $to } · { $status }
q-you = Vous
q-earlier-hidden = (Les messages plus anciens ne sont pas affichés.)
q-kind-photo = 📷 Photo
q-kind-document = 📄 Document
q-kind-voice = 🎤 Message vocal
q-reply = ↩️ Répondre
q-close = ✅ Fermer la question
q-see-thread = 📂 Voir la conversation
q-reply-prompt = Écrivez votre message pour la question #{ $ref }. Vous pouvez aussi envoyer une photo, un document ou un message vocal.
q-reply-sent = C'est envoyé. Nous vous préviendrons ici dès qu'on vous répondra.
# Cite le libellé de menu-ask, sans son emoji.
q-already-closed = Cette question est fermée. Pour demander autre chose, utilisez « Poser une question ».
q-closed-by-you = La question est fermée. Les réponses vous ont-elles été utiles ?
q-rate-ask = Les réponses vous ont-elles été utiles ?
q-helpful = 👍 Oui, c'était utile
q-not-helpful = 👎 Non
q-rated = Merci de nous l'avoir dit.

## Ce que reçoit la personne qui demande

q-from-staff = Équipe du projet
# $from est le nom d'une association ou q-from-staff.
q-answer-arrived = 💬 <b>{ $from }</b> a répondu à votre question #{ $ref } :
q-closed-by-helper = ✅ { $from } a fermé votre question #{ $ref }. Les réponses vous ont-elles été utiles ?
# $topic est un libellé topic-*.
q-escalated-asker = Votre question #{ $ref } a été transmise à l'équipe du projet pour le thème { $topic }. L'équipe vous répondra ici.

## Celles et ceux qui répondent : la liste des questions

# $count est le nombre de questions ouvertes.
q-inbox = <b>Questions ouvertes : { $count }</b> (les plus anciennes d'abord)
q-inbox-empty = Aucune question en attente. 🎉
# $age est q-age-*.
q-waiting = en attente depuis { $age }
q-answered = réponse envoyée
q-age-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
q-age-hours = { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }
q-age-days = { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
q-line-free = personne ne s'en occupe encore
q-line-yours = vous vous en occupez
# $name est le prénom de la personne qui s'en occupe.
q-line-claimed = { $name } s'en occupe
q-to-your-association = votre association

## Celles et ceux qui répondent : une question

# $asker est son prénom ou q-pseudonym ; $lang est sa langue.
q-desk-head =
    <b>#{ $ref }</b> · { $asker }
    Langue : { $lang } · Pour : { $to }
q-pseudonym = Personne #{ $ref }
q-asker-left = (a quitté le bot)
# Remplace le prénom de la personne qui a répondu quand il est inconnu.
q-helper = Bénévole
# $name est le prénom d'une personne qui répond.
q-note-from = 📝 Note de { $name }
# $name est le nom d'une association.
q-escalated-from = Transmise par { $name }
q-claim = 🙋 Je m'en occupe
q-answer = ✍️ Répondre
q-take-over = 🔁 Reprendre
q-files = 📎 Voir les fichiers ({ $count })
q-file-gone = Un fichier n'a pas pu être affiché : Telegram ne l'a plus.
q-escalate = ⬆️ Passer à l'équipe du projet
q-resolve = ✅ Fermer
q-block = 🚫 Bloquer
q-open = 📂 Ouvrir la question
q-resolved = La question #{ $ref } est fermée. Nous avons demandé à la personne si les réponses lui ont été utiles.

## Répondre

# $from est la signature de la réponse (nom d'une association ou q-from-staff).
q-answer-prompt = Écrivez votre réponse à la question #{ $ref }. La personne la verra signée <b>{ $from }</b> ; votre nom et votre compte ne sont pas montrés.
q-asker-language = Cette personne a écrit en { $lang }. Vous pouvez répondre dans n'importe quelle langue.
q-answer-sent = Votre réponse a été envoyée.
q-answer-closed = Cette question est fermée : rien n'a été envoyé.
q-answer-taken = Quelqu'un d'autre s'occupe de cette question en ce moment. Si vous voulez répondre, reprenez-la d'abord.
q-already-staff = Cette question est déjà entre les mains de l'équipe du projet.
# $text est une réponse type enregistrée.
q-draft =
    <b>Réponse type, prête à envoyer :</b>
    { $text }
    Envoyez-la telle quelle, ou copiez-la, modifiez-la et envoyez votre propre version.
q-send-draft = 📨 Envoyer cette réponse

## Réponses types

q-canned = 📋 Réponses types
# $lang est le nom d'une langue.
q-canned-list = <b>Réponses types en { $lang }</b>. Touchez-en une pour l'utiliser.
q-canned-empty = Il n'y a pas encore de réponse type en { $lang }.
q-canned-new = ➕ Nouvelle réponse type
q-canned-new-prompt = Écrivez la réponse à enregistrer. Elle sera proposée pour les questions en { $lang }.
q-canned-saved = Enregistrée.
q-canned-deleted = Supprimée.

## Transmettre à l'équipe

q-escalate-prompt = Transmettre la question #{ $ref } à l'équipe du projet. De quel thème s'agit-il ?
q-escalate-note = Écrivez une note pour l'équipe ({ $topic }) : ce que vous savez déjà ou ce que vous avez déjà essayé. La personne qui a posé la question ne la voit pas.
# $topic est un libellé topic-*.
q-escalated = ⬆️ La question #{ $ref } a été transmise à l'équipe du projet pour le thème { $topic }. La personne a été prévenue.

## Bloquer

q-block-confirm = Empêcher la personne qui a posé la question #{ $ref } de poser d'autres questions ? Ses questions ouvertes seront fermées. L'équipe du projet peut lever le blocage.
q-block-yes = 🚫 Oui, bloquer
q-blocked-done = C'est fait : la personne est bloquée. Ses questions ouvertes sont fermées.
q-blocks = 🚫 Personnes bloquées
q-blocks-title = <b>Personnes qui ne peuvent plus poser de questions</b>
q-blocks-empty = Personne n'est bloqué.
# $ref est la question à l'origine du blocage ; $name qui a bloqué ; $date quand.
q-block-line = #{ $ref } · blocage par { $name } le { $date }
q-lift = Lever le blocage (#{ $ref })
q-lifted = Le blocage est levé. La personne peut de nouveau poser des questions.

## Avis à celles et ceux qui répondent

# $lang est la langue de la personne qui demande ; $to le destinataire.
q-notice-new = 📩 Nouvelle question <b>#{ $ref }</b> pour { $to } (écrite en { $lang }).
q-notice-reply = 💬 La personne qui a posé la question #{ $ref } a écrit de nouveau.
q-notice-closed = La personne qui a posé la question #{ $ref } l'a fermée.
q-notice-taken-over = { $name } a repris la question #{ $ref }.
q-notice-left = La personne qui a posé la question #{ $ref } a quitté le bot et effacé ses données. La question est fermée.
# $count questions attendent depuis plus de $hours heures.
q-reminder = ⏰ { $count ->
        [one] { $count } question attend
       *[other] { $count } questions attendent
    } une réponse depuis plus de { $hours } heures.
q-open-inbox = 📂 Ouvrir les questions
# On a service or event card.
q-ask-about = ❓ Poser une question à ce sujet

## Traduction automatique (seulement si un service est configuré)

q-translate = 🌐 Traduction automatique
q-translated = 🌐 Traduction automatique de #{ $ref } depuis : { $lang }. Elle peut contenir des erreurs : vérifiez l'essentiel avec la personne.
q-translate-failed = Le service de traduction ne répond pas. Réessayez plus tard.
q-translate-nothing = Il n'y a pas de texte à traduire (seulement des fichiers).
q-translate-note = 🌐 Si la personne qui répond ne lit pas votre langue, vos mots (pas votre nom) peuvent être envoyés à un service de traduction ({ $host }).
# Puts a saved answer in the input field, to change it there.
q-edit-draft = ✏️ Modifier avant d'envoyer
# A line of /help.
help-questions = ❓ Poser une question : une personne de votre association ou de l'équipe du projet vous répond ici, en général sous 2 jours. Pas pour les urgences : appelez le 112.
# To the helper who had claimed a question a leader passed on.
q-notice-escalated = La question #{ $ref }, à laquelle vous répondiez, a été transmise à l'équipe du projet pour : { $topic }.
