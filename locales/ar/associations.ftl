# الجمعيات، الأدوار، الدعوات، العضويات والمواضيع المتابَعة.

menu-my-association = 🏛 جمعيتي
menu-associations = 🏛 الجمعيات
menu-staff = 👥 الفريق
menu-memberships = 🏛 جمعياتي
menu-topics = 🔔 المواضيع التي أتابعها

only-admins = هذا متاح للمسؤولين فقط.
only-leaders = هذا متاح لمسؤولي الجمعيات فقط.

staff-title = <b>الفريق</b>
staff-none = لا أحد بعد.
staff-revoke = ✖ إزالة { $name }
staff-add = ➕ إضافة إلى الفريق
staff-add-prompt = أرسل معرّف تيليغرام للشخص الذي تريد إضافته. يجب أن يكون قد بدأ المحادثة مع البوت.
staff-add-unknown = لا أعرف هذا المعرّف: يجب أن يبدأ الشخص المحادثة مع البوت أولًا، ثم أرسل لي رقمه.

assoc-none = لا توجد جمعيات بعد.
assoc-list = <b>الجمعيات</b>
assoc-new = ➕ جمعية جديدة
assoc-name-prompt = ما اسم الجمعية؟
assoc-name-invalid = يجب أن يكون الاسم بين 1 و{ $max } حرفًا.
assoc-description-prompt = صف الجمعية في كلمات قليلة.
assoc-description-invalid = يجب ألا يتجاوز الوصف { $max } حرف.
assoc-skip = تخطَّ
assoc-languages-prompt = بأي لغات تعمل؟ اضغط للاختيار، ثم أنشئها.
assoc-create = ✅ إنشاء
assoc-gone = هذه الجمعية لم تعد موجودة.
assoc-view =
    <b>{ $name }</b>
    { $description }
    🗣 { $languages }
    👥 { $members ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    } · المسؤولون: { $leaders }
assoc-leader-invite = 🔑 دعوة لمسؤول الجمعية
assoc-remove-leader = ✖ إزالة { $name } من مسؤولي الجمعية
assoc-remove-leader-confirm = هل تريد سحب دور مسؤول <b>{ $association }</b> من <b>{ $name }</b>؟ لن يعود بإمكان هذا الشخص إرسال الإعلانات أو إدارة فعاليات الجمعية. يمكنك دعوته مرة أخرى لاحقًا.
assoc-remove-leader-yes = ✖ نعم، اسحب دور مسؤول الجمعية
assoc-leader-removed = تم. لم يعد هذا الشخص مسؤولًا عن هذه الجمعية.
assoc-revoke-leader-invites = 🚫 إلغاء الدعوات غير المستخدمة لمسؤولي الجمعية ({ $count })
assoc-leader-invites-revoked = { $count ->
        [zero] لم تكن هناك دعوات غير مستخدمة لمسؤولي الجمعية.
        [one] تم. أُلغيت دعوة واحدة لمسؤول الجمعية، ولم تعد تعمل.
        [two] تم. أُلغيت دعوتان لمسؤولي الجمعية، ولم تعودا تعملان.
        [few] تم. أُلغيت { $count } دعوات لمسؤولي الجمعية، ولم تعد تعمل.
        [many] تم. أُلغيت { $count } دعوةً لمسؤولي الجمعية، ولم تعد تعمل.
       *[other] تم. أُلغيت { $count } دعوة لمسؤولي الجمعية، ولم تعد تعمل.
    }
assoc-leader-link =
    رابط دعوة لمسؤول <b>{ $name }</b>. يُستخدم مرة واحدة وتنتهي صلاحيته بعد { $days ->
        [zero] أقل من يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }:
    { $link }
assoc-mine =
    <b>{ $name }</b>
    👥 { $members ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    }
assoc-member-link = رابط دعوة للأعضاء (شاركه بحرية، ويمكنك إلغاؤه في أي وقت):
    { $link }
assoc-no-member-link = لا يوجد رابط دعوة فعّال للأعضاء.
assoc-create-link = 🔗 إنشاء رابط للأعضاء
assoc-revoke-link = 🚫 إلغاء رابط الأعضاء

memberships-none = لست عضوًا في أي جمعية.
memberships-title = <b>جمعياتك</b>
    اكتم جمعية كي لا تصلك إعلاناتها؛ يمكنك إلغاء الكتم في أي وقت.
memberships-mute = 🔕 كتم { $name }
memberships-unmute = 🔔 إلغاء كتم { $name }
memberships-leave = 🚪 مغادرة

topics-prompt = اختر المواضيع التي تريد أخبارًا عنها. اضغط مرة أخرى للتوقف.

invite-joined = أهلًا بك! أصبحت الآن عضوًا في <b>{ $name }</b>.
invite-already-member = أنت عضو بالفعل في <b>{ $name }</b>.
invite-leader = أصبحت الآن مسؤولًا عن <b>{ $name }</b>. يمكنك من القائمة دعوة الأعضاء وإرسال الإعلانات.
invite-already-leads = أنت مسؤول بالفعل عن <b>{ $name }</b>: كل مسؤول يدير جمعية واحدة فقط.

help-associations = 🏛 الجمعيات: انضم عبر الرابط الذي ترسله لك جمعيتك؛ ومن «جمعياتي» يمكنك كتم إعلاناتها أو مغادرتها. يرسل المسؤولون الإعلانات من «جمعيتي».
