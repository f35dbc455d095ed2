# Avisos: redacción, vista previa, programación, envío e informes.

bc-new = 📣 Nuevo aviso
bc-history = 📜 Avisos enviados
bc-not-allowed = No puedes enviar este aviso: solo el equipo, y los responsables a los miembros de su asociación.
bc-no-members = No lo recibiría nadie: este grupo todavía no tiene miembros.
bc-audience-prompt = ¿A quién enviar el aviso?
bc-aud-everyone = 🌍 A todo el mundo
bc-aud-association = 🏛 A una asociación
bc-aud-language = 🗣 A quienes hablan un idioma
bc-aud-topic = 🔔 A quienes siguen un tema
bc-pick-association = Elige la asociación.
bc-pick-language = Elige el idioma.
bc-pick-topic = Elige el tema.
bc-compose-prompt =
    Aviso para <b>{ $audience }</b> ({ $count ->
        [one] una persona, sin contarte
       *[other] { $count } personas, sin contarte
    }).
    Escribe ahora el mensaje. Puedes usar negrita, cursiva y enlaces, y adjuntar una foto o un documento (el texto será su pie). Como máximo { $max } caracteres.
bc-empty = El aviso está vacío: escribe un texto.
bc-too-long = Son { $length } caracteres, más que el límite de { $max }. Acórtalo o divídelo en dos avisos.
bc-unsupported = Puedo enviar texto, fotos y documentos. Envía uno de ellos.
bc-gone = Este aviso ya no existe.
bc-preview-original = 👇 Vista previa, tal como la verán los miembros:
bc-preview-version = 👇 Versión en { $language }:
bc-preview =
    Arriba tienes la vista previa. Llegará a { $count ->
        [one] una persona
       *[other] { $count } personas
    }. Versiones: { $versions }.
    Cada persona recibe la versión en su idioma, o el original.
bc-send-now = ✅ Enviar ahora
bc-schedule = 🕒 Programar
bc-add-version = 🌐 Añadir una versión en otro idioma
bc-version-lang = ¿En qué idioma está la nueva versión?
bc-version-text = Escribe la versión en { $language }.
bc-when = ¿Cuándo debe salir? Escribe fecha y hora, por ejemplo 25/3 18:30.
bc-when-unreadable = No he entendido la fecha. Escríbela como 25/3 18:30 o 25/03/2027 18.30.
bc-when-past = Esa hora ya ha pasado. Elige un momento futuro.
bc-confirm-now = ¿Enviarlo ahora a { $count ->
        [one] una persona
       *[other] { $count } personas
    }?
bc-confirm-later = ¿Enviarlo el { $when } a { $count ->
        [one] una persona
       *[other] { $count } personas
    }?
bc-confirm = ✅ Confirmar
bc-queued = 📣 Envío iniciado. Te iré informando aquí.
bc-scheduled = 🕒 Programado para el { $when }.
bc-progress = 📣 Enviando… { $done } de { $total }
bc-report =
    <b>📣 Aviso enviado</b>
    ✅ Entregados: { $delivered }
    🚫 Inalcanzables: { $unreachable }
    ⚠️ Fallidos: { $failed }
    { $by_language }
bc-unschedule = ✖ Cancelar el envío del { $when }
bc-unscheduled = Hecho: ese aviso no se enviará.
bc-scheduled-withdrawn = Tu aviso programado no se ha enviado: ya no tienes permiso para enviarlo. Si crees que es un error, escribe al equipo del proyecto.
bc-report-refused = ⚠️ No se ha enviado a { $count ->
        [one] una persona
       *[other] { $count } personas
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram no entregará esta versión: { $reason }. Los miembros no la recibirían. Envía el texto otra vez.
bc-why-formatting = Telegram no ha podido leer el formato
bc-why-too-long = el texto es demasiado largo para Telegram
bc-why-media = no se ha podido enviar la foto o el documento
bc-why-other = Telegram ha rechazado el mensaje
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }
bc-history-title = <b>Avisos enviados</b>
bc-history-empty = Todavía no hay avisos.
bc-history-line = { $when } · { $status }
    «{ $text }»
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
bc-status-sending = enviándose
bc-status-done = enviado
bc-status-scheduled = programado
bc-aud-event = las personas inscritas en el evento
