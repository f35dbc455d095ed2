//! What an event is.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{access::OpenTo, domain::Topic, i18n::Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Workshop,
    Training,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Workshop, Kind::Training, Kind::Other];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Workshop => "workshop",
            Kind::Training => "training",
            Kind::Other => "other",
        }
    }

    pub fn from_code(s: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
}

/// Who may see and join an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    Everyone,
    /// Members of the organising association.
    Members,
    /// Association leaders only (typical of training meetings).
    Leaders,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Everyone, Audience::Members, Audience::Leaders];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Everyone => "everyone",
            Audience::Members => "members",
            Audience::Leaders => "leaders",
        }
    }

    pub fn from_code(s: &str) -> Option<Audience> {
        Audience::ALL
            .into_iter()
            .find(|a| a.code().eq_ignore_ascii_case(s.trim()))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: i64,
    pub kind: Kind,
    pub topic: Topic,
    pub association_id: Option<i64>,
    pub audience: Audience,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub coords: Option<(f64, f64)>,
    pub online_url: String,
    pub capacity: i64,
    pub languages: Vec<String>,
    pub texts: BTreeMap<String, Texts>,
    pub cancelled: bool,
    pub created_by: i64,
}

impl Event {
    /// Texts in `lang`, else the source language's (Italian), else any; the
    /// flag says it fell back.
    pub fn texts_in(&self, lang: Lang) -> (Texts, bool) {
        texts_in(&self.texts, lang)
    }

    /// Who the event is open to, in the terms of `access`: "members" of an
    /// event no association organises means everyone.
    pub fn open_to(&self) -> OpenTo {
        match (self.audience, self.association_id) {
            (Audience::Everyone, _) | (Audience::Members, None) => OpenTo::Everyone,
            (Audience::Leaders, _) => OpenTo::Leaders,
            (Audience::Members, Some(a)) => OpenTo::MembersOf(a),
        }
    }
}

/// Texts in `lang`, else the source language's (Italian), else any; the
/// flag says it fell back.
pub fn texts_in(texts: &BTreeMap<String, Texts>, lang: Lang) -> (Texts, bool) {
    if let Some(t) = texts.get(lang.code()).filter(|t| !t.title.is_empty()) {
        return (t.clone(), false);
    }
    let t = texts
        .get(Lang::SOURCE.code())
        .or_else(|| texts.values().next())
        .cloned()
        .unwrap_or_default();
    (t, true)
}

/// Limits that keep a typed capacity sensible.
pub const MAX_CAPACITY: i64 = 5000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_of_no_association_means_everyone() {
        let mut e = Event {
            id: 1,
            kind: Kind::Workshop,
            topic: Topic::Work,
            association_id: None,
            audience: Audience::Members,
            starts_at: DateTime::<Utc>::default(),
            ends_at: DateTime::<Utc>::default(),
            place: String::new(),
            coords: None,
            online_url: String::new(),
            capacity: 1,
            languages: vec![],
            texts: BTreeMap::new(),
            cancelled: false,
            created_by: 0,
        };
        assert_eq!(e.open_to(), OpenTo::Everyone);
        e.association_id = Some(4);
        assert_eq!(e.open_to(), OpenTo::MembersOf(4));
        e.audience = Audience::Leaders;
        assert_eq!(e.open_to(), OpenTo::Leaders);
        e.audience = Audience::Everyone;
        assert_eq!(e.open_to(), OpenTo::Everyone);
    }
}
