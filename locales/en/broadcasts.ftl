# Announcements: composing, preview, scheduling, delivery and reports.

bc-new = 📣 New announcement
bc-history = 📜 Past announcements
bc-not-allowed = You can't send this announcement: only staff, and leaders to their own association's members.
bc-no-members = Nobody would receive it: this group has no members yet.
bc-audience-prompt = Who should receive the announcement?
bc-aud-everyone = 🌍 Everyone
bc-aud-association = 🏛 An association
bc-aud-language = 🗣 People who speak a language
bc-aud-topic = 🔔 People following a topic
bc-pick-association = Choose the association.
bc-pick-language = Choose the language.
bc-pick-topic = Choose the topic.
bc-compose-prompt =
    Announcement for <b>{ $audience }</b> ({ $count ->
        [one] one person, not counting you
       *[other] { $count } people, not counting you
    }).
    Write the message now. You can use bold, italics and links, and attach a photo or a document (then the text is its caption). Up to { $max } characters.
bc-empty = The announcement is empty: please write some text.
bc-too-long = That's { $length } characters, over the limit of { $max }. Please shorten it or split it into two announcements.
bc-unsupported = I can send text, photos and documents. Please send one of those.
bc-gone = This announcement no longer exists.
bc-preview-original = 👇 Preview, as members will see it:
bc-preview-version = 👇 Version in { $language }:
bc-preview =
    That's the preview above. It will reach { $count ->
        [one] one person
       *[other] { $count } people
    }. Versions: { $versions }.
    Members get the version in their language, or the original.
bc-send-now = ✅ Send now
bc-schedule = 🕒 Schedule
bc-add-version = 🌐 Add a version in another language
bc-version-lang = Which language is the new version in?
bc-version-text = Write the version in { $language }.
bc-when = When should it go out? Write a date and time, for example 25/3 18:30.
bc-when-unreadable = I couldn't read that date. Write it like 25/3 18:30 or 25/03/2027 18.30.
bc-when-past = That time has already passed. Please choose a time in the future.
bc-confirm-now = Send it now to { $count ->
        [one] one person
       *[other] { $count } people
    }?
bc-confirm-later = Send it on { $when } to { $count ->
        [one] one person
       *[other] { $count } people
    }?
bc-confirm = ✅ Confirm
bc-queued = 📣 Sending started. I'll keep you posted here.
bc-scheduled = 🕒 Scheduled for { $when }.
bc-progress = 📣 Sending… { $done } of { $total }
bc-report =
    <b>📣 Announcement sent</b>
    ✅ Delivered: { $delivered }
    🚫 Unreachable: { $unreachable }
    ⚠️ Failed: { $failed }
    { $by_language }
bc-unschedule = ✖ Cancel the one planned for { $when }
bc-unscheduled = Done: that announcement will not be sent.
bc-scheduled-withdrawn = Your planned announcement was not sent: you no longer have the right to send it. If this is a mistake, please contact the project staff.
bc-report-refused = ⚠️ Not sent to { $count ->
        [one] one person
       *[other] { $count } people
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram will not deliver this version: { $reason }. Members would not receive it. Please send the text again.
bc-why-formatting = Telegram could not read its formatting
bc-why-too-long = it is longer than Telegram allows
bc-why-media = the photo or file could not be sent
bc-why-other = Telegram refused the message
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }
bc-history-title = <b>Past announcements</b>
bc-history-empty = No announcements yet.
bc-history-line = { $when } · { $status }
    “{ $text }”
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
bc-status-sending = sending
bc-status-done = sent
bc-status-scheduled = scheduled
bc-aud-event = people signed up for the event
