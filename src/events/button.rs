//! Every button of the events feature, typed. `data()` writes the callback
//! data and `parse()` reads it back; nothing else in the feature spells a
//! callback string. The strings are those the bot has always sent, so
//! buttons already in people's chats keep working.

use super::model::{Audience, Kind};
use crate::{domain::Topic, i18n::Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    // ---- main menu ----
    List,
    Mine,
    Manage,
    // ---- browsing ----
    /// Opens the card of an event (from the list or "my sign-ups").
    Open(i64),
    /// Filters the list by topic (pressed again: no filter).
    Topic(Topic),
    Page(usize),
    Map,
    SignUp,
    /// Asks to confirm giving up one's place.
    CancelPlace,
    CancelPlaceYes,
    /// "I can't come", on a reminder or a promotion notice: works from any
    /// screen.
    CantCome(i64),
    // ---- organising ----
    Organise(i64),
    New,
    Csv,
    Attendance,
    /// Flips the attendance mark of this user.
    Attended(i64),
    EditTime,
    EditPlace,
    /// Asks to confirm cancelling the event.
    CancelEvent,
    CancelEventYes,
    // ---- the creation wizard ----
    Kind(Kind),
    EventTopic(Topic),
    SkipDescription,
    Language(Lang),
    LanguagesDone,
    Audience(Audience),
    Create,
}

impl Button {
    pub fn data(&self) -> String {
        match self {
            Button::List => "ev:list".into(),
            Button::Mine => "ev:mine".into(),
            Button::Manage => "ev:manage".into(),
            Button::Open(id) => format!("ev:open:{id}"),
            Button::Topic(t) => format!("ev:topic:{}", t.code()),
            Button::Page(p) => format!("ev:page:{p}"),
            Button::Map => "ev:map".into(),
            Button::SignUp => "ev:signup".into(),
            Button::CancelPlace => "ev:cancel".into(),
            Button::CancelPlaceYes => "ev:cancelyes".into(),
            Button::CantCome(id) => format!("ev:cantcome:{id}"),
            Button::Organise(id) => format!("ev:org:{id}"),
            Button::New => "ev:new".into(),
            Button::Csv => "ev:csv".into(),
            Button::Attendance => "ev:attendance".into(),
            Button::Attended(user) => format!("ev:att:{user}"),
            Button::EditTime => "ev:edittime".into(),
            Button::EditPlace => "ev:editplace".into(),
            Button::CancelEvent => "ev:cancelevent?".into(),
            Button::CancelEventYes => "ev:cancelevent".into(),
            Button::Kind(k) => format!("ev:kind:{}", k.code()),
            Button::EventTopic(t) => format!("ev:etopic:{}", t.code()),
            Button::SkipDescription => "ev:skip".into(),
            Button::Language(l) => format!("ev:lang:{}", l.code()),
            Button::LanguagesDone => "ev:langsdone".into(),
            Button::Audience(a) => format!("ev:aud:{}", a.code()),
            Button::Create => "ev:create".into(),
        }
    }

    /// The button `data` stands for; None for anything that is not one of
    /// this feature's buttons (or is malformed).
    pub fn parse(data: &str) -> Option<Button> {
        let rest = data.strip_prefix("ev:")?;
        let (verb, arg) = match rest.split_once(':') {
            Some((v, a)) => (v, Some(a)),
            None => (rest, None),
        };
        let id = || arg.and_then(|a| a.parse::<i64>().ok());
        Some(match (verb, arg) {
            ("list", None) => Button::List,
            ("mine", None) => Button::Mine,
            ("manage", None) => Button::Manage,
            ("open", _) => Button::Open(id()?),
            ("topic", Some(a)) => Button::Topic(Topic::from_code(a)?),
            ("page", Some(a)) => Button::Page(a.parse().ok()?),
            ("map", None) => Button::Map,
            ("signup", None) => Button::SignUp,
            ("cancel", None) => Button::CancelPlace,
            ("cancelyes", None) => Button::CancelPlaceYes,
            ("cantcome", _) => Button::CantCome(id()?),
            ("org", _) => Button::Organise(id()?),
            ("new", None) => Button::New,
            ("csv", None) => Button::Csv,
            ("attendance", None) => Button::Attendance,
            ("att", _) => Button::Attended(id()?),
            ("edittime", None) => Button::EditTime,
            ("editplace", None) => Button::EditPlace,
            ("cancelevent?", None) => Button::CancelEvent,
            ("cancelevent", None) => Button::CancelEventYes,
            ("kind", Some(a)) => Button::Kind(Kind::from_code(a)?),
            ("etopic", Some(a)) => Button::EventTopic(Topic::from_code(a)?),
            ("skip", None) => Button::SkipDescription,
            ("lang", Some(a)) => Button::Language(Lang::exact(a)?),
            ("langsdone", None) => Button::LanguagesDone,
            ("aud", Some(a)) => Button::Audience(Audience::from_code(a)?),
            ("create", None) => Button::Create,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let mut all = vec![
            Button::List,
            Button::Mine,
            Button::Manage,
            Button::Open(i64::MAX),
            Button::Open(-1),
            Button::Page(usize::MAX),
            Button::Map,
            Button::SignUp,
            Button::CancelPlace,
            Button::CancelPlaceYes,
            Button::CantCome(i64::MAX),
            Button::Organise(i64::MAX),
            Button::New,
            Button::Csv,
            Button::Attendance,
            Button::Attended(i64::MAX),
            Button::EditTime,
            Button::EditPlace,
            Button::CancelEvent,
            Button::CancelEventYes,
            Button::SkipDescription,
            Button::LanguagesDone,
            Button::Create,
        ];
        for t in Topic::ALL {
            all.push(Button::Topic(*t));
            all.push(Button::EventTopic(*t));
        }
        all.extend(Kind::ALL.map(Button::Kind));
        all.extend(Lang::ALL.map(Button::Language));
        all.extend(Audience::ALL.map(Button::Audience));
        for b in all {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
    }

    #[test]
    fn today_s_strings_still_parse() {
        assert_eq!(Button::parse("ev:cantcome:42"), Some(Button::CantCome(42)));
        assert_eq!(Button::parse("ev:cancelevent?"), Some(Button::CancelEvent));
        assert_eq!(
            Button::parse("ev:cancelevent"),
            Some(Button::CancelEventYes)
        );
        assert_eq!(Button::parse("ev:cantcome:x"), None);
        assert_eq!(Button::parse("ev:signup:1"), None);
        assert_eq!(Button::parse("fb:r:1:5"), None);
    }
}
