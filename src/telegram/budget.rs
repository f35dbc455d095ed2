//! One message budget for everything the bot sends, shaped like Telegram's
//! own flood control: a sliding window of one second.
//!
//! Replies to a user's own action wait only when the whole window is used
//! (Telegram would refuse them anyway), so under a rush they go out at the
//! limit, in order, instead of meeting 429s. Background senders (broadcasts,
//! reminders, feedback prompts) keep one slot free for replies, so they slow
//! down first. Because the window only remembers the last second, a burst of
//! replies delays background sends by about a second at most: there is no
//! debt to repay.
//!
//! Background sends keep one message of headroom and a few milliseconds of
//! margin, so the jitter between taking a slot here and Telegram receiving
//! the request does not put one message too many into Telegram's window.

use std::{
    collections::VecDeque,
    sync::{
        Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use tokio::time::Instant;

/// Added to the window for background sends, against network jitter.
const MARGIN: Duration = Duration::from_millis(10);

pub struct Budget {
    /// The window Telegram counts over (one second, or longer below 1/s).
    window: Duration,
    /// Most sends in a window.
    limit: usize,
    /// Most background sends in a window (the limit minus one of headroom).
    background: usize,
    /// Slots replies leave free while a background send waits, so that a
    /// rush of replies delays an announcement by about a second, not more.
    reserve: usize,
    /// Background sends waiting for room now.
    waiting: AtomicUsize,
    state: Mutex<Window>,
}

struct Window {
    /// When each send of the last window went out, oldest first.
    sent: VecDeque<Instant>,
    paused_until: Option<Instant>,
}

impl Budget {
    /// `rate` messages per second overall.
    pub fn new(rate: f64) -> Budget {
        let rate = if rate.is_finite() {
            rate.max(0.01)
        } else {
            30.0
        };
        let (window, limit) = if rate >= 1.0 {
            (Duration::from_secs(1), rate.floor() as usize)
        } else {
            (Duration::from_secs_f64(1.0 / rate), 1)
        };
        Budget {
            window,
            limit,
            background: if limit >= 2 { limit - 1 } else { limit },
            // At least one slot for background sends whenever there are two.
            reserve: if limit >= 2 { (limit / 10).max(1) } else { 0 },
            waiting: AtomicUsize::new(0),
            state: Mutex::new(Window {
                sent: VecDeque::new(),
                paused_until: None,
            }),
        }
    }

    fn forget_old(&self, w: &mut Window, now: Instant) {
        while w
            .sent
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window + MARGIN)
        {
            w.sent.pop_front();
        }
    }

    /// A reply to the user's own action: waits only while the whole window
    /// is used, and counts.
    pub async fn reply(&self) {
        self.take(false).await
    }

    /// Waits until a background message may go out, and counts it.
    pub async fn acquire(&self) {
        self.waiting.fetch_add(1, Ordering::SeqCst);
        self.take(true).await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
    }

    async fn take(&self, background: bool) {
        loop {
            let room = if background {
                self.background
            } else if self.waiting.load(Ordering::SeqCst) > 0 {
                self.limit - self.reserve
            } else {
                self.limit
            };
            let wait = {
                let mut w = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                self.forget_old(&mut w, now);
                match (w.paused_until, w.sent.front()) {
                    (Some(until), _) if background && until > now => until - now,
                    _ if w.sent.len() < room => {
                        w.sent.push_back(now);
                        return;
                    }
                    // Full: wait until the oldest send leaves the window.
                    (_, Some(oldest)) => {
                        (*oldest + self.window + MARGIN).saturating_duration_since(now)
                    }
                    (_, None) => self.window,
                }
            };
            tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
        }
    }

    /// Telegram said "retry after": background sending pauses that long.
    pub fn pause_for(&self, d: Duration) {
        let mut w = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let until = Instant::now() + d;
        w.paused_until = Some(w.paused_until.map_or(until, |p| p.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn background_keeps_within_the_window_and_headroom() {
        let b = Budget::new(10.0);
        let start = Instant::now();
        let mut times = vec![];
        for _ in 0..30 {
            b.acquire().await;
            times.push(start.elapsed());
        }
        // Never more than 9 (10 less one of headroom) in any one second.
        for (i, t) in times.iter().enumerate() {
            let in_window = times[i..]
                .iter()
                .take_while(|u| **u < *t + Duration::from_secs(1))
                .count();
            assert!(in_window <= 9, "{in_window} sends within 1 s from {t:?}");
        }
        // …and close to the full rate: 30 sends in a little over 3 s.
        assert!(
            start.elapsed() < Duration::from_millis(3100),
            "{:?}",
            start.elapsed()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn replies_take_the_whole_window_and_background_waits_behind_them() {
        let b = Budget::new(30.0);
        let t = Instant::now();
        for _ in 0..30 {
            b.reply().await;
        }
        assert!(t.elapsed() < Duration::from_millis(5), "30 replies at once");
        // A background send waits for the window to clear, about a second…
        b.acquire().await;
        let waited = t.elapsed();
        assert!(waited >= Duration::from_secs(1), "{waited:?}");
        assert!(waited <= Duration::from_millis(1100), "{waited:?}");
        // …and so does a 31st reply within one window.
        let b = Budget::new(30.0);
        let t = Instant::now();
        for _ in 0..31 {
            b.reply().await;
        }
        assert!(t.elapsed() >= Duration::from_secs(1), "the 31st waits");
    }

    #[tokio::test(start_paused = true)]
    async fn a_waiting_announcement_gets_through_a_rush_of_replies() {
        let b = std::sync::Arc::new(Budget::new(30.0));
        for _ in 0..30 {
            b.reply().await;
        }
        let bg = {
            let b = b.clone();
            tokio::spawn(async move {
                let t = Instant::now();
                b.acquire().await;
                t.elapsed()
            })
        };
        tokio::task::yield_now().await;
        // Replies keep coming as fast as they may.
        let rush = {
            let b = b.clone();
            tokio::spawn(async move {
                for _ in 0..300 {
                    b.reply().await;
                }
            })
        };
        let waited = bg.await.unwrap();
        assert!(waited <= Duration::from_millis(1100), "{waited:?}");
        rush.await.unwrap();
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_pauses_background() {
        let b = Budget::new(30.0);
        b.pause_for(Duration::from_secs(3));
        let t = Instant::now();
        b.acquire().await;
        assert!(t.elapsed() >= Duration::from_secs(3));
    }
}
