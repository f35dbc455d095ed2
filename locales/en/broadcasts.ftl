### Announcements: messages that staff and association leaders send to many
### people at once. Choosing who receives them, writing, preview, versions in
### other languages, scheduling, sending, delivery reports and history.
### "Announcement" is the word for these messages everywhere; use one word
### for it, different from the word for a report of wrong information
### (directory.ftl).

## Main menu buttons (they share a row: half width)

bc-new = 📣 New announcement
bc-history = 📜 Past announcements

## Who receives it

bc-not-allowed = You can't send this announcement: only staff can send to everyone, and leaders only to their own association's members.
bc-no-members = Nobody would receive it: this group has no members yet.
bc-audience-prompt = Who should receive the announcement?
# Button. The same audience inside a sentence is bc-aud-everyone-inline.
bc-aud-everyone = 🌍 Everyone
bc-aud-association = 🏛 An association
bc-aud-language = 🗣 People who speak a language
bc-aud-topic = 🔔 People following a topic
# Inserted as { $audience } into bc-compose-prompt ("Announcement for
# <b>everyone</b>"): the in-sentence form of bc-aud-everyone, no emoji.
bc-aud-everyone-inline = everyone
bc-pick-association = Choose the association.
bc-pick-language = Choose the language.
bc-pick-topic = Choose the topic.

## Writing the announcement

# $audience is bc-aud-everyone-inline, bc-aud-event, an association's name, a
# language's own name (Italiano, Français…) or a topic label (topic-*).
# $max is always 4096 (Telegram's limit for a message).
bc-compose-prompt =
    Announcement for <b>{ $audience }</b> ({ $count ->
        [one] one person, not counting you
       *[other] { $count } people, not counting you
    }).
    Write the message now. You can use bold, italics and links, and attach a photo or a document (then the text is its caption). Up to { $max } characters.
bc-empty = The announcement is empty: please write some text.
# $max is 4096 for a text, 1024 for the caption of a photo or document.
bc-too-long = That's { $length } characters, over the limit of { $max }. Please shorten it or split it into two announcements.
bc-unsupported = I can send text, photos and documents. Please send one of those.
bc-gone = This announcement no longer exists.

## Preview and versions in other languages

bc-preview-original = 👇 Preview, as members will see it:
# $language is the language's own name (Italiano, Français…).
bc-preview-version = 👇 Version in { $language }:
# $versions is a list of language names.
bc-preview =
    That's the preview above. It will reach { $count ->
        [one] one person
       *[other] { $count } people
    }. Versions: { $versions }.
    Members get the version in their language, or the original.
# bc-send-now and bc-schedule share a row (half width).
bc-send-now = ✅ Send now
bc-schedule = 🕒 Schedule
bc-add-version = 🌐 Add a version in another language
bc-version-lang = Which language is the new version in?
bc-version-text = Write the version in { $language }.

## Scheduling and confirming

# Keep the sample dates: they show what the bot can read (day/month).
bc-when = When should it go out? Write a date and time, for example 25/3 18:30.
bc-when-unreadable = I couldn't read that date. Write it like 25/3 18:30 or 25/03/2027 18.30.
bc-when-past = That time has already passed. Please choose a time in the future.
bc-confirm-now = Send it now to { $count ->
        [one] one person
       *[other] { $count } people
    }?
# $when is a date and time, like 25/03/2027 18:30.
bc-confirm-later = Send it on { $when } to { $count ->
        [one] one person
       *[other] { $count } people
    }?
bc-confirm = ✅ Confirm
bc-queued = 📣 Sending started. I'll keep you posted here.
bc-scheduled = 🕒 Scheduled for { $when }.

## Sending and delivery report

bc-progress = 📣 Sending… { $done } of { $total }
# $by_language is a list of bc-report-lang lines (staff only).
bc-report =
    <b>📣 Announcement sent</b>
    ✅ Delivered: { $delivered }
    🚫 Unreachable: { $unreachable }
    ⚠️ Failed: { $failed }
    { $by_language }
# Button; $when is a date and time, like 25/03/2027 18:30.
bc-unschedule = ✖ Cancel the one planned for { $when }
bc-unscheduled = Done: that announcement will not be sent.
bc-scheduled-withdrawn = Your planned announcement was not sent: you no longer have the right to send it. If this is a mistake, please contact the project staff.
# $reason is one of the bc-why-* texts below.
bc-report-refused = ⚠️ Not sent to { $count ->
        [one] one person
       *[other] { $count } people
    }: { $reason }.
bc-preview-refused = ⚠️ Telegram will not deliver this version: { $reason }. Members would not receive it. Please send the text again.
# bc-why-*: inserted after a colon into bc-report-refused and
# bc-preview-refused. Start in lower case unless your language requires
# otherwise (Telegram is a name).
bc-why-formatting = Telegram could not read its formatting
bc-why-too-long = it is longer than Telegram allows
bc-why-media = the photo or file could not be sent
bc-why-other = Telegram refused the message
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }

## Past announcements

bc-history-title = <b>Past announcements</b>
bc-history-empty = No announcements yet.
# $status is one of bc-status-* below; $text is the start of the announcement.
bc-history-line = { $when } · { $status }
    “{ $text }”
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
# bc-status-*: inserted into bc-history-line after the date. They describe
# an announcement: agree with your word for it (gender, number).
bc-status-sending = sending
bc-status-done = sent
bc-status-scheduled = scheduled
# Inserted as { $audience } into bc-compose-prompt, for an announcement to
# the people signed up for one event.
bc-aud-event = people signed up for the event
