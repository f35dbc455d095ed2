//! The fake's checks on a request before it is served, in Telegram's
//! words: lengths, parse modes and entities, callback data.

use axum::response::Response;
use serde_json::{Map, Value, json};

use super::{
    Inner, entities,
    server::{error, record},
};

/// Methods that put a message in a chat, which flood control counts.
pub(super) fn is_message(method: &str) -> bool {
    method.starts_with("send") && method != "sendChatAction"
}

/// `field` parsed with the request's parse_mode, as Telegram stores it: the
/// plain text and its entities.
pub(super) fn formatted(p: &Map<String, Value>, field: &str) -> Result<(String, Value), String> {
    let raw = p.get(field).and_then(Value::as_str).unwrap_or_default();
    let mode = p.get("parse_mode").and_then(Value::as_str);
    let (text, ents) = entities::parse(raw, mode)?;
    let ents: Vec<Value> = ents
        .into_iter()
        .map(|e| {
            let mut v = json!({"type": e.kind, "offset": e.offset, "length": e.length});
            if let Some(u) = e.url {
                v["url"] = json!(u);
            }
            if let Some(l) = e.language {
                v["language"] = json!(l);
            }
            if let Some(id) = e.custom_emoji_id {
                v["custom_emoji_id"] = json!(id);
            }
            v
        })
        .collect();
    Ok((text, Value::Array(ents)))
}

/// Telegram's checks on what a message may hold, in its words.
pub(super) fn validate(method: &str, p: &Map<String, Value>) -> Result<(), String> {
    if matches!(method, "sendMessage" | "editMessageText") {
        let (text, _) = formatted(p, "text")?;
        if text.trim().is_empty() {
            return Err("message text is empty".into());
        }
        if entities::utf16_len(&text) > 4096 {
            return Err("message is too long".into());
        }
    }
    if p.contains_key("caption") {
        let (caption, _) = formatted(p, "caption")?;
        if entities::utf16_len(&caption) > 1024 {
            return Err("message caption is too long".into());
        }
    }
    if let Some(rows) = p
        .get("reply_markup")
        .and_then(|k| k.get("inline_keyboard"))
        .and_then(Value::as_array)
    {
        for b in rows.iter().filter_map(Value::as_array).flatten() {
            if b["text"].as_str().is_none_or(|t| t.trim().is_empty()) {
                return Err("BUTTON_TEXT_INVALID".into());
            }
            if b["callback_data"]
                .as_str()
                .is_some_and(|d| d.is_empty() || d.len() > 64)
            {
                return Err("BUTTON_DATA_INVALID".into());
            }
        }
    }
    Ok(())
}

/// Records a refused call and answers with Telegram's error body.
pub(super) fn refuse(
    g: &mut Inner,
    method: &str,
    chat: Option<i64>,
    logged: Value,
    (code, body): (u16, Value),
) -> Response {
    record(g, method, chat, logged, None, Some(&body));
    error(code, body)
}
