### Opiniones y lo que se saca de ellas: estrellas y motivos después de un
### evento, «¿te ha sido útil?» en las fichas de servicios, los informes y
### gráficos para el equipo y los responsables, y el certificado de
### participación (un PDF) con su comprobación pública (/verify).
### Los eventos son talleres, sesiones formativas y otros encuentros: no los
### llames a todos «talleres».

## Botones del menú principal, comando y ayuda

menu-report = 📊 Informe de opiniones
menu-certificate = 📄 Certificado de participación
# Menú de comandos de Telegram: texto simple, sin HTML ni emoji.
cmd-certificate = Mi certificado de participación
# Una línea de /help.
help-certificate = 📄 /certificate — un PDF con los talleres y encuentros a los que has ido, para los servicios que lo piden.

## «¿Te ha sido útil?» en la ficha de un servicio

card-useful = ¿Te ha sido útil?
# card-useful-yes y card-useful-no comparten fila (media anchura).
card-useful-yes = 👍 Sí
card-useful-no = 👎 No

## Estrellas y motivos después de un evento, motivos después de un servicio

# Se envía después de un evento; las estrellas son botones debajo.
fb-prompt = ¿Qué tal fue <b>{ $title }</b>? Toca las estrellas.
# fb-done y fb-skip comparten fila (media anchura); otros textos los citan.
fb-skip = Saltar
fb-done = Listo
fb-bad-rating = Esa nota no existe. Elige de 1 a 5 estrellas.
fb-not-attended = Solo puedes valorar los eventos a los que has ido.
fb-already = Ya has valorado este evento. ¡Gracias!
fb-reasons = ¿Qué destacarías? Toca todo lo que corresponda y luego «Listo».
fb-service-up = ¡Nos alegra! ¿Qué estuvo bien?
fb-service-down = Lo sentimos. ¿Qué falló?
fb-thanks-short = Gracias por contárnoslo.
fb-thanks = 🙏 ¡Gracias! Tu respuesta ayuda a quienes organizan a mejorar.
# fb-reason-*: botones dos por fila, con «✅ » delante cuando se marcan: unos
# 13 caracteres. También aparecen en los informes (rep-reasons). useful,
# clear, language, timing, place y too-fast son para eventos; wrong-info,
# unreachable, language y not-for-me para servicios.
# .short: el mismo motivo en los botones de la valoración, dos por fila
# (unos 13 caracteres como mucho, porque se añade «✅ »); el valor va en los informes.
fb-reason-useful = Útil
    .short = Útil
fb-reason-clear = Claro
    .short = Claro
fb-reason-language = Idioma difícil
    .short = Idioma difícil
fb-reason-timing = Mal horario
    .short = Mal horario
fb-reason-place = Cuesta llegar
    .short = Cuesta llegar
fb-reason-too-fast = Demasiado rápido
    .short = Muy rápido
fb-reason-wrong-info = Datos incorrectos
    .short = Datos erróneos
fb-reason-unreachable = Sin respuesta
    .short = Sin respuesta
fb-reason-not-for-me = No era para mí
    .short = No era para mí
# $max es siempre 500.
fb-comment-prompt = ¿Algo más para quienes organizan? Escríbelo aquí (como máximo { $max } caracteres) o toca «Saltar». Tu nombre no se muestra.
fb-comment-too-long = Tu comentario tiene { $count } caracteres; el máximo es { $max }. Hazlo más corto, por favor.

## Informe de opiniones (equipo y responsables)

rep-not-allowed = Los informes son para el equipo y para los responsables de las asociaciones.
rep-choose-period = 📊 ¿Qué periodo quieres ver?
# Botón, dos por fila (media anchura).
# .short: lo mismo, si la etiqueta completa no cabe en el botón (unos 15
# caracteres); abrevia si hace falta.
rep-previous = { $span ->
        [week] Semana pasada
        [month] Mes pasado
        [quarter] Trimestre pasado
       *[year] Año pasado
    }
    .short = { $span ->
        [week] Semana pasada
        [month] Mes pasado
        [quarter] Trim. pasado
       *[year] Año pasado
    }
rep-custom = 📅 Otro mes o año
# Deja los periodos de ejemplo como están: 10/2026, Q3 2026 y 2026 son lo que
# el bot sabe leer (con la letra Q).
rep-custom-prompt = Escribe un mes como 10/2026, un trimestre como Q3 2026 o un año como 2026. Los informes abarcan siempre semanas, meses, trimestres o años completos, para que no se pueda identificar a nadie comparando dos periodos.
rep-period-empty = Ese periodo aún no ha terminado. Los informes solo cubren semanas, meses, trimestres y años ya terminados.
rep-period-unreadable = No consigo leer ese periodo. Escribe un mes como 10/2026, un trimestre como Q3 2026 o un año como 2026.
rep-header = 📊 <b>Opiniones</b> · { $period }
rep-responses = { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
# $average ya está escrito con el separador decimal de quien lee (4,5).
rep-average = media { $average } ★
rep-empty = No hay opiniones en este periodo.
rep-total-small = Menos de { $min } respuestas: cifras ocultas.
# $label es un tema, un evento, un servicio, una asociación o un idioma.
rep-group-small = <b>{ $label }</b>: menos de { $min } respuestas
rep-group-hidden = <b>{ $label }</b>: cifras ocultas, para que no se pueda deducir un grupo más pequeño a partir de los totales
# $reasons es una lista de etiquetas fb-reason-* con sus números.
rep-reasons = Motivos principales: { $reasons }
# rep-by-*: botones tres por fila (unos 9 caracteres; al elegido se le añade
# «• » delante), y título de la vista.
# .short: el botón, tres por fila (unos 9 caracteres); el valor es el título
# de la vista.
rep-by-topic = Por tema
    .short = Tema
rep-by-event = Por evento
    .short = Evento
rep-by-service = Por servicio
    .short = Servicio
rep-by-association = Por asociación
    .short = Asoc.
rep-by-language = Por idioma
    .short = Idioma
rep-nothing-here = Nada en este periodo.
rep-more = { $count ->
        [one] …y { $count } más en el archivo CSV.
       *[other] …y { $count } más en el archivo CSV.
    }
# rep-comments y rep-gaps comparten fila (media anchura).
rep-comments = 💬 Comentarios
rep-no-comments = No hay comentarios que mostrar.
rep-comments-rule = Solo se muestran los comentarios sobre lo que tiene al menos { $min } respuestas, y nunca con las estrellas de quien los escribió.
rep-gaps = 🕳 Información que falta
rep-gap-search = Búsquedas sin resultados
rep-gap-request = Peticiones de servicios que faltan
rep-gap-wrong-info = Avisos de datos incorrectos
# En lugar de un número demasiado pequeño para mostrarlo.
rep-small = menos de { $min }
# Etiquetas de filas del informe: eventos sin asociación, búsquedas escritas
# sin elegir un tema.
rep-no-association = Sin asociación
rep-topic-none = Búsquedas escritas
# rep-charts y rep-csv comparten fila (media anchura).
rep-charts = 📈 Gráficos
rep-csv = ⬇️ Archivos CSV
rep-change-period = 📅 Cambiar periodo
rep-files-caption = { $period }

## Gráficos: se dibujan en imágenes, que sean cortos

chart-rating-title = Nota media por tema
chart-rating-y = Nota media (1–5)
chart-too-few = Menos de { $min } notas: nada que mostrar.
chart-dist-title = Cómo se valoraron los eventos
chart-dist-y = Respuestas
chart-turnout-title = Inscripciones y asistencia
chart-signed-up = Inscripciones
chart-attended = Asistencia
chart-no-events = No hay eventos en este periodo.

## Certificado de participación (un PDF)

cert-none = Todavía no hay asistencias registradas a tu nombre. Cuando quien organiza marque tu asistencia a un taller o encuentro, aquí podrás obtener el certificado.
# $max es siempre 80.
cert-ask-name = Escribe tu nombre y apellidos tal como deben aparecer en el certificado (como en tus documentos, máximo { $max } caracteres).
cert-name-invalid = Escribe solo tu nombre y apellidos, con letras (máximo { $max } caracteres).
cert-sent = 📄 Aquí tienes tu certificado. Puedes imprimirlo o mostrarlo en el móvil.
# Nombre del archivo PDF (se añade «.pdf»): solo letras ASCII, cifras y
# guiones, sin espacios ni tildes.
cert-file-name = certificado-participacion
# Se imprime en el PDF, como todo lo que sigue.
cert-title = Certificado de participación
# El PDF imprime cert-intro, luego el nombre de la persona sola en su línea, y
# luego cert-attended: juntos forman una sola frase. Escríbela de forma que
# sirva para una mujer y para un hombre.
cert-intro = Se certifica que
cert-attended = { $count ->
        [one] ha participado en la siguiente actividad:
       *[other] ha participado en las siguientes { $count } actividades:
    }
# $hours es un número ya escrito con el separador decimal de quien lee (1,5).
cert-event = { $date }, { $from }–{ $to } ({ $hours } h)
cert-organiser = Organizado por { $association }
cert-organiser-network = Organizado por la red del proyecto { -brand }
cert-total = Total de horas de participación: { $hours }
cert-issued = Expedido el { $date } a través de { -brand }, a petición de la persona interesada. Las asistencias fueron registradas por las asociaciones organizadoras.
cert-code = Código de verificación: { $code }
# $bot es el @nombre de usuario del bot.
cert-how-to-check = Cualquier persona puede comprobar este certificado: basta con escanear el código QR o enviar /verify { $code } a { $bot } en Telegram.

## Comprobar un certificado (/verify): respuestas a cualquier persona, no solo a su titular

cert-verify-usage = Para comprobar un certificado, envía /verify seguido del código impreso en el certificado, por ejemplo /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } no es un código de certificado válido.
cert-verify-withdrawn = ⚠️ El certificado { $code } fue retirado por la persona a quien se expidió. Ya no es válido.
# $events es una lista de eventos, uno por línea.
cert-verify-valid =
    ✅ <b>Certificado válido</b> { $code }
    Expedido el { $date } a <b>{ $name }</b>, que participó en:
    { $events }
    Total de horas: { $hours }

## Las preguntas en /report

rep-questions = ❓ Preguntas
rep-q-staff = Equipo del proyecto · { $topic }
rep-q-asked = { $count ->
        [one] 1 pregunta recibida
       *[other] { $count } preguntas recibidas
    }
rep-q-median = Tiempo habitual hasta la primera respuesta:
rep-q-median-minutes = Tiempo habitual hasta la primera respuesta: { $n ->
        [one] 1 minuto
       *[other] { $n } minutos
    }
rep-q-median-hours = Tiempo habitual hasta la primera respuesta: { $n ->
        [one] 1 hora
       *[other] { $n } horas
    }
rep-q-within = Respondidas en menos de 48 horas: { $percent } %
rep-q-helpful-label = Valoradas como útiles:
rep-q-helpful = Valoradas como útiles: { $percent } %
