//! Throughput and footprint per update: the bot as its own process (the
//! `discorsi run` binary of this build) against the project's fake Bot API,
//! beside a bare teloxide dispatcher that only echoes (the ceiling), in the
//! same run on the same machine.
//!
//! Each simulated person runs the flow of a newcomer: /start → language →
//! accept the notice → main menu → "Find a service", then types 10 searches;
//! the echo bot gets the same number of messages. All `BENCH_USERS` people
//! (1000 by default) at once. Printed per bot: updates/s, the ratio to the
//! echo dispatcher, reply latency p50/p99, the bot's CPU per update, its idle
//! CPU and RSS, its RSS after the load, and the CPU of this process (the
//! fake and the simulated people) so one can see it is not the bottleneck.
//! Discorsi runs on SQLite, then on PostgreSQL when BENCH_DATABASE_URL (or
//! TEST_DATABASE_URL) is set.
//!
//!     cargo bench --bench throughput
//!     BENCH_USERS=200 cargo bench --bench throughput

mod common;

use std::{
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use discorsi::{
    domain::BotToken,
    fake_api::{Call, FakeTelegram, FakeUser},
};

/// Searches typed after the menu, per person.
const SEARCHES: usize = 10;
/// Updates per person: /start, language, notice, "Find a service", searches.
const PER_USER: usize = 4 + SEARCHES;
const WAIT: Duration = Duration::from_secs(120);

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--echo-bot") {
        let url = args.get(i + 1).expect("--echo-bot URL");
        return echo_bot(url);
    }
    let users: i64 = std::env::var("BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        println!("throughput: {users} people at once, {PER_USER} updates each");
        let echo = run(Target::Echo, users).await;
        echo.print("teloxide echo", None);
        common::on_each_database("throughput", |label, url| {
            let echo = echo.per_sec();
            async move {
                let f = run(Target::Discorsi(url), users).await;
                f.print(&format!("discorsi {label}"), Some(echo));
            }
        })
        .await;
    });
}

enum Target {
    Echo,
    Discorsi(String),
}

struct Figures {
    updates: usize,
    secs: f64,
    latencies: Vec<Duration>,
    bot_cpu: f64,
    here_cpu: f64,
    idle_cpu_per_sec: f64,
    idle_rss: f64,
    load_rss: f64,
}

impl Figures {
    fn per_sec(&self) -> f64 {
        self.updates as f64 / self.secs
    }

    fn print(&self, label: &str, echo: Option<f64>) {
        let mut l = self.latencies.clone();
        l.sort();
        let q = |p: f64| {
            l.get(((l.len() as f64 * p) as usize).min(l.len().saturating_sub(1)))
                .map(|d| d.as_secs_f64() * 1000.0)
                .unwrap_or(f64::NAN)
        };
        let ratio = echo
            .map(|e| format!(" ({:.2}× echo)", self.per_sec() / e))
            .unwrap_or_default();
        println!(
            "{label}: {:.0} updates/s{ratio} · latency p50 {:.1} ms, p99 {:.1} ms · bot CPU {:.0} µs/update · idle {:.1} ms CPU/s, {:.1} MB · {:.1} MB after the load · this process (fake and people) {:.0} µs/update",
            self.per_sec(),
            q(0.50),
            q(0.99),
            self.bot_cpu / self.updates as f64 * 1e6,
            self.idle_cpu_per_sec * 1000.0,
            self.idle_rss,
            self.load_rss,
            self.here_cpu / self.updates as f64 * 1e6,
        );
    }
}

async fn run(target: Target, users: i64) -> Figures {
    let fake = FakeTelegram::start().await.unwrap();
    fake.set_flood_rules(None);
    let mut child = spawn(&target, &fake);
    let pid = child.id();
    assert!(
        fake.wait_until(Duration::from_secs(60), |f| f.get_updates_calls() > 0)
            .await,
        "the bot never polled"
    );
    // Settled and idle: what it costs to do nothing.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_from = cpu_secs(pid);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let idle_cpu_per_sec = (cpu_secs(pid) - idle_from) / 3.0;
    let idle_rss = rss_mb(pid);

    let fake = Arc::new(fake);
    let echo = matches!(target, Target::Echo);
    let (bot0, here0) = (cpu_secs(pid), cpu_secs(std::process::id()));
    let start = Instant::now();
    let people: Vec<_> = (0..users)
        .map(|i| {
            let fake = fake.clone();
            tokio::spawn(async move {
                let u = FakeUser::new(5_000_000 + i, &format!("P{i}"), Some("it"));
                if echo {
                    echo_flow(&fake, &u).await
                } else {
                    newcomer(&fake, &u).await
                }
            })
        })
        .collect();
    let mut latencies = Vec::with_capacity(users as usize * PER_USER);
    for p in people {
        latencies.extend(p.await.unwrap());
    }
    let secs = start.elapsed().as_secs_f64();
    let (bot_cpu, here_cpu) = (cpu_secs(pid) - bot0, cpu_secs(std::process::id()) - here0);
    let load_rss = rss_mb(pid);
    child.kill().ok();
    child.wait().ok();
    Figures {
        updates: latencies.len(),
        secs,
        latencies,
        bot_cpu,
        here_cpu,
        idle_cpu_per_sec,
        idle_rss,
        load_rss,
    }
}

fn spawn(target: &Target, fake: &FakeTelegram) -> Child {
    let url = fake.api_url().to_string();
    let mut cmd = match target {
        Target::Echo => {
            let mut c = Command::new(std::env::current_exe().unwrap());
            c.args(["--echo-bot", &url]);
            c
        }
        Target::Discorsi(db) => {
            let mut c = Command::new(env!("CARGO_BIN_EXE_discorsi"));
            c.arg("run")
                .env("TELOXIDE_TOKEN", BotToken::fake().expose())
                .env("TELOXIDE_API_URL", &url)
                .env("DATABASE_URL", db)
                .env("BROADCAST_RATE", "10000")
                .env("FLOOD_BURST", "100000")
                .env("FLOOD_RATE", "100000")
                .env("POLL_TIMEOUT", "2")
                .env("LOG_LEVEL", "warn");
            c
        }
    };
    cmd.stdout(Stdio::null()).stderr(Stdio::inherit());
    cmd.spawn().expect("start the bot")
}

/// One update from `u`, and the time until the bot's first call to the
/// chat after it; the call is returned for its buttons.
async fn step(fake: &FakeTelegram, u: &FakeUser, send: impl FnOnce()) -> (Call, Duration) {
    let since = fake.next_seq();
    let t = Instant::now();
    send();
    let call = fake
        .wait_chat(u.id, since, WAIT)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    (call, t.elapsed())
}

/// The button with data `data` on `call`'s message, pressed.
fn press(fake: &FakeTelegram, u: &FakeUser, call: &Call, data: &str) {
    assert!(
        call.buttons().iter().any(|(_, d)| d == data),
        "no button {data} in {:?}",
        call.buttons()
    );
    fake.press(u, call.message_id().unwrap(), data);
}

async fn newcomer(fake: &FakeTelegram, u: &FakeUser) -> Vec<Duration> {
    let mut out = vec![];
    let (picker, t) = step(fake, u, || {
        fake.send_text(u, "/start");
    })
    .await;
    out.push(t);
    let (notice, t) = step(fake, u, || press(fake, u, &picker, "lang:it")).await;
    out.push(t);
    let (menu, t) = step(fake, u, || press(fake, u, &notice, "privacy:ok")).await;
    out.push(t);
    let (_, t) = step(fake, u, || press(fake, u, &menu, "menu:services")).await;
    out.push(t);
    for _ in 0..SEARCHES {
        let (_, t) = step(fake, u, || {
            fake.send_text(u, "medico");
        })
        .await;
        out.push(t);
    }
    out
}

async fn echo_flow(fake: &FakeTelegram, u: &FakeUser) -> Vec<Duration> {
    let mut out = vec![];
    for i in 0..PER_USER {
        let (_, t) = step(fake, u, || {
            fake.send_text(u, &format!("ciao {i}"));
        })
        .await;
        out.push(t);
    }
    out
}

/// The ceiling: a teloxide dispatcher that answers every text with itself.
fn echo_bot(url: &str) {
    use teloxide::prelude::*;
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let bot = Bot::new(BotToken::fake().expose()).set_api_url(url.parse().unwrap());
        let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
            bot.send_message(msg.chat.id, msg.text().unwrap_or("?"))
                .await?;
            respond(())
        });
        Dispatcher::builder(bot, handler).build().dispatch().await;
    });
}

/// CPU seconds (user and system) of process `pid` so far.
fn cpu_secs(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // After the command name: state is field 0, utime 11, stime 12.
    (ticks(11) + ticks(12)) / 100.0
}

/// Resident memory of process `pid`, in MB.
fn rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}
