# Guía de servicios: navegación, búsqueda, fichas, avisos, bandeja del equipo.

menu-services = 🔎 Buscar un servicio
menu-staff-inbox = 📥 Avisos y peticiones ({ $count })

dir-topics =
    <b>¿Qué tipo de ayuda necesitas?</b>
    Elige un tema o escribe lo que buscas.
topic-housing = 🏠 Vivienda
topic-health = 🩺 Salud
topic-work = 💼 Trabajo y certificados
dir-subtopics = <b>{ $topic }</b> — ¿qué exactamente?
sub-gp = Médico de cabecera
sub-stp_eni = Atención sin papeles (STP/ENI)
sub-emergency = Urgencias
sub-mental_health = Salud mental
sub-women_children = Salud de mujeres y niños
sub-shelter = Albergue de emergencia
sub-rent_help = Ayuda para el alquiler y vivienda social
sub-tenants_rights = Derechos de los inquilinos
sub-job_centre = Oficinas de empleo
sub-competence_cert = Certificación de competencias
sub-italian_courses = Cursos de italiano y títulos escolares (CPIA)
sub-qualification_recognition = Homologación de títulos extranjeros
dir-area = <b>{ $subtopic }</b> — ¿dónde?
dir-near-me = 📍 Cerca de mí
dir-share-location = Pulsa «Compartir mi ubicación» abajo. Solo la usamos para esta búsqueda.
dir-share-button = 📍 Compartir mi ubicación
dir-location-thanks = 📍 ¡Gracias! Busco cerca de ti…
dir-location-cancelled = Vale, sin ubicación.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] Un servicio
       *[other] { $count } servicios
    } · página { $page } de { $pages }
dir-results-near = cerca de ti
dir-results-search = Resultados para «{ $query }»
dir-open-now = 🟢 abierto ahora
dir-closed-now = 🔴 cerrado ahora
dir-distance = { $km } km
dir-prev = ◀️ Anterior
dir-next = Siguiente ▶️
dir-no-results = No he encontrado nada para «{ $query }». Elige un tema o cuéntanos qué buscabas: nos ayuda a mejorar.
dir-tell-us = ✍️ Cuéntanos qué necesitas
dir-gap-prompt = Escribe en pocas palabras lo que buscabas.
dir-gap-thanks = ¡Gracias! Se lo hemos pasado al equipo.
dir-search-unreadable = No he encontrado palabras en el mensaje. Prueba con una palabra como «médico» o «alquiler», o elige un tema.
dir-service-gone = Este servicio ya no está en la guía.

card-fallback-it = <i>Esta descripción solo está disponible en italiano.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Abierto ahora, hasta las { $time }
card-closed-opens = 🔴 Cerrado ahora · abre el { $day } a las { $time }
card-closed = 🔴 Cerrado ahora
card-hours-unknown = 🕒 Horario desconocido: llama o mira la web antes de ir.
card-today = 🕒 Hoy: { $hours }
card-today-closed = 🕒 Hoy cerrado
card-languages = 🗣 Idiomas en la atención: { $languages }
card-free = 💶 Gratuito
card-not-free = 💶 De pago: pregunta el precio
card-no-papers-yes = 🪪 Abierto también a personas sin permiso de residencia
card-no-papers-no = 🪪 Hace falta permiso de residencia
card-documents = 📄 Lleva: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Comprobado el { $date }
card-unverified = ⚠️ Aún sin comprobar: confírmalo antes de ir.
card-map = 🗺 Mapa
card-website = 🌐 Web
card-report = ⚠️ Avisar de un error

report-prompt = ¿Qué está mal o desactualizado? Escríbelo en pocas palabras (como máximo { $max } caracteres).
report-thanks = ¡Gracias! El equipo lo revisará.
report-too-long = Es demasiado largo: no pases de { $max } caracteres.

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

staff-inbox = <b>Avisos y peticiones</b> — { $count ->
        [one] uno pendiente
       *[other] { $count } pendientes
    }
staff-inbox-empty = Nada pendiente por ahora. 🎉
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: «{ $text }»
staff-gap-line = 🔎 #{ $id } [{ $lang }] «{ $text }»
staff-mark-done = ✅ #{ $id } hecho

# Palabras de búsqueda por tema y subtema (separadas por comas).
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
