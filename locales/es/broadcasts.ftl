### Anuncios: los mensajes que el equipo y los responsables de las
### asociaciones envían a muchas personas a la vez. Elección de
### destinatarios, redacción, vista previa, versiones en otros idiomas,
### programación, envío, informes de entrega e historial.
### «Anuncio» es la palabra para estos mensajes en todas partes; tiene que
### ser distinta de la palabra para avisar de un error («aviso»,
### directory.ftl).

## Botones del menú principal (comparten fila: media anchura)

bc-new = 📣 Nuevo anuncio
bc-history = 📜 Anuncios enviados

## Destinatarios

bc-not-allowed = No puedes enviar este anuncio. El equipo puede escribir a todo el mundo; los responsables, solo a los miembros de su asociación.
bc-no-members = No lo recibiría nadie: este grupo todavía no tiene miembros.
bc-audience-prompt = ¿A quién enviar el anuncio?
# Botón. Dentro de una frase se usa bc-aud-everyone-inline.
bc-aud-everyone = 🌍 Todo el mundo
bc-aud-association = 🏛 Una asociación
bc-aud-language = 🗣 Quienes hablan un idioma
bc-aud-topic = 🔔 Quienes siguen un tema
# Se inserta como { $audience } en bc-compose-prompt («Anuncio para
# <b>todo el mundo</b>»): la forma de bc-aud-everyone dentro de la frase, sin emoji.
bc-aud-everyone-inline = todo el mundo
bc-pick-association = Elige la asociación.
bc-pick-language = Elige el idioma.
bc-pick-topic = Elige el tema.

## Redacción del anuncio

# $audience es bc-aud-everyone-inline, bc-aud-event, el nombre de una asociación, el
# nombre de un idioma en ese idioma (Italiano, Français…) o un tema
# (topic-*). $max es siempre 4096 (el límite de Telegram para un mensaje).
bc-compose-prompt =
    Anuncio para <b>{ $audience }</b> ({ $count ->
        [one] una persona, sin contarte
       *[other] { $count } personas, sin contarte
    }).
    Escribe ahora el mensaje. Puedes usar negrita, cursiva y enlaces, y adjuntar una foto o un documento (entonces el texto irá debajo, como descripción). Como máximo { $max } caracteres.
bc-empty = El anuncio está vacío: escribe un texto.
# $max es 4096 para un texto, 1024 para la descripción de una foto o un documento.
bc-too-long = Tiene { $length } caracteres y el límite es { $max }. Acórtalo o divídelo en dos anuncios.
bc-unsupported = Solo puedo enviar texto, fotos y documentos. Envía uno de ellos.
bc-gone = Este anuncio ya no existe.

## Vista previa y versiones en otros idiomas

bc-preview-original = 👇 Vista previa, tal como la verán los miembros:
# $language es el nombre del idioma en ese idioma (Italiano, Français…).
bc-preview-version = 👇 Versión en { $language }:
# $versions es una lista de idiomas.
bc-preview =
    Arriba tienes la vista previa. Llegará a { $count ->
        [one] una persona
       *[other] { $count } personas
    }. Versiones: { $versions }.
    Cada persona recibe la versión en su idioma, o el original.
# bc-send-now y bc-schedule comparten fila (media anchura).
bc-send-now = ✅ Enviar ahora
bc-schedule = 🕒 Programar
bc-add-version = 🌐 Añadir una versión en otro idioma
bc-version-lang = ¿En qué idioma está la nueva versión?
bc-version-text = Escribe la versión en { $language }.

## Programación y confirmación

# Deja las fechas de ejemplo: muestran lo que el bot sabe leer (día/mes).
bc-when = ¿Cuándo quieres enviarlo? Escribe fecha y hora, por ejemplo 25/3 18:30.
bc-when-unreadable = No he entendido la fecha. Escríbela como 25/3 18:30 o 25/03/2027 18.30.
bc-when-past = Esa hora ya ha pasado. Elige un momento futuro.
bc-confirm-now = ¿Enviarlo ahora a { $count ->
        [one] una persona
       *[other] { $count } personas
    }?
# $when es una fecha con la hora, como 25/03/2027 18:30.
bc-confirm-later = ¿Enviarlo el { $when } a { $count ->
        [one] una persona
       *[other] { $count } personas
    }?
bc-confirm = ✅ Confirmar
bc-queued = 📣 Envío iniciado. Te iré informando aquí.
bc-scheduled = 🕒 Programado para el { $when }.

## Envío e informe de entrega

bc-progress = 📣 Enviando… { $done } de { $total }
# $by_language es una lista de líneas bc-report-lang (solo para el equipo).
bc-report =
    <b>📣 Anuncio enviado</b>
    ✅ Entregados: { $delivered }
    🚫 No localizables: { $unreachable }
    ⚠️ Fallidos: { $failed }
    { $by_language }
# Botón; $when es una fecha con la hora, como 25/03/2027 18:30.
bc-unschedule = ✖ Cancelar el envío del { $when }
bc-unscheduled = Hecho: ese anuncio no se enviará.
bc-scheduled-withdrawn = Tu anuncio programado no se ha enviado: ya no tienes permiso para enviarlo. Si crees que es un error, escribe al equipo del proyecto.
# $reason es uno de los textos bc-why-* de abajo.
bc-report-refused = ⚠️ No se ha enviado a { $count ->
        [one] una persona
       *[other] { $count } personas
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram no entregará esta versión: { $reason }. Los miembros no la recibirían. Envía el texto otra vez.
# bc-why-*: se insertan después de dos puntos en bc-report-refused y
# bc-preview-refused. Empiezan con minúscula si tu idioma lo permite
# (Telegram es un nombre).
bc-why-formatting = Telegram no ha podido leer el formato
bc-why-too-long = el texto es demasiado largo para Telegram
bc-why-media = no se ha podido enviar la foto o el documento
bc-why-other = Telegram ha rechazado el mensaje
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }

## Anuncios enviados

bc-history-title = <b>Anuncios enviados</b>
bc-history-empty = Todavía no hay anuncios.
# $status es uno de los bc-status-* de abajo; $text es el principio del anuncio.
bc-history-line = { $when } · { $status }
    «{ $text }»
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
# bc-status-*: se insertan en bc-history-line después de la fecha. Describen
# un anuncio: concuérdalos con tu palabra para él (género, número).
bc-status-sending = enviándose
bc-status-done = enviado
bc-status-scheduled = programado
# Se inserta como { $audience } en bc-compose-prompt, para un anuncio a las
# personas inscritas en un evento.
bc-aud-event = las personas inscritas en el evento
