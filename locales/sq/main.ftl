# Tekstet bazë: mirëseardhja, menyja kryesore, lëvizja, ndihma, privatësia.

language-prompt = 🌐 Zgjidh gjuhën
language-changed = U bë! Tani e tutje do të të shkruaj shqip.

privacy-notice =
    <b>Para se të fillojmë: privatësia jote</b>

    Ruajmë emrin dhe id-në tënde në Telegram, gjuhën që zgjodhe dhe atë që bën këtu (regjistrimet, sinjalizimet, mendimet). I përdorim vetëm për të të ofruar këtë shërbim bashkë me shoqatën tënde.

    • /mydata të dërgon gjithçka që ruajmë.
    • /delete i fshin, kur të duash.
privacy-accept = ✅ Pranoj

menu-title = <b>Menyja kryesore</b> — për çfarë ke nevojë?
menu-language = 🌐 Gjuha
menu-help = ❓ Ndihmë
menu-privacy = 🔒 Të dhënat e mia

nav-back = ⬅️ Prapa
nav-home = 🏠 Kreu

cancelled = Në rregull, u anulua.
hint-use-buttons = Të lutem, zgjidh me butonat më poshtë.
hint-no-media = Këtu nuk mund të lexoj foto, ngjitëse apo mesazhe zanore. Të lutem, përdor butonat më poshtë.
hint-too-long = Mesazhi është shumë i gjatë. Të lutem, përdor butonat më poshtë.
hint-flood = Po dërgon mesazhe shumë shpejt, prandaj disa prej tyre i anashkalova. Të lutem, prit pak sekonda dhe pastaj vazhdo.
button-expired = Ky buton ka skaduar. Ja ku ndodhesh tani.
unknown-command = Nuk e njoh këtë komandë. Dërgo /help për të parë çfarë mund të bëj.
deeplink-unknown = Kjo lidhje nuk është e vlefshme ose ka skaduar. Kërkoji një të re atij që ta dërgoi.
error-generic = Na vjen keq, diçka shkoi keq nga ana jonë. Provo përsëri pas pak.

help-intro = <b>Çfarë mund të bëj</b>
help-menu = /menu — kthehu te menyja kryesore
help-language = /language — ndrysho gjuhën
help-privacy = /mydata — shkarko të dhënat e tua · /delete — fshiji
help-cancel = /cancel — ndalo atë që po bën. Në çdo hap ke edhe butonat «Prapa» dhe «Kreu».

privacy-menu =
    <b>Të dhënat e tua</b>

    Mund të shkarkosh gjithçka që ruajmë për ty, ose ta fshish.
privacy-download = 📥 Shkarko të dhënat e mia
privacy-delete = 🗑 Fshi të dhënat e mia
mydata-caption = Gjithçka që ruajmë për ty: { $count ->
        [one] një regjistrim
       *[other] { $count } regjistrime
    }.
delete-confirm =
    <b>Do t'i fshish të gjitha të dhënat e tua?</b>

    Do të fshijmë profilin tënd, vendet dhe regjistrimet e tua në ngjarje (vendi yt i kalon personit të radhës në listën e pritjes), anëtarësimet e tua në shoqata, rolet e tua dhe temat që ndjek, njoftimet e tua që nuk janë dërguar ende, dhe fjalët që na ke shkruar (komente, sinjalizime, kërkime). Lidhjet e ftesës që ke krijuar nuk do të funksionojnë më.
    Ruajmë, pa emrin tënd: vlerësimet e tua me yje dhe arsyet që ke zgjedhur, vetëm si shifra të përgjithshme anonime; njoftimet dhe ngjarjet që ke ndarë tashmë me persona të tjerë; shoqatat që ke krijuar.
    Kjo nuk mund të zhbëhet.
delete-yes = 🗑 Po, fshiji të gjitha
delete-no = Jo, mbaji
delete-done = Të dhënat e tua u fshinë. Nëse do të kthehesh, mjafton të dërgosh /start.

cmd-start = Fillo ose rifillo
cmd-menu = Menyja kryesore
cmd-language = Ndrysho gjuhën
cmd-help = Çfarë bën ky bot
cmd-mydata = Shkarko të dhënat e mia
cmd-delete = Fshi të dhënat e mia
cmd-cancel = Ndalo atë që po bëj

menu-type-hint = Mund të shkruash edhe atë që të duhet, për shembull “mjek” ose “qira”.
help-services = 🔎 Gjej një shërbim: strehim, shëndet, punë dhe certifikata. Zgjidh një temë, ndaj vendndodhjen ose shkruaj thjesht atë që kërkon.
staff-only = Kjo është vetëm për stafin e projektit.
