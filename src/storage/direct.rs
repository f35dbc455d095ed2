//! The arrival read on a SQLite file, run in the calling thread.
//!
//! sqlx runs each SQLite connection on a thread of its own: a query is
//! handed to that thread and its rows handed back, two thread switches that
//! cost more than the read itself (a few index lookups in pages the
//! operating system has cached). The one read every update makes
//! ([`super::turn::arrive`]) therefore runs here, on a read-only connection
//! of SQLite's own (through rusqlite), in the task that needs it.
//!
//! It never waits: it takes a connection only if one is free, and SQLite
//! answers "busy" at once rather than sleep in a thread that runs other
//! chats' work. When it cannot answer (no free connection, or any error,
//! after which the connection is dropped and opened again next time), the
//! caller reads through sqlx as before.

use std::{
    path::PathBuf,
    sync::{Mutex, TryLockError},
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
    /// When opening a connection last failed.
    failed: Mutex<Option<Instant>>,
}

impl Direct {
    /// Reads from the SQLite file at `path` (which exists: the pool opened it).
    pub fn new(path: PathBuf) -> Direct {
        Direct {
            path,
            slots: Default::default(),
            failed: Mutex::new(None),
        }
    }

    /// Runs `read` on a free connection; None when none is free or the read
    /// failed (logged), so that the caller reads another way.
    pub fn read<T>(&self, read: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Option<T> {
        let mut slot = self.slots.iter().find_map(|s| match s.try_lock() {
            Ok(guard) => Some(guard),
            // A read panicked while holding it: the connection is fine.
            Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        })?;
        if slot.is_none() {
            // After a failed open, not again for a while (each update
            // would try, and log, otherwise).
            let mut failed = self.failed.lock().unwrap_or_else(|p| p.into_inner());
            if failed.is_some_and(|at| at.elapsed() < RETRY_OPEN) {
                return None;
            }
            match self.open() {
                Ok(conn) => {
                    *slot = Some(conn);
                    *failed = None;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "opening a direct SQLite connection; reading through the pool");
                    *failed = Some(Instant::now());
                    return None;
                }
            }
        }
        let result = read(slot.as_ref()?);
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                tracing::debug!(error = %e, "direct SQLite read failed; reading through the pool");
                *slot = None;
                None
            }
        }
    }

    /// Gives back the page caches of the connections not in use (SQLite
    /// reads the pages again from the operating system's cache).
    pub fn release_memory(&self) {
        for slot in &self.slots {
            if let Ok(guard) = slot.try_lock()
                && let Some(conn) = guard.as_ref()
                && let Err(e) = conn.execute_batch("PRAGMA shrink_memory")
            {
                tracing::debug!(error = %e, "giving back a direct SQLite connection's cache");
            }
        }
    }

    fn open(&self) -> rusqlite::Result<Connection> {
        let conn = Connection::open_with_flags(
            &self.path,
            // Read-only: closing it never checkpoints the log (on a tokio
            // thread), even when it is the last connection open.
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(Duration::ZERO)?;
        conn.execute_batch("PRAGMA query_only = ON; PRAGMA cache_size = -512;")?;
        Ok(conn)
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
        let direct = Direct::new(path);
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
        let gone = Direct::new(dir.path().join("missing.db"));
        assert_eq!(gone.read(read), None);
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
        let direct = Direct::new(path);
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
