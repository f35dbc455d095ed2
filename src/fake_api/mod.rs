//! A fake Telegram Bot API server, in the library so that the tests and the
//! playground share it. The bot reaches it over HTTP through its API URL,
//! exactly as it reaches Telegram.
//!
//! * `POST /bot<token>/<method>` answers the Bot API methods the bot uses,
//!   with JSON, form (as aiogram sends) or multipart bodies, in Telegram's
//!   response shapes.
//! * `getUpdates` long-polls with Telegram's offset semantics.
//! * The control side ([`FakeTelegram`] methods) injects what users do and
//!   reads what the bot sent; it can also inject 429, 403, 400 and 5xx.

pub mod entities;
mod limits;
mod server;
mod validate;

use std::{
    collections::{HashMap, VecDeque},
    net::SocketAddr,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use serde_json::{Value, json};
use tokio::sync::Notify;

pub use limits::FloodRules;
use limits::{Chaos, Flood};
pub use server::local_only;
use server::router;

/// The bot's own identity, as getMe reports it.
pub const BOT_ID: i64 = 1_000_000_001;
pub const BOT_USERNAME: &str = "discorsi_test_bot";

/// A person talking to the bot in a private chat (chat id = user id).
#[derive(Clone, Debug)]
pub struct FakeUser {
    pub id: i64,
    pub first_name: String,
    pub language_code: Option<String>,
}

impl FakeUser {
    pub fn new(id: i64, first_name: &str, language_code: Option<&str>) -> FakeUser {
        FakeUser {
            id,
            first_name: first_name.to_owned(),
            language_code: language_code.map(str::to_owned),
        }
    }

    fn json(&self) -> Value {
        let mut u = json!({"id": self.id, "is_bot": false, "first_name": self.first_name});
        if let Some(l) = &self.language_code {
            u["language_code"] = json!(l);
        }
        u
    }

    fn chat(&self) -> Value {
        json!({"id": self.id, "type": "private", "first_name": self.first_name})
    }
}

/// An error answer the server gives instead of doing what was asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// 429 with `retry_after` seconds.
    TooManyRequests { retry_after: u32 },
    /// 403: the user blocked the bot.
    Blocked,
    /// 400 with this description.
    BadRequest(String),
    /// 5xx.
    Server(u16),
}

impl Fault {
    fn body(&self) -> (u16, Value) {
        match self {
            Fault::TooManyRequests { retry_after } => (
                429,
                json!({"ok": false, "error_code": 429,
                       "description": format!("Too Many Requests: retry after {retry_after}"),
                       "parameters": {"retry_after": retry_after}}),
            ),
            Fault::Blocked => (
                403,
                json!({"ok": false, "error_code": 403,
                       "description": "Forbidden: bot was blocked by the user"}),
            ),
            Fault::BadRequest(d) => (
                400,
                json!({"ok": false, "error_code": 400, "description": format!("Bad Request: {d}")}),
            ),
            Fault::Server(code) => (
                *code,
                json!({"ok": false, "error_code": code, "description": "Internal Server Error"}),
            ),
        }
    }
}

/// Which calls a fault applies to, and how many times.
#[derive(Clone, Debug)]
struct FaultRule {
    method: Option<String>,
    chat: Option<i64>,
    fault: Fault,
    remaining: Option<u32>,
}

/// One call the bot made, in order.
#[derive(Clone, Debug)]
pub struct Call {
    pub seq: u64,
    pub method: String,
    pub chat_id: Option<i64>,
    pub params: Value,
    /// The message the call created or edited, as returned to the bot.
    pub message: Option<Value>,
    /// Whether the call succeeded.
    pub ok: bool,
    /// Telegram's description of the error, when it failed.
    pub error: Option<String>,
    /// When the server answered it.
    pub at: std::time::Instant,
}

impl Call {
    /// The text (or caption) of the message the call produced.
    pub fn text(&self) -> &str {
        self.message
            .as_ref()
            .and_then(|m| m.get("text").or_else(|| m.get("caption")))
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// Labels and callback data of the inline buttons on the message.
    pub fn buttons(&self) -> Vec<(String, String)> {
        self.message.as_ref().map(buttons_of).unwrap_or_default()
    }

    pub fn message_id(&self) -> Option<i64> {
        self.message.as_ref().and_then(|m| m["message_id"].as_i64())
    }
}

/// Labels and callback data (or URL) of a message's inline buttons.
pub fn buttons_of(message: &Value) -> Vec<(String, String)> {
    let mut out = vec![];
    if let Some(rows) = message["reply_markup"]["inline_keyboard"].as_array() {
        for b in rows.iter().filter_map(Value::as_array).flatten() {
            let label = b["text"].as_str().unwrap_or_default().to_owned();
            let data = b["callback_data"]
                .as_str()
                .or_else(|| b["url"].as_str())
                .unwrap_or_default()
                .to_owned();
            out.push((label, data));
        }
    }
    out
}

/// A file the bot uploaded.
#[derive(Clone, Debug)]
pub struct Upload {
    pub file_id: String,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

#[derive(Default)]
struct Inner {
    next_update_id: u32,
    /// Updates not yet confirmed by an offset.
    pending: VecDeque<(u32, Value)>,
    /// Every update ever queued, for redelivery.
    history: HashMap<u32, Value>,
    /// Updates to hand out again whatever the offset (like a webhook retry).
    redeliver: VecDeque<(u32, Value)>,
    confirmed_offset: i64,
    get_updates_calls: u64,
    next_message_id: HashMap<i64, i64>,
    messages: HashMap<(i64, i64), Value>,
    calls: Vec<Call>,
    /// Where each chat's calls are in `calls`.
    by_chat: HashMap<i64, Vec<usize>>,
    faults: Vec<FaultRule>,
    blocked: std::collections::HashSet<i64>,
    users: HashMap<i64, FakeUser>,
    uploads: HashMap<String, Upload>,
    next_seq: u64,
    next_callback: u64,
    unknown_methods: Vec<String>,
    rate_limited: u64,
    /// The reply keyboard each chat shows now (None once removed).
    reply_keyboards: HashMap<i64, Value>,
    /// The clock time (unix seconds) stamped on messages.
    now: i64,
    /// Telegram's flood control (None: unlimited).
    flood: Option<Flood>,
    chaos: Option<Chaos>,
}

pub(crate) struct Shared {
    inner: Mutex<Inner>,
    updates: Notify,
    calls: Notify,
    /// Woken by a call to one chat, for waiters on that chat alone (a load
    /// test waits on a thousand chats at once).
    chat_calls: Mutex<HashMap<i64, Arc<Notify>>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn chat_notify(&self, chat: i64) -> Arc<Notify> {
        self.chat_calls
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(chat)
            .or_default()
            .clone()
    }

    /// Wakes the waiters on `chat`, if any.
    fn notify_chat(&self, chat: Option<i64>) {
        let Some(chat) = chat else { return };
        let n = self
            .chat_calls
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&chat)
            .cloned();
        if let Some(n) = n {
            n.notify_waiters();
        }
    }
}

/// A running fake Bot API server and its control interface.
#[derive(Clone)]
pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
}

impl FakeTelegram {
    /// Starts a server on 127.0.0.1 with a free port.
    pub async fn start() -> anyhow::Result<FakeTelegram> {
        Self::start_on(SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    pub async fn start_on(addr: SocketAddr) -> anyhow::Result<FakeTelegram> {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_update_id: 10_000,
                now: chrono::Utc::now().timestamp(),
                flood: Some(Flood::new(FloodRules::default())),
                ..Default::default()
            }),
            updates: Notify::new(),
            calls: Notify::new(),
            chat_calls: Mutex::default(),
        });
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let app = router(shared.clone(), addr.port());
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!(error = %e, "fake Bot API server stopped");
            }
        });
        Ok(FakeTelegram { shared, addr })
    }

    /// The URL to give the bot as TELOXIDE_API_URL.
    pub fn api_url(&self) -> url::Url {
        format!("http://{}/", self.addr).parse().expect("valid URL")
    }

    /// Sets the time stamped on new messages.
    pub fn set_time(&self, unix: i64) {
        self.shared.lock().now = unix;
    }

    // ---------------------------------------------------------------
    // What users do
    // ---------------------------------------------------------------

    fn push_update(&self, make: impl FnOnce(&mut Inner, u32) -> Value) -> u32 {
        let id = {
            let mut g = self.shared.lock();
            let id = g.next_update_id;
            g.next_update_id += 1;
            let mut upd = make(&mut g, id);
            upd["update_id"] = json!(id);
            g.history.insert(id, upd.clone());
            g.pending.push_back((id, upd));
            id
        };
        self.shared.updates.notify_waiters();
        id
    }

    fn user_message(g: &mut Inner, user: &FakeUser, body: Value) -> Value {
        g.users.insert(user.id, user.clone());
        let mid = next_message_id(g, user.id);
        let mut m = json!({
            "message_id": mid,
            "date": g.now,
            "chat": user.chat(),
            "from": user.json(),
        });
        if let (Some(m), Some(b)) = (m.as_object_mut(), body.as_object()) {
            m.extend(b.clone());
        }
        g.messages.insert((user.id, mid), m.clone());
        json!({"message": m})
    }

    /// The user types `text` (a command if it starts with '/').
    pub fn send_text(&self, user: &FakeUser, text: &str) -> u32 {
        let mut body = json!({"text": text});
        if text.starts_with('/') {
            let len: usize = text
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .encode_utf16()
                .count();
            body["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
        }
        self.push_update(|g, _| Self::user_message(g, user, body))
    }

    /// The user types `text` with formatting applied in Telegram's editor:
    /// `entities` as the Bot API reports them (UTF-16 offsets).
    pub fn send_formatted(&self, user: &FakeUser, text: &str, entities: Value) -> u32 {
        self.push_update(|g, _| {
            Self::user_message(g, user, json!({"text": text, "entities": entities}))
        })
    }

    /// The user shares a location.
    pub fn send_location(&self, user: &FakeUser, latitude: f64, longitude: f64) -> u32 {
        self.push_update(|g, _| {
            Self::user_message(
                g,
                user,
                json!({"location": {"latitude": latitude, "longitude": longitude}}),
            )
        })
    }

    /// The user sends a photo.
    pub fn send_photo(&self, user: &FakeUser) -> u32 {
        self.push_update(|g, id| {
            Self::user_message(g, user, json!({"photo": [
                {"file_id": format!("ph{id}"), "file_unique_id": format!("uph{id}"), "width": 320, "height": 240, "file_size": 1000}
            ]}))
        })
    }

    /// The user sends a sticker.
    pub fn send_sticker(&self, user: &FakeUser) -> u32 {
        self.push_update(|g, id| {
            Self::user_message(
                g,
                user,
                json!({"sticker": {
                    "file_id": format!("st{id}"), "file_unique_id": format!("ust{id}"),
                    "type": "regular", "width": 512, "height": 512,
                    "is_animated": false, "is_video": false, "emoji": "👍"
                }}),
            )
        })
    }

    /// The user sends a voice note.
    pub fn send_voice(&self, user: &FakeUser) -> u32 {
        self.push_update(|g, id| {
            Self::user_message(
                g,
                user,
                json!({"voice": {
                    "file_id": format!("vo{id}"), "file_unique_id": format!("uvo{id}"),
                    "duration": 3, "mime_type": "audio/ogg"
                }}),
            )
        })
    }

    /// The user presses the inline button with callback `data` on the bot's
    /// message `message_id` (the data need not be on the message: forged).
    pub fn press(&self, user: &FakeUser, message_id: i64, data: &str) -> u32 {
        self.push_update(|g, _| {
            g.users.insert(user.id, user.clone());
            g.next_callback += 1;
            let message = g
                .messages
                .get(&(user.id, message_id))
                .cloned()
                .unwrap_or_else(
                    || json!({"message_id": message_id, "date": 0, "chat": user.chat()}),
                );
            json!({"callback_query": {
                "id": format!("cb{}", g.next_callback),
                "from": user.json(),
                "message": message,
                "chat_instance": format!("ci{}", user.id),
                "data": data,
            }})
        })
    }

    /// Forgets the calls, messages and confirmed updates recorded so far,
    /// so that a long load test keeps its memory flat (a million recorded
    /// calls made each later one slower). Sequence numbers, message ids and
    /// everything still unconfirmed go on, and so does a wait on a chat.
    pub fn forget_history(&self) {
        {
            let mut g = self.shared.lock();
            let confirmed = g.confirmed_offset;
            g.history.retain(|id, _| i64::from(*id) >= confirmed);
            g.messages.clear();
            g.calls.clear();
            g.by_chat.clear();
            g.users.clear();
            g.reply_keyboards.clear();
        }
        // A chat someone still waits on keeps its bell.
        self.shared
            .chat_calls
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|_, n| Arc::strong_count(n) > 1);
    }

    /// Hands update `id` to the bot once more, whatever the offset, as
    /// Telegram does when it is not sure the first delivery arrived.
    pub fn redeliver(&self, id: u32) {
        {
            let mut g = self.shared.lock();
            if let Some(u) = g.history.get(&id).cloned() {
                g.redeliver.push_back((id, u));
            }
        }
        self.shared.updates.notify_waiters();
    }

    /// The user blocks the bot: every send to them answers 403 until unblocked.
    pub fn block(&self, user: &FakeUser) {
        self.shared.lock().blocked.insert(user.id);
    }

    pub fn unblock(&self, user: &FakeUser) {
        self.shared.lock().blocked.remove(&user.id);
    }

    /// Answers the next `times` calls of `method` (any method if None) with
    /// `fault`; `times = None` keeps failing until [`clear_faults`].
    pub fn fail(&self, method: Option<&str>, fault: Fault, times: Option<u32>) {
        self.shared.lock().faults.push(FaultRule {
            method: method.map(str::to_owned),
            chat: None,
            fault,
            remaining: times,
        });
    }

    pub fn clear_faults(&self) {
        self.shared.lock().faults.clear();
    }

    /// Sets Telegram's flood limits (on by default with Telegram's own
    /// figures); None turns flood control off.
    pub fn set_flood_rules(&self, rules: Option<FloodRules>) {
        self.shared.lock().flood = rules.map(Flood::new);
    }

    /// How many sends were refused with 429 by flood control.
    pub fn rate_limited(&self) -> u64 {
        self.shared.lock().rate_limited
    }

    /// Random 5xx answers and hanging requests for a share of sends.
    pub fn set_chaos(&self, server_errors: f64, timeouts: f64, hang: Duration, seed: u64) {
        use rand::SeedableRng;
        self.shared.lock().chaos = Some(Chaos {
            server_errors,
            timeouts,
            hang,
            rng: rand::rngs::StdRng::seed_from_u64(seed),
        });
    }

    /// The user sends a photo with a caption.
    pub fn send_photo_with_caption(&self, user: &FakeUser, caption: &str) -> u32 {
        self.push_update(|g, id| {
            Self::user_message(
                g,
                user,
                json!({"photo": [
                    {"file_id": format!("ph{id}-s"), "file_unique_id": format!("uph{id}s"), "width": 90, "height": 90, "file_size": 100},
                    {"file_id": format!("ph{id}"), "file_unique_id": format!("uph{id}"), "width": 800, "height": 600, "file_size": 9000}
                ], "caption": caption}),
            )
        })
    }

    // ---------------------------------------------------------------
    // What the bot did
    // ---------------------------------------------------------------

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// The sequence number the next call will get.
    pub fn next_seq(&self) -> u64 {
        self.shared.lock().next_seq
    }

    /// Methods the bot called that this server does not know.
    pub fn unknown_methods(&self) -> Vec<String> {
        self.shared.lock().unknown_methods.clone()
    }

    /// The highest offset the bot has confirmed.
    pub fn confirmed_offset(&self) -> i64 {
        self.shared.lock().confirmed_offset
    }

    /// How many getUpdates calls the bot has made (each long poll counts).
    pub fn get_updates_calls(&self) -> u64 {
        self.shared.lock().get_updates_calls
    }

    /// Updates queued but not yet confirmed.
    pub fn pending_updates(&self) -> usize {
        self.shared.lock().pending.len()
    }

    /// The bot's messages in `chat`, oldest first, as they are now.
    pub fn bot_messages(&self, chat: i64) -> Vec<Value> {
        let g = self.shared.lock();
        let mut v: Vec<_> = g
            .messages
            .iter()
            .filter(|((c, _), m)| *c == chat && m["from"]["id"].as_i64() == Some(BOT_ID))
            .map(|(_, m)| m.clone())
            .collect();
        v.sort_by_key(|m| m["message_id"].as_i64());
        v
    }

    /// The reply keyboard (under the input field) `chat` shows now, if any.
    pub fn reply_keyboard(&self, chat: i64) -> Option<Value> {
        self.shared.lock().reply_keyboards.get(&chat).cloned()
    }

    /// Every message in `chat` (the user's and the bot's), oldest first.
    pub fn chat_messages(&self, chat: i64) -> Vec<Value> {
        let g = self.shared.lock();
        let mut v: Vec<_> = g
            .messages
            .iter()
            .filter(|((c, _), _)| *c == chat)
            .map(|(_, m)| m.clone())
            .collect();
        v.sort_by_key(|m| m["message_id"].as_i64());
        v
    }

    /// A file the bot uploaded.
    pub fn upload(&self, file_id: &str) -> Option<Upload> {
        self.shared.lock().uploads.get(file_id).cloned()
    }

    /// Waits until a call with sequence ≥ `since` matches `pred`, and returns
    /// it. Fails after `timeout`.
    pub async fn wait_call(
        &self,
        since: u64,
        timeout: Duration,
        pred: impl Fn(&Call) -> bool,
    ) -> anyhow::Result<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.calls.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(c) = self
                .shared
                .lock()
                .calls
                .iter()
                .find(|c| c.seq >= since && pred(c))
            {
                return Ok(c.clone());
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                anyhow::bail!("no matching Bot API call within {timeout:?}");
            }
        }
    }

    /// Waits for the first call to `chat` with sequence ≥ `since` and
    /// returns it; cheap with many chats waiting at once (load tests).
    pub async fn wait_chat(
        &self,
        chat: i64,
        since: u64,
        timeout: Duration,
    ) -> anyhow::Result<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        let notify = self.shared.chat_notify(chat);
        loop {
            let notified = notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let g = self.shared.lock();
                if let Some(idx) = g.by_chat.get(&chat) {
                    let first = idx.partition_point(|&i| g.calls[i].seq < since);
                    if let Some(&i) = idx.get(first) {
                        return Ok(g.calls[i].clone());
                    }
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                anyhow::bail!("no Bot API call to chat {chat} within {timeout:?}");
            }
        }
    }

    /// Waits until `pred` holds over the server's view (for example "the bot
    /// confirmed offset N").
    pub async fn wait_until(
        &self,
        timeout: Duration,
        pred: impl Fn(&FakeTelegram) -> bool,
    ) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.calls.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if pred(self) {
                return true;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return pred(self);
            }
        }
    }
}

fn next_message_id(g: &mut Inner, chat: i64) -> i64 {
    let n = g.next_message_id.entry(chat).or_insert(0);
    *n += 1;
    *n
}
