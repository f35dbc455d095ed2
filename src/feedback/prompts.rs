//! The feedback prompt after an event. Half an hour after an event ends
//! (time for the organiser to finish taking attendance) one round is queued
//! for it: a prompt row per person marked present, or per confirmed person
//! when attendance was not taken. A pass then sends the unsent rows; a row is
//! closed only once Telegram accepted the message, so a restart neither
//! loses a prompt nor sends one twice, and the primary key keeps it to one
//! per person per event.

use std::sync::Arc;

use teloxide::prelude::*;
use tokio::sync::watch;

use super::{
    button::{Answer, Button},
    model::Rating,
    store,
};
use crate::{
    events::{model::Event, store as events},
    i18n::Lang,
    runtime::App,
    storage::users,
    telegram::{
        Screen, button,
        scheduled::{self, Next, Outcome},
    },
};

/// How long after the end of an event its prompts go out.
pub const DELAY: i64 = 30 * 60;
/// Events that ended longer ago than this get no prompt (after long downtime).
pub const WINDOW: i64 = 3 * 24 * 3600;

pub async fn run(app: Arc<App>, bot: Bot, stop: watch::Receiver<bool>) {
    let mut waiter = crate::wake::Waiter::new(&app, stop);
    while !waiter.stopped() {
        if let Err(e) = crate::contain::contained(pass(&app, &bot)).await {
            tracing::warn!(error = %e, "feedback prompt pass failed");
        }
        let next = match next_due(&app).await {
            Ok(next) => next,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the next feedback prompt");
                None
            }
        };
        waiter.wait(&app, next).await;
    }
}

/// When the next pass has work: the earliest unsent prompt's try, or
/// `DELAY` after the end of the next event without a round.
async fn next_due(app: &App) -> anyhow::Result<Option<chrono::DateTime<chrono::Utc>>> {
    let now = app.clock.now();
    let round = crate::reports::next_round_end(&app.db, now, WINDOW)
        .await?
        .map(|end| end + chrono::Duration::seconds(DELAY));
    let prompt = store::next_prompt(&app.db, now).await?;
    Ok(round.into_iter().chain(prompt).min())
}

/// One pass: queue the rounds now due, then send what is unsent. Returns
/// how many prompts it closed.
pub async fn pass(app: &App, bot: &Bot) -> anyhow::Result<usize> {
    let now = app.clock.now();
    for event_id in crate::reports::rounds_due(&app.db, now, DELAY, WINDOW).await? {
        let n = store::queue_round(&app.db, event_id, now).await?;
        tracing::info!(event_id, prompts = n, "feedback prompts queued");
    }
    let mut closed = 0;
    let mut cache: std::collections::HashMap<i64, Option<Event>> = Default::default();
    for (event_id, user_id) in store::unsent_prompts(&app.db, now, 200).await? {
        if let std::collections::hash_map::Entry::Vacant(slot) = cache.entry(event_id) {
            slot.insert(events::get(&app.db, event_id).await?);
        }
        let (Some(event), Some(user)) = (
            cache.get(&event_id).and_then(Option::as_ref),
            users::get(&app.db, user_id).await?,
        ) else {
            store::close_prompt(&app.db, event_id, user_id, Outcome::Dropped, now).await?;
            closed += 1;
            continue;
        };
        let screen = prompt(app, event, user.lang());
        let closes = match scheduled::send(app, bot, &user, &screen, "feedback prompt").await? {
            Next::Close(outcome) => {
                store::close_prompt(&app.db, event_id, user_id, outcome, now).await?;
                true
            }
            // Again on the next pass (the budget waits first).
            Next::Wait => false,
            // Later, waiting longer each time, until the last try failed.
            Next::Retry => store::retry_prompt(&app.db, event_id, user_id, now).await?,
        };
        closed += usize::from(closes);
    }
    Ok(closed)
}

/// "How was <title>?" with five star buttons and Skip.
pub fn prompt(app: &App, e: &Event, lang: Lang) -> Screen {
    let (t, _) = e.texts_in(lang);
    let text = app.i18n.fmt(
        lang,
        "fb-prompt",
        &[(
            "title",
            crate::telegram::escape(&crate::i18n::isolate(lang, &t.title)).into(),
        )],
    );
    let stars = Rating::ALL
        .into_iter()
        .map(|r| {
            let data = Button::Rate {
                event: e.id,
                answer: Answer::Stars(r),
            };
            button(super::stars_label(r.get()), data.data())
        })
        .collect::<Vec<_>>();
    let (low, high) = stars.split_at(3);
    Screen::new(text)
        .grid(low.to_vec(), 3)
        .grid(high.to_vec(), 2)
        .button(
            app.i18n.t(lang, "fb-skip"),
            Button::Rate {
                event: e.id,
                answer: Answer::Skip,
            }
            .data(),
        )
}
