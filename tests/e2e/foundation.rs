//! End-to-end tests of the foundation, through the fake Bot API, on the
//! database chosen by TEST_DATABASE_URL (SQLite when unset).

use crate::common::{Harness, WAIT};
use discorsi::{fake_api::Fault, i18n::Lang, storage::users};

#[tokio::test]
async fn onboarding_in_each_of_the_six_languages() {
    let h = Harness::start().await;
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let mut u = h.user(100 + i as i64, Some(lang.code()));
        u.send("/start");
        let picker = u.expect(&h.t(lang, "language-prompt")).await;
        // The client's language comes first, and every language is offered.
        let buttons = picker.buttons();
        assert_eq!(buttons[0].0, lang.native_name());
        assert_eq!(buttons.len(), 6);
        u.click(lang.native_name());
        let notice = u.expect(&h.t(lang, "privacy-notice")).await;
        assert!(notice.text().contains("/mydata") && notice.text().contains("/delete"));
        u.click(&h.t(lang, "privacy-accept"));
        let menu = u.expect(&h.t(lang, "menu-title")).await;
        let labels: Vec<_> = menu.buttons().into_iter().map(|b| b.0).collect();
        assert!(labels.contains(&h.t(lang, "menu-language")), "{labels:?}");
        let stored = users::get(&h.db.connect().await, u.id())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.lang, Some(lang));
        assert!(stored.onboarded());
    }
}

#[tokio::test]
async fn unknown_client_language_gets_every_prompt() {
    let h = Harness::start().await;
    let mut u = h.user(7, Some("de"));
    u.send("/start");
    let picker = u.expect(&h.t(Lang::It, "language-prompt")).await;
    for lang in Lang::ALL {
        assert!(picker.text().contains(&h.t(lang, "language-prompt")));
    }
    assert_eq!(picker.buttons()[0].0, Lang::It.native_name());
}

#[tokio::test]
async fn changing_language_changes_every_later_reply() {
    let h = Harness::start().await;
    let mut u = h.user(8, Some("it"));
    u.onboard(&h.i18n, Lang::It).await;
    u.send("/language");
    u.expect(&h.t(Lang::It, "language-prompt")).await;
    u.click(Lang::Ar.native_name());
    u.expect(&h.t(Lang::Ar, "language-changed")).await;
    u.send("/help");
    u.expect(&h.t(Lang::Ar, "help-intro")).await;
    // The chat's own command menu follows the choice.
    // (It is sent in the background, so wait for it.)
    let cmds = h
        .fake
        .wait_call(0, crate::common::WAIT, |c| {
            c.method == "setMyCommands" && c.params["scope"]["chat_id"].as_i64() == Some(8)
        })
        .await
        .expect("chat-scoped commands");
    assert_eq!(
        cmds.params["commands"][1]["description"],
        h.t(Lang::Ar, "cmd-menu")
    );
    // And from the menu button too.
    u.send("/menu");
    u.expect(&h.t(Lang::Ar, "menu-title")).await;
    u.click(&h.t(Lang::Ar, "menu-language"));
    u.expect(&h.t(Lang::Ar, "language-prompt")).await;
    u.click(Lang::Sq.native_name());
    u.expect(&h.t(Lang::Sq, "language-changed")).await;
    // Back to the client's own language: the chat's own menu is dropped,
    // and the per-language menu of Italian applies again.
    u.send("/language");
    u.expect(&h.t(Lang::Sq, "language-prompt")).await;
    u.click(Lang::It.native_name());
    u.expect(&h.t(Lang::It, "language-changed")).await;
    h.fake
        .wait_call(0, crate::common::WAIT, |c| {
            c.method == "deleteMyCommands" && c.params["scope"]["chat_id"].as_i64() == Some(8)
        })
        .await
        .expect("the chat's own menu dropped");
}

#[tokio::test]
async fn choosing_the_clients_own_language_sets_no_chat_menu() {
    let h = Harness::start().await;
    let mut u = h.user(9, Some("fr"));
    u.onboard(&h.i18n, Lang::Fr).await;
    u.send("/help");
    u.expect(&h.t(Lang::Fr, "help-intro")).await;
    assert!(
        !h.fake
            .calls()
            .iter()
            .any(|c| c.method.ends_with("MyCommands")
                && c.params["scope"]["chat_id"].as_i64() == Some(9)),
        "the per-language menu registered at start-up already applies"
    );
}

#[tokio::test]
async fn commands_are_registered_per_language() {
    let h = Harness::start().await;
    let calls = h.fake.calls();
    for lang in Lang::ALL {
        let c = calls
            .iter()
            .find(|c| c.method == "setMyCommands" && c.params["language_code"] == lang.code())
            .unwrap_or_else(|| panic!("no commands for {lang}"));
        assert_eq!(c.params["commands"][0]["command"], "start");
        assert_eq!(
            c.params["commands"][0]["description"],
            h.t(lang, "cmd-start")
        );
    }
    assert!(
        h.fake.unknown_methods().is_empty(),
        "{:?}",
        h.fake.unknown_methods()
    );
}

#[tokio::test]
async fn back_home_and_cancel_return_safely() {
    let h = Harness::start().await;
    let en = Lang::En;
    let mut u = h.user(9, Some("en"));
    u.onboard(&h.i18n, en).await;
    u.click(&h.t(en, "menu-privacy"));
    u.expect(&h.t(en, "privacy-menu")).await;
    u.click(&h.t(en, "privacy-delete"));
    u.expect(&h.t(en, "delete-confirm")).await;
    u.click(&h.t(en, "nav-back"));
    u.expect(&h.t(en, "privacy-menu")).await;
    u.click(&h.t(en, "nav-back"));
    u.expect(&h.t(en, "menu-title")).await;
    u.click(&h.t(en, "menu-help"));
    u.expect(&h.t(en, "help-intro")).await;
    u.click(&h.t(en, "nav-home"));
    u.expect(&h.t(en, "menu-title")).await;
    // /cancel from the middle of a dialogue.
    u.send("/delete");
    u.expect(&h.t(en, "delete-confirm")).await;
    u.send("/cancel");
    u.expect(&h.t(en, "cancelled")).await;
    u.expect(&h.t(en, "menu-title")).await;
    // The confirmation's buttons are now stale: nothing is erased.
    u.click(&h.t(en, "delete-yes"));
    u.expect(&h.t(en, "button-expired")).await;
    assert!(
        users::get(&h.db.connect().await, 9)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn bad_input_gets_a_hint_and_the_same_choice() {
    let h = Harness::start().await;
    let fr = Lang::Fr;
    let mut u = h.user(10, Some("fr"));
    u.onboard(&h.i18n, fr).await;
    u.send("/delete");
    u.expect(&h.t(fr, "delete-confirm")).await;

    u.send("bonjour ?");
    let m = u.expect(&h.t(fr, "hint-use-buttons")).await;
    assert!(
        m.text()
            .contains(&crate::common::plain(&h.t(fr, "delete-confirm"))[..10])
    );
    assert!(m.buttons().iter().any(|b| b.0 == h.t(fr, "delete-yes")));

    h.fake.send_sticker(&u.u);
    u.expect(&h.t(fr, "hint-no-media")).await;
    h.fake.send_photo(&u.u);
    u.expect(&h.t(fr, "hint-no-media")).await;
    h.fake.send_voice(&u.u);
    u.expect(&h.t(fr, "hint-no-media")).await;
    u.send(&"très long ".repeat(400));
    u.expect(&h.t(fr, "hint-too-long")).await;
    u.send("/nimportequoi");
    u.expect(&h.t(fr, "unknown-command")).await;

    // Forged and stale button presses.
    let mid = u.find_button(&h.t(fr, "delete-no")).unwrap().0;
    u.press_data(mid, "priv:erase-yes-please");
    u.expect(&h.t(fr, "button-expired")).await;
    u.press_data(mid, "lang:de");
    u.expect(&h.t(fr, "button-expired")).await;
    u.press_data(999_999, "");
    u.expect(&h.t(fr, "button-expired")).await;

    // The dialogue is not stuck: the real button still works.
    u.click(&h.t(fr, "delete-no"));
    u.expect(&h.t(fr, "menu-title")).await;
    assert!(
        users::get(&h.db.connect().await, 10)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn bad_input_during_onboarding() {
    let h = Harness::start().await;
    let mut u = h.user(11, Some("es"));
    u.send("hola");
    u.expect(&h.t(Lang::Es, "language-prompt")).await;
    u.send("hola otra vez");
    u.expect(&h.t(Lang::Es, "hint-use-buttons")).await;
    u.send("/menu");
    u.expect(&h.t(Lang::Es, "language-prompt")).await;
    u.click(Lang::Es.native_name());
    u.expect(&h.t(Lang::Es, "privacy-notice")).await;
    h.fake.send_sticker(&u.u);
    u.expect(&h.t(Lang::Es, "hint-no-media")).await;
    u.click(&h.t(Lang::Es, "nav-back"));
    u.expect(&h.t(Lang::Es, "language-prompt")).await;
    u.click(Lang::Es.native_name());
    u.expect(&h.t(Lang::Es, "privacy-notice")).await;
    u.click(&h.t(Lang::Es, "privacy-accept"));
    u.expect(&h.t(Lang::Es, "menu-title")).await;
}

#[tokio::test]
async fn a_restart_resumes_the_dialogue() {
    let mut h = Harness::start().await;
    let sq = Lang::Sq;
    let mut u = h.user(12, Some("sq"));
    u.onboard(&h.i18n, sq).await;
    u.send("/delete");
    u.expect(&h.t(sq, "delete-confirm")).await;
    h.stop_bot().await;
    h.start_bot().await;
    // The confirmation shown before the restart still works afterwards.
    u.click(&h.t(sq, "delete-yes"));
    u.expect(&h.t(sq, "delete-done")).await;
    assert!(
        users::get(&h.db.connect().await, 12)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn graceful_shutdown_confirms_the_offset() {
    let mut h = Harness::start().await;
    let mut u = h.user(13, Some("en"));
    let id = u.send("/start");
    u.expect(&h.t(Lang::En, "language-prompt")).await;
    h.stop_bot().await;
    assert!(
        h.fake.confirmed_offset() > i64::from(id),
        "offset {} not past {id}",
        h.fake.confirmed_offset()
    );
    assert_eq!(h.fake.pending_updates(), 0);
}

#[tokio::test]
async fn a_redelivered_update_is_processed_once() {
    let h = Harness::start().await;
    let en = Lang::En;
    let mut u = h.user(14, Some("en"));
    u.onboard(&h.i18n, en).await;
    let id = u.send("/help");
    u.expect(&h.t(en, "help-intro")).await;
    h.fake.redeliver(id);
    h.fake.redeliver(id);
    u.send("/menu");
    u.expect(&h.t(en, "menu-title")).await;
    assert_eq!(u.count(&h.t(en, "help-intro")), 1);
}

#[tokio::test]
async fn mydata_exports_and_delete_erases() {
    let h = Harness::start().await;
    let it = Lang::It;
    let mut u = h.user(15, Some("it"));
    u.onboard(&h.i18n, it).await;
    u.send("/mydata");
    let doc = u.expect_call("sendDocument").await;
    // Profile and conversation state: two records.
    assert_eq!(
        doc.text(),
        h.i18n.fmt(it, "mydata-caption", &[("count", 2.into())])
    );
    let file_id = doc.message.as_ref().unwrap()["document"]["file_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let up = h.fake.upload(&file_id).unwrap();
    assert!(up.file_name.ends_with(".json"));
    let json: serde_json::Value = serde_json::from_slice(&up.bytes).unwrap();
    assert_eq!(json["data"]["profile"]["first_name"], "User15");
    assert_eq!(json["data"]["profile"]["language"], "it");
    assert_eq!(json["telegram_id"], 15);

    // From the menu as well.
    u.send("/menu");
    u.expect(&h.t(it, "menu-title")).await;
    u.click(&h.t(it, "menu-privacy"));
    u.expect(&h.t(it, "privacy-menu")).await;
    u.click(&h.t(it, "privacy-download"));
    u.expect_call("sendDocument").await;

    u.send("/delete");
    u.expect(&h.t(it, "delete-confirm")).await;
    u.click(&h.t(it, "delete-yes"));
    u.expect(&h.t(it, "delete-done")).await;
    let db = h.db.connect().await;
    assert!(users::get(&db, 15).await.unwrap().is_none());
    let left = discorsi::privacy::collect(&db, 15).await.unwrap();
    assert!(
        left.values()
            .all(|v| v.is_null() || v.as_array().is_some_and(|a| a.is_empty())),
        "{left:?}"
    );
    // Coming back starts from scratch.
    u.send("/start");
    u.expect(&h.t(it, "language-prompt")).await;
}

#[tokio::test]
async fn deep_links_are_parsed_safely() {
    let h = Harness::start().await;
    let en = Lang::En;
    let mut u = h.user(16, Some("en"));
    // Before onboarding: the link waits until the notice is accepted.
    u.send("/start abc_123");
    u.expect(&h.t(en, "language-prompt")).await;
    u.click(en.native_name());
    u.expect(&h.t(en, "privacy-notice")).await;
    u.click(&h.t(en, "privacy-accept"));
    u.expect(&h.t(en, "deeplink-unknown")).await;
    u.expect(&h.t(en, "menu-title")).await;
    u.send("/start '; DROP TABLE users; --");
    u.expect(&h.t(en, "deeplink-unknown")).await;
    u.expect(&h.t(en, "menu-title")).await;
}

#[tokio::test]
async fn a_user_who_blocked_the_bot_is_marked_and_comes_back() {
    let h = Harness::start().await;
    let en = Lang::En;
    let mut u = h.user(17, Some("en"));
    u.onboard(&h.i18n, en).await;
    h.fake.block(&u.u);
    u.send("/help");
    u.expect_call("sendMessage").await;
    let db = h.db.connect().await;
    assert!(
        wait_for(|| async { users::is_unreachable(&db, 17).await.unwrap() }).await,
        "user not marked unreachable"
    );
    h.fake.unblock(&u.u);
    u.send("/start");
    u.expect(&h.t(en, "menu-title")).await;
    assert!(!users::is_unreachable(&db, 17).await.unwrap());
}

#[tokio::test]
async fn telegram_errors_do_not_stop_the_bot() {
    let h = Harness::start().await;
    let en = Lang::En;
    let mut u = h.user(18, Some("en"));
    u.onboard(&h.i18n, en).await;
    for fault in [
        Fault::Server(502),
        Fault::BadRequest("something odd".into()),
        Fault::TooManyRequests { retry_after: 1 },
    ] {
        h.fake.fail(Some("sendMessage"), fault, Some(1));
        u.send("/help");
        u.expect_call("sendMessage").await;
    }
    h.fake.clear_faults();
    u.send("/help");
    u.expect(&h.t(en, "help-intro")).await;
}

async fn wait_for<F, Fut>(f: F) -> bool
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + WAIT;
    while tokio::time::Instant::now() < deadline {
        if f().await {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    false
}

/// Many updates arriving at once each get their own person, role,
/// dialogue state and redelivery mark: a guard for any batching of the
/// arrival read, whatever order its rows would come back in.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn updates_arriving_at_once_each_read_their_own_row() {
    use discorsi::storage::{turn, writer::Write};
    let test_db = crate::common::TestDb::new().await;
    let db = test_db.connect().await;
    let now = chrono::Utc::now();
    let at = now.timestamp();
    // People 1–60 are known; 61–70 write to the bot for the first time.
    for id in 1..=60 {
        users::touch(&db, id, id + 1000, &format!("P{id}"), Some("it"), now)
            .await
            .unwrap();
    }
    // A value only the stored row carries (the name and chat come from
    // the update itself).
    sqlx::query("UPDATE users SET region = 'r' || CAST(id AS TEXT)")
        .execute(db.pool())
        .await
        .unwrap();
    // Every third chat is inside a dialogue.
    for id in (3..=60).step_by(3) {
        let state = Some((id + 1000, format!("{{\"n\":{id}}}")));
        db.write(Write {
            state,
            now: at,
            ..Write::default()
        })
        .await
        .unwrap();
    }
    // Updates 1–20 were handled already: person `id` sends update 71 - id.
    for update in 1..=20 {
        let write = Write {
            update_id: Some(update),
            now: at,
            ..Write::default()
        };
        db.write(write).await.unwrap();
    }
    discorsi::associations::store::grant_staff(&db, 7, 1, now)
        .await
        .unwrap();
    let association = discorsi::associations::store::create(&db, "Amici", "", &[], 1, now)
        .await
        .unwrap();
    crate::common::make_leader(&db, 8, association).await;

    let reads: Vec<_> = (1..=70_i64)
        .map(|id| {
            let db = db.clone();
            tokio::spawn(async move {
                let name = format!("P{id}");
                let from = turn::Sender {
                    id,
                    chat_id: id + 1000,
                    first_name: &name,
                    language_code: Some("it"),
                };
                turn::arrive(&db, (71 - id) as u32, from, now)
                    .await
                    .unwrap()
            })
        })
        .collect();
    for (id, read) in (1..=70_i64).zip(reads) {
        let arrival = read.await.unwrap();
        assert_eq!(arrival.user.id, id);
        assert_eq!(arrival.user.chat_id, id + 1000);
        assert_eq!(arrival.user.first_name, format!("P{id}"));
        let region = (id <= 60).then(|| format!("r{id}"));
        assert_eq!(arrival.user.region, region, "person {id}");
        let state = (id % 3 == 0 && id <= 60).then(|| format!("{{\"n\":{id}}}"));
        assert_eq!(arrival.state, state, "person {id}");
        assert_eq!(arrival.seen, 71 - id <= 20, "person {id}");
        assert_eq!(arrival.staff, id == 7, "person {id}");
        assert_eq!(
            arrival.leads,
            (id == 8).then_some(association),
            "person {id}"
        );
    }
    db.close().await;
}

/// On PostgreSQL the arrival reads share a connection of their own; when
/// the server drops it (a restart, an idle socket a firewall forgot), the
/// next read goes through on a new one instead of failing its updates.
#[tokio::test]
async fn an_arrival_read_survives_the_loss_of_its_connection() {
    use discorsi::storage::{Backend, turn};
    let test_db = crate::common::TestDb::new().await;
    if test_db.connect().await.backend() != Backend::Postgres {
        return;
    }
    // A name no other test's connections have, to find this reader's.
    let name = "discorsi_reader_lost";
    let db = discorsi::app::open_db(&format!("{}&application_name={name}", test_db.url))
        .await
        .unwrap();
    let now = chrono::Utc::now();
    users::touch(&db, 5, 5, "Ana", Some("es"), now)
        .await
        .unwrap();
    let from = || turn::Sender {
        id: 5,
        chat_id: 5,
        first_name: "Ana",
        language_code: Some("es"),
    };
    let first = turn::arrive(&db, 1, from(), now).await.unwrap();
    assert_eq!(first.user.first_name, "Ana");
    let killed = crate::common::end_session(&db, name, "SELECT u.chat_id%unnest%").await;
    assert_eq!(killed, [true], "the reader's connection was not found");
    let again = turn::arrive(&db, 2, from(), now).await.unwrap();
    assert_eq!((again.user.id, again.seen), (5, false));
    db.close().await;
}

/// A person's language and notice go through the group commit: each write
/// changes only what it names, a choice and a `last_seen_at` for the same
/// row in one batch both land (on PostgreSQL two parts of one statement
/// updating one row would keep only one), and being seen again clears
/// "unreachable".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profile_choices_change_only_what_they_name() {
    use discorsi::storage::writer::{Profile, Write};
    let test_db = crate::common::TestDb::new().await;
    let db = test_db.connect().await;
    let now = chrono::Utc::now();
    let at = now.timestamp();
    for id in 1..=4 {
        users::touch(&db, id, id, &format!("P{id}"), Some("it"), now)
            .await
            .unwrap();
    }
    users::set_region(&db, 1, Some("to")).await.unwrap();
    users::mark_unreachable(&db, 3, now).await.unwrap();
    assert!(users::is_unreachable(&db, 3).await.unwrap());
    let later = at + 600;
    let profile = |user, lang: Option<&str>, accepted| Profile {
        user,
        lang: lang.map(str::to_owned),
        accepted,
    };
    // One write: a choice and a touch of the same row.
    db.write(Write {
        profile: Some(profile(1, Some("ar"), None)),
        touch: Some(1),
        now: later,
        ..Write::default()
    })
    .await
    .unwrap();
    users::set_lang(&db, 2, Lang::Sq).await.unwrap();
    users::accept_privacy(&db, 2, now).await.unwrap();
    // SQLite's caches given back while a write is under way (as after a
    // quiet second) change nothing that is read or written.
    let (_, written) = tokio::join!(
        db.release_memory(),
        db.write(Write {
            profile: Some(profile(3, None, Some(at))),
            touch: Some(3),
            now: later,
            ..Write::default()
        })
    );
    written.unwrap();
    db.release_memory().await;
    // Person 4: two choices at once, whichever batches they fall in.
    let (a, b) = tokio::join!(
        users::set_lang(&db, 4, Lang::Fr),
        users::accept_privacy(&db, 4, now)
    );
    a.unwrap();
    b.unwrap();

    type Row = (
        Option<String>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<String>,
    );
    let row = |id: i64| {
        let db = db.clone();
        async move {
            let r: Row = sqlx::query_as(
                "SELECT lang, privacy_accepted_at, last_seen_at, unreachable_since, region \
                 FROM users WHERE id = $1",
            )
            .bind(id)
            .fetch_one(db.pool())
            .await
            .unwrap();
            r
        }
    };
    let r = |lang: Option<&str>, acc, seen, gone, region: Option<&str>| {
        (
            lang.map(str::to_owned),
            acc,
            Some(seen),
            gone,
            region.map(str::to_owned),
        )
    };
    assert_eq!(row(1).await, r(Some("ar"), None, later, None, Some("to")));
    assert_eq!(row(2).await, r(Some("sq"), Some(at), at, None, None));
    assert_eq!(row(3).await, r(None, Some(at), later, None, None));
    assert_eq!(row(4).await, r(Some("fr"), Some(at), at, None, None));
    let stored = users::get(&db, 2).await.unwrap().unwrap();
    assert!(stored.onboarded());
    db.close().await;
}
