//! Feedback end to end, on the database chosen by TEST_DATABASE_URL: the
//! prompt after an event (clock injected), every step of giving feedback and
//! its bad inputs, 👍/👎 on a service card, /report with small groups
//! hidden, the CSV files, the charts, the certificate PDF parsed back, and
//! /delete keeping the anonymous aggregates.

use std::collections::BTreeMap;

use crate::common::{Harness, TUser, plain};
use chrono::Duration;
use discorsi::{
    access::Scope,
    clock::Clock,
    directory,
    domain::Topic,
    events::{
        model::{Audience, Event, Kind, Texts},
        store as events,
    },
    feedback::{
        charts,
        model::{Kind as FeedbackKind, Period},
        store::{self, Subject},
    },
    i18n::Lang,
    storage::Db,
};

const ADMIN: i64 = 900;

fn event(h: &Harness, title: &str, starts_in: Duration, association: Option<i64>) -> Event {
    let start = (h.clock.now() + starts_in).timestamp();
    Event {
        id: 0,
        kind: Kind::Workshop,
        topic: Topic::Work,
        association_id: association,
        audience: Audience::Everyone,
        starts_at: discorsi::time::utc(start),
        ends_at: discorsi::time::utc(start + 2 * 3600),
        place: "Via Cecchi 17, Torino".into(),
        coords: None,
        online_url: String::new(),
        capacity: 30,
        languages: vec!["it".into()],
        texts: BTreeMap::from([
            (
                "it".into(),
                Texts {
                    title: title.into(),
                    description: String::new(),
                },
            ),
            (
                "fr".into(),
                Texts {
                    title: format!("{title} (FR)"),
                    description: String::new(),
                },
            ),
        ]),
        cancelled: false,
        created_by: ADMIN,
    }
}

/// An event tomorrow with these people confirmed (and, if given, marked).
async fn held_event(
    h: &Harness,
    db: &Db,
    title: &str,
    association: Option<i64>,
    people: &[i64],
    present: &[i64],
) -> i64 {
    let id = events::create(
        db,
        &event(h, title, Duration::hours(20), association),
        h.clock.now(),
    )
    .await
    .unwrap();
    for p in people {
        events::sign_up(db, id, *p, &[], h.clock.now())
            .await
            .unwrap();
    }
    for p in present {
        assert!(events::toggle_attended(db, id, *p).await.unwrap());
    }
    id
}

async fn feedback_rows(
    db: &Db,
) -> Vec<(
    Option<String>,
    Option<i64>,
    Option<i64>,
    i64,
    Option<String>,
)> {
    sqlx::query_as("SELECT author, rating, thumbs, reasons, comment FROM feedback ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap()
}

async fn prompt_for(h: &Harness, u: &mut TUser, lang: Lang, title: &str) -> i64 {
    let call = u
        .expect(&h.i18n.fmt(lang, "fb-prompt", &[("title", title.into())]))
        .await;
    call.message.unwrap()["message_id"].as_i64().unwrap()
}

#[tokio::test]
async fn prompt_after_the_event_and_every_step_of_feedback() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (it, fr) = (Lang::It, Lang::Fr);
    let mut amina = h.user(901, Some("it"));
    let mut bruno = h.user(902, Some("it"));
    let mut chloe = h.user(903, Some("fr"));
    let mut dario = h.user(904, Some("it"));
    amina.onboard(&h.i18n, it).await;
    bruno.onboard(&h.i18n, it).await;
    chloe.onboard(&h.i18n, fr).await;
    dario.onboard(&h.i18n, it).await;
    // Attendance taken: Amina and Chloé present, Bruno absent.
    let cv = held_event(
        &h,
        &db,
        "Laboratorio CV",
        None,
        &[901, 902, 903, 904],
        &[901, 903, 904],
    )
    .await;
    // Dario has blocked the bot since.
    h.fake.block(&dario.u);
    // Attendance not taken: everyone confirmed is asked.
    let talk = held_event(&h, &db, "Incontro salute", None, &[902], &[]).await;
    assert!(events::toggle_attended(&db, cv, 902).await.unwrap()); // present…
    assert!(events::toggle_attended(&db, cv, 902).await.unwrap()); // …then absent again

    // Nothing before the event has ended (plus the grace period).
    h.clock.advance(Duration::hours(22) + Duration::minutes(10));
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(amina.count("Laboratorio CV"), 0);
    h.clock.advance(Duration::minutes(25));
    let prompt = prompt_for(&h, &mut amina, it, "Laboratorio CV").await;
    prompt_for(&h, &mut chloe, fr, "Laboratorio CV (FR)").await;
    prompt_for(&h, &mut bruno, it, "Incontro salute").await;

    // Amina: four stars, two reasons, a comment that is too long, then a good one.
    amina.click("⭐⭐⭐⭐");
    amina.expect(&h.t(it, "fb-reasons")).await;
    amina.click(&h.t(it, "fb-reason-useful.short"));
    amina
        .expect_button(&format!("✅ {}", h.t(it, "fb-reason-useful.short")))
        .await;
    amina.click(&h.t(it, "fb-reason-language.short"));
    amina
        .expect_button(&format!("✅ {}", h.t(it, "fb-reason-language.short")))
        .await;
    amina.click(&h.t(it, "fb-done"));
    amina
        .expect(&h.i18n.fmt(it, "fb-comment-prompt", &[("max", 500.into())]))
        .await;
    amina.send(&"parole ".repeat(80));
    amina
        .expect(&h.i18n.fmt(
            it,
            "fb-comment-too-long",
            &[("count", 559.into()), ("max", 500.into())],
        ))
        .await;
    // A sticker is not a comment: a hint, and the question again.
    h.fake.send_sticker(&amina.u);
    amina.expect(&h.t(it, "hint-no-media")).await;
    amina.send("Serviva più tempo per le domande");
    amina.expect(&h.t(it, "fb-thanks")).await;
    amina.expect(&h.t(it, "menu-title")).await;

    // Chloé skips every step: nothing is stored, but she is not asked again.
    chloe.click(&h.t(fr, "fb-skip"));
    chloe.expect(&h.t(fr, "fb-reasons")).await;
    chloe.click(&h.t(fr, "fb-skip"));
    chloe
        .expect(&h.i18n.fmt(fr, "fb-comment-prompt", &[("max", 500.into())]))
        .await;
    chloe.click(&h.t(fr, "fb-skip"));
    chloe.expect(&h.t(fr, "fb-thanks")).await;

    // Bruno rates the talk with one star and goes back from the comment.
    bruno.click("⭐");
    bruno.expect(&h.t(it, "fb-reasons")).await;
    bruno.click(&h.t(it, "fb-reason-timing.short"));
    bruno
        .expect_button(&format!("✅ {}", h.t(it, "fb-reason-timing.short")))
        .await;
    bruno.click(&h.t(it, "fb-done"));
    bruno.expect(&h.t(it, "fb-skip")).await;
    bruno.click(&h.t(it, "nav-back"));
    bruno
        .expect_button(&format!("✅ {}", h.t(it, "fb-reason-timing.short")))
        .await;
    bruno.click(&h.t(it, "fb-skip"));
    bruno.expect(&h.t(it, "fb-skip")).await;
    bruno.click(&h.t(it, "fb-skip"));
    bruno.expect(&h.t(it, "fb-thanks")).await;

    let rows = feedback_rows(&db).await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    let reasons =
        |rs: &[discorsi::feedback::model::Reason]| rs.iter().map(|r| r.bit()).sum::<i64>();
    use discorsi::feedback::model::Reason;
    assert_eq!(rows[0].1, Some(4));
    assert_eq!(rows[0].3, reasons(&[Reason::Useful, Reason::Language]));
    assert_eq!(
        rows[0].4.as_deref(),
        Some("Serviva più tempo per le domande")
    );
    // Bruno's reasons were cleared when he skipped them on the way back.
    assert_eq!(
        (rows[1].1, rows[1].3, rows[1].4.clone()),
        (Some(1), 0, None)
    );
    // Stored under a pseudonym, never the user id.
    assert!(
        rows.iter()
            .all(|r| r.0.as_deref().is_some_and(|a| a.len() == 16 && a != "901"))
    );

    // Bad input changes nothing.
    amina.press_data(prompt, &format!("fb:r:{cv}:9"));
    amina.expect(&h.t(it, "fb-bad-rating")).await;
    amina.press_data(prompt, &format!("fb:r:{cv}:0"));
    amina.expect(&h.t(it, "fb-bad-rating")).await;
    amina.press_data(prompt, &format!("fb:r:{cv}:5"));
    amina.expect(&h.t(it, "fb-already")).await;
    amina.press_data(prompt, &format!("fb:r:{talk}:5"));
    amina.expect(&h.t(it, "fb-not-attended")).await;
    // Bruno was absent from the workshop.
    bruno.press_data(prompt, &format!("fb:r:{cv}:5"));
    bruno.expect(&h.t(it, "fb-not-attended")).await;
    amina.press_data(prompt, "fb:r:nonsense:5");
    amina.expect(&h.t(it, "button-expired")).await;
    assert_eq!(feedback_rows(&db).await, rows);

    // One prompt per person per event, across passes and restarts.
    let mut h = h;
    h.stop_bot().await;
    h.clock.advance(Duration::hours(3));
    h.start_bot().await;
    amina.send("/help");
    amina.expect(&h.t(it, "help-intro")).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    for (u, title) in [(&amina, "Laboratorio CV"), (&bruno, "Incontro salute")] {
        let calls = h
            .fake
            .calls()
            .iter()
            .filter(|c| {
                c.method == "sendMessage"
                    && c.chat_id == Some(u.id())
                    && plain(c.text()).contains(title)
            })
            .count();
        assert_eq!(calls, 1, "user {}", u.id());
    }
    assert_eq!(bruno.count("Laboratorio CV"), 0);
    // The blocked user's prompt was closed, not retried, and he is marked unreachable.
    let outcome: (Option<String>,) = sqlx::query_as(
        "SELECT outcome FROM feedback_prompts WHERE event_id = $1 AND user_id = 904",
    )
    .bind(cv)
    .fetch_one(db.pool())
    .await
    .unwrap();
    assert_eq!(outcome.0.as_deref(), Some("unreachable"));
    assert!(
        discorsi::storage::users::is_unreachable(&db, 904)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn thumbs_on_a_service_card_and_searches_that_found_nothing() {
    let h = Harness::start().await;
    let db = h.db.connect().await;
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/services.csv")).unwrap();
    let services = directory::import::parse(&bytes).unwrap();
    directory::store::upsert_all(&db, &services, h.clock.now())
        .await
        .unwrap();
    let es = Lang::Es;
    let mut u = h.user(911, Some("es"));
    u.onboard(&h.i18n, es).await;
    u.send("xyzzy plugh");
    u.expect("xyzzy plugh").await;
    u.send("STP");
    // Services in more than one region: the bot asks the region once.
    u.expect(&h.t(es, "dir-region-ask")).await;
    u.click(&h.t(es, "dir-region-piedmont"));
    u.expect("1. ").await;
    u.click("1");
    u.expect(&h.t(es, "card-useful")).await;
    u.click(&h.t(es, "card-useful-yes"));
    u.expect(&h.t(es, "fb-service-up")).await;
    u.click(&h.t(es, "fb-reason-clear.short"));
    u.expect_button(&format!("✅ {}", h.t(es, "fb-reason-clear.short")))
        .await;
    u.click(&h.t(es, "fb-done"));
    u.expect(&h.t(es, "fb-thanks-short")).await;
    // Changing one's mind replaces the vote.
    u.click(&h.t(es, "card-useful-no"));
    u.expect(&h.t(es, "fb-service-down")).await;
    // A reason that belongs to 👍 is a forged button here.
    let (mid, _) = u
        .find_button(&h.t(es, "fb-reason-wrong-info.short"))
        .unwrap();
    u.press_data(mid, "fb:x:useful");
    u.expect(&h.t(es, "button-expired")).await;
    u.click(&h.t(es, "fb-reason-wrong-info.short"));
    u.expect_button(&format!("✅ {}", h.t(es, "fb-reason-wrong-info.short")))
        .await;
    u.click(&h.t(es, "fb-done"));
    u.expect(&h.t(es, "card-useful")).await;

    let rows = feedback_rows(&db).await;
    assert_eq!(rows.len(), 1, "{rows:?}");
    use discorsi::feedback::model::Reason;
    assert_eq!(
        (rows[0].1, rows[0].2, rows[0].3),
        (None, Some(-1), Reason::WrongInfo.bit())
    );

    let period = Period::last_days(7, h.clock.now(), &chrono_tz::Europe::Rome);
    let gaps = discorsi::reports::content_gaps(&db, period.bounds())
        .await
        .unwrap();
    assert_eq!(
        gaps,
        vec![("search".to_owned(), String::new(), "es".to_owned(), 1)]
    );
    let groups = store::groups(&db, period, Scope::All).await.unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!((groups[0].counts.up, groups[0].counts.down), (0, 1));
    assert_eq!(groups[0].kind, "service");
}

/// Feedback on event `id` from `users`: (language, rating, comment).
/// Feedback on event `id` from `users`: (language, rating, comment).
pub async fn give(
    db: &Db,
    e: &Event,
    id: i64,
    users: std::ops::Range<i64>,
    (lang, rating, comment): (&str, i64, Option<&str>),
    now: chrono::DateTime<chrono::Utc>,
) {
    for u in users {
        sqlx::query(
            "INSERT INTO feedback_prompts (event_id, user_id, created_at) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(u)
        .bind(now.timestamp())
        .execute(db.pool())
        .await
        .unwrap();
        let s = Subject {
            kind: FeedbackKind::Event,
            event_id: Some(id),
            service_id: None,
            association_id: e.association_id,
            topic: e.topic.code(),
        };
        let f = store::start_event_feedback(db, u, &s, lang, Some(rating), now)
            .await
            .unwrap()
            .unwrap();
        if let Some(c) = comment {
            assert!(store::set_comment(db, u, f, c, now).await.unwrap());
        }
    }
}

async fn download(h: &Harness, call: &discorsi::fake_api::Call, field: &str) -> (String, Vec<u8>) {
    let m = call.message.as_ref().unwrap();
    let file = if field == "photo" {
        &m["photo"][0]
    } else {
        &m["document"]
    };
    let up = h.fake.upload(file["file_id"].as_str().unwrap()).unwrap();
    (up.file_name, up.bytes)
}

#[tokio::test]
async fn report_with_small_groups_hidden_csv_files_and_charts() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let en = Lang::En;
    let now = h.clock.now();
    // Answered the day after the events, in the same (last) calendar week.
    let answered = now - Duration::days(1);
    let assoc = discorsi::associations::store::create(&db, "Donne in Rete", "", &[], ADMIN, now)
        .await
        .unwrap();
    let other = discorsi::associations::store::create(&db, "Altra Rete", "", &[], ADMIN, now)
        .await
        .unwrap();
    // Created ahead (sign-ups close when an event starts), then moved back.
    let big = event(&h, "Laboratorio CV", Duration::days(-3), Some(assoc));
    let ahead = event(&h, "Laboratorio CV", Duration::days(1), Some(assoc));
    let big_id = events::create(&db, &ahead, now).await.unwrap();
    let small = event(&h, "Corso cucito", Duration::days(-2), Some(other));
    let small_id = events::create(&db, &small, now).await.unwrap();
    for u in 100..108 {
        events::sign_up(&db, big_id, u, &[], now).await.unwrap();
    }
    for u in 100..106 {
        events::toggle_attended(&db, big_id, u).await.unwrap();
    }
    events::toggle_attended(&db, big_id, 106).await.unwrap();
    events::toggle_attended(&db, big_id, 106).await.unwrap(); // marked absent
    sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(big.starts_at.timestamp())
        .bind(big.ends_at.timestamp())
        .bind(big_id)
        .execute(db.pool())
        .await
        .unwrap();
    give(
        &db,
        &big,
        big_id,
        100..104,
        ("ar", 5, Some("Molto utile")),
        answered,
    )
    .await;
    give(&db, &big, big_id, 104..106, ("fr", 3, None), answered).await;
    give(
        &db,
        &small,
        small_id,
        200..203,
        ("ar", 2, Some("Troppo presto")),
        answered,
    )
    .await;
    // A third event of 5: big enough itself, but "Corso cucito" could be
    // worked out from the totals if both other events were shown.
    let lingua = event(&h, "Laboratorio lingua", Duration::days(-1), Some(assoc));
    let lingua_id = events::create(&db, &lingua, now).await.unwrap();
    give(&db, &lingua, lingua_id, 300..302, ("ar", 4, None), answered).await;
    give(&db, &lingua, lingua_id, 302..305, ("fr", 4, None), answered).await;

    let mut staff = h.user(ADMIN, Some("en"));
    staff.onboard(&h.i18n, en).await;
    staff.send("/report");
    staff.expect(&h.t(en, "rep-choose-period")).await;
    // Periods are calendar weeks, months, quarters and years only.
    staff.click(
        &h.i18n
            .fmt(en, "rep-previous.short", &[("span", "week".into())]),
    );
    let r = staff.expect(&h.t(en, "rep-by-topic")).await;
    assert!(plain(r.text()).contains("14 responses"), "{}", r.text());
    staff.click(&h.t(en, "rep-by-event.short"));
    let r = plain(staff.expect(&h.t(en, "rep-by-event")).await.text());
    assert!(r.contains("Laboratorio CV"), "{r}");
    assert!(r.contains("6 responses · average 4.3 ★"), "{r}");
    assert!(r.contains("1★ 0 · 2★ 0 · 3★ 2 · 4★ 0 · 5★ 4"), "{r}");
    assert!(
        r.contains(&plain(&h.i18n.fmt(
            en,
            "rep-group-small",
            &[
                ("label", "Corso cucito (27/02/2027)".into()),
                ("min", 5.into())
            ]
        ))),
        "{r}"
    );
    assert!(!r.contains("2★ 3"), "{r}");
    // Hidden with it, or total minus the shown events would give it away.
    assert!(
        r.contains(&plain(&h.i18n.fmt(
            en,
            "rep-group-hidden",
            &[
                ("label", "Laboratorio lingua (28/02/2027)".into()),
                ("min", 5.into())
            ]
        ))),
        "{r}"
    );
    assert!(!r.contains("average 4.0"), "{r}");
    staff.click(&h.t(en, "rep-by-language.short"));
    let r = plain(staff.expect(&h.t(en, "rep-by-language")).await.text());
    assert!(r.contains("العربية") && r.contains("9 responses"), "{r}");
    assert!(r.contains("Français") && r.contains("5 responses"), "{r}");
    // Comments only where the group is big enough.
    staff.click(&h.t(en, "rep-comments"));
    let r = plain(staff.expect("Molto utile").await.text());
    assert!(!r.contains("Troppo presto"), "{r}");
    assert!(!r.contains("★"), "no one's stars beside their words: {r}");

    // CSV files.
    staff.click(&h.t(en, "rep-csv"));
    let mut files = BTreeMap::new();
    for _ in 0..3 {
        let call = staff.expect_call("sendDocument").await;
        let (name, bytes) = download(&h, &call, "document").await;
        files.insert(
            name.split('_').next().unwrap().to_owned(),
            String::from_utf8(bytes).unwrap(),
        );
    }
    staff.expect_button(&h.t(en, "rep-change-period")).await;
    let fb = &files["feedback"];
    assert!(
        fb.starts_with("dimension,key,label,responses,average_rating,stars_1,"),
        "{fb}"
    );
    assert!(
        fb.contains(&format!(
            "event,{big_id},Laboratorio CV (26/02/2027),6,4.33,0,0,2,0,4,,,"
        )),
        "{fb}"
    );
    assert!(
        fb.contains(&format!("event,{small_id},Corso cucito (27/02/2027),<5,,,")),
        "{fb}"
    );
    assert!(
        fb.contains(&format!(
            "event,{lingua_id},Laboratorio lingua (28/02/2027),hidden,,"
        )),
        "{fb}"
    );
    assert!(fb.contains("language,fr,🇫🇷 Français,5,"), "{fb}");
    assert!(
        !fb.contains("Molto utile") && !fb.contains("10"),
        "no comments or ids: {fb}"
    );
    let part = &files["participation"];
    let line = part
        .lines()
        .find(|l| l.starts_with(&format!("{big_id},")))
        .unwrap();
    assert!(
        line.ends_with(",scheduled,8,0,0,yes,6,2"),
        "signed up 8, attended 6, no-shows 2: {line}"
    );
    let line = part
        .lines()
        .find(|l| l.starts_with(&format!("{small_id},")))
        .unwrap();
    assert!(line.ends_with(",scheduled,0,0,0,no,,"), "{line}");
    assert!(
        files["broadcast"].starts_with("broadcast_id,started_at,audience,recipients,delivered")
    );

    // Charts: valid PNGs of the expected size.
    staff.click(&h.t(en, "rep-charts"));
    let mut sizes = vec![];
    for _ in 0..3 {
        let call = staff.expect_call("sendPhoto").await;
        let (_, bytes) = download(&h, &call, "photo").await;
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .unwrap();
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).unwrap();
        sizes.push((info.width, info.height));
    }
    assert_eq!(
        sizes,
        vec![
            (charts::WIDTH, charts::HEIGHT),
            (charts::WIDTH, charts::HEIGHT),
            (charts::WIDTH, charts::turnout_height(3)),
        ]
    );
    staff.expect_button(&h.t(en, "rep-change-period")).await;

    // Bad periods.
    staff.click(&h.t(en, "rep-change-period"));
    staff.expect(&h.t(en, "rep-choose-period")).await;
    staff.click(&h.t(en, "rep-custom"));
    staff.expect(&h.t(en, "rep-custom-prompt")).await;
    // Reproduced: two overlapping custom periods (16/11–19/11, 16/11–20/11)
    // singled out one day. Typed periods are whole months, quarters, years.
    staff.send("16/02/2027 - 19/02/2027");
    staff.expect(&h.t(en, "rep-period-unreadable")).await;
    staff.send("4/2027");
    staff.expect(&h.t(en, "rep-period-empty")).await;
    staff.send("yesterday");
    staff.expect(&h.t(en, "rep-period-unreadable")).await;
    staff.send("2/2027");
    let r = plain(staff.expect(&h.t(en, "rep-by-topic")).await.text());
    assert!(
        r.contains("01/02/2027 – 28/02/2027") && r.contains("14 responses"),
        "{r}"
    );
    let (mid, _) = staff.find_button(&h.t(en, "rep-csv")).unwrap();
    staff.press_data(mid, "rep:v:nonsense");
    staff.expect(&h.t(en, "button-expired")).await;

    // A leader sees only their association's events; a member no report.
    crate::common::make_leader(&db, 950, other).await;
    let mut leader = h.user(950, Some("en"));
    leader.onboard(&h.i18n, en).await;
    leader.click(&h.t(en, "menu-report"));
    leader.expect(&h.t(en, "rep-choose-period")).await;
    leader.click(
        &h.i18n
            .fmt(en, "rep-previous.short", &[("span", "week".into())]),
    );
    let r = plain(
        leader
            .expect(&h.i18n.fmt(en, "rep-total-small", &[("min", 5.into())]))
            .await
            .text(),
    );
    assert!(!r.contains("9 responses"), "{r}");
    assert!(
        leader
            .find_button(&h.t(en, "rep-by-service.short"))
            .is_none()
    );
    // No per-language breakdown of a leader's own small events.
    assert!(
        leader
            .find_button(&h.t(en, "rep-by-language.short"))
            .is_none()
    );
    assert!(leader.find_button(&h.t(en, "rep-gaps")).is_none());
    let mut member = h.user(960, Some("en"));
    member.onboard(&h.i18n, en).await;
    member.send("/report");
    member.expect(&h.t(en, "rep-not-allowed")).await;
    assert_eq!(
        store::groups(&db, Period::everything(), Scope::Association(other))
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn certificate_lists_the_events_attended() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let assoc =
        discorsi::associations::store::create(&db, "Donne in Rete Torino", "", &[], ADMIN, now)
            .await
            .unwrap();
    let a = held_event(
        &h,
        &db,
        "Laboratorio CV e colloquio",
        Some(assoc),
        &[920],
        &[920],
    )
    .await;
    let b = held_event(&h, &db, "Diritti sul lavoro", None, &[920], &[920]).await;
    let c = held_event(&h, &db, "Corso di cucina", Some(assoc), &[920], &[]).await;
    // Two hours on 2/3, and 90 minutes on another day.
    sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(now.timestamp() - 86400 * 5)
        .bind(now.timestamp() - 86400 * 5 + 5400)
        .bind(b)
        .execute(db.pool())
        .await
        .unwrap();
    // Attendance recorded for an event still days away (as an older version
    // allowed) is not attested: a certificate lists only ended events.
    let d = held_event(&h, &db, "Incontro futuro", None, &[920], &[920]).await;
    sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(now.timestamp() + 86400 * 5)
        .bind(now.timestamp() + 86400 * 5 + 3600)
        .bind(d)
        .execute(db.pool())
        .await
        .unwrap();
    let _ = (a, c);
    h.clock.advance(Duration::days(1));
    let fr = Lang::Fr;
    let mut u = h.user(920, Some("fr"));
    u.onboard(&h.i18n, fr).await;
    u.click(&h.t(fr, "menu-certificate"));
    u.expect(&h.i18n.fmt(fr, "cert-ask-name", &[("max", 80.into())]))
        .await;
    u.send("<b>123</b>");
    u.expect(&h.i18n.fmt(fr, "cert-name-invalid", &[("max", 80.into())]))
        .await;
    u.send("  Amina   El Idrissi ");
    let call = u.expect_call("sendDocument").await;
    assert_eq!(call.text(), h.t(fr, "cert-sent"));
    let (name, pdf) = download(&h, &call, "document").await;
    assert_eq!(name, "attestato-partecipazione.pdf");
    if let Ok(path) = std::env::var("CERTIFICATE_DUMP") {
        std::fs::write(path, &pdf).unwrap();
    }
    // Small enough for a slow connection.
    assert!(pdf.len() < 200 * 1024, "{} bytes", pdf.len());
    let doc =
        printpdf::PdfDocument::parse(&pdf, &printpdf::PdfParseOptions::default(), &mut vec![])
            .expect("the certificate is a readable PDF");
    let text = doc
        .extract_text()
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
    for needle in [
        "Attestato di partecipazione",
        "Amina El Idrissi",
        "ha partecipato ai seguenti 2 incontri:",
        "02/03/2027, ore 06:00–08:00 (2 h)",
        "Laboratorio CV e colloquio",
        "Organizzato da Donne in Rete Torino",
        "24/02/2027, ore 10:00–11:30 (1,5 h)",
        "Diritti sul lavoro",
        "Organizzato dalla rete del progetto Discorsi",
        "Totale ore di partecipazione: 3,5",
        "Rilasciato il 02/03/2027",
    ] {
        assert!(text.contains(needle), "{needle:?} not in {text:?}");
    }
    assert!(!text.contains("Corso di cucina"), "{text}");
    assert!(!text.contains("Incontro futuro"), "{text}");
    // It carries its verification code.
    let (code,): (String,) = sqlx::query_as("SELECT code FROM certificates")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let printed = discorsi::domain::CertificateCode::parse(&code)
        .unwrap()
        .to_string();
    assert!(text.contains(&printed), "{printed} not in {text:?}");
    assert!(
        text.replace('\n', " ")
            .contains(&format!("/verify {printed}")),
        "{text:?}"
    );
    u.expect(&h.t(fr, "menu-title")).await;

    // Someone with no attendance gets an explanation, not an empty PDF.
    let mut v = h.user(921, Some("fr"));
    v.onboard(&h.i18n, fr).await;
    assert!(v.find_button(&h.t(fr, "menu-certificate")).is_none());
    v.send("/certificate");
    v.expect(&h.t(fr, "cert-none")).await;
}

#[tokio::test]
async fn delete_keeps_the_anonymous_aggregates() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let it = Lang::It;
    let mut u = h.user(930, Some("it"));
    u.onboard(&h.i18n, it).await;
    let id = held_event(&h, &db, "Sportello casa", None, &[930], &[]).await;
    h.clock.advance(Duration::hours(23));
    prompt_for(&h, &mut u, it, "Sportello casa").await;
    u.click("⭐⭐⭐⭐⭐");
    u.expect(&h.t(it, "fb-reasons")).await;
    u.click(&h.t(it, "fb-reason-clear.short"));
    u.expect_button(&format!("✅ {}", h.t(it, "fb-reason-clear.short")))
        .await;
    u.click(&h.t(it, "fb-done"));
    u.expect(&h.t(it, "fb-skip")).await;
    u.send("Grazie a tutte");
    u.expect(&h.t(it, "fb-thanks")).await;

    u.send("/mydata");
    let call = u.expect_call("sendDocument").await;
    let (_, bytes) = download(&h, &call, "document").await;
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let mine = &json["data"]["feedback"][0];
    assert_eq!(mine["event_id"], id);
    assert_eq!(mine["rating"], 5);
    assert_eq!(mine["reasons"], serde_json::json!(["clear"]));
    assert_eq!(mine["comment"], "Grazie a tutte");

    let all = Period::everything();
    let before = store::groups(&db, all, Scope::All).await.unwrap();
    u.send("/delete");
    u.expect(&h.t(it, "delete-confirm")).await;
    u.click(&h.t(it, "delete-yes"));
    u.expect(&h.t(it, "delete-done")).await;
    // The rating and reasons remain, linked to nobody; the words they wrote
    // (which may name them) are gone.
    let after = store::groups(&db, all, Scope::All).await.unwrap();
    let figures = |g: &[store::Group]| {
        g.iter()
            .map(|g| (g.counts.responses, g.counts.stars, g.counts.reasons))
            .collect::<Vec<_>>()
    };
    assert_eq!(figures(&after), figures(&before));
    assert_eq!(after[0].counts.comments, 0);
    let rows = feedback_rows(&db).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, None);
    assert_eq!(rows[0].4, None);
    let (authors,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM feedback_authors")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(authors, 0);
    let left = discorsi::privacy::collect(&db, 930).await.unwrap();
    assert_eq!(left["feedback"], serde_json::json!([]));
    let comments = store::comments(&db, all, Scope::All, 10).await.unwrap();
    assert!(comments.is_empty());
}

#[tokio::test]
async fn anyone_can_check_a_certificate_until_it_is_withdrawn() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let it = Lang::It;
    held_event(&h, &db, "Laboratorio CV", None, &[940], &[940]).await;
    h.clock.advance(Duration::days(1));
    let mut u = h.user(940, Some("it"));
    u.onboard(&h.i18n, it).await;
    u.send("/certificate");
    u.expect(&h.i18n.fmt(it, "cert-ask-name", &[("max", 80.into())]))
        .await;
    u.send("Amina El Idrissi");
    u.expect_call("sendDocument").await;
    let (code,): (String,) = sqlx::query_as("SELECT code FROM certificates")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let printed = discorsi::domain::CertificateCode::parse(&code)
        .unwrap()
        .to_string();
    // An employer who never used the bot, with the code typed by hand…
    let en = Lang::En;
    let mut employer = h.user(941, Some("en"));
    employer.send(&format!("/verify {}", printed.to_lowercase()));
    let valid = employer.expect("Amina El Idrissi").await;
    assert!(valid.text().contains("Laboratorio CV"), "{}", valid.text());
    assert!(valid.text().contains("2"), "{}", valid.text());
    // …or with the QR code's link.
    let mut office = h.user(942, Some("fr"));
    office.send(&format!("/start V{code}"));
    office.expect("Amina El Idrissi").await;
    // A wrong code, and no code.
    employer.send("/verify ZZZZ-ZZZZ");
    employer
        .expect(
            &h.i18n
                .fmt(en, "cert-verify-invalid", &[("code", "ZZZZ-ZZZZ".into())]),
        )
        .await;
    employer.send("/verify");
    employer.expect(&h.t(en, "cert-verify-usage")).await;
    // After /delete the code answers "withdrawn", and nothing of them is kept.
    u.send("/delete");
    u.expect(&h.t(it, "delete-confirm")).await;
    u.click(&h.t(it, "delete-yes"));
    u.expect(&h.t(it, "delete-done")).await;
    employer.send(&format!("/verify {printed}"));
    employer
        .expect(&h.i18n.fmt(
            en,
            "cert-verify-withdrawn",
            &[("code", printed.clone().into())],
        ))
        .await;
    let (left,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM certificates WHERE user_id IS NOT NULL OR name IS NOT NULL OR content IS NOT NULL",
    )
    .fetch_one(db.pool())
    .await
    .unwrap();
    assert_eq!(left, 0);
}
