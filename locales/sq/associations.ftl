# Shoqatat, rolet, ftesat, anëtarësimet dhe temat që ndiqen.

menu-my-association = 🏛 Shoqata ime
menu-associations = 🏛 Shoqatat
menu-staff = 👥 Stafi
menu-memberships = 🏛 Shoqatat e mia
menu-topics = 🔔 Temat që ndjek

only-admins = Vetëm administratorët mund ta bëjnë këtë.
only-leaders = Vetëm drejtuesit e shoqatave mund ta bëjnë këtë.

staff-title = <b>Stafi</b>
staff-none = Askush ende.
staff-revoke = ✖ Hiq { $name }
staff-add = ➕ Shto në staf
staff-add-prompt = Dërgo id-në e Telegram-it të personit që do të shtosh. Duhet ta ketë nisur tashmë botin.
staff-add-unknown = Nuk e njoh këtë id: personi duhet të nisë më parë botin, pastaj më dërgo numrin e tij.

assoc-none = Asnjë shoqatë ende.
assoc-list = <b>Shoqatat</b>
assoc-new = ➕ Shoqatë e re
assoc-name-prompt = Si quhet shoqata?
assoc-name-invalid = Emri duhet të ketë nga 1 deri në { $max } shkronja.
assoc-description-prompt = Përshkruaje shoqatën me pak fjalë.
assoc-description-invalid = Përshkrimi duhet të jetë nën { $max } shkronja.
assoc-skip = Kapërce
assoc-languages-prompt = Në cilat gjuhë punon? Prek për të zgjedhur, pastaj krijoje.
assoc-create = ✅ Krijo
assoc-gone = Kjo shoqatë nuk ekziston më.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [one] një anëtar
       *[other] { $members } anëtarë
    } · drejtuesit: { $leaders }
assoc-leader-invite = 🔑 Ftesë për drejtuesin
assoc-remove-leader = ✖ Hiq { $name } nga drejtuesit
assoc-remove-leader-confirm = Do ta heqësh <b>{ $name }</b> nga drejtuesit e <b>{ $association }</b>? Nuk do të mund të dërgojë më njoftime as të menaxhojë ngjarjet e shoqatës. Mund ta ftosh përsëri më vonë.
assoc-remove-leader-yes = ✖ Po, hiqe nga drejtuesit
assoc-leader-removed = U bë: ky person nuk e drejton më këtë shoqatë.
assoc-revoke-leader-invites = 🚫 Anulo ftesat e papërdorura për drejtues ({ $count })
assoc-leader-invites-revoked = { $count ->
        [one] U bë: ajo ftesë për drejtues nuk vlen më.
       *[other] U bë: ato { $count } ftesa për drejtues nuk vlejnë më.
    }
assoc-leader-link =
    Lidhja e ftesës për drejtuesin e <b>{ $name }</b>. Vlen vetëm një herë dhe skadon pas { $days ->
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
assoc-member-link = Lidhja e ftesës për anëtarët (ndaje lirisht, mund ta anulosh kur të duash):
    { $link }
assoc-no-member-link = Nuk ka asnjë lidhje ftese aktive për anëtarët.
assoc-create-link = 🔗 Krijo lidhje për anëtarët
assoc-revoke-link = 🚫 Anulo lidhjen e anëtarëve

memberships-none = Nuk je anëtar i asnjë shoqate.
memberships-title = <b>Shoqatat e tua</b>
    Hesht një shoqatë që të mos marrësh njoftimet e saj; mund ta riaktivizosh kur të duash.
memberships-mute = 🔕 Hesht { $name }
memberships-unmute = 🔔 Riaktivizo { $name }
memberships-leave = 🚪 Dil

topics-prompt = Zgjidh temat për të cilat do lajme. Prek përsëri për të ndaluar.

invite-joined = Mirë se erdhe! Tani je anëtar i <b>{ $name }</b>.
invite-already-member = Je tashmë anëtar i <b>{ $name }</b>.
invite-leader = Tani je drejtues i <b>{ $name }</b>. Nga menyja mund të ftosh anëtarë dhe të dërgosh njoftime.
invite-already-leads = Je tashmë drejtues i <b>{ $name }</b>: çdo drejtues drejton vetëm një shoqatë.

help-associations = 🏛 Shoqatat: bashkohu me lidhjen që të dërgon shoqata jote; te “Shoqatat e mia” mund të heshtësh njoftimet e saj ose të dalësh. Drejtuesit dërgojnë njoftime nga “Shoqata ime”.
