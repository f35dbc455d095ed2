### Udhëzuesi i shërbimeve: shfletimi, kërkimi, karta e shërbimit, sinjalizimi i gabimeve, kutia e stafit.

## Butonat e menysë kryesore

menu-services = 🔎 Gjej një shërbim
# Buton: $count numri i sinjalizimeve dhe kërkesave të hapura, vetëm në kllapa.
menu-staff-inbox = 📥 Sinjalizime dhe kërkesa ({ $count })

## Temat dhe nëntemat
## Emrat e temave (topic-*) janë butona në gjerësi të plotë, por edhe butona në një të tretën e rreshtit (rreth 9 karaktere)
## te lista e ngjarjeve, dhe futen edhe brenda fjalive të tjera.

dir-topics =
    <b>Çfarë ndihme të duhet?</b>
    Zgjidh një temë ose shkruaj atë që kërkon.
# .short: filtri te lista e ngjarjeve, tre në rresht (rreth 9 karaktere, pa emoji).
topic-housing = 🏠 Strehim
    .short = Strehim
topic-health = 🩺 Shëndet
    .short = Shëndet
topic-work = 💼 Punë dhe certifikata
    .short = Punë
# $topic është emri i temës (topic-*).
dir-subtopics = <b>{ $topic }</b> — çfarë saktësisht?
# Emrat e nëntemave (sub-*) janë butona në gjerësi të plotë (rreth 30 karaktere) dhe futen në tituj.
sub-gp = Mjeku i familjes
# sub-stp_eni dhe sub-italian_courses: vlera është buton neutral (rreth 30
# karaktere); çdo atribut është emri i shërbimeve në një rajon, që shfaqet në
# tituj. STP/ENI, PASS/AME, TSI, CPIA dhe CFA janë emra vendorë shërbimesh:
# lëri siç janë.
sub-stp_eni = Kujdes pa dokumente
    .piedmont = Kujdes pa dokumente (STP/ENI)
    .auvergne_rhone_alpes = Kujdes pa dokumente (PASS/AME)
    .catalonia = Kujdes pa kartë shëndetësore (TSI)
sub-emergency = Urgjenca
sub-mental_health = Shëndeti mendor
sub-women_children = Shëndeti i grave dhe fëmijëve
sub-shelter = Strehim urgjent
sub-rent_help = Qiraja dhe banesat sociale
sub-tenants_rights = Të drejtat e qiramarrësve
sub-job_centre = Zyrat e punësimit
sub-competence_cert = Certifikimi i aftësive
sub-italian_courses = Kurse gjuhe për të rritur
    .piedmont = Kurse të italishtes dhe diploma shkollore (CPIA)
    .auvergne_rhone_alpes = Kurse të frëngjishtes dhe diploma për të rritur
    .catalonia = Kurse të katalanishtes dhe spanjishtes, diploma (CFA)
sub-qualification_recognition = Njohja e diplomave të huaja
# $subtopic është emri i nëntemës (sub-*).
dir-area = <b>{ $subtopic }</b> — ku?
dir-near-me = 📍 Pranë meje
# «Ndaj vendndodhjen time» është emri i butonit dir-share-button.
dir-share-location = Shtyp «Ndaj vendndodhjen time» më poshtë. E përdorim vetëm për këtë kërkim dhe ruajmë vetëm rajonin tënd (Piemonte, zona e Lionit ose Katalonja) për të të treguar së pari shërbimet e tij.
dir-share-button = 📍 Ndaj vendndodhjen time
dir-location-thanks = 📍 Faleminderit! Po kërkoj pranë teje…
dir-location-cancelled = Në rregull, pa vendndodhje.

## Rajoni i atij që kërkon

# Pyetet vetëm një herë, kur rezultatet e një kërkimi të shkruar janë në disa
# rajone. Pasojnë një buton për çdo rajon (me gjerësi të plotë) dhe dir-region-skip.
dir-region-ask =
    <b>Në cilën zonë kërkon shërbime?</b>
    Do të të tregoj së pari ato të rajonit tënd. Këtë ta pyes vetëm një herë.
# dir-region-*: butona me gjerësi të plotë (rreth 30 karaktere). Në kllapa
# qyteti kryesor, për kë nuk e njeh emrin e rajonit.
dir-region-piedmont = Piemonte (Torino)
dir-region-auvergne_rhone_alpes = Auvergne-Rhône-Alpes (Lion)
dir-region-catalonia = Katalonja (Barcelona)
# Buton: pa treguar rajonin. Pyetja nuk bëhet më.
dir-region-skip = Kapërce

## Rezultatet e kërkimit

# $title është titulli i rezultateve (nënteme, dir-results-near ose dir-results-search).
dir-results = <b>{ $title }</b>
    { $count ->
        [one] Një shërbim
       *[other] { $count } shërbime
    } · faqja { $page } nga { $pages }
# Futet në titullin e rezultateve, ndonjëherë pas emrit të nëntemës.
dir-results-near = pranë teje
dir-results-search = Rezultatet për «{ $query }»
# Gjendje që futet brenda një rreshti të listës.
dir-open-now = 🟢 hapur tani
dir-closed-now = 🔴 mbyllur tani
dir-distance = { $km } km
# Butonat e faqes së mëparshme dhe të radhës (gjysmë rreshti). "Faqja" nënkuptohet, prandaj gjinia femërore.
# Mos përdor "Prapa" apo "Mbrapa": "Prapa" është butoni nav-back në të njëjtën tastierë.
dir-prev = ◀️ E mëparshmja
dir-next = Tjetra ▶️
dir-no-results = Nuk gjeta asgjë për «{ $query }». Zgjidh një temë ose na trego çfarë kërkoje: kjo na ndihmon ta përmirësojmë udhëzuesin.
dir-tell-us = ✍️ Na trego çfarë të duhet
dir-gap-prompt = Shkruaj me pak fjalë atë që kërkoje.
dir-gap-thanks = Faleminderit! Ia kaluam ekipit.
dir-search-unreadable = Nuk gjeta asnjë fjalë në mesazh. Provo një fjalë si «mjek» ose «qira», ose zgjidh një temë.
dir-service-gone = Ky shërbim nuk është më në udhëzues.

## Karta e shërbimit

card-fallback-it = <i>Ky përshkrim është vetëm në italisht.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Hapur tani, deri në orën { $time }
# $day është trajta .on e një mesazhi weekday-* ("të hënën"); $time është si 09:00.
card-closed-opens = 🔴 Mbyllur tani · hapet { $day } në { $time }
card-closed = 🔴 Mbyllur tani
card-hours-unknown = 🕒 Orari nuk dihet: telefono ose shiko faqen e internetit para se të shkosh.
card-today = 🕒 Sot: { $hours }
card-today-closed = 🕒 Sot: mbyllur
card-languages = 🗣 Gjuhët që fliten: { $languages }
card-free = 💶 Falas
card-not-free = 💶 Me pagesë: pyet për kostot
card-no-papers-yes = 🪪 Pranon edhe njerëz pa leje qëndrimi
card-no-papers-no = 🪪 Duhet leja e qëndrimit
card-documents = 📄 Merr me vete: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Informacioni u verifikua më { $date }
card-unverified = ⚠️ Informacioni nuk është verifikuar ende: kontrolloje para se të shkosh.
# Buton në gjysmë rreshti (pranë "Faqja web").
card-map = 🗺 Harta
# Buton në gjysmë rreshti (pranë "Harta").
card-website = 🌐 Faqja web
card-report = ⚠️ Sinjalizo një gabim

## Sinjalizimi i një gabimi

# $max është vlerë fikse (1000). "Karaktere", jo "shkronja".
report-prompt = Çfarë është e gabuar ose e vjetruar? Shkruaje me pak fjalë (deri në { $max } karaktere).
report-thanks = Faleminderit! Ekipi do ta kontrollojë.
# $max është vlerë fikse (1000).
report-too-long = Teksti është shumë i gjatë: mund të ketë deri në { $max } karaktere.

## Ditët e javës
## Dy trajta: vlera nis datën e ngjarjes ("e martë 25/03/2027"); atributi .on futet te card-closed-opens
## në vend të { $day } ("hapet të martën në 09:00").

weekday-1 = e hënë
    .on = të hënën
weekday-2 = e martë
    .on = të martën
weekday-3 = e mërkurë
    .on = të mërkurën
weekday-4 = e enjte
    .on = të enjten
weekday-5 = e premte
    .on = të premten
weekday-6 = e shtunë
    .on = të shtunën
weekday-7 = e diel
    .on = të dielën

## Kutia e sinjalizimeve (për stafin e projektit)

staff-inbox = <b>Sinjalizime dhe kërkesa</b> — { $count ->
        [one] një për t'u trajtuar
       *[other] { $count } për t'u trajtuar
    }
staff-inbox-empty = Asgjë për t'u trajtuar tani. 🎉
# $lang është kodi i gjuhës (p.sh. it).
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: «{ $text }»
staff-gap-line = 🔎 #{ $id } [{ $lang }] «{ $text }»
# Buton në gjysmë rreshti.
staff-mark-done = ✅ #{ $id } u krye

## Fjalët e kërkimit
## Fjalë që shkruajnë njerëzit, sipas temës dhe nëntemës, të ndara me presje. Nuk i shfaqen përdoruesit.
## "mjek" përdoret nga testet automatike: mbaje te vocab-health.

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
