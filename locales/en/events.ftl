### Workshops, training sessions and other events: the list, signing up,
### the waiting list, reminders and change notices, and the organisers'
### screens (attendance, sign-in sheet, creating an event).
### "Event" is the general word; "workshops and meetings" is how the menu
### names them all. Use neutral forms: the reader can be a woman or a man.

## Main menu buttons and help

# menu-events and menu-my-signups share a row (half width).
menu-events = 📅 Workshops and meetings
menu-my-signups = 🎟 My sign-ups
menu-manage-events = 🛠 Manage events
# A line of /help.
help-events = 📅 Workshops and meetings: sign up with one tap, get a calendar file and reminders, and free your place if you can't come.

## The event list and an event's card

ev-list-title = <b>Upcoming workshops and meetings</b>
ev-none = No upcoming events for now.
# ev-kind-*: a line on the event card, and buttons when creating an event.
ev-kind-workshop = 🧩 Workshop
ev-kind-training = 🤝 Training session
ev-kind-other = 📌 Event
# Shown when the event has neither a title nor a description in the
# reader's language, so both are shown in another one.
ev-fallback = <i>This event's title and description are not available in your language.</i>
# Shown when the title is not in the reader's language (the event has no
# description), so it is shown in another one.
ev-fallback-title = <i>This event's title is not available in your language.</i>
# Shown when the title is in the reader's language but the description is
# not, so the description is shown in another one.
ev-fallback-description = <i>The description is not available in your language.</i>
# $languages: the languages spoken at the event, by their own names.
ev-languages = 🗣 Event languages: { $languages }
ev-online = 💻 Online
ev-join-online = 💻 Join online
ev-cancelled = ❌ This event has been cancelled.
ev-full = 🔴 Full: you can join the waitlist
ev-seats-left = 🟢 { $count ->
        [one] one place left
       *[other] { $count } places left
    }
ev-you-are-in = ✅ You are signed up.
# Also the Status cell of a waiting person in the sign-in sheet (CSV).
ev-waitlist-position = ⏳ Waitlist: number { $position }

## Signing up and cancelling

ev-sign-up = ✅ Sign me up
ev-cancel-place = ✖ Cancel my place
ev-cancel-confirm = Cancel your place at <b>{ $title }</b>?
ev-cancel-yes = ✖ Yes, cancel it
ev-signed-up = ✅ You're in! Here is the calendar file; I'll remind you before it starts.
# Caption of the calendar file (.ics).
ev-ics-caption = 📅 Add it to your calendar
ev-on-waitlist = ⏳ The event is full: you're number { $position } on the waitlist. If a place frees up, I'll tell you.
ev-already-signed = You are already signed up for this event.
ev-closed = Sign-up is closed for this event.
ev-not-signed = You were not signed up for this event.
ev-place-cancelled = Your place is cancelled. Thank you for letting us know.
ev-promoted = 🎉 A place freed up: you're now signed up for <b>{ $title }</b>!
# Button under a reminder.
ev-cant-come = 🙅 I can't come
ev-mine-title = <b>Your sign-ups</b>
ev-mine-none = You are not signed up for any upcoming event.

## Reminders and notices to the people signed up

# ev-in-minutes and ev-in-hours are inserted as $when into ev-reminder.
ev-in-minutes = in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }
ev-in-hours = in { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }
ev-reminder = ⏰ Reminder: <b>{ $title }</b> starts { $when }.
    📍 { $place }
# Sent when the time OR the place changed: don't say which one.
# $when is a date and time like 25/03/2027 18:30; $place an address or a link.
ev-notice-changed = 🔄 <b>{ $title }</b> has changed. When: { $when }. Where: { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) has been cancelled. We're sorry.

## Organisers: managing an event

ev-not-organiser = Only staff and association leaders organise events.
ev-not-your-event = You can only manage your own association's events.
ev-attendance-not-yet = Attendance can be recorded once the event has started.
ev-already-ended = This event has already ended: it can no longer be changed or cancelled.
ev-gone = This event no longer exists. It may have been removed.
ev-manage-title = <b>Your events</b>
ev-manage-none = No events yet.
ev-new = ➕ New event
# Organiser's screen: $count places taken out of $capacity.
ev-attendees = 👥 { $count } of { $capacity } places taken
# ev-csv and ev-attendance share a row (half width).
ev-csv = 📄 Sign-in sheet (CSV)
ev-csv-caption = 📄 Sign-in sheet
# ev-csv-name … ev-csv-signature: column headers of the sign-in sheet, a
# CSV file printed for people to sign. Plain text, no HTML.
ev-csv-name = Name
ev-csv-status = Status
ev-csv-attended = Attended
ev-csv-signature = Signature
# ev-csv-confirmed, ev-csv-waitlist, ev-csv-yes, ev-csv-no: cell values in the
# sign-in sheet (plain text: no emoji, no HTML).
ev-csv-confirmed = signed up
ev-csv-waitlist = waitlist no. { $position }
ev-csv-yes = yes
ev-csv-no = no
ev-attendance = ✅ Attendance
ev-attendance-prompt = Tap each person who came.
# ev-change-time and ev-change-place share a row (half width).
ev-change-time = 🕒 Change time
ev-change-place = 📍 Change place
ev-cancel-event = ❌ Cancel event
ev-cancel-event-confirm = Cancel this event? Everyone signed up or waiting will be told.
ev-cancel-event-yes = ❌ Yes, cancel the event
ev-event-cancelled = The event is cancelled and everyone is being told.
ev-updated = Saved. Everyone signed up or waiting is being told.
# Keep the sample date: it shows what the bot can read (day/month).
ev-ask-new-start = When does it start now? For example 25/3 18:30. The length stays the same.

## Organisers: creating an event, one question at a time

ev-ask-kind = What kind of event?
ev-ask-topic = Which topic?
# $max is always 120.
ev-ask-title = Write the title (up to { $max } characters).
ev-ask-description = Describe the event in a few lines.
# Keep the sample dates: they show what the bot can read (day/month).
ev-ask-start = When does it start? For example 25/3 18:30 or 25/03/2027 18.30.
ev-ask-end = When does it end? A time like 20:00, or a date and time.
ev-ask-place = Where? Write the address, or paste the link for an online meeting.
# $max is always 5000.
ev-ask-capacity = How many places? A number from 1 to { $max }.
# “Next” quotes the label of ev-next, without its arrow.
ev-ask-languages = Which languages will be spoken? Tap to choose, then “Next”.
ev-next = Next ➡️
ev-ask-audience = Who can sign up?
ev-aud-everyone = 🌍 Everyone
ev-aud-members = 🏛 My association's members
ev-aud-leaders = 👔 Association leaders only
ev-preview = <b>Preview</b>
ev-create = ✅ Create the event
ev-created = ✅ Event created.
# $max is always 120.
ev-title-invalid = The title must be between 1 and { $max } characters.
ev-date-past = That date is in the past. Please choose a future date and time.
ev-date-unreadable = I couldn't read that. Write a date and time like 25/3 18:30.
ev-end-before-start = The end must come after the start.
ev-too-long = An event can last two weeks at most.
# $max is always 5000.
ev-capacity-invalid = Write a number of places from 1 to { $max }.
