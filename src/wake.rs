//! How the background senders (reminders, feedback prompts, announcements)
//! wait without polling: each sleeps until the next row it knows is due,
//! and is woken early when an update was handled (it may have queued a
//! row), when a test or the playground moves the clock, or at shutdown.
//! Idle, nothing runs but a check every `IDLE_CHECK`, which also picks up
//! rows written by another process (`discorsi import`, a second instance).

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::{sync::watch, time::Instant};

use crate::runtime::App;

/// The longest sleep, even when nothing is due.
pub const IDLE_CHECK: Duration = Duration::from_secs(60);
/// The shortest time between two passes of one sender, so that a stream of
/// updates does not make it run a pass for each.
pub const MIN_GAP: Duration = Duration::from_millis(200);

/// Pokes the senders; cheap enough to call after every update.
pub struct Wake(watch::Sender<u64>);

impl Default for Wake {
    fn default() -> Wake {
        Wake(watch::channel(0).0)
    }
}

impl Wake {
    /// Something may have been queued: the senders look again.
    pub fn poke(&self) {
        self.0.send_modify(|n| *n = n.wrapping_add(1));
    }

    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.0.subscribe()
    }
}

/// One sender's waiting between passes.
pub struct Waiter {
    pokes: watch::Receiver<u64>,
    clock: Option<watch::Receiver<()>>,
    stop: watch::Receiver<bool>,
    last_pass: Option<Instant>,
}

impl Waiter {
    pub fn new(app: &App, stop: watch::Receiver<bool>) -> Waiter {
        Waiter {
            pokes: app.wake.subscribe(),
            clock: app.clock.changes(),
            stop,
            last_pass: None,
        }
    }

    pub fn stopped(&self) -> bool {
        *self.stop.borrow()
    }

    /// Waits until `next_due` (by the app's clock; None: nothing queued),
    /// a poke, a clock change or the stop signal; at most `IDLE_CHECK`, and
    /// at least `MIN_GAP` after the previous pass.
    pub async fn wait(&mut self, app: &App, next_due: Option<DateTime<Utc>>) {
        let sleep = next_due
            .map(|due| (due - app.clock.now()).to_std().unwrap_or(Duration::ZERO))
            .map_or(IDLE_CHECK, |d| d.min(IDLE_CHECK));
        // Pokes and clock moves from before this wait count too: they are
        // marked seen only here.
        let poked = self.pokes.has_changed().unwrap_or(false);
        let moved = self
            .clock
            .as_ref()
            .is_some_and(|c| c.has_changed().unwrap_or(false));
        if !poked && !moved && !sleep.is_zero() {
            let clock = async {
                match self.clock.as_mut() {
                    Some(c) => {
                        let _ = c.changed().await;
                    }
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(sleep) => {}
                _ = self.pokes.changed() => {}
                _ = clock => {}
                _ = self.stop.changed() => {}
            }
        }
        self.pokes.mark_unchanged();
        if let Some(c) = self.clock.as_mut() {
            c.mark_unchanged();
        }
        if let Some(last) = self.last_pass {
            let gap = last + MIN_GAP;
            if Instant::now() < gap && !self.stopped() {
                tokio::select! {
                    _ = tokio::time::sleep_until(gap) => {}
                    _ = self.stop.changed() => {}
                }
            }
        }
        self.last_pass = Some(Instant::now());
    }
}
