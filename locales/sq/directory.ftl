# Udhëzuesi i shërbimeve: shfletimi, kërkimi, kartelat, sinjalizimet, kutia e stafit.

menu-services = 🔎 Gjej një shërbim
menu-staff-inbox = 📥 Sinjalizime dhe kërkesa ({ $count })

dir-topics =
    <b>Çfarë ndihme të duhet?</b>
    Zgjidh një temë ose shkruaj atë që kërkon.
topic-housing = 🏠 Strehim
topic-health = 🩺 Shëndet
topic-work = 💼 Punë dhe certifikata
dir-subtopics = <b>{ $topic }</b> — çfarë saktësisht?
sub-gp = Mjeku i familjes
sub-stp_eni = Kujdes pa dokumente (STP/ENI)
sub-emergency = Urgjenca
sub-mental_health = Shëndeti mendor
sub-women_children = Shëndeti i grave dhe i fëmijëve
sub-shelter = Strehim urgjent
sub-rent_help = Ndihmë për qiranë dhe banesa sociale
sub-tenants_rights = Të drejtat e qiramarrësve
sub-job_centre = Zyrat e punësimit
sub-competence_cert = Certifikimi i aftësive
sub-italian_courses = Kurse italishteje dhe diploma shkollore (CPIA)
sub-qualification_recognition = Njohja e diplomave të huaja
dir-area = <b>{ $subtopic }</b> — ku?
dir-near-me = 📍 Pranë meje
dir-share-location = Shtyp “Ndaj vendndodhjen time” më poshtë. E përdorim vetëm për këtë kërkim.
dir-share-button = 📍 Ndaj vendndodhjen time
dir-location-thanks = 📍 Faleminderit! Po kërkoj pranë teje…
dir-location-cancelled = Në rregull, pa vendndodhje.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] Një shërbim
       *[other] { $count } shërbime
    } · faqja { $page } nga { $pages }
dir-results-near = pranë teje
dir-results-search = Rezultatet për “{ $query }”
dir-open-now = 🟢 hapur tani
dir-closed-now = 🔴 mbyllur tani
dir-distance = { $km } km
dir-prev = ◀️ Mbrapa
dir-next = Përpara ▶️
dir-no-results = Nuk gjeta asgjë për “{ $query }”. Zgjidh një temë ose na trego çfarë kërkoje: na ndihmon të përmirësohemi.
dir-tell-us = ✍️ Na trego çfarë të duhet
dir-gap-prompt = Shkruaj me pak fjalë atë që kërkoje.
dir-gap-thanks = Faleminderit! Ia kaluam ekipit.
dir-search-unreadable = Nuk gjeta asnjë fjalë në mesazh. Provo një fjalë si “mjek” ose “qira”, ose zgjidh një temë.
dir-service-gone = Ky shërbim nuk është më në udhëzues.

card-fallback-it = <i>Ky përshkrim është vetëm në italisht.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Hapur tani, deri në { $time }
card-closed-opens = 🔴 Mbyllur tani · hapet të { $day } në { $time }
card-closed = 🔴 Mbyllur tani
card-hours-unknown = 🕒 Orari nuk dihet: telefono ose shiko faqen e internetit para se të shkosh.
card-today = 🕒 Sot: { $hours }
card-today-closed = 🕒 Sot mbyllur
card-languages = 🗣 Gjuhët në sportel: { $languages }
card-free = 💶 Falas
card-not-free = 💶 Me pagesë: pyet për kostot
card-no-papers-yes = 🪪 I hapur edhe për ata pa leje qëndrimi
card-no-papers-no = 🪪 Duhet leja e qëndrimit
card-documents = 📄 Merr me vete: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Verifikuar më { $date }
card-unverified = ⚠️ Ende i paverifikuar: kontrollo para se të shkosh.
card-map = 🗺 Harta
card-website = 🌐 Faqja e internetit
card-report = ⚠️ Sinjalizo një gabim

report-prompt = Çfarë është e gabuar ose e vjetruar? Shkruaje me pak fjalë (deri në { $max } shkronja).
report-thanks = Faleminderit! Ekipi do ta kontrollojë.
report-too-long = Është shumë i gjatë: qëndro nën { $max } shkronja.

weekday-1 = e hënë
weekday-2 = e martë
weekday-3 = e mërkurë
weekday-4 = e enjte
weekday-5 = e premte
weekday-6 = e shtunë
weekday-7 = e diel

staff-inbox = <b>Sinjalizime dhe kërkesa</b> — { $count ->
        [one] një për t'u trajtuar
       *[other] { $count } për t'u trajtuar
    }
staff-inbox-empty = Asgjë për t'u trajtuar tani. 🎉
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: “{ $text }”
staff-gap-line = 🔎 #{ $id } [{ $lang }] “{ $text }”
staff-mark-done = ✅ #{ $id } u krye

# Fjalë kërkimi sipas temës dhe nëntemës (të ndara me presje).
vocab-housing = shtëpi, banesë, strehim, qira, apartament, dhomë, fjetje, pronar
vocab-health = mjek, doktor, shëndet, spital, klinikë, ambulancë, vizitë, i sëmurë, sëmundje, dentist, farmaci
vocab-work = punë, punësim, certifikatë, diplomë, kurs, shkollë, formim, aftësi
vocab-gp = mjek familje, mjeku i familjes, kartë shëndetësore, regjistrim
vocab-stp_eni = pa dokumente, pa leje, i parregullt, stp, eni
vocab-emergency = urgjencë, urgjenca, ambulancë, aksident, 112
vocab-mental_health = psikolog, psikiatër, mendor, stres, ankth, depresion, traumë
vocab-women_children = shtatzëni, shtatzënë, grua, gra, fëmijë, foshnjë, gjinekolog, mami, pediatër, kontracepsion
vocab-shelter = strehë, natë, fjetje, i pastrehë, rrugë, shtrat, konvikt
vocab-rent_help = qira, banesë sociale, depozitë, dëbim, kërkoj shtëpi
vocab-tenants_rights = qiramarrës, të drejta, kontratë, dëbim, sindikatë
vocab-job_centre = punë, zyrë punësimi, cv, i papunë, papunësi, oferta pune
vocab-competence_cert = aftësi, kompetenca, certifikim, certifikatë, vërtetim, përvojë, kualifikim
vocab-italian_courses = italisht, italishte, gjuhë, kurs, shkollë, mësime, diplomë, cpia, provim
vocab-qualification_recognition = diplomë, gradë, njohje, njehsim, ekuivalencë, universitet, titull
