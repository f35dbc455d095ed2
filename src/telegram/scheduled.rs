//! Messages the bot sends on its own schedule (reminders, feedback
//! prompts): the one way to send such a message and tell what became of it,
//! so that each scheduler only records the outcome on its row. A message
//! that fails for a while is tried again later, waiting longer each time,
//! and given up after `MAX_ATTEMPTS` tries.

use chrono::{DateTime, Duration, Utc};
use teloxide::{prelude::*, types::ParseMode};

use super::{Failure, Screen, classify};
use crate::{
    runtime::App,
    storage::users::{self, User},
};

/// What became of a scheduled message; stored on its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// The person blocked the bot (now marked unreachable).
    Unreachable,
    /// Telegram refused it for good: trying again would not help.
    Failed,
    /// No longer due (the event started or was cancelled, the person left).
    Dropped,
}

impl Outcome {
    /// How it is stored.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::Unreachable => "unreachable",
            Outcome::Failed => "failed",
            Outcome::Dropped => "dropped",
        }
    }
}

/// Tries after which a message that keeps failing is given up: with the
/// waits below, about 17 hours of trying, so an outage of Telegram or of
/// the network for a night does not lose a reminder (one whose event
/// starts meanwhile is dropped anyway).
pub const MAX_ATTEMPTS: i64 = 24;
/// The wait after the first failed try; it doubles after each one.
const FIRST_WAIT: i64 = 30;
/// The longest wait between two tries.
const LONGEST_WAIT: i64 = 3600;

/// What the scheduler does with the row next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Record this outcome and close the row.
    Close(Outcome),
    /// Telegram said "too many requests": the shared budget now waits; the
    /// message is not at fault and is tried again on the next pass.
    Wait,
    /// The network or Telegram failed for a while: count the try and wait
    /// (`retry_at`).
    Retry,
}

/// When to try again after `attempts` failed tries (1, 2, …): 30 s, then
/// twice as long each time, at most an hour. None once `MAX_ATTEMPTS`
/// tries have failed: the row is closed as failed.
pub fn retry_at(now: DateTime<Utc>, attempts: i64) -> Option<DateTime<Utc>> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let doublings = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    let wait = FIRST_WAIT
        .saturating_mul(2_i64.saturating_pow(doublings))
        .min(LONGEST_WAIT);
    Some(now + Duration::seconds(wait))
}

/// Sends `screen` to `user` within the shared budget and says what to do
/// with its row. `what` names the kind of message in the logs.
pub async fn send(
    app: &App,
    bot: &Bot,
    user: &User,
    screen: &Screen,
    what: &'static str,
) -> anyhow::Result<Next> {
    app.budget.acquire().await;
    let res = bot
        .send_message(ChatId(user.chat_id), &screen.text)
        .parse_mode(ParseMode::Html)
        .reply_markup(screen.keyboard().unwrap_or_default())
        .await;
    let Err(err) = res else {
        return Ok(Next::Close(Outcome::Sent));
    };
    Ok(match classify(&err) {
        Failure::Unreachable => {
            users::mark_unreachable(&app.db, user.chat_id, app.clock.now()).await?;
            Next::Close(Outcome::Unreachable)
        }
        Failure::RetryAfter(d) => {
            app.budget.pause_for(d);
            Next::Wait
        }
        Failure::Permanent => {
            tracing::warn!(what, error = %err, "scheduled message refused; given up");
            Next::Close(Outcome::Failed)
        }
        Failure::Transient => {
            tracing::info!(what, error = %err, "scheduled message not sent; will retry");
            Next::Retry
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_up_to_an_hour_then_give_up() {
        let now = crate::time::utc(1_800_000_000);
        let wait = |n| retry_at(now, n).map(|t| (t - now).num_seconds());
        assert_eq!(wait(0), Some(30));
        assert_eq!(wait(1), Some(30));
        assert_eq!(wait(2), Some(60));
        assert_eq!(wait(3), Some(120));
        assert_eq!(wait(7), Some(1920));
        assert_eq!(wait(8), Some(3600));
        assert_eq!(wait(MAX_ATTEMPTS - 1), Some(3600));
        let total: i64 = (1..MAX_ATTEMPTS).filter_map(wait).sum();
        assert!(total > 17 * 3600, "{total}");
        assert_eq!(wait(MAX_ATTEMPTS), None);
        assert_eq!(wait(i64::MAX), None);
    }
}
