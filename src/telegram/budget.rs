//! One message budget for everything the bot sends. Replies to a user's own
//! action take from it without waiting; background senders (broadcasts,
//! reminders) wait for a token, so they slow down first.

use std::{sync::Mutex, time::Duration};

use tokio::time::Instant;

pub struct Budget {
    rate: f64,
    burst: f64,
    state: Mutex<Bucket>,
}

struct Bucket {
    tokens: f64,
    last: Instant,
    paused_until: Option<Instant>,
}

impl Budget {
    /// `rate` messages per second overall.
    pub fn new(rate: f64) -> Budget {
        let rate = rate.max(0.1);
        let burst = (rate / 20.0).max(1.0);
        Budget {
            rate,
            burst,
            state: Mutex::new(Bucket {
                tokens: burst,
                last: Instant::now(),
                paused_until: None,
            }),
        }
    }

    fn refill(&self, b: &mut Bucket, now: Instant) {
        let elapsed = now.duration_since(b.last).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.rate).min(self.burst);
        b.last = now;
    }

    /// A reply to the user's own action: never waits, but counts.
    pub fn take_interactive(&self) {
        let mut b = self.state.lock().unwrap_or_else(|e| e.into_inner());
        self.refill(&mut b, Instant::now());
        b.tokens -= 1.0;
    }

    /// Waits until a background message may go out.
    pub async fn acquire(&self) {
        loop {
            let wait = {
                let mut b = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                self.refill(&mut b, now);
                match b.paused_until {
                    Some(until) if until > now => until - now,
                    _ if b.tokens >= 1.0 => {
                        b.tokens -= 1.0;
                        return;
                    }
                    _ => Duration::from_secs_f64((1.0 - b.tokens) / self.rate),
                }
            };
            tokio::time::sleep(wait).await;
        }
    }

    /// Telegram said "retry after": background sending pauses that long.
    pub fn pause_for(&self, d: Duration) {
        let mut b = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let until = Instant::now() + d;
        b.paused_until = Some(b.paused_until.map_or(until, |p| p.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn background_waits_and_interactive_goes_first() {
        let b = Budget::new(10.0);
        let start = tokio::time::Instant::now();
        for _ in 0..5 {
            b.acquire().await;
        }
        // 10/s with a burst of 1: four waits of 100 ms.
        assert!(
            start.elapsed() >= Duration::from_millis(390),
            "{:?}",
            start.elapsed()
        );
        for _ in 0..3 {
            b.take_interactive();
        }
        let t = tokio::time::Instant::now();
        b.acquire().await;
        assert!(
            t.elapsed() >= Duration::from_millis(300),
            "interactive sends delay background ones"
        );
    }
}
