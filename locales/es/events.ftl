# Talleres, encuentros formativos y eventos: lista, inscripción, recordatorios, organizadores.

menu-events = 📅 Talleres y encuentros
menu-my-signups = 🎟 Mis inscripciones
menu-manage-events = 🛠 Gestionar eventos
help-events = 📅 Talleres y encuentros: apúntate con un toque, recibe el archivo de calendario y recordatorios, y libera tu plaza si no puedes ir.

ev-list-title = <b>Próximos talleres y encuentros</b>
ev-none = Por ahora no hay eventos programados.
ev-kind-workshop = 🧩 Taller
ev-kind-training = 🤝 Encuentro formativo
ev-kind-other = 📌 Evento
ev-fallback = <i>Esta descripción no está disponible en tu idioma.</i>
ev-online = 💻 En línea
ev-join-online = 💻 Unirse en línea
ev-cancelled = ❌ Este evento se ha cancelado.
ev-full = 🔴 Completo: puedes apuntarte a la lista de espera
ev-seats-left = 🟢 { $count ->
        [one] queda una plaza
       *[other] quedan { $count } plazas
    }
ev-you-are-in = ✅ Estás inscrito.
ev-waitlist-position = ⏳ Lista de espera: número { $position }
ev-sign-up = ✅ Apuntarme
ev-cancel-place = ✖ Anular mi plaza
ev-cancel-confirm = ¿Anular tu plaza en <b>{ $title }</b>?
ev-cancel-yes = ✖ Sí, anular
ev-signed-up = ✅ ¡Estás dentro! Aquí tienes el archivo para tu calendario; te lo recordaré antes.
ev-ics-caption = 📅 Añádelo a tu calendario
ev-on-waitlist = ⏳ El evento está completo: eres el número { $position } de la lista de espera. Si se libera una plaza, te aviso.
ev-already-signed = Ya estás inscrito en este evento.
ev-closed = La inscripción para este evento está cerrada.
ev-not-signed = No estabas inscrito en este evento.
ev-place-cancelled = Tu plaza está anulada. Gracias por avisar.
ev-promoted = 🎉 Se ha liberado una plaza: ¡ahora estás inscrito en <b>{ $title }</b>!
ev-cant-come = 🙅 No puedo ir
ev-mine-title = <b>Tus inscripciones</b>
ev-mine-none = No estás inscrito en ningún evento próximo.

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
ev-notice-changed = 🔄 <b>{ $title }</b> ha cambiado: ahora es el { $when }, en { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) se ha cancelado. Lo sentimos.

ev-not-organiser = Solo el equipo y los responsables de las asociaciones organizan eventos.
ev-not-your-event = Solo puedes gestionar los eventos de tu asociación.
ev-attendance-not-yet = La asistencia se puede registrar una vez que el evento haya empezado.
ev-already-ended = Este evento ya terminó: ya no se puede cambiar ni cancelar.
ev-gone = Este evento ya no existe. Puede que lo hayan quitado.
ev-manage-title = <b>Tus eventos</b>
ev-manage-none = Todavía no hay eventos.
ev-new = ➕ Nuevo evento
ev-attendees = 👥 { $count } de { $capacity } plazas ocupadas
ev-csv = 📄 Hoja de firmas (CSV)
ev-csv-caption = 📄 Hoja de firmas
ev-csv-name = Nombre
ev-csv-status = Estado
ev-csv-attended = Asistió
ev-csv-signature = Firma
ev-csv-confirmed = inscrito
ev-csv-yes = sí
ev-csv-no = no
ev-attendance = ✅ Asistencia
ev-attendance-prompt = Toca a cada persona que vino.
ev-change-time = 🕒 Cambiar horario
ev-change-place = 📍 Cambiar lugar
ev-cancel-event = ❌ Cancelar el evento
ev-cancel-event-confirm = ¿Cancelar este evento? Avisaremos a todas las personas inscritas y en espera.
ev-cancel-event-yes = ❌ Sí, cancelar el evento
ev-event-cancelled = El evento está cancelado y estamos avisando a todos.
ev-updated = Guardado. Estamos avisando a las personas inscritas y en espera.
ev-ask-new-start = ¿Cuándo empieza ahora? Por ejemplo 25/3 18:30. La duración no cambia.

ev-ask-kind = ¿Qué tipo de evento es?
ev-ask-topic = ¿Sobre qué tema?
ev-ask-title = Escribe el título (como máximo { $max } caracteres).
ev-ask-description = Describe el evento en pocas líneas.
ev-ask-start = ¿Cuándo empieza? Por ejemplo 25/3 18:30 o 25/03/2027 18.30.
ev-ask-end = ¿Cuándo termina? Una hora como 20:00, o fecha y hora.
ev-ask-place = ¿Dónde? Escribe la dirección, o pega el enlace de una reunión en línea.
ev-ask-capacity = ¿Cuántas plazas? Un número de 1 a { $max }.
ev-ask-languages = ¿Qué idiomas se hablarán? Toca para elegir y luego Siguiente.
ev-next = Siguiente ➡️
ev-ask-audience = ¿Quién puede inscribirse?
ev-aud-everyone = 🌍 Todo el mundo
ev-aud-members = 🏛 Los miembros de mi asociación
ev-aud-leaders = 👔 Solo responsables de asociaciones
ev-preview = <b>Vista previa</b>
ev-create = ✅ Crear el evento
ev-created = ✅ Evento creado.
ev-title-invalid = El título debe tener entre 1 y { $max } caracteres.
ev-date-past = Esa fecha ya ha pasado. Elige una fecha y hora futuras.
ev-date-unreadable = No lo he entendido. Escribe fecha y hora como 25/3 18:30.
ev-end-before-start = El final tiene que ser después del inicio.
ev-too-long = Un evento puede durar como máximo dos semanas.
ev-capacity-invalid = Escribe un número de plazas de 1 a { $max }.
