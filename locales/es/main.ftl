### Textos básicos: elección de idioma, información de privacidad, menú principal,
### navegación, respuestas cortas y errores, ayuda, tus datos (/mydata,
### /delete) y las descripciones del menú de comandos de Telegram.
###
### Para quien traduce (vale para todos los archivos):
### - Se admite HTML: <b>, <i>, <a href="…">. Cierra cada etiqueta y escribe
###   un & < > literal como &amp; &lt; &gt;.
### - Los comandos como /menu, /mydata o /delete se quedan en inglés.
### - Las { $variables } y los identificadores de los mensajes no cambian.
### - Quien lee tiene niveles de lectura muy distintos y a menudo todavía
###   está aprendiendo el idioma: frases cortas, palabras de todos los días,
###   nunca palabra por palabra.
### - Un botón que comparte fila con otro tiene unos 15 caracteres visibles
###   (media anchura); tres por fila, unos 9; solo, unos 30.

## Nombre

# El nombre del bot. No se traduce.
-brand = Discorsi

## Elección de idioma e información de privacidad (las primeras pantallas)

language-prompt = 🌐 Elige tu idioma
# Nombra tu propio idioma en la frase.
language-changed = ¡Listo! A partir de ahora te escribo en español.

privacy-notice =
    <b>Antes de empezar: tu privacidad</b>

    Guardamos tu nombre y tu id de Telegram, el idioma que elegiste y lo que haces aquí (inscripciones, avisos de error, opiniones). Solo los usamos para ofrecerte este servicio junto con tu asociación.

    • /mydata te envía todo lo que guardamos.
    • /delete lo borra, cuando quieras.
# Botón.
privacy-accept = ✅ Acepto

## Menú principal y navegación

menu-title = <b>Menú principal</b> — ¿qué necesitas?
# Botones: menu-language y menu-help comparten fila (media anchura).
menu-language = 🌐 Idioma
menu-help = ❓ Ayuda
menu-privacy = 🔒 Mis datos

# Botones debajo de casi todas las pantallas, en una misma fila (media
# anchura): que sean cortos. help-cancel cita las dos etiquetas sin emoji.
nav-back = ⬅️ Atrás
nav-home = 🏠 Menú

## Respuestas cortas, consejos y errores

cancelled = Vale, cancelado.
hint-use-buttons = Elige con los botones de abajo.
hint-no-media = Aquí no puedo leer fotos, stickers ni mensajes de voz. Usa los botones de abajo.
hint-too-long = El mensaje es demasiado largo. Usa los botones de abajo.
hint-flood = Estás enviando mensajes muy rápido, así que me he saltado algunos. Espera unos segundos y luego sigue.
button-expired = Este botón ya no funciona. Te muestro dónde estás ahora.
unknown-command = No conozco ese comando. Envía /help para ver lo que puedo hacer.
deeplink-unknown = Este enlace no es válido o ha caducado. Pide uno nuevo a quien te lo envió.
error-generic = Lo sentimos, algo ha fallado por nuestra parte. Inténtalo de nuevo en un momento.

## Ayuda (/help): un título y luego una línea por función (las otras líneas help-* están en los otros archivos)

help-intro = <b>Lo que puedo hacer</b>
help-menu = /menu — volver al menú principal
help-language = /language — cambiar de idioma
help-privacy = /mydata — descargar tus datos · /delete — borrarlos
# Cita las etiquetas de nav-back y nav-home, sin emoji.
help-cancel = /cancel — dejar lo que estás haciendo. En cada paso también tienes los botones «Atrás» y «Menú».

## Tus datos (/mydata, /delete)

privacy-menu =
    <b>Tus datos</b>

    Puedes descargar todo lo que guardamos sobre ti o borrarlo.
privacy-download = 📥 Descargar mis datos
privacy-delete = 🗑 Borrar mis datos
# Texto del archivo que envía /mydata.
mydata-caption = Todo lo que guardamos sobre ti: { $count ->
        [one] un registro
       *[other] { $count } registros
    }.
delete-confirm =
    <b>¿Borrar todos tus datos?</b>

    Borraremos tu perfil, tus inscripciones en eventos (tu plaza pasará a la siguiente persona de la lista de espera), tu pertenencia a asociaciones, tus roles y los temas que sigues, tus anuncios aún no enviados y lo que nos has escrito (comentarios, avisos de error, búsquedas). Los enlaces de invitación que has creado dejarán de funcionar.
    También borraremos tus preguntas y lo que escribiste en ellas; quien te estaba respondiendo sabrá que has dejado el bot.
    Guardamos, sin tu nombre: tus estrellas y los motivos que has marcado, solo como totales anónimos; los anuncios y eventos que ya has compartido con otras personas; las asociaciones que has creado.
    No se puede deshacer.
delete-yes = 🗑 Sí, borrar todo
delete-no = No, guardarlos
delete-done = Tus datos se han borrado. Si quieres volver, solo envía /start.

## Menú de comandos de Telegram (la lista que sale al escribir "/"): texto simple, sin HTML ni emoji

cmd-start = Empezar o volver a empezar
cmd-menu = Menú principal
cmd-language = Cambiar de idioma
cmd-help = Qué puede hacer este bot
cmd-mydata = Descargar mis datos
cmd-delete = Borrar mis datos
cmd-cancel = Dejar lo que estoy haciendo

## Otros textos del menú principal y de la ayuda

# Aparece debajo del menú principal. Los dos ejemplos deben ser palabras que
# la búsqueda encuentra en tu idioma (mira vocab-* en directory.ftl).
menu-type-hint = También puedes escribir lo que necesitas, por ejemplo «médico» o «alquiler».
# Una línea de /help.
help-services = 🔎 Buscar un servicio: vivienda, salud, trabajo y certificados. Elige un tema, comparte tu ubicación o escribe lo que buscas.
staff-only = Esta función es solo para el equipo del proyecto.
