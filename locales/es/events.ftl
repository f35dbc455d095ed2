### Talleres, sesiones formativas y otros eventos: la lista, la inscripción,
### la lista de espera, los recordatorios y las notificaciones de cambios, y las
### pantallas de quien organiza (asistencia, hoja de firmas, creación de un
### evento).
### «Evento» es la palabra general; «talleres y encuentros» es el nombre que
### el menú da a todos. Usa formas neutras: quien lee puede ser mujer u hombre.

## Botones del menú principal y ayuda

# menu-events y menu-my-signups comparten fila (media anchura).
menu-events = 📅 Talleres y encuentros
menu-my-signups = 🎟 Mis inscripciones
menu-manage-events = 🛠 Gestionar eventos
# Una línea de /help.
help-events = 📅 Talleres y encuentros: apúntate con un toque, recibe el archivo de calendario y recordatorios, y libera tu plaza si no puedes ir.

## La lista de eventos y la ficha de un evento

ev-list-title = <b>Próximos talleres y encuentros</b>
ev-none = Por ahora no hay eventos programados.
# ev-kind-*: una línea de la ficha del evento, y botones al crear un evento.
ev-kind-workshop = 🧩 Taller
ev-kind-training = 🤝 Sesión formativa
ev-kind-other = 📌 Evento
# Aparece cuando ni el título ni la descripción del evento existen en el
# idioma de quien lee, y se muestran en otro idioma.
ev-fallback = <i>El título y la descripción de este evento no están disponibles en tu idioma.</i>
# Aparece cuando el título no está en el idioma de quien lee (el evento no
# tiene descripción) y se muestra en otro idioma.
ev-fallback-title = <i>El título de este evento no está disponible en tu idioma.</i>
# Aparece cuando el título está en el idioma de quien lee pero la
# descripción no, y esta se muestra en otro idioma.
ev-fallback-description = <i>La descripción no está disponible en tu idioma.</i>
# $languages: los idiomas que se hablan en el evento, cada uno con su nombre.
ev-languages = 🗣 Idiomas del evento: { $languages }
ev-online = 💻 En línea
ev-join-online = 💻 Unirme en línea
ev-cancelled = ❌ Este evento se ha cancelado.
ev-full = 🔴 Completo: puedes apuntarte a la lista de espera
ev-seats-left = 🟢 { $count ->
        [one] queda una plaza
       *[other] quedan { $count } plazas
    }
ev-you-are-in = ✅ Tienes plaza.
# También es la celda «Estado» de quien espera, en la hoja de firmas (CSV).
ev-waitlist-position = ⏳ Lista de espera: número { $position }

## Apuntarse y anular

ev-sign-up = ✅ Apuntarme
ev-cancel-place = ✖ Anular mi plaza
ev-cancel-confirm = ¿Anular tu plaza en <b>{ $title }</b>?
ev-cancel-yes = ✖ Sí, anular
ev-signed-up = ✅ ¡Ya tienes plaza! Aquí tienes el archivo para tu calendario; te avisaré antes de que empiece.
# Texto del archivo de calendario (.ics).
ev-ics-caption = 📅 Añádelo a tu calendario
ev-on-waitlist = ⏳ El evento está completo: tienes el número { $position } en la lista de espera. Si se libera una plaza, te aviso.
ev-already-signed = Ya estás en la lista de este evento.
ev-closed = La inscripción para este evento está cerrada.
ev-not-signed = No tenías plaza en este evento.
ev-place-cancelled = Tu plaza está anulada. Gracias por avisar.
ev-promoted = 🎉 Se ha liberado una plaza en <b>{ $title }</b>: ¡ahora es tuya!
# Botón debajo de un recordatorio.
ev-cant-come = 🙅 No puedo ir
ev-mine-title = <b>Tus inscripciones</b>
ev-mine-none = No tienes plaza en ningún evento próximo.

## Recordatorios y notificaciones a las personas inscritas

# ev-in-minutes y ev-in-hours se insertan como $when en ev-reminder.
ev-in-minutes = dentro de { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }
ev-in-hours = dentro de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }
ev-reminder = ⏰ Recordatorio: <b>{ $title }</b> empieza { $when }.
    📍 { $place }
# Se envía cuando ha cambiado la hora O el lugar: no digas cuál de los dos.
# $when es una fecha con la hora, como 25/03/2027 18:30; $place una dirección o un enlace.
ev-notice-changed = 🔄 Cambios en <b>{ $title }</b>. Cuándo: { $when }. Dónde: { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) se ha cancelado. Lo sentimos.

## Quien organiza: gestionar un evento

ev-not-organiser = Solo el equipo y los responsables de las asociaciones organizan eventos.
ev-not-your-event = Solo puedes gestionar los eventos de tu asociación.
ev-attendance-not-yet = La asistencia se puede registrar cuando el evento haya empezado.
ev-already-ended = Este evento ya terminó: ya no se puede cambiar ni cancelar.
ev-gone = Este evento ya no existe. Puede que lo hayan quitado.
ev-manage-title = <b>Tus eventos</b>
ev-manage-none = Todavía no hay eventos.
ev-new = ➕ Nuevo evento
# Pantalla de quien organiza: $count plazas ocupadas de $capacity.
ev-attendees = 👥 { $count ->
        [one] { $count } plaza ocupada de { $capacity }
       *[other] { $count } plazas ocupadas de { $capacity }
    }
# ev-csv y ev-attendance comparten fila (media anchura).
ev-csv = 📄 Hoja de firmas (CSV)
ev-csv-caption = 📄 Hoja de firmas
# De ev-csv-name a ev-csv-signature: encabezados de las columnas de la hoja de
# firmas, un archivo CSV que se imprime para firmar. Texto simple, sin HTML.
ev-csv-name = Nombre
ev-csv-status = Estado
ev-csv-attended = Asistió
ev-csv-signature = Firma
# ev-csv-confirmed, ev-csv-yes, ev-csv-no: valores de las celdas de la hoja.
ev-csv-confirmed = plaza confirmada
ev-csv-waitlist = lista de espera n.º { $position }
ev-csv-yes = sí
ev-csv-no = no
ev-attendance = ✅ Asistencia
ev-attendance-prompt = Toca a cada persona que vino.
# ev-change-time y ev-change-place comparten fila (media anchura).
ev-change-time = 🕒 Cambiar horario
ev-change-place = 📍 Cambiar lugar
ev-cancel-event = ❌ Cancelar el evento
ev-cancel-event-confirm = ¿Cancelar este evento? Avisaremos a todas las personas inscritas y en espera.
ev-cancel-event-yes = ❌ Sí, cancelar el evento
ev-event-cancelled = El evento está cancelado. Estamos avisando a todas las personas inscritas.
ev-updated = Guardado. Estamos avisando a las personas inscritas y en espera.
# Deja la fecha de ejemplo: muestra lo que el bot sabe leer (día/mes).
ev-ask-new-start = ¿Cuándo empieza ahora? Escribe fecha y hora, por ejemplo 25/3 18:30. La duración no cambia.

## Quien organiza: crear un evento, una pregunta cada vez

ev-ask-kind = ¿Qué tipo de evento es?
ev-ask-topic = ¿Sobre qué tema?
# $max es siempre 120.
ev-ask-title = Escribe el título (como máximo { $max } caracteres).
ev-ask-description = Describe el evento en pocas líneas.
# Deja las fechas de ejemplo: muestran lo que el bot sabe leer (día/mes).
ev-ask-start = ¿Cuándo empieza? Por ejemplo 25/3 18:30 o 25/03/2027 18.30.
ev-ask-end = ¿Cuándo termina? Una hora como 20:00, o fecha y hora.
ev-ask-place = ¿Dónde? Escribe la dirección, o pega el enlace de una reunión en línea.
# $max es siempre 5000.
ev-ask-capacity = ¿Cuántas plazas? Un número de 1 a { $max }.
# «Siguiente» cita la etiqueta de ev-next, sin flecha.
ev-ask-languages = ¿Qué idiomas se hablarán? Toca para elegir y luego «Siguiente».
ev-next = Siguiente ➡️
ev-ask-audience = ¿Quién puede apuntarse?
ev-aud-everyone = 🌍 Todo el mundo
ev-aud-members = 🏛 Los miembros de mi asociación
ev-aud-leaders = 👔 Solo responsables de asociaciones
ev-preview = <b>Vista previa</b>
ev-create = ✅ Crear el evento
ev-created = ✅ Evento creado.
# $max es siempre 120.
ev-title-invalid = El título debe tener entre 1 y { $max } caracteres.
ev-date-past = Esa fecha ya ha pasado. Elige una fecha y hora futuras.
ev-date-unreadable = No lo he entendido. Escribe fecha y hora como 25/3 18:30.
ev-end-before-start = El final tiene que ser después del inicio.
ev-too-long = Un evento puede durar como máximo dos semanas.
# $max es siempre 5000.
ev-capacity-invalid = Escribe un número de plazas de 1 a { $max }.
