//! One data-access layer for every feature, on SQLite or PostgreSQL.
//!
//! Queries go through sqlx's `Any` driver with `$1`-style placeholders, which
//! both SQLite and PostgreSQL accept. Columns use only integer, real, text and
//! blob types; times are unix seconds (UTC). Each feature keeps its own
//! queries in its own module; this module owns the pool and the migrations.

pub mod arrivals;
pub mod direct;
pub mod heartbeat;
pub mod turn;
pub mod updates;
pub mod users;
pub mod writer;

use std::time::Duration;

use anyhow::Context as _;
use sqlx::{
    AnyConnection, AnyPool, ConnectOptions as _, Executor,
    any::{AnyConnectOptions, AnyPoolOptions},
    migrate::Migrator,
};
use tokio::sync::Mutex;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database: on SQLite, one sqlx connection that writes (every feature's
/// queries, queued by the pool in the program), a pool of read-only
/// connections for the hot reads and, on a file, [`direct`] connections
/// (the hot reads, and the group commit's writes, in the calling thread);
/// on PostgreSQL, one pool for both.
#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    reader: AnyPool,
    writer: writer::Writer,
    backend: Backend,
    held: std::sync::Arc<Held>,
    /// The arrival read and the writer's commit on a SQLite file (see
    /// [`direct`]).
    direct: Option<std::sync::Arc<direct::Direct>>,
    /// The arrival read on PostgreSQL (see [`arrivals`]).
    arrivals: Option<arrivals::Arrivals>,
}

/// PostgreSQL connections held outside sqlx's pool for the read every
/// update makes when it arrives ([`arrivals`]) and for the group commit
/// ([`writer`]): the pool pings a connection every time it comes back (a
/// server round trip), which doubled the cost of that one read. Each is
/// opened on first use, replaced after a minute unused and dropped after a
/// failed read or commit, to be opened again by the next. (On a SQLite
/// file the arrival read is [`direct`].)
struct Held {
    /// `None` on SQLite.
    options: Option<AnyConnectOptions>,
    /// The arrival reads' connection, and when it last answered (see
    /// [`arrivals`]).
    reader: Mutex<Slot>,
    /// The group commit's connection, and when it last answered (see
    /// [`writer`]).
    writer: Mutex<Slot>,
    /// Set by [`Db::close`]: no connection is opened any more.
    closed: std::sync::atomic::AtomicBool,
}

/// A held connection and when it last answered.
type Slot = Option<(AnyConnection, std::time::Instant)>;

impl Held {
    /// Drops the connection in `slot` if it sat unused longer than
    /// [`writer::MAX_IDLE`]: idle sockets are what firewalls and NAT forget.
    fn forget_idle(slot: &mut Slot) {
        if slot
            .as_ref()
            .is_some_and(|(_, used)| used.elapsed() > writer::MAX_IDLE)
        {
            slot.take();
        }
    }

    /// Opens a connection for `what` within [`writer::CONNECT_TIMEOUT`];
    /// none once [`Db::close`] was called.
    async fn open(&self, what: &str) -> anyhow::Result<AnyConnection> {
        let options = self
            .options
            .as_ref()
            .context("no PostgreSQL to connect to")?;
        if self.closed.load(std::sync::atomic::Ordering::Acquire) {
            anyhow::bail!("the database is closed");
        }
        tokio::time::timeout(writer::CONNECT_TIMEOUT, options.connect())
            .await
            .with_context(|| format!("opening {what} timed out"))?
            .with_context(|| format!("opening {what}"))
    }
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("backend", &self.backend)
            .finish()
    }
}

impl Db {
    /// Connects to `url` (`sqlite://file.db` or `postgres://…`). A SQLite
    /// file is created if missing, with WAL, a busy timeout and foreign keys.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            anyhow::bail!(
                "DATABASE_URL must start with sqlite:// or postgres://, got {:?}",
                redact(url)
            );
        };
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") && !url.contains(":memory:") => {
                let sep = if url.contains('?') { '&' } else { '?' };
                format!("{url}{sep}mode=rwc")
            }
            Backend::Postgres => plain_on_loopback(url, ssl_in_env()),
            _ => url.to_owned(),
        };
        let options: AnyConnectOptions = url
            .parse()
            .with_context(|| format!("invalid DATABASE_URL {:?}", redact(&url)))?;
        let connect = |max: u32, read_only: bool| {
            let mut pool = AnyPoolOptions::new()
                .max_connections(max)
                .acquire_timeout(Duration::from_secs(30))
                // sqlx pings a connection when it leaves the pool and again
                // when it comes back; the first ping is one more round trip
                // (a thread handoff on SQLite, a server round trip on
                // PostgreSQL) for every query. A connection that broke fails
                // its query, and the ping on return drops it from the pool.
                .test_before_acquire(false);
            if backend == Backend::Sqlite {
                pool = pool.after_connect(move |conn, _meta| {
                    Box::pin(async move { sqlite_setup(conn, read_only).await })
                });
            }
            pool.connect_with(options.clone())
        };
        let pool = connect(if backend == Backend::Sqlite { 1 } else { 10 }, false)
            .await
            .with_context(|| format!("cannot connect to {}", redact(&url)))?;
        // An in-memory database (`:memory:`, `mode=memory`) exists once per
        // connection (or cache): no second path to it.
        let file = !url.contains(":memory:") && !url.contains("mode=memory");
        let reader = match backend {
            // Two: the hot reads are short, and there are two cores.
            Backend::Sqlite if file => connect(2, true)
                .await
                .with_context(|| format!("cannot connect to {}", redact(&url)))?,
            _ => pool.clone(),
        };
        let checkpoint = (backend == Backend::Sqlite && file).then(|| options.clone());
        let held = std::sync::Arc::new(Held {
            options: (backend == Backend::Postgres).then(|| options.clone()),
            reader: Default::default(),
            writer: Default::default(),
            closed: Default::default(),
        });
        let direct = match backend {
            Backend::Sqlite if file => {
                let sqlite: sqlx::sqlite::SqliteConnectOptions = url
                    .parse()
                    .with_context(|| format!("invalid DATABASE_URL {:?}", redact(&url)))?;
                // Written to only as sqlx would: not when the URL asks for
                // read-only access, an immutable file or another VFS (whose
                // locking rusqlite's default one would not share).
                let writes = !["mode=ro", "immutable=", "vfs="]
                    .iter()
                    .any(|option| url.contains(option));
                Some(std::sync::Arc::new(direct::Direct::new(
                    sqlite.get_filename().to_owned(),
                    writes,
                )))
            }
            _ => None,
        };
        let writer = writer::Writer::start(
            pool.clone(),
            held.clone(),
            direct.clone(),
            backend,
            checkpoint,
        );
        let arrivals =
            (backend == Backend::Postgres).then(|| arrivals::Arrivals::start(held.clone()));
        Ok(Db {
            pool,
            reader,
            writer,
            backend,
            held,
            direct,
            arrivals,
        })
    }

    /// On SQLite, gives back the page caches of the connections not in use
    /// (`PRAGMA shrink_memory`): up to half a megabyte each, read again from
    /// the operating system's cache when needed. Nothing on PostgreSQL,
    /// whose caches are the server's.
    pub async fn release_memory(&self) {
        if self.backend != Backend::Sqlite {
            return;
        }
        if let Some(direct) = &self.direct {
            direct.release_memory();
        }
        for pool in [&self.pool, &self.reader] {
            // Only connections lying idle: none is opened, none waited for.
            let mut idle = vec![];
            while let Some(conn) = pool.try_acquire() {
                idle.push(conn);
            }
            for conn in &mut idle {
                if let Err(e) = conn.execute("PRAGMA shrink_memory").await {
                    tracing::debug!(error = %e, "giving back a SQLite connection's cache");
                }
            }
        }
    }

    /// Applies the pending migrations of this backend.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .run(&self.pool)
            .await
            .context("applying database migrations")?;
        Ok(())
    }

    /// Where features read and write.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A write transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so a transaction that reads first cannot fail
    /// when another connection (a second process, `discorsi services
    /// import`) wrote meanwhile; it waits its turn instead.
    pub async fn begin(&self) -> anyhow::Result<sqlx::Transaction<'static, sqlx::Any>> {
        let begin = match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        };
        Ok(self.pool.begin_with(begin).await?)
    }

    /// Read-only connections for hot reads that need not wait for writes:
    /// a write through them fails (`query_only`).
    pub fn reader(&self) -> &AnyPool {
        &self.reader
    }

    /// Whether `sql` (a `SELECT 1 …` with one parameter, `$1`, an id) finds
    /// a row. On a SQLite file it runs in this thread when a direct
    /// connection is free (see [`direct`]; sqlx would hand it to a thread of
    /// its own and back), else through [`Db::reader`]. For the short reads
    /// the main menu makes each time it is shown.
    pub async fn exists(&self, sql: &'static str, id: i64) -> anyhow::Result<bool> {
        let here = self.direct().and_then(|d| {
            d.read(|c| {
                use rusqlite::OptionalExtension as _;
                let mut stmt = c.prepare_cached(sql)?;
                let found = stmt
                    .query_row(rusqlite::named_params! {"$1": id}, |_| Ok(()))
                    .optional()?;
                Ok(found.is_some())
            })
        });
        if let Some(found) = here {
            return Ok(found);
        }
        let row: Option<(i64,)> = sqlx::query_as(sql)
            .bind(id)
            .fetch_optional(self.reader())
            .await?;
        Ok(row.is_some())
    }

    /// Commits one update's own writes with those of other updates.
    pub async fn write(&self, write: writer::Write) -> anyhow::Result<()> {
        self.writer.write(write).await
    }

    /// Reads and writes in the calling thread, on a SQLite file; see
    /// [`direct`].
    pub fn direct(&self) -> Option<&direct::Direct> {
        self.direct.as_deref()
    }

    /// Reads with other updates' arrivals, on PostgreSQL; see [`arrivals`].
    pub fn arrivals(&self) -> Option<&arrivals::Arrivals> {
        self.arrivals.as_ref()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.held
            .closed
            .store(true, std::sync::atomic::Ordering::Release);
        if let Some((conn, _)) = self.held.reader.lock().await.take() {
            let _ = sqlx::Connection::close(conn).await;
        }
        if let Some((conn, _)) = self.held.writer.lock().await.take() {
            let _ = sqlx::Connection::close(conn).await;
        }
        if let Some(direct) = &self.direct {
            direct.close();
        }
        self.reader.close().await;
        self.pool.close().await;
    }
}

/// Whether no one holds `pool`'s connections: on SQLite, whether sqlx's
/// writing connection is free, so that writing on [`direct`]'s does not
/// take the file's write lock from a feature about to use it. (A connection
/// on its way back, which sqlx pings first, counts as held.)
pub(super) fn idle(pool: &AnyPool) -> bool {
    pool.num_idle() == pool.size() as usize
}

/// How every SQLite connection is set up: WAL, a busy timeout, foreign
/// keys; `read_only` ones refuse writes, the others leave checkpoints to
/// the writer's checkpoint task.
async fn sqlite_setup(conn: &mut AnyConnection, read_only: bool) -> Result<(), sqlx::Error> {
    conn.execute("PRAGMA journal_mode = WAL").await?;
    conn.execute("PRAGMA busy_timeout = 10000").await?;
    conn.execute("PRAGMA foreign_keys = ON").await?;
    conn.execute("PRAGMA synchronous = NORMAL").await?;
    // Small page caches: the database file is in the operating system's
    // cache anyway.
    conn.execute("PRAGMA cache_size = -512").await?;
    if read_only {
        conn.execute("PRAGMA query_only = ON").await?;
    } else {
        // The bot's writer checkpoints on a connection of its own (see
        // `writer::checkpoints`); elsewhere (`discorsi services import`,
        // `migrate`) the last connection to close checkpoints.
        conn.execute("PRAGMA wal_autocheckpoint = 0").await?;
    }
    Ok(())
}

/// A PostgreSQL URL whose connections use `schema` first (tests, benchmarks).
pub fn with_search_path(url: &str, schema: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}options=-c%20search_path%3D{schema}")
}

/// A PostgreSQL URL to this machine's loopback address (`localhost`,
/// 127.0.0.0/8, `::1`) that says nothing about TLS gets `sslmode=disable`:
/// the connection does not leave the machine, and sqlx's default
/// (`prefer`) would encrypt every query and answer on both ends, about a
/// tenth of the server's CPU per update. Left as it is: a URL naming any
/// `ssl…` option (in any case), a Unix socket or another address (`host=`,
/// `hostaddr=`), and any URL when the environment sets a `PGSSL…` variable
/// (`ssl_env`; `PGSSLMODE=require` is the operator asking for TLS).
fn plain_on_loopback(url: &str, ssl_env: bool) -> String {
    let Ok(mut parsed) = url::Url::parse(url) else {
        return url.to_owned();
    };
    let loopback = match parsed.host() {
        // (`postgres:` is not a scheme the URL standard knows, so an IPv4
        // address comes back as a name.)
        Some(url::Host::Domain(d)) => {
            d.eq_ignore_ascii_case("localhost")
                || d.parse::<std::net::Ipv4Addr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    let chosen = parsed.query_pairs().any(|(k, _)| {
        let k = k.to_ascii_lowercase();
        k.starts_with("ssl") || k == "host" || k == "hostaddr"
    });
    if !loopback || chosen || ssl_env {
        return url.to_owned();
    }
    parsed.query_pairs_mut().append_pair("sslmode", "disable");
    parsed.to_string()
}

/// Whether the environment sets any of libpq's `PGSSL…` variables, which
/// sqlx reads too.
fn ssl_in_env() -> bool {
    std::env::vars_os().any(|(k, _)| k.to_str().is_some_and(|k| k.starts_with("PGSSL")))
}

/// Hides the password in a database URL before it is logged or shown.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_loopback_server_is_reached_without_tls_unless_the_url_says_otherwise() {
        use super::plain_on_loopback as plain;
        for (url, expected) in [
            (
                "postgres://postgres@127.0.0.1:5432/test",
                "postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
            ),
            (
                "postgres://u:p@localhost/db?options=-c%20search_path%3Dx",
                "postgres://u:p@localhost/db?options=-c%20search_path%3Dx&sslmode=disable",
            ),
            (
                "postgresql://u@[::1]/db",
                "postgresql://u@[::1]/db?sslmode=disable",
            ),
            (
                "postgres://u@127.0.0.9/db#x",
                "postgres://u@127.0.0.9/db?sslmode=disable#x",
            ),
            (
                "postgres://u@127.0.0.1/db?sslmode=require",
                "postgres://u@127.0.0.1/db?sslmode=require",
            ),
            (
                "postgres://u@127.0.0.1/db?SSLMode=require",
                "postgres://u@127.0.0.1/db?SSLMode=require",
            ),
            (
                "postgres://u@localhost/db?sslrootcert=/ca.pem",
                "postgres://u@localhost/db?sslrootcert=/ca.pem",
            ),
            (
                "postgres://u@localhost/db?host=/var/run/postgresql",
                "postgres://u@localhost/db?host=/var/run/postgresql",
            ),
            (
                "postgres://u:pw@localhost/db?hostaddr=192.0.2.10",
                "postgres://u:pw@localhost/db?hostaddr=192.0.2.10",
            ),
            (
                "postgres://u@db.example.org/db",
                "postgres://u@db.example.org/db",
            ),
            ("postgres://u@10.0.0.5/db", "postgres://u@10.0.0.5/db"),
            (
                "postgres://u@localhost.example.org/db",
                "postgres://u@localhost.example.org/db",
            ),
        ] {
            assert_eq!(plain(url, false), expected, "{url}");
        }
        // PGSSLMODE (or another PGSSL… variable) set: the operator's choice.
        assert_eq!(
            plain("postgres://u@127.0.0.1/db", true),
            "postgres://u@127.0.0.1/db"
        );
    }

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            super::redact("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(super::redact("sqlite://x.db"), "sqlite://x.db");
    }
}
