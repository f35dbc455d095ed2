//! Where updates come in: long polling or a webhook, both feeding one bounded
//! queue that the dispatcher reads.
//!
//! On the way in, every update passes the [`Gate`]:
//! * updates teloxide could not parse are dropped and logged by id only
//!   (teloxide would log their whole content, names and text included);
//! * updates the router ignores (not from a private chat) are dropped;
//! * one person sending more than a few updates a second has the excess
//!   dropped, with a localized hint at most once a minute, so that a flood
//!   never fills the dispatcher's per-chat queue (which blocks every chat).
//!
//! The queue is bounded: polling waits for room before asking Telegram for
//! more, and the webhook answers 503 when it is full, so Telegram backs off
//! and delivers again later. Each successful contact with Telegram is
//! recorded for `discorsi health`.
//!
//! An admitted update is stored (`storage::updates::receive`) before
//! Telegram is told it arrived: polling confirms a batch's offset only
//! after storing it, the webhook answers 200 only after. At start, what a
//! crash or a stop left received but unprocessed is queued first.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use anyhow::Context as _;
use axum::{
    Router,
    body::Body,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
};
use teloxide::{
    prelude::*,
    stop::{StopFlag, StopToken, mk_stop_token},
    types::{AllowedUpdate, UpdateKind},
};
use tokio::{sync::mpsc, time::Instant};

use crate::{
    config::Webhook,
    runtime::App,
    storage::{heartbeat, updates},
};

/// Updates waiting for the dispatcher (each stored first, so a crash loses
/// none of them; the update-id table makes redeliveries harmless).
const QUEUE: usize = 256;
/// The largest webhook body accepted (a Telegram update is a few KB).
const MAX_BODY: usize = 256 * 1024;
/// How long a webhook request may take to send its body.
const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// The update kinds the bot handles; Telegram sends no others.
pub const ALLOWED: [AllowedUpdate; 2] = [AllowedUpdate::Message, AllowedUpdate::CallbackQuery];

/// Per-person flood control: a token bucket per user.
pub struct Gate {
    burst: f64,
    rate: f64,
    users: Mutex<HashMap<u64, Bucket>>,
    on_flood: Box<dyn Fn(UserId) + Send + Sync>,
}

struct Bucket {
    tokens: f64,
    last: Instant,
    hinted: Option<Instant>,
}

/// How often a flooding person is told that updates were skipped.
const HINT_EVERY: Duration = Duration::from_secs(60);
/// Buckets idle this long are forgotten (they would be full again anyway).
const FORGET_AFTER: Duration = Duration::from_secs(120);

impl Gate {
    /// `burst` updates at once, then `rate` a second, per person;
    /// `on_flood` is called (at most once a minute per person) when updates
    /// are dropped.
    pub fn new(burst: f64, rate: f64, on_flood: impl Fn(UserId) + Send + Sync + 'static) -> Gate {
        Gate {
            burst: burst.max(1.0),
            rate: rate.max(0.01),
            users: Mutex::new(HashMap::new()),
            on_flood: Box::new(on_flood),
        }
    }

    /// The update, if it may go on to the dispatcher.
    pub fn admit(&self, upd: Update) -> Option<Update> {
        if let UpdateKind::Error(_) = upd.kind {
            // Its content is personal data: log only that it happened.
            tracing::warn!(
                update_id = upd.id.0,
                "an update could not be parsed; skipped"
            );
            return None;
        }
        if !crate::router::handles(&upd) {
            // Groups, channels: nothing to answer, nothing to keep.
            tracing::debug!(update_id = upd.id.0, "not a private chat; skipped");
            return None;
        }
        let Some(user) = upd.from().map(|u| u.id) else {
            return Some(upd);
        };
        let now = Instant::now();
        let hint = {
            let mut users = self.users.lock().unwrap_or_else(|e| e.into_inner());
            if users.len() > 10_000 {
                users.retain(|_, b| now.duration_since(b.last) < FORGET_AFTER);
            }
            let b = users.entry(user.0).or_insert(Bucket {
                tokens: self.burst,
                last: now,
                hinted: None,
            });
            b.tokens =
                (b.tokens + now.duration_since(b.last).as_secs_f64() * self.rate).min(self.burst);
            b.last = now;
            if b.tokens >= 1.0 {
                b.tokens -= 1.0;
                return Some(upd);
            }
            let hint = b.hinted.is_none_or(|t| now.duration_since(t) >= HINT_EVERY);
            if hint {
                b.hinted = Some(now);
            }
            hint
        };
        tracing::debug!(update_id = upd.id.0, "flood: update dropped");
        if hint {
            (self.on_flood)(user);
        }
        None
    }
}

/// The receiving end of the queue, which [`crate::dispatch`] reads.
pub struct Intake {
    rx: mpsc::Receiver<Box<Update>>,
    token: StopToken,
}

impl Intake {
    /// The next update; None once the intake has stopped and its queue is
    /// empty.
    pub async fn next(&mut self) -> Option<Box<Update>> {
        self.rx.recv().await
    }

    /// Stops taking updates (polling confirms what it stored; the webhook
    /// server closes, and a request still open gets 503). What is queued is
    /// still handed out.
    pub fn stop(&mut self) {
        self.token.stop();
        self.rx.close();
    }
}

/// Records contact with Telegram for `discorsi health`, at most every 15 s.
/// The lock is held only to decide; concurrent webhook requests never wait
/// on the database write.
struct Pulse {
    app: Arc<App>,
    last: Mutex<Option<Instant>>,
}

impl Pulse {
    fn new(app: Arc<App>) -> Pulse {
        Pulse {
            app,
            last: Mutex::new(None),
        }
    }

    async fn beat(&self) {
        let due = {
            let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
            let due = last.is_none_or(|t| t.elapsed() >= Duration::from_secs(15));
            if due {
                *last = Some(Instant::now());
            }
            due
        };
        if !due {
            return;
        }
        if let Err(e) = heartbeat::record(&self.app.db, self.app.clock.now()).await {
            tracing::warn!(error = %e, "could not record the heartbeat");
        }
    }
}

/// Long polling: getUpdates in a loop, each batch through the gate into the
/// queue. On stop, the offset of everything queued is confirmed to Telegram.
pub async fn polling(app: Arc<App>, bot: Bot, gate: Arc<Gate>) -> anyhow::Result<Intake> {
    bot.delete_webhook()
        .await
        .context("deleting the webhook before long polling")?;
    let (tx, rx) = mpsc::channel(QUEUE);
    let (token, flag) = mk_stop_token();
    let timeout = u32::try_from(app.config.poll_timeout.as_secs()).unwrap_or(25);
    tokio::spawn(poll_loop(app, bot, gate, tx, flag, timeout));
    Ok(Intake { rx, token })
}

async fn poll_loop(
    app: Arc<App>,
    bot: Bot,
    gate: Arc<Gate>,
    tx: mpsc::Sender<Box<Update>>,
    mut flag: StopFlag,
    timeout: u32,
) {
    let pulse = Pulse::new(app.clone());
    // What a crash or a stop left behind comes first; Telegram may send some
    // of it again (not confirmed yet), and those are not queued twice.
    let left = left_over(&app).await;
    let Some(mut last_queued) = replay(left, &tx, &mut flag).await else {
        return;
    };
    let mut offset: i32 = 0;
    let mut failures: u32 = 0;
    loop {
        let req = bot
            .get_updates()
            .offset(offset)
            .timeout(timeout)
            .allowed_updates(ALLOWED);
        let res = tokio::select! {
            r = req.send() => r,
            _ = &mut flag => break,
        };
        let updates = match res {
            Ok(updates) => updates,
            Err(e) => {
                failures = failures.saturating_add(1);
                let wait = Duration::from_secs(u64::from(failures.min(6)).pow(2).max(1));
                tracing::warn!(error = %e, retry_in = ?wait, "getUpdates failed");
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = &mut flag => break,
                }
                continue;
            }
        };
        failures = 0;
        pulse.beat().await;
        let next = updates
            .iter()
            .map(|u| i32::try_from(u.id.0).unwrap_or(i32::MAX).saturating_add(1))
            .max();
        let admitted: Vec<Update> = updates
            .into_iter()
            .filter(|u| i64::from(u.id.0) > last_queued)
            .filter_map(|u| gate.admit(u))
            .collect();
        let rows = rows_of(&admitted);
        let newest = admitted.last().map(|u| i64::from(u.id.0));
        // Queued at once and stored meanwhile; the next request, which
        // confirms them to Telegram, waits until they are stored. A stop
        // before that confirms none of them: Telegram sends them again.
        let work = async { tokio::join!(queue(&tx, admitted), store_until_done(&app, &rows)) };
        let queued = tokio::select! {
            (queued, ()) = work => queued,
            _ = &mut flag => break,
        };
        if !queued {
            // The queue closed: stopping. This batch is stored, and its
            // offset not confirmed (Telegram sends it again).
            break;
        }
        last_queued = last_queued.max(newest.unwrap_or(0));
        if let Some(next) = next {
            offset = offset.max(next);
        }
    }
    // Confirm what was stored, so a restart does not get it again.
    if offset != 0 {
        let confirm = bot.get_updates().offset(offset).timeout(0).limit(1);
        if let Err(e) = confirm.await {
            tracing::warn!(error = %e, "could not confirm the polling offset");
        }
    }
    tracing::debug!("polling stopped");
}

/// Each update's id and JSON, as stored.
fn rows_of(updates: &[Update]) -> Vec<(i64, String)> {
    updates
        .iter()
        .filter_map(|u| match serde_json::to_string(u) {
            Ok(json) => Some((i64::from(u.id.0), json)),
            Err(e) => {
                // Not seen in practice; then Telegram's copy is the only one.
                tracing::error!(update_id = u.id.0, error = %e, "an update cannot be stored");
                None
            }
        })
        .collect()
}

/// Stores `rows` as received, before Telegram is told they arrived.
async fn store(app: &App, rows: &[(i64, String)]) -> anyhow::Result<()> {
    updates::receive(&app.db, rows, app.clock.now())
        .await
        .context("storing received updates")
}

/// Stores `rows`, trying again (after 1 s, then longer, up to 30 s) until
/// the database takes them: Telegram is not told they arrived before.
async fn store_until_done(app: &App, rows: &[(i64, String)]) {
    let mut wait = Duration::from_secs(1);
    while let Err(e) = store(app, rows).await {
        tracing::warn!(error = format!("{e:#}"), retry_in = ?wait, "received updates not stored");
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(Duration::from_secs(30));
    }
}

/// Queues `updates` in order; false when the queue has closed (stopping).
async fn queue(tx: &mpsc::Sender<Box<Update>>, updates: Vec<Update>) -> bool {
    for upd in updates {
        if tx.send(Box::new(upd)).await.is_err() {
            return false;
        }
    }
    true
}

/// What was received and not processed before this start, oldest first.
async fn left_over(app: &App) -> Vec<(i64, String)> {
    match updates::unprocessed(&app.db).await {
        Ok(rows) => {
            if !rows.is_empty() {
                tracing::info!(
                    updates = rows.len(),
                    "handling updates received before the last stop"
                );
            }
            rows
        }
        Err(e) => {
            // Left for the next start; new updates are not held up.
            tracing::error!(error = %e, "cannot read the updates left unprocessed");
            vec![]
        }
    }
}

/// Queues `rows` (see [`left_over`]); the highest id among them (0 when
/// none), or None when stopped meanwhile.
async fn replay(
    rows: Vec<(i64, String)>,
    tx: &mpsc::Sender<Box<Update>>,
    flag: &mut StopFlag,
) -> Option<i64> {
    let mut last = 0;
    for (id, body) in rows {
        last = last.max(id);
        let upd: Update = match serde_json::from_str(&body) {
            Ok(u) => u,
            Err(e) => {
                tracing::warn!(update_id = id, kind = ?e.classify(), "a stored update does not parse; skipped");
                continue;
            }
        };
        tokio::select! {
            sent = tx.send(Box::new(upd)) => sent.ok()?,
            _ = &mut *flag => return None,
        }
    }
    Some(last)
}

struct Hook {
    app: Arc<App>,
    /// Set once what was left from before this start is queued; until
    /// then new updates wait (503), so a chat's old update comes first.
    replayed: Arc<std::sync::atomic::AtomicBool>,
    gate: Arc<Gate>,
    tx: mpsc::Sender<Box<Update>>,
    secret: String,
    pulse: Pulse,
}

/// A webhook: an HTTP server Telegram posts updates to. The port is bound
/// before anything else, so a busy port fails the start with a clear error.
pub async fn webhook(
    app: Arc<App>,
    bot: Bot,
    gate: Arc<Gate>,
    hook: &Webhook,
) -> anyhow::Result<Intake> {
    let listener = tokio::net::TcpListener::bind(hook.listen)
        .await
        .with_context(|| format!("cannot listen on {} for the webhook", hook.listen))?;
    let secret = hook.secret.clone();
    bot.set_webhook(hook.url.clone())
        .secret_token(secret.clone())
        .allowed_updates(ALLOWED)
        .await
        .context("setWebhook failed")?;
    let (tx, rx) = mpsc::channel(QUEUE);
    let (token, flag) = mk_stop_token();
    // Nothing left (the usual case): ready at once. Otherwise queued by a
    // task, since the dispatcher reads the queue only once this returns.
    let left = left_over(&app).await;
    let replayed = Arc::new(std::sync::atomic::AtomicBool::new(left.is_empty()));
    if !left.is_empty() {
        let (queue, mut stop, done) = (tx.clone(), flag.clone(), Arc::clone(&replayed));
        tokio::spawn(async move {
            replay(left, &queue, &mut stop).await;
            done.store(true, std::sync::atomic::Ordering::SeqCst);
        });
    }
    let state = Arc::new(Hook {
        app: app.clone(),
        replayed,
        gate,
        tx,
        secret,
        pulse: Pulse::new(app.clone()),
    });
    state.pulse.beat().await;
    let router = Router::new()
        .route(hook.url.path(), post(receive))
        .with_state(state.clone());
    tokio::spawn(serve(listener, router, flag, state, bot));
    Ok(Intake { rx, token })
}

async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    flag: StopFlag,
    state: Arc<Hook>,
    bot: Bot,
) {
    // Without updates, ask Telegram now and then, so the heartbeat stays
    // a true sign that Telegram can be reached.
    let keepalive = tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            if bot.get_webhook_info().await.is_ok() {
                state.pulse.beat().await;
            }
        }
    });
    if let Err(e) = axum::serve(listener, router)
        .with_graceful_shutdown(flag)
        .await
    {
        tracing::error!(error = %e, "webhook server stopped");
    }
    keepalive.abort();
    tracing::debug!("webhook stopped");
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn receive(State(hook): State<Arc<Hook>>, headers: HeaderMap, body: Body) -> Response {
    // The secret first: a stranger's body is never read.
    let given = headers
        .get("x-telegram-bot-api-secret-token")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !same_secret(given, hook.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let bytes = match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await
    {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        Err(_) => return StatusCode::REQUEST_TIMEOUT.into_response(),
    };
    let upd: Update = match serde_json::from_slice(&bytes) {
        Ok(u) => u,
        Err(e) => {
            tracing::warn!(kind = ?e.classify(), "webhook body is not an update");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    hook.pulse.beat().await;
    let Some(upd) = hook.gate.admit(upd) else {
        return StatusCode::OK.into_response();
    };
    // Still queuing what was left, or full: Telegram keeps the update and
    // tries again later.
    let ready = hook.replayed.load(std::sync::atomic::Ordering::SeqCst);
    let Some(room) = ready.then(|| hook.tx.try_reserve().ok()).flatten() else {
        return (StatusCode::SERVICE_UNAVAILABLE, [("retry-after", "1")]).into_response();
    };
    // Handled at once, and stored before the 200, so a crash after it loses
    // nothing. Not stored: Telegram sends it again (and the update-id table
    // makes that harmless if it was handled meanwhile).
    let rows = rows_of(std::slice::from_ref(&upd));
    room.send(Box::new(upd));
    if let Err(e) = store(&hook.app, &rows).await {
        tracing::warn!(
            error = format!("{e:#}"),
            "webhook update not stored; Telegram will retry"
        );
        return (StatusCode::SERVICE_UNAVAILABLE, [("retry-after", "1")]).into_response();
    }
    StatusCode::OK.into_response()
}

/// The flood hint, sent in the person's language when they are known.
pub fn flood_hint(app: Arc<App>, bot: Bot) -> impl Fn(UserId) + Send + Sync + 'static {
    move |user| {
        let (app, bot) = (app.clone(), bot.clone());
        tokio::spawn(async move {
            let id = i64::try_from(user.0).unwrap_or_default();
            let lang = match crate::storage::users::get(&app.db, id).await {
                Ok(Some(u)) => u.lang(),
                _ => crate::i18n::Lang::En,
            };
            app.budget.reply().await;
            let text = app.i18n.t(lang, "hint-flood");
            let req = bot.send_message(ChatId(id), text);
            if let Err(e) = crate::telegram::send_retrying(&app.budget, &req).await {
                tracing::debug!(error = %e, "flood hint not sent");
            }
        });
    }
}
