### Services directory: topics and subtopics, searching by place or by typed
### words, service cards, reports of wrong information, the staff inbox, and
### the search vocabulary.
### "Report" here means a person telling us that a card is wrong; use a
### different word from "announcement" (broadcasts.ftl).

## Main menu buttons

menu-services = 🔎 Find a service
# Staff only; $count is the number of open reports of wrong information and
# requests for missing services ("gaps").
menu-staff-inbox = 📥 Reports and gaps ({ $count })

## Topics and subtopics

dir-topics =
    <b>What kind of help do you need?</b>
    Choose a topic, or type what you are looking for.
# topic-*: buttons, and inserted into titles (dir-subtopics,
# bc-compose-prompt). In the event list they are filter buttons three on a
# row (about 9 characters there).
# .short: the filter button in the event list, three on a row (about 9
# characters, no emoji).
topic-housing = 🏠 Housing
    .short = Housing
topic-health = 🩺 Health
    .short = Health
topic-work = 💼 Work and certificates
    .short = Work
# $topic is a topic-* label.
dir-subtopics = <b>{ $topic }</b> — what exactly?
# sub-*: buttons, and inserted into titles (dir-area, search results).
sub-gp = Family doctor (GP)
# sub-stp_eni and sub-italian_courses: the value is a neutral button label
# (about 30 characters); each attribute is the label for services in one
# region, shown in titles. STP/ENI, PASS/AME, TSI, CPIA and CFA are the
# local names of services: keep them as they are.
sub-stp_eni = Care without papers
    .piedmont = Care without papers (STP/ENI)
    .auvergne_rhone_alpes = Care without papers (PASS/AME)
    .catalonia = Care without a health card (TSI)
sub-emergency = Emergencies
sub-mental_health = Mental health
sub-women_children = Women's and children's health
sub-shelter = Emergency shelter
sub-rent_help = Rent help and social housing
sub-tenants_rights = Tenants' rights
sub-job_centre = Job centres
sub-competence_cert = Skills certification
sub-italian_courses = Language courses for adults
    .piedmont = Italian courses and school diplomas (CPIA)
    .auvergne_rhone_alpes = French courses and diplomas for adults
    .catalonia = Catalan and Spanish courses and diplomas (CFA)
sub-qualification_recognition = Recognising foreign diplomas
# $subtopic is a sub-* label. The city buttons follow, two on a row.
dir-area = <b>{ $subtopic }</b> — where?
dir-near-me = 📍 Near me
# Quotes the label of dir-share-button, without its emoji.
dir-share-location = Press “Share my location” below. We use it only for this search, and keep just your region (Piedmont, the Lyon area or Catalonia) to show its services first.
# Telegram's location button, under the typing field.
dir-share-button = 📍 Share my location
dir-location-thanks = 📍 Thanks! Looking near you…
dir-location-cancelled = OK, no location.

## The searcher's region

# Asked only once, when the results of a typed search are in more than one
# region. Then a button per region (full width) and dir-region-skip.
dir-region-ask =
    <b>Which area are you looking for services in?</b>
    I'll show the ones in your region first. I only ask this once.
# dir-region-*: full-width buttons (about 30 characters). The main city in
# brackets, for people who don't know the region's name.
dir-region-piedmont = Piedmont (Turin)
dir-region-auvergne_rhone_alpes = Auvergne-Rhône-Alpes (Lyon)
dir-region-catalonia = Catalonia (Barcelona)
# Button: don't give a region. The question is not asked again.
dir-region-skip = Skip

## Search results

# $title is a subtopic and a city ("Family doctor (GP) · Torino"), or
# dir-results-near, or dir-results-search.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] One service
       *[other] { $count } services
    } · page { $page } of { $pages }
# Also inserted after a subtopic: "Family doctor (GP) · near you".
dir-results-near = near you
dir-results-search = Results for “{ $query }”
dir-open-now = 🟢 open now
dir-closed-now = 🔴 closed now
# $km is a number such as 1.2 or 15, written by the code.
dir-distance = { $km } km
# dir-prev and dir-next: paging buttons for services and for events, on one
# row. Use words other than nav-back's, which sits on the row below.
dir-prev = ◀️ Previous
dir-next = Next ▶️
dir-no-results = I found nothing for “{ $query }”. Choose a topic, or tell us what you were looking for: it helps us improve.
dir-tell-us = ✍️ Tell us what you need
dir-gap-prompt = Write in a few words what you were looking for.
dir-gap-thanks = Thank you! We've passed it on to the team.
dir-search-unreadable = I couldn't find any words in that. Try a word such as “doctor” or “rent”, or choose a topic.
dir-service-gone = This service is no longer in the directory.

## Service card

# Shown when the card has no text in the reader's language and shows the
# Italian text instead.
card-fallback-it = <i>This description is only available in Italian.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Open now, until { $time }
# $day is the .on form of a weekday-* message ("on Monday"); $time is like 09:00.
card-closed-opens = 🔴 Closed now · opens { $day } at { $time }
card-closed = 🔴 Closed now
card-hours-unknown = 🕒 Opening hours unknown: call or check the website before you go.
# $hours is like 09:00–13:00, 14:00–17:00.
card-today = 🕒 Today: { $hours }
card-today-closed = 🕒 Closed today
# Used on service cards AND on event cards: keep it general.
card-languages = 🗣 Languages spoken: { $languages }
card-free = 💶 Free of charge
card-not-free = 💶 Not free: ask about costs
card-no-papers-yes = 🪪 Open to people without a residence permit
card-no-papers-no = 🪪 A residence permit is required
card-documents = 📄 Bring: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Checked on { $date }
card-unverified = ⚠️ Not checked yet: confirm before you go.
# card-map and card-website share a row (half width).
card-map = 🗺 Map
card-website = 🌐 Website
card-report = ⚠️ Report wrong information

## Reporting wrong information on a card

# $max is always 1000.
report-prompt = What is wrong or out of date? Write it in a few words (up to { $max } characters).
report-thanks = Thank you! The team will check it.
report-too-long = That's too long: please keep it to { $max } characters or fewer.

## Weekdays (1 = Monday)

# Two forms. The value starts an event's date ("Tuesday 25/03/2027 ·
# 18:30–20:00"). The .on attribute is inserted into card-closed-opens as
# { $day } ("opens on Tuesday at 09:00"): write it with whatever your
# language puts before a day there (a preposition, an article, a case).
weekday-1 = Monday
    .on = on Monday
weekday-2 = Tuesday
    .on = on Tuesday
weekday-3 = Wednesday
    .on = on Wednesday
weekday-4 = Thursday
    .on = on Thursday
weekday-5 = Friday
    .on = on Friday
weekday-6 = Saturday
    .on = on Saturday
weekday-7 = Sunday
    .on = on Sunday

## Staff inbox: reports of wrong information and requests for missing services

staff-inbox = <b>Reports and gaps</b> — { $count ->
        [one] one to handle
       *[other] { $count } to handle
    }
staff-inbox-empty = Nothing to handle right now. 🎉
# $lang is a language code (it, fr…); $service is a service's name.
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: “{ $text }”
staff-gap-line = 🔎 #{ $id } [{ $lang }] “{ $text }”
# Button, two on a row (half width).
staff-mark-done = ✅ #{ $id } done

## Search vocabulary: words people type, by topic and subtopic. Never shown.
## Lower case, separated by commas. Add the words people really use (slang,
## without accents, common misspellings); removing a word can break searches.

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
