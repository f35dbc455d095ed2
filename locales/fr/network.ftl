### Le réseau des responsables (les responsables des associations du Piémont,
### de Lyon et de Barcelone et l'équipe du projet se posent des questions) et
### les bonnes pratiques (réponses épinglées par l'équipe pour que les membres
### les lisent ; côté membres, elles s'appellent « Réponses utiles à d'autres »).
### Les responsables sont des bénévoles expérimentés : ton simple, entre collègues.

# Bouton du menu principal, pour les responsables et l'équipe.
menu-network = 🌍 Réseau des responsables
net-title = <b>🌍 Réseau des responsables</b>
    Des questions entre associations du Piémont, de Lyon et de Barcelone. Tous les responsables peuvent les lire.
net-empty = Rien n'a encore été publié. Posez la première question !
# Un message de la liste. $n est son numéro sur la page (un bouton en
# dessous) ; $audience est net-all-leaders ou une région ; $from le nom d'une
# association ou « Équipe du projet » ; $replies le nombre de réponses.
net-line = <b>{ $n }.</b> { $from } → { $audience } · { $replies ->
        [one] { $replies } réponse
       *[other] { $replies } réponses
    }
net-new = ✍️ Demander au réseau
net-audience = Qui doit voir votre question en premier ? Tous les responsables peuvent la lire ; ceux que vous choisissez sont prévenus.
net-all-leaders = Tous les responsables
# $audience est net-all-leaders ou une région.
net-write = Écrivez votre question (destinataires : { $audience }). Par exemple : « Comment les associations de Lyon aident-elles leurs membres à obtenir l'AME ? »
net-posted = C'est publié. Nous vous préviendrons dès que quelqu'un répondra.
# $audience est net-all-leaders ou une région.
net-post-head = 🌍 Pour : { $audience }
net-no-replies = Pas encore de réponse.
net-reply = ↩️ Répondre
net-reply-prompt = Écrivez votre réponse. Tous les responsables pourront la lire.
net-replied = Votre réponse est publiée.
net-removed = (supprimé par la personne qui l'a écrit)
net-removed-author = (une personne qui a quitté le bot)
net-gone = Ce message n'existe plus.
net-leaders-only = Le réseau des responsables est réservé aux responsables d'association et à l'équipe du projet.
net-open = 📂 Ouvrir
# $from est le nom d'une association ou « Équipe du projet » ; $text le début du message.
net-notice-post = 🌍 Nouvelle question dans le réseau des responsables ({ $from }) :
    { $text }
net-notice-reply = 🌍 Quelqu'un a répondu à votre question dans le réseau des responsables.
net-pin = 📌 Épingler (bonne pratique)
net-pin-which = Quel message les membres doivent-ils pouvoir lire comme bonne pratique ?
net-pin-post = La question de départ
net-pin-topic = Dans quel thème ?
net-pinned = C'est épinglé. Les membres peuvent maintenant le lire dans « Réponses utiles à d'autres ».

## Bonnes pratiques, pour les membres

gp-open = 💡 Réponses utiles à d'autres
gp-title = <b>💡 Réponses utiles à d'autres</b>
    De bonnes réponses des associations et de l'équipe du projet. Choisissez un thème.
# $topic est un libellé topic-*.
gp-list = <b>{ $topic }</b> : réponses utiles à d'autres
gp-empty = Il n'y a pas encore de réponse pour le thème { $topic }.
# $lang est le nom d'une langue.
gp-original = (Texte d'origine en { $lang } : il n'y a pas encore de version dans votre langue.)
gp-add-version = 🌐 Nouvelle version
gp-unpin = 🗑 Retirer
gp-unpinned = Retiré de la liste.
gp-version-lang = Dans quelle langue est votre version ?
# $lang est le nom d'une langue.
gp-version-prompt = Écrivez la version en { $lang }.
gp-version-saved = Enregistrée. Les personnes qui utilisent cette langue voient maintenant votre version.
# $max new posts a day at most.
net-slow-down = Vous avez déjà publié { $max } questions aujourd'hui. Attendez demain, ou répondez dans une discussion existante.
