# Asociaciones, roles, invitaciones, membresías y temas seguidos.

menu-my-association = 🏛 Mi asociación
menu-associations = 🏛 Asociaciones
menu-staff = 👥 Equipo
menu-memberships = 🏛 Mis asociaciones
menu-topics = 🔔 Temas que sigo

only-admins = Solo los administradores pueden hacer esto.
only-leaders = Solo los responsables de una asociación pueden hacer esto.

staff-title = <b>Equipo</b>
staff-none = Todavía nadie.
staff-revoke = ✖ Quitar a { $name }
staff-add = ➕ Añadir al equipo
staff-add-prompt = Envía el id de Telegram de la persona que quieres añadir. Tiene que haber iniciado ya el bot.
staff-add-unknown = No conozco ese id: la persona tiene que iniciar primero el bot y luego me envías su número.

assoc-none = Todavía no hay asociaciones.
assoc-list = <b>Asociaciones</b>
assoc-new = ➕ Nueva asociación
assoc-name-prompt = ¿Cómo se llama la asociación?
assoc-name-invalid = El nombre debe tener entre 1 y { $max } caracteres.
assoc-description-prompt = Describe la asociación en pocas palabras.
assoc-description-invalid = La descripción no debe pasar de { $max } caracteres.
assoc-skip = Saltar
assoc-languages-prompt = ¿En qué idiomas trabaja? Toca para elegir y luego crea.
assoc-create = ✅ Crear
assoc-gone = Esta asociación ya no existe.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] un miembro
       *[other] { $members } miembros
    } · responsables: { $leaders }
assoc-leader-invite = 🔑 Invitación para responsable
assoc-remove-leader = ✖ Quitar a { $name } como responsable
assoc-remove-leader-confirm = ¿Quitarle a <b>{ $name }</b> el rol de responsable de <b>{ $association }</b>? Ya no podrá enviar avisos ni gestionar los eventos de la asociación. Más adelante podrás invitar otra vez a esta persona.
assoc-remove-leader-yes = ✖ Sí, quitar el rol
assoc-leader-removed = Hecho: esta persona ya no es responsable de la asociación.
assoc-revoke-leader-invites = 🚫 Cancelar las invitaciones para responsable sin usar ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] Hecho: esa invitación para responsable ya no funciona.
       *[other] Hecho: esas { $count } invitaciones para responsable ya no funcionan.
    }
assoc-leader-link =
    Enlace de invitación para el responsable de <b>{ $name }</b>. Sirve una sola vez y caduca en { $days ->
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
assoc-member-link = Enlace de invitación para miembros (compártelo libremente, puedes revocarlo cuando quieras):
    { $link }
assoc-no-member-link = No hay ningún enlace de invitación para miembros activo.
assoc-create-link = 🔗 Crear enlace para miembros
assoc-revoke-link = 🚫 Revocar el enlace de miembros

memberships-none = No eres miembro de ninguna asociación.
memberships-title = <b>Tus asociaciones</b>
    Silencia una asociación para dejar de recibir sus avisos; puedes reactivarla cuando quieras.
memberships-mute = 🔕 Silenciar { $name }
memberships-unmute = 🔔 Reactivar { $name }
memberships-leave = 🚪 Salir

topics-prompt = Elige los temas sobre los que quieres recibir noticias. Toca otra vez para dejarlo.

invite-joined = ¡Bienvenido! Ahora eres miembro de <b>{ $name }</b>.
invite-already-member = Ya eres miembro de <b>{ $name }</b>.
invite-leader = Ahora eres responsable de <b>{ $name }</b>. Desde el menú puedes invitar a miembros y enviar avisos.
invite-already-leads = Ya eres responsable de <b>{ $name }</b>: cada responsable dirige una sola asociación.

help-associations = 🏛 Asociaciones: únete con el enlace que te envía tu asociación; desde «Mis asociaciones» puedes silenciar sus avisos o salir. Los responsables envían avisos desde «Mi asociación».
