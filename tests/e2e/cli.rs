//! The `discorsi` binary itself: configuration errors, `migrate`, a
//! graceful stop on SIGTERM, and a SIGKILL under load.

use std::{process::Command, time::Duration};

use crate::common::{TestDb, WAIT};
use discorsi::{
    domain::BotToken,
    fake_api::{FakeTelegram, FakeUser},
};

fn discorsi() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_discorsi"));
    for var in [
        "TELOXIDE_TOKEN",
        "TELOXIDE_API_URL",
        "DATABASE_URL",
        "ADMIN_IDS",
        "WEBHOOK_URL",
    ] {
        c.env_remove(var);
    }
    c
}

#[test]
fn a_missing_token_explains_how_to_get_one() {
    let out = discorsi().arg("run").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("@BotFather") && err.contains("TELOXIDE_TOKEN"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_malformed_token_is_explained_not_a_panic() {
    let out = discorsi()
        .env("TELOXIDE_TOKEN", "not-a-token")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("malformed") && err.contains("@BotFather"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn help_documents_every_option() {
    let out = discorsi().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for opt in [
        "--token",
        "--api-url",
        "--database-url",
        "--admin-ids",
        "--timezone",
        "--webhook",
        "--webhook-listen",
        "--webhook-secret",
        "--log-level",
        "--log-format",
        "migrate",
        "run",
    ] {
        assert!(help.contains(opt), "--help lacks {opt}:\n{help}");
    }
}

#[tokio::test]
async fn migrate_applies_the_schema_and_exits() {
    let db = TestDb::new().await;
    let out = discorsi()
        .arg("migrate")
        .env("DATABASE_URL", &db.url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = db.connect().await;
    let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(conn.pool())
        .await
        .unwrap();
    assert_eq!(n.0, 0);
}

#[tokio::test]
async fn sigterm_stops_gracefully_and_confirms_the_offset() {
    let fake = FakeTelegram::start().await.unwrap();
    let db = TestDb::new().await;
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_discorsi"))
        .env("TELOXIDE_TOKEN", BotToken::fake().expose())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env("DATABASE_URL", &db.url)
        .env("POLL_TIMEOUT", "20")
        .env("LOG_LEVEL", "warn")
        .spawn()
        .unwrap();
    assert!(
        fake.wait_until(WAIT, |f| f.get_updates_calls() > 0).await,
        "bot never polled"
    );
    let user = FakeUser::new(5, "Amina", Some("ar"));
    let since = fake.next_seq();
    let id = fake.send_text(&user, "/start");
    fake.wait_call(since, WAIT, |c| {
        c.method == "sendMessage" && c.chat_id == Some(5)
    })
    .await
    .unwrap();
    // Mid long-poll: SIGTERM must not wait for the 20 s poll to end.
    let status = Command::new("kill")
        .args(["-TERM", &child.id().unwrap().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("exits promptly")
        .unwrap();
    assert_eq!(exit.code(), Some(0));
    assert!(fake.confirmed_offset() > i64::from(id));
}

#[test]
fn a_short_webhook_secret_is_refused() {
    let out = discorsi()
        .args(["run", "--webhook", "https://bot.example.org/hook"])
        .args(["--webhook-secret", "too-short-a-secret"])
        .env("TELOXIDE_TOKEN", BotToken::fake().expose())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at least 32"), "{err}");
}

#[tokio::test]
async fn health_checks_the_database_and_the_last_contact() {
    let db = TestDb::new().await;
    let health = || {
        discorsi()
            .arg("health")
            .env("DATABASE_URL", &db.url)
            .output()
            .unwrap()
    };
    // No database schema yet, then a bot that never reached Telegram.
    let out = health();
    assert_eq!(out.status.code(), Some(1));
    let conn = db.connect().await;
    let out = health();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not reached Telegram"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A recent contact is healthy; an old one is not.
    let now = chrono::Utc::now();
    discorsi::storage::heartbeat::record(&conn, now)
        .await
        .unwrap();
    let out = health();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("healthy"));
    discorsi::storage::heartbeat::record(&conn, now - chrono::Duration::minutes(10))
        .await
        .unwrap();
    let out = health();
    assert_eq!(out.status.code(), Some(1));
    conn.close().await;
}

/// The real binary against `fake` and `db`, polling every second, killed
/// when the test drops it.
fn killable_bot(fake: &FakeTelegram, db: &TestDb) -> tokio::process::Command {
    let mut c = tokio::process::Command::new(env!("CARGO_BIN_EXE_discorsi"));
    c.arg("run")
        .env("TELOXIDE_TOKEN", BotToken::fake().expose())
        .env("TELOXIDE_API_URL", fake.api_url().as_str())
        .env("DATABASE_URL", &db.url)
        .env("POLL_TIMEOUT", "1")
        .env("LOG_LEVEL", "error")
        .kill_on_drop(true);
    c
}

/// Killed with SIGKILL while thirty people are choosing their language, then
/// started again:
/// * every press the dead bot had received but not processed (queued, or
///   in a worker) is answered after the restart, with nobody pressing again;
/// * whoever saw the next screen can use it (its state was committed before
///   it was sent) and is never shown it twice;
/// * a press processed and committed but killed before its answer was sent
///   (the one window left) is answered when they press again.
#[tokio::test]
async fn sigkill_under_load_loses_no_update_and_repeats_no_answer() {
    let fake = FakeTelegram::start().await.unwrap();
    let db = TestDb::new().await;
    let spawn = || killable_bot(&fake, &db).spawn().unwrap();
    let mut child = spawn();
    let people: Vec<FakeUser> = (0..30)
        .map(|i| FakeUser::new(7000 + i, &format!("P{i}"), Some("it")))
        .collect();
    let mut pickers = vec![];
    for u in &people {
        let since = fake.next_seq();
        fake.send_text(u, "/start");
        pickers.push(fake.wait_chat(u.id, since, WAIT).await.unwrap());
    }

    let since = fake.next_seq();
    let presses: Vec<u32> = people
        .iter()
        .zip(&pickers)
        .map(|(u, picker)| fake.press(u, picker.message_id().unwrap(), "lang:it"))
        .collect();
    // Killed as soon as the first of them is answered.
    fake.wait_call(since, WAIT, |c| {
        c.chat_id.is_some_and(|id| id >= 7000) && c.method != "answerCallbackQuery"
    })
    .await
    .unwrap();
    child.start_kill().unwrap();
    child.wait().await.unwrap();
    let notice = |c: &discorsi::fake_api::Call| {
        c.seq >= since && c.buttons().iter().any(|(_, d)| d == "privacy:ok")
    };
    let answered: Vec<i64> = people
        .iter()
        .filter(|u| {
            fake.calls()
                .iter()
                .any(|c| c.chat_id == Some(u.id) && notice(c))
        })
        .map(|u| u.id)
        .collect();
    assert!(!answered.is_empty());
    // What the dead bot had processed (committed) when it was killed.
    let conn = db.connect().await;
    let committed: Vec<i64> = sqlx::query_scalar("SELECT update_id FROM processed_updates")
        .fetch_all(conn.pool())
        .await
        .unwrap();
    conn.close().await;

    let polls = fake.get_updates_calls();
    let _child = spawn();
    // The updates not confirmed to Telegram come again; those confirmed
    // were stored first and are handled from the database.
    assert!(
        fake.wait_until(WAIT, |f| f.get_updates_calls() > polls + 1
            && f.pending_updates() == 0)
            .await,
        "updates left pending"
    );
    let mut lost = 0;
    for (u, press) in people.iter().zip(&presses) {
        if committed.contains(&i64::from(*press)) {
            continue;
        }
        let shown = fake
            .wait_call(since, WAIT, |c| c.chat_id == Some(u.id) && notice(c))
            .await;
        lost += usize::from(shown.is_err());
    }
    assert_eq!(lost, 0, "presses received and never answered");
    for (u, picker) in people.iter().zip(&pickers) {
        let again = fake.next_seq();
        let seen = fake
            .calls()
            .into_iter()
            .find(|c| c.chat_id == Some(u.id) && notice(c));
        let shown = match seen {
            Some(call) => call,
            // Its update was committed, then the bot died before the
            // answer: pressing the language again shows the notice.
            None => {
                fake.press(u, picker.message_id().unwrap(), "lang:it");
                fake.wait_call(again, WAIT, |c| c.chat_id == Some(u.id) && notice(c))
                    .await
                    .unwrap()
            }
        };
        // The screen works: accepting leads to the main menu.
        let next = fake.next_seq();
        fake.press(u, shown.message_id().unwrap(), "privacy:ok");
        fake.wait_call(next, WAIT, |c| {
            c.chat_id == Some(u.id) && c.buttons().iter().any(|(_, d)| d == "menu:services")
        })
        .await
        .unwrap();
    }
    assert!(answered.len() < people.len(), "killed too late to test");
    for id in people.iter().map(|u| u.id) {
        let times = fake
            .calls()
            .iter()
            .filter(|c| c.chat_id == Some(id) && notice(c))
            .count();
        assert_eq!(times, 1, "chat {id} was shown the notice {times} times");
    }
}

/// Every update the bot received is answered, even when it was killed while
/// the update waited in its queue: Telegram was told it arrived only once it
/// was stored, and the next start handles it.
#[tokio::test]
async fn sigkill_with_updates_queued_loses_none() {
    let fake = FakeTelegram::start().await.unwrap();
    let db = TestDb::new().await;
    let spawn = || killable_bot(&fake, &db).spawn().unwrap();
    let mut child = spawn();
    assert!(
        fake.wait_until(WAIT, |f| f.get_updates_calls() > 0).await,
        "the bot never polled"
    );
    // Every send hangs: each person's first update holds their chat's
    // worker, and their second waits behind it.
    fake.set_chaos(0.0, 1.0, Duration::from_secs(120), 1);
    let people: Vec<FakeUser> = (0..5)
        .map(|i| FakeUser::new(7100 + i, &format!("Q{i}"), Some("fr")))
        .collect();
    for u in &people {
        fake.send_text(u, "/start");
        fake.send_text(u, "/start");
    }
    // Both were received and confirmed to Telegram (a later poll passed
    // their offset).
    assert!(
        fake.wait_until(WAIT, |f| f.pending_updates() == 0).await,
        "updates not received"
    );
    let polls = fake.get_updates_calls();
    assert!(
        fake.wait_until(WAIT, |f| f.get_updates_calls() > polls + 1)
            .await
    );
    child.start_kill().unwrap();
    child.wait().await.unwrap();

    fake.set_chaos(0.0, 0.0, Duration::ZERO, 1);
    let since = fake.next_seq();
    let _child = spawn();
    for u in &people {
        let picker = fake
            .wait_call(since, WAIT, |c| {
                c.chat_id == Some(u.id) && c.buttons().iter().any(|(_, d)| d == "lang:fr")
            })
            .await;
        assert!(picker.is_ok(), "{}'s queued /start was lost", u.first_name);
    }
}

/// A webhook update answered 200 is Telegram's no more: killed with SIGKILL
/// while such updates wait in the queue, the bot handles them at its next
/// start (here by long polling).
#[tokio::test]
async fn sigkill_after_the_webhook_said_200_loses_no_update() {
    const SECRET: &str = "a-webhook-secret-of-40-characters-long-y";
    let fake = FakeTelegram::start().await.unwrap();
    let db = TestDb::new().await;
    let listen = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let url = format!("http://{listen}/telegram");
    let spawn = |webhook: bool| {
        let mut c = killable_bot(&fake, &db);
        if webhook {
            c.env("WEBHOOK_URL", &url)
                .env("WEBHOOK_LISTEN", listen.to_string())
                .env("WEBHOOK_SECRET", SECRET);
        }
        c.spawn().unwrap()
    };
    let since = fake.next_seq();
    let mut child = spawn(true);
    fake.wait_call(since, WAIT, |c| c.method == "setWebhook")
        .await
        .unwrap();
    // Every send hangs, so the second update of each person stays queued.
    fake.set_chaos(0.0, 1.0, Duration::from_secs(120), 1);
    let http = reqwest::Client::new();
    let people: Vec<i64> = (0..5).map(|i| 7200 + i).collect();
    let mut update_id = 10;
    for &p in &people {
        for _ in 0..2 {
            update_id += 1;
            let body = serde_json::json!({
                "update_id": update_id,
                "message": {"message_id": update_id, "date": 0,
                            "chat": {"id": p, "type": "private", "first_name": "W"},
                            "from": {"id": p, "is_bot": false, "first_name": "W", "language_code": "es"},
                            "text": "/start"}
            });
            let deadline = tokio::time::Instant::now() + WAIT;
            loop {
                let status = http
                    .post(&url)
                    .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .json(&body)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0);
                if status == 200 {
                    break;
                }
                assert!(tokio::time::Instant::now() < deadline, "status {status}");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    }
    child.start_kill().unwrap();
    child.wait().await.unwrap();

    fake.set_chaos(0.0, 0.0, Duration::ZERO, 1);
    let since = fake.next_seq();
    let _child = spawn(false);
    for &p in &people {
        let picker = fake
            .wait_call(since, WAIT, |c| {
                c.chat_id == Some(p) && c.buttons().iter().any(|(_, d)| d == "lang:es")
            })
            .await;
        assert!(
            picker.is_ok(),
            "chat {p}: an update accepted with 200 was lost"
        );
    }
}
