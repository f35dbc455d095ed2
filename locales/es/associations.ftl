### Asociaciones: el equipo del proyecto, las asociaciones y sus
### responsables, los enlaces de invitación, la pertenencia a asociaciones y
### los temas que sigue cada persona.
### Roles: el «equipo» gestiona todo el proyecto; los «responsables» de una
### asociación gestionan solo la suya; los «miembros» reciben sus anuncios.

## Botones del menú principal

menu-my-association = 🏛 Mi asociación
menu-associations = 🏛 Asociaciones
menu-staff = 👥 Equipo
# menu-memberships y menu-topics comparten fila (media anchura): que sean cortos.
menu-memberships = 🏛 Mis asociaciones
menu-topics = 🔔 Temas que sigo

## Rechazos

only-admins = Solo los administradores pueden hacer esto.
only-leaders = Solo los responsables de una asociación pueden hacer esto.

## Lista del equipo (solo administradores)

staff-title = <b>Equipo</b>
staff-none = Todavía nadie.
# Botón; { $name } es el nombre de una persona.
staff-revoke = ✖ Quitar a { $name }
staff-add = ➕ Añadir al equipo
staff-add-prompt = Envía el id de Telegram de la persona que quieres añadir. Tiene que haber iniciado ya el bot.
staff-add-unknown = No conozco ese id. La persona tiene que iniciar primero el bot; después, envíame otra vez su id.

## Asociaciones: crear una, su página, sus responsables y los enlaces de invitación

assoc-none = Todavía no hay asociaciones.
assoc-list = <b>Asociaciones</b>
assoc-new = ➕ Nueva asociación
assoc-name-prompt = ¿Cómo se llama la asociación?
# $max es siempre 80.
assoc-name-invalid = El nombre debe tener entre 1 y { $max } caracteres.
assoc-description-prompt = Describe la asociación en pocas palabras.
# Se usa también para la descripción de un evento: que sea general.
# $max es 500 para una asociación, 1500 para un evento.
assoc-description-invalid = La descripción puede tener como máximo { $max } caracteres.
# Botón. Se usa también al crear un evento (para saltar la descripción).
assoc-skip = Saltar
# «Crear» cita la etiqueta de assoc-create, sin emoji.
assoc-languages-prompt = ¿En qué idiomas trabaja? Toca los idiomas para elegirlos y luego «Crear».
assoc-create = ✅ Crear
assoc-gone = Esta asociación ya no existe.
# $languages es una lista de idiomas; $leaders una lista de nombres de personas.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] un miembro
       *[other] { $members } miembros
    } · responsables: { $leaders }
assoc-leader-invite = 🔑 Invitación para responsable
# Botón; { $name } es el nombre de una persona.
assoc-remove-leader = ✖ Quitar a { $name } como responsable
assoc-remove-leader-confirm = ¿Quitarle a <b>{ $name }</b> el rol de responsable de <b>{ $association }</b>? Ya no podrá enviar anuncios ni gestionar los eventos de la asociación. Más adelante podrás invitar otra vez a esta persona.
assoc-remove-leader-yes = ✖ Sí, quitar el rol
assoc-leader-removed = Hecho: esta persona ya no es responsable de la asociación.
assoc-revoke-leader-invites = 🚫 Cancelar las invitaciones para responsable sin usar ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] Hecho: esa invitación para responsable ya no funciona.
       *[other] Hecho: esas { $count } invitaciones para responsable ya no funcionan.
    }
# { $link } tiene que quedarse solo en su línea.
assoc-leader-link =
    Enlace de invitación para la persona que será responsable de <b>{ $name }</b>. Sirve una sola vez y caduca en { $days ->
        [one] un día
       *[other] { $days } días
    }:
    { $link }
assoc-mine =
    <b>{ $name }</b>
    👥 { $members ->
        [one] un miembro
       *[other] { $members } miembros
    }
# { $link } tiene que quedarse solo en su línea.
assoc-member-link = Enlace de invitación para miembros (compártelo libremente, puedes anularlo cuando quieras):
    { $link }
assoc-no-member-link = No hay ningún enlace de invitación activo para miembros.
assoc-create-link = 🔗 Crear enlace para miembros
assoc-revoke-link = 🚫 Anular el enlace de miembros

## Las asociaciones de un miembro

memberships-none = No eres miembro de ninguna asociación.
memberships-title = <b>Tus asociaciones</b>
    Silencia una asociación para dejar de recibir sus anuncios; puedes reactivarla cuando quieras.
# memberships-mute (o -unmute) y memberships-leave comparten fila (media
# anchura); { $name } es el nombre de una asociación.
memberships-mute = 🔕 Silenciar { $name }
memberships-unmute = 🔔 Reactivar { $name }
memberships-leave = 🚪 Salir

topics-prompt = Elige los temas sobre los que quieres recibir noticias. Toca uno otra vez para dejar de seguirlo.

## Al abrir un enlace de invitación

invite-joined = ¡Te damos la bienvenida! Ahora eres miembro de <b>{ $name }</b>.
invite-already-member = Ya eres miembro de <b>{ $name }</b>.
invite-leader = Ahora eres responsable de <b>{ $name }</b>. Desde el menú puedes invitar a miembros y enviar anuncios.
invite-already-leads = Ya eres responsable de <b>{ $name }</b>, y cada responsable dirige una sola asociación.

## Ayuda

# Una línea de /help. Cita las etiquetas de menu-memberships y
# menu-my-association, sin emoji.
help-associations = 🏛 Asociaciones: únete con el enlace que te envía tu asociación; desde «Mis asociaciones» puedes silenciar sus anuncios o salir. Los responsables envían anuncios desde «Mi asociación».
