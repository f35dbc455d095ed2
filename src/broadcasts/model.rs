//! The values of announcements as the rest of the program sees them: the
//! store converts to and from its columns, once, where rows are read.

use std::{borrow::Borrow, collections::BTreeMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{domain::Topic, i18n::Lang};

/// Who receives a broadcast. Stored as JSON text (`{"Language":"it"}`) in
/// `broadcasts.audience` and in dialogue states; this shape is kept so that
/// stored rows and states keep reading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// Members of one association (leaders, or staff).
    Association(i64),
    /// Everyone who uses the bot (staff).
    Everyone,
    /// Everyone whose language is this one (staff).
    Language(Lang),
    /// Everyone who follows this topic (staff).
    Topic(#[serde(with = "topic_code")] Topic),
    /// Everyone signed up for, or waiting for, an event (change notices).
    EventParticipants(i64),
}

/// A topic as its stored code (`"housing"`), as earlier versions wrote it.
mod topic_code {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use crate::domain::Topic;

    pub fn serialize<S: Serializer>(t: &Topic, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(t.code())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Topic, D::Error> {
        let code = String::deserialize(d)?;
        Topic::from_code(&code).ok_or_else(|| D::Error::custom(format!("unknown topic {code:?}")))
    }
}

/// Where a broadcast stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Being written; only its sender sees it.
    Draft,
    /// Will start at `scheduled_at`.
    Scheduled,
    /// Its queue is being worked.
    Sending,
    /// Everything was attempted; the report went out.
    Done,
    /// Withdrawn before it started.
    Cancelled,
}

impl Status {
    const ALL: [Status; 5] = [
        Status::Draft,
        Status::Scheduled,
        Status::Sending,
        Status::Done,
        Status::Cancelled,
    ];

    /// As stored (and as named in the `bc-status-*` messages).
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Scheduled => "scheduled",
            Status::Sending => "sending",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }

    pub(super) fn from_code(code: &str) -> anyhow::Result<Status> {
        Status::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or_else(|| anyhow::anyhow!("unknown broadcast status {code:?}"))
    }
}

/// Lets a test or a log compare with the stored word.
impl PartialEq<&str> for Status {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

/// What became of one message of the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeliveryStatus {
    /// Not sent yet (or to be retried at `next_attempt_at`).
    Pending,
    Sent,
    /// The person blocked the bot or deleted their account.
    Unreachable,
    /// Refused for good, or too many attempts.
    Failed,
}

impl DeliveryStatus {
    const ALL: [DeliveryStatus; 4] = [
        DeliveryStatus::Pending,
        DeliveryStatus::Sent,
        DeliveryStatus::Unreachable,
        DeliveryStatus::Failed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Unreachable => "unreachable",
            DeliveryStatus::Failed => "failed",
        }
    }

    pub(super) fn from_code(code: &str) -> Option<DeliveryStatus> {
        DeliveryStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

// Ordered by the stored word, so that a map of figures can also be looked
// up by it (`Borrow<str>` needs the two orders to agree).
impl Ord for DeliveryStatus {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.code().cmp(other.code())
    }
}

impl PartialOrd for DeliveryStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Borrow<str> for DeliveryStatus {
    fn borrow(&self) -> &str {
        self.code()
    }
}

/// A broadcast's figures: delivery status → recipient language → count.
pub type Figures = BTreeMap<DeliveryStatus, BTreeMap<String, i64>>;

/// How many messages of `figures` are in `status`, all languages together.
pub fn count(figures: &Figures, status: DeliveryStatus) -> i64 {
    figures
        .get(&status)
        .map(|m| m.values().sum::<i64>())
        .unwrap_or(0)
}

/// An attachment, by Telegram file id: the text goes as its caption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Media {
    Photo(String),
    Document(String),
}

impl Media {
    pub(super) fn columns(&self) -> (&'static str, &str) {
        match self {
            Media::Photo(f) => ("photo", f),
            Media::Document(f) => ("document", f),
        }
    }

    pub(super) fn from_columns(kind: Option<String>, file: Option<String>) -> Option<Media> {
        let (kind, file) = kind.zip(file)?;
        Some(if kind == "photo" {
            Media::Photo(file)
        } else {
            Media::Document(file)
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Broadcast {
    pub id: i64,
    pub sender_id: i64,
    pub sender_chat: i64,
    pub audience: Audience,
    pub text: String,
    pub media: Option<Media>,
    /// Versions in other languages; the source language's is `text`.
    pub versions: BTreeMap<Lang, String>,
    pub status: Status,
    pub scheduled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub progress_message: Option<i64>,
}

impl Broadcast {
    /// The text a recipient whose language code is `lang` gets.
    pub fn text_for(&self, lang: &str) -> &str {
        Lang::exact(lang)
            .and_then(|l| self.versions.get(&l))
            .map(String::as_str)
            .unwrap_or(&self.text)
    }

    /// The versions in the order of their language codes (as shown).
    pub fn versions_by_code(&self) -> Vec<(Lang, &str)> {
        let mut v: Vec<(Lang, &str)> = self
            .versions
            .iter()
            .map(|(l, t)| (*l, t.as_str()))
            .collect();
        v.sort_by_key(|(l, _)| l.code());
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_shapes_stay_as_before() {
        let cases = [
            (Audience::Association(5), r#"{"Association":5}"#),
            (Audience::Everyone, r#""Everyone""#),
            (Audience::Language(Lang::Fr), r#"{"Language":"fr"}"#),
            (Audience::Topic(Topic::Housing), r#"{"Topic":"housing"}"#),
            (Audience::EventParticipants(9), r#"{"EventParticipants":9}"#),
        ];
        for (a, json) in cases {
            assert_eq!(serde_json::to_string(&a).unwrap(), json);
            assert_eq!(serde_json::from_str::<Audience>(json).unwrap(), a);
        }
        let versions: BTreeMap<Lang, String> =
            serde_json::from_str(r#"{"fr":"a","ar":"b"}"#).unwrap();
        assert_eq!(versions.get(&Lang::Ar).map(String::as_str), Some("b"));
        assert_eq!(
            serde_json::to_string(&versions).unwrap(),
            r#"{"fr":"a","ar":"b"}"#
        );
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()).unwrap(), s);
        }
        for s in DeliveryStatus::ALL {
            assert_eq!(DeliveryStatus::from_code(s.code()), Some(s));
        }
        let mut f = Figures::new();
        f.entry(DeliveryStatus::Sent)
            .or_default()
            .insert("en".into(), 2);
        assert!(f.contains_key("sent") && count(&f, DeliveryStatus::Sent) == 2);
    }
}
