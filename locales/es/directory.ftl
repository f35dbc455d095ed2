### Guía de servicios: temas y subtemas, búsqueda por lugar o por palabras
### escritas, fichas de los servicios, avisos de error, bandeja del equipo y
### palabras de búsqueda.
### «Aviso» aquí es una persona que nos dice que una ficha está mal; usa una
### palabra distinta de «anuncio» (broadcasts.ftl).

## Botones del menú principal

menu-services = 🔎 Buscar un servicio
# Solo el equipo; $count es el número de avisos y peticiones abiertos.
menu-staff-inbox = 📥 Avisos y peticiones ({ $count })

## Temas y subtemas

dir-topics =
    <b>¿Qué tipo de ayuda necesitas?</b>
    Elige un tema o escribe lo que buscas.
# topic-*: botones, y se insertan en títulos (dir-subtopics,
# bc-compose-prompt). En la lista de eventos son filtros, tres por fila
# (allí unos 9 caracteres).
# .short: el filtro de la lista de eventos, tres por fila (unos 9
# caracteres, sin emoji).
topic-housing = 🏠 Vivienda
    .short = Vivienda
topic-health = 🩺 Salud
    .short = Salud
topic-work = 💼 Trabajo y certificados
    .short = Trabajo
# $topic es una etiqueta topic-*.
dir-subtopics = <b>{ $topic }</b> — ¿qué necesitas exactamente?
# sub-*: botones, y se insertan en títulos (dir-area, resultados).
sub-gp = Médico de cabecera
# sub-stp_eni y sub-italian_courses: el valor es un botón neutro (unos 30
# caracteres); cada atributo es la etiqueta de los servicios de una región,
# que se muestra en los títulos. STP/ENI, PASS/AME, TSI, CPIA y CFA son
# nombres locales de servicios: déjalos como están.
sub-stp_eni = Atención sin papeles
    .piedmont = Atención sin papeles (STP/ENI)
    .auvergne_rhone_alpes = Atención sin papeles (PASS/AME)
    .catalonia = Atención sin tarjeta sanitaria (TSI)
sub-emergency = Urgencias
sub-mental_health = Salud mental
sub-women_children = Salud de mujeres y niños
sub-shelter = Albergue de emergencia
sub-rent_help = Alquiler y vivienda social
sub-tenants_rights = Derechos de los inquilinos
sub-job_centre = Oficinas de empleo
sub-competence_cert = Certificación de competencias
sub-italian_courses = Cursos de idiomas para adultos
    .piedmont = Cursos de italiano y títulos escolares (CPIA)
    .auvergne_rhone_alpes = Cursos de francés y títulos para adultos
    .catalonia = Cursos de catalán y castellano, y títulos (CFA)
sub-qualification_recognition = Homologar títulos extranjeros
# $subtopic es una etiqueta sub-*. Después vienen los botones de las
# ciudades, dos por fila.
dir-area = <b>{ $subtopic }</b> — ¿dónde?
dir-near-me = 📍 Cerca de mí
# Cita la etiqueta de dir-share-button, sin emoji.
dir-share-location = Pulsa «Compartir mi ubicación» abajo. Solo la usamos para esta búsqueda y guardamos únicamente tu región (Piamonte, la zona de Lyon o Cataluña) para mostrarte primero sus servicios.
# El botón de ubicación de Telegram, debajo del campo de escritura.
dir-share-button = 📍 Compartir mi ubicación
dir-location-thanks = 📍 ¡Gracias! Busco cerca de ti…
dir-location-cancelled = Vale, sin ubicación.

## La región de quien busca

# Se pregunta una sola vez, cuando los resultados de una búsqueda escrita
# están en varias regiones. Siguen un botón por región (ancho completo) y dir-region-skip.
dir-region-ask =
    <b>¿En qué zona buscas servicios?</b>
    Te mostraré primero los de tu región. Solo te lo pregunto esta vez.
# dir-region-*: botones de ancho completo (unos 30 caracteres). Entre
# paréntesis, la ciudad principal, para quien no conoce el nombre de la región.
dir-region-piedmont = Piamonte (Turín)
dir-region-auvergne_rhone_alpes = Auvernia-Ródano-Alpes (Lyon)
dir-region-catalonia = Cataluña (Barcelona)
# Botón: no decir la región. No se vuelve a preguntar.
dir-region-skip = Saltar

## Resultados de la búsqueda

# $title es un subtema con una ciudad («Médico de cabecera · Barcelona»), o
# dir-results-near, o dir-results-search.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] Un servicio
       *[other] { $count } servicios
    } · página { $page } de { $pages }
# Se inserta también después de un subtema: «Médico de cabecera · cerca de ti».
dir-results-near = cerca de ti
dir-results-search = Resultados para «{ $query }»
dir-open-now = 🟢 abierto ahora
dir-closed-now = 🔴 cerrado ahora
# $km es un número como 1.2 o 15, escrito por el código.
dir-distance = { $km } km
# dir-prev y dir-next: botones para pasar de página en servicios y eventos,
# en una misma fila. Usa palabras distintas de nav-back, que está debajo.
dir-prev = ◀️ Anterior
dir-next = Siguiente ▶️
dir-no-results = No he encontrado nada para «{ $query }». Elige un tema o cuéntanos qué buscabas: nos ayuda a mejorar.
dir-tell-us = ✍️ Cuéntanos qué necesitas
dir-gap-prompt = Escribe en pocas palabras lo que buscabas.
dir-gap-thanks = ¡Gracias! Se lo hemos pasado al equipo.
dir-search-unreadable = No he encontrado palabras en el mensaje. Prueba con una palabra como «médico» o «alquiler», o elige un tema.
dir-service-gone = Este servicio ya no está en la guía.

## Ficha de un servicio

# Aparece cuando la ficha no tiene texto en el idioma de quien lee y muestra
# el texto en italiano.
card-fallback-it = <i>Esta descripción solo está disponible en italiano.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Abierto ahora, hasta las { $time }
# $day es la forma .on de un mensaje weekday-* («el lunes»); $time es como 09:00.
card-closed-opens = 🔴 Cerrado ahora · abre { $day } a las { $time }
card-closed = 🔴 Cerrado ahora
card-hours-unknown = 🕒 Horario desconocido: llama o mira la web antes de ir.
# $hours es como 09:00–13:00, 14:00–17:00.
card-today = 🕒 Hoy: { $hours }
card-today-closed = 🕒 Hoy cerrado
# Se usa en las fichas de servicios Y en las de eventos: que sea general.
card-languages = 🗣 Idiomas: { $languages }
card-free = 💶 Gratuito
card-not-free = 💶 De pago: pregunta el precio
card-no-papers-yes = 🪪 Abierto también a personas sin permiso de residencia
card-no-papers-no = 🪪 Hace falta permiso de residencia
card-documents = 📄 Qué llevar: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Comprobado el { $date }
card-unverified = ⚠️ Aún sin comprobar: confírmalo antes de ir.
# card-map y card-website comparten fila (media anchura).
card-map = 🗺 Mapa
card-website = 🌐 Web
card-report = ⚠️ Avisar de un error

## Avisar de un error en una ficha

# $max es siempre 1000.
report-prompt = ¿Qué está mal o desactualizado? Escríbelo en pocas palabras (como máximo { $max } caracteres).
report-thanks = ¡Gracias! El equipo lo revisará.
report-too-long = Es demasiado largo: no pases de { $max } caracteres.

## Días de la semana (1 = lunes)

# Dos formas. El valor abre la fecha de un evento («martes 25/03/2027 ·
# 18:30–20:00»). El atributo .on se inserta en card-closed-opens como
# { $day } («abre el martes a las 09:00»): escríbelo con lo que tu idioma
# pone delante de un día en esa frase (preposición, artículo, caso).
weekday-1 = lunes
    .on = el lunes
weekday-2 = martes
    .on = el martes
weekday-3 = miércoles
    .on = el miércoles
weekday-4 = jueves
    .on = el jueves
weekday-5 = viernes
    .on = el viernes
weekday-6 = sábado
    .on = el sábado
weekday-7 = domingo
    .on = el domingo

## Bandeja del equipo: avisos de error y peticiones de servicios que faltan

staff-inbox = <b>Avisos y peticiones</b> — { $count ->
        [one] uno pendiente
       *[other] { $count } pendientes
    }
staff-inbox-empty = Nada pendiente por ahora. 🎉
# $lang es un código de idioma (it, fr…); $service es el nombre de un servicio.
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: «{ $text }»
staff-gap-line = 🔎 #{ $id } [{ $lang }] «{ $text }»
# Botón, dos por fila (media anchura).
staff-mark-done = ✅ #{ $id } hecho

## Palabras de búsqueda: lo que la gente escribe, por tema y subtema. Nunca se
## muestran. En minúsculas, separadas por comas. Añade las palabras que se usan
## de verdad (también sin tildes o mal escritas); quitar una palabra puede
## romper una búsqueda.

vocab-housing = vivienda, casa, piso, alquiler, habitación, alojamiento, dormir, casero
vocab-health = médico, doctor, salud, hospital, clínica, ambulatorio, enfermo, enfermedad, dentista, farmacia, consulta
vocab-work = trabajo, empleo, certificado, diploma, título, curso, escuela, formación, competencias
vocab-gp = médico de cabecera, médico de familia, tarjeta sanitaria, cap, empadronamiento, inscripción
vocab-stp_eni = sin papeles, sin permiso, irregular, indocumentado, stp, eni
vocab-emergency = urgencia, urgencias, ambulancia, accidente, 112
vocab-mental_health = psicólogo, psiquiatra, mental, estrés, ansiedad, depresión, trauma
vocab-women_children = embarazo, embarazada, mujer, mujeres, niño, niños, bebé, ginecólogo, matrona, pediatra, anticonceptivos
vocab-shelter = albergue, noche, dormir, sin hogar, calle, cama, acogida
vocab-rent_help = alquiler, vivienda social, fianza, desahucio, buscar piso, ayuda
vocab-tenants_rights = inquilino, inquilinos, derechos, contrato, desahucio, sindicato
vocab-job_centre = trabajo, empleo, oficina de empleo, cv, currículum, paro, parado, ofertas
vocab-competence_cert = competencias, certificación, certificado, acreditación, experiencia, cualificación
vocab-italian_courses = italiano, idioma, curso, escuela, clases, diploma, cpia, examen, alfabetización
vocab-qualification_recognition = título, diploma, carrera, homologación, convalidación, reconocimiento, universidad
