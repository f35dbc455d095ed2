# دليل الخدمات: التصفح، البحث، بطاقات الخدمات، البلاغات، صندوق الفريق.

menu-services = 🔎 ابحث عن خدمة
menu-staff-inbox = 📥 البلاغات والطلبات ({ $count })

dir-topics =
    <b>ما نوع المساعدة التي تحتاجها؟</b>
    اختر موضوعًا، أو اكتب ما تبحث عنه.
topic-housing = 🏠 السكن
topic-health = 🩺 الصحة
topic-work = 💼 العمل والشهادات
dir-subtopics = <b>{ $topic }</b> — ماذا بالضبط؟
sub-gp = طبيب العائلة
sub-stp_eni = العلاج بدون أوراق إقامة (STP/ENI)
sub-emergency = الطوارئ
sub-mental_health = الصحة النفسية
sub-women_children = صحة المرأة والطفل
sub-shelter = مأوى طارئ
sub-rent_help = مساعدة في الإيجار والسكن الاجتماعي
sub-tenants_rights = حقوق المستأجرين
sub-job_centre = مكاتب التشغيل
sub-competence_cert = شهادة المهارات
sub-italian_courses = دروس اللغة الإيطالية والشهادات المدرسية (CPIA)
sub-qualification_recognition = معادلة الشهادات الأجنبية
dir-area = <b>{ $subtopic }</b> — أين؟
dir-near-me = 📍 بالقرب مني
dir-share-location = اضغط على «شارك موقعي» في الأسفل. نستخدمه لهذا البحث فقط.
dir-share-button = 📍 شارك موقعي
dir-location-thanks = 📍 شكرًا! أبحث بالقرب منك…
dir-location-cancelled = حسنًا، بدون موقع.
dir-results = <b>{ $title }</b>
    { $count ->
        [zero] لا توجد خدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمةً
       *[other] { $count } خدمة
    } · الصفحة { $page } من { $pages }
dir-results-near = بالقرب منك
dir-results-search = نتائج البحث عن «{ $query }»
dir-open-now = 🟢 مفتوح الآن
dir-closed-now = 🔴 مغلق الآن
dir-distance = ‏{ $km } كم
dir-prev = ▶️ السابق
dir-next = التالي ◀️
dir-no-results = لم أجد شيئًا عن «{ $query }». اختر موضوعًا، أو أخبرنا بما كنت تبحث عنه: هذا يساعدنا على التحسين.
dir-tell-us = ✍️ أخبرنا بما تحتاجه
dir-gap-prompt = اكتب في كلمات قليلة ما كنت تبحث عنه.
dir-gap-thanks = شكرًا! أوصلنا طلبك إلى الفريق.
dir-search-unreadable = لم أجد أي كلمة في رسالتك. جرّب كلمة مثل «طبيب» أو «إيجار»، أو اختر موضوعًا.
dir-service-gone = هذه الخدمة لم تعد موجودة في الدليل.

card-fallback-it = <i>هذا الوصف متوفر بالإيطالية فقط.</i>
card-address = 📍 { $address }
card-open-until = 🟢 مفتوح الآن حتى الساعة { $time }
card-closed-opens = 🔴 مغلق الآن · يفتح يوم { $day } الساعة { $time }
card-closed = 🔴 مغلق الآن
card-hours-unknown = 🕒 مواعيد العمل غير معروفة: اتصل أو راجع الموقع قبل الذهاب.
card-today = 🕒 اليوم: { $hours }
card-today-closed = 🕒 مغلق اليوم
card-languages = 🗣 اللغات في الاستقبال: { $languages }
card-free = 💶 مجاني
card-not-free = 💶 غير مجاني: اسأل عن التكلفة
card-no-papers-yes = 🪪 مفتوح أيضًا لمن ليس لديه تصريح إقامة
card-no-papers-no = 🪪 يلزم تصريح الإقامة
card-documents = 📄 أحضر معك: { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ تم التحقق بتاريخ { $date }
card-unverified = ⚠️ لم يتم التحقق بعد: تأكد قبل الذهاب.
card-map = 🗺 الخريطة
card-website = 🌐 الموقع الإلكتروني
card-report = ⚠️ أبلغ عن معلومة خاطئة

report-prompt = ما الخطأ أو المعلومة القديمة؟ اكتبها في كلمات قليلة (حتى { $max } حرف).
report-thanks = شكرًا! سيتحقق الفريق من ذلك.
report-too-long = النص طويل جدًا: يجب ألا يتجاوز { $max } حرف.

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

staff-inbox = <b>البلاغات والطلبات</b> — { $count ->
        [zero] لا شيء للمعالجة
        [one] واحد للمعالجة
        [two] اثنان للمعالجة
        [few] { $count } للمعالجة
        [many] { $count } للمعالجة
       *[other] { $count } للمعالجة
    }
staff-inbox-empty = لا شيء للمعالجة الآن. 🎉
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service }: «{ $text }»
staff-gap-line = 🔎 #{ $id } [{ $lang }] «{ $text }»
staff-mark-done = ✅ #{ $id } تم

# كلمات البحث حسب الموضوع والموضوع الفرعي (مفصولة بفواصل).
vocab-housing = سكن, بيت, منزل, شقة, إيجار, غرفة, مسكن, نوم, مالك
vocab-health = طبيب, دكتور, صحة, مستشفى, عيادة, علاج, مريض, مرض, طبيب أسنان, صيدلية, دواء
vocab-work = عمل, شغل, وظيفة, شهادة, دبلوم, دورة, مدرسة, تكوين, تدريب, مهارات
vocab-gp = طبيب العائلة, طبيب عام, البطاقة الصحية, تسجيل
vocab-stp_eni = بدون أوراق, بدون إقامة, بدون وثائق, غير نظامي, stp, eni
vocab-emergency = طوارئ, مستعجل, إسعاف, حادث, 112
vocab-mental_health = طبيب نفسي, أخصائي نفسي, نفسية, ضغط, قلق, اكتئاب, صدمة
vocab-women_children = حمل, حامل, امرأة, نساء, طفل, أطفال, رضيع, طبيب نساء, قابلة, طبيب أطفال, منع الحمل
vocab-shelter = مأوى, ليل, مبيت, نوم, بلا مأوى, شارع, سرير
vocab-rent_help = إيجار, سكن اجتماعي, تأمين, طرد, البحث عن بيت
vocab-tenants_rights = مستأجر, مستأجرين, حقوق, عقد, طرد, نقابة
vocab-job_centre = عمل, شغل, مكتب التشغيل, سيرة ذاتية, بطالة, عاطل, عروض عمل
vocab-competence_cert = مهارات, كفاءات, شهادة, تصديق, خبرة, تأهيل
vocab-italian_courses = إيطالي, الإيطالية, لغة, دروس, دورة, مدرسة, دبلوم, cpia, امتحان
vocab-qualification_recognition = شهادة جامعية, دبلوم, معادلة, اعتراف, جامعة, مؤهل
