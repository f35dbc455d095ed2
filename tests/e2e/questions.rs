//! Ask a person, end to end: a member's question reaches their association
//! or the project's staff, is claimed, answered, replied to, closed and
//! rated, in several languages; escalation, reminders, retention, /delete,
//! blocking, limits and forged buttons.

use chrono::Duration;
use discorsi::{clock::Clock, i18n::Lang, storage::Db};

use discorsi::questions::{
    model::{Kind, Part, To},
    store as qstore,
};

use crate::common::{Harness, TUser, plain};

/// A message of text, as a thread stores it.
fn text(s: &str) -> Part {
    Part {
        kind: Kind::Text,
        body: s.into(),
        file: None,
    }
}

/// A question from `asker` in `lang` to `to`, their name not shared.
fn question(asker: i64, lang: &str, draft_key: i64, to: To) -> qstore::NewQuestion<'_> {
    qstore::NewQuestion {
        asker,
        lang,
        name: None,
        draft_key,
        to,
        about: "",
    }
}

const ADMIN: i64 = 950;

/// An association with `leader` leading it and `members` in it.
async fn association(h: &Harness, db: &Db, name: &str, leader: i64, members: &[i64]) -> i64 {
    let now = h.clock.now();
    let id = discorsi::associations::store::create(db, name, "", &[], ADMIN, now)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO association_leaders (user_id, association_id, since) VALUES ($1, $2, $3)",
    )
    .bind(leader)
    .bind(id)
    .bind(now.timestamp())
    .execute(db.pool())
    .await
    .unwrap();
    for m in members.iter().chain([&leader]) {
        discorsi::associations::store::join(db, id, *m, now)
            .await
            .unwrap();
    }
    id
}

fn tf(h: &Harness, lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    // Figures as numbers, so that plurals select as in the bot.
    let args: Vec<_> = args
        .iter()
        .map(|(k, v)| match v.parse::<i64>() {
            Ok(n) => (*k, n.into()),
            Err(_) => (*k, (*v).into()),
        })
        .collect();
    h.i18n.fmt(lang, key, &args)
}

/// The reference (`A7K2`) in a "sent" message.
fn reference(text: &str) -> String {
    let plain = plain(text);
    let i = plain.find('#').expect("a reference") + 1;
    plain[i..].chars().take(4).collect()
}

async fn menu(h: &Harness, u: &mut TUser, lang: Lang) {
    u.send("/menu");
    u.expect(&h.t(lang, "menu-title")).await;
}

/// `u` asks `to` (a button label) the question `text`, and gets its reference.
async fn ask(h: &Harness, u: &mut TUser, lang: Lang, to: &str, text: &str) -> String {
    ask_as(h, u, lang, to, text, false).await
}

/// `ask`, sharing one's first name with the helpers when `share`.
async fn ask_as(
    h: &Harness,
    u: &mut TUser,
    lang: Lang,
    to: &str,
    text: &str,
    share: bool,
) -> String {
    menu(h, u, lang).await;
    u.click(&h.t(lang, "menu-ask"));
    let choose = u.expect_button(&h.t(lang, "q-mine")).await;
    // By the words on the button (an Arabic screen fences a Latin name).
    let name = to.trim_start_matches("🤝 ");
    let (_, data) = choose
        .buttons()
        .into_iter()
        .find(|b| b.0 == to || b.0.contains(name))
        .unwrap_or_else(|| panic!("no button {to:?}"));
    u.press_data(choose.message_id().unwrap(), &data);
    u.expect_button(&h.t(lang, "q-share-name")).await;
    if share {
        u.click(&h.t(lang, "q-share-name"));
        u.expect_button(&format!("✅ {}", h.t(lang, "q-share-name")))
            .await;
    }
    u.send(text);
    u.expect(&h.t(lang, "q-added")).await;
    u.click(&h.t(lang, "q-send"));
    let sent = u.expect("#").await;
    reference(sent.text())
}

async fn question_row(db: &Db, reference: &str) -> (Option<i64>, String, Option<i64>, Option<i64>) {
    sqlx::query_as(
        "SELECT asker_id, status, helpful, first_answer_at FROM questions WHERE ref = $1",
    )
    .bind(reference)
    .fetch_one(db.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn the_whole_loop_with_an_association_and_with_staff_in_four_languages() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (ar, it, fr, es) = (Lang::Ar, Lang::It, Lang::Fr, Lang::Es);
    association(&h, &db, "Casa comune", 601, &[602]).await;
    let mut leader = h.user(601, Some("it"));
    leader.onboard(&h.i18n, it).await;
    let mut member = h.user(602, Some("ar"));
    member.onboard(&h.i18n, ar).await;

    // The member asks their association, with a photo of a letter.
    menu(&h, &mut member, ar).await;
    member.click(&h.t(ar, "menu-ask"));
    let choose = member.expect_button(&h.t(ar, "q-mine")).await;
    let (_, data) = choose
        .buttons()
        .into_iter()
        .find(|b| b.0.contains("Casa comune"))
        .expect("their association is offered");
    member.press_data(choose.message_id().unwrap(), &data);
    let compose = member.expect_button(&h.t(ar, "q-share-name")).await;
    assert!(
        compose.text().contains("112"),
        "the emergency number is given"
    );
    member.send("وصلتني رسالة من البلدية، ماذا أفعل؟ <مهم>");
    member.expect(&h.t(ar, "q-added")).await;
    h.fake.send_photo(&member.u);
    member.expect(&h.t(ar, "q-added")).await;
    member.click(&h.t(ar, "q-send"));
    let sent = member.expect("#").await;
    let r = reference(sent.text());
    assert_eq!(question_row(&db, &r).await.1, "open");

    // The leader is told, opens it: a pseudonym, the language, the words.
    let notice = leader.expect(&format!("#{r}")).await;
    assert!(
        notice.text().contains(Lang::Ar.native_name()),
        "{}",
        notice.text()
    );
    leader.click(&h.t(it, "q-open"));
    let desk = leader
        .expect(&tf(&h, it, "q-pseudonym", &[("ref", &r)]))
        .await;
    assert!(desk.text().contains("<مهم>"), "{}", desk.text());
    assert!(!desk.text().contains("User602"), "the name was not shared");
    leader.click(&tf(&h, it, "q-files", &[("count", "1")]));
    leader.expect_call("sendPhoto").await;
    leader.click(&h.t(it, "q-claim"));
    leader.expect_button(&h.t(it, "q-canned")).await;
    leader.send("Porta la lettera al nostro sportello, martedì <10-12>.");
    leader.expect(&h.t(it, "q-answer-sent")).await;

    // The answer arrives signed by the association, with Reply and Close.
    let answer = member.expect("martedì").await;
    assert!(answer.text().contains("Casa comune"), "{}", answer.text());
    assert!(
        !answer.text().contains("User601"),
        "never a helper's own name"
    );
    member.click(&h.t(ar, "q-reply"));
    member
        .expect(&tf(&h, ar, "q-reply-prompt", &[("ref", &r)]))
        .await;
    member.send("شكرا، سآتي يوم الثلاثاء");
    member.expect(&h.t(ar, "q-reply-sent")).await;
    leader.expect(&format!("#{r}")).await;

    // The member closes it and says it helped.
    member.click(&h.t(ar, "q-close"));
    member.expect(&h.t(ar, "q-closed-by-you")).await;
    member.click(&h.t(ar, "q-helpful"));
    member.expect(&h.t(ar, "q-rated")).await;
    let (asker, status, helpful, answered) = question_row(&db, &r).await;
    assert_eq!(
        (asker, status.as_str(), helpful),
        (Some(602), "closed", Some(1))
    );
    assert!(answered.is_some());
    let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM question_messages q JOIN questions x ON x.id = q.question_id WHERE x.ref = $1")
        .bind(&r)
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(n.0, 4, "question, photo, answer, reply");

    // Someone in no association sees only staff, in French; staff answer
    // in Spanish and the answer is signed "Project staff".
    let mut staff = h.user(603, Some("es"));
    staff.onboard(&h.i18n, es).await;
    discorsi::associations::store::grant_staff(&db, 603, ADMIN, h.clock.now())
        .await
        .unwrap();
    let mut alone = h.user(604, Some("fr"));
    alone.onboard(&h.i18n, fr).await;
    menu(&h, &mut alone, fr).await;
    alone.click(&h.t(fr, "menu-ask"));
    let choose = alone.expect_button(&h.t(fr, "q-mine")).await;
    let labels: Vec<String> = choose.buttons().into_iter().map(|b| b.0).collect();
    assert!(
        !labels.iter().any(|l| l.contains("Casa comune")),
        "{labels:?}"
    );
    let health = tf(&h, fr, "q-to-staff", &[("topic", &h.t(fr, "topic-health"))]);
    assert!(labels.contains(&health), "{labels:?}");
    alone.click(&health);
    alone.expect_button(&h.t(fr, "q-share-name")).await;
    alone.click(&h.t(fr, "q-share-name"));
    alone
        .expect_button(&format!("✅ {}", h.t(fr, "q-share-name")))
        .await;
    alone.send("Où faire la carte santé sans papiers ?");
    alone.expect(&h.t(fr, "q-added")).await;
    alone.click(&h.t(fr, "q-send"));
    let r2 = reference(alone.expect("#").await.text());
    staff.expect(&format!("#{r2}")).await;
    staff.click(&h.t(es, "q-open"));
    let desk = staff.expect("User604").await;
    assert!(desk.text().contains("carte santé"));
    staff.click(&h.t(es, "q-claim"));
    staff.expect_button(&h.t(es, "q-canned")).await;
    staff.send("Ve al centro ISI de tu barrio.");
    staff.expect(&h.t(es, "q-answer-sent")).await;
    let a = alone.expect("centro ISI").await;
    assert!(a.text().contains(&h.t(fr, "q-from-staff")), "{}", a.text());
    // Staff close it; the asker is asked whether it helped, and says no.
    staff.send("/menu");
    staff.expect(&h.t(es, "menu-title")).await;
    staff.click(&tf(&h, es, "menu-questions", &[("count", "1")]));
    staff.expect(&format!("#{r2}")).await;
    staff.click(&format!("#{r2}"));
    staff.expect_button(&h.t(es, "q-resolve")).await;
    staff.click(&h.t(es, "q-resolve"));
    staff.expect(&h.t(es, "q-inbox-empty")).await;
    alone.expect(&format!("#{r2}")).await;
    alone.click(&h.t(fr, "q-not-helpful"));
    alone.expect(&h.t(fr, "q-rated")).await;
    assert_eq!(question_row(&db, &r2).await.2, Some(0));

    // A week later, the report counts them, but only as "fewer than 5":
    // one person each.
    h.clock.advance(Duration::days(7));
    staff.send("/report");
    staff.expect(&h.t(es, "rep-choose-period")).await;
    staff.click(
        &h.i18n
            .fmt(es, "rep-previous.short", &[("span", "week".into())]),
    );
    staff.expect(&h.t(es, "rep-by-topic")).await;
    staff.click(&h.t(es, "rep-questions"));
    let rep = plain(staff.expect(&h.t(es, "rep-questions")).await.text());
    assert!(rep.contains("Casa comune"), "{rep}");
    assert!(
        rep.contains(&tf(
            &h,
            es,
            "rep-q-staff",
            &[("topic", &h.t(es, "topic-health"))]
        )),
        "{rep}"
    );
    assert!(
        rep.contains(&tf(&h, es, "rep-small", &[("min", "5")])),
        "{rep}"
    );
    assert!(!rep.contains("100"), "{rep}");
}

async fn question_id(db: &Db, reference: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM questions WHERE ref = $1")
        .bind(reference)
        .fetch_one(db.pool())
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn forged_buttons_open_nobody_elses_thread() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let en = Lang::En;
    association(&h, &db, "Casa comune", 611, &[612]).await;
    let other = association(&h, &db, "Altra casa", 613, &[614]).await;
    let mut asker = h.user(612, Some("en"));
    asker.onboard(&h.i18n, en).await;
    let r = ask(
        &h,
        &mut asker,
        en,
        "🤝 Casa comune",
        "My landlord wants me out by Friday",
    )
    .await;
    let id = question_id(&db, &r).await;
    let mut other_leader = h.user(613, Some("en"));
    other_leader.onboard(&h.i18n, en).await;
    let mut stranger = h.user(614, Some("en"));
    stranger.onboard(&h.i18n, en).await;
    for u in [&mut other_leader, &mut stranger] {
        menu(&h, u, en).await;
        let mid = h.fake.bot_messages(u.id()).last().unwrap()["message_id"]
            .as_i64()
            .unwrap();
        for data in [
            format!("q:open:{id}"),
            format!("q:see:{id}"),
            format!("q:re:{id}"),
            format!("q:x:{id}"),
            format!("q:h:{id}:y"),
        ] {
            u.press_data(mid, &data);
            u.expect("").await;
        }
        // Forged association ids at the "who to ask" screen.
        u.send("/menu");
        u.expect(&h.t(en, "menu-title")).await;
        u.click(&h.t(en, "menu-ask"));
        let choose = u.expect_button(&h.t(en, "q-mine")).await;
        u.press_data(
            choose.message_id().unwrap(),
            &format!("q:to:a:{}", other + 100),
        );
        u.expect(&h.t(en, "q-not-member")).await;
        let leaked = h
            .fake
            .calls()
            .iter()
            .any(|c| c.ok && c.chat_id == Some(u.id()) && c.text().contains("landlord"));
        assert!(!leaked, "user {} read the question", u.id());
    }
    assert!(other_leader.count(&h.t(en, "q-other-desk")) >= 1);
    assert!(stranger.count(&h.t(en, "q-not-yours")) >= 4);
    let (asker_id, status, helpful, _) = question_row(&db, &r).await;
    assert_eq!(
        (asker_id, status.as_str(), helpful),
        (Some(612), "open", None)
    );
    // A member (not a leader) has no inbox.
    let mid = h.fake.bot_messages(612).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    asker.press_data(mid, "menu:questions");
    asker.expect(&h.t(en, "q-not-helper")).await;
}

#[tokio::test]
async fn bad_input_and_limits_get_clear_answers() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let it = Lang::It;
    let staff_health = tf(&h, it, "q-to-staff", &[("topic", &h.t(it, "topic-health"))]);
    let _ = &db;
    let mut u = h.user(621, Some("it"));
    u.onboard(&h.i18n, it).await;
    menu(&h, &mut u, it).await;
    u.click(&h.t(it, "menu-ask"));
    u.expect_button(&h.t(it, "q-mine")).await;
    // Typing where a button is expected.
    u.send("aiuto");
    u.expect(&h.t(it, "hint-use-buttons")).await;
    u.click(&staff_health);
    u.expect_button(&h.t(it, "q-share-name")).await;
    h.fake.send_sticker(&u.u);
    u.expect(&h.t(it, "q-hint-media")).await;
    u.send(&"a".repeat(4001));
    u.expect(&tf(&h, it, "q-hint-too-long", &[("max", "4000")]))
        .await;
    // Nothing was added: no Send button yet.
    assert!(u.find_button(&h.t(it, "q-send")).is_none());
    u.send(&"b".repeat(4000));
    u.expect(&h.t(it, "q-added")).await;
    h.fake.send_voice(&u.u);
    u.expect(&h.t(it, "q-added")).await;
    u.click(&h.t(it, "q-send"));
    u.expect("#").await;
    // Three open questions at most.
    ask(&h, &mut u, it, &staff_health, "seconda").await;
    ask(&h, &mut u, it, &staff_health, "terza").await;
    menu(&h, &mut u, it).await;
    u.click(&h.t(it, "menu-ask"));
    u.expect(&tf(&h, it, "q-too-many-open", &[("max", "3")]))
        .await;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM questions WHERE asker_id = 621")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(n, 3);
}

#[tokio::test]
async fn escalation_reminders_and_the_retention_purge() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (sq, it, en) = (Lang::Sq, Lang::It, Lang::En);
    association(&h, &db, "Shtëpia", 631, &[632]).await;
    let mut leader = h.user(631, Some("it"));
    leader.onboard(&h.i18n, it).await;
    let mut member = h.user(632, Some("sq"));
    member.onboard(&h.i18n, sq).await;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let r = ask(
        &h,
        &mut member,
        sq,
        "🤝 Shtëpia",
        "Si mund të regjistrohem te mjeku?",
    )
    .await;
    let id = question_id(&db, &r).await;

    // The leader passes it to staff for health, with a note.
    leader.expect(&format!("#{r}")).await;
    leader.click(&h.t(it, "q-open"));
    leader.expect_button(&h.t(it, "q-escalate")).await;
    leader.click(&h.t(it, "q-escalate"));
    leader.expect_button(&h.t(it, "topic-health")).await;
    leader.click(&h.t(it, "topic-health"));
    leader
        .expect(&tf(
            &h,
            it,
            "q-escalate-note",
            &[("topic", &h.t(it, "topic-health"))],
        ))
        .await;
    leader.send("Non ha ancora la tessera sanitaria");
    leader.expect(&format!("#{r}")).await;
    member
        .expect(&tf(
            &h,
            sq,
            "q-escalated-asker",
            &[("ref", &r), ("topic", &h.t(sq, "topic-health"))],
        ))
        .await;
    // The admin (staff) is told, and sees the note; the member never does.
    admin.expect(&format!("#{r}")).await;
    admin.click(&h.t(en, "q-open"));
    let desk = admin.expect("tessera sanitaria").await;
    assert!(
        desk.text().contains("Shtëpia"),
        "passed on by: {}",
        desk.text()
    );
    assert_eq!(member.count("tessera sanitaria"), 0);
    // The leader no longer sees it.
    let mid = h.fake.bot_messages(631).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    leader.press_data(mid, &format!("q:open:{id}"));
    leader.expect(&h.t(it, "q-other-desk")).await;

    // Helpers are reminded once a day, at 09:00 local time, of questions
    // waiting for more than 24 hours. Asked Monday 10:00 (Rome): at 09:00
    // on Tuesday it has waited 23 hours, so the first reminder is on
    // Wednesday, and the next on Thursday.
    let reminder = tf(&h, en, "q-reminder", &[("count", "1"), ("hours", "24")]);
    h.clock.advance(Duration::hours(23));
    admin.send("/menu");
    admin.expect(&h.t(en, "menu-title")).await;
    assert_eq!(admin.count(&reminder), 0);
    h.clock.advance(Duration::hours(24));
    admin.expect(&reminder).await;
    h.clock.advance(Duration::hours(12));
    // A later message to the admin proves the pass ran without reminding.
    admin.send("/menu");
    admin.expect(&h.t(en, "menu-title")).await;
    assert_eq!(admin.count(&reminder), 1);
    h.clock.advance(Duration::hours(12));
    admin.expect(&reminder).await;
    assert_eq!(admin.count(&reminder), 2);

    // Answered and closed: purged after the retention period, not before.
    admin.click(&h.t(en, "q-open-inbox"));
    admin.expect(&format!("#{r}")).await;
    admin.click(&format!("#{r}"));
    admin.expect_button(&h.t(en, "q-claim")).await;
    admin.click(&h.t(en, "q-claim"));
    admin.expect_button(&h.t(en, "q-canned")).await;
    admin.send("Go to the ASL office with your passport.");
    member.expect("ASL office").await;
    member.click(&h.t(sq, "q-close"));
    member.expect(&h.t(sq, "q-closed-by-you")).await;
    h.clock.advance(Duration::days(89));
    admin.send("/menu");
    admin.expect(&h.t(en, "menu-title")).await;
    assert_eq!(question_row(&db, &r).await.1, "closed");
    h.clock.advance(Duration::days(2));
    // The scheduler runs on its own: wait (in real time) for its pass.
    let mut gone = false;
    for _ in 0..100 {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM questions")
            .fetch_one(db.pool())
            .await
            .unwrap();
        if n == 0 {
            gone = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(gone, "purged after 90 days");
    let (m,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM question_messages")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(m, 0, "its messages too");
}

#[tokio::test]
async fn delete_in_the_middle_of_a_thread_tells_the_helper_and_leaves_nothing() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (fr, it) = (Lang::Fr, Lang::It);
    association(&h, &db, "Casa comune", 641, &[642]).await;
    let mut leader = h.user(641, Some("it"));
    leader.onboard(&h.i18n, it).await;
    let mut member = h.user_named(642, "Awa", Some("fr"));
    member.onboard(&h.i18n, fr).await;
    let r = ask_as(
        &h,
        &mut member,
        fr,
        "🤝 Casa comune",
        "Mon titre de séjour expire le 12",
        true,
    )
    .await;
    leader.expect(&format!("#{r}")).await;
    leader.click(&h.t(it, "q-open"));
    leader.expect("Awa").await;
    leader.click(&h.t(it, "q-claim"));
    leader.expect_button(&h.t(it, "q-canned")).await;

    // /mydata holds the question and its words.
    member.send("/mydata");
    let export = member.expect_call("sendDocument").await;
    let file_id = export.message.as_ref().unwrap()["document"]["file_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let bytes = h.fake.upload(&file_id).unwrap().bytes;
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let asked = &doc["data"]["questions"]["asked"];
    assert_eq!(asked[0]["reference"], r);
    assert!(
        asked[0]["messages"][0]["text"]
            .as_str()
            .unwrap()
            .contains("titre de séjour")
    );

    // /delete while the leader is writing the answer.
    member.send("/delete");
    member.expect_button(&h.t(fr, "delete-yes")).await;
    member.click(&h.t(fr, "delete-yes"));
    member.expect(&h.t(fr, "delete-done")).await;
    leader
        .expect(&tf(&h, it, "q-notice-left", &[("ref", &r)]))
        .await;
    leader.send("Vieni martedì");
    leader.expect(&h.t(it, "q-answer-closed")).await;
    assert_eq!(member.count("Vieni martedì"), 0);
    // No column holds their id, name or words.
    let (asker, status, _, _) = question_row(&db, &r).await;
    assert_eq!((asker, status.as_str()), (None, "left"));
    let left: Vec<(String,)> = sqlx::query_as(
        "SELECT body FROM question_messages UNION ALL SELECT COALESCE(asker_name, '') FROM questions",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert!(
        left.iter()
            .all(|(b,)| !b.contains("séjour") && !b.contains("Awa")),
        "{left:?}"
    );
}

#[tokio::test]
async fn a_blocked_asker_cannot_ask_until_staff_lift_it_and_both_are_recorded() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (es, en) = (Lang::Es, Lang::En);
    association(&h, &db, "Casa comune", 651, &[652]).await;
    let mut leader = h.user(651, Some("es"));
    leader.onboard(&h.i18n, es).await;
    let mut member = h.user(652, Some("es"));
    member.onboard(&h.i18n, es).await;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let work = tf(&h, es, "q-to-staff", &[("topic", &h.t(es, "topic-work"))]);
    let to_staff = ask(&h, &mut member, es, &work, "una pregunta para el equipo").await;
    let r = ask(&h, &mut member, es, "🤝 Casa comune", "insultos").await;
    leader.expect(&format!("#{r}")).await;
    leader.click(&h.t(es, "q-open"));
    leader.expect_button(&h.t(es, "q-block")).await;
    leader.click(&h.t(es, "q-block"));
    leader.expect_button(&h.t(es, "q-block-yes")).await;
    leader.click(&h.t(es, "q-block-yes"));
    leader.expect(&h.t(es, "q-blocked-done")).await;
    // The block covers the association's desk only: the question to staff
    // stays open, and staff can still be asked.
    assert_eq!(question_row(&db, &r).await.1, "closed");
    assert_eq!(question_row(&db, &to_staff).await.1, "open");
    let offered = |c: &discorsi::fake_api::Call| -> Vec<String> {
        c.buttons().into_iter().map(|b| b.0).collect()
    };
    menu(&h, &mut member, es).await;
    member.click(&h.t(es, "menu-ask"));
    let choose = member.expect_button(&h.t(es, "q-mine")).await;
    let labels = offered(&choose);
    assert!(
        !labels.iter().any(|l| l.contains("Casa comune")),
        "{labels:?}"
    );
    assert!(labels.contains(&work), "{labels:?}");
    // A forged button for the association is refused.
    let (assoc,): (i64,) = sqlx::query_as("SELECT id FROM associations WHERE name = 'Casa comune'")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let mid = h.fake.bot_messages(652).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    member.press_data(mid, &format!("q:to:a:{assoc}"));
    member.expect(&h.t(es, "q-blocked")).await;
    // Erasing one's data does not lift it (a keyed hash keeps it, not the id).
    member.send("/delete");
    member.expect_button(&h.t(es, "delete-yes")).await;
    member.click(&h.t(es, "delete-yes"));
    member.expect(&h.t(es, "delete-done")).await;
    member.onboard(&h.i18n, es).await;
    discorsi::associations::store::join(&db, assoc, 652, h.clock.now())
        .await
        .unwrap();
    menu(&h, &mut member, es).await;
    member.click(&h.t(es, "menu-ask"));
    let choose = member.expect_button(&h.t(es, "q-mine")).await;
    assert!(!offered(&choose).iter().any(|l| l.contains("Casa comune")));
    let ids: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM question_blocks WHERE user_id IS NOT NULL")
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!(ids.0, 0, "no id kept after /delete");
    // A leader cannot lift it; staff can.
    let mid = h.fake.bot_messages(651).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    leader.press_data(mid, "q:blocks");
    leader.expect("").await;
    menu(&h, &mut admin, en).await;
    admin.click(&tf(&h, en, "menu-questions", &[("count", "0")]));
    admin.expect_button(&h.t(en, "q-blocks")).await;
    admin.click(&h.t(en, "q-blocks"));
    admin.expect(&format!("#{r}")).await;
    admin.click(&tf(&h, en, "q-lift", &[("ref", &r)]));
    admin.expect(&h.t(en, "q-lifted")).await;
    ask(
        &h,
        &mut member,
        es,
        "🤝 Casa comune",
        "perdón, otra pregunta",
    )
    .await;
    let trail: (Option<i64>, Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT blocked_by, lifted_by, lifted_at FROM question_blocks")
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!((trail.0, trail.1), (Some(651), Some(ADMIN)));
    assert!(trail.2.is_some());
}

#[tokio::test]
async fn saved_answers_taking_over_and_a_closed_thread() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (ar, en, it) = (Lang::Ar, Lang::En, Lang::It);
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut staff = h.user(661, Some("it"));
    staff.onboard(&h.i18n, it).await;
    discorsi::associations::store::grant_staff(&db, 661, ADMIN, h.clock.now())
        .await
        .unwrap();
    let mut member = h.user(662, Some("ar"));
    member.onboard(&h.i18n, ar).await;
    let work = tf(&h, ar, "q-to-staff", &[("topic", &h.t(ar, "topic-work"))]);
    let r = ask(&h, &mut member, ar, &work, "كيف أعادل شهادتي؟").await;
    let id = question_id(&db, &r).await;

    // The admin claims it, then staff take it over: the admin is told, and
    // the admin's answer is refused.
    admin.expect(&format!("#{r}")).await;
    admin.click(&h.t(en, "q-open"));
    admin.expect_button(&h.t(en, "q-claim")).await;
    admin.click(&h.t(en, "q-claim"));
    admin.expect_button(&h.t(en, "q-canned")).await;
    staff.expect(&format!("#{r}")).await;
    staff.click(&h.t(it, "q-open"));
    staff.expect_button(&h.t(it, "q-take-over")).await;
    staff.click(&h.t(it, "q-take-over"));
    staff.expect_button(&h.t(it, "q-answer")).await;
    admin.expect(&format!("#{r}")).await;
    admin.send("Too late");
    admin.expect(&h.t(en, "q-answer-taken")).await;
    assert_eq!(member.count("Too late"), 0);

    // Staff save an Arabic answer and send it with one tap.
    staff.click(&h.t(it, "q-answer"));
    staff.expect_button(&h.t(it, "q-canned")).await;
    staff.click(&h.t(it, "q-canned"));
    staff.expect_button(&h.t(it, "q-canned-new")).await;
    staff.click(&h.t(it, "q-canned-new"));
    staff
        .expect(&tf(
            &h,
            it,
            "q-canned-new-prompt",
            &[("lang", Lang::Ar.native_name())],
        ))
        .await;
    staff.send("اذهب إلى مكتب CIMEA مع شهادتك الأصلية.");
    staff.expect(&h.t(it, "q-canned-saved")).await;
    staff.click("اذهب إلى مكتب CIMEA مع شهادتك الأصلية.");
    let draft = staff.expect_button(&h.t(it, "q-send-draft")).await;
    // "Edit" puts the saved answer in the input field; what comes back
    // starts with the bot's @name, which is not part of the answer.
    let edit = draft.message.as_ref().unwrap()["reply_markup"]["inline_keyboard"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r.as_array().unwrap())
        .find(|b| b["text"] == h.t(it, "q-edit-draft"))
        .expect("an Edit button")
        .clone();
    assert_eq!(
        edit["switch_inline_query_current_chat"],
        "اذهب إلى مكتب CIMEA مع شهادتك الأصلية."
    );
    staff.send(&format!(
        "@{} اذهب إلى مكتب CIMEA في الصباح مع شهادتك الأصلية.",
        discorsi::fake_api::BOT_USERNAME
    ));
    staff.expect(&h.t(it, "q-answer-sent")).await;
    let got = member.expect("في الصباح").await;
    assert!(!got.text().contains('@'), "{}", got.text());
    // The saved answer as it is, with one tap.
    staff.click(&h.t(it, "q-answer"));
    staff.expect_button(&h.t(it, "q-canned")).await;
    staff.click(&h.t(it, "q-canned"));
    staff.expect_button(&h.t(it, "q-canned-new")).await;
    staff.click("اذهب إلى مكتب CIMEA مع شهادتك الأصلية.");
    staff.expect_button(&h.t(it, "q-send-draft")).await;
    staff.click(&h.t(it, "q-send-draft"));
    staff.expect(&h.t(it, "q-answer-sent")).await;
    member.expect("مع شهادتك الأصلية").await;
    // Once the member closed it, answering says so.
    member.click(&h.t(ar, "q-close"));
    member.expect(&h.t(ar, "q-closed-by-you")).await;
    let mid = h.fake.bot_messages(661).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    staff.press_data(mid, &format!("q:open:{id}"));
    staff.expect(&format!("#{r}")).await;
    assert!(
        staff.find_button(&h.t(it, "q-answer")).is_none() || {
            let last = h.fake.bot_messages(661);
            !crate::common::plain(&format!("{:?}", last.last().unwrap()))
                .contains(&h.t(it, "q-answer"))
        }
    );
}

#[tokio::test]
async fn asking_about_a_service_card_and_not_about_a_hidden_event() {
    use discorsi::directory::{import, store as dstore};
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let csv = "id,organisation,topic,subtopic,region,city,address,latitude,longitude,opening_hours,free_of_charge,without_permit,name_it,description_it,name_en\n\
        stp-torino,Sermig,health,stp_eni,piedmont,Torino,Piazza Borgo Dora 61,45.0888,7.6830,,yes,yes,Ambulatorio senza documenti,Cure gratuite,Clinic without papers\n";
    let services = import::parse(csv.as_bytes()).unwrap();
    dstore::upsert_all(&db, &services, h.clock.now())
        .await
        .unwrap();
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut u = h.user(671, Some("en"));
    u.onboard(&h.i18n, en).await;
    u.send("clinic");
    u.expect("Clinic without papers").await;
    u.click("1");
    u.expect_button(&h.t(en, "q-ask-about")).await;
    u.click(&h.t(en, "q-ask-about"));
    let choose = u.expect("Clinic without papers").await;
    // Staff for the service's topic come first.
    let health = tf(&h, en, "q-to-staff", &[("topic", &h.t(en, "topic-health"))]);
    assert_eq!(
        choose.buttons().first().map(|b| b.0.clone()),
        Some(health.clone())
    );
    u.click(&health);
    u.expect_button(&h.t(en, "q-share-name")).await;
    u.send("Do I need an appointment?");
    u.expect(&h.t(en, "q-added")).await;
    u.click(&h.t(en, "q-send"));
    let r = reference(u.expect("#").await.text());
    admin.expect(&format!("#{r}")).await;
    admin.click(&h.t(en, "q-open"));
    admin.expect("Clinic without papers").await;

    // A members-only event of an association this person is not in: a
    // forged "ask about" names nothing of it.
    let assoc = association(&h, &db, "Riservata", 672, &[]).await;
    let mut e = crate::common::workshop(&h, Duration::days(3), 672);
    e.association_id = Some(assoc);
    e.audience = discorsi::events::model::Audience::Members;
    let id = discorsi::events::store::create(&db, &e, h.clock.now())
        .await
        .unwrap();
    menu(&h, &mut u, en).await;
    let mid = h.fake.bot_messages(671).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    u.press_data(mid, &format!("q:ab:e:{id}"));
    u.expect(&h.t(en, "button-expired")).await;
    assert_eq!(u.count("Laboratorio CV"), 0);
}

#[tokio::test]
async fn report_figures_per_association_and_topic_keep_the_small_group_rule() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let en = Lang::En;
    let assoc = association(&h, &db, "Casa comune", 681, &[682, 683, 684, 685, 686, 687]).await;
    // Last week (the harness clock is Monday 1 March 2027).
    let t0 = h.clock.now() - Duration::days(3);
    let ask_at = |asker: i64, to: To, key: i64| {
        let db = &db;
        async move {
            let q = question(asker, "en", key, to);
            qstore::create(db, &q, &[text("help")], t0).await.unwrap().0
        }
    };
    // Five people answered after 1, 2, 3, 50 and 5 hours; four found it
    // helpful. A sixth is still waiting.
    for (i, (hours, helpful)) in [(1, true), (2, true), (3, true), (50, false), (5, true)]
        .into_iter()
        .enumerate()
    {
        let asker = 682 + i as i64;
        let id = ask_at(asker, To::Association(assoc), 1).await;
        let at = t0 + Duration::hours(hours);
        assert!(qstore::claim(&db, id, 681, false, at).await.unwrap());
        qstore::answer(&db, id, 681, &text("answer"), None, at)
            .await
            .unwrap()
            .unwrap();
        assert!(qstore::close(&db, id, at).await.unwrap());
        assert!(qstore::rate(&db, id, asker, helpful).await.unwrap());
    }
    ask_at(687, To::Association(assoc), 1).await;
    // Four people asked staff about health: too few to show.
    for asker in 690..694 {
        ask_at(asker, To::Staff(discorsi::domain::Topic::Health), 1).await;
    }

    let week = h
        .i18n
        .fmt(en, "rep-previous.short", &[("span", "week".into())]);
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    admin.send("/report");
    admin.expect(&h.t(en, "rep-choose-period")).await;
    admin.click(&week);
    admin.expect(&h.t(en, "rep-by-topic")).await;
    admin.click(&h.t(en, "rep-questions"));
    let r = plain(admin.expect(&h.t(en, "rep-q-median")).await.text());
    for line in [
        "Casa comune",
        "6 questions asked",
        "Typical time to the first answer: 3 hours",
        "Answered within 48 hours: 67%",
        "Rated helpful: 80%",
    ] {
        assert!(r.contains(line), "{line:?} in {r}");
    }
    let health = tf(
        &h,
        en,
        "rep-q-staff",
        &[("topic", &h.t(en, "topic-health"))],
    );
    let after = &r[r.find(&health).expect("the staff desk is listed")..];
    assert!(
        after.contains(&tf(&h, en, "rep-small", &[("min", "5")])),
        "{after}"
    );
    assert!(!after.contains("4 questions"), "{after}");

    // The leader sees their association only.
    let mut leader = h.user(681, Some("en"));
    leader.onboard(&h.i18n, en).await;
    leader.send("/report");
    leader.expect(&h.t(en, "rep-choose-period")).await;
    leader.click(&week);
    leader.expect(&h.t(en, "rep-by-topic")).await;
    leader.click(&h.t(en, "rep-questions"));
    let r = plain(leader.expect(&h.t(en, "rep-q-median")).await.text());
    assert!(r.contains("6 questions asked"), "{r}");
    assert!(!r.contains(&health), "{r}");
    // Ratings arrive after the period: only staff see the helpful share.
    assert!(!r.contains("Rated helpful"), "{r}");
}

/// Sets `user`'s region as the directory keeps it.
async fn region(db: &Db, user: i64, code: &str) {
    sqlx::query("UPDATE users SET region = $2 WHERE id = $1")
        .bind(user)
        .bind(code)
        .execute(db.pool())
        .await
        .unwrap();
}

#[tokio::test]
async fn leaders_ask_each_other_across_regions_and_staff_pin_good_practice() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (it, fr, es, ar, en) = (Lang::It, Lang::Fr, Lang::Es, Lang::Ar, Lang::En);
    association(&h, &db, "Casa comune", 701, &[]).await;
    association(&h, &db, "Entraide Lyon", 702, &[]).await;
    association(&h, &db, "Raval Unit", 703, &[]).await;
    let mut turin = h.user(701, Some("it"));
    turin.onboard(&h.i18n, it).await;
    let mut lyon = h.user(702, Some("fr"));
    lyon.onboard(&h.i18n, fr).await;
    let mut bcn = h.user(703, Some("es"));
    bcn.onboard(&h.i18n, es).await;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut member = h.user(704, Some("ar"));
    member.onboard(&h.i18n, ar).await;
    region(&db, 701, "piedmont").await;
    region(&db, 702, "auvergne_rhone_alpes").await;
    region(&db, 703, "catalonia").await;

    // Turin asks the leaders of Auvergne-Rhône-Alpes.
    menu(&h, &mut turin, it).await;
    turin.click(&h.t(it, "menu-network"));
    turin.expect(&h.t(it, "net-empty")).await;
    turin.click(&h.t(it, "net-new"));
    turin.expect_button(&h.t(it, "net-all-leaders")).await;
    turin.click(&h.t(it, "dir-region-auvergne_rhone_alpes"));
    turin
        .expect(
            &tf(
                &h,
                it,
                "net-write",
                &[("audience", &h.t(it, "dir-region-auvergne_rhone_alpes"))],
            )
            .chars()
            .take(20)
            .collect::<String>(),
        )
        .await;
    turin.send("Come aiutate i soci a ottenere la carta AME?");
    turin.expect(&h.t(it, "net-posted")).await;
    // Lyon is told; Barcelona is not, but can read it.
    lyon.expect("carta AME").await;
    lyon.click(&h.t(fr, "net-open"));
    lyon.expect("Casa comune").await;
    lyon.click(&h.t(fr, "net-reply"));
    lyon.expect(&h.t(fr, "net-reply-prompt")).await;
    lyon.send("On accompagne à la CPAM avec une attestation de domicile.");
    lyon.expect(&h.t(fr, "net-replied")).await;
    turin.expect(&h.t(it, "net-notice-reply")).await;
    assert_eq!(bcn.count("carta AME"), 0);
    menu(&h, &mut bcn, es).await;
    bcn.click(&h.t(es, "menu-network"));
    bcn.expect("carta AME").await;
    bcn.click("1");
    bcn.expect("CPAM").await;
    // A member has no network, even with a forged button.
    menu(&h, &mut member, ar).await;
    let menu_msg = h.fake.bot_messages(704).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    assert!(
        !h.fake
            .bot_messages(704)
            .last()
            .unwrap()
            .to_string()
            .contains("menu:network")
    );
    let (post_id,): (i64,) = sqlx::query_as("SELECT id FROM network_posts")
        .fetch_one(db.pool())
        .await
        .unwrap();
    member.press_data(menu_msg, &format!("q:post:{post_id}"));
    member.expect(&h.t(ar, "net-leaders-only")).await;
    assert_eq!(member.count("CPAM"), 0);

    // Staff pin Lyon's reply under health; the member reads it in the
    // original, with a note, until staff add an Arabic version.
    menu(&h, &mut admin, en).await;
    admin.click(&h.t(en, "menu-network"));
    admin.expect("carta AME").await;
    admin.click("1");
    admin.expect_button(&h.t(en, "net-pin")).await;
    admin.click(&h.t(en, "net-pin"));
    admin.expect(&h.t(en, "net-pin-which")).await;
    let (_, data) = admin
        .fake
        .bot_messages(ADMIN)
        .last()
        .map(discorsi::fake_api::buttons_of)
        .unwrap()
        .into_iter()
        .find(|b| b.0.starts_with("1."))
        .unwrap();
    let mid = h.fake.bot_messages(ADMIN).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    admin.press_data(mid, &data);
    admin.expect(&h.t(en, "net-pin-topic")).await;
    admin.click(&h.t(en, "topic-health"));
    admin.expect(&h.t(en, "net-pinned")).await;

    menu(&h, &mut member, ar).await;
    member.click(&h.t(ar, "menu-ask"));
    member.expect_button(&h.t(ar, "gp-open")).await;
    member.click(&h.t(ar, "gp-open"));
    member.expect_button(&h.t(ar, "topic-health")).await;
    member.click(&h.t(ar, "topic-health"));
    let label: String = "On accompagne à la CPAM avec une attestation de domicile."
        .chars()
        .take(40)
        .collect();
    member.expect_button(&label).await;
    member.click(&label);
    let item = member.expect("CPAM").await;
    assert!(
        item.text().contains(&plain(&tf(
            &h,
            ar,
            "gp-original",
            &[("lang", Lang::Fr.native_name())]
        ))),
        "{}",
        item.text()
    );
    assert!(item.text().contains("Entraide Lyon"));
    // Staff add the Arabic version.
    let (item_id,): (i64,) = sqlx::query_as("SELECT id FROM good_practice")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let mid = h.fake.bot_messages(ADMIN).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    admin.press_data(mid, &format!("q:gpi:{item_id}"));
    admin.expect_button(&h.t(en, "gp-add-version")).await;
    admin.click(&h.t(en, "gp-add-version"));
    admin.expect(&h.t(en, "gp-version-lang")).await;
    admin.click(Lang::Ar.native_name());
    admin.send("نرافق الأعضاء إلى صندوق التأمين الصحي مع شهادة سكن.");
    admin.expect(&h.t(en, "gp-version-saved")).await;
    let mid = h.fake.bot_messages(704).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    member.press_data(mid, &format!("q:gpi:{item_id}"));
    let item = member.expect("صندوق التأمين").await;
    assert!(!item.text().contains("CPAM"));
    // Five posts a day at most (each notifies leaders).
    for n in 0..4 {
        discorsi::questions::store::add_post(
            &db,
            701,
            None,
            None,
            "it",
            &format!("post {n}"),
            None,
            h.clock.now(),
        )
        .await
        .unwrap();
    }
    menu(&h, &mut turin, it).await;
    turin.click(&h.t(it, "menu-network"));
    turin.expect_button(&h.t(it, "net-new")).await;
    turin.click(&h.t(it, "net-new"));
    turin.expect_button(&h.t(it, "net-all-leaders")).await;
    turin.click(&h.t(it, "net-all-leaders"));
    turin.expect_button(&h.t(it, "nav-back")).await;
    turin.send("Una sesta domanda oggi");
    turin
        .expect(&tf(&h, it, "net-slow-down", &[("max", "5")]))
        .await;
    assert_eq!(lyon.count("sesta domanda"), 0);
    // Members cannot add versions or remove items.
    member.press_data(mid, &format!("q:gpv:{item_id}"));
    member.expect(&h.t(ar, "staff-only")).await;
}

/// A LibreTranslate-compatible server that answers "[target] text", or
/// fails with 500 while `down` is set.
async fn fake_translator(down: std::sync::Arc<std::sync::atomic::AtomicBool>) -> url::Url {
    use axum::{Json, Router, http::StatusCode, routing::post};
    use std::sync::atomic::Ordering;
    let app = Router::new().route(
        "/translate",
        post(move |Json(v): Json<serde_json::Value>| {
            let down = down.clone();
            async move {
                if down.load(Ordering::SeqCst) {
                    return Err(StatusCode::INTERNAL_SERVER_ERROR);
                }
                assert_eq!(v["api_key"], "k3y");
                Ok(Json(serde_json::json!({
                    "translatedText": format!("[{}→{}] {}", v["source"].as_str().unwrap(), v["target"].as_str().unwrap(), v["q"].as_str().unwrap())
                })))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/").parse().unwrap()
}

#[tokio::test]
async fn a_helper_may_ask_for_a_machine_translation_only_where_one_is_configured() {
    let mut h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (ar, it) = (Lang::Ar, Lang::It);
    association(&h, &db, "Casa comune", 711, &[712]).await;
    let mut leader = h.user(711, Some("it"));
    leader.onboard(&h.i18n, it).await;
    let mut member = h.user(712, Some("ar"));
    member.onboard(&h.i18n, ar).await;
    // Off by default: no button, and nothing said about translation.
    let r = ask(&h, &mut member, ar, "🤝 Casa comune", "أحتاج إلى طبيب").await;
    leader.expect(&format!("#{r}")).await;
    leader.click(&h.t(it, "q-open"));
    leader.expect_button(&h.t(it, "q-claim")).await;
    assert!(leader.find_button(&h.t(it, "q-translate")).is_none());
    let note = h.t(ar, "q-translate-note");
    let note_start: String = note.chars().take(12).collect();
    assert_eq!(
        member.count(&note_start),
        0,
        "nothing said about translation"
    );

    let down = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let url = fake_translator(down.clone()).await;
    h.stop_bot().await;
    h.translate = Some(discorsi::config::Translate {
        url,
        api_key: Some("k3y".into()),
    });
    h.start_bot().await;
    leader.send("/menu");
    leader.expect(&h.t(it, "menu-title")).await;
    let mid = h.fake.bot_messages(711).last().unwrap()["message_id"]
        .as_i64()
        .unwrap();
    leader.press_data(mid, &format!("q:open:{}", question_id(&db, &r).await));
    leader.expect_button(&h.t(it, "q-translate")).await;
    leader.click(&h.t(it, "q-translate"));
    let t = leader.expect("[ar→it] أحتاج إلى طبيب").await;
    assert!(t.text().contains(&r));
    down.store(true, std::sync::atomic::Ordering::SeqCst);
    leader.click(&h.t(it, "q-translate"));
    leader.expect(&h.t(it, "q-translate-failed")).await;
    // The asker is told before sending.
    menu(&h, &mut member, ar).await;
    member.click(&h.t(ar, "menu-ask"));
    let choose = member.expect_button(&h.t(ar, "q-mine")).await;
    let (_, data) = choose
        .buttons()
        .into_iter()
        .find(|b| b.0.contains("Casa comune"))
        .unwrap();
    member.press_data(choose.message_id().unwrap(), &data);
    let compose = member.expect_button(&h.t(ar, "q-share-name")).await;
    assert!(compose.text().contains("127.0.0.1"), "{}", compose.text());
}

#[tokio::test]
async fn who_may_open_which_thread() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let en = Lang::En;
    // Association A: leader 721, members 722 (asker) and 723; B: leader 724.
    association(&h, &db, "Casa A", 721, &[722, 723]).await;
    association(&h, &db, "Casa B", 724, &[]).await;
    discorsi::associations::store::grant_staff(&db, 725, ADMIN, h.clock.now())
        .await
        .unwrap();
    let mut people = vec![];
    for id in [721, 722, 723, 724, 725, ADMIN, 726] {
        let mut u = h.user(id, Some("en"));
        u.onboard(&h.i18n, en).await;
        people.push(u);
    }
    let asker = people.iter_mut().find(|u| u.id() == 722).unwrap();
    let to_a = ask(&h, asker, en, "🤝 Casa A", "question for Casa A").await;
    let work = tf(&h, en, "q-to-staff", &[("topic", &h.t(en, "topic-work"))]);
    let to_staff = ask(&h, asker, en, &work, "question for staff").await;
    let (a, s) = (
        question_id(&db, &to_a).await,
        question_id(&db, &to_staff).await,
    );
    // (who, opens A's thread at the desk, opens the staff thread, sees A's as its asker)
    let matrix = [
        (721, true, false, false),  // leader of A
        (722, false, false, true),  // the asker
        (723, false, false, false), // another member of A
        (724, false, false, false), // leader of B
        (725, false, true, false),  // staff
        (ADMIN, false, true, false),
        (726, false, false, false), // someone in no association
    ];
    for (who, desk_a, desk_s, sees_a) in matrix {
        let u = people.iter_mut().find(|u| u.id() == who).unwrap();
        for (data, allowed, words) in [
            (format!("q:open:{a}"), desk_a, "question for Casa A"),
            (format!("q:open:{s}"), desk_s, "question for staff"),
            (format!("q:see:{a}"), sees_a, "question for Casa A"),
        ] {
            u.send("/menu");
            u.expect(&h.t(en, "menu-title")).await;
            let before = u.count(words);
            let mid = h.fake.bot_messages(who).last().unwrap()["message_id"]
                .as_i64()
                .unwrap();
            u.press_data(mid, &data);
            if allowed {
                u.expect(words).await;
            } else {
                // Refused, with the reason (menus sent before it are skipped).
                let why =
                    ["q-other-desk", "q-not-yours", "q-not-helper"].map(|k| plain(&h.t(en, k)));
                let mut refused = false;
                for _ in 0..3 {
                    let said = plain(u.expect("").await.text());
                    if why.contains(&said) {
                        refused = true;
                        break;
                    }
                    assert!(!said.contains(words), "user {who} read {data}");
                }
                assert!(refused, "user {who}, {data}: no reason given");
                u.send("/menu");
                u.expect(&h.t(en, "menu-title")).await;
                assert_eq!(u.count(words), before, "user {who} read {data}");
            }
        }
    }
}

/// An update handled again after a crash (its writes committed, its own id
/// not yet) stores its answer, reply or post once, and says it was there.
#[tokio::test]
async fn writes_of_an_update_handled_twice_are_stored_once() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let assoc = association(&h, &db, "Casa comune", 731, &[732]).await;
    let q = question(732, "it", 9, To::Association(assoc));
    let (id, r1) = qstore::create(&db, &q, &[text("domanda")], now)
        .await
        .unwrap();
    let (again, r2) = qstore::create(&db, &q, &[text("domanda")], now)
        .await
        .unwrap();
    assert_eq!((id, r1), (again, r2), "the same draft is one question");
    assert!(qstore::claim(&db, id, 731, false, now).await.unwrap());
    let first = qstore::answer(&db, id, 731, &text("risposta"), Some(5001), now)
        .await
        .unwrap();
    let second = qstore::answer(&db, id, 731, &text("risposta"), Some(5001), now)
        .await
        .unwrap();
    assert_eq!((first, second), (Ok(true), Ok(false)));
    let first = qstore::add_from_asker(&db, id, 732, &text("grazie"), Some(5002), now)
        .await
        .unwrap();
    let second = qstore::add_from_asker(&db, id, 732, &text("grazie"), Some(5002), now)
        .await
        .unwrap();
    assert_eq!((first, second), (Some(true), Some(false)));
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM question_messages WHERE question_id = $1")
            .bind(id)
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!(n, 3, "question, one answer, one reply");
    let (p1, new1) = qstore::add_post(&db, 731, Some(assoc), None, "it", "post", Some(5003), now)
        .await
        .unwrap();
    let (p2, new2) = qstore::add_post(&db, 731, Some(assoc), None, "it", "post", Some(5003), now)
        .await
        .unwrap();
    assert_eq!((p1 == p2, new1, new2), (true, true, false));
    let a = qstore::add_reply(&db, p1, 731, Some(assoc), "it", "re", Some(5004), now)
        .await
        .unwrap();
    let b = qstore::add_reply(&db, p1, 731, Some(assoc), "it", "re", Some(5004), now)
        .await
        .unwrap();
    let gone = qstore::add_reply(&db, p1 + 100, 731, None, "it", "re", Some(5005), now)
        .await
        .unwrap();
    assert_eq!((a, b, gone), (Some(true), Some(false), None));
}
