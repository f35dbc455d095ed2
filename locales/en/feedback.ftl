### Feedback and what is made from it: stars and reasons after an event,
### "was this useful?" on service cards, the feedback reports and charts for
### staff and leaders, and the certificate of participation (a PDF) with its
### public check (/verify).
### Events are workshops, training sessions and other meetings: don't call
### them all "workshops".

## Main menu buttons, command and help

menu-report = 📊 Feedback report
menu-certificate = 📄 Certificate of participation
# Telegram's command menu: plain text, no HTML, no emoji.
cmd-certificate = Get my certificate of participation
# A line of /help.
help-certificate = 📄 /certificate — a PDF that lists the workshops and meetings you attended, for services that ask for one.

## "Was this useful?" on a service card

card-useful = Was this useful?
# card-useful-yes and card-useful-no share a row (half width).
card-useful-yes = 👍 Yes
card-useful-no = 👎 No

## Stars and reasons after an event, reasons after a service

# Sent after an event; the stars are buttons below it.
fb-prompt = How was <b>{ $title }</b>? Tap the stars.
# fb-done and fb-skip share a row (half width); other texts quote them.
fb-skip = Skip
fb-done = Done
fb-bad-rating = That rating doesn't exist. Choose from 1 to 5 stars.
fb-not-attended = You can only rate events you took part in.
fb-already = You have already rated this event. Thank you!
fb-reasons = What stood out? Tap all that apply, then “Done”.
fb-service-up = Glad it helped! What was good?
fb-service-down = Sorry it didn't help. What went wrong?
fb-thanks-short = Thanks for telling us.
fb-thanks = 🙏 Thank you! Your answer helps the organisers do better.
# fb-reason-*: buttons two on a row, with "✅ " added when ticked: about
# 13 characters. Also listed in reports (rep-reasons). useful, clear,
# language, timing, place and too-fast are about events; wrong-info,
# unreachable, language and not-for-me about services.
# .short: the same reason on the feedback buttons, two on a row (at most
# about 13 characters, since "✅ " is added); the value is used in reports.
fb-reason-useful = Useful
    .short = Useful
fb-reason-clear = Clear
    .short = Clear
fb-reason-language = Language was hard
    .short = Hard language
fb-reason-timing = Bad timing
    .short = Bad timing
fb-reason-place = Hard to get there
    .short = Hard to reach
fb-reason-too-fast = Too fast
    .short = Too fast
fb-reason-wrong-info = Wrong information
    .short = Wrong info
fb-reason-unreachable = Couldn't reach them
    .short = No answer
fb-reason-not-for-me = Not what I needed
    .short = Not for me
# $max is always 500.
fb-comment-prompt = Anything else for the organisers? Write it here (up to { $max } characters), or tap “Skip”. Your name is not shown to them.
fb-comment-too-long = Your comment has { $count } characters; the limit is { $max }. Please make it shorter.

## Feedback report (staff and leaders)

rep-not-allowed = Reports are for staff and association leaders.
rep-choose-period = 📊 Which period should the report cover?
# Button, two on a row (half width).
# .short: the same, where the full label is longer than the button (about
# 15 characters); abbreviate if you must.
rep-previous = { $span ->
        [week] Last week
        [month] Last month
        [quarter] Last quarter
       *[year] Last year
    }
    .short = { $span ->
            [week] Last week
            [month] Last month
            [quarter] Last quarter
           *[year] Last year
        }
rep-custom = 📅 Another month or year
# Keep the sample periods as they are: 10/2026, Q3 2026 and 2026 are what the
# bot reads (with the letter Q).
rep-custom-prompt = Type a month like 10/2026, a quarter like Q3 2026, or a year like 2026. Reports cover whole weeks, months, quarters or years, so that no one can be picked out by comparing two periods.
rep-period-empty = That period is not over yet. Reports cover only weeks, months, quarters and years that have ended.
rep-period-unreadable = I couldn't read that. Type a month like 10/2026, a quarter like Q3 2026, or a year like 2026.
rep-header = 📊 <b>Feedback</b> · { $period }
rep-responses = { $count ->
        [one] { $count } response
       *[other] { $count } responses
    }
# $average is already written with the reader's decimal mark (4,5).
rep-average = average { $average } ★
rep-empty = No feedback in this period.
rep-total-small = Fewer than { $min } responses: figures hidden.
# $label is a topic, an event, a service, an association or a language.
rep-group-small = <b>{ $label }</b>: fewer than { $min } responses
rep-group-hidden = <b>{ $label }</b>: hidden, so that a smaller group can't be worked out from the totals
# $reasons is a list of fb-reason-* labels with their counts.
rep-reasons = Top reasons: { $reasons }
# rep-by-*: buttons three on a row (about 9 characters; "• " is added to the
# chosen one), and the heading of the view.
# .short: the button, three on a row (about 9 characters); the value is the
# view's heading.
rep-by-topic = By topic
    .short = Topic
rep-by-event = By event
    .short = Event
rep-by-service = By service
    .short = Service
rep-by-association = By association
    .short = Assoc.
rep-by-language = By language
    .short = Language
rep-nothing-here = Nothing here for this period.
rep-more = { $count ->
        [one] …and { $count } more in the CSV file.
       *[other] …and { $count } more in the CSV file.
    }
# rep-comments and rep-gaps share a row (half width).
rep-comments = 💬 Comments
rep-no-comments = No comments to show.
rep-comments-rule = Only comments on things with at least { $min } answers are shown, and without anyone's stars.
rep-gaps = 🕳 Content gaps
rep-gap-search = Searches with no results
rep-gap-request = Requests for missing services
rep-gap-wrong-info = Reports of wrong information
# Shown instead of a number that is too small to show.
rep-small = fewer than { $min }
# Labels of rows in the report: events of no association, searches typed
# without choosing a topic.
rep-no-association = No association
rep-topic-none = Typed searches
# rep-charts and rep-csv share a row (half width).
rep-charts = 📈 Charts
rep-csv = ⬇️ CSV files
rep-change-period = 📅 Change period
rep-files-caption = { $period }

## Charts: drawn on images, keep them short

chart-rating-title = Average rating by topic
chart-rating-y = Average rating (1–5)
chart-too-few = Fewer than { $min } ratings: nothing to show.
chart-dist-title = How people rated the events
chart-dist-y = Responses
chart-turnout-title = Sign-ups and attendance
chart-signed-up = Signed up
chart-attended = Attended
chart-no-events = No events in this period.

## Certificate of participation (a PDF)

cert-none = There is no attendance recorded for you yet. When an organiser marks you present at a workshop or meeting, you can get a certificate here.
# $max is always 80.
cert-ask-name = Type your full name as it should appear on the certificate (as on your documents, up to { $max } characters).
cert-name-invalid = Please type just your name and surname, with letters (up to { $max } characters).
cert-sent = 📄 Here is your certificate. Print it or show it on your phone.
# The PDF's file name (".pdf" is added): ASCII letters, digits and hyphens
# only, no spaces and no accents.
cert-file-name = certificate-of-participation
# Printed on the PDF, like everything below.
cert-title = Certificate of participation
# The PDF prints cert-intro, then the person's name on a line of its own,
# then cert-attended: together they form one sentence. Write it so that it
# fits a woman or a man.
cert-intro = This is to certify that
cert-attended = { $count ->
        [one] took part in the following meeting:
       *[other] took part in the following { $count } meetings:
    }
# $hours is a number already written with the reader's decimal mark (1,5).
cert-event = { $date }, { $from }–{ $to } ({ $hours } h)
cert-organiser = Organised by { $association }
cert-organiser-network = Organised by the { -brand } project network
cert-total = Total hours of participation: { $hours }
cert-issued = Issued on { $date } through { -brand } at the request of the person named above. Attendance was recorded by the organising associations.
cert-code = Verification code: { $code }
# $bot is the bot's @username.
cert-how-to-check = Anyone can check this certificate: scan the QR code, or send /verify { $code } to { $bot } on Telegram.

## Checking a certificate (/verify): replies to anyone, not only its owner

cert-verify-usage = Send /verify followed by the code printed on the certificate, for example /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } is not a valid certificate code.
cert-verify-withdrawn = ⚠️ The certificate { $code } was withdrawn by the person it was issued to. It is no longer valid.
# $events is a list of events, one per line.
cert-verify-valid =
    ✅ <b>Valid certificate</b> { $code }
    Issued on { $date } to <b>{ $name }</b>, who took part in:
    { $events }
    Total hours: { $hours }

## The help desk in /report

# The view button (half width) and the section's title.
rep-questions = ❓ Questions
# A desk of the project's staff; $topic is a topic-* label.
rep-q-staff = Project staff · { $topic }
rep-q-asked = { $count ->
        [one] 1 question asked
       *[other] { $count } questions asked
    }
rep-q-median = Typical time to the first answer:
rep-q-median-minutes = Typical time to the first answer: { $n ->
        [one] 1 minute
       *[other] { $n } minutes
    }
rep-q-median-hours = Typical time to the first answer: { $n ->
        [one] 1 hour
       *[other] { $n } hours
    }
rep-q-within = Answered within 48 hours: { $percent }%
rep-q-helpful-label = Rated helpful:
rep-q-helpful = Rated helpful: { $percent }%
