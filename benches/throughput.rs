//! Throughput and footprint per update: the bot as its own process (the
//! `discorsi run` binary of this build) against the project's fake Bot API,
//! beside a bare teloxide dispatcher that only echoes (the ceiling), in the
//! same run on the same machine.
//!
//! Each simulated person runs the flow of a newcomer: /start → language →
//! accept the notice → main menu → "Find a service", then types 10 searches;
//! the echo bot gets the same number of messages. All `BENCH_USERS` people
//! (1000 by default) at once, in `BENCH_ROUNDS` bursts (5; the median burst
//! is reported), then `BENCH_PACED` people (200) at one update a second each,
//! their starts spread over that second (≈200 updates/s). Printed per bot:
//! updates/s, the ratio to the echo dispatcher, reply latency p50/p99 in the
//! burst and in the paced run, the bot's CPU per update, its idle CPU and
//! RSS, its RSS after the bursts (anonymous part and threads too), and the
//! CPU of this process (the fake and the simulated people) so one can see it
//! is not the bottleneck. Discorsi runs on SQLite, then on PostgreSQL when
//! BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
//!
//!     cargo bench --bench throughput
//!     BENCH_USERS=200 BENCH_ROUNDS=3 cargo bench --bench throughput
//!
//! `BENCH_LOG` sets the bot's `LOG_LEVEL` (`warn`); `sqlx=debug` lists
//! every statement an update runs.

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
    let env = |name: &str, default: i64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let users = env("BENCH_USERS", 1000);
    let rounds = env("BENCH_ROUNDS", 5).max(1);
    let paced = env("BENCH_PACED", 200).max(1);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        println!(
            "throughput: {users} people at once, {PER_USER} updates each; median of {rounds} rounds; \
             then {paced} people at one update a second each (≈{paced} updates/s)"
        );
        let run = Run {
            users,
            rounds,
            paced,
        };
        let echo = measure(&Target::Echo, &run).await;
        echo.print("teloxide echo", None);
        common::on_each_database("throughput", |label, url| {
            let echo = echo.per_sec();
            async move {
                let f = measure(&Target::Discorsi(url), &run).await;
                f.print(&format!("discorsi {label}"), Some(echo));
            }
        })
        .await;
    });
}

/// What to run against each bot.
#[derive(Clone, Copy)]
struct Run {
    /// People at once in each burst.
    users: i64,
    /// Bursts; the median one by throughput is reported.
    rounds: i64,
    /// People in the paced run, each sending one update a second.
    paced: i64,
}

/// One bot process: idle figures, the bursts, then the paced run.
async fn measure(target: &Target, run: &Run) -> Figures {
    let Run {
        users,
        rounds,
        paced,
    } = *run;
    let fake = Arc::new(FakeTelegram::start().await.unwrap());
    fake.set_flood_rules(None);
    let mut child = spawn(target, &fake);
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
    let idle_mem = Memory::of(pid);

    let echo = matches!(target, Target::Echo);
    let mut runs = vec![];
    for round in 0..rounds {
        let first = 5_000_000 + round * users;
        let (bot0, here0) = (cpu_secs(pid), cpu_secs(std::process::id()));
        let start = Instant::now();
        let latencies = crowd(&fake, echo, first..first + users, None).await;
        let secs = start.elapsed().as_secs_f64();
        let (bot_cpu, here_cpu) = (cpu_secs(pid) - bot0, cpu_secs(std::process::id()) - here0);
        runs.push(Burst {
            updates: latencies.len(),
            secs,
            latencies,
            bot_cpu,
            here_cpu,
        });
    }
    let load_mem = Memory::of(pid);
    // What the bot keeps once the crowd has gone (it returns freed memory
    // after a quiet second).
    tokio::time::sleep(Duration::from_secs(2)).await;
    let settled_mem = Memory::of(pid);
    runs.sort_by(|a, b| a.per_sec().total_cmp(&b.per_sec()));
    let all: Vec<f64> = runs.iter().map(Burst::per_sec).collect();
    let median = runs.swap_remove(runs.len() / 2);

    let first = 5_000_000 + rounds * users;
    let paced = crowd(
        &fake,
        echo,
        first..first + paced,
        Some(Duration::from_secs(1)),
    )
    .await;
    child.kill().ok();
    child.wait().ok();
    Figures {
        median,
        rounds: all,
        paced,
        idle_cpu_per_sec,
        idle_mem,
        load_mem,
        settled_mem,
    }
}

/// People `ids` going through their flow at once; with `pace`, each person
/// sends at most one update per `pace`. Returns every reply's latency.
async fn crowd(
    fake: &Arc<FakeTelegram>,
    echo: bool,
    ids: std::ops::Range<i64>,
    pace: Option<Duration>,
) -> Vec<Duration> {
    let n = ids.end - ids.start;
    let first = ids.start;
    let people: Vec<_> = ids
        .map(|id| {
            let fake = fake.clone();
            tokio::spawn(async move {
                // Paced people start spread over one pace, so the updates
                // arrive evenly rather than in a burst each second.
                if let Some(p) = pace {
                    tokio::time::sleep(p.mul_f64((id - first) as f64 / n as f64)).await;
                }
                let u = FakeUser::new(id, &format!("P{id}"), Some("it"));
                if echo {
                    echo_flow(&fake, &u, pace).await
                } else {
                    newcomer(&fake, &u, pace).await
                }
            })
        })
        .collect();
    let mut latencies = vec![];
    for p in people {
        latencies.extend(p.await.unwrap());
    }
    latencies
}

enum Target {
    Echo,
    Discorsi(String),
}

/// One burst of people at once.
struct Burst {
    updates: usize,
    secs: f64,
    latencies: Vec<Duration>,
    bot_cpu: f64,
    here_cpu: f64,
}

impl Burst {
    fn per_sec(&self) -> f64 {
        self.updates as f64 / self.secs
    }
}

struct Figures {
    median: Burst,
    rounds: Vec<f64>,
    paced: Vec<Duration>,
    idle_cpu_per_sec: f64,
    idle_mem: Memory,
    load_mem: Memory,
    settled_mem: Memory,
}

fn quantile(latencies: &[Duration], p: f64) -> f64 {
    let mut l = latencies.to_vec();
    l.sort();
    l.get(((l.len() as f64 * p) as usize).min(l.len().saturating_sub(1)))
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(f64::NAN)
}

impl Figures {
    fn per_sec(&self) -> f64 {
        self.median.per_sec()
    }

    fn print(&self, label: &str, echo: Option<f64>) {
        let m = &self.median;
        let ratio = echo
            .map(|e| format!(" ({:.2}× echo)", self.per_sec() / e))
            .unwrap_or_default();
        let rounds: Vec<String> = self.rounds.iter().map(|r| format!("{r:.0}")).collect();
        println!("{label}:");
        println!(
            "  burst: {:.0} updates/s{ratio} (rounds {}) · latency p50 {:.1} ms, p99 {:.1} ms · bot CPU {:.0} µs/update · this process (fake and people) {:.0} µs/update",
            self.per_sec(),
            rounds.join(", "),
            quantile(&m.latencies, 0.50),
            quantile(&m.latencies, 0.99),
            m.bot_cpu / m.updates as f64 * 1e6,
            m.here_cpu / m.updates as f64 * 1e6,
        );
        println!(
            "  paced (≈{} updates/s): latency p50 {:.2} ms, p99 {:.2} ms over {} replies",
            self.paced.len() / PER_USER,
            quantile(&self.paced, 0.50),
            quantile(&self.paced, 0.99),
            self.paced.len(),
        );
        println!(
            "  idle: {:.2} ms CPU/s · RSS {} · at the end of the bursts: RSS {} · 2 s later: RSS {}",
            self.idle_cpu_per_sec * 1000.0,
            self.idle_mem,
            self.load_mem,
            self.settled_mem,
        );
    }
}

/// Resident memory of a process, with its anonymous part (heap, stacks;
/// the rest is mostly the binary's pages), and its threads.
struct Memory {
    rss: f64,
    anon: f64,
    threads: i64,
}

impl Memory {
    fn of(pid: u32) -> Memory {
        let field = |file: &str, name: &str| -> f64 {
            std::fs::read_to_string(format!("/proc/{pid}/{file}"))
                .unwrap_or_default()
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
                .unwrap_or(f64::NAN)
        };
        Memory {
            rss: field("status", "VmRSS:") / 1024.0,
            anon: field("smaps_rollup", "Anonymous:") / 1024.0,
            threads: field("status", "Threads:") as i64,
        }
    }
}

impl std::fmt::Display for Memory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.1} MB ({:.1} MB anonymous, {} threads)",
            self.rss, self.anon, self.threads
        )
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
                .env(
                    "LOG_LEVEL",
                    std::env::var("BENCH_LOG").unwrap_or_else(|_| "warn".into()),
                );
            c
        }
    };
    let log = if std::env::var_os("BENCH_LOG").is_some() {
        Stdio::inherit()
    } else {
        Stdio::null()
    };
    cmd.stdout(log).stderr(Stdio::inherit());
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

/// Waits out the rest of `pace` after a step that took `took`.
async fn pause(pace: Option<Duration>, took: Duration) {
    if let Some(p) = pace {
        tokio::time::sleep(p.saturating_sub(took)).await;
    }
}

async fn newcomer(fake: &FakeTelegram, u: &FakeUser, pace: Option<Duration>) -> Vec<Duration> {
    let mut out = vec![];
    let (picker, t) = step(fake, u, || {
        fake.send_text(u, "/start");
    })
    .await;
    out.push(t);
    pause(pace, t).await;
    let (notice, t) = step(fake, u, || press(fake, u, &picker, "lang:it")).await;
    out.push(t);
    pause(pace, t).await;
    let (menu, t) = step(fake, u, || press(fake, u, &notice, "privacy:ok")).await;
    out.push(t);
    pause(pace, t).await;
    let (_, mut t) = step(fake, u, || press(fake, u, &menu, "menu:services")).await;
    out.push(t);
    for _ in 0..SEARCHES {
        pause(pace, t).await;
        (_, t) = step(fake, u, || {
            fake.send_text(u, "medico");
        })
        .await;
        out.push(t);
    }
    out
}

async fn echo_flow(fake: &FakeTelegram, u: &FakeUser, pace: Option<Duration>) -> Vec<Duration> {
    let mut out = vec![];
    for i in 0..PER_USER {
        if let Some(&t) = out.last() {
            pause(pace, t).await;
        }
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
