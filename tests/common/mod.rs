//! Test harness: a fresh database per test (a SQLite file, or a PostgreSQL
//! schema when TEST_DATABASE_URL is set), the project's fake Bot API, and
//! the real application started by the same path as `discorsi run`.
#![allow(dead_code)]

use std::{sync::Arc, time::Duration};

use chrono::{TimeZone, Utc};
use discorsi::{
    app,
    clock::ManualClock,
    config::Config,
    domain::BotToken,
    fake_api::{Call, FakeTelegram, FakeUser, buttons_of},
    i18n::{I18n, Lang},
};
use tokio::{sync::oneshot, task::JoinHandle};

pub const WAIT: Duration = Duration::from_secs(15);

/// A database of this test's own.
pub struct TestDb {
    pub url: String,
    pg: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new() -> TestDb {
        match std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            Some(base) => {
                let schema = format!("t_{}", uuid_like());
                let db = discorsi::storage::Db::connect(&base)
                    .await
                    .expect("TEST_DATABASE_URL reachable");
                sqlx::query(&format!("CREATE SCHEMA {schema}"))
                    .execute(db.pool())
                    .await
                    .expect("create schema");
                db.close().await;
                let url = discorsi::storage::with_search_path(&base, &schema);
                TestDb {
                    url,
                    pg: Some((base, schema)),
                    _dir: None,
                }
            }
            None => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                TestDb {
                    url,
                    pg: None,
                    _dir: Some(dir),
                }
            }
        }
    }

    pub async fn connect(&self) -> discorsi::storage::Db {
        app::open_db(&self.url).await.expect("open test db")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((base, schema)) = self.pg.take() {
            // Drop the schema from a thread of its own: Drop cannot be async.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    if let Ok(db) = discorsi::storage::Db::connect(&base).await {
                        if let Ok(mut conn) = db.pool().acquire().await {
                            // Never hang a test run on a lock left behind.
                            let _ = sqlx::query("SET lock_timeout = '5s'")
                                .execute(&mut *conn)
                                .await;
                            let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
                                .execute(&mut *conn)
                                .await;
                        }
                        db.close().await;
                    }
                });
            })
            .join();
        }
    }
}

fn uuid_like() -> String {
    use rand::Rng;
    let mut r = rand::rng();
    (0..12)
        .map(|_| char::from(b'a' + r.random_range(0..26u8)))
        .collect()
}

struct Running {
    stop: oneshot::Sender<()>,
    handle: JoinHandle<anyhow::Result<()>>,
}

pub struct Harness {
    pub fake: FakeTelegram,
    pub db: TestDb,
    pub clock: Arc<ManualClock>,
    pub i18n: I18n,
    pub admin_ids: Vec<i64>,
    /// Keep the production flood gate (off by default, see `config`).
    pub real_flood_gate: bool,
    /// The machine-translation service, if the test runs one.
    pub translate: Option<discorsi::config::Translate>,
    bot: Option<Running>,
}

impl Harness {
    /// A fake Telegram, a fresh database, and the bot running against them.
    pub async fn start() -> Harness {
        Self::start_with_admins(vec![]).await
    }

    pub async fn start_with_admins(admin_ids: Vec<i64>) -> Harness {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(std::env::var("TEST_LOG").unwrap_or_else(|_| "warn".into()))
            .with_test_writer()
            .try_init();
        let fake = FakeTelegram::start().await.expect("fake Bot API");
        let clock = ManualClock::new(Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap());
        let mut h = Harness {
            fake,
            db: TestDb::new().await,
            clock,
            i18n: I18n::load().unwrap(),
            admin_ids,
            real_flood_gate: false,
            translate: None,
            bot: None,
        };
        h.start_bot().await;
        h
    }

    pub fn config(&self) -> Config {
        let mut c = Config::for_token(BotToken::fake(), &self.db.url);
        c.api_url = Some(self.fake.api_url());
        c.admin_ids = self.admin_ids.clone();
        c.poll_timeout = Duration::from_secs(2);
        // Scripted people answer in microseconds, far faster than anyone can
        // type; the flood gate keeps its real limits in tests/delivery.rs.
        if !self.real_flood_gate {
            c.flood_burst = 1000.0;
        }
        c.translate = self.translate.clone();
        c
    }

    pub async fn start_bot(&mut self) {
        let config = self.config();
        self.start_bot_with(config).await;
    }

    /// Starts the bot with `config` ([`Harness::config`] with a change).
    pub async fn start_bot_with(&mut self, config: Config) {
        assert!(self.bot.is_none(), "bot already running");
        let polls = self.fake.get_updates_calls();
        let (stop, rx) = oneshot::channel();
        let clock = self.clock.clone();
        let mut handle = tokio::spawn(app::run(config, clock, async move {
            let _ = rx.await;
        }));
        // Ready once it has started polling.
        tokio::select! {
            started = self.fake.wait_until(WAIT, |f| f.get_updates_calls() > polls) => {
                assert!(started, "bot did not start polling; calls: {:?}",
                    self.fake.calls().iter().map(|c| &c.method).collect::<Vec<_>>());
            }
            ended = &mut handle => panic!("bot exited at start: {ended:?}"),
        }
        self.bot = Some(Running { stop, handle });
    }

    /// Stops the bot as SIGTERM would, and checks it exited cleanly.
    pub async fn stop_bot(&mut self) {
        let r = self.bot.take().expect("bot running");
        let _ = r.stop.send(());
        let res = tokio::time::timeout(WAIT, r.handle)
            .await
            .expect("bot stops in time");
        res.expect("bot task").expect("bot exits without error");
    }

    pub fn user(&self, id: i64, lang: Option<&str>) -> TUser {
        TUser {
            fake: self.fake.clone(),
            u: FakeUser::new(id, &format!("User{id}"), lang),
            cursor: self.fake.next_seq(),
        }
    }

    /// A person with a first name of their own choosing (hostile ones too).
    pub fn user_named(&self, id: i64, name: &str, lang: Option<&str>) -> TUser {
        TUser {
            fake: self.fake.clone(),
            u: FakeUser::new(id, name, lang),
            cursor: self.fake.next_seq(),
        }
    }

    pub fn t(&self, lang: Lang, key: &str) -> String {
        self.i18n.t(lang, key)
    }
}

/// One simulated person, with a cursor over what the bot sent them.
pub struct TUser {
    pub fake: FakeTelegram,
    pub u: FakeUser,
    cursor: u64,
}

/// Makes `user` the leader of `association`, as a redeemed leader invite
/// would (the store has no other way in).
pub async fn make_leader(db: &discorsi::storage::Db, user: i64, association: i64) {
    sqlx::query(
        "INSERT INTO association_leaders (user_id, association_id, since) VALUES ($1, $2, 0)",
    )
    .bind(user)
    .bind(association)
    .execute(db.pool())
    .await
    .expect("make a leader");
}

/// Text as Telegram shows it: our HTML tags stripped.
pub fn plain(s: &str) -> String {
    discorsi::telegram::strip_html(s)
}

impl TUser {
    pub fn id(&self) -> i64 {
        self.u.id
    }

    pub fn send(&mut self, text: &str) -> u32 {
        self.fake.send_text(&self.u, text)
    }

    /// Waits for the next message (new or edited) to this user that
    /// contains `needle` (compared without HTML tags), past the cursor.
    pub async fn expect(&mut self, needle: &str) -> Call {
        let needle = plain(needle);
        let me = self.u.id;
        let call = self
            .fake
            .wait_call(self.cursor, WAIT, |c| {
                c.ok && c.chat_id == Some(me)
                    && c.message.is_some()
                    && plain(c.text()).contains(&needle)
            })
            .await
            .unwrap_or_else(|_| {
                if std::env::var("TEST_DUMP").is_ok() {
                    for c in self.fake.calls() {
                        eprintln!(
                            "{} {} {:?} ok={} {:?} {:?}",
                            c.seq,
                            c.method,
                            c.chat_id,
                            c.ok,
                            c.error,
                            c.text().chars().take(40).collect::<String>()
                        );
                    }
                }
                panic!(
                    "user {me} never got a message containing {needle:?}; got: {:#?}",
                    self.fake
                        .calls()
                        .iter()
                        .filter(|c| c.chat_id == Some(me) && c.seq >= self.cursor)
                        .map(|c| (c.method.clone(), c.text().to_owned(), c.error.clone()))
                        .collect::<Vec<_>>()
                )
            });
        self.cursor = call.seq + 1;
        call
    }

    /// Waits for the next message (new or edited) to this user that has a
    /// button labelled `label`.
    pub async fn expect_button(&mut self, label: &str) -> Call {
        let me = self.u.id;
        let call = self
            .fake
            .wait_call(self.cursor, WAIT, |c| {
                c.ok && c.chat_id == Some(me)
                    && c.message
                        .as_ref()
                        .is_some_and(|m| buttons_of(m).iter().any(|(l, _)| l == label))
            })
            .await
            .unwrap_or_else(|_| panic!("user {me} never got a button {label:?}"));
        self.cursor = call.seq + 1;
        call
    }

    /// Waits for the next call of `method` to this user.
    pub async fn expect_call(&mut self, method: &str) -> Call {
        let me = self.u.id;
        let call = self
            .fake
            .wait_call(self.cursor, WAIT, |c| {
                c.chat_id == Some(me) && c.method == method
            })
            .await
            .unwrap_or_else(|_| panic!("user {me} never got a {method}"));
        self.cursor = call.seq + 1;
        call
    }

    /// Presses the button labelled `label` on the newest bot message that has it.
    pub fn click(&mut self, label: &str) -> u32 {
        let (mid, data) = self.find_button(label).unwrap_or_else(|| {
            panic!(
                "no button {label:?} in chat {}: {:#?}",
                self.u.id,
                self.fake.bot_messages(self.u.id)
            )
        });
        self.fake.press(&self.u, mid, &data)
    }

    pub fn find_button(&self, label: &str) -> Option<(i64, String)> {
        self.fake
            .bot_messages(self.u.id)
            .iter()
            .rev()
            .find_map(|m| {
                let mid = m["message_id"].as_i64()?;
                buttons_of(m)
                    .into_iter()
                    .find(|(l, _)| l == label)
                    .map(|(_, data)| (mid, data))
            })
    }

    /// Presses a button with arbitrary (possibly forged) data on message `mid`.
    pub fn press_data(&mut self, mid: i64, data: &str) -> u32 {
        self.fake.press(&self.u, mid, data)
    }

    /// Goes through onboarding in `lang` and waits for the main menu.
    pub async fn onboard(&mut self, i18n: &I18n, lang: Lang) {
        self.send("/start");
        self.expect(&i18n.t(lang, "language-prompt")).await;
        self.click(lang.native_name());
        self.expect(&i18n.t(lang, "privacy-notice")).await;
        self.click(&i18n.t(lang, "privacy-accept"));
        self.expect(&i18n.t(lang, "menu-title")).await;
    }

    /// Number of messages (sent or edited) to this user containing `needle`.
    pub fn count(&self, needle: &str) -> usize {
        let needle = plain(needle);
        self.fake
            .calls()
            .iter()
            .filter(|c| c.ok && c.chat_id == Some(self.u.id) && plain(c.text()).contains(&needle))
            .count()
    }
}

/// A two-hour workshop "Laboratorio CV", in Turin, open to everyone,
/// starting `starts_in` from the harness clock, created by `by`.
pub fn workshop(
    h: &Harness,
    starts_in: chrono::Duration,
    by: i64,
) -> discorsi::events::model::Event {
    use discorsi::events::model::{Audience, Event, Kind, Texts};
    let start = (discorsi::clock::Clock::now(h.clock.as_ref()) + starts_in).timestamp();
    Event {
        id: 0,
        kind: Kind::Workshop,
        topic: discorsi::domain::Topic::Work,
        association_id: None,
        audience: Audience::Everyone,
        starts_at: discorsi::time::utc(start),
        ends_at: discorsi::time::utc(start + 7200),
        place: "Via Nizza 1, Torino".into(),
        coords: None,
        online_url: String::new(),
        capacity: 10,
        languages: vec!["it".into()],
        texts: std::collections::BTreeMap::from([(
            "it".into(),
            Texts {
                title: "Laboratorio CV".into(),
                description: "Scrivere il curriculum".into(),
            },
        )]),
        cancelled: false,
        created_by: by,
    }
}

/// Ends, as a server restart would, the PostgreSQL session of the
/// connections named `application_name` whose last statement is `like`
/// (a LIKE pattern): one `true` for each session ended.
pub async fn end_session(
    db: &discorsi::storage::Db,
    application_name: &str,
    like: &str,
) -> Vec<bool> {
    let ended: Vec<(bool,)> = sqlx::query_as(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE pid <> pg_backend_pid() AND application_name = $1 AND query LIKE $2",
    )
    .bind(application_name)
    .bind(like)
    .fetch_all(db.pool())
    .await
    .unwrap();
    ended.into_iter().map(|(done,)| done).collect()
}
