//! Broadcast stress program. Prints, on SQLite and (with BENCH_DATABASE_URL)
//! PostgreSQL:
//!
//! 1. throughput: 10,000 recipients, the fake Bot API limited to 1,000
//!    messages per second (429 above): achieved rate, lost, duplicates;
//! 2. faults: the same with 5% random 5xx answers and hanging requests;
//! 3. crashes: 5 SIGKILLs of the real `discorsi` binary at random moments
//!    during a 5,000-recipient broadcast, each followed by a restart.
//!
//!     cargo bench --bench broadcast

use std::{collections::HashMap, sync::Arc, time::Duration};

use chrono::Utc;
use discorsi::{
    app,
    broadcasts::store::{self, Audience},
    clock::SystemClock,
    config::Config,
    domain::BotToken,
    fake_api::{FakeTelegram, FloodRules},
    storage::Db,
};
use rand::Rng;
use tokio::time::Instant;

const TEXT: &str = "Assemblea generale sabato alle 10";
const LANGS: [&str; 6] = ["it", "fr", "es", "ar", "sq", "en"];

async fn seed(db: &Db, n: usize) -> i64 {
    let now = Utc::now().timestamp();
    for chunk in (0..n).collect::<Vec<_>>().chunks(400) {
        let mut sql = String::from(
            "INSERT INTO users (id, chat_id, first_name, lang, privacy_accepted_at, created_at, last_seen_at) VALUES ",
        );
        let rows: Vec<String> = chunk
            .iter()
            .map(|i| {
                let id = 10_000 + *i as i64;
                format!(
                    "({id}, {id}, 'U{i}', '{}', {now}, {now}, {now})",
                    LANGS[i % LANGS.len()]
                )
            })
            .collect();
        sql.push_str(&rows.join(","));
        sqlx::query(&sql).execute(db.pool()).await.unwrap();
    }
    let id = store::create_draft(db, 1, 1, &Audience::Everyone, TEXT, None, Utc::now())
        .await
        .unwrap();
    assert!(store::start(db, id, Utc::now()).await.unwrap());
    id
}

async fn pending(db: &Db, id: i64) -> i64 {
    store::figures(db, id)
        .await
        .unwrap()
        .get("pending")
        .map(|m| m.values().sum())
        .unwrap_or(0)
}

/// Lost recipients and duplicate messages, from what the fake received.
fn tally(fake: &FakeTelegram, n: usize) -> (usize, usize) {
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    let calls = fake.calls();
    for c in calls
        .iter()
        .filter(|c| c.ok && c.method == "sendMessage" && c.text() == TEXT)
    {
        *per_chat.entry(c.chat_id.unwrap_or_default()).or_default() += 1;
    }
    let lost = (0..n)
        .filter(|i| !per_chat.contains_key(&(10_000 + *i as i64)))
        .count();
    let dups = per_chat.values().map(|v| v - 1).sum();
    (lost, dups)
}

fn config(url: &str, fake: &FakeTelegram, rate: f64, timeout: u64) -> Config {
    let mut c = Config::for_token(BotToken::fake(), url);
    c.api_url = Some(fake.api_url());
    c.send_rate = rate;
    c.send_timeout = Duration::from_secs(timeout);
    c.poll_timeout = Duration::from_secs(2);
    c
}

async fn in_process(label: &str, url: &str, n: usize, chaos: bool) {
    let db = app::open_db(url).await.unwrap();
    let id = seed(&db, n).await;
    let fake = FakeTelegram::start().await.unwrap();
    fake.set_flood_rules(Some(FloodRules {
        global_per_sec: 1000,
        ..FloodRules::default()
    }));
    if chaos {
        fake.set_chaos(0.025, 0.025, Duration::from_millis(1500), 7);
    }
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(app::run(
        config(url, &fake, 1000.0, 1),
        Arc::new(SystemClock),
        async move {
            let _ = rx.await;
        },
    ));
    let start = Instant::now();
    let deadline = start + Duration::from_secs(600);
    while pending(&db, id).await > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let _ = stop.send(());
    let _ = bot.await;
    let (lost, dups) = tally(&fake, n);
    let delivered = n - lost;
    println!(
        "{label}: {n} recipients in {elapsed:.2} s = {:.0} msg/s ({:.1}% of the 1000/s limit); 429s: {}; lost {lost}, duplicates {dups}",
        delivered as f64 / elapsed,
        delivered as f64 / elapsed / 10.0,
        fake.rate_limited()
    );
    db.close().await;
}

async fn crashes(label: &str, url: &str, n: usize, kills: usize) {
    let db = app::open_db(url).await.unwrap();
    let id = seed(&db, n).await;
    let fake = FakeTelegram::start().await.unwrap();
    fake.set_flood_rules(Some(FloodRules {
        global_per_sec: 1000,
        ..FloodRules::default()
    }));
    let spawn = || {
        tokio::process::Command::new(env!("CARGO_BIN_EXE_discorsi"))
            .env("TELOXIDE_TOKEN", BotToken::fake().expose())
            .env("TELOXIDE_API_URL", fake.api_url().as_str())
            .env("DATABASE_URL", url)
            .env("BROADCAST_RATE", "1000")
            .env("SEND_TIMEOUT", "2")
            .env("POLL_TIMEOUT", "2")
            .env("LOG_LEVEL", "error")
            .kill_on_drop(true)
            .spawn()
            .unwrap()
    };
    let start = Instant::now();
    let mut rng = rand::rng();
    for _ in 0..kills {
        let mut child = spawn();
        tokio::time::sleep(Duration::from_millis(rng.random_range(150..900))).await;
        child.kill().await.unwrap(); // SIGKILL
    }
    let mut child = spawn();
    let deadline = Instant::now() + Duration::from_secs(600);
    while pending(&db, id).await > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let elapsed = start.elapsed().as_secs_f64();
    child.kill().await.unwrap();
    let (lost, dups) = tally(&fake, n);
    println!(
        "{label}: {n} recipients, {kills} SIGKILLs, done in {elapsed:.1} s; lost {lost}, duplicates {dups} (in-flight window {} per crash, so at most {})",
        discorsi::broadcasts::sender::IN_FLIGHT,
        discorsi::broadcasts::sender::IN_FLIGHT * kills
    );
    db.close().await;
}

async fn scoped(base: &str, name: &str) -> String {
    let db = Db::connect(base).await.unwrap();
    let schema = format!("bench_{name}_{}", std::process::id());
    sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .execute(db.pool())
        .await
        .unwrap();
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(db.pool())
        .await
        .unwrap();
    db.close().await;
    discorsi::storage::with_search_path(base, &schema)
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = |n: &str| format!("sqlite://{}", dir.path().join(format!("{n}.db")).display());
    in_process("sqlite throughput", &sqlite("t"), 10_000, false).await;
    in_process(
        "sqlite faults (5% 5xx and timeouts)",
        &sqlite("f"),
        10_000,
        true,
    )
    .await;
    crashes("sqlite crashes", &sqlite("c"), 5_000, 5).await;
    match std::env::var("BENCH_DATABASE_URL").or_else(|_| std::env::var("TEST_DATABASE_URL")) {
        Ok(base) if !base.is_empty() => {
            in_process(
                "postgres throughput",
                &scoped(&base, "t").await,
                10_000,
                false,
            )
            .await;
            in_process(
                "postgres faults (5% 5xx and timeouts)",
                &scoped(&base, "f").await,
                10_000,
                true,
            )
            .await;
            crashes("postgres crashes", &scoped(&base, "c").await, 5_000, 5).await;
        }
        _ => println!("postgres: skipped (set BENCH_DATABASE_URL)"),
    }
}
