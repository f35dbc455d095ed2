//! The HTTP side of the fake Bot API: `POST /bot<token>/<method>`.

use std::{sync::Arc, time::Duration};

use axum::{
    Router,
    body::Bytes,
    extract::{FromRequest, Multipart, Path, Request, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::any,
};
use serde_json::{Map, Value, json};

use super::{
    BOT_ID, BOT_USERNAME, Call, Fault, Inner, Shared, Upload, buttons_of, next_message_id,
    validate::{formatted, is_message, refuse, validate},
};

pub(super) fn router(shared: Arc<Shared>, port: u16) -> Router {
    Router::new()
        .route("/{token}/{method}", any(handle))
        .with_state(shared)
        .layer(axum::middleware::from_fn(move |req, next| {
            local_only(port, req, next)
        }))
}

/// Answers only requests addressed to this machine by name: a `Host` of
/// `127.0.0.1:<port>` or `localhost:<port>`, and on a POST from a browser an
/// `Origin` of the same. A web page elsewhere cannot reach a local server
/// through DNS rebinding or a cross-site form.
pub async fn local_only(port: u16, req: Request, next: axum::middleware::Next) -> Response {
    let ours = |v: &str| v == format!("127.0.0.1:{port}") || v == format!("localhost:{port}");
    let host_ok = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .is_some_and(ours);
    let origin_ok = match req.headers().get(header::ORIGIN) {
        None => true,
        Some(o) => o
            .to_str()
            .ok()
            .and_then(|o| o.strip_prefix("http://"))
            .is_some_and(ours),
    };
    if !host_ok || (req.method() != axum::http::Method::GET && !origin_ok) {
        return (StatusCode::FORBIDDEN, "local requests only").into_response();
    }
    next.run(req).await
}

fn ok(result: Value) -> Response {
    axum::Json(json!({"ok": true, "result": result})).into_response()
}

pub(super) fn error(code: u16, body: Value) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(body)).into_response()
}

fn bad_request(what: &str) -> Response {
    let (code, body) = Fault::BadRequest(what.to_owned()).body();
    error(code, body)
}

/// Fields that stay strings in multipart and form bodies even when they
/// look numeric.
const STRING_FIELDS: &[&str] = &[
    "text",
    "caption",
    "parse_mode",
    "title",
    "address",
    "file_name",
];

/// A text field of a multipart or form body: JSON where it parses as JSON
/// (numbers, reply markups), except for the fields that are always texts.
fn field_value(name: &str, text: String) -> Value {
    if STRING_FIELDS.contains(&name) {
        Value::String(text)
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    }
}

struct Params {
    fields: Map<String, Value>,
    files: Vec<(String, String, Vec<u8>)>,
}

async fn read_params(req: Request) -> Result<Params, String> {
    let ctype = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let mut fields = Map::new();
    let mut files = vec![];
    if ctype.starts_with("multipart/form-data") {
        let mut mp = Multipart::from_request(req, &())
            .await
            .map_err(|e| e.to_string())?;
        while let Some(field) = mp.next_field().await.map_err(|e| e.to_string())? {
            let name = field.name().unwrap_or_default().to_owned();
            if let Some(file_name) = field.file_name().map(str::to_owned) {
                let bytes = field.bytes().await.map_err(|e| e.to_string())?;
                files.push((name, file_name, bytes.to_vec()));
            } else {
                let text = field.text().await.map_err(|e| e.to_string())?;
                fields.insert(name.clone(), field_value(&name, text));
            }
        }
    } else if ctype.starts_with("application/x-www-form-urlencoded") {
        // Telegram also takes a form body (aiogram sends forms); its values
        // are texts, read as in a multipart body. (Not a query string: a
        // GET needs no Origin here, so any web page could send one.)
        let axum::Form(pairs) = axum::Form::<Vec<(String, String)>>::from_request(req, &())
            .await
            .map_err(|e| e.body_text())?;
        for (name, text) in pairs {
            let value = field_value(&name, text);
            fields.insert(name, value);
        }
    } else {
        let body: Bytes = axum::body::to_bytes(req.into_body(), 64 << 20)
            .await
            .map_err(|e| e.to_string())?;
        if !body.is_empty() {
            match serde_json::from_slice::<Value>(&body).map_err(|e| e.to_string())? {
                Value::Object(m) => fields = m,
                _ => return Err("body is not a JSON object".into()),
            }
        }
    }
    Ok(Params { fields, files })
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((token, method)): Path<(String, String)>,
    req: Request,
) -> Response {
    if !token.starts_with("bot") {
        return error(
            404,
            json!({"ok": false, "error_code": 404, "description": "Not Found"}),
        );
    }
    // Telegram matches method names case-insensitively; teloxide sends "SendMessage".
    let method = canonical(&method);
    let params = match read_params(req).await {
        Ok(p) => p,
        Err(e) => return bad_request(&format!("cannot parse request: {e}")),
    };
    if method == "getUpdates" {
        return get_updates(&shared, &params.fields).await;
    }
    if method.starts_with("send") {
        let hang = shared.lock().chaos(&method);
        if let Some(hang) = hang {
            // A timeout: the request hangs, then fails; nothing is delivered.
            tokio::time::sleep(hang).await;
            return error(
                504,
                json!({"ok": false, "error_code": 504, "description": "Gateway Timeout"}),
            );
        }
    }
    let (response, chat) = {
        let mut g = shared.lock();
        let seq = g.next_seq;
        let response = call(&mut g, &method, params);
        let chat = g
            .calls
            .last()
            .filter(|c| c.seq >= seq)
            .and_then(|c| c.chat_id);
        (response, chat)
    };
    shared.calls.notify_waiters();
    shared.notify_chat(chat);
    response
}

/// `SendMessage` / `sendmessage` → `sendMessage`.
fn canonical(method: &str) -> String {
    const KNOWN: &[&str] = &[
        "getMe",
        "getUpdates",
        "deleteWebhook",
        "setWebhook",
        "getWebhookInfo",
        "setMyCommands",
        "deleteMyCommands",
        "answerCallbackQuery",
        "setChatMenuButton",
        "sendChatAction",
        "setMyDescription",
        "setMyShortDescription",
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendVoice",
        "sendLocation",
        "sendVenue",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "deleteMessage",
    ];
    KNOWN
        .iter()
        .find(|k| k.eq_ignore_ascii_case(method))
        .map(|k| (*k).to_owned())
        .unwrap_or_else(|| method.to_owned())
}

async fn get_updates(shared: &Shared, p: &Map<String, Value>) -> Response {
    let offset = p.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let limit = p
        .get("limit")
        .and_then(Value::as_u64)
        .unwrap_or(100)
        .clamp(1, 100) as usize;
    let timeout = p
        .get("timeout")
        .and_then(Value::as_u64)
        .unwrap_or(0)
        .min(50);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = shared.updates.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let batch = {
            let mut g = shared.lock();
            g.get_updates_calls += 1;
            if offset > g.confirmed_offset {
                g.confirmed_offset = offset;
            }
            let confirmed = g.confirmed_offset;
            g.pending.retain(|(id, _)| i64::from(*id) >= confirmed);
            let mut batch: Vec<Value> = vec![];
            while batch.len() < limit {
                match g.redeliver.pop_front() {
                    Some((_, u)) => batch.push(u),
                    None => break,
                }
            }
            batch.extend(
                g.pending
                    .iter()
                    .take(limit - batch.len())
                    .map(|(_, u)| u.clone()),
            );
            batch
        };
        shared.calls.notify_waiters();
        if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
            return ok(Value::Array(batch));
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return ok(json!([]));
        }
    }
}

fn chat_of(p: &Map<String, Value>) -> Option<i64> {
    match p.get("chat_id")? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Discorsi", "username": BOT_USERNAME})
}

pub(super) fn record(
    g: &mut Inner,
    method: &str,
    chat: Option<i64>,
    params: Value,
    message: Option<Value>,
    error: Option<&Value>,
) {
    let ok = error.is_none();
    let error = error
        .and_then(|b| b["description"].as_str())
        .map(str::to_owned);
    let seq = g.next_seq;
    g.next_seq += 1;
    if let Some(c) = chat {
        let at = g.calls.len();
        g.by_chat.entry(c).or_default().push(at);
    }
    g.calls.push(Call {
        seq,
        method: method.to_owned(),
        chat_id: chat,
        params,
        message,
        ok,
        error,
        at: std::time::Instant::now(),
    });
}

/// Finds the fault, if any, that applies to this call, and uses it up.
fn take_fault(g: &mut Inner, method: &str, chat: Option<i64>) -> Option<Fault> {
    if let Some(c) = chat
        && g.blocked.contains(&c)
        && method.starts_with("send")
    {
        return Some(Fault::Blocked);
    }
    let i = g.faults.iter().position(|r| {
        r.method.as_deref().is_none_or(|m| m == method) && r.chat.is_none_or(|c| Some(c) == chat)
    })?;
    let fault = g.faults[i].fault.clone();
    if let Some(n) = &mut g.faults[i].remaining {
        *n -= 1;
        if *n == 0 {
            g.faults.remove(i);
        }
    }
    Some(fault)
}

fn new_bot_message(g: &mut Inner, chat: i64, p: &Map<String, Value>, body: Value) -> Value {
    let mid = next_message_id(g, chat);
    let first_name = g
        .users
        .get(&chat)
        .map(|u| u.first_name.clone())
        .unwrap_or_else(|| "User".into());
    let mut m = json!({
        "message_id": mid,
        "date": g.now,
        "chat": {"id": chat, "type": "private", "first_name": first_name},
        "from": bot_user(),
    });
    if let (Some(obj), Some(b)) = (m.as_object_mut(), body.as_object()) {
        obj.extend(b.clone());
    }
    if let Some(markup) = p
        .get("reply_markup")
        .filter(|k| k.get("inline_keyboard").is_some())
    {
        m["reply_markup"] = markup.clone();
    }
    g.messages.insert((chat, mid), m.clone());
    m
}

fn store_upload(
    g: &mut Inner,
    p: &Map<String, Value>,
    files: &[(String, String, Vec<u8>)],
    field: &str,
) -> Option<Upload> {
    // The file is either the part named `field`, or the part that
    // `field = "attach://<part>"` points to.
    let value = p.get(field).and_then(Value::as_str);
    // A file_id sent again: Telegram reuses the stored file.
    if let Some(id) = value.filter(|v| !v.starts_with("attach://")) {
        return Some(g.uploads.get(id).cloned().unwrap_or(Upload {
            file_id: id.to_owned(),
            file_name: String::new(),
            bytes: vec![],
        }));
    }
    let part = value
        .and_then(|v| v.strip_prefix("attach://"))
        .unwrap_or(field);
    let (_, name, bytes) = files.iter().find(|(n, _, _)| n == part)?;
    let file_id = format!("file{}", g.uploads.len() + 1);
    let up = Upload {
        file_id: file_id.clone(),
        file_name: name.clone(),
        bytes: bytes.clone(),
    };
    g.uploads.insert(file_id, up.clone());
    Some(up)
}

/// PNG width and height from the IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    if bytes.len() >= 24 && bytes.starts_with(b"\x89PNG") {
        let w = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
        let h = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
        (w, h)
    } else {
        (0, 0)
    }
}

fn call(g: &mut Inner, method: &str, params: Params) -> Response {
    let p = &params.fields;
    let chat = chat_of(p);
    let logged = Value::Object(p.clone());
    if let Some(fault) = take_fault(g, method, chat) {
        return refuse(g, method, chat, logged, fault.body());
    }
    // As Telegram: a malformed request is refused (400) before flood control
    // counts it; then a message over the limits gets 429 with retry_after.
    if let Err(why) = validate(method, p) {
        return refuse(g, method, chat, logged, Fault::BadRequest(why).body());
    }
    if is_message(method)
        && let Some(flood) = &mut g.flood
        && let Err(retry_after) = flood.admit(chat)
    {
        g.rate_limited += 1;
        let fault = Fault::TooManyRequests { retry_after };
        return refuse(g, method, chat, logged, fault.body());
    }
    let parsed = |field: &str| formatted(p, field).unwrap_or_else(|_| (String::new(), json!([])));
    let text = |k: &str| {
        p.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let result: Result<(Value, Option<Value>), String> = match method {
        "getMe" => Ok((
            json!({"id": BOT_ID, "is_bot": true, "first_name": "Discorsi", "username": BOT_USERNAME,
                   "can_join_groups": false, "can_read_all_group_messages": false,
                   "supports_inline_queries": false, "can_connect_to_business": false,
                   "has_main_web_app": false}),
            None,
        )),
        "deleteWebhook"
        | "setWebhook"
        | "setMyCommands"
        | "deleteMyCommands"
        | "answerCallbackQuery"
        | "setChatMenuButton"
        | "sendChatAction"
        | "setMyDescription"
        | "setMyShortDescription" => Ok((json!(true), None)),
        "getWebhookInfo" => Ok((
            json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}),
            None,
        )),
        "sendMessage" => match chat {
            None => Err("chat_id is empty".into()),
            Some(c) => {
                let (t, ents) = parsed("text");
                let m = new_bot_message(g, c, p, json!({"text": t, "entities": ents}));
                Ok((m.clone(), Some(m)))
            }
        },
        "sendDocument" | "sendPhoto" | "sendVoice" => match chat {
            None => Err("chat_id is empty".into()),
            Some(c) => {
                let field = match method {
                    "sendDocument" => "document",
                    "sendVoice" => "voice",
                    _ => "photo",
                };
                match store_upload(g, p, &params.files, field) {
                    None => Err(format!("there is no {field} in the request")),
                    Some(up) => {
                        let mut body = if method == "sendDocument" {
                            json!({"document": {"file_id": up.file_id, "file_unique_id": up.file_id,
                                                "file_name": up.file_name, "file_size": up.bytes.len()}})
                        } else if method == "sendVoice" {
                            json!({"voice": {"file_id": up.file_id, "file_unique_id": up.file_id,
                                             "duration": 3, "file_size": up.bytes.len()}})
                        } else {
                            let (w, h) = png_size(&up.bytes);
                            json!({"photo": [{"file_id": up.file_id, "file_unique_id": up.file_id,
                                              "width": w, "height": h, "file_size": up.bytes.len()}]})
                        };
                        if p.contains_key("caption") {
                            let (t, ents) = parsed("caption");
                            body["caption"] = json!(t);
                            body["caption_entities"] = ents;
                        }
                        let m = new_bot_message(g, c, p, body);
                        Ok((m.clone(), Some(m)))
                    }
                }
            }
        },
        "sendLocation" | "sendVenue" => match (chat, p.get("latitude"), p.get("longitude")) {
            (Some(c), Some(lat), Some(lon)) => {
                let location = json!({"latitude": lat, "longitude": lon});
                let body = if method == "sendVenue" {
                    json!({"location": location, "venue": {"location": location,
                           "title": text("title"), "address": text("address")}})
                } else {
                    json!({"location": location})
                };
                let m = new_bot_message(g, c, p, body);
                Ok((m.clone(), Some(m)))
            }
            _ => Err("chat_id, latitude and longitude are required".into()),
        },
        "editMessageText" | "editMessageReplyMarkup" | "editMessageCaption" => {
            let mid = p.get("message_id").and_then(Value::as_i64);
            match (chat, mid) {
                (Some(c), Some(mid)) => match g.messages.get(&(c, mid)).cloned() {
                    None => Err("message to edit not found".into()),
                    Some(old) => {
                        let mut new = old.clone();
                        match method {
                            "editMessageText" => {
                                let (t, ents) = parsed("text");
                                new["text"] = json!(t);
                                new["entities"] = ents;
                            }
                            "editMessageCaption" => {
                                let (t, ents) = parsed("caption");
                                new["caption"] = json!(t);
                                new["caption_entities"] = ents;
                            }
                            _ => {}
                        }
                        match p.get("reply_markup") {
                            Some(k) if k.get("inline_keyboard").is_some() => {
                                new["reply_markup"] = k.clone()
                            }
                            _ => {
                                if let Some(o) = new.as_object_mut() {
                                    o.remove("reply_markup");
                                }
                            }
                        }
                        if new["text"] == old["text"]
                            && new["entities"] == old["entities"]
                            && new["caption"] == old["caption"]
                            && new["caption_entities"] == old["caption_entities"]
                            && buttons_of(&new) == buttons_of(&old)
                        {
                            Err("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message".into())
                        } else {
                            new["edit_date"] = json!(g.now);
                            g.messages.insert((c, mid), new.clone());
                            Ok((new.clone(), Some(new)))
                        }
                    }
                },
                _ => Err("chat_id and message_id are required".into()),
            }
        }
        "deleteMessage" => {
            let mid = p.get("message_id").and_then(Value::as_i64);
            match (chat, mid) {
                (Some(c), Some(mid)) => match g.messages.remove(&(c, mid)) {
                    Some(_) => Ok((json!(true), None)),
                    None => Err("message to delete not found".into()),
                },
                _ => Err("chat_id and message_id are required".into()),
            }
        }
        _ => {
            g.unknown_methods.push(method.to_owned());
            let body = json!({"ok": false, "error_code": 404, "description": "Not Found: method not found"});
            return refuse(g, method, chat, logged, (404, body));
        }
    };
    match result {
        Ok((value, message)) => {
            record(g, method, chat, logged, message, None);
            ok(value)
        }
        Err(why) => refuse(g, method, chat, logged, Fault::BadRequest(why).body()),
    }
}
