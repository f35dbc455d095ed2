//! Messages the bot sends on its own schedule (reminders, feedback
//! prompts): the one way to send such a message and tell what became of it,
//! so that each scheduler only records the outcome on its row.

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

/// Sends `screen` to `user` within the shared budget. `Some(outcome)`
/// closes the row; `None` means try again on a later pass (a 429 paused
/// the budget, or the network or Telegram failed for a while). `what` names
/// the kind of message in the logs.
pub async fn send(
    app: &App,
    bot: &Bot,
    user: &User,
    screen: &Screen,
    what: &'static str,
) -> anyhow::Result<Option<Outcome>> {
    app.budget.acquire().await;
    let res = bot
        .send_message(ChatId(user.chat_id), &screen.text)
        .parse_mode(ParseMode::Html)
        .reply_markup(screen.keyboard().unwrap_or_default())
        .await;
    let Err(err) = res else {
        return Ok(Some(Outcome::Sent));
    };
    Ok(match classify(&err) {
        Failure::Unreachable => {
            users::mark_unreachable(&app.db, user.chat_id, app.clock.now()).await?;
            Some(Outcome::Unreachable)
        }
        Failure::RetryAfter(d) => {
            app.budget.pause_for(d);
            None
        }
        Failure::Permanent => {
            tracing::warn!(what, error = %err, "scheduled message refused; given up");
            Some(Outcome::Failed)
        }
        Failure::Transient => {
            tracing::info!(what, error = %err, "scheduled message not sent; will retry");
            None
        }
    })
}
