//! The background sender: works the persistent delivery queue at Telegram's
//! limits (the shared budget overall, one message per second per chat),
//! honours 429, retries 5xx and network errors with backoff, marks 403s
//! unreachable, keeps the sender's progress message current and sends the
//! final report. A row is marked sent only after Telegram accepted it, so a
//! crash repeats at most the messages that were in flight.

use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
    time::Duration,
};

use teloxide::{
    prelude::*,
    types::{InputFile, MessageId, ParseMode},
};
use tokio::{sync::watch, task::JoinSet, time::Instant};

use super::store::{self, Broadcast, Delivery, DeliveryStatus, Figures, Media, count};
use crate::{
    i18n::Lang,
    runtime::App,
    storage::users,
    telegram::{self, Failure, classify},
};

/// Messages in flight at once: also the most a crash can repeat.
pub const IN_FLIGHT: usize = 16;
const BATCH: i64 = 64;
const MAX_ATTEMPTS: i64 = 8;
const PROGRESS_EVERY: Duration = Duration::from_secs(2);

type Outcome = (Delivery, Result<(), Failure>, String);

#[derive(Default)]
struct Memory {
    last_sent: HashMap<i64, Instant>,
    broadcasts: HashMap<i64, Arc<Broadcast>>,
    progress_at: HashMap<i64, Instant>,
    /// Sends under way. The pipeline stays full, so one slow request does
    /// not hold up the others.
    in_flight: JoinSet<Outcome>,
    keys: HashSet<(i64, i64)>,
}

pub async fn run(app: Arc<App>, bot: Bot, stop: watch::Receiver<bool>) {
    let mut mem = Memory::default();
    let mut waiter = crate::wake::Waiter::new(&app, stop);
    while !waiter.stopped() {
        let worked = match crate::contain::contained(step(&app, &bot, &mut mem)).await {
            Ok(w) => w,
            Err(e) => {
                tracing::warn!(error = %e, "broadcast sender step failed");
                false
            }
        };
        if !worked {
            let next = match next_due(&app, &mem).await {
                Ok(next) => next,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the next announcement");
                    None
                }
            };
            waiter.wait(&app, next).await;
        }
    }
    // Let the messages in flight finish and record them.
    while let Some(joined) = mem.in_flight.join_next().await {
        if let Err(e) = record_outcome(&app, &mut mem, joined).await {
            tracing::warn!(error = %e, "could not record a delivery");
        }
    }
    tracing::info!("broadcast sender stopped");
}

async fn step(app: &Arc<App>, bot: &Bot, mem: &mut Memory) -> anyhow::Result<bool> {
    let now = app.clock.now();
    for id in store::due_scheduled(&app.db, now).await? {
        // Rights are checked again when it fires: a leader removed, or a
        // staff member revoked, since scheduling it no longer sends.
        if !sender_still_may(app, id).await? {
            if store::cancel_scheduled(&app.db, id).await? {
                tracing::info!(
                    broadcast = id,
                    "scheduled announcement withdrawn: the sender lost the right to send it"
                );
                tell_sender(app, bot, id, "bc-scheduled-withdrawn").await?;
            }
            continue;
        }
        if store::start(&app.db, id, now).await? {
            announce_start(app, bot, id).await?;
        }
    }
    reap(app, mem, false).await?;
    let due = store::due_deliveries(&app.db, now, BATCH + IN_FLIGHT as i64).await?;
    let mut worked = false;
    for d in due {
        let busy = mem.keys.contains(&(d.broadcast_id, d.user_id))
            || mem
                .last_sent
                .get(&d.chat_id)
                .is_some_and(|t| t.elapsed() < Duration::from_secs(1));
        if busy {
            continue;
        }
        let b = match mem.broadcasts.get(&d.broadcast_id) {
            Some(b) => b.clone(),
            None => {
                let Some(b) = store::get(&app.db, d.broadcast_id).await? else {
                    continue;
                };
                let b = Arc::new(b);
                mem.broadcasts.insert(b.id, b.clone());
                b
            }
        };
        while mem.in_flight.len() >= IN_FLIGHT {
            reap(app, mem, true).await?;
        }
        app.budget.acquire().await;
        mem.last_sent.insert(d.chat_id, Instant::now());
        mem.keys.insert((d.broadcast_id, d.user_id));
        let bot = bot.clone();
        let timeout = app.config.send_timeout;
        worked = true;
        mem.in_flight.spawn(async move {
            let res = tokio::time::timeout(timeout, send(&bot, &b, &d)).await;
            let (r, err) = match res {
                Ok(Ok(())) => (Ok(()), String::new()),
                Ok(Err(e)) => (Err(classify(&e)), e.to_string()),
                Err(_) => (Err(Failure::Transient), "timed out".to_owned()),
            };
            (d, r, err)
        });
    }
    if !worked && !mem.in_flight.is_empty() {
        // Nothing new to start: wait for a send in flight instead of polling.
        reap(app, mem, true).await?;
        worked = true;
    }
    mem.last_sent
        .retain(|_, t| t.elapsed() < Duration::from_secs(2));
    update_progress(app, bot, mem).await?;
    Ok(worked)
}

/// When there is work again: the next scheduled announcement or delivery
/// try; soon while messages are in flight or a chat was just sent to (its
/// next message waits a second).
async fn next_due(
    app: &App,
    mem: &Memory,
) -> anyhow::Result<Option<chrono::DateTime<chrono::Utc>>> {
    let now = app.clock.now();
    if !mem.in_flight.is_empty() || !mem.last_sent.is_empty() {
        return Ok(Some(now));
    }
    store::next_due(&app.db).await
}

/// Records finished sends; with `wait`, waits for at least one first.
async fn reap(app: &App, mem: &mut Memory, wait: bool) -> anyhow::Result<()> {
    if wait && let Some(joined) = mem.in_flight.join_next().await {
        record_outcome(app, mem, joined).await?;
    }
    while let Some(joined) = mem.in_flight.try_join_next() {
        record_outcome(app, mem, joined).await?;
    }
    Ok(())
}

async fn record_outcome(
    app: &App,
    mem: &mut Memory,
    joined: Result<Outcome, tokio::task::JoinError>,
) -> anyhow::Result<()> {
    match joined {
        Ok((d, r, e)) => {
            mem.keys.remove(&(d.broadcast_id, d.user_id));
            settle(app, &d, r, &e).await
        }
        // A send task that panicked: its row stays pending and is retried
        // after a restart (its key stays busy here, so it is not sent twice).
        Err(e) => {
            tracing::error!(error = %e, "send task failed");
            Ok(())
        }
    }
}

async fn send(bot: &Bot, b: &Broadcast, d: &Delivery) -> Result<(), teloxide::RequestError> {
    send_content(bot, ChatId(d.chat_id), &b.media, b.text_for(&d.lang), None).await
}

/// Sends an announcement's content as members receive it: a message, or a
/// photo or document (by file id) with the text as caption. With `retry`
/// (a preview, which someone is waiting for), a 429 is waited out here;
/// the background sender handles 429 through its queue instead.
pub async fn send_content(
    bot: &Bot,
    chat: ChatId,
    media: &Option<Media>,
    text: &str,
    retry: Option<&crate::telegram::budget::Budget>,
) -> Result<(), teloxide::RequestError> {
    async fn go<R>(
        req: R,
        retry: Option<&crate::telegram::budget::Budget>,
    ) -> Result<(), teloxide::RequestError>
    where
        R: teloxide::requests::Request<Err = teloxide::RequestError>,
    {
        match retry {
            Some(budget) => crate::telegram::send_retrying(budget, &req)
                .await
                .map(|_| ()),
            None => req.send().await.map(|_| ()),
        }
    }
    match media {
        Some(Media::Photo(file)) => {
            let file = InputFile::file_id(file.clone().into());
            let req = bot
                .send_photo(chat, file)
                .caption(text)
                .parse_mode(ParseMode::Html);
            go(req, retry).await
        }
        Some(Media::Document(file)) => {
            let file = InputFile::file_id(file.clone().into());
            let req = bot
                .send_document(chat, file)
                .caption(text)
                .parse_mode(ParseMode::Html);
            go(req, retry).await
        }
        // The message Telegram sends back is not needed (see `Unread`).
        None => {
            go(
                telegram::unread(bot, telegram::html_message(chat, text)),
                retry,
            )
            .await
        }
    }
}

/// Records what happened to one message.
async fn settle(
    app: &App,
    d: &Delivery,
    result: Result<(), Failure>,
    error: &str,
) -> anyhow::Result<()> {
    let now = app.clock.now();
    let retry_at = |secs: i64| Some(now + chrono::Duration::seconds(secs));
    match result {
        Ok(()) => store::record(&app.db, d, DeliveryStatus::Sent, None, None, now).await,
        Err(Failure::RetryAfter(wait)) => {
            app.budget.pause_for(wait);
            store::record(
                &app.db,
                d,
                DeliveryStatus::Pending,
                retry_at(wait.as_secs() as i64),
                Some(error),
                now,
            )
            .await
        }
        Err(Failure::Unreachable) => {
            users::mark_unreachable(&app.db, d.chat_id, now).await?;
            store::record(
                &app.db,
                d,
                DeliveryStatus::Unreachable,
                None,
                Some(error),
                now,
            )
            .await
        }
        Err(Failure::Transient) if d.attempts + 1 < MAX_ATTEMPTS => {
            let backoff = 2i64.pow(d.attempts.clamp(0, 6) as u32);
            store::record(
                &app.db,
                d,
                DeliveryStatus::Pending,
                retry_at(backoff),
                Some(error),
                now,
            )
            .await
        }
        Err(_) => {
            tracing::warn!(
                broadcast = d.broadcast_id,
                error,
                "delivery failed for good"
            );
            store::record(&app.db, d, DeliveryStatus::Failed, None, Some(error), now).await
        }
    }
}

/// Whether the sender of broadcast `id` may still send it to its audience.
async fn sender_still_may(app: &App, id: i64) -> anyhow::Result<bool> {
    let Some(b) = store::get(&app.db, id).await? else {
        return Ok(false);
    };
    if users::get(&app.db, b.sender_id).await?.is_none() {
        return Ok(false);
    }
    let (role, leads) = crate::access::role_of(app, b.sender_id).await?;
    Ok(role.at_least(crate::access::Role::Staff)
        || matches!(b.audience, store::Audience::Association(a) if leads == Some(a)))
}

/// A one-line message to the sender of broadcast `id`, in their language.
async fn tell_sender(app: &App, bot: &Bot, id: i64, key: &str) -> anyhow::Result<()> {
    let Some(b) = store::get(&app.db, id).await? else {
        return Ok(());
    };
    let Some(user) = users::get(&app.db, b.sender_id).await? else {
        return Ok(());
    };
    app.budget.reply().await;
    let req = bot.send_message(ChatId(b.sender_chat), app.i18n.t(user.lang(), key));
    if let Err(e) = crate::telegram::send_retrying(&app.budget, &req).await {
        tracing::debug!(error = %e, "message to the sender not delivered");
    }
    Ok(())
}

fn sender_lang(u: Option<users::User>) -> Lang {
    u.map(|u| u.lang()).unwrap_or(Lang::En)
}

/// Sends the progress message the sender will see updated.
pub async fn announce_start(app: &App, bot: &Bot, id: i64) -> anyhow::Result<()> {
    // No one to tell once the sender erased their data (sender_chat 0).
    let Some(b) = store::get(&app.db, id)
        .await?
        .filter(|b| b.sender_chat != 0)
    else {
        return Ok(());
    };
    let lang = sender_lang(users::get(&app.db, b.sender_id).await?);
    let total: i64 = store::figures(&app.db, id)
        .await?
        .values()
        .flat_map(|m| m.values())
        .sum();
    let text = app.i18n.fmt(
        lang,
        "bc-progress",
        &[("done", 0.into()), ("total", total.into())],
    );
    app.budget.reply().await;
    let req = bot.send_message(ChatId(b.sender_chat), text);
    match crate::telegram::send_retrying(&app.budget, &req).await {
        Ok(m) => store::set_progress_message(&app.db, id, i64::from(m.id.0)).await,
        Err(e) => {
            tracing::debug!(error = %e, "progress message not sent");
            Ok(())
        }
    }
}

async fn update_progress(app: &App, bot: &Bot, mem: &mut Memory) -> anyhow::Result<()> {
    let finished = store::finished(&app.db).await?;
    let active: Vec<i64> = mem.broadcasts.keys().copied().collect();
    for id in active {
        let done = finished.contains(&id);
        if !done
            && mem
                .progress_at
                .get(&id)
                .is_some_and(|t| t.elapsed() < PROGRESS_EVERY)
        {
            continue;
        }
        mem.progress_at.insert(id, Instant::now());
        let Some(b) = store::get(&app.db, id).await? else {
            continue;
        };
        let figures = store::figures(&app.db, id).await?;
        let total: i64 = figures.values().flat_map(|m| m.values()).sum();
        let lang = sender_lang(users::get(&app.db, b.sender_id).await?);
        if let Some(mid) = b.progress_message {
            let text = app.i18n.fmt(
                lang,
                "bc-progress",
                &[
                    (
                        "done",
                        (total - count(&figures, DeliveryStatus::Pending)).into(),
                    ),
                    ("total", total.into()),
                ],
            );
            app.budget.reply().await;
            let _ = bot
                .edit_message_text(ChatId(b.sender_chat), MessageId(mid as i32), text)
                .await;
        }
        if done {
            mem.broadcasts.remove(&id);
            mem.progress_at.remove(&id);
        }
    }
    for id in finished {
        if store::mark_done(&app.db, id, app.clock.now()).await? {
            send_report(app, bot, id).await?;
        }
    }
    Ok(())
}

/// The final report: delivered, unreachable and failed, by language.
pub async fn send_report(app: &App, bot: &Bot, id: i64) -> anyhow::Result<()> {
    let Some(b) = store::get(&app.db, id)
        .await?
        .filter(|b| b.sender_chat != 0)
    else {
        return Ok(());
    };
    let lang = sender_lang(users::get(&app.db, b.sender_id).await?);
    let text = report_text(
        app,
        lang,
        &store::figures(&app.db, id).await?,
        &store::refusals(&app.db, id).await?,
    );
    app.budget.reply().await;
    let req = bot
        .send_message(ChatId(b.sender_chat), text)
        .parse_mode(ParseMode::Html);
    if let Err(e) = crate::telegram::send_retrying(&app.budget, &req).await {
        tracing::info!(error = %e, "report not delivered");
    }
    Ok(())
}

pub fn report_text(
    app: &App,
    lang: Lang,
    figures: &Figures,
    refusals: &std::collections::BTreeMap<crate::telegram::Refusal, i64>,
) -> String {
    let mut langs: Vec<&String> = figures.values().flat_map(|m| m.keys()).collect();
    langs.sort();
    langs.dedup();
    let mut by_lang: Vec<String> = langs
        .iter()
        .map(|l| {
            let n = |s: DeliveryStatus| {
                figures
                    .get(&s)
                    .and_then(|m| m.get(*l))
                    .copied()
                    .unwrap_or(0)
            };
            let name = Lang::from_code(l)
                .map(|x| x.native_name().to_owned())
                .unwrap_or_else(|| l.to_string());
            app.i18n.fmt(
                lang,
                "bc-report-lang",
                &[
                    ("language", crate::i18n::isolate(lang, &name).into()),
                    ("delivered", n(DeliveryStatus::Sent).into()),
                    ("unreachable", n(DeliveryStatus::Unreachable).into()),
                    ("failed", n(DeliveryStatus::Failed).into()),
                ],
            )
        })
        .collect();
    // A failure always says why, in the sender's language.
    by_lang.extend(refusals.iter().map(|(why, n)| {
        app.i18n.fmt(
            lang,
            "bc-report-refused",
            &[
                ("count", (*n).into()),
                ("reason", app.i18n.t(lang, super::why_key(*why)).into()),
            ],
        )
    }));
    app.i18n.fmt(
        lang,
        "bc-report",
        &[
            ("delivered", count(figures, DeliveryStatus::Sent).into()),
            (
                "unreachable",
                count(figures, DeliveryStatus::Unreachable).into(),
            ),
            ("failed", count(figures, DeliveryStatus::Failed).into()),
            ("by_language", by_lang.join("\n").into()),
        ],
    )
}
