## الآراء بعد الورشات، وعلى بطاقات الخدمات، والتقارير، والشهادات.

menu-report = 📊 تقرير الآراء
menu-certificate = 📄 شهادة مشاركة
cmd-certificate = شهادة بالورشات التي حضرتها
help-certificate = 📄 /certificate — ملف PDF بالورشات التي حضرتها، للخدمات التي تطلبه.

card-useful = هل كان هذا مفيدًا؟
card-useful-yes = 👍 نعم
card-useful-no = 👎 لا

fb-prompt = كيف كانت <b>{ $title }</b>؟ اضغط على النجوم.
fb-skip = تخطَّ
fb-done = تمّ
fb-bad-rating = هذا التقييم غير موجود. اختر من نجمة واحدة إلى 5 نجوم.
fb-not-attended = يمكنك تقييم الورشات التي حضرتها فقط.
fb-already = لقد قيّمت هذه الورشة من قبل. شكرًا لك!
fb-reasons = ما الذي لفت انتباهك؟ اضغط على كل ما ينطبق، ثم «تمّ».
fb-service-up = يسعدنا أنه ساعدك! ما الذي كان جيدًا؟
fb-service-down = نأسف لذلك. ما الذي لم ينجح؟
fb-thanks-short = شكرًا لأنك أخبرتنا.
fb-thanks = 🙏 شكرًا لك! رأيك يساعد المنظمين على التحسّن.
fb-reason-useful = مفيدة
fb-reason-clear = واضحة
fb-reason-language = اللغة كانت صعبة
fb-reason-timing = الوقت غير مناسب
fb-reason-place = المكان صعب الوصول
fb-reason-too-fast = سريعة جدًا
fb-reason-wrong-info = معلومات خاطئة
fb-reason-unreachable = لم أستطع التواصل معهم
fb-reason-not-for-me = ليس ما كنت أبحث عنه
fb-comment-prompt = هل تريد أن تقول شيئًا آخر للمنظمين؟ اكتبه هنا (حتى { $max } حرف) أو اضغط «تخطَّ». لن يظهر اسمك لهم.
fb-comment-too-long = تعليقك فيه { $count ->
        [zero] لا أحرف
        [one] حرف واحد
        [two] حرفان
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    }، والحد الأقصى { $max }. من فضلك اختصره.

rep-not-allowed = التقارير مخصّصة للفريق ولمسؤولي الجمعيات.
rep-choose-period = 📊 أي فترة تريد أن ترى؟
rep-previous = { $span ->
        [week] الأسبوع الماضي
        [month] الشهر الماضي
        [quarter] الربع الماضي
       *[year] العام الماضي
    }
rep-custom = 📅 شهر أو عام آخر
rep-custom-prompt = يُرجى كتابة شهر مثل ‏10/2026، أو ربع سنة مثل ‏Q3 2026، أو عام مثل ‏2026. لا تغطي التقارير إلا أسابيع أو أشهرًا أو أرباع سنة أو أعوامًا كاملة، حتى لا يمكن التعرّف على أي شخص بمقارنة فترتين.
rep-period-empty = هذه الفترة لم تنتهِ بعد. تشمل التقارير فقط الأسابيع والأشهر والأرباع والأعوام التي انتهت.
rep-period-unreadable = لم أستطع فهم الفترة. يُرجى كتابة شهر مثل ‏10/2026، أو ربع سنة مثل ‏Q3 2026، أو عام مثل ‏2026.
rep-header = 📊 <b>الآراء</b> · { $period }
rep-responses = { $count ->
        [zero] لا توجد إجابات
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $count } إجابات
        [many] { $count } إجابة
       *[other] { $count } إجابة
    }
rep-average = المعدّل { $average } ★
rep-empty = لا توجد آراء في هذه الفترة.
rep-total-small = أقل من { $min } إجابات: الأرقام مخفية.
rep-group-small = <b>{ $label }</b>: أقل من { $min } إجابات
rep-group-hidden = <b>{ $label }</b>: الأرقام مخفية، حتى لا يمكن استنتاج أرقام مجموعة أصغر من المجاميع
rep-reasons = أهم الأسباب: { $reasons }
rep-by-topic = حسب الموضوع
rep-by-event = حسب الورشة
rep-by-service = حسب الخدمة
rep-by-association = حسب الجمعية
rep-by-language = حسب اللغة
rep-nothing-here = لا شيء في هذه الفترة.
rep-more = { $count ->
        [zero] …ولا شيء آخر في ملف CSV.
        [one] …وعنصر آخر في ملف CSV.
        [two] …وعنصران آخران في ملف CSV.
        [few] …و{ $count } عناصر أخرى في ملف CSV.
        [many] …و{ $count } عنصرًا آخر في ملف CSV.
       *[other] …و{ $count } عنصر آخر في ملف CSV.
    }
rep-comments = 💬 التعليقات
rep-no-comments = لا توجد تعليقات لعرضها.
rep-comments-rule = تظهر فقط التعليقات على ما حصل على { $min } إجابات على الأقل، ومن دون تقييم من كتبها.
rep-gaps = 🕳 معلومات ناقصة
rep-gap-search = عمليات بحث بلا نتائج
rep-gap-request = طلبات لخدمات غير موجودة
rep-gap-wrong-info = بلاغات عن معلومات خاطئة
rep-small = أقل من { $min }
rep-no-association = بدون جمعية
rep-topic-none = عمليات بحث مكتوبة
rep-charts = 📈 رسوم بيانية
rep-csv = ⬇️ ملفات CSV
rep-change-period = 📅 تغيير الفترة
rep-files-caption = { $period }

chart-rating-title = متوسط التقييم حسب الموضوع
chart-rating-y = متوسط التقييم (1–5)
chart-too-few = أقل من { $min } تقييمات: لا شيء لعرضه.
chart-dist-title = كيف قُيّمت الورشات
chart-dist-y = الإجابات
chart-turnout-title = التسجيل والحضور
chart-signed-up = المسجّلون
chart-attended = الحاضرون
chart-no-events = لا توجد ورشات في هذه الفترة.

cert-none = لا يوجد حضور مسجّل باسمك بعد. عندما يسجّل المنظم حضورك في ورشة، يمكنك الحصول على الشهادة من هنا.
cert-ask-name = اكتب اسمك الكامل كما يجب أن يظهر في الشهادة (كما في وثائقك، حتى { $max } حرف).
cert-name-invalid = اكتب اسمك ولقبك فقط، بالحروف (حتى { $max } حرف).
cert-sent = 📄 هذه شهادتك. يمكنك طباعتها أو عرضها من هاتفك.
cert-file-name = shahadat-musharaka
cert-title = شهادة مشاركة
cert-intro = نشهد بأنّ
cert-attended = { $count ->
        [zero] لم يشارك في أي لقاء.
        [one] شارك في اللقاء التالي:
        [two] شارك في اللقاءين التاليين:
        [few] شارك في اللقاءات الـ{ $count } التالية:
        [many] شارك في الـ{ $count } لقاءً التالية:
       *[other] شارك في الـ{ $count } لقاء التالية:
    }
cert-event = { $date }، { $from }–{ $to } ({ $hours } ساعة)
cert-organiser = من تنظيم { $association }
cert-organiser-network = من تنظيم شبكة مشروع Discorsi
cert-total = مجموع ساعات المشاركة: { $hours }
cert-issued = صدرت بتاريخ { $date } عبر Discorsi بطلب من الشخص المعني. سجّلت الجمعيات المنظِّمة الحضور.
cert-code = رمز التحقق: { $code }
cert-how-to-check = يمكن لأي شخص التحقق من هذه الشهادة بمسح رمز QR، أو بإرسال ‏/verify { $code } إلى ‏{ $bot } على تيليغرام.
cert-verify-usage = للتحقق من شهادة، يُرجى إرسال ‏/verify متبوعًا بالرمز المطبوع على الشهادة، مثلًا ‏/verify K7Q2-M9XD.
cert-verify-invalid = ❌ الرمز { $code } ليس رمز شهادة صالحًا.
cert-verify-withdrawn = ⚠️ الشهادة { $code } سحبها الشخص الذي صدرت له، ولم تعد صالحة.
cert-verify-valid =
    ✅ <b>شهادة صالحة</b> { $code }
    صدرت بتاريخ { $date } باسم <b>{ $name }</b>، للمشاركة في:
    { $events }
    مجموع الساعات: { $hours }
