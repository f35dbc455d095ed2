//! The `discorsi` binary itself: configuration errors, `migrate`, and a
//! graceful stop on SIGTERM.

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
