//! The clock is injected wherever time matters, so tests can fix and move it
//! instead of sleeping.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// Tells when the clock is moved by hand (None: it only runs on), so
    /// that whatever sleeps until a due time looks again.
    fn changes(&self) -> Option<tokio::sync::watch::Receiver<()>> {
        None
    }
}

pub type SharedClock = Arc<dyn Clock>;

/// The real wall clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to. Used by tests and the playground.
pub struct ManualClock {
    at: Mutex<DateTime<Utc>>,
    moved: tokio::sync::watch::Sender<()>,
}

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Arc<ManualClock> {
        Arc::new(ManualClock {
            at: Mutex::new(at),
            moved: tokio::sync::watch::channel(()).0,
        })
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.at.lock().unwrap_or_else(|e| e.into_inner()) = at;
        self.moved.send_replace(());
    }

    pub fn advance(&self, by: Duration) {
        *self.at.lock().unwrap_or_else(|e| e.into_inner()) += by;
        self.moved.send_replace(());
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.at.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn changes(&self) -> Option<tokio::sync::watch::Receiver<()>> {
        Some(self.moved.subscribe())
    }
}
