# Workshops, training meetings and events: browsing, sign-up, reminders, organisers.

menu-events = 📅 Workshops and meetings
menu-my-signups = 🎟 My sign-ups
menu-manage-events = 🛠 Manage events
help-events = 📅 Workshops and meetings: sign up with one tap, get a calendar file and reminders, and free your place if you can't come.

ev-list-title = <b>Upcoming workshops and meetings</b>
ev-none = No upcoming events for now.
ev-kind-workshop = 🧩 Workshop
ev-kind-training = 🤝 Training meeting
ev-kind-other = 📌 Event
ev-fallback = <i>This description is not available in your language.</i>
ev-online = 💻 Online
ev-join-online = 💻 Join online
ev-cancelled = ❌ This event has been cancelled.
ev-full = 🔴 Full: you can join the waitlist
ev-seats-left = 🟢 { $count ->
        [one] one seat left
       *[other] { $count } seats left
    }
ev-you-are-in = ✅ You are signed up.
ev-waitlist-position = ⏳ Waitlist: number { $position }
ev-sign-up = ✅ Sign me up
ev-cancel-place = ✖ Cancel my place
ev-cancel-confirm = Cancel your place at <b>{ $title }</b>?
ev-cancel-yes = ✖ Yes, cancel it
ev-signed-up = ✅ You're in! Here is the calendar file; I'll remind you before it starts.
ev-ics-caption = 📅 Add it to your calendar
ev-on-waitlist = ⏳ The event is full: you're number { $position } on the waitlist. If a place frees up, I'll tell you.
ev-already-signed = You are already signed up for this event.
ev-closed = Sign-up is closed for this event.
ev-not-signed = You were not signed up for this event.
ev-place-cancelled = Your place is cancelled. Thank you for letting us know.
ev-promoted = 🎉 A place freed up: you're now signed up for <b>{ $title }</b>!
ev-cant-come = 🙅 I can't come
ev-mine-title = <b>Your sign-ups</b>
ev-mine-none = You are not signed up for any upcoming event.

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
ev-notice-changed = 🔄 <b>{ $title }</b> has changed: now on { $when }, at { $place }.
ev-notice-cancelled = ❌ <b>{ $title }</b> ({ $when }) has been cancelled. We're sorry.

ev-not-organiser = Only staff and association leaders organise events.
ev-not-your-event = You can only manage your own association's events.
ev-attendance-not-yet = Presence can be recorded once the event has started.
ev-already-ended = This event has already ended: it can no longer be changed or cancelled.
ev-gone = This event no longer exists. It may have been removed.
ev-manage-title = <b>Your events</b>
ev-manage-none = No events yet.
ev-new = ➕ New event
ev-attendees = 👥 { $count } of { $capacity } places taken
ev-csv = 📄 Sign-in sheet (CSV)
ev-csv-caption = 📄 Sign-in sheet
ev-csv-name = Name
ev-csv-status = Status
ev-csv-attended = Attended
ev-csv-signature = Signature
ev-csv-confirmed = signed up
ev-csv-yes = yes
ev-csv-no = no
ev-attendance = ✅ Attendance
ev-attendance-prompt = Tap each person who came.
ev-change-time = 🕒 Change time
ev-change-place = 📍 Change place
ev-cancel-event = ❌ Cancel event
ev-cancel-event-confirm = Cancel this event? Everyone signed up or waiting will be told.
ev-cancel-event-yes = ❌ Yes, cancel the event
ev-event-cancelled = The event is cancelled and everyone is being told.
ev-updated = Saved. Everyone signed up or waiting is being told.
ev-ask-new-start = When does it start now? For example 25/3 18:30. The length stays the same.

ev-ask-kind = What kind of event?
ev-ask-topic = Which topic?
ev-ask-title = Write the title (up to { $max } characters).
ev-ask-description = Describe the event in a few lines.
ev-ask-start = When does it start? For example 25/3 18:30 or 25/03/2027 18.30.
ev-ask-end = When does it end? A time like 20:00, or a date and time.
ev-ask-place = Where? Write the address, or paste the link for an online meeting.
ev-ask-capacity = How many places? A number from 1 to { $max }.
ev-ask-languages = Which languages will be spoken? Tap to choose, then Next.
ev-next = Next ➡️
ev-ask-audience = Who can sign up?
ev-aud-everyone = 🌍 Everyone
ev-aud-members = 🏛 My association's members
ev-aud-leaders = 👔 Association leaders only
ev-preview = <b>Preview</b>
ev-create = ✅ Create the event
ev-created = ✅ Event created.
ev-title-invalid = The title must be between 1 and { $max } characters.
ev-date-past = That date is in the past. Please choose a future date and time.
ev-date-unreadable = I couldn't read that. Write a date and time like 25/3 18:30.
ev-end-before-start = The end must come after the start.
ev-too-long = An event can last two weeks at most.
ev-capacity-invalid = Write a number of places from 1 to { $max }.
