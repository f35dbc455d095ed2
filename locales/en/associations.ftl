# Associations, roles, invites, memberships and followed topics.

menu-my-association = 🏛 My association
menu-associations = 🏛 Associations
menu-staff = 👥 Staff
menu-memberships = 🏛 My associations
menu-topics = 🔔 Topics I follow

only-admins = Only administrators can do this.
only-leaders = Only association leaders can do this.

staff-title = <b>Staff</b>
staff-none = Nobody yet.
staff-revoke = ✖ Remove { $name }
staff-add = ➕ Add staff
staff-add-prompt = Send the Telegram id of the person to add. They must have started the bot already.
staff-add-unknown = I don't know that id: the person must start the bot first, then send me their number.

assoc-none = No associations yet.
assoc-list = <b>Associations</b>
assoc-new = ➕ New association
assoc-name-prompt = What is the association's name?
assoc-name-invalid = The name must be between 1 and { $max } characters.
assoc-description-prompt = Describe the association in a few words.
assoc-description-invalid = Please keep the description under { $max } characters.
assoc-skip = Skip
assoc-languages-prompt = Which languages does it work in? Tap to select, then create.
assoc-create = ✅ Create
assoc-gone = This association no longer exists.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] one member
       *[other] { $members } members
    } · leaders: { $leaders }
assoc-leader-invite = 🔑 Leader invite
assoc-remove-leader = ✖ Remove { $name } as leader
assoc-remove-leader-confirm = Take away <b>{ $name }</b>'s role as leader of <b>{ $association }</b>? They will no longer be able to send announcements or manage its events. They can be invited again later.
assoc-remove-leader-yes = ✖ Yes, remove them as leader
assoc-leader-removed = Done: they are no longer a leader of this association.
assoc-revoke-leader-invites = 🚫 Cancel unused leader invites ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] Done: that leader invite no longer works.
       *[other] Done: those { $count } leader invites no longer work.
    }
assoc-leader-link =
    Invite link for the leader of <b>{ $name }</b>. It works once and expires in { $days ->
        [one] one day
       *[other] { $days } days
    }:
    { $link }
assoc-mine =
    <b>{ $name }</b>
    👥 { $members ->
        [one] one member
       *[other] { $members } members
    }
assoc-member-link = Invite link for members (share it freely, revoke it any time):
    { $link }
assoc-no-member-link = No member invite link is active.
assoc-create-link = 🔗 Create member link
assoc-revoke-link = 🚫 Revoke member link

memberships-none = You are not a member of any association.
memberships-title = <b>Your associations</b>
    Mute an association to stop its announcements; you can unmute it any time.
memberships-mute = 🔕 Mute { $name }
memberships-unmute = 🔔 Unmute { $name }
memberships-leave = 🚪 Leave

topics-prompt = Choose the topics you want news about. Tap again to stop.

invite-joined = Welcome! You are now a member of <b>{ $name }</b>.
invite-already-member = You are already a member of <b>{ $name }</b>.
invite-leader = You are now a leader of <b>{ $name }</b>. You can invite members and send announcements from the menu.
invite-already-leads = You already lead <b>{ $name }</b>: a leader leads one association.

help-associations = 🏛 Associations: join with the link your association sends you; from “My associations” you can mute its announcements or leave. Leaders send announcements from “My association”.
