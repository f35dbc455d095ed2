### Shoqatat, rolet, ftesat, anëtarësimet dhe temat që ndjek përdoruesi.
### Tre role, me të njëjtin emër në të gjithë skedarët: "administratorët" (admins) drejtojnë gjithë botin;
### "stafi i projektit" (staff); "drejtuesit e shoqatave" (leaders).
### Emrat e shoqatave ({ $name }, { $association }) nuk lakohen: mos i vendos pas nyjës së gjinores ("i", "e").
### Shkruaj "i shoqatës <b>{ $name }</b>", jo "i <b>{ $name }</b>".

## Butonat e menysë kryesore

menu-my-association = 🏛 Shoqata ime
menu-associations = 🏛 Shoqatat
menu-staff = 👥 Stafi
# Buton në gjysmë rreshti (pranë "Temat e mia").
menu-memberships = 🏛 Shoqatat e mia
# Buton në gjysmë rreshti (pranë "Shoqatat e mia"): rreth 15 karaktere më së shumti.
menu-topics = 🔔 Temat e mia

## Refuzimet sipas rolit

only-admins = Vetëm administratorët mund ta bëjnë këtë.
only-leaders = Vetëm drejtuesit e shoqatave mund ta bëjnë këtë.

## Stafi i projektit

staff-title = <b>Stafi</b>
staff-none = Askush ende.
# Buton: $name është emri i personit në Telegram.
staff-revoke = ✖ Hiq { $name }
staff-add = ➕ Shto në staf
staff-add-prompt = Dërgo id-në e Telegram-it të personit që do të shtosh. Ky person duhet ta ketë nisur tashmë botin.
staff-add-unknown = Nuk e njoh këtë id. Personi duhet të nisë më parë botin, pastaj më dërgo përsëri id-në.

## Krijimi i një shoqate

assoc-none = Asnjë shoqatë ende.
assoc-list = <b>Shoqatat</b>
assoc-new = ➕ Shoqatë e re
assoc-name-prompt = Si quhet shoqata?
# $max është vlerë fikse (80). "Karaktere", jo "shkronja": numërohen edhe hapësirat, shifrat dhe shenjat.
assoc-name-invalid = Emri duhet të ketë nga 1 deri në { $max } karaktere.
assoc-description-prompt = Përshkruaje shoqatën me pak fjalë.
# $max është vlerë fikse (500).
assoc-description-invalid = Përshkrimi mund të ketë deri në { $max } karaktere.
# Buton: përdoret edhe te përshkrimi i ngjarjes.
assoc-skip = Kapërce
# "Krijo" është emri i butonit assoc-create.
assoc-languages-prompt = Në cilat gjuhë punon shoqata? Prek për t'i zgjedhur, pastaj shtyp «Krijo».
assoc-create = ✅ Krijo
assoc-gone = Kjo shoqatë nuk ekziston më.

## Karta e shoqatës dhe drejtuesit

assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] një anëtar
       *[other] { $members } anëtarë
    } · drejtuesit: { $leaders }
assoc-leader-invite = 🔑 Ftesë për drejtuesin
# Buton: $name është emri i personit.
assoc-remove-leader = ✖ Hiq { $name } nga drejtuesit
assoc-remove-leader-confirm = Do ta heqësh <b>{ $name }</b> nga drejtimi i shoqatës <b>{ $association }</b>? Ky person nuk do të mund të dërgojë më njoftime dhe as të menaxhojë ngjarjet e shoqatës. Mund ta ftosh përsëri më vonë.
assoc-remove-leader-yes = ✖ Po, hiqe nga drejtuesit
assoc-leader-removed = U bë: ky person nuk e drejton më këtë shoqatë.
# Buton: $count numri i ftesave të papërdorura, vetëm në kllapa.
assoc-revoke-leader-invites = 🚫 Anulo ftesat e papërdorura për drejtues ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] U bë: ajo ftesë për drejtues nuk vlen më.
       *[other] U bë: ato { $count } ftesa për drejtues nuk vlejnë më.
    }
assoc-leader-link =
    Lidhja e ftesës për drejtuesin e shoqatës <b>{ $name }</b>. Vlen vetëm një herë dhe skadon pas { $days ->
        [one] një dite
       *[other] { $days } ditësh
    }:
    { $link }
assoc-mine =
    <b>{ $name }</b>
    👥 { $members ->
        [one] një anëtar
       *[other] { $members } anëtarë
    }

## Lidhja e ftesës për anëtarët

assoc-member-link = Lidhja e ftesës për anëtarët (ndaje lirisht; mund ta anulosh kur të duash):
    { $link }
assoc-no-member-link = Nuk ka asnjë lidhje ftese aktive për anëtarët.
assoc-create-link = 🔗 Krijo lidhje për anëtarët
assoc-revoke-link = 🚫 Anulo lidhjen për anëtarët

## Shoqatat e mia

memberships-none = Nuk bën pjesë në asnjë shoqatë.
memberships-title = <b>Shoqatat e tua</b>
    Hesht një shoqatë që të mos marrësh njoftimet e saj. Mund ta riaktivizosh kur të duash.
# Buton pranë "Dil": $name është emri i shoqatës.
memberships-mute = 🔕 Hesht { $name }
memberships-unmute = 🔔 Riaktivizo { $name }
memberships-leave = 🚪 Dil

## Temat që ndjek

topics-prompt = Zgjidh temat për të cilat do të marrësh lajme. Prek përsëri për ta hequr zgjedhjen.

## Pas shtypjes së një lidhjeje ftese

# Forma asnjanëse: jo "anëtar i" / "drejtues i" për përdoruesin.
invite-joined = Mirë se erdhe! Tani bën pjesë në shoqatën <b>{ $name }</b>.
invite-already-member = Ti bën pjesë tashmë në shoqatën <b>{ $name }</b>.
invite-leader = Tani drejton shoqatën <b>{ $name }</b>. Nga menyja mund të ftosh anëtarë dhe të dërgosh njoftime.
invite-already-leads = Ti drejton tashmë shoqatën <b>{ $name }</b>. Secili person mund të drejtojë vetëm një shoqatë.

# "Shoqatat e mia" dhe "Shoqata ime" janë emrat e butonave menu-memberships dhe menu-my-association.
help-associations = 🏛 Shoqatat: bashkohu me lidhjen që të dërgon shoqata jote. Te «Shoqatat e mia» mund të heshtësh njoftimet e një shoqate ose të dalësh prej saj. Drejtuesit dërgojnë njoftime nga «Shoqata ime».
