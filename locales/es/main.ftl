# Textos básicos: bienvenida, menú principal, navegación, ayuda, privacidad.

language-prompt = 🌐 Elige tu idioma
language-changed = ¡Listo! A partir de ahora te escribo en español.

privacy-notice =
    <b>Antes de empezar: tu privacidad</b>

    Guardamos tu nombre y tu id de Telegram, el idioma que elegiste y lo que haces aquí (inscripciones, avisos, opiniones). Solo los usamos para ofrecerte este servicio junto con tu asociación.

    • /mydata te envía todo lo que guardamos.
    • /delete lo borra, cuando quieras.
privacy-accept = ✅ Acepto

menu-title = <b>Menú principal</b> — ¿qué necesitas?
menu-language = 🌐 Idioma
menu-help = ❓ Ayuda
menu-privacy = 🔒 Mis datos

nav-back = ⬅️ Atrás
nav-home = 🏠 Menú

cancelled = Vale, cancelado.
hint-use-buttons = Elige con los botones de abajo.
hint-no-media = Aquí no puedo leer fotos, stickers ni mensajes de voz. Usa los botones de abajo.
hint-too-long = El mensaje es demasiado largo. Usa los botones de abajo.
hint-flood = Estás enviando mensajes muy rápido, así que me he saltado algunos. Espera unos segundos y luego sigue.
button-expired = Este botón ha caducado. Aquí tienes dónde estás ahora.
unknown-command = No conozco ese comando. Envía /help para ver lo que puedo hacer.
deeplink-unknown = Este enlace no es válido o ha caducado. Pide uno nuevo a quien te lo envió.
error-generic = Lo sentimos, algo ha fallado por nuestra parte. Inténtalo de nuevo en un momento.

help-intro = <b>Lo que puedo hacer</b>
help-menu = /menu — volver al menú principal
help-language = /language — cambiar de idioma
help-privacy = /mydata — descargar tus datos · /delete — borrarlos
help-cancel = /cancel — dejar lo que estás haciendo. En cada paso también tienes los botones «Atrás» y «Menú».

privacy-menu =
    <b>Tus datos</b>

    Puedes descargar todo lo que guardamos sobre ti o borrarlo.
privacy-download = 📥 Descargar mis datos
privacy-delete = 🗑 Borrar mis datos
mydata-caption = Todo lo que guardamos sobre ti: { $count ->
        [one] un registro
       *[other] { $count } registros
    }.
delete-confirm =
    <b>¿Borrar todos tus datos?</b>

    Borraremos tu perfil, tus plazas e inscripciones en eventos (tu plaza pasará a la siguiente persona de la lista de espera), tus membresías en asociaciones, tus roles y los temas que sigues, tus avisos que todavía no se han enviado y las palabras que nos has escrito (comentarios, avisos de error, búsquedas). Los enlaces de invitación que has creado dejarán de funcionar.
    Guardamos, sin tu nombre: tus notas con estrellas y los motivos que has marcado, solo como totales anónimos; los avisos y eventos que ya has compartido con otras personas; las asociaciones que has creado.
    No se puede deshacer.
delete-yes = 🗑 Sí, borrar todo
delete-no = No, guardarlos
delete-done = Tus datos se han borrado. Si quieres volver, solo envía /start.

cmd-start = Empezar o volver a empezar
cmd-menu = Menú principal
cmd-language = Cambiar de idioma
cmd-help = Qué puede hacer este bot
cmd-mydata = Descargar mis datos
cmd-delete = Borrar mis datos
cmd-cancel = Dejar lo que estoy haciendo

menu-type-hint = También puedes escribir lo que necesitas, por ejemplo «médico» o «alquiler».
help-services = 🔎 Buscar un servicio: vivienda, salud, trabajo y certificados. Elige un tema, comparte tu ubicación o escribe lo que buscas.
staff-only = Esta función es solo para el equipo del proyecto.
