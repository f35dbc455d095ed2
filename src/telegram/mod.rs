//! Telegram helpers shared by every feature: screens (text plus inline
//! keyboard), buttons, command parsing and error classification.

pub mod budget;
pub mod commands;
pub mod scheduled;

use teloxide::{
    ApiError, Bot, RequestError,
    payloads::SendMessage,
    requests::{JsonRequest, Payload},
    types::{
        ChatId, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup,
        ParseMode,
    },
};

/// What the user sees at one step: a message and its buttons.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screen {
    pub text: String,
    pub rows: Vec<Vec<InlineKeyboardButton>>,
    /// A keyboard under the input field instead of inline buttons (needed to
    /// ask for a location). Such a screen is always sent as a new message.
    pub reply_keyboard: Option<KeyboardMarkup>,
}

impl Screen {
    pub fn new(text: impl Into<String>) -> Screen {
        Screen {
            text: text.into(),
            rows: vec![],
            reply_keyboard: None,
        }
    }

    /// Asks for the user's location with a reply keyboard, plus plain
    /// buttons (Back, Home) whose labels come back as text.
    pub fn asking_location(mut self, share: String, others: Vec<String>) -> Screen {
        let rows = vec![
            vec![KeyboardButton::new(share).request(teloxide::types::ButtonRequest::Location)],
            others.into_iter().map(KeyboardButton::new).collect(),
        ];
        self.reply_keyboard = Some(
            KeyboardMarkup::new(rows)
                .resize_keyboard()
                .one_time_keyboard(),
        );
        self
    }

    /// Adds a row of buttons.
    pub fn row(mut self, row: Vec<InlineKeyboardButton>) -> Screen {
        if !row.is_empty() {
            self.rows.push(row);
        }
        self
    }

    /// Adds one button on a row of its own.
    pub fn button(self, label: impl Into<String>, data: impl Into<String>) -> Screen {
        self.row(vec![button(label, data)])
    }

    /// Lays `buttons` out `per_row` to a row.
    pub fn grid(mut self, buttons: Vec<InlineKeyboardButton>, per_row: usize) -> Screen {
        for chunk in buttons.chunks(per_row.max(1)) {
            self.rows.push(chunk.to_vec());
        }
        self
    }

    /// Puts a short notice (a hint, an error) above the screen's text.
    /// Puts `rows` above the screen's own buttons (the composition root
    /// adds one feature's buttons to another's screen this way).
    pub fn rows_first(mut self, rows: Vec<Vec<InlineKeyboardButton>>) -> Screen {
        self.rows.splice(0..0, rows);
        self
    }

    /// Puts `row` just above the screen's last row (Back and Home).
    pub fn row_before_last(mut self, row: Vec<InlineKeyboardButton>) -> Screen {
        let at = self.rows.len().saturating_sub(1);
        self.rows.insert(at, row);
        self
    }

    pub fn with_notice(mut self, notice: &str) -> Screen {
        self.text = format!("<i>{notice}</i>\n\n{}", self.text);
        self
    }

    pub fn keyboard(&self) -> Option<InlineKeyboardMarkup> {
        (!self.rows.is_empty()).then(|| InlineKeyboardMarkup::new(self.rows.clone()))
    }
}

/// A row of buttons that lead somewhere (Previous and Next, Back and Home)
/// in the order its reader reads. Telegram lays every row out left to right
/// in every client, so for a right-to-left language the row is reversed:
/// Back and Previous then sit at the right, where an Arabic reader starts,
/// and Next at the left. The locale's arrows point outwards from the row
/// (Arabic "▶️ السابق", "التالي ◀️", "➡️ رجوع"), as "◀️ Previous" at the left
/// and "Next ▶️" at the right do in left-to-right languages.
pub fn reading_order<T>(lang: crate::i18n::Lang, mut row: Vec<T>) -> Vec<T> {
    if lang.is_rtl() {
        row.reverse();
    }
    row
}

/// A callback button. `data` must stay within Telegram's 64 bytes.
pub fn button(label: impl Into<String>, data: impl Into<String>) -> InlineKeyboardButton {
    let data = data.into();
    debug_assert!(data.len() <= 64, "callback data too long: {data}");
    InlineKeyboardButton::callback(label, data)
}

/// Adds `item` to `list`, or removes it if it is there.
pub fn toggle(list: &mut Vec<String>, item: &str) {
    match list.iter().position(|c| c == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item.to_owned()),
    }
}

/// A button of a multiple or single choice: "✅ label" when chosen.
pub fn check_button(chosen: bool, label: &str, data: impl Into<String>) -> InlineKeyboardButton {
    if chosen {
        button(format!("✅ {label}"), data)
    } else {
        button(label, data)
    }
}

/// A button that opens a URL.
pub fn link_button(label: impl Into<String>, url: url::Url) -> InlineKeyboardButton {
    InlineKeyboardButton::url(label, url)
}

/// Callback data shared by every screen.
pub mod nav {
    pub const BACK: &str = "nav:back";
    pub const HOME: &str = "nav:home";
}

/// Telegram says the chat cannot be written to any more (blocked, deleted…).
pub fn is_unreachable(err: &RequestError) -> bool {
    matches!(
        err,
        RequestError::Api(
            ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::ChatNotFound
                | ApiError::BotKicked
                | ApiError::BotKickedFromSupergroup
                | ApiError::CantInitiateConversation
                | ApiError::CantTalkWithBots
        )
    )
}

/// What to do after a failed send.
#[derive(Debug, PartialEq)]
pub enum Failure {
    /// 429: wait this long, then retry.
    RetryAfter(std::time::Duration),
    /// 403 and friends: stop writing to this chat.
    Unreachable,
    /// Network trouble or a 5xx: retry later.
    Transient,
    /// Anything else (a 400): retrying will not help.
    Permanent,
}

pub fn classify(err: &RequestError) -> Failure {
    match err {
        RequestError::RetryAfter(s) => Failure::RetryAfter(s.duration()),
        e if is_unreachable(e) => Failure::Unreachable,
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            Failure::Transient
        }
        RequestError::Api(ApiError::Unknown(d))
            if [
                "Internal Server Error",
                "Bad Gateway",
                "Gateway",
                "Service Unavailable",
                "Too Many",
            ]
            .iter()
            .any(|k| d.contains(k)) =>
        {
            Failure::Transient
        }
        _ => Failure::Permanent,
    }
}

/// An edit that changes nothing, or of a message that can no longer be edited.
pub fn is_harmless_edit_error(err: &RequestError) -> bool {
    matches!(err, RequestError::Api(ApiError::MessageNotModified))
}

/// The text of an HTML message without its tags and entities.
pub fn strip_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for ch in s.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Escapes user-supplied text for HTML parse mode.
pub fn escape(s: &str) -> String {
    teloxide::utils::html::escape(s)
}

/// The HTML that reproduces a message's text as the user typed it, with the
/// formatting they applied in Telegram (bold, italic, links, spoilers…).
///
/// teloxide's `html_text()` returns the raw text when no entity is a
/// formatting one (plain text, or only links and hashtags Telegram detected),
/// so a typed `<` would reach members unescaped and Telegram would refuse
/// the whole message. Here plain text is always escaped.
pub fn html_of(text: &str, entities: Option<&[teloxide::types::MessageEntity]>) -> String {
    use teloxide::types::MessageEntityKind as K;
    let formatted = entities.unwrap_or_default().iter().any(|e| {
        matches!(
            e.kind,
            K::Bold
                | K::Italic
                | K::Underline
                | K::Strikethrough
                | K::Spoiler
                | K::Code
                | K::Pre { .. }
                | K::TextLink { .. }
                | K::TextMention { .. }
                | K::CustomEmoji { .. }
                | K::Blockquote
                | K::ExpandableBlockquote
        )
    });
    match entities {
        Some(ents) if formatted => {
            // teloxide writes a link's URL into href="…" as it is; an '&' in
            // it must be written &amp; in HTML (Telegram decodes it back).
            let ents: Vec<teloxide::types::MessageEntity> = ents
                .iter()
                .cloned()
                .map(|mut e| {
                    match &mut e.kind {
                        K::TextLink { url } => {
                            let safe = url
                                .as_str()
                                .replace('&', "&amp;")
                                .replace('"', "%22")
                                .replace('<', "%3C")
                                .replace('>', "%3E");
                            if let Ok(escaped) = url::Url::parse(&safe) {
                                *url = escaped;
                            }
                        }
                        // A code block's language is written into an attribute.
                        K::Pre { language: Some(l) } => *l = escape(l).replace('"', "&quot;"),
                        _ => {}
                    }
                    e
                })
                .collect();
            teloxide::utils::render::Renderer::new(text, &ents).as_html()
        }
        _ => escape(text),
    }
}

/// Why Telegram refused a message for good, in words a sender can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Refusal {
    /// The formatting could not be read ("can't parse entities").
    Formatting,
    /// Text or caption over Telegram's length limit.
    TooLong,
    /// The attached photo or file could not be sent.
    Media,
    /// Anything else.
    Other,
}

impl Refusal {
    /// Classifies an error description as Telegram words it.
    pub fn of(description: &str) -> Refusal {
        let d = description.to_ascii_lowercase();
        if d.contains("parse entities") {
            Refusal::Formatting
        } else if d.contains("too long") {
            Refusal::TooLong
        } else if d.contains("file") || d.contains("photo") || d.contains("document") {
            Refusal::Media
        } else {
            Refusal::Other
        }
    }
}

/// A request sent exactly as teloxide sends `P`, whose successful answer is
/// not read. Telegram answers a sent or edited message with the whole
/// message (text, entities, keyboard), which teloxide parses field by field
/// into a `Message`; replies and announcements never use it, and parsing
/// it cost more CPU than building the request. Errors are read as usual (429, 403, "message
/// is not modified"…).
#[derive(Clone, Debug, serde::Serialize)]
#[serde(transparent)]
pub struct Unread<P>(pub P);

impl<P: Payload> Payload for Unread<P> {
    type Output = Done;
    const NAME: &'static str = P::NAME;

    fn timeout_hint(&self) -> Option<std::time::Duration> {
        self.0.timeout_hint()
    }
}

/// The answer to an [`Unread`] request that succeeded, skipped over.
#[derive(Debug)]
pub struct Done;

impl<'de> serde::Deserialize<'de> for Done {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Done, D::Error> {
        serde::de::IgnoredAny::deserialize(d).map(|_| Done)
    }
}

/// A message of HTML text to `chat`, as every reply and announcement is
/// sent (the caller adds a keyboard).
pub fn html_message(chat: ChatId, text: impl Into<String>) -> SendMessage {
    let mut send = SendMessage::new(chat, text);
    send.parse_mode = Some(ParseMode::Html);
    send
}

/// `payload` as a request of `bot` whose answer is not read (see [`Unread`]).
pub fn unread<P>(bot: &Bot, payload: P) -> JsonRequest<Unread<P>> {
    JsonRequest::new(bot.clone(), Unread(payload))
}

/// How many times a reply refused with 429 is tried again.
const REPLY_RETRIES: u32 = 6;
/// The longest "retry after" a reply waits for; past it the reply is dropped.
const REPLY_MAX_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Sends `req`, and when Telegram answers 429 waits its `retry_after` and
/// sends it again, so that a reply refused under load still arrives. The
/// wait pauses background sending too, and the new attempt takes its place
/// in the send window like any other message.
pub async fn send_retrying<R>(
    budget: &budget::Budget,
    req: &R,
) -> Result<<R::Payload as teloxide::requests::Payload>::Output, RequestError>
where
    R: teloxide::requests::Request<Err = RequestError>,
{
    let mut attempt = 0;
    loop {
        match req.send_ref().await {
            Err(RequestError::RetryAfter(s))
                if attempt < REPLY_RETRIES && s.duration() <= REPLY_MAX_WAIT =>
            {
                attempt += 1;
                tracing::debug!(wait = ?s.duration(), attempt, "reply refused with 429; retrying");
                budget.pause_for(s.duration());
                tokio::time::sleep(s.duration()).await;
                budget.reply().await;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use teloxide::{
        payloads::SendMessage,
        requests::Payload,
        types::{ChatId, InlineKeyboardMarkup, MessageEntity, MessageEntityKind as K, ParseMode},
    };

    use super::{Done, Unread, button, html_of};

    #[test]
    fn an_unread_request_sends_the_same_json_and_skips_any_answer() {
        let mut send = SendMessage::new(ChatId(42), "<b>Ciao</b>");
        send.parse_mode = Some(ParseMode::Html);
        send.reply_markup = Some(InlineKeyboardMarkup::new([[button("Home", "h")]]).into());
        assert_eq!(
            serde_json::to_value(Unread(send.clone())).unwrap(),
            serde_json::to_value(&send).unwrap()
        );
        assert_eq!(<Unread<SendMessage> as Payload>::NAME, SendMessage::NAME);
        // Whatever the message sent back holds, or `true` for an edit.
        let message = r#"{"message_id": 7, "chat": {"id": 42, "type": "private"},
            "date": 0, "text": "Ciao", "entities": [{"type": "bold", "offset": 0, "length": 4}],
            "reply_markup": {"inline_keyboard": [[{"text": "Home", "callback_data": "h"}]]}}"#;
        for answer in [message, "true", "[]", "null"] {
            assert!(serde_json::from_str::<Done>(answer).is_ok(), "{answer}");
        }
        assert!(serde_json::from_str::<Done>("{").is_err());
    }
    use crate::fake_api::entities;

    /// What Telegram makes of the HTML: the text as typed, or an error.
    fn roundtrip(text: &str, ents: Option<&[MessageEntity]>) -> Result<String, String> {
        entities::parse(&html_of(text, ents), Some("HTML")).map(|(t, _)| t)
    }

    #[test]
    fn typed_text_survives_telegrams_html_parser() {
        let text = "a<b && c>d <script> &amp; 😀";
        assert_eq!(roundtrip(text, None).as_deref(), Ok(text));
        // Only a detected link: no formatting, but entities present.
        let url = [MessageEntity::new(K::Url, 0, 3)];
        assert_eq!(roundtrip(text, Some(&url)).as_deref(), Ok(text));
        // Formatting with hostile attribute values.
        let link: url::Url = "https://x.org/?a=1&b=\"2\"<3>".parse().unwrap();
        let ents = [
            MessageEntity::new(K::Bold, 0, 3),
            MessageEntity::new(K::TextLink { url: link }, 5, 2),
            MessageEntity::new(
                K::Pre {
                    language: Some("\"><b>x".into()),
                },
                8,
                4,
            ),
        ];
        assert_eq!(roundtrip(text, Some(&ents)).as_deref(), Ok(text));
    }
}
