# الورشات ولقاءات التكوين والفعاليات: القائمة، التسجيل، التذكيرات، المنظمون.

menu-events = 📅 الورشات واللقاءات
menu-my-signups = 🎟 تسجيلاتي
menu-manage-events = 🛠 إدارة الفعاليات
help-events = 📅 الورشات واللقاءات: سجّل بلمسة واحدة، واحصل على ملف التقويم والتذكيرات، وحرّر مكانك إن لم تستطع الحضور.

ev-list-title = <b>الورشات واللقاءات القادمة</b>
ev-none = لا توجد فعاليات مبرمجة حاليًا.
ev-kind-workshop = 🧩 ورشة
ev-kind-training = 🤝 لقاء تكويني
ev-kind-other = 📌 فعالية
ev-fallback = <i>هذا الوصف غير متوفر بلغتك.</i>
ev-online = 💻 عبر الإنترنت
ev-join-online = 💻 انضم عبر الإنترنت
ev-cancelled = ❌ أُلغيت هذه الفعالية.
ev-full = 🔴 مكتملة: يمكنك التسجيل في قائمة الانتظار
ev-seats-left = 🟢 { $count ->
        [zero] لا توجد أماكن
        [one] بقي مكان واحد
        [two] بقي مكانان
        [few] بقيت { $count } أماكن
        [many] بقي { $count } مكانًا
       *[other] بقي { $count } مكان
    }
ev-you-are-in = ✅ أنت مسجّل.
ev-waitlist-position = ⏳ قائمة الانتظار: رقم { $position }
ev-sign-up = ✅ سجّلني
ev-cancel-place = ✖ ألغِ مكاني
ev-cancel-confirm = هل تريد إلغاء مكانك في <b>{ $title }</b>؟
ev-cancel-yes = ✖ نعم، ألغِه
ev-signed-up = ✅ تم تسجيلك! هذا ملف التقويم، وسأذكّرك قبل الموعد.
ev-ics-caption = 📅 أضفه إلى تقويمك
ev-on-waitlist = ⏳ الفعالية مكتملة: أنت رقم { $position } في قائمة الانتظار. إذا تحرر مكان، سأخبرك.
ev-already-signed = أنت مسجّل بالفعل في هذه الفعالية.
ev-closed = التسجيل في هذه الفعالية مغلق.
ev-not-signed = لم تكن مسجّلًا في هذه الفعالية.
ev-place-cancelled = أُلغي مكانك. شكرًا لإعلامنا.
ev-promoted = 🎉 تحرر مكان: أصبحت الآن مسجّلًا في <b>{ $title }</b>!
ev-cant-come = 🙅 لا أستطيع الحضور
ev-mine-title = <b>تسجيلاتك</b>
ev-mine-none = لست مسجّلًا في أي فعالية قادمة.

ev-in-minutes = بعد { $minutes ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
ev-in-hours = بعد { $hours ->
        [zero] أقل من ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }
ev-reminder = ⏰ تذكير: <b>{ $title }</b> تبدأ { $when }.
    📍 { $place }
ev-notice-changed = 🔄 تغيّر موعد <b>{ $title }</b>: أصبح في ‏{ $when }، في { $place }.
ev-notice-cancelled = ❌ أُلغيت <b>{ $title }</b> (‏{ $when }). نعتذر عن ذلك.

ev-not-organiser = تنظيم الفعاليات متاح للفريق ولمسؤولي الجمعيات فقط.
ev-not-your-event = يمكنك إدارة فعاليات جمعيتك فقط.
ev-attendance-not-yet = يمكن تسجيل الحضور بعد بدء الفعالية.
ev-already-ended = انتهت هذه الفعالية بالفعل، ولم يعد من الممكن تغييرها أو إلغاؤها.
ev-gone = هذه الفعالية لم تعد موجودة. ربما حُذفت.
ev-manage-title = <b>فعالياتك</b>
ev-manage-none = لا توجد فعاليات بعد.
ev-new = ➕ فعالية جديدة
ev-attendees = 👥 { $count } من { $capacity } أماكن محجوزة
ev-csv = 📄 ورقة التوقيع (CSV)
ev-csv-caption = 📄 ورقة التوقيع
ev-csv-name = الاسم
ev-csv-status = الحالة
ev-csv-attended = حضر
ev-csv-signature = التوقيع
ev-csv-confirmed = مسجّل
ev-csv-yes = نعم
ev-csv-no = لا
ev-attendance = ✅ الحضور
ev-attendance-prompt = اضغط على كل شخص حضر.
ev-change-time = 🕒 تغيير الموعد
ev-change-place = 📍 تغيير المكان
ev-cancel-event = ❌ إلغاء الفعالية
ev-cancel-event-confirm = هل تريد إلغاء هذه الفعالية؟ سنُعلم كل المسجّلين ومن في قائمة الانتظار.
ev-cancel-event-yes = ❌ نعم، ألغِ الفعالية
ev-event-cancelled = أُلغيت الفعالية ونحن نُعلم الجميع.
ev-updated = تم الحفظ. نحن نُعلم المسجّلين ومن في قائمة الانتظار.
ev-ask-new-start = متى تبدأ الآن؟ مثلًا ‏25/3 18:30. تبقى المدة نفسها.

ev-ask-kind = ما نوع الفعالية؟
ev-ask-topic = ما موضوعها؟
ev-ask-title = اكتب العنوان (حتى { $max } حرف).
ev-ask-description = صف الفعالية في أسطر قليلة.
ev-ask-start = متى تبدأ؟ مثلًا ‏25/3 18:30 أو ‏25/03/2027 18.30.
ev-ask-end = متى تنتهي؟ ساعة مثل ‏20:00، أو تاريخ وساعة.
ev-ask-place = أين؟ اكتب العنوان، أو الصق رابط اللقاء عبر الإنترنت.
ev-ask-capacity = كم عدد الأماكن؟ رقم من 1 إلى { $max }.
ev-ask-languages = ما اللغات التي ستُستخدم؟ اضغط للاختيار، ثم التالي.
ev-next = التالي ⬅️
ev-ask-audience = من يمكنه التسجيل؟
ev-aud-everyone = 🌍 الجميع
ev-aud-members = 🏛 أعضاء جمعيتي
ev-aud-leaders = 👔 مسؤولو الجمعيات فقط
ev-preview = <b>معاينة</b>
ev-create = ✅ إنشاء الفعالية
ev-created = ✅ تم إنشاء الفعالية.
ev-title-invalid = يجب أن يكون العنوان بين 1 و{ $max } حرفًا.
ev-date-past = هذا التاريخ قد مضى. اختر تاريخًا ووقتًا في المستقبل.
ev-date-unreadable = لم أفهم. اكتب التاريخ والساعة هكذا: ‏25/3 18:30.
ev-end-before-start = يجب أن تكون النهاية بعد البداية.
ev-too-long = لا يمكن أن تتجاوز مدة الفعالية أسبوعين.
ev-capacity-invalid = اكتب عدد أماكن من 1 إلى { $max }.
