## Opiniones tras los talleres, en las fichas de servicios, informes, certificados.

menu-report = 📊 Informe de opiniones
menu-certificate = 📄 Certificado de participación
cmd-certificate = Certificado de mis talleres
help-certificate = 📄 /certificate — un PDF con los talleres a los que asististe, para los servicios que lo piden.

card-useful = ¿Te ha sido útil?
card-useful-yes = 👍 Sí
card-useful-no = 👎 No

fb-prompt = ¿Qué tal fue <b>{ $title }</b>? Toca las estrellas.
fb-skip = Saltar
fb-done = Listo
fb-bad-rating = Esa nota no existe. Elige de 1 a 5 estrellas.
fb-not-attended = Solo puedes valorar los talleres a los que asististe.
fb-already = Ya has valorado este taller. ¡Gracias!
fb-reasons = ¿Qué destacarías? Toca todo lo que corresponda y luego «Listo».
fb-service-up = ¡Nos alegra! ¿Qué estuvo bien?
fb-service-down = Lo sentimos. ¿Qué falló?
fb-thanks-short = Gracias por contárnoslo.
fb-thanks = 🙏 ¡Gracias! Tu respuesta ayuda a quienes organizan a mejorar.
fb-reason-useful = Útil
fb-reason-clear = Claro
fb-reason-language = Idioma difícil
fb-reason-timing = Mal horario
fb-reason-place = Lugar difícil de llegar
fb-reason-too-fast = Demasiado rápido
fb-reason-wrong-info = Información equivocada
fb-reason-unreachable = No pude contactarles
fb-reason-not-for-me = No era lo que buscaba
fb-comment-prompt = ¿Algo más para quienes organizan? Escríbelo aquí (máximo { $max } caracteres) o toca «Saltar». Tu nombre no se muestra.
fb-comment-too-long = Tu comentario tiene { $count } caracteres; el máximo es { $max }. Hazlo más corto, por favor.

rep-not-allowed = Los informes son para el equipo y para quienes dirigen las asociaciones.
rep-choose-period = 📊 ¿Qué periodo quieres ver?
rep-previous = { $span ->
        [week] Semana pasada
        [month] Mes pasado
        [quarter] Trimestre pasado
       *[year] Año pasado
    }
rep-custom = 📅 Otro mes o año
rep-custom-prompt = Escribe un mes como 10/2026, un trimestre como Q3 2026 o un año como 2026. Los informes abarcan siempre semanas, meses, trimestres o años completos, para que no se pueda identificar a nadie comparando dos periodos.
rep-period-empty = Ese periodo aún no ha terminado. Los informes solo cubren semanas, meses, trimestres y años ya terminados.
rep-period-unreadable = No consigo leer ese periodo. Escribe un mes como 10/2026, un trimestre como Q3 2026 o un año como 2026.
rep-header = 📊 <b>Opiniones</b> · { $period }
rep-responses = { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
rep-average = media { $average } ★
rep-empty = No hay opiniones en este periodo.
rep-total-small = Menos de { $min } respuestas: cifras ocultas.
rep-group-small = <b>{ $label }</b>: menos de { $min } respuestas
rep-group-hidden = <b>{ $label }</b>: cifras ocultas, para que no se pueda deducir un grupo más pequeño a partir de los totales
rep-reasons = Motivos principales: { $reasons }
rep-by-topic = Por tema
rep-by-event = Por taller
rep-by-service = Por servicio
rep-by-association = Por asociación
rep-by-language = Por idioma
rep-nothing-here = Nada en este periodo.
rep-more = { $count ->
        [one] …y { $count } más en el archivo CSV.
       *[other] …y { $count } más en el archivo CSV.
    }
rep-comments = 💬 Comentarios
rep-no-comments = No hay comentarios que mostrar.
rep-comments-rule = Solo se muestran los comentarios sobre lo que tiene al menos { $min } respuestas, sin las estrellas de quien los escribió.
rep-gaps = 🕳 Información que falta
rep-gap-search = Búsquedas sin resultados
rep-gap-request = Peticiones de servicios que faltan
rep-gap-wrong-info = Avisos de información equivocada
rep-small = menos de { $min }
rep-no-association = Sin asociación
rep-topic-none = Búsquedas escritas
rep-charts = 📈 Gráficos
rep-csv = ⬇️ Archivos CSV
rep-change-period = 📅 Cambiar periodo
rep-files-caption = { $period }

chart-rating-title = Nota media por tema
chart-rating-y = Nota media (1–5)
chart-too-few = Menos de { $min } notas: nada que mostrar.
chart-dist-title = Cómo se valoraron los talleres
chart-dist-y = Respuestas
chart-turnout-title = Inscripciones y asistencia
chart-signed-up = Inscritos
chart-attended = Asistieron
chart-no-events = No hay talleres en este periodo.

cert-none = Todavía no hay asistencias registradas a tu nombre. Cuando quien organiza te marque presente en un taller, aquí podrás obtener el certificado.
cert-ask-name = Escribe tu nombre y apellidos tal como deben aparecer en el certificado (como en tus documentos, máximo { $max } caracteres).
cert-name-invalid = Escribe solo tu nombre y apellidos, con letras (máximo { $max } caracteres).
cert-sent = 📄 Aquí tienes tu certificado. Puedes imprimirlo o mostrarlo en el móvil.
cert-file-name = certificado-participacion
cert-title = Certificado de participación
cert-intro = Se certifica que
cert-attended = { $count ->
        [one] ha participado en el siguiente encuentro:
       *[other] ha participado en los siguientes { $count } encuentros:
    }
cert-event = { $date }, { $from }–{ $to } ({ $hours } h)
cert-organiser = Organizado por { $association }
cert-organiser-network = Organizado por la red del proyecto Discorsi
cert-total = Total de horas de participación: { $hours }
cert-issued = Expedido el { $date } a través de Discorsi, a petición de la persona interesada. Las asistencias fueron registradas por las asociaciones organizadoras.
cert-code = Código de verificación: { $code }
cert-how-to-check = Cualquier persona puede comprobar este certificado: basta con escanear el código QR o enviar /verify { $code } a { $bot } en Telegram.
cert-verify-usage = Para comprobar un certificado, envíe /verify seguido del código impreso en el certificado, por ejemplo /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } no es un código de certificado válido.
cert-verify-withdrawn = ⚠️ El certificado { $code } fue retirado por la persona a quien se expidió. Ya no es válido.
cert-verify-valid =
    ✅ <b>Certificado válido</b> { $code }
    Expedido el { $date } a <b>{ $name }</b>, que participó en:
    { $events }
    Total de horas: { $hours }
