### Tekstet bazë: zgjedhja e gjuhës, privatësia, menyja kryesore, lëvizja, ndihma, të dhënat e mia.
### Për përkthyesit: lejohen etiketat HTML <b>, <i>, <a href> dhe duhet të mbyllen. Shkruaj & < > si &amp; &lt; &gt;.
### Shkruaj fjali të shkurtra dhe fjalë të përditshme. Përdoruesit i drejtohemi me "ti". Shmang format vetëm në mashkullore
### për përdoruesin ("i regjistruar", "anëtar i"): përdor folje ("je regjistruar", "bën pjesë").

## Emri

# Emri i botit. Nuk përkthehet dhe nuk lakohet.
-brand = Discorsi

## Gjuha dhe privatësia

language-prompt = 🌐 Zgjidh gjuhën
language-changed = U bë! Që tani e tutje do të të shkruaj shqip.

privacy-notice =
    <b>Para se të fillojmë: privatësia jote</b>

    Ruajmë emrin dhe id-në tënde në Telegram, gjuhën që zgjodhe dhe atë që bën këtu (regjistrimet, sinjalizimet, mendimet). I përdorim vetëm për të të ofruar këtë shërbim bashkë me shoqatën tënde.

    • /mydata të dërgon gjithçka që ruajmë.
    • /delete i fshin, kur të duash.
# Buton: tekst i shkurtër.
privacy-accept = ✅ Pranoj

## Menyja kryesore dhe lëvizja

menu-title = <b>Menyja kryesore</b> — për çfarë ke nevojë?
# Buton në gjysmë rreshti (pranë "Ndihmë"): rreth 15 karaktere më së shumti.
menu-language = 🌐 Gjuha
# Buton në gjysmë rreshti (pranë "Gjuha").
menu-help = ❓ Ndihmë
menu-privacy = 🔒 Të dhënat e mia

# Buton në gjysmë rreshti në çdo ekran, pranë "Kreu". Mos përdor të njëjtën fjalë për dir-prev (faqja e mëparshme).
nav-back = ⬅️ Prapa
# Buton në gjysmë rreshti (pranë "Prapa"): kthen te menyja kryesore.
nav-home = 🏠 Kreu

## Mesazhe të shkurtra dhe gabime

cancelled = Në rregull, u anulua.
hint-use-buttons = Të lutem, zgjidh me butonat më poshtë.
hint-no-media = Këtu nuk mund të lexoj foto, ngjitëse apo mesazhe zanore. Të lutem, përdor butonat më poshtë.
hint-too-long = Mesazhi është shumë i gjatë. Të lutem, përdor butonat më poshtë.
hint-flood = Po dërgon mesazhe shumë shpejt, prandaj disa prej tyre i lashë pa lexuar. Prit pak sekonda, pastaj vazhdo.
button-expired = Ky buton nuk vlen më. Ja ku ndodhesh tani.
unknown-command = Nuk e njoh këtë komandë. Dërgo /help për të parë çfarë mund të bëj.
deeplink-unknown = Kjo lidhje nuk vlen ose ka skaduar. Kërkoji një të re personit që ta dërgoi.
error-generic = Na vjen keq, diçka shkoi keq nga ana jonë. Provo përsëri pas pak.

## Ndihma (/help)

help-intro = <b>Çfarë mund të bëj</b>
help-menu = /menu — kthehu te menyja kryesore
help-language = /language — ndrysho gjuhën
help-privacy = /mydata — shkarko të dhënat e tua · /delete — fshiji
# "Prapa" dhe "Kreu" janë emrat e butonave nav-back dhe nav-home: duhet të përputhen.
help-cancel = /cancel — ndalo atë që po bën. Në çdo hap ke edhe butonat «Prapa» dhe «Kreu».

## Të dhënat e mia: shkarkimi dhe fshirja

privacy-menu =
    <b>Të dhënat e tua</b>

    Mund të shkarkosh gjithçka që ruajmë për ty, ose ta fshish.
privacy-download = 📥 Shkarko të dhënat e mia
privacy-delete = 🗑 Fshi të dhënat e mia
# $count: numri i regjistrimeve. Testet automatike kontrollojnë "një regjistrim" dhe "7 regjistrime": mos i ndrysho.
mydata-caption = Gjithçka që ruajmë për ty: { $count ->
        [one] një regjistrim
       *[other] { $count } regjistrime
    }.
delete-confirm =
    <b>Do t'i fshish të gjitha të dhënat e tua?</b>

    Do të fshijmë profilin tënd, vendet dhe regjistrimet e tua në ngjarje (vendi yt i kalon personit të radhës në listën e pritjes), anëtarësimet e tua në shoqata, rolet e tua, temat që ndjek, njoftimet e tua që nuk janë dërguar ende dhe fjalët që na ke shkruar (komente, sinjalizime, kërkime). Lidhjet e ftesës që ke krijuar nuk do të funksionojnë më.
    Do të fshijmë edhe pyetjet e tua dhe çfarë ke shkruar në to; kush po të përgjigjej do të marrë vesh që je larguar.
    Mbeten, pa emrin tënd: vlerësimet e tua me yje dhe arsyet që ke zgjedhur, vetëm brenda shifrave të përgjithshme anonime; njoftimet dhe ngjarjet që ke ndarë tashmë me të tjerët; shoqatat që ke krijuar.
    Kjo nuk mund të zhbëhet.
delete-yes = 🗑 Po, fshiji të gjitha
delete-no = Jo, mbaji
delete-done = Të dhënat e tua u fshinë. Nëse do të kthehesh, mjafton të dërgosh /start.

## Përshkrimet e komandave në menynë e Telegram-it (tekst i shkurtër, pa HTML)

cmd-start = Fillo ose rifillo
cmd-menu = Menyja kryesore
cmd-language = Ndrysho gjuhën
cmd-help = Çfarë bën ky bot
cmd-mydata = Shkarko të dhënat e mia
cmd-delete = Fshi të dhënat e mia
cmd-cancel = Ndalo atë që po bëj

## Kërkimi i shërbimeve dhe stafi

# Fjalët në thonjëza janë shembuj që kërkimi duhet t'i gjejë (shih vocab-* te directory.ftl).
menu-type-hint = Mund të shkruash edhe atë që të duhet, për shembull «mjek» ose «qira».
help-services = 🔎 Gjej një shërbim: strehim, shëndet, punë dhe certifikata. Zgjidh një temë, ndaj vendndodhjen ose shkruaj atë që kërkon.
# "Stafi" këtu = stafi i projektit (staff), jo drejtuesit e shoqatave dhe jo administratorët.
staff-only = Kjo është vetëm për stafin e projektit.
