//! What makes the fake as hard to please as Telegram: its flood windows
//! (429 with the real `retry_after`), and random trouble for stress tests.

use std::{
    collections::{HashMap, VecDeque},
    time::Duration,
};

use super::{Fault, FaultRule, Inner};

/// Telegram's flood limits for messages a bot sends.
#[derive(Clone, Debug)]
pub struct FloodRules {
    /// Messages in any sliding one-second window, all chats together.
    pub global_per_sec: usize,
    /// One private chat: a short burst, then this many a second.
    pub chat_burst: f64,
    pub chat_per_sec: f64,
    /// One group: messages in any sliding one-minute window.
    pub group_per_min: usize,
}

impl Default for FloodRules {
    /// Telegram's documented limits: 30 messages a second overall, about
    /// one a second in a chat, 20 a minute in a group.
    fn default() -> FloodRules {
        FloodRules {
            global_per_sec: 30,
            chat_burst: 10.0,
            chat_per_sec: 1.0,
            group_per_min: 20,
        }
    }
}

pub(super) struct Flood {
    pub(super) rules: FloodRules,
    pub(super) global: VecDeque<std::time::Instant>,
    pub(super) chats: HashMap<i64, (f64, std::time::Instant)>,
    pub(super) groups: HashMap<i64, VecDeque<std::time::Instant>>,
}

/// Seconds until a window frees up, rounded up as Telegram does (at least 1).
fn retry_secs(wait: Duration) -> u32 {
    u32::try_from(wait.as_millis().div_ceil(1000))
        .unwrap_or(u32::MAX)
        .max(1)
}

impl Flood {
    pub(super) fn new(rules: FloodRules) -> Flood {
        Flood {
            rules,
            global: VecDeque::new(),
            chats: HashMap::new(),
            groups: HashMap::new(),
        }
    }

    /// Counts one message to `chat`, or says how long to wait.
    pub(super) fn admit(&mut self, chat: Option<i64>) -> Result<(), u32> {
        let now = std::time::Instant::now();
        let second = Duration::from_secs(1);
        while self
            .global
            .front()
            .is_some_and(|t| now.duration_since(*t) >= second)
        {
            self.global.pop_front();
        }
        if self.global.len() >= self.rules.global_per_sec {
            let oldest = self.global.front().copied().unwrap_or(now);
            return Err(retry_secs((oldest + second).saturating_duration_since(now)));
        }
        match chat {
            Some(c) if c < 0 => {
                let minute = Duration::from_secs(60);
                let w = self.groups.entry(c).or_default();
                while w.front().is_some_and(|t| now.duration_since(*t) >= minute) {
                    w.pop_front();
                }
                if w.len() >= self.rules.group_per_min {
                    let oldest = w.front().copied().unwrap_or(now);
                    return Err(retry_secs((oldest + minute).saturating_duration_since(now)));
                }
                w.push_back(now);
            }
            Some(c) => {
                let r = &self.rules;
                let (tokens, last) = self.chats.entry(c).or_insert((r.chat_burst, now));
                *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * r.chat_per_sec)
                    .min(r.chat_burst);
                *last = now;
                if *tokens < 1.0 {
                    return Err(retry_secs(Duration::from_secs_f64(
                        (1.0 - *tokens) / r.chat_per_sec.max(0.001),
                    )));
                }
                *tokens -= 1.0;
            }
            None => {}
        }
        self.global.push_back(now);
        Ok(())
    }
}

/// Random trouble for stress tests: a share of sends fail with 5xx, and a
/// share hang then time out.
pub(super) struct Chaos {
    pub(super) server_errors: f64,
    pub(super) timeouts: f64,
    pub(super) hang: Duration,
    pub(super) rng: rand::rngs::StdRng,
}

impl Inner {
    /// Decides the fate of a send before it is served: Some(hang) for a
    /// timeout; a 5xx or 429 is queued as a one-off fault.
    pub(super) fn chaos(&mut self, method: &str) -> Option<Duration> {
        use rand::Rng;
        let c = self.chaos.as_mut()?;
        let roll: f64 = c.rng.random();
        if roll < c.timeouts {
            return Some(c.hang);
        }
        if roll < c.timeouts + c.server_errors {
            self.faults.insert(
                0,
                FaultRule {
                    method: Some(method.to_owned()),
                    chat: None,
                    fault: Fault::Server(502),
                    remaining: Some(1),
                },
            );
        }
        None
    }
}
