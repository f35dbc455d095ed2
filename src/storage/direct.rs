//! The arrival read and the group commit on a SQLite file, run in the
//! calling thread.
//!
//! sqlx runs each SQLite connection on a thread of its own: a query is
//! handed to that thread and its rows handed back, two thread switches that
//! cost more than the read itself (a few index lookups in pages the
//! operating system has cached). The one read every update makes
//! ([`super::turn::arrive`]) therefore runs here, on a read-only connection
//! of SQLite's own (through rusqlite), in the task that needs it; and so
//! does the writer's commit ([`super::writer`]), on a writing connection.
//!
//! It never waits on the database: a read takes a connection only if one
//! is free (a write waits only for another write of this process to end),
//! and SQLite answers "busy" at once rather than sleep in a thread that runs
//! other chats' work (a feature writing through sqlx holds the file's write
//! lock, say). When it cannot answer (no free connection, busy, or any
//! error, after which the connection is dropped and opened again next
//! time), the caller reads or writes through sqlx as before.

use std::{
    path::PathBuf,
    sync::{
        Mutex, MutexGuard, TryLockError,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use rusqlite::{Connection, OpenFlags};

/// Connections: one per core of the machines we run on, so each thread
/// that runs tasks finds one free.
const SLOTS: usize = 2;

/// How long after a failed open the next is tried.
const RETRY_OPEN: Duration = Duration::from_secs(60);

pub struct Direct {
    path: PathBuf,
    slots: [Mutex<Option<Connection>>; SLOTS],
    /// The writer's connection (see [`Direct::write`]).
    writer: Mutex<Option<Connection>>,
    /// Whether the writer's connection may be opened.
    writes: bool,
    /// When opening a connection last failed.
    failed: Mutex<Option<Instant>>,
    /// Set by [`Direct::close`]: nothing more is read or written here.
    closed: AtomicBool,
}

impl Direct {
    /// Reads from the SQLite file at `path` (which exists: the pool opened
    /// it), and writes to it if `writes`.
    pub fn new(path: PathBuf, writes: bool) -> Direct {
        Direct {
            path,
            slots: Default::default(),
            writer: Default::default(),
            writes,
            failed: Mutex::new(None),
            closed: AtomicBool::new(false),
        }
    }

    /// Closes every connection; from now on the callers use sqlx (closed
    /// too, so they fail as before).
    pub fn close(&self) {
        self.closed.store(true, Ordering::Release);
        for slot in self.slots.iter().chain([&self.writer]) {
            slot.lock().unwrap_or_else(|p| p.into_inner()).take();
        }
    }

    /// Runs `read` on a free connection; None when none is free or the read
    /// failed (logged), so that the caller reads another way.
    pub fn read<T>(&self, read: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Option<T> {
        let mut slot = self.slots.iter().find_map(free)?;
        let result = read(self.opened(&mut slot, false)?);
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                tracing::debug!(error = %e, "direct SQLite read failed; reading through the pool");
                *slot = None;
                None
            }
        }
    }

    /// Runs `write` (a whole transaction, which it ends whatever happens)
    /// on the writing connection, once the write using it ends; None when
    /// the file's write lock is held (by sqlx's writing connection, by
    /// another process) or the write failed (logged), so that the caller
    /// writes another way.
    pub fn write<T>(&self, write: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Option<T> {
        if !self.writes {
            return None;
        }
        // Held only while a write runs (no `await` inside): waited for.
        let mut slot = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let conn = self.opened(&mut slot, true)?;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| write(conn)));
        match result {
            Ok(Ok(value)) if conn.is_autocommit() => Some(value),
            Ok(Ok(_)) => {
                // It would hold the file's write lock from every other
                // connection: closing it rolls back.
                tracing::error!(
                    "a direct SQLite write left its transaction open; writing through the pool"
                );
                *slot = None;
                None
            }
            Ok(Err(e)) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => {
                tracing::debug!("SQLite's write lock is held; writing through the pool");
                if !conn.is_autocommit() {
                    *slot = None;
                }
                None
            }
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "direct SQLite write failed; writing through the pool");
                if !conn.is_autocommit() {
                    // Closing it rolls back what it had begun.
                    *slot = None;
                }
                None
            }
            Err(_) => {
                tracing::error!("direct SQLite write panicked; writing through the pool");
                *slot = None;
                None
            }
        }
    }

    /// The connection in `slot`, opened (for writing with `write`) if it
    /// is not; None when it cannot be opened.
    fn opened<'a>(&self, slot: &'a mut Option<Connection>, write: bool) -> Option<&'a Connection> {
        if self.closed.load(Ordering::Acquire) {
            return None;
        }
        if slot.is_none() {
            // After a failed open, not again for a while (each update
            // would try, and log, otherwise).
            let mut failed = self.failed.lock().unwrap_or_else(|p| p.into_inner());
            if failed.is_some_and(|at| at.elapsed() < RETRY_OPEN) {
                return None;
            }
            match self.open(write) {
                Ok(conn) => {
                    *slot = Some(conn);
                    *failed = None;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "opening a direct SQLite connection; using the pool");
                    *failed = Some(Instant::now());
                    return None;
                }
            }
        }
        slot.as_ref()
    }

    /// Gives back the page caches of the connections not in use (SQLite
    /// reads the pages again from the operating system's cache).
    pub fn release_memory(&self) {
        for slot in self.slots.iter().chain([&self.writer]) {
            if let Ok(guard) = slot.try_lock()
                && let Some(conn) = guard.as_ref()
                && let Err(e) = conn.execute_batch("PRAGMA shrink_memory")
            {
                tracing::debug!(error = %e, "giving back a direct SQLite connection's cache");
            }
        }
    }

    fn open(&self, write: bool) -> rusqlite::Result<Connection> {
        // Read-only: closing it never checkpoints the log (on a tokio
        // thread), even when it is the last connection open. The writing
        // one is closed on an error in a transaction, while the read-only
        // ones (opened at the first update) are open, and at `Db::close`.
        let access = if write {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        } else {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        };
        let conn =
            Connection::open_with_flags(&self.path, access | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(Duration::ZERO)?;
        conn.execute_batch("PRAGMA cache_size = -512;")?;
        if write {
            // As sqlx's writing connection (see `super::sqlite_setup`); the
            // batches come in a few dozen shapes (see `super::writer`).
            conn.execute_batch(
                "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; \
                 PRAGMA wal_autocheckpoint = 0;",
            )?;
            conn.set_prepared_statement_cache_capacity(64);
        } else {
            conn.execute_batch("PRAGMA query_only = ON;")?;
        }
        Ok(conn)
    }
}

/// The connection behind `slot` if no one else holds it.
fn free(slot: &Mutex<Option<Connection>>) -> Option<MutexGuard<'_, Option<Connection>>> {
    match slot.try_lock() {
        Ok(guard) => Some(guard),
        // A read panicked while holding it: the connection is fine.
        Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
        Err(TryLockError::WouldBlock) => None,
    }
}

/// What the tests of the direct writes share.
#[cfg(test)]
pub(crate) mod testing {
    use super::super::Db;

    /// A migrated database in a SQLite file in `dir`, and the file.
    pub async fn sqlite_file(dir: &tempfile::TempDir) -> (Db, std::path::PathBuf) {
        let path = dir.path().join("t.db");
        let db = Db::connect(&format!("sqlite://{}", path.display()))
            .await
            .unwrap();
        db.migrate().await.unwrap();
        (db, path)
    }

    /// Rows written so far on `db`'s direct writing connection.
    pub fn rows_written(db: &Db) -> i32 {
        db.direct()
            .unwrap()
            // SAFETY: the open connection's handle, used while borrowed.
            .write(|c| Ok(unsafe { rusqlite::ffi::sqlite3_total_changes(c.handle()) }))
            .unwrap()
    }

    /// Until sqlx's writing connection is free (sqlx pings a connection on
    /// its way back to the pool), so that a write may go direct.
    pub async fn until_sqlx_idle(db: &Db) {
        while !super::super::idle(db.pool()) {
            tokio::task::yield_now().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Direct;

    /// A database file in `dir`, in WAL mode, made by `sql`.
    fn wal_file(dir: &tempfile::TempDir, sql: &str) -> std::path::PathBuf {
        let path = dir.path().join("d.db");
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute_batch(&format!("PRAGMA journal_mode = WAL; {sql}"))
            .unwrap();
        path
    }

    #[test]
    fn reads_refuse_writes_and_never_wait_for_a_busy_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = wal_file(
            &dir,
            "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);",
        );
        let direct = Direct::new(path, true);
        let read = |c: &rusqlite::Connection| c.query_row("SELECT x FROM t", [], |r| r.get(0));
        assert_eq!(direct.read(read), Some(7_i64));
        // A write fails (read-only), and the caller is told to go another way.
        assert_eq!(
            direct.read(|c| c.execute("INSERT INTO t VALUES (8)", [])),
            None
        );
        // Every connection taken: no waiting, no answer.
        let taken: Vec<_> = direct.slots.iter().map(|s| s.lock().unwrap()).collect();
        assert_eq!(direct.read(read), None);
        drop(taken);
        assert_eq!(direct.read(read), Some(7));
        // A file that is gone: no answer (the pool reports the error).
        let gone = Direct::new(dir.path().join("missing.db"), true);
        assert_eq!(gone.read(read), None);
    }

    #[test]
    fn writes_never_wait_for_the_write_lock_and_leave_no_transaction_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = wal_file(&dir, "CREATE TABLE t (x INTEGER UNIQUE);");
        let direct = Direct::new(path.clone(), true);
        let insert = |x: i64| {
            move |c: &rusqlite::Connection| {
                c.execute_batch("BEGIN IMMEDIATE")?;
                match c.execute("INSERT INTO t VALUES (?1)", [x]) {
                    Ok(_) => c.execute_batch("COMMIT"),
                    Err(e) => {
                        c.execute_batch("ROLLBACK")?;
                        Err(e)
                    }
                }
            }
        };
        assert_eq!(direct.write(insert(1)), Some(()));
        // Another connection holds the write lock: "no" at once.
        let other = rusqlite::Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        assert_eq!(direct.write(insert(2)), None);
        other.execute_batch("COMMIT").unwrap();
        // A failed write (the value is taken) leaves a connection that
        // writes again.
        assert_eq!(direct.write(insert(1)), None);
        assert_eq!(direct.write(insert(3)), Some(()));
        let xs: Vec<i64> = other
            .prepare("SELECT x FROM t ORDER BY x")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(xs, [1, 3]);
        // The reads' connections do not write.
        assert_eq!(direct.read(insert(4)), None);
        // Nor anything here when told not to (a read-only URL), or closed.
        assert_eq!(Direct::new(path, false).write(insert(5)), None);
        direct.close();
        assert_eq!(direct.write(insert(6)), None);
        assert_eq!(
            direct.read(|c| c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))),
            None
        );
    }

    /// Bytes of page cache a connection holds.
    fn cache_used(c: &rusqlite::Connection) -> i32 {
        let (mut now, mut high) = (0, 0);
        // SAFETY: the handle is the open connection's, used on this thread
        // while `c` is borrowed; sqlite3_db_status only reads counters.
        let rc = unsafe {
            rusqlite::ffi::sqlite3_db_status(
                c.handle(),
                rusqlite::ffi::SQLITE_DBSTATUS_CACHE_USED,
                &mut now,
                &mut high,
                0,
            )
        };
        assert_eq!(rc, rusqlite::ffi::SQLITE_OK);
        now
    }

    #[test]
    fn idle_connections_give_their_page_cache_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = wal_file(
            &dir,
            "CREATE TABLE t (x TEXT);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
             INSERT INTO t SELECT printf('%.200c', 'x') FROM n;",
        );
        let direct = Direct::new(path, true);
        let scan = |c: &rusqlite::Connection| {
            c.query_row("SELECT sum(length(x)) FROM t", [], |r| r.get::<_, i64>(0))
                .map(|sum| (sum, cache_used(c)))
        };
        let (sum, full) = direct.read(scan).unwrap();
        assert_eq!(sum, 400_000);
        assert!(full > 200_000, "{full} bytes cached after reading 400 kB");
        // A connection in use keeps its cache.
        let busy = direct.slots[0].lock().unwrap();
        direct.release_memory();
        assert_eq!(cache_used(busy.as_ref().unwrap()), full);
        drop(busy);
        direct.release_memory();
        let after = direct.read(|c| Ok(cache_used(c))).unwrap();
        assert!(after < full / 10, "{after} of {full} bytes still cached");
        // And it reads as before.
        assert_eq!(direct.read(scan).unwrap().0, 400_000);
    }
}
