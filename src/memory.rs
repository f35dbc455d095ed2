//! Memory freed after a burst of updates goes back to the system.
//!
//! glibc's allocator keeps freed memory for reuse, so a bot that once
//! served a thousand chats at once would stay that large for good. When a
//! second passes with no update started, `malloc_trim` returns the free
//! pages; so does the quiet second after start-up, which leaves behind what
//! loading the texts and the directory used. Before that, SQLite's
//! connections give back their page caches ([`Db::release_memory`]).
//! Elsewhere than glibc `malloc_trim` does nothing.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst},
    },
    time::Duration,
};

use crate::storage::Db;

/// How long no update may start before the free memory is returned.
const QUIET: Duration = Duration::from_secs(1);

#[derive(Default)]
pub struct Trim {
    in_flight: AtomicUsize,
    started: AtomicU64,
    scheduled: AtomicBool,
    /// Whose SQLite caches are given back first.
    db: Option<Db>,
}

impl Trim {
    /// Also gives back `db`'s caches (see [`Db::release_memory`]).
    pub fn with_db(db: Db) -> Trim {
        Trim {
            db: Some(db),
            ..Trim::default()
        }
    }

    /// An update started.
    pub fn started(&self) {
        self.in_flight.fetch_add(1, SeqCst);
        self.started.fetch_add(1, SeqCst);
    }

    /// An update finished: the last one in flight schedules a trim.
    pub fn finished(self: &Arc<Self>) {
        if self.in_flight.fetch_sub(1, SeqCst) == 1 {
            self.soon();
        }
    }

    /// Trims once a second passes with no update started.
    pub fn soon(self: &Arc<Self>) {
        if self.scheduled.swap(true, SeqCst) {
            return;
        }
        let trim = self.clone();
        tokio::spawn(async move {
            // Waits for a whole quiet second with nothing in flight. (Giving
            // up when an update starts would lose the trim: that update's
            // end finds one still scheduled and schedules none.)
            let mut seen = trim.started.load(SeqCst);
            loop {
                tokio::time::sleep(QUIET).await;
                let now = trim.started.load(SeqCst);
                if now == seen && trim.in_flight.load(SeqCst) == 0 {
                    break;
                }
                seen = now;
            }
            trim.scheduled.store(false, SeqCst);
            if let Some(db) = &trim.db {
                db.release_memory().await;
            }
            let _ = tokio::task::spawn_blocking(release).await;
        });
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn release() {
    unsafe extern "C" {
        fn malloc_trim(pad: usize) -> std::ffi::c_int;
    }
    // SAFETY: glibc's malloc_trim takes a byte count, touches only the
    // allocator's own free lists, and is safe to call from any thread.
    unsafe {
        malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release() {}
