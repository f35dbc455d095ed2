//! Workshops and meetings end to end: creation, sign-up, waitlist and
//! promotion, the .ics file, reminders (with catch-up after downtime),
//! changes and cancellation, attendance, and the last seat under real
//! concurrency, on the database chosen by TEST_DATABASE_URL.

use std::collections::BTreeMap;

use crate::common::{Harness, TUser, plain};
use chrono::Duration;
use discorsi::{
    clock::Clock,
    domain::Topic,
    events::{
        model::{Audience, Event, Kind, Texts},
        store::{self, SignUp},
    },
    i18n::Lang,
};

const ADMIN: i64 = 700;

fn event(h: &Harness, starts_in: Duration, capacity: i64) -> Event {
    let start = (h.clock.now() + starts_in).timestamp();
    Event {
        id: 0,
        kind: Kind::Workshop,
        topic: Topic::Housing,
        association_id: None,
        audience: Audience::Everyone,
        starts_at: discorsi::time::utc(start),
        ends_at: discorsi::time::utc(start + 7200),
        place: "Via Bologna 51, Torino".into(),
        coords: Some((45.0865, 7.6951)),
        online_url: String::new(),
        capacity,
        languages: vec!["it".into(), "ar".into()],
        texts: BTreeMap::from([
            (
                "it".into(),
                Texts {
                    title: "Laboratorio casa".into(),
                    description: "Come cercare casa".into(),
                },
            ),
            (
                "fr".into(),
                Texts {
                    title: "Atelier logement".into(),
                    description: "Chercher un logement".into(),
                },
            ),
        ]),
        cancelled: false,
        created_by: ADMIN,
    }
}

async fn open_event(h: &Harness, u: &mut TUser, lang: Lang, title: &str) {
    u.send("/menu");
    u.expect(&h.t(lang, "menu-title")).await;
    u.click(&h.t(lang, "menu-events"));
    u.expect(title).await;
    u.click("1");
    u.expect(&h.t(lang, "ev-kind-workshop")).await;
}

#[tokio::test]
async fn creating_an_event_validates_every_step() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let mut a = h.user(ADMIN, Some("en"));
    a.onboard(&h.i18n, en).await;
    a.click(&h.t(en, "menu-manage-events"));
    a.expect(&h.t(en, "ev-manage-none")).await;
    a.click(&h.t(en, "ev-new"));
    a.expect(&h.t(en, "ev-ask-kind")).await;
    a.click(&h.t(en, "ev-kind-training"));
    a.expect(&h.t(en, "ev-ask-topic")).await;
    a.click(&h.t(en, "topic-work"));
    a.expect("Write the title").await;
    a.send("Skills certification: how it works");
    a.expect(&h.t(en, "ev-ask-description")).await;
    a.send("With the regional job agency");
    a.expect(&h.t(en, "ev-ask-start")).await;
    a.send("01/01/2027 10:00");
    a.expect(&h.t(en, "ev-date-past")).await;
    a.send("tomorrow-ish");
    a.expect(&h.t(en, "ev-date-unreadable")).await;
    a.send("25/3 18:30");
    a.expect(&h.t(en, "ev-ask-end")).await;
    a.send("17:00");
    a.expect(&h.t(en, "ev-end-before-start")).await;
    a.send("20.00");
    a.expect(&h.t(en, "ev-ask-place")).await;
    a.send("Via Bologna 51, Torino");
    a.expect("How many places").await;
    for bad in ["0", "-3", "100000", "lots"] {
        a.send(bad);
        a.expect("Write a number of places").await;
    }
    a.send("20");
    a.expect(&h.t(en, "ev-ask-languages")).await;
    a.click(Lang::Ar.native_name());
    a.expect(&h.t(en, "ev-ask-languages")).await;
    a.click(&h.t(en, "ev-next"));
    a.expect(&h.t(en, "ev-ask-audience")).await;
    a.click(&h.t(en, "ev-aud-leaders"));
    let preview = a.expect("Preview").await;
    assert!(
        preview.text().contains("25/03/2027 · 18:30–20:00"),
        "{}",
        preview.text()
    );
    // Back goes to the previous step, and forward again.
    a.click(&h.t(en, "nav-back"));
    a.expect(&h.t(en, "ev-ask-audience")).await;
    a.click(&h.t(en, "ev-aud-everyone"));
    a.expect("Preview").await;
    a.click(&h.t(en, "ev-create"));
    a.expect(&h.t(en, "ev-created")).await;
    let list = store::upcoming(&h.db.connect().await, h.clock.now(), None)
        .await
        .unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].capacity, list[0].kind, list[0].topic),
        (20, Kind::Training, Topic::Work)
    );
}

#[tokio::test]
async fn sign_up_waitlist_promotion_and_calendar_file() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let id = store::create(&db, &event(&h, Duration::days(3), 1), h.clock.now())
        .await
        .unwrap();
    let (it, fr) = (Lang::It, Lang::Fr);
    let mut a = h.user(701, Some("it"));
    a.onboard(&h.i18n, it).await;
    let mut b = h.user(702, Some("fr"));
    b.onboard(&h.i18n, fr).await;

    open_event(&h, &mut a, it, "Laboratorio casa").await;
    a.click(&h.t(it, "ev-sign-up"));
    a.expect(&h.t(it, "ev-signed-up")).await;
    let doc = a.expect_call("sendDocument").await;
    let file = doc.message.as_ref().unwrap()["document"]["file_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let ics = String::from_utf8(h.fake.upload(&file).unwrap().bytes).unwrap();
    assert!(
        ics.contains("BEGIN:VEVENT") && ics.contains("SUMMARY:Laboratorio casa"),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART;TZID=Europe/Rome:20270304T100000"),
        "{ics}"
    );
    assert!(ics.contains("LOCATION:Via Bologna 51\\, Torino"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 2, "{ics}");
    assert!(
        ics.contains("TRIGGER;RELATED=START:-PT86400S")
            && ics.contains("TRIGGER;RELATED=START:-PT7200S"),
        "{ics}"
    );
    assert!(
        ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Rome") && ics.contains("TZOFFSETTO:+0200"),
        "{ics}"
    );

    // Signing up twice is refused.
    assert_eq!(
        store::sign_up(&db, id, 701, &[1440, 120], h.clock.now())
            .await
            .unwrap(),
        SignUp::AlreadySigned
    );

    open_event(&h, &mut b, fr, "Atelier logement").await;
    b.click(&h.t(fr, "ev-sign-up"));
    b.expect(&h.i18n.fmt(fr, "ev-on-waitlist", &[("position", 1.into())]))
        .await;
    b.send("/menu");
    b.expect(&h.t(fr, "menu-title")).await;
    b.click(&h.t(fr, "menu-my-signups"));
    b.expect(
        &h.i18n
            .fmt(fr, "ev-waitlist-position", &[("position", 1.into())]),
    )
    .await;

    // A cancels; B is promoted and told in French.
    open_event(&h, &mut a, it, "Laboratorio casa").await;
    a.click(&h.t(it, "ev-cancel-place"));
    a.expect("Vuoi annullare").await;
    a.click(&h.t(it, "ev-cancel-yes"));
    a.expect(&h.t(it, "ev-place-cancelled")).await;
    b.expect("Atelier logement").await;
    assert_eq!(
        store::status_of(&db, id, 702).await.unwrap(),
        Some(SignUp::Confirmed)
    );
    // Cancelling without being signed up.
    assert_eq!(
        store::cancel_signup(&db, id, 701, &[1440, 120], h.clock.now())
            .await
            .unwrap(),
        store::Cancel::NotSigned
    );
}

#[tokio::test]
async fn reminders_on_time_after_downtime_and_never_twice() {
    let mut h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let es = Lang::Es;
    let mut u = h.user(711, Some("es"));
    u.onboard(&h.i18n, es).await;
    let first = store::create(&db, &event(&h, Duration::hours(30), 10), h.clock.now())
        .await
        .unwrap();
    assert_eq!(
        store::sign_up(&db, first, 711, &[1440, 120], h.clock.now())
            .await
            .unwrap(),
        SignUp::Confirmed
    );
    // 24 hours before.
    h.clock.advance(Duration::hours(6));
    let r = u.expect("Laboratorio casa").await;
    assert!(
        crate::common::plain(r.text()).contains("dentro de 24 horas"),
        "{}",
        r.text()
    );
    assert!(r.buttons().iter().any(|b| b.0 == h.t(es, "ev-cant-come")));
    // The bot is down when the 2-hour reminder is due; it comes back 40 minutes before the start.
    h.stop_bot().await;
    h.clock.advance(Duration::hours(23) + Duration::minutes(20));
    h.start_bot().await;
    let r = u.expect("Laboratorio casa").await;
    assert!(
        crate::common::plain(r.text()).contains("dentro de 40 minutos"),
        "{}",
        r.text()
    );
    // A restart does not send it again.
    h.stop_bot().await;
    h.start_bot().await;
    u.send("/help");
    u.expect(&h.t(es, "help-intro")).await;
    let reminders = h
        .fake
        .calls()
        .iter()
        .filter(|c| c.chat_id == Some(711) && c.text().contains("Recordatorio"))
        .count();
    assert_eq!(reminders, 2);

    // A second event: the bot was down until after it started, so no reminder at all.
    let second = store::create(&db, &event(&h, Duration::hours(3), 10), h.clock.now())
        .await
        .unwrap();
    store::sign_up(&db, second, 711, &[1440, 120], h.clock.now())
        .await
        .unwrap();
    h.stop_bot().await;
    h.clock.advance(Duration::hours(4));
    h.start_bot().await;
    u.send("/help");
    u.expect(&h.t(es, "help-intro")).await;
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM reminders WHERE event_id = $1 AND outcome = 'dropped'",
    )
    .bind(second)
    .fetch_one(db.pool())
    .await
    .unwrap();
    // Only the 2-hour reminder was still ahead at sign-up; the pass drops it.
    let deadline = tokio::time::Instant::now() + crate::common::WAIT;
    let mut dropped = n;
    while dropped < 1 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        dropped = sqlx::query_as::<_, (i64,)>(
            "SELECT COUNT(*) FROM reminders WHERE event_id = $1 AND outcome = 'dropped'",
        )
        .bind(second)
        .fetch_one(db.pool())
        .await
        .unwrap()
        .0;
    }
    assert_eq!(dropped, 1);
    assert_eq!(
        h.fake
            .calls()
            .iter()
            .filter(|c| c.chat_id == Some(711) && c.text().contains("Recordatorio"))
            .count(),
        2
    );
}

#[tokio::test]
async fn i_cant_come_frees_the_place() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let sq = Lang::Sq;
    let mut u = h.user(721, Some("sq"));
    u.onboard(&h.i18n, sq).await;
    let id = store::create(&db, &event(&h, Duration::hours(3), 10), h.clock.now())
        .await
        .unwrap();
    store::sign_up(&db, id, 721, &[1440, 120], h.clock.now())
        .await
        .unwrap();
    // 90 minutes before the start, the 2-hour reminder is half an hour late.
    h.clock.advance(Duration::minutes(90));
    let r = u.expect("Kujtesë").await;
    assert!(
        crate::common::plain(r.text()).contains("pas 90 minutash"),
        "{}",
        r.text()
    );
    u.click(&h.t(sq, "ev-cant-come"));
    u.expect("Do ta anulosh").await;
    u.click(&h.t(sq, "ev-cancel-yes"));
    u.expect(&h.t(sq, "ev-place-cancelled")).await;
    assert_eq!(store::status_of(&db, id, 721).await.unwrap(), None);
}

#[tokio::test]
async fn changes_cancellation_attendance_and_sign_in_sheet() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let (en, ar, fr) = (Lang::En, Lang::Ar, Lang::Fr);
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let id = store::create(&db, &event(&h, Duration::days(2), 1), h.clock.now())
        .await
        .unwrap();
    let mut x = h.user(731, Some("ar"));
    x.onboard(&h.i18n, ar).await;
    let mut y = h.user(732, Some("fr"));
    y.onboard(&h.i18n, fr).await;
    store::sign_up(&db, id, 731, &[1440, 120], h.clock.now())
        .await
        .unwrap();
    store::sign_up(&db, id, 732, &[1440, 120], h.clock.now())
        .await
        .unwrap();

    admin.click(&h.t(en, "menu-manage-events"));
    let manage = admin.expect(&h.t(en, "ev-manage-title")).await;
    let first = manage.buttons()[0].0.clone();
    admin.click(&first);
    let org = admin.expect("1 of 1 places taken").await;
    assert!(
        org.text().contains("User731") && org.text().contains("User732"),
        "{}",
        org.text()
    );
    admin.click(&h.t(en, "ev-change-time"));
    admin.expect(&h.t(en, "ev-ask-new-start")).await;
    admin.send("6/3 11:00");
    admin.expect(&h.t(en, "ev-updated")).await;
    // Both are told, each in their language (the French title falls back for Arabic).
    x.expect("06/03/2027 11:00").await;
    let to_y = y.expect("Atelier logement").await;
    assert!(to_y.text().contains("06/03/2027 11:00"), "{}", to_y.text());

    // Attendance with one tap per person, and the CSV sign-in sheet.
    // Reproduced: presence could be marked days before the event, and a
    // certificate then attested it. Now only from the start.
    let org = admin.expect("1 of 1 places taken").await;
    admin.click(&h.t(en, "ev-attendance"));
    admin.expect(&h.t(en, "ev-attendance-not-yet")).await;
    admin.press_data(org.message_id().unwrap(), "ev:att:731");
    admin.expect(&h.t(en, "ev-attendance-not-yet")).await;
    h.clock
        .advance(Duration::days(5) + Duration::hours(1) + Duration::minutes(30));
    admin.click(&h.t(en, "ev-attendance"));
    admin.expect(&h.t(en, "ev-attendance-prompt")).await;
    admin.click("⬜ User731");
    let marked = admin.expect(&h.t(en, "ev-attendance-prompt")).await;
    assert!(marked.buttons().iter().any(|b| b.0 == "✅ User731"));
    admin.click(&h.t(en, "nav-back"));
    admin.expect("places taken").await;
    admin.click(&h.t(en, "ev-csv"));
    let doc = admin.expect_call("sendDocument").await;
    let file = doc.message.as_ref().unwrap()["document"]["file_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let csv = String::from_utf8(h.fake.upload(&file).unwrap().bytes).unwrap();
    assert!(csv.starts_with("Name,Status,Attended,Signature"), "{csv}");
    assert!(csv.contains("User731,signed up,yes,"), "{csv}");
    assert!(csv.contains("User732,waitlist no. 1,,"), "{csv}");
    // The attendance history is part of /mydata.
    let data = discorsi::privacy::collect(&db, 731).await.unwrap();
    assert_eq!(data["events"][0]["attended"], true);

    // Cancelling tells everyone, and the event's buttons then say so.
    admin.click(&h.t(en, "ev-cancel-event"));
    admin.expect(&h.t(en, "ev-cancel-event-confirm")).await;
    admin.click(&h.t(en, "ev-cancel-event-yes"));
    admin.expect(&h.t(en, "ev-event-cancelled")).await;
    y.expect("❌").await;
    assert!(store::get(&db, id).await.unwrap().unwrap().cancelled);
    let card_id = {
        y.send("/menu");
        y.expect(&h.t(fr, "menu-title")).await;
        y.click(&h.t(fr, "menu-my-signups"));
        y.expect(&h.t(fr, "ev-mine-none"))
            .await
            .message_id()
            .unwrap()
    };
    // No longer in "my sign-ups"; an old button still opens the card, which says so.
    y.press_data(card_id, &format!("ev:open:{id}"));
    let card = y.expect(&h.t(fr, "ev-cancelled")).await;
    assert!(!card.buttons().iter().any(|b| b.0 == h.t(fr, "ev-sign-up")));
}

#[tokio::test]
async fn a_leader_cannot_manage_another_associations_event() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let mine = discorsi::associations::store::create(&db, "Mia", "", &[], ADMIN, now)
        .await
        .unwrap();
    let other = discorsi::associations::store::create(&db, "Altra", "", &[], ADMIN, now)
        .await
        .unwrap();
    let code = discorsi::associations::store::create_invite(
        &db,
        mine,
        discorsi::associations::store::InviteKind::Leader,
        ADMIN,
        now,
        None,
    )
    .await
    .unwrap();
    discorsi::associations::store::redeem(
        &db,
        discorsi::associations::store::InviteKind::Leader,
        &code,
        741,
        now,
    )
    .await
    .unwrap();
    let mut e = event(&h, Duration::days(2), 5);
    e.association_id = Some(other);
    let foreign = store::create(&db, &e, now).await.unwrap();
    let en = Lang::En;
    let mut l = h.user(741, Some("en"));
    l.onboard(&h.i18n, en).await;
    l.click(&h.t(en, "menu-manage-events"));
    let manage = l.expect(&h.t(en, "ev-manage-none")).await;
    l.press_data(manage.message_id().unwrap(), &format!("ev:org:{foreign}"));
    l.expect(&h.t(en, "ev-not-your-event")).await;
}

#[tokio::test]
async fn the_last_seat_goes_to_exactly_one_person() {
    let h = Harness::start().await;
    let db = h.db.connect().await;
    for round in 0..5 {
        let id = store::create(&db, &event(&h, Duration::days(2), 1), h.clock.now())
            .await
            .unwrap();
        let mut tasks = vec![];
        for u in 0..2 {
            let db = db.clone();
            let now = h.clock.now();
            tasks.push(tokio::spawn(async move {
                store::sign_up(&db, id, 800 + u, &[120], now).await.unwrap()
            }));
        }
        let mut outcomes = vec![];
        for t in tasks {
            outcomes.push(t.await.unwrap());
        }
        assert_eq!(
            outcomes.iter().filter(|o| **o == SignUp::Confirmed).count(),
            1,
            "round {round}: {outcomes:?}"
        );
        assert_eq!(
            outcomes
                .iter()
                .filter(|o| **o == SignUp::Waitlist(1))
                .count(),
            1,
            "round {round}: {outcomes:?}"
        );
    }
    // Many at once for a few seats.
    let id = store::create(&db, &event(&h, Duration::days(2), 10), h.clock.now())
        .await
        .unwrap();
    let mut tasks = vec![];
    for u in 0..60 {
        let db = db.clone();
        let now = h.clock.now();
        tasks.push(tokio::spawn(async move {
            store::sign_up(&db, id, 900 + u, &[120], now).await.unwrap()
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(store::confirmed_count(&db, id).await.unwrap(), 10);
    let waiting: Vec<i64> = store::attendees(&db, id)
        .await
        .unwrap()
        .iter()
        .filter(|a| !a.confirmed)
        .map(|a| a.user_id)
        .collect();
    assert_eq!(waiting.len(), 50);
}

#[tokio::test]
async fn events_csv_import_is_all_or_nothing() {
    let h = Harness::start().await;
    let now = h.clock.now().timestamp();
    let header = "kind,topic,title_it,starts,ends,place,capacity";
    let good = "workshop,health,Salute,2027-04-01 10:00,2027-04-01 12:00,Via Po 1,30";
    let tz = chrono_tz::Europe::Rome;
    let ok = discorsi::events::import::parse(format!("{header}\n{good}\n").as_bytes(), tz, now, 0)
        .unwrap();
    assert_eq!(ok.len(), 1);
    for (row, col) in [
        (
            "party,health,X,2027-04-01 10:00,2027-04-01 12:00,Via Po 1,30",
            "kind",
        ),
        (
            "workshop,health,X,2020-04-01 10:00,2020-04-01 12:00,Via Po 1,30",
            "starts",
        ),
        (
            "workshop,health,X,2027-04-01 10:00,2027-04-01 09:00,Via Po 1,30",
            "ends",
        ),
        (
            "workshop,health,X,2027-04-01 10:00,2027-04-01 12:00,Via Po 1,0",
            "capacity",
        ),
        (
            "workshop,health,,2027-04-01 10:00,2027-04-01 12:00,Via Po 1,30",
            "title_it",
        ),
    ] {
        let errs = discorsi::events::import::parse(
            format!("{header}\n{good}\n{row}\n").as_bytes(),
            tz,
            now,
            0,
        )
        .unwrap_err();
        assert_eq!((errs[0].row, errs[0].column.as_str()), (3, col), "{errs:?}");
    }
}

/// A reminder Telegram keeps failing (5xx) is tried again later, waiting
/// twice as long each time, and given up after the last try: no pass
/// hammers Telegram, and no row stays open for ever. (teloxide itself waits
/// 10 s after a 5xx, so the test makes two tries, skipping the middle ones.)
#[tokio::test]
async fn a_reminder_that_keeps_failing_waits_longer_each_time_then_is_given_up() {
    use discorsi::telegram::scheduled::MAX_ATTEMPTS;
    let h = Harness::start().await;
    let db = h.db.connect().await;
    let mut u = h.user(712, Some("es"));
    u.onboard(&h.i18n, Lang::Es).await;
    let id = store::create(&db, &event(&h, Duration::hours(30), 10), h.clock.now())
        .await
        .unwrap();
    store::sign_up(&db, id, 712, &[1440], h.clock.now())
        .await
        .unwrap();
    h.fake.fail(
        Some("sendMessage"),
        discorsi::fake_api::Fault::Server(502),
        None,
    );
    let row = || async {
        sqlx::query_as::<_, (i64, i64, Option<String>)>(
            "SELECT attempts, due_at, outcome FROM reminders WHERE event_id = $1",
        )
        .bind(id)
        .fetch_one(db.pool())
        .await
        .unwrap()
    };
    let until = |done: fn(&(i64, i64, Option<String>)) -> bool| async move {
        let deadline = tokio::time::Instant::now() + crate::common::WAIT * 2;
        let mut r = row().await;
        while !done(&r) && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            r = row().await;
        }
        r
    };
    // The reminder falls due 24 hours before; the failed try moves it by 30 s.
    h.clock.advance(Duration::hours(6));
    let r = until(|r| r.0 >= 1).await;
    assert_eq!((r.0, r.1 - h.clock.now().timestamp(), r.2), (1, 30, None));
    // Not tried again before then (a try at 29 s would count below).
    let before = h
        .fake
        .calls()
        .iter()
        .filter(|c| c.chat_id == Some(712))
        .count();
    h.clock.advance(Duration::seconds(29));
    // Six more tries have failed; the next one is the last.
    sqlx::query("UPDATE reminders SET attempts = $1 WHERE event_id = $2")
        .bind(MAX_ATTEMPTS - 1)
        .bind(id)
        .execute(db.pool())
        .await
        .unwrap();
    h.clock.advance(Duration::seconds(1));
    let r = until(|r| r.2.is_some()).await;
    assert_eq!((r.0, r.2.as_deref()), (MAX_ATTEMPTS, Some("failed")));
    let calls = h.fake.calls();
    let tries = calls.iter().filter(|c| c.chat_id == Some(712)).count();
    assert_eq!(tries, before + 1, "one more try, at its time");
}

#[tokio::test]
async fn an_arabic_organiser_types_dates_and_numbers_in_arabic_digits() {
    use chrono::TimeZone;
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let ar = Lang::Ar;
    let mut a = h.user(ADMIN, Some("ar"));
    a.onboard(&h.i18n, ar).await;
    a.click(&h.t(ar, "menu-manage-events"));
    a.expect(&h.t(ar, "ev-manage-none")).await;
    a.click(&h.t(ar, "ev-new"));
    a.expect(&h.t(ar, "ev-ask-kind")).await;
    a.click(&h.t(ar, "ev-kind-workshop"));
    a.expect(&h.t(ar, "ev-ask-topic")).await;
    a.click(&h.t(ar, "topic-housing"));
    a.expect("اكتب العنوان").await;
    a.send("كيف تبحث عن سكن");
    a.expect(&h.t(ar, "ev-ask-description")).await;
    a.send("لقاء مع جمعية المستأجرين");
    a.expect(&h.t(ar, "ev-ask-start")).await;
    // Still checked as ASCII digits are: a day that does not exist, a past date.
    a.send("٣٢/١٢ ١٨:٣٠");
    a.expect(&h.t(ar, "ev-date-unreadable")).await;
    a.send("٠١/٠١/٢٠٢٧ ١٠:٠٠");
    a.expect(&h.t(ar, "ev-date-past")).await;
    // Arabic-Indic digits, as an Arabic keyboard types them.
    a.send("٢٥/١٢ ١٨:٣٠");
    a.expect(&h.t(ar, "ev-ask-end")).await;
    // Persian digits and the Arabic decimal separator.
    a.send("۲۰٫۰۰");
    a.expect(&h.t(ar, "ev-ask-place")).await;
    a.send("Via Bologna 51, Torino");
    a.expect("كم عدد الأماكن").await;
    for bad in ["٠", "١٠٠٠٠٠", "عشرون"] {
        a.send(bad);
        a.expect("اكتب عدد الأماكن").await;
    }
    a.send("\u{200F}٢٠");
    a.expect(&h.t(ar, "ev-ask-languages")).await;
    a.click(&h.t(ar, "ev-next"));
    a.expect(&h.t(ar, "ev-ask-audience")).await;
    a.click(&h.t(ar, "ev-aud-everyone"));
    let preview = a.expect("معاينة").await;
    assert!(
        preview.text().contains("25/12/2027") && preview.text().contains("18:30–20:00"),
        "{}",
        preview.text()
    );
    a.click(&h.t(ar, "ev-create"));
    a.expect(&h.t(ar, "ev-created")).await;
    let db = h.db.connect().await;
    let list = store::upcoming(&db, h.clock.now(), None).await.unwrap();
    assert_eq!(list.len(), 1);
    let rome = chrono_tz::Europe::Rome;
    assert_eq!(
        (list[0].starts_at, list[0].ends_at, list[0].capacity),
        (
            rome.with_ymd_and_hms(2027, 12, 25, 18, 30, 0)
                .unwrap()
                .to_utc(),
            rome.with_ymd_and_hms(2027, 12, 25, 20, 0, 0)
                .unwrap()
                .to_utc(),
            20
        )
    );

    // Moving it, typed the same way: it keeps its length.
    a.send("/menu");
    a.expect(&h.t(ar, "menu-title")).await;
    a.click(&h.t(ar, "menu-manage-events"));
    let manage = a.expect("فعالياتك").await;
    let first = manage.buttons()[0].0.clone();
    a.click(&first);
    a.click(&h.t(ar, "ev-change-time"));
    a.expect(&h.t(ar, "ev-ask-new-start")).await;
    a.send("٦/٣ ١١:٠٠");
    a.expect(&h.t(ar, "ev-updated")).await;
    let e = store::upcoming(&db, h.clock.now(), None).await.unwrap();
    assert_eq!(
        (e[0].starts_at, e[0].ends_at),
        (
            rome.with_ymd_and_hms(2027, 3, 6, 11, 0, 0)
                .unwrap()
                .to_utc(),
            rome.with_ymd_and_hms(2027, 3, 6, 12, 30, 0)
                .unwrap()
                .to_utc(),
        )
    );
}

/// An event card says what is missing in the reader's language, and names
/// its own languages (not the directory's "languages spoken").
async fn card_of(h: &Harness, u: &mut TUser, lang: Lang, title: &str) -> String {
    u.send("/menu");
    u.expect(&h.t(lang, "menu-title")).await;
    u.click(&h.t(lang, "menu-events"));
    u.expect(title).await;
    u.click("1");
    plain(u.expect(&h.t(lang, "ev-kind-workshop")).await.text())
}

#[tokio::test]
async fn an_event_card_says_what_is_missing_in_the_readers_language() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let mut e = event(&h, Duration::days(3), 10);
    // English has a title but no description; Spanish has nothing.
    e.texts.insert(
        "en".into(),
        Texts {
            title: "Housing workshop".into(),
            description: String::new(),
        },
    );
    store::create(&db, &e, h.clock.now()).await.unwrap();
    let (en, es) = (Lang::En, Lang::Es);

    let mut a = h.user(711, Some("en"));
    a.onboard(&h.i18n, en).await;
    let card = card_of(&h, &mut a, en, "Housing workshop").await;
    assert!(
        card.contains(&plain(&h.t(en, "ev-fallback-description"))),
        "{card}"
    );
    assert!(card.contains("Come cercare casa"), "{card}");
    assert!(
        !card.contains(&plain(&h.t(en, "ev-fallback-title"))),
        "{card}"
    );
    let langs = h.i18n.fmt(
        en,
        "ev-languages",
        &[("languages", "🇮🇹 Italiano, العربية".into())],
    );
    assert!(card.contains(&langs), "{card}");

    let mut b = h.user(712, Some("es"));
    b.onboard(&h.i18n, es).await;
    let card = card_of(&h, &mut b, es, "Laboratorio casa").await;
    assert!(card.contains(&plain(&h.t(es, "ev-fallback"))), "{card}");
    assert!(
        !card.contains(&plain(&h.t(es, "ev-fallback-description"))),
        "{card}"
    );
}
