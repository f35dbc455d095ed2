//! Throughput and footprint per update: the bot as its own process (the
//! `discorsi run` binary of this build) against the project's fake Bot API,
//! beside a bare teloxide dispatcher that only echoes (the ceiling), in the
//! same run on the same machine, taking turns burst by burst.
//!
//! Each simulated person runs the flow of a newcomer: /start → language →
//! accept the notice → main menu → "Find a service", then types 10 searches;
//! the echo bot gets the same number of messages. All `BENCH_USERS` people
//! (1000 by default) at once, in `BENCH_ROUNDS` bursts per bot (5), the bots
//! taking turns; the median burst is reported, and each ratio is the median
//! of the rounds' ratios. Then, in as many rounds, `BENCH_PACED` new people
//! (200) at one update a second each, their starts spread over that second
//! (≈200 updates/s); the median of the rounds' p50s and of their p99s are
//! reported, with each round's p99 and the p99 of all rounds together. Printed per bot:
//! updates/s, the ratio to the echo dispatcher, reply latency p50/p99 in the
//! burst and in the paced run (there also step by step of the newcomer's
//! flow), the bot's CPU per update, its idle CPU and
//! RSS, its RSS after the bursts (anonymous part and threads too), and the
//! CPU of this process (the fake and the simulated people) so one can see it
//! is not the bottleneck. Discorsi runs on SQLite, and on PostgreSQL too
//! when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set; when that server
//! runs on this machine, the CPU of all its processes per update is
//! printed too (the bot's own figure leaves it out). Where Python has
//! aiogram 3 and aiosqlite (`pip install aiogram aiosqlite`), an aiogram
//! menu bot with its state in SQLite (`benches/aiogram_menu.py`) runs the
//! same flow too, and Discorsi is compared with it; `BENCH_PYTHON` names
//! the interpreter (`python3`).
//!
//!     cargo bench --bench throughput
//!     BENCH_USERS=200 BENCH_ROUNDS=3 cargo bench --bench throughput
//!
//! `BENCH_LOG` sets the bot's `LOG_LEVEL` (`warn` by default) and shows
//! its log.

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
            "throughput: {users} people at once, {PER_USER} updates each; {rounds} rounds, each bot in turn; \
             then, in as many rounds, {paced} new people at one update a second each (≈{paced} updates/s)"
        );
        let dbs = common::Databases::new("throughput").await;
        let mut bots = vec![Bot::start("teloxide echo".into(), Target::Echo).await];
        for (label, url) in &dbs.urls {
            let target = Target::Discorsi(url.clone());
            bots.push(Bot::start(format!("discorsi {label}"), target).await);
        }
        let aiogram_db = std::env::temp_dir().join(format!(
            "discorsi-bench-aiogram-{}.sqlite",
            std::process::id()
        ));
        match aiogram_python() {
            Ok(python) => {
                let target = Target::Aiogram {
                    python,
                    db: aiogram_db.clone(),
                };
                bots.push(Bot::start("aiogram 3 menu bot, SQLite".into(), target).await);
            }
            Err(why) => println!("aiogram: not measured ({why})"),
        }
        // The bots take turns, round after round: this machine's speed
        // drifts by a quarter within minutes, so the ratios are taken
        // between bursts run side by side, not between whole runs.
        for round in 0..rounds {
            for bot in &mut bots {
                bot.burst(5_000_000 + round * users, users).await;
                if round == rounds - 1 {
                    bot.load_mem = Memory::of(bot.pid);
                }
            }
        }
        // What each bot keeps once the crowd has gone (it returns freed
        // memory after a quiet second).
        tokio::time::sleep(Duration::from_secs(2)).await;
        for bot in &mut bots {
            bot.settled_mem = Memory::of(bot.pid);
        }
        // Paced rounds too, the bots taking turns: a single p99 over a
        // dozen seconds moves with whatever else this machine does then.
        for round in 0..rounds {
            for bot in &mut bots {
                bot.paced(5_000_000 + rounds * users + round * paced, paced)
                    .await;
            }
        }
        let find = |kind: Kind| bots.iter().find(|b| b.kind == kind);
        let (echo, sqlite, aiogram) = (
            find(Kind::Echo),
            find(Kind::Discorsi { sqlite: true }),
            find(Kind::Aiogram),
        );
        for bot in &bots {
            let mut against = vec![];
            if bot.kind != Kind::Echo {
                against.extend(echo.map(|b| ("echo", b)));
            }
            if bot.kind == (Kind::Discorsi { sqlite: false }) {
                against.extend(sqlite.map(|b| ("SQLite", b)));
            }
            if matches!(bot.kind, Kind::Discorsi { .. }) {
                against.extend(aiogram.map(|b| ("aiogram", b)));
            }
            bot.print(&against);
        }
        for bot in &mut bots {
            bot.child.kill().ok();
            bot.child.wait().ok();
        }
        dbs.clean().await;
        for suffix in ["", "-wal", "-shm"] {
            let mut path = aiogram_db.clone().into_os_string();
            path.push(suffix);
            std::fs::remove_file(path).ok();
        }
    });
}

/// One bot process under test, with its own fake Bot API and what has been
/// measured of it.
struct Bot {
    label: String,
    kind: Kind,
    fake: Arc<FakeTelegram>,
    child: Child,
    pid: u32,
    /// The PostgreSQL server's main process, when it runs on this machine.
    server: Option<u32>,
    idle_cpu_per_sec: f64,
    idle_mem: Memory,
    /// One per round, in order.
    bursts: Vec<Burst>,
    load_mem: Memory,
    settled_mem: Memory,
    /// Each paced round's latencies, each person's replies in a row.
    paced: Vec<Vec<Duration>>,
}

impl Bot {
    /// Starts the bot and measures it idle.
    async fn start(label: String, target: Target) -> Bot {
        let fake = Arc::new(FakeTelegram::start().await.unwrap());
        fake.set_flood_rules(None);
        let child = spawn(&target, &fake);
        let pid = child.id();
        let server = match &target {
            Target::Discorsi(url) if url.starts_with("postgres") => postgres_server(url).await,
            _ => None,
        };
        assert!(
            fake.wait_until(Duration::from_secs(60), |f| f.get_updates_calls() > 0)
                .await,
            "{label}: the bot never polled"
        );
        // Settled and idle: what it costs to do nothing.
        tokio::time::sleep(Duration::from_secs(1)).await;
        let idle_from = cpu_secs(pid);
        tokio::time::sleep(Duration::from_secs(3)).await;
        let idle_cpu_per_sec = (cpu_secs(pid) - idle_from) / 3.0;
        Bot {
            label,
            kind: target.kind(),
            fake,
            child,
            pid,
            server,
            idle_cpu_per_sec,
            idle_mem: Memory::of(pid),
            bursts: vec![],
            load_mem: Memory::default(),
            settled_mem: Memory::default(),
            paced: vec![],
        }
    }

    /// `users` people from id `first` on, all at once.
    async fn burst(&mut self, first: i64, users: i64) {
        let (bot0, here0) = (cpu_secs(self.pid), cpu_secs(std::process::id()));
        let server0 = self.server.map(server_cpu_secs);
        let polls0 = self.fake.get_updates_calls();
        let start = Instant::now();
        let latencies = crowd(
            &self.fake,
            self.kind == Kind::Echo,
            first..first + users,
            None,
        )
        .await;
        let secs = start.elapsed().as_secs_f64();
        self.bursts.push(Burst {
            updates: latencies.len(),
            secs,
            latencies,
            bot_cpu: cpu_secs(self.pid) - bot0,
            here_cpu: cpu_secs(std::process::id()) - here0,
            server_cpu: self
                .server
                .map(server_cpu_secs)
                .zip(server0)
                .map(|(b, a)| b - a),
            polls: self.fake.get_updates_calls() - polls0,
        });
        self.fake.forget_history();
    }

    /// `people` from id `first` on, at one update a second each.
    async fn paced(&mut self, first: i64, people: i64) {
        let pace = Some(Duration::from_secs(1));
        let latencies = crowd(
            &self.fake,
            self.kind == Kind::Echo,
            first..first + people,
            pace,
        )
        .await;
        self.paced.push(latencies);
        self.fake.forget_history();
    }

    /// The burst with the median throughput.
    fn median(&self) -> Option<&Burst> {
        let mut by_speed: Vec<&Burst> = self.bursts.iter().collect();
        by_speed.sort_by(|a, b| a.per_sec().total_cmp(&b.per_sec()));
        by_speed.get(by_speed.len() / 2).copied()
    }

    /// The median of this bot's throughput over `other`'s, round by round,
    /// and each round's ratio.
    fn ratio_to(&self, other: &Bot) -> (f64, Vec<String>) {
        let mut ratios: Vec<f64> = self
            .bursts
            .iter()
            .zip(&other.bursts)
            .map(|(a, b)| a.per_sec() / b.per_sec())
            .collect();
        let each = ratios.iter().map(|r| format!("{r:.2}")).collect();
        ratios.sort_by(f64::total_cmp);
        (
            ratios.get(ratios.len() / 2).copied().unwrap_or(f64::NAN),
            each,
        )
    }

    /// Prints the figures, with the ratios to the bots `against`.
    fn print(&self, against: &[(&str, &Bot)]) {
        let Some(m) = self.median() else { return };
        let mut ratios = String::new();
        for (name, other) in against {
            let (r, each) = self.ratio_to(other);
            ratios += &format!(" · {r:.2}× {name} (rounds {})", each.join(", "));
        }
        let rounds: Vec<String> = self
            .bursts
            .iter()
            .map(|b| format!("{:.0}", b.per_sec()))
            .collect();
        println!("{}:", self.label);
        println!(
            "  burst: {:.0} updates/s (rounds {}){ratios}",
            m.per_sec(),
            rounds.join(", "),
        );
        println!(
            "  median burst: latency p50 {:.1} ms, p99 {:.1} ms · bot CPU {:.0} µs/update · this process (fake and people) {:.0} µs/update · {:.1} updates per getUpdates",
            quantile(&m.latencies, 0.50),
            quantile(&m.latencies, 0.99),
            m.bot_cpu / m.updates as f64 * 1e6,
            m.here_cpu / m.updates as f64 * 1e6,
            m.updates as f64 / m.polls.max(1) as f64,
        );
        if let Some(server) = m.server_cpu {
            println!(
                "  database server CPU (every PostgreSQL process): {:.0} µs/update",
                server / m.updates as f64 * 1e6
            );
        }
        // The median of the rounds' p50s and of their p99s (each may come
        // from another round), and every round's p99.
        let median = |p: f64| {
            let mut q: Vec<f64> = self.paced.iter().map(|l| quantile(l, p)).collect();
            q.sort_by(f64::total_cmp);
            q.get(q.len() / 2).copied().unwrap_or(f64::NAN)
        };
        let all: Vec<Duration> = self.paced.concat();
        println!(
            "  paced (≈{} updates/s): latency p50 {:.2} ms, p99 {:.2} ms (medians over {} rounds of {} replies; the rounds' p99: {}; all rounds together: p99 {:.2} ms)",
            self.paced.first().map_or(0, Vec::len) / PER_USER,
            median(0.50),
            median(0.99),
            self.paced.len(),
            self.paced.first().map_or(0, Vec::len),
            self.paced
                .iter()
                .map(|l| format!("{:.2}", quantile(l, 0.99)))
                .collect::<Vec<_>>()
                .join(", "),
            quantile(&all, 0.99),
        );
        if self.kind != Kind::Echo {
            // The newcomer's steps, all rounds together.
            let step = |from: usize, to: usize| -> Vec<Duration> {
                all.chunks(PER_USER)
                    .flat_map(|person| person.get(from..to).unwrap_or_default())
                    .copied()
                    .collect()
            };
            let steps = [
                ("/start", step(0, 1)),
                ("language", step(1, 2)),
                ("notice", step(2, 3)),
                ("\"Find a service\"", step(3, 4)),
                ("searches", step(4, PER_USER)),
            ]
            .map(|(name, l)| {
                format!(
                    "{name} {:.2} / {:.2}",
                    quantile(&l, 0.50),
                    quantile(&l, 0.99)
                )
            });
            println!("    by step, p50 / p99 ms: {}", steps.join(" · "));
        }
        println!(
            "  idle: {:.2} ms CPU/s · RSS {} · at the end of the bursts: RSS {} · 2 s later: RSS {}",
            self.idle_cpu_per_sec * 1000.0,
            self.idle_mem,
            self.load_mem,
            self.settled_mem,
        );
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
    Aiogram {
        python: std::path::PathBuf,
        db: std::path::PathBuf,
    },
}

impl Target {
    fn kind(&self) -> Kind {
        match self {
            Target::Echo => Kind::Echo,
            Target::Discorsi(url) => Kind::Discorsi {
                sqlite: url.starts_with("sqlite:"),
            },
            Target::Aiogram { .. } => Kind::Aiogram,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Echo,
    Discorsi { sqlite: bool },
    Aiogram,
}

/// The Python interpreter itself (not a launcher script, so its process is
/// the one measured), if it can import aiogram and aiosqlite.
fn aiogram_python() -> Result<std::path::PathBuf, String> {
    let python = std::env::var("BENCH_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python)
        .args([
            "-c",
            "import sys, aiogram, aiosqlite; print(sys.executable, aiogram.__version__)",
        ])
        .output()
        .map_err(|e| format!("{python}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{python} lacks aiogram or aiosqlite: pip install aiogram aiosqlite"
        ));
    }
    let line = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let (exe, version) = line.rsplit_once(' ').unwrap_or((&line, "?"));
    println!("aiogram {version} on {exe}");
    Ok(exe.into())
}

/// One burst of people at once.
struct Burst {
    updates: usize,
    secs: f64,
    latencies: Vec<Duration>,
    bot_cpu: f64,
    here_cpu: f64,
    /// The database server's processes (PostgreSQL on this machine).
    server_cpu: Option<f64>,
    /// getUpdates calls the bot made during the burst.
    polls: u64,
}

impl Burst {
    fn per_sec(&self) -> f64 {
        self.updates as f64 / self.secs
    }
}

fn quantile(latencies: &[Duration], p: f64) -> f64 {
    let mut l = latencies.to_vec();
    l.sort();
    l.get(((l.len() as f64 * p) as usize).min(l.len().saturating_sub(1)))
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(f64::NAN)
}

/// Resident memory of a process, with its anonymous part (heap, stacks;
/// the rest is mostly the binary's pages), and its threads.
#[derive(Default)]
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
                // The bot's own send budget (Telegram's 30 a second in
                // production) above anything it reaches here: at 10,000,
                // with a typed message's reply then counted twice, it held
                // the bursts to about 5,000 updates a second.
                .env("BROADCAST_RATE", "100000")
                .env("FLOOD_BURST", "100000")
                .env("FLOOD_RATE", "100000")
                .env("POLL_TIMEOUT", "2")
                .env(
                    "LOG_LEVEL",
                    std::env::var("BENCH_LOG").unwrap_or_else(|_| "warn".into()),
                );
            c
        }
        Target::Aiogram { python, db } => {
            let mut c = Command::new(python);
            c.arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/benches/aiogram_menu.py"
            ))
            .args([url.as_str(), BotToken::fake().expose()])
            .arg(db);
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
    let ticks = stat_fields(pid);
    (ticks(11) + ticks(12)) / 100.0
}

/// The numbers of `/proc/{pid}/stat` after the command name, by position
/// (state is 0, the parent 1, utime 11, stime 12, the children's 13 and
/// 14); 0 where there is none.
fn stat_fields(pid: u32) -> impl Fn(usize) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<f64> = stat
        .rsplit_once(')')
        .map(|(_, rest)| {
            rest.split_whitespace()
                .map(|v| v.parse().unwrap_or(0.0))
                .collect()
        })
        .unwrap_or_default();
    move |i| fields.get(i).copied().unwrap_or(0.0)
}

/// The main process of the PostgreSQL server at `url`, if it runs on this
/// machine: the parent of the backend serving a connection. Both must be
/// called `postgres` here: a server in a container or on another machine
/// numbers its processes on its own, and the same number here is some
/// other process.
async fn postgres_server(url: &str) -> Option<u32> {
    let db = discorsi::storage::Db::connect(url).await.ok()?;
    let backend: Option<(i32,)> = sqlx::query_as("SELECT pg_backend_pid()")
        .fetch_optional(db.pool())
        .await
        .ok()
        .flatten();
    db.close().await;
    let backend = u32::try_from(backend?.0).ok()?;
    let parent = stat_fields(backend)(1) as u32;
    let postgres = |pid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| c.trim() == "postgres")
    };
    (postgres(backend) && postgres(parent)).then_some(parent)
}

/// CPU seconds of the PostgreSQL server so far: its main process, the
/// processes it has (connections, background workers) and those it has
/// reaped. Every client's share is in it, not only the bot's. A process
/// reaped between reading the main process and the scan is missed in
/// this one sample (a small undercount).
fn server_cpu_secs(main: u32) -> f64 {
    let own = stat_fields(main);
    let mut ticks = own(11) + own(12) + own(13) + own(14);
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        let child = stat_fields(pid);
        if child(1) as u32 == main {
            ticks += child(11) + child(12);
        }
    }
    ticks / 100.0
}
