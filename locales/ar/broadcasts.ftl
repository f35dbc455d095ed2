# الإعلانات: الكتابة، المعاينة، الجدولة، الإرسال والتقارير.

bc-new = 📣 إعلان جديد
bc-history = 📜 الإعلانات السابقة
bc-not-allowed = لا يمكنك إرسال هذا الإعلان: الإرسال متاح للفريق فقط، وللمسؤولين إلى أعضاء جمعيتهم.
bc-no-members = لن يصل إلى أحد: هذه المجموعة ليس فيها أعضاء بعد.
bc-audience-prompt = لمن تريد إرسال الإعلان؟
bc-aud-everyone = 🌍 للجميع
bc-aud-association = 🏛 لجمعية
bc-aud-language = 🗣 لمن يتحدثون لغة معينة
bc-aud-topic = 🔔 لمن يتابعون موضوعًا
bc-pick-association = اختر الجمعية.
bc-pick-language = اختر اللغة.
bc-pick-topic = اختر الموضوع.
bc-compose-prompt =
    إعلان إلى <b>{ $audience }</b> ({ $count ->
        [zero] لا أحد غيرك
        [one] شخص واحد، دون احتسابك
        [two] شخصان، دون احتسابك
        [few] { $count } أشخاص، دون احتسابك
        [many] { $count } شخصًا، دون احتسابك
       *[other] { $count } شخص، دون احتسابك
    }).
    اكتب الرسالة الآن. يمكنك استخدام الخط العريض والمائل والروابط، وإرفاق صورة أو مستند (عندها يصبح النص تعليقًا عليه). الحد الأقصى { $max } حرف.
bc-empty = الإعلان فارغ: من فضلك اكتب نصًا.
bc-too-long = النص فيه { $length } حرفًا، وهذا أكثر من الحد المسموح ({ $max }). اختصره أو قسّمه إلى إعلانين.
bc-unsupported = يمكنني إرسال النصوص والصور والمستندات. أرسل واحدًا منها.
bc-gone = هذا الإعلان لم يعد موجودًا.
bc-preview-original = 👇 معاينة كما سيراها الأعضاء:
bc-preview-version = 👇 النسخة بـ{ $language }:
bc-preview =
    المعاينة في الأعلى. سيصل الإعلان إلى { $count ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }. النسخ: { $versions }.
    يتلقى كل شخص النسخة بلغته، أو النص الأصلي.
bc-send-now = ✅ أرسل الآن
bc-schedule = 🕒 جدولة
bc-add-version = 🌐 إضافة نسخة بلغة أخرى
bc-version-lang = بأي لغة النسخة الجديدة؟
bc-version-text = اكتب النسخة بـ{ $language }.
bc-when = متى يجب أن يُرسل؟ اكتب التاريخ والساعة، مثلًا ‏25/3 18:30.
bc-when-unreadable = لم أفهم التاريخ. اكتبه هكذا: ‏25/3 18:30 أو ‏25/03/2027 18.30.
bc-when-past = هذا الوقت قد مضى. اختر وقتًا في المستقبل.
bc-confirm-now = هل أرسله الآن إلى { $count ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }؟
bc-confirm-later = هل أرسله في ‏{ $when } إلى { $count ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }؟
bc-confirm = ✅ تأكيد
bc-queued = 📣 بدأ الإرسال. سأطلعك على التقدم هنا.
bc-scheduled = 🕒 تمت الجدولة في ‏{ $when }.
bc-progress = 📣 جارٍ الإرسال… { $done } من { $total }
bc-report =
    <b>📣 تم إرسال الإعلان</b>
    ✅ وصل: { $delivered }
    🚫 لا يمكن الوصول إليهم: { $unreachable }
    ⚠️ فشل: { $failed }
    { $by_language }
bc-unschedule = ✖ إلغاء الإعلان المجدول في ‏{ $when }
bc-unscheduled = تم. لن يُرسل هذا الإعلان.
bc-scheduled-withdrawn = لم يُرسل إعلانك المجدول: لم يعد لديك الحق في إرساله. إذا كان هذا خطأ، يُرجى التواصل مع فريق المشروع.
bc-report-refused = ⚠️ لم يُرسل إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }: { $reason }.
bc-preview-refused = ⚠️ لن يوصل تيليغرام هذه النسخة: { $reason }. لن تصل إلى الأعضاء. يُرجى إرسال النص مرة أخرى.
bc-why-formatting = لم يستطع تيليغرام قراءة التنسيق
bc-why-too-long = النص أطول مما يسمح به تيليغرام
bc-why-media = تعذّر إرسال الصورة أو المستند
bc-why-other = رفض تيليغرام الرسالة
bc-report-lang = { $language }: ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed }
bc-history-title = <b>الإعلانات السابقة</b>
bc-history-empty = لا توجد إعلانات بعد.
bc-history-line = ‏{ $when } · { $status }
    «{ $text }»
    ✅ { $delivered } · 🚫 { $unreachable } · ⚠️ { $failed } · ⏳ { $pending }
bc-status-sending = قيد الإرسال
bc-status-done = أُرسل
bc-status-scheduled = مجدول
bc-aud-event = المسجّلون في الفعالية
