//! One data-access layer for every feature, on SQLite or PostgreSQL.
//!
//! Queries go through sqlx's `Any` driver with `$1`-style placeholders, which
//! both SQLite and PostgreSQL accept. Columns use only integer, real, text and
//! blob types; times are unix seconds (UTC). Each feature keeps its own
//! queries in its own module; this module owns the pool and the migrations.

pub mod heartbeat;
pub mod turn;
pub mod updates;
pub mod users;
pub mod writer;

use std::time::Duration;

use anyhow::Context as _;
use sqlx::{
    AnyPool, Executor,
    any::{AnyConnectOptions, AnyPoolOptions},
    migrate::Migrator,
};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database: on SQLite, one connection that writes (every feature's
/// queries, queued by the pool in the program) and a pool of read-only
/// connections for the hot reads; on PostgreSQL, one pool for both.
#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    reader: AnyPool,
    writer: writer::Writer,
    backend: Backend,
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
            _ => url.to_owned(),
        };
        let options: AnyConnectOptions = url
            .parse()
            .with_context(|| format!("invalid DATABASE_URL {:?}", redact(&url)))?;
        let connect = |max: u32, read_only: bool| {
            let mut pool = AnyPoolOptions::new()
                .max_connections(max)
                .acquire_timeout(Duration::from_secs(30));
            if backend == Backend::Sqlite {
                pool = pool.after_connect(move |conn, _meta| {
                    Box::pin(async move {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        // Small page caches: the database file is in the
                        // operating system's cache anyway.
                        conn.execute("PRAGMA cache_size = -512").await?;
                        if read_only {
                            conn.execute("PRAGMA query_only = ON").await?;
                        }
                        Ok(())
                    })
                });
            }
            pool.connect_with(options.clone())
        };
        let pool = connect(if backend == Backend::Sqlite { 1 } else { 10 }, false)
            .await
            .with_context(|| format!("cannot connect to {}", redact(&url)))?;
        let reader = match backend {
            // Two: the hot reads are short, and there are two cores.
            Backend::Sqlite if !url.contains(":memory:") => connect(2, true)
                .await
                .with_context(|| format!("cannot connect to {}", redact(&url)))?,
            _ => pool.clone(),
        };
        let writer = writer::Writer::start(pool.clone(), backend);
        Ok(Db {
            pool,
            reader,
            writer,
            backend,
        })
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

    /// Commits one update's own writes with those of other updates.
    pub async fn write(&self, write: writer::Write) -> anyhow::Result<()> {
        self.writer.write(write).await
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.reader.close().await;
        self.pool.close().await;
    }
}

/// A PostgreSQL URL whose connections use `schema` first (tests, benchmarks).
pub fn with_search_path(url: &str, schema: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}options=-c%20search_path%3D{schema}")
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
    fn redacts_passwords() {
        assert_eq!(
            super::redact("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(super::redact("sqlite://x.db"), "sqlite://x.db");
    }
}
