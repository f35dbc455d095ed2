//! Broadcast stress program. Prints, on SQLite and (with BENCH_DATABASE_URL)
//! PostgreSQL:
//!
//! Under Telegram's own limits (the fake's default flood control: a sliding
//! one-second window of 30 messages, about one a second per chat), with the
//! bot's default BROADCAST_RATE of 30 and its production flood gate:
//! 1. rate: 900 recipients: the achieved rate as a fraction of the limit,
//!    429s per 1,000 messages, lost and duplicate messages;
//! 2. start: the delay from Confirm to the first delivery, without and
//!    with a flood of user messages just before (10 people × 300), and how
//!    late a reminder due meanwhile goes out;
//! 3. fairness: reply latency p50/p99 of quiet people (5, one message a
//!    second each) while one person sends 1,500 messages.
//!
//! Then the sender's own ceiling, the fake limited to 1,000 messages/s:
//! 4. throughput: 10,000 recipients: achieved rate, lost, duplicates;
//! 5. faults: the same with 5% random 5xx answers and hanging requests;
//! 6. crashes: 5 SIGKILLs of the real `discorsi` binary at random moments
//!    during a 5,000-recipient broadcast, each followed by a restart.
//!
//!     cargo bench --bench broadcast
//!     BENCH_ONLY=limits cargo bench --bench broadcast   # 1–3 only

use std::{collections::HashMap, sync::Arc, time::Duration};

use chrono::Utc;
use discorsi::{
    app,
    broadcasts::store::{self, Audience},
    clock::SystemClock,
    config::Config,
    domain::BotToken,
    fake_api::{FakeTelegram, FakeUser, FloodRules},
    storage::Db,
};
use rand::Rng;
use tokio::time::Instant;

const TEXT: &str = "Assemblea generale sabato alle 10";
const LANGS: [&str; 6] = ["it", "fr", "es", "ar", "sq", "en"];

async fn seed(db: &Db, n: usize) -> i64 {
    seed_users(db, n).await;
    broadcast(db).await
}

/// Starts an announcement to everyone, as Confirm does.
async fn broadcast(db: &Db) -> i64 {
    let id = store::create_draft(db, 1, 1, &Audience::Everyone, TEXT, None, Utc::now())
        .await
        .unwrap();
    assert!(store::start(db, id, Utc::now()).await.unwrap());
    id
}

/// `n` onboarded people with ids 10,000 and up.
async fn seed_users(db: &Db, n: usize) {
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

/// The deliveries of TEXT the fake accepted, in order.
fn deliveries(fake: &FakeTelegram) -> Vec<std::time::Instant> {
    fake.calls()
        .iter()
        .filter(|c| c.ok && c.method == "sendMessage" && c.text() == TEXT)
        .map(|c| c.at)
        .collect()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or(f64::NAN)
}

/// Who is signed up for the reminder test events.
const REMINDED: i64 = 10_300;

/// An event whose 2-hour reminder falls due in about `secs` seconds, with
/// REMINDED signed up; returns its title and the instant it falls due
/// (stored times are whole seconds).
async fn reminder_due_in(db: &Db, secs: i64) -> (String, std::time::Instant) {
    use discorsi::events::{model, store as ev};
    let now = Utc::now();
    let due_in = (now.timestamp() + secs) as f64 - now.timestamp_micros() as f64 / 1e6;
    let due = std::time::Instant::now() + Duration::from_secs_f64(due_in.max(0.0));
    let title = format!("Riunione {}", now.timestamp_micros());
    let starts_at = now.timestamp() + 7200 + secs;
    let e = model::Event {
        id: 0,
        kind: model::Kind::Other,
        topic: discorsi::domain::Topic::Work,
        association_id: None,
        audience: model::Audience::Everyone,
        starts_at: discorsi::time::utc(starts_at),
        ends_at: discorsi::time::utc(starts_at + 3600),
        place: "Via Roma 1".into(),
        coords: None,
        online_url: String::new(),
        capacity: 10,
        languages: vec!["it".into()],
        texts: std::collections::BTreeMap::from([(
            "it".into(),
            model::Texts {
                title: title.clone(),
                description: String::new(),
            },
        )]),
        cancelled: false,
        created_by: 1,
    };
    let id = ev::create(db, &e, now).await.unwrap();
    ev::sign_up(db, id, REMINDED, &[120], now).await.unwrap();
    (title, due)
}

/// Scenarios 1–3: the bot at its defaults against Telegram's limits.
async fn under_telegram_limits(label: &str, url: &str) {
    const N: usize = 900;
    let db = app::open_db(url).await.unwrap();
    seed_users(&db, N).await;
    let fake = FakeTelegram::start().await.unwrap();
    let (stop, rx) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(app::run(
        config(url, &fake, 30.0, 10),
        Arc::new(SystemClock),
        async move {
            let _ = rx.await;
        },
    ));
    while fake.get_updates_calls() == 0 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // 1. Rate.
    let id = broadcast(&db).await;
    let deadline = Instant::now() + Duration::from_secs(300);
    while pending(&db, id).await > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let times = deliveries(&fake);
    let span = match (times.first(), times.last()) {
        (Some(a), Some(b)) => b.duration_since(*a).as_secs_f64(),
        _ => f64::NAN,
    };
    let rate = (times.len() as f64 - 1.0) / span;
    let (lost, dups) = tally(&fake, N);
    println!(
        "{label} rate: {N} recipients at BROADCAST_RATE=30 in {span:.1} s = {rate:.1} msg/s = {:.3} of the 30/s limit; 429s: {:.2} per 1,000 messages; lost {lost}, duplicates {dups}",
        rate / 30.0,
        fake.rate_limited() as f64 * 1000.0 / N as f64,
    );

    // 2. Confirm → first delivery, quiet, then right after a flood.
    let users: Vec<FakeUser> = (0..N)
        .map(|i| FakeUser::new(10_000 + i as i64, &format!("U{i}"), Some("it")))
        .collect();
    for flood in [false, true] {
        if flood {
            for u in users.iter().take(10) {
                for k in 0..300 {
                    fake.send_text(u, &format!("casa {k}"));
                }
            }
        }
        // A reminder falls due two seconds from now, in the same conditions.
        let (event, due) = reminder_due_in(&db, 2).await;
        let before = deliveries(&fake).len();
        let t0 = std::time::Instant::now();
        let id = broadcast(&db).await;
        let first = loop {
            let d = deliveries(&fake);
            if let Some(t) = d.get(before) {
                break t.duration_since(t0).as_secs_f64();
            }
            if t0.elapsed() > Duration::from_secs(120) {
                break f64::NAN;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        };
        println!(
            "{label} start: Confirm → first delivery {first:.3} s ({})",
            if flood {
                "right after 10 people sent 300 messages each"
            } else {
                "quiet"
            }
        );
        while pending(&db, id).await > 0 && t0.elapsed() < Duration::from_secs(300) {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let reminded = fake
            .wait_call(0, Duration::from_secs(120), |c| {
                c.ok && c.chat_id == Some(REMINDED) && c.text().contains(&event)
            })
            .await
            .map(|c| c.at.saturating_duration_since(due).as_secs_f64())
            .unwrap_or(f64::NAN);
        println!(
            "{label} start: a reminder went out {reminded:.3} s after its time ({})",
            if flood {
                "same flood, and the announcement above sending"
            } else {
                "with the announcement above sending"
            }
        );
    }

    // 3. Quiet people's replies while one floods.
    let flooder = &users[100];
    for k in 0..1500 {
        fake.send_text(flooder, &format!("lavoro {k}"));
    }
    let mut latencies = vec![];
    for round in 0..10 {
        let since = fake.next_seq();
        let sent: Vec<(i64, std::time::Instant)> = users[200..205]
            .iter()
            .map(|u| {
                fake.send_text(u, "/help");
                (u.id, std::time::Instant::now())
            })
            .collect();
        for (chat, t) in sent {
            let reply = fake
                .wait_call(since, Duration::from_secs(60), |c| {
                    c.ok && c.chat_id == Some(chat) && c.method == "sendMessage"
                })
                .await;
            if let Ok(c) = reply {
                latencies.push(c.at.duration_since(t).as_secs_f64() * 1000.0);
            }
        }
        if round < 9 {
            // About one message a second per person, as people write.
            tokio::time::sleep(Duration::from_millis(1100)).await;
        }
    }
    latencies.sort_by(f64::total_cmp);
    println!(
        "{label} fairness: 5 quiet people's reply latency p50 {:.1} ms, p99 {:.1} ms ({} replies, one message a second each) while one person sends 1,500 messages",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.len()
    );
    let _ = stop.send(());
    let _ = bot.await;
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
    under_telegram_limits("sqlite", &sqlite("l")).await;
    let only_limits = std::env::var("BENCH_ONLY").is_ok_and(|v| v == "limits");
    if only_limits {
        if let Ok(base) = std::env::var("BENCH_DATABASE_URL") {
            under_telegram_limits("postgres", &scoped(&base, "l").await).await;
        }
        return;
    }
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
            under_telegram_limits("postgres", &scoped(&base, "l").await).await;
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
