### The leaders' network (leaders of the associations in Piedmont, Lyon and
### Barcelona, and the project's staff, ask each other questions) and good
### practice (answers staff pinned for members to read). Leaders are
### experienced volunteers: a plain, collegial tone.
### Spanish: "leaders" = «responsables», "staff" = «equipo del proyecto»;
### members see good practice as «Respuestas que ayudaron a otros».

# Main menu button, for leaders and staff.
menu-network = 🌍 Red de responsables
net-title = <b>🌍 Red de responsables</b>
    Preguntas entre las asociaciones de Piamonte, Lyon y Barcelona. Todos los responsables pueden leerlas.
net-empty = Todavía no se ha publicado nada. ¡Haz tú la primera pregunta!
# One post in the list. $n is its number on the page (a button below);
# $audience is net-all-leaders or a region; $from an association's name or
# "Project staff"; $replies the number of replies.
net-line = <b>{ $n }.</b> { $from } → { $audience } · { $replies ->
        [one] 1 respuesta
       *[other] { $replies } respuestas
    }
net-new = ✍️ Preguntar a la red
net-audience = ¿Quién quieres que vea primero tu pregunta? Todos los responsables pueden leerla, pero solo reciben un aviso quienes elijas.
net-all-leaders = Todos los responsables
# $audience is net-all-leaders or a region.
net-write = Escribe tu pregunta para { $audience }. Por ejemplo: «¿Cómo ayudan las asociaciones de Lyon a sus miembros a conseguir la tarjeta AME?»
net-posted = Publicada. Te avisaremos cuando alguien responda.
# $audience is net-all-leaders or a region.
net-post-head = 🌍 Para { $audience }
net-no-replies = Todavía no hay respuestas.
net-reply = ↩️ Responder
net-reply-prompt = Escribe tu respuesta. Todos los responsables podrán leerla.
net-replied = Tu respuesta se ha publicado.
net-removed = (borrado por quien lo escribió)
net-removed-author = (alguien que ya no está)
net-gone = Este mensaje ya no existe.
net-leaders-only = La red de responsables es para los responsables de las asociaciones y el equipo del proyecto.
net-open = 📂 Abrir
# $from is an association's name or "Project staff"; $text the start of the post.
net-notice-post = 🌍 Nueva pregunta de { $from } en la red de responsables:
    { $text }
net-notice-reply = 🌍 Alguien ha respondido a tu pregunta en la red de responsables.
net-pin = 📌 Fijar como buena práctica
net-pin-which = ¿Qué mensaje quieres que los miembros puedan leer como buena práctica?
net-pin-post = La propia pregunta
net-pin-topic = ¿En qué tema?
net-pinned = Fijado. Los miembros ya pueden leerlo en «Respuestas que ayudaron a otros».

## Good practice, for members

gp-open = 💡 Respuestas que ayudaron a otros
gp-title = <b>💡 Respuestas que ayudaron a otros</b>
    Buenas respuestas de las asociaciones y del equipo del proyecto. Elige un tema.
# $topic is a topic-* label.
gp-list = <b>{ $topic }</b>: respuestas que ayudaron a otros
gp-empty = Todavía no hay respuestas sobre { $topic }.
# $lang is a language's name.
gp-original = (Se muestra en { $lang }: todavía no hay una versión en tu idioma.)
gp-add-version = 🌐 Añadir versión
gp-unpin = 🗑 Quitar
gp-unpinned = Se ha quitado.
gp-version-lang = ¿En qué idioma está tu versión?
# $lang is a language's name.
gp-version-prompt = Escribe la versión en { $lang }.
gp-version-saved = Guardada. Quienes usan ese idioma ya ven tu versión.
# $max new posts a day at most.
net-slow-down = Hoy ya has publicado { $max } preguntas. Espera a mañana, o escribe en una conversación que ya existe.
