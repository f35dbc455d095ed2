//! The reminder scheduler. Reminders are rows with a due time, found by a
//! partial index; a pass sends those due now (worded from the real time left,
//! so a reminder caught up after downtime says "in 40 minutes"), and drops
//! those whose event has started or was cancelled. A row is closed only
//! after Telegram accepted the message, so a restart neither loses a
//! reminder nor sends one twice.

use std::{collections::HashMap, sync::Arc};

use chrono::{DateTime, Utc};
use teloxide::prelude::*;
use tokio::sync::watch;

use super::{button::Button, model::Event, store};
use crate::{
    i18n::Lang,
    runtime::App,
    storage::users,
    telegram::{
        Screen,
        scheduled::{self, Next, Outcome},
    },
    wake::Waiter,
};

pub async fn run(app: Arc<App>, bot: Bot, stop: watch::Receiver<bool>) {
    let mut waiter = Waiter::new(&app, stop);
    while !waiter.stopped() {
        if let Err(e) = crate::contain::contained(pass(&app, &bot)).await {
            tracing::warn!(error = %e, "reminder pass failed");
        }
        let next = match store::next_reminder(&app.db).await {
            Ok(next) => next,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the next reminder");
                None
            }
        };
        waiter.wait(&app, next).await;
    }
}

/// One scheduler pass; returns how many reminders it closed.
pub async fn pass(app: &App, bot: &Bot) -> anyhow::Result<usize> {
    let now = app.clock.now();
    let due = store::due_reminders(&app.db, now, 200).await?;
    let mut events: HashMap<i64, Option<Event>> = HashMap::new();
    let mut closed = 0;
    for r in due {
        if let std::collections::hash_map::Entry::Vacant(slot) = events.entry(r.event_id) {
            slot.insert(store::get(&app.db, r.event_id).await?);
        }
        let event = events.get(&r.event_id).and_then(Option::as_ref);
        let confirmed = matches!(
            store::status_of(&app.db, r.event_id, r.user_id).await?,
            Some(store::SignUp::Confirmed)
        );
        let user = users::get(&app.db, r.user_id).await?;
        let (Some(e), Some(user)) = (
            event.filter(|e| !e.cancelled && e.starts_at > now && confirmed),
            user,
        ) else {
            store::finish_reminder(&app.db, &r, Outcome::Dropped, now).await?;
            closed += 1;
            continue;
        };
        let screen = reminder(app, e, user.lang(), now);
        let closes = match scheduled::send(app, bot, &user, &screen, "reminder").await? {
            Next::Close(outcome) => {
                store::finish_reminder(&app.db, &r, outcome, now).await?;
                true
            }
            // Again on the next pass (the budget waits first).
            Next::Wait => false,
            // Later, waiting longer each time, until the event starts or
            // the last try failed.
            Next::Retry => store::retry_reminder(&app.db, &r, now).await?,
        };
        closed += usize::from(closes);
    }
    Ok(closed)
}

/// "Reminder: <title> starts in 40 minutes" with an "I can't come" button.
pub fn reminder(app: &App, e: &Event, lang: Lang, now: DateTime<Utc>) -> Screen {
    let (t, _) = e.texts_in(lang);
    let minutes = ((e.starts_at - now).num_seconds() as f64 / 60.0)
        .round()
        .max(1.0) as i64;
    let when = if minutes < 120 {
        app.i18n
            .fmt(lang, "ev-in-minutes", &[("minutes", minutes.into())])
    } else {
        let hours = (minutes as f64 / 60.0).round() as i64;
        app.i18n
            .fmt(lang, "ev-in-hours", &[("hours", hours.into())])
    };
    let place = if e.place.is_empty() {
        e.online_url.clone()
    } else {
        e.place.clone()
    };
    let text = app.i18n.fmt(
        lang,
        "ev-reminder",
        &[
            (
                "title",
                crate::telegram::escape(&crate::i18n::isolate(lang, &t.title)).into(),
            ),
            ("when", crate::i18n::isolate(lang, &when).into()),
            (
                "place",
                crate::telegram::escape(&crate::i18n::isolate(lang, &place)).into(),
            ),
        ],
    );
    Screen::new(text).button(
        app.i18n.t(lang, "ev-cant-come"),
        Button::CantCome(e.id).data(),
    )
}
