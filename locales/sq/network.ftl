### The leaders' network (leaders of the associations in Piedmont, Lyon and
### Barcelona, and the project's staff, ask each other questions) and good
### practice (answers staff pinned for members to read). Leaders are
### experienced volunteers: a plain, collegial tone.
### Albanian: "leaders" = "drejtuesit e shoqatave", "staff" = "stafi i projektit";
### members see good practice as "Përgjigje që ndihmuan të tjerët".
### $from, $audience and $lang are not declined: put them after "nga" or a colon.

# Main menu button, for leaders and staff.
menu-network = 🌍 Rrjeti i drejtuesve
net-title = <b>🌍 Rrjeti i drejtuesve</b>
    Pyetje mes shoqatave në Piemonte, në Lion dhe në Barcelonë. Të gjithë drejtuesit mund t'i lexojnë.
net-empty = Ende nuk është publikuar asgjë. Bëj ti pyetjen e parë!
# One post in the list. $n is its number on the page (a button below);
# $audience is net-all-leaders or a region; $from an association's name or
# "Project staff"; $replies the number of replies.
net-line = <b>{ $n }.</b> { $from } → { $audience } · { $replies ->
        [one] 1 përgjigje
       *[other] { $replies } përgjigje
    }
net-new = ✍️ Pyet rrjetin
net-audience = Kush duhet ta shohë së pari pyetjen tënde? Të gjithë drejtuesit mund ta lexojnë, por njoftim marrin vetëm ata që zgjedh ti.
net-all-leaders = Të gjithë drejtuesit
# $audience is net-all-leaders or a region.
net-write = Shkruaj pyetjen tënde për: { $audience }. Për shembull: «Si i ndihmojnë shoqatat në Lion anëtarët e tyre të marrin kartën AME?»
net-posted = U publikua. Do të të njoftoj kur të përgjigjet dikush.
# $audience is net-all-leaders or a region.
net-post-head = 🌍 Për: { $audience }
net-no-replies = Ende nuk ka përgjigje.
net-reply = ↩️ Përgjigju
net-reply-prompt = Shkruaj përgjigjen tënde. Të gjithë drejtuesit do të mund ta lexojnë.
net-replied = Përgjigjja jote u publikua.
net-removed = (u fshi nga personi që e shkroi)
net-removed-author = (dikush që është larguar)
net-gone = Ky mesazh nuk ekziston më.
net-leaders-only = Rrjeti i drejtuesve është për drejtuesit e shoqatave dhe për stafin e projektit.
net-open = 📂 Hap
# $from is an association's name or "Project staff"; $text the start of the post.
net-notice-post = 🌍 Pyetje e re në rrjetin e drejtuesve, nga: { $from }
    { $text }
net-notice-reply = 🌍 Dikush iu përgjigj pyetjes sate në rrjetin e drejtuesve.
net-pin = 📌 Fikso si praktikë të mirë
net-pin-which = Cilin mesazh do të mund ta lexojnë anëtarët si praktikë të mirë?
net-pin-post = Vetë pyetja
net-pin-topic = Në cilën temë?
net-pinned = U fiksua. Tani anëtarët mund ta lexojnë te «Përgjigje që ndihmuan të tjerët».

## Good practice, for members

gp-open = 💡 Përgjigje që ndihmuan të tjerët
gp-title = <b>💡 Përgjigje që ndihmuan të tjerët</b>
    Përgjigje të mira nga shoqatat dhe nga stafi i projektit. Zgjidh një temë.
# $topic is a topic-* label.
gp-list = <b>{ $topic }</b>: përgjigje që ndihmuan të tjerët
gp-empty = Ende nuk ka përgjigje për { $topic }.
# $lang is a language's name.
gp-original = (Shfaqet në gjuhën origjinale: { $lang }. Ende nuk ka version në gjuhën tënde.)
gp-add-version = 🌐 Shto version
gp-unpin = 🗑 Hiq
gp-unpinned = U hoq.
gp-version-lang = Në cilën gjuhë është versioni yt?
# $lang is a language's name.
gp-version-prompt = Shkruaj versionin në gjuhën: { $lang }.
gp-version-saved = U ruajt. Tani ata që e përdorin atë gjuhë shohin versionin tënd.
# $max new posts a day at most.
net-slow-down = Sot ke publikuar tashmë { $max } pyetje. Prit deri nesër, ose shkruaj në një bisedë ekzistuese.
