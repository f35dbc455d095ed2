## Feedback after events, on service cards, reports, certificates.

menu-report = 📊 Feedback report
menu-certificate = 📄 Certificate of participation
cmd-certificate = Certificate of my workshops
help-certificate = 📄 /certificate — a PDF that lists the workshops you attended, for services that ask for one.

card-useful = Was this useful?
card-useful-yes = 👍 Yes
card-useful-no = 👎 No

fb-prompt = How was <b>{ $title }</b>? Tap the stars.
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
fb-reason-useful = Useful
fb-reason-clear = Clear
fb-reason-language = Language was hard
fb-reason-timing = Bad timing
fb-reason-place = Hard to get there
fb-reason-too-fast = Too fast
fb-reason-wrong-info = Wrong information
fb-reason-unreachable = Couldn't reach them
fb-reason-not-for-me = Not what I needed
fb-comment-prompt = Anything else for the organisers? Write it here (up to { $max } characters), or tap “Skip”. Your name is not shown to them.
fb-comment-too-long = Your comment has { $count } characters; the limit is { $max }. Please make it shorter.

rep-not-allowed = Reports are for staff and association leaders.
rep-choose-period = 📊 Which period should the report cover?
rep-previous = { $span ->
        [week] Last week
        [month] Last month
        [quarter] Last quarter
       *[year] Last year
    }
rep-custom = 📅 Another month or year
rep-custom-prompt = Type a month like 10/2026, a quarter like Q3 2026, or a year like 2026. Reports cover whole weeks, months, quarters or years, so that no one can be picked out by comparing two periods.
rep-period-empty = That period is not over yet. Reports cover only weeks, months, quarters and years that have ended.
rep-period-unreadable = I couldn't read that. Type a month like 10/2026, a quarter like Q3 2026, or a year like 2026.
rep-header = 📊 <b>Feedback</b> · { $period }
rep-responses = { $count ->
        [one] { $count } response
       *[other] { $count } responses
    }
rep-average = average { $average } ★
rep-empty = No feedback in this period.
rep-total-small = Fewer than { $min } responses: figures hidden.
rep-group-small = <b>{ $label }</b>: fewer than { $min } responses
rep-group-hidden = <b>{ $label }</b>: hidden, so that a smaller group can't be worked out from the totals
rep-reasons = Top reasons: { $reasons }
rep-by-topic = By topic
rep-by-event = By event
rep-by-service = By service
rep-by-association = By association
rep-by-language = By language
rep-nothing-here = Nothing here for this period.
rep-more = { $count ->
        [one] …and { $count } more in the CSV file.
       *[other] …and { $count } more in the CSV file.
    }
rep-comments = 💬 Comments
rep-no-comments = No comments to show.
rep-comments-rule = Only comments on things with at least { $min } answers are shown, and without anyone's stars.
rep-gaps = 🕳 Content gaps
rep-gap-search = Searches with no results
rep-gap-request = Requests for missing services
rep-gap-wrong-info = Reports of wrong information
rep-small = fewer than { $min }
rep-no-association = No association
rep-topic-none = Typed searches
rep-charts = 📈 Charts
rep-csv = ⬇️ CSV files
rep-change-period = 📅 Change period
rep-files-caption = { $period }

chart-rating-title = Average rating by topic
chart-rating-y = Average rating (1–5)
chart-too-few = Fewer than { $min } ratings: nothing to show.
chart-dist-title = How people rated the events
chart-dist-y = Responses
chart-turnout-title = Sign-ups and attendance
chart-signed-up = Signed up
chart-attended = Attended
chart-no-events = No events in this period.

cert-none = There is no attendance recorded for you yet. When an organiser marks you present at a workshop, you can get a certificate here.
cert-ask-name = Type your full name as it should appear on the certificate (as on your documents, up to { $max } characters).
cert-name-invalid = Please type just your name and surname, with letters (up to { $max } characters).
cert-sent = 📄 Here is your certificate. Print it or show it on your phone.
cert-file-name = certificate-of-participation
cert-title = Certificate of participation
cert-intro = This is to certify that
cert-attended = { $count ->
        [one] took part in the following meeting:
       *[other] took part in the following { $count } meetings:
    }
cert-event = { $date }, { $from }–{ $to } ({ $hours } h)
cert-organiser = Organised by { $association }
cert-organiser-network = Organised by the Discorsi project network
cert-total = Total hours of participation: { $hours }
cert-issued = Issued on { $date } through Discorsi at the request of the person named above. Attendance was recorded by the organising associations.
cert-code = Verification code: { $code }
cert-how-to-check = Anyone can check this certificate: scan the QR code, or send /verify { $code } to { $bot } on Telegram.
cert-verify-usage = Send /verify followed by the code printed on the certificate, for example /verify K7Q2-M9XD.
cert-verify-invalid = ❌ { $code } is not a valid certificate code.
cert-verify-withdrawn = ⚠️ The certificate { $code } was withdrawn by the person it was issued to. It is no longer valid.
cert-verify-valid =
    ✅ <b>Valid certificate</b> { $code }
    Issued on { $date } to <b>{ $name }</b>, who took part in:
    { $events }
    Total hours: { $hours }

