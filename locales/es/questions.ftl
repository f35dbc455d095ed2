### Preguntar a una persona: la pregunta de un miembro a su asociación o al
### equipo del proyecto, respondida dentro del bot. Quienes responden son los
### responsables de las asociaciones y el equipo. q-from-staff es la firma de
### las respuestas del equipo: que sea corta. $ref es la referencia de una
### pregunta, como A7K2 (va detrás de un #). Tono sencillo y cercano: mucha
### gente que escribe está preocupada por su situación.

## Menú principal

menu-ask = ❓ Hacer una pregunta
# Responsables y equipo; $count es el número de preguntas abiertas.
menu-questions = 💬 Preguntas por responder ({ $count })

## A quién preguntar

q-choose =
    <b>¿A quién quieres preguntar?</b>
    Una persona leerá tu pregunta y te responderá aquí.
# Botón: una de las asociaciones de la persona; $name es su nombre.
q-to-association = 🤝 { $name }
# Botón y etiqueta: el equipo del proyecto para un tema; $topic es una etiqueta topic-*.
q-to-staff = Equipo del proyecto · { $topic }
q-mine = 📂 Mis preguntas
# $what es el nombre de un servicio o el título de un evento.
q-about = Sobre: { $what }

## Escribir la pregunta

# $to es quien responderá (q-to-staff o el nombre de una asociación).
q-compose =
    <b>Tu pregunta para { $to }</b>
    Escríbela aquí. También puedes enviar una foto, un documento (por ejemplo, una carta que te ha llegado) o un mensaje de voz. Envía todos los mensajes que necesites y luego toca «Enviar».
# $readers es q-readers-*; $days es el tiempo que se guarda; $number es el
# número de emergencias.
q-before-sending =
    👀 Quién la lee: { $readers }.
    🗄 La guardamos hasta que se cierra la pregunta; después, { $days ->
        [one] un día más
       *[other] { $days } días más
    }, y luego la borramos.
    🚨 Esto no es para emergencias. En caso de emergencia, llama al { $number }.
q-readers-association = los responsables de { $name }
q-readers-staff = el equipo del proyecto que se ocupa de { $topic }
# $count es el número de mensajes listos para enviar.
q-ready = { $count ->
        [one] <b>1 mensaje listo:</b>
       *[other] <b>{ $count } mensajes listos:</b>
    }
q-share-name = Compartir mi nombre
q-send = 📨 Enviar
q-added = Añadido. Envía más o toca «Enviar».
q-too-many-parts = Una pregunta puede llevar como máximo { $max } mensajes. Toca «Enviar»; después podrás añadir más en la conversación.
# $ref es la referencia; $days, lo que suele tardar una respuesta.
q-sent =
    ✅ <b>Enviada.</b> Tu número de referencia es <b>#{ $ref }</b>.
    Las preguntas suelen recibir respuesta en { $days ->
        [one] un día
       *[other] { $days } días
    }. La respuesta llegará a este chat.

## Rechazos y consejos

q-blocked = Ya no puedes hacer preguntas aquí. Si crees que es un error, habla en persona con tu asociación.
q-too-many-open = Ya tienes { $max } preguntas abiertas. Cierra alguna que ya no necesites y vuelve a preguntar.
q-slow-down = Has enviado muchos mensajes en la última hora. Espera un poco antes de enviar más.
q-not-member = No eres miembro de esa asociación.
q-not-yours = Esta pregunta no es tuya o ya no existe.
q-other-desk = Esta pregunta es para otra asociación o para el equipo del proyecto, así que no puedes abrirla.
q-gone = Esta pregunta ya no existe.
q-not-helper = Solo los responsables de las asociaciones y el equipo del proyecto responden preguntas.
q-hint-empty = El mensaje está vacío. Escribe tu pregunta o envía una foto, un documento o un mensaje de voz.
q-hint-media = Este tipo de mensaje no se puede enviar aquí. Envía texto, una foto, un documento o un mensaje de voz.
q-hint-too-long = El mensaje es demasiado largo (más de { $max } caracteres). Divídelo en dos o más mensajes, por favor.
q-hint-caption-long = La descripción es demasiado larga (más de { $caption } caracteres). Envía el texto en un mensaje aparte.
q-hint-text-only = Las respuestas tienen que ser de texto. Escribe tu respuesta.

## Las preguntas de quien pregunta

q-mine-title = <b>Tus preguntas</b>
q-mine-empty = Todavía no has hecho ninguna pregunta.
# Botones: $ref es la referencia; $to, a quién se envió.
q-mine-open = 🟢 #{ $ref } · { $to }
q-mine-closed = ⚪ #{ $ref } · { $to }
q-status-open = abierta
q-status-closed = cerrada
q-status-left = La persona que preguntó ha salido del bot.
# $status es q-status-open o q-status-closed.
q-thread-head = <b>#{ $ref }</b> · { $to } · { $status }
q-you = Tú
q-earlier-hidden = (No se muestran los mensajes anteriores.)
q-kind-photo = 📷 Foto
q-kind-document = 📄 Documento
q-kind-voice = 🎤 Mensaje de voz
q-reply = ↩️ Responder
q-close = ✅ Cerrar la pregunta
q-see-thread = 📂 Ver la conversación
q-reply-prompt = Escribe tu respuesta para la pregunta #{ $ref }. También puedes enviar una foto, un documento o un mensaje de voz.
q-reply-sent = Enviado. Te avisaremos aquí cuando te respondan.
q-already-closed = Esta pregunta está cerrada. Para preguntar algo nuevo, usa «Hacer una pregunta».
q-closed-by-you = La pregunta está cerrada. ¿Te han ayudado las respuestas?
q-rate-ask = ¿Te han ayudado las respuestas?
q-helpful = 👍 Sí, me han ayudado
q-not-helpful = 👎 No
q-rated = Gracias por contárnoslo.

## Lo que recibe quien pregunta

q-from-staff = Equipo del proyecto
# $from es el nombre de una asociación o q-from-staff.
q-answer-arrived = 💬 <b>{ $from }</b> ha respondido a tu pregunta #{ $ref }:
q-closed-by-helper = ✅ { $from } ha cerrado tu pregunta #{ $ref }. ¿Te han ayudado las respuestas?
# $topic es una etiqueta topic-*.
q-escalated-asker = Tu pregunta #{ $ref } ha pasado al equipo del proyecto que se ocupa de { $topic }. Te responderán aquí.

## Quienes responden: la bandeja

# $count es el número de preguntas abiertas.
q-inbox = <b>Preguntas abiertas: { $count }</b> (primero las más antiguas)
q-inbox-empty = No hay preguntas pendientes. 🎉
# $age es q-age-*.
q-waiting = espera desde hace { $age }
q-answered = respondida
q-age-minutes = { $n ->
        [one] 1 minuto
       *[other] { $n } minutos
    }
q-age-hours = { $n ->
        [one] 1 hora
       *[other] { $n } horas
    }
q-age-days = { $n ->
        [one] 1 día
       *[other] { $n } días
    }
q-line-free = todavía no responde nadie
q-line-yours = estás respondiendo tú
# $name es el nombre de pila de quien está respondiendo.
q-line-claimed = { $name } está respondiendo
q-to-your-association = tu asociación

## Quienes responden: una pregunta

# $asker es su nombre de pila o q-pseudonym; $lang es su idioma.
q-desk-head =
    <b>#{ $ref }</b> · { $asker }
    Idioma: { $lang } · Para: { $to }
q-pseudonym = Persona #{ $ref }
q-asker-left = (ya no está)
q-helper = Persona que responde
# $name es el nombre de pila de quien responde.
q-note-from = 📝 Nota de { $name }
# $name es el nombre de una asociación.
q-escalated-from = Viene de { $name }
q-claim = 🙋 Respondo yo
q-answer = ✍️ Responder
q-take-over = 🔁 Hacerme cargo
q-files = 📎 Ver los archivos ({ $count })
q-file-gone = No se ha podido mostrar un archivo: Telegram ya no lo tiene.
q-escalate = ⬆️ Pasar al equipo del proyecto
q-resolve = ✅ Cerrar
q-block = 🚫 Bloquear
q-open = 📂 Abrir la pregunta
q-resolved = La pregunta #{ $ref } está cerrada. Le hemos preguntado a la persona si le ha servido.

## Responder

# $from es la firma de la respuesta (el nombre de una asociación o q-from-staff).
q-answer-prompt = Escribe tu respuesta a la pregunta #{ $ref }. La persona la verá firmada como <b>{ $from }</b>; no se muestran ni tu nombre ni tu cuenta.
q-asker-language = Ha escrito en { $lang }. Puedes responder en cualquier idioma.
q-answer-sent = Tu respuesta se ha enviado.
q-answer-closed = Esta pregunta está cerrada, así que no se ha enviado nada.
q-answer-taken = Otra persona está respondiendo ahora a esta pregunta. Si quieres responder tú, primero hazte cargo de ella.
q-already-staff = Esta pregunta ya la tiene el equipo del proyecto.
# $text es una respuesta guardada.
q-draft =
    <b>Respuesta guardada, lista para enviar:</b>
    { $text }
    Envíala tal cual, o cópiala, cámbiala y envía tu propia versión.
q-send-draft = 📨 Enviar esta respuesta

## Respuestas guardadas

q-canned = 📋 Respuestas guardadas
# $lang es el nombre de un idioma.
q-canned-list = <b>Respuestas guardadas en { $lang }</b>. Toca una para usarla.
q-canned-empty = Todavía no hay respuestas guardadas en { $lang }.
q-canned-new = ➕ Guardar una respuesta nueva
q-canned-new-prompt = Escribe la respuesta que quieres guardar. Se propondrá para las preguntas en { $lang }.
q-canned-saved = Guardada.
q-canned-deleted = Borrada.

## Pasar al equipo

q-escalate-prompt = Vas a pasar la pregunta #{ $ref } al equipo del proyecto. ¿De qué tema trata?
q-escalate-note = Escribe una nota para el equipo ({ $topic }): lo que ya sabes o lo que ya has intentado. La persona que preguntó no la ve.
# $topic es una etiqueta topic-*.
q-escalated = ⬆️ La pregunta #{ $ref } ha pasado al equipo del proyecto que se ocupa de { $topic }. Ya se lo hemos dicho a la persona.

## Bloqueos

q-block-confirm = ¿Impedir que la persona que hizo la pregunta #{ $ref } haga más preguntas? Sus preguntas abiertas se cerrarán. El equipo del proyecto puede quitar el bloqueo.
q-block-yes = 🚫 Sí, bloquear
q-blocked-done = Hecho: la persona está bloqueada. Sus preguntas abiertas se han cerrado.
q-blocks = 🚫 Personas bloqueadas
q-blocks-title = <b>Personas que no pueden preguntar</b>
q-blocks-empty = No hay ninguna persona bloqueada.
# $ref es la pregunta que lo motivó; $name, quién bloqueó; $date, cuándo.
q-block-line = #{ $ref } · bloqueada por { $name } el { $date }
q-lift = Quitar el bloqueo (#{ $ref })
q-lifted = Se ha quitado el bloqueo. Ya puede volver a preguntar.

## Avisos para quienes responden

# $lang es el idioma de quien pregunta; $to, a quién se envió.
q-notice-new = 📩 Nueva pregunta <b>#{ $ref }</b> para { $to } (escrita en { $lang }).
q-notice-reply = 💬 La persona que hizo la pregunta #{ $ref } ha vuelto a escribir.
q-notice-closed = La persona que hizo la pregunta #{ $ref } la ha cerrado.
q-notice-taken-over = { $name } se ha hecho cargo de la pregunta #{ $ref }.
q-notice-left = La persona que hizo la pregunta #{ $ref } ha salido del bot y ha borrado sus datos. La pregunta está cerrada.
# $count preguntas llevan más de $hours horas esperando.
q-reminder = ⏰ { $count ->
        [one] 1 pregunta lleva
       *[other] { $count } preguntas llevan
    } más de { $hours } horas esperando respuesta.
q-open-inbox = 📂 Ver las preguntas
# On a service or event card.
q-ask-about = ❓ Preguntar a una persona

## Traducción automática (solo si hay un servicio configurado)

q-translate = 🌐 Traducción automática
q-translated = 🌐 Traducción automática de #{ $ref } desde: { $lang }. Puede tener errores: comprueba lo importante con la persona.
q-translate-failed = El servicio de traducción no responde. Inténtalo más tarde.
q-translate-nothing = No hay texto que traducir (solo archivos).
q-translate-note = 🌐 Si quien responde no lee tu idioma, tus palabras (no tu nombre) pueden enviarse a un servicio de traducción ({ $host }).
# Puts a saved answer in the input field, to change it there.
q-edit-draft = ✏️ Editar antes de enviar
# A line of /help.
help-questions = ❓ Haz una pregunta: una persona de tu asociación o del equipo del proyecto te responde aquí, normalmente en 2 días. No es para emergencias: llama al 112.
# To the helper who had claimed a question a leader passed on.
q-notice-escalated = La pregunta #{ $ref }, que estabas respondiendo, ha pasado al equipo del proyecto para: { $topic }.
