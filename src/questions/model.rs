//! The help desk's values: who a question goes to, the parts of a message,
//! a thread's reference and status.

use chrono::{DateTime, Utc};
use rand::Rng;
use serde::{Deserialize, Serialize};
use teloxide::types::{MediaKind, Message, MessageKind};

use crate::{domain::Topic, telegram::html_of};

/// Longest text of one message in a thread: Telegram's own limit is 4096,
/// and the bot adds a line on top.
pub const MAX_TEXT: usize = 4000;
/// Longest caption of a photo or document (Telegram's limit is 1024).
pub const MAX_CAPTION: usize = 900;
/// Messages one question can carry before it is sent.
pub const MAX_PARTS: usize = 10;
/// Open questions one person may have at once.
pub const MAX_OPEN: i64 = 3;
/// Messages one person may add to their threads in an hour (asking and
/// replying together): enough for anyone, too few to flood the helpers.
pub const MAX_PER_HOUR: i64 = 30;
/// New questions one person may ask in a day (closed ones count too).
pub const MAX_PER_DAY: i64 = 10;
/// How long an answer usually takes, as askers are told.
pub const USUAL_WAIT_DAYS: i64 = 2;
/// Longest text a helper sends (an answer, a saved answer, a post, a
/// version): room is left for the line the bot puts on top.
pub const MAX_HELPER_TEXT: usize = 3500;

/// Who a question goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum To {
    /// The leaders of this association (the asker is a member).
    Association(i64),
    /// The project's staff, for this topic.
    Staff(Topic),
}

impl To {
    /// The association whose desk this is; None for staff's, whatever the
    /// topic (blocks and helpers are the same for every staff topic).
    pub fn association(self) -> Option<i64> {
        match self {
            To::Association(a) => Some(a),
            To::Staff(_) => None,
        }
    }
}

/// Staff's desk where the topic does not matter (who answers, blocks).
pub const STAFF_DESK: To = To::Staff(crate::domain::Topic::Work);

/// What a question is about, when asked from a card: shown to helpers as
/// it was shown to the asker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub label: String,
    /// The topic a staff question about it goes to.
    pub topic: Option<Topic>,
}

/// The kind of one message of a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Text,
    Photo,
    Document,
    Voice,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Photo => "photo",
            Kind::Document => "document",
            Kind::Voice => "voice",
        }
    }

    pub fn from_code(code: &str) -> Kind {
        match code {
            "photo" => Kind::Photo,
            "document" => Kind::Document,
            "voice" => Kind::Voice,
            _ => Kind::Text,
        }
    }
}

/// One message a person sent into a thread: text (as HTML, their
/// formatting kept and escaped), or a file kept as Telegram's `file_id`
/// with its caption. Files themselves are never stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub kind: Kind,
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// Why a message cannot go into a thread: the Fluent key of the hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused(pub &'static str);

impl Part {
    /// Reads what a person sent: text, a photo, a document or a voice
    /// message. Anything else (a sticker, a video, a location, an empty
    /// message) and over-long text get a hint.
    pub fn of(msg: &Message) -> Result<Part, Refused> {
        let MessageKind::Common(common) = &msg.kind else {
            return Err(Refused("q-hint-media"));
        };
        let caption = || {
            let text = msg.caption().unwrap_or_default();
            if text.chars().count() > MAX_CAPTION {
                Err(Refused("q-hint-caption-long"))
            } else {
                Ok(html_of(text, msg.caption_entities()))
            }
        };
        match &common.media_kind {
            MediaKind::Text(t) => {
                let text = t.text.trim();
                // A mention of someone without a username is a link to their
                // account: it would hand that account to the other side.
                let mentions = t.entities.iter().any(|e| {
                    matches!(
                        e.kind,
                        teloxide::types::MessageEntityKind::TextMention { .. }
                    )
                });
                if text.is_empty() {
                    Err(Refused("q-hint-empty"))
                } else if t.text.chars().count() > MAX_TEXT {
                    Err(Refused("q-hint-too-long"))
                } else {
                    Ok(Part {
                        kind: Kind::Text,
                        body: html_of(&t.text, (!mentions).then_some(&t.entities[..])),
                        file: None,
                    })
                }
            }
            MediaKind::Photo(p) => {
                let largest = p.photo.iter().max_by_key(|s| s.width * s.height);
                let file = largest.ok_or(Refused("q-hint-media"))?.file.id.to_string();
                Ok(Part {
                    kind: Kind::Photo,
                    body: caption()?,
                    file: Some(file),
                })
            }
            MediaKind::Document(d) => Ok(Part {
                kind: Kind::Document,
                body: caption()?,
                file: Some(d.document.file.id.to_string()),
            }),
            MediaKind::Voice(v) => Ok(Part {
                kind: Kind::Voice,
                body: caption()?,
                file: Some(v.voice.file.id.to_string()),
            }),
            _ => Err(Refused("q-hint-media")),
        }
    }
}

/// A thread's short reference, as people read it out: four letters and
/// digits without the ones that look alike (0/O, 1/I).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ref(pub String);

const REF_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

impl Ref {
    pub fn random() -> Ref {
        let mut r = rand::rng();
        Ref((0..4)
            .filter_map(|_| REF_ALPHABET.get(r.random_range(0..REF_ALPHABET.len())))
            .map(|b| *b as char)
            .collect())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Open,
    Closed,
    /// The asker erased their data.
    Left,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Closed => "closed",
            Status::Left => "left",
        }
    }

    pub fn from_code(code: &str) -> Status {
        match code {
            "open" => Status::Open,
            "left" => Status::Left,
            _ => Status::Closed,
        }
    }
}

/// A thread as helpers and the asker see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: i64,
    pub reference: String,
    pub asker_id: Option<i64>,
    pub asker_lang: String,
    pub asker_name: Option<String>,
    pub to: To,
    pub about: String,
    pub escalated_from: Option<i64>,
    pub status: Status,
    pub claimed_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub waiting_since: Option<DateTime<Utc>>,
    pub first_answer_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub helpful: Option<bool>,
}

/// Who wrote a message of a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Author {
    Asker,
    Helper,
    /// A note between helpers (an escalation's): never shown to the asker.
    Note,
}

impl Author {
    pub fn code(self) -> &'static str {
        match self {
            Author::Asker => "asker",
            Author::Helper => "helper",
            Author::Note => "note",
        }
    }

    pub fn from_code(code: &str) -> Author {
        match code {
            "asker" => Author::Asker,
            "note" => Author::Note,
            _ => Author::Helper,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ThreadMessage {
    pub id: i64,
    pub author: Author,
    pub helper_id: Option<i64>,
    pub part: Part,
    pub at: DateTime<Utc>,
}

/// A language's own name for a stored code ("ar" → "العربية"), or the code
/// itself if it is not one of ours.
pub fn language_name(code: &str) -> String {
    crate::i18n::Lang::exact(code).map_or_else(|| code.to_owned(), |l| l.native_name().to_owned())
}

/// The emergency number to give people in a region (the directory's region
/// codes); 112 works everywhere in the EU.
pub fn emergency_number(region: Option<&str>) -> &'static str {
    match region {
        Some("auvergne_rhone_alpes") => "112 / 15",
        _ => "112",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_four_unambiguous_characters() {
        for _ in 0..200 {
            let r = Ref::random().0;
            assert_eq!(r.len(), 4);
            assert!(r.bytes().all(|b| REF_ALPHABET.contains(&b)), "{r}");
            assert!(!r.contains(['0', 'O', '1', 'I']), "{r}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for k in [Kind::Text, Kind::Photo, Kind::Document, Kind::Voice] {
            assert_eq!(Kind::from_code(k.code()), k);
        }
        for s in [Status::Open, Status::Closed, Status::Left] {
            assert_eq!(Status::from_code(s.code()), s);
        }
        for a in [Author::Asker, Author::Helper, Author::Note] {
            assert_eq!(Author::from_code(a.code()), a);
        }
    }
}
