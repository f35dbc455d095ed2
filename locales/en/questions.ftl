### Ask a person: a member's question to their association or to the
### project's staff, answered in the bot. "Helpers" are the association
### leaders and staff who answer. "Project staff" is how answers from staff
### are signed; keep it short. $ref is a thread's reference such as A7K2
### (shown after a #). Keep the tone plain and warm: many readers are
### anxious about their situation.

## Main menu

menu-ask = ❓ Ask a question
# Leaders and staff; $count is the number of open questions for them.
menu-questions = 💬 Questions to answer ({ $count })

## Who to ask

q-choose =
    <b>Who do you want to ask?</b>
    A person will read your question and answer here.
# Button: one of the person's associations; $name is its name.
q-to-association = 🤝 { $name }
# Button and label: the project's staff for a topic; $topic is a topic-* label.
q-to-staff = Project staff · { $topic }
q-mine = 📂 My questions
# $what is the name of a service or the title of an event.
q-about = About: { $what }

## Writing the question

# $to is who will answer (q-to-staff, or an association's name).
q-compose =
    <b>Your question to { $to }</b>
    Write it here. You can also send a photo, a document (for example a letter you received) or a voice message. Send as many messages as you need, then press "Send".
# $readers is q-readers-*; $days is the retention period; $number is the
# emergency number.
q-before-sending =
    👀 Who reads it: { $readers }.
    🗄 We keep it until the question is closed, then { $days ->
        [one] one more day
       *[other] { $days } more days
    }, then we delete it.
    🚨 This is not for emergencies. In an emergency, call { $number }.
q-readers-association = the leaders of { $name }
q-readers-staff = the project's staff for { $topic }
# $count is the number of messages ready to send.
q-ready = { $count ->
        [one] <b>1 message ready:</b>
       *[other] <b>{ $count } messages ready:</b>
    }
q-share-name = Share my first name with them
q-send = 📨 Send
q-added = Added. Send more, or press "Send".
q-too-many-parts = That is the most one question can carry ({ $max } messages). Press "Send", then you can add more in the conversation.
# $ref is the reference; $days is how long an answer usually takes.
q-sent =
    ✅ <b>Sent.</b> Your reference is <b>#{ $ref }</b>.
    Questions are usually answered within { $days ->
        [one] a day
       *[other] { $days } days
    }. The answer will arrive in this chat.

## Refusals and hints

q-blocked = You can no longer ask questions here. If you think this is a mistake, talk to your association in person.
q-too-many-open = You already have { $max } open questions. Close one you no longer need, then ask again.
q-slow-down = You have sent many messages in the last hour. Please wait a little before sending more.
q-not-member = You are not a member of that association.
q-not-yours = This question is not yours, or it no longer exists.
q-other-desk = This question is for another association or for staff, so you cannot open it.
q-gone = This question no longer exists.
q-not-helper = Only association leaders and project staff answer questions.
q-hint-empty = The message is empty. Write your question, or send a photo, a document or a voice message.
q-hint-media = This kind of message can't be sent here. Send text, a photo, a document or a voice message.
q-hint-too-long = The message is too long (more than { $max } characters). Please split it into two or more messages.
q-hint-caption-long = The caption is too long (more than { $caption } characters). Send the text as a separate message.
q-hint-text-only = Answers are written as text. Type your answer.

## The asker's threads

q-mine-title = <b>Your questions</b>
q-mine-empty = You have not asked any questions yet.
# Buttons: $ref is the reference, $to who it went to.
q-mine-open = 🟢 #{ $ref } · { $to }
q-mine-closed = ⚪ #{ $ref } · { $to }
q-status-open = open
q-status-closed = closed
q-status-left = The person who asked has left.
# $status is q-status-open or q-status-closed.
q-thread-head = <b>#{ $ref }</b> · { $to } · { $status }
q-you = You
q-earlier-hidden = (Earlier messages are not shown.)
q-kind-photo = 📷 Photo
q-kind-document = 📄 Document
q-kind-voice = 🎤 Voice message
q-reply = ↩️ Reply
q-close = ✅ Close the question
q-see-thread = 📂 See the conversation
q-reply-prompt = Write your reply to question #{ $ref }. You can also send a photo, a document or a voice message.
q-reply-sent = Sent. You will be told here when they answer.
q-already-closed = This question is closed. To ask something new, use "Ask a question".
q-closed-by-you = The question is closed. Did the answers help you?
q-rate-ask = Did the answers help you?
q-helpful = 👍 Yes, it helped
q-not-helpful = 👎 No
q-rated = Thank you for telling us.

## What reaches the asker

q-from-staff = Project staff
# $from is an association's name or q-from-staff.
q-answer-arrived = 💬 <b>{ $from }</b> answered your question #{ $ref }:
q-closed-by-helper = ✅ { $from } closed your question #{ $ref }. Did the answers help you?
# $topic is a topic-* label.
q-escalated-asker = Your question #{ $ref } was passed to the project's staff for { $topic }. They will answer you here.

## Those who answer: the inbox

# $count is the number of open questions.
q-inbox = <b>Open questions: { $count }</b> (oldest first)
q-inbox-empty = No questions are waiting. 🎉
# $age is q-age-*.
q-waiting = waiting for { $age }
q-answered = answered
q-age-minutes = { $n ->
        [one] 1 minute
       *[other] { $n } minutes
    }
q-age-hours = { $n ->
        [one] 1 hour
       *[other] { $n } hours
    }
q-age-days = { $n ->
        [one] 1 day
       *[other] { $n } days
    }
q-line-free = nobody is answering yet
q-line-yours = you are answering
# $name is the first name of the helper who is answering.
q-line-claimed = { $name } is answering
q-to-your-association = your association

## Those who answer: one question

# $asker is their first name or q-pseudonym; $lang is their language.
q-desk-head =
    <b>#{ $ref }</b> · { $asker }
    Language: { $lang } · To: { $to }
q-pseudonym = Person #{ $ref }
q-asker-left = (left)
q-helper = Helper
# $name is a helper's first name.
q-note-from = 📝 Note from { $name }
# $name is an association's name.
q-escalated-from = Passed on by { $name }
q-claim = 🙋 I'll answer
q-answer = ✍️ Answer
q-take-over = 🔁 Take over
q-files = 📎 Show the files ({ $count })
q-file-gone = One file could not be shown: Telegram no longer has it.
q-escalate = ⬆️ Pass to project staff
q-resolve = ✅ Close
q-block = 🚫 Block
q-open = 📂 Open the question
q-resolved = Question #{ $ref } is closed. The person has been asked whether it helped.

## Answering

# $from is how the answer is signed (an association's name or q-from-staff).
q-answer-prompt = Write your answer to #{ $ref }. The person will see it signed <b>{ $from }</b>; your own name and account are not shown.
q-asker-language = They wrote in { $lang }. You can answer in any language.
q-answer-sent = Your answer was sent.
q-answer-closed = This question is closed, so nothing was sent.
q-answer-taken = Someone else is answering this question now. Take it over first if you want to answer.
q-already-staff = This question is already with the project's staff.
# $text is a saved answer.
q-draft =
    <b>Saved answer, ready to send:</b>
    { $text }
    Send it as it is, or copy it, change it and send your own version.
q-send-draft = 📨 Send this answer

## Saved answers

q-canned = 📋 Saved answers
# $lang is a language's name.
q-canned-list = <b>Saved answers in { $lang }</b>. Tap one to use it.
q-canned-empty = There are no saved answers in { $lang } yet.
q-canned-new = ➕ Save a new answer
q-canned-new-prompt = Write the answer to save. It will be offered for questions in { $lang }.
q-canned-saved = Saved.
q-canned-deleted = Deleted.

## Passing to staff

q-escalate-prompt = Pass question #{ $ref } to the project's staff. Which topic is it about?
q-escalate-note = Write a note for the staff ({ $topic }): what you already know or tried. The person who asked does not see it.
# $topic is a topic-* label.
q-escalated = ⬆️ Question #{ $ref } was passed to the project's staff for { $topic }. The person has been told.

## Blocking

q-block-confirm = Stop the person who asked #{ $ref } from asking any more questions? Their open questions will be closed. Project staff can lift the block.
q-block-yes = 🚫 Yes, block
q-blocked-done = Blocked. Their open questions are closed.
q-blocks = 🚫 Blocked people
q-blocks-title = <b>People blocked from asking</b>
q-blocks-empty = Nobody is blocked.
# $ref is the question that led to it; $name who blocked; $date when.
q-block-line = #{ $ref } · blocked by { $name } on { $date }
q-lift = Lift the block (#{ $ref })
q-lifted = The block was lifted. They can ask again.

## Notices to those who answer

# $lang is the asker's language; $to is who it went to.
q-notice-new = 📩 New question <b>#{ $ref }</b> for { $to } (written in { $lang }).
q-notice-reply = 💬 The person who asked #{ $ref } wrote again.
q-notice-closed = The person who asked #{ $ref } closed the question.
q-notice-taken-over = { $name } took over question #{ $ref }.
q-notice-left = The person who asked #{ $ref } left the bot and erased their data. The question is closed.
# $count questions have waited more than $hours hours.
q-reminder = ⏰ { $count ->
        [one] 1 question has
       *[other] { $count } questions have
    } waited more than { $hours } hours for an answer.
q-open-inbox = 📂 Open the questions
# On a service or event card.
q-ask-about = ❓ Ask a person about this

## Machine translation (only when the deployment configured a service)

q-translate = 🌐 Machine translation
# $lang is the asker's language.
q-translated = 🌐 Machine translation of #{ $ref } from { $lang }. It may be wrong: check anything important with the person.
q-translate-failed = The translation service could not be reached. Try again later.
q-translate-nothing = There is no text to translate (only files).
# Shown before sending; $host is the translation server's name.
q-translate-note = 🌐 If a helper does not read your language, your words (not your name) may be sent to a translation service ({ $host }).
# Puts a saved answer in the input field, to change it there.
q-edit-draft = ✏️ Edit before sending
# A line of /help.
help-questions = ❓ Ask a question: a person from your association or the project staff answers here, usually within 2 days. Not for emergencies: call 112.
# To the helper who had claimed a question a leader passed on.
q-notice-escalated = Question #{ $ref }, which you were answering, was passed to the project's staff for { $topic }.
