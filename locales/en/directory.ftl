# Services directory: browsing, search, service cards, reports, staff inbox.

menu-services = 🔎 Find a service
menu-staff-inbox = 📥 Reports and gaps ({ $count })

dir-topics =
    <b>What kind of help do you need?</b>
    Choose a topic, or type what you are looking for.
topic-housing = 🏠 Housing
topic-health = 🩺 Health
topic-work = 💼 Work and certificates
dir-subtopics = <b>{ $topic }</b> — what exactly?
sub-gp = Family doctor (GP)
sub-stp_eni = Care without papers (STP/ENI)
sub-emergency = Emergencies
sub-mental_health = Mental health
sub-women_children = Women's and children's health
sub-shelter = Emergency shelter
sub-rent_help = Rent help and social housing
sub-tenants_rights = Tenants' rights
sub-job_centre = Job centres
sub-competence_cert = Skills certification
sub-italian_courses = Italian courses and school diplomas (CPIA)
sub-qualification_recognition = Recognition of foreign qualifications
dir-area = <b>{ $subtopic }</b> — where?
dir-near-me = 📍 Near me
dir-share-location = Press “Share my location” below. We use it only for this search.
dir-share-button = 📍 Share my location
dir-location-thanks = 📍 Thanks! Looking near you…
dir-location-cancelled = OK, no location.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] One service
       *[other] { $count } services
    } · page { $page } of { $pages }
dir-results-near = near you
dir-results-search = Results for “{ $query }”
dir-open-now = 🟢 open now
dir-closed-now = 🔴 closed now
dir-distance = { $km } km
dir-prev = ◀️ Previous
dir-next = Next ▶️
dir-no-results = I found nothing for “{ $query }”. Choose a topic, or tell us what you were looking for: it helps us improve.
dir-tell-us = ✍️ Tell us what you need
dir-gap-prompt = Write in a few words what you were looking for.
dir-gap-thanks = Thank you! We've passed it on to the team.
dir-search-unreadable = I couldn't find any words in that. Try a word such as “doctor” or “rent”, or choose a topic.
dir-service-gone = This service is no longer in the directory.

card-fallback-it = <i>This description is only available in Italian.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Open now, until { $time }
card-closed-opens = 🔴 Closed now · opens { $day } at { $time }
card-closed = 🔴 Closed now
card-hours-unknown = 🕒 Opening hours unknown: call or check the website before you go.
card-today = 🕒 Today: { $hours }
card-today-closed = 🕒 Closed today
card-languages = 🗣 Languages at the desk: { $languages }
card-free = 💶 Free of charge
card-not-free = 💶 Not free: ask about costs
card-no-papers-yes = 🪪 Open to people without a residence permit
card-no-papers-no = 🪪 A residence permit is required
card-documents = 📄 Bring: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Checked on { $date }
card-unverified = ⚠️ Not checked yet: confirm before you go.
card-map = 🗺 Map
card-website = 🌐 Website
card-report = ⚠️ Report wrong information

report-prompt = What is wrong or out of date? Write it in a few words (up to { $max } characters).
report-thanks = Thank you! The team will check it.
report-too-long = That's too long: please keep it under { $max } characters.

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

staff-inbox = <b>Reports and gaps</b> — { $count ->
        [one] one to handle
       *[other] { $count } to handle
    }
staff-inbox-empty = Nothing to handle right now. 🎉
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: “{ $text }”
staff-gap-line = 🔎 #{ $id } [{ $lang }] “{ $text }”
staff-mark-done = ✅ #{ $id } done

# Search vocabulary: words people type, by topic and subtopic (comma-separated).
vocab-housing = house, home, housing, rent, flat, apartment, room, accommodation, landlord
vocab-health = doctor, health, hospital, clinic, medicine, medical, nurse, sick, ill, dentist, pharmacy
vocab-work = work, job, employment, certificate, diploma, course, school, training, skills
vocab-gp = doctor, gp, family doctor, general practitioner, health card, register
vocab-stp_eni = without papers, undocumented, stp, eni, no permit, irregular, no documents
vocab-emergency = emergency, urgent, ambulance, accident, er, casualty
vocab-mental_health = psychologist, psychiatrist, mental, stress, anxiety, depression, trauma
vocab-women_children = pregnancy, pregnant, woman, women, child, children, baby, gynaecologist, midwife, paediatrician, contraception
vocab-shelter = shelter, night, sleep, homeless, bed, dormitory, street
vocab-rent_help = rent, social housing, council house, deposit, eviction, house search
vocab-tenants_rights = tenant, tenants, rights, lease, contract, eviction, union
vocab-job_centre = job, jobs, work, employment, cv, job centre, unemployed, vacancy
vocab-competence_cert = skills, competences, certification, certificate, validation, experience
vocab-italian_courses = italian, language, course, school, lessons, diploma, cpia, exam, literacy
vocab-qualification_recognition = degree, diploma, qualification, recognition, equivalence, university, title
