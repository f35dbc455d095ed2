### Associations: the project's staff, associations and their leaders,
### invite links, memberships, and the topics a person follows.
### Roles: "staff" run the whole project; an association's "leaders" manage
### only their own association; "members" receive its announcements.

## Main menu buttons

menu-my-association = 🏛 My association
menu-associations = 🏛 Associations
menu-staff = 👥 Staff
# menu-memberships and menu-topics share a row (half width): keep them short.
menu-memberships = 🏛 My associations
menu-topics = 🔔 Topics I follow

## Refusals

only-admins = Only administrators can do this.
only-leaders = Only association leaders can do this.

## Staff list (administrators only)

staff-title = <b>Staff</b>
staff-none = Nobody yet.
# Button; { $name } is a person's name.
staff-revoke = ✖ Remove { $name }
staff-add = ➕ Add staff
staff-add-prompt = Send the Telegram id of the person to add. They must have started the bot already.
staff-add-unknown = I don't know that id. The person must start the bot first; then send me their id again.

## Associations: creating one, its page, its leaders and invite links

assoc-none = No associations yet.
assoc-list = <b>Associations</b>
assoc-new = ➕ New association
assoc-name-prompt = What is the association's name?
# $max is always 80.
assoc-name-invalid = The name must be between 1 and { $max } characters.
assoc-description-prompt = Describe the association in a few words.
# Also used for an event's description: keep it general.
# $max is 500 for an association, 1500 for an event.
assoc-description-invalid = The description can be at most { $max } characters long.
# Button. Also used when creating an event (to skip its description).
assoc-skip = Skip
# “Create” quotes the label of assoc-create, without its emoji.
assoc-languages-prompt = Which languages does it work in? Tap to choose, then tap “Create”.
assoc-create = ✅ Create
assoc-gone = This association no longer exists.
# $languages is a list of language names; $leaders a list of people's names.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] one member
       *[other] { $members } members
    } · leaders: { $leaders }
assoc-leader-invite = 🔑 Leader invite
# Button; { $name } is a person's name.
assoc-remove-leader = ✖ Remove { $name } as leader
assoc-remove-leader-confirm = Take away <b>{ $name }</b>'s role as leader of <b>{ $association }</b>? They will no longer be able to send announcements or manage its events. They can be invited again later.
assoc-remove-leader-yes = ✖ Yes, remove them as leader
assoc-leader-removed = Done: they are no longer a leader of this association.
assoc-revoke-leader-invites = 🚫 Cancel unused leader invites ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] Done: that leader invite no longer works.
       *[other] Done: those { $count } leader invites no longer work.
    }
# { $link } must stay on a line of its own.
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
# { $link } must stay on a line of its own.
assoc-member-link = Invite link for members (share it freely, revoke it any time):
    { $link }
assoc-no-member-link = No member invite link is active.
assoc-create-link = 🔗 Create member link
assoc-revoke-link = 🚫 Revoke member link

## A member's associations

memberships-none = You are not a member of any association.
memberships-title = <b>Your associations</b>
    Mute an association to stop its announcements; you can unmute it any time.
# memberships-mute (or -unmute) and memberships-leave share a row (half width);
# { $name } is an association's name.
memberships-mute = 🔕 Mute { $name }
memberships-unmute = 🔔 Unmute { $name }
memberships-leave = 🚪 Leave

topics-prompt = Choose the topics you want news about. Tap one again to stop.

## Opening an invite link

invite-joined = Welcome! You are now a member of <b>{ $name }</b>.
invite-already-member = You are already a member of <b>{ $name }</b>.
invite-leader = You are now a leader of <b>{ $name }</b>. You can invite members and send announcements from the menu.
invite-already-leads = You already lead <b>{ $name }</b>, and a leader can lead only one association.

## Help

# A line of /help. It quotes the labels of menu-memberships and
# menu-my-association, without their emoji.
help-associations = 🏛 Associations: join with the link your association sends you; from “My associations” you can mute its announcements or leave. Leaders send announcements from “My association”.
