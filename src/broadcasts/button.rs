//! The announcement buttons: every `bc:` callback datum is written and read
//! here, and nowhere else. The strings are those of earlier versions, so
//! buttons already in people's chats keep working.

use crate::{domain::Topic, i18n::Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    /// "📣 New announcement" (menu, a leader's association screen).
    New,
    /// The announcement history (menu, a leader's association screen).
    History,
    /// Staff's audience choices.
    ToEveryone,
    ToAssociation,
    ToLanguage,
    ToTopic,
    /// An association, a language or a topic picked as the audience.
    Association(i64),
    Language(Lang),
    Topic(Topic),
    /// On the preview.
    SendNow,
    Later,
    AddVersion,
    /// The language of a version being added.
    VersionLang(Lang),
    Confirm,
    /// Withdraw a scheduled announcement (history).
    Unschedule(i64),
}

const PREFIX: &str = "bc:";

impl Button {
    pub fn data(&self) -> String {
        let rest = match self {
            Button::New => "new".to_owned(),
            Button::History => "history".to_owned(),
            Button::ToEveryone => "aud:all".to_owned(),
            Button::ToAssociation => "aud:assoc".to_owned(),
            Button::ToLanguage => "aud:lang".to_owned(),
            Button::ToTopic => "aud:topic".to_owned(),
            Button::Association(id) => format!("assoc:{id}"),
            Button::Language(l) => format!("lang:{}", l.code()),
            Button::Topic(t) => format!("topic:{}", t.code()),
            Button::SendNow => "now".to_owned(),
            Button::Later => "later".to_owned(),
            Button::AddVersion => "version".to_owned(),
            Button::VersionLang(l) => format!("vlang:{}", l.code()),
            Button::Confirm => "confirm".to_owned(),
            Button::Unschedule(id) => format!("unschedule:{id}"),
        };
        format!("{PREFIX}{rest}")
    }

    /// The button `data` stands for; None for anything else (another
    /// feature's button, a forged or garbled one).
    pub fn parse(data: &str) -> Option<Button> {
        let rest = data.strip_prefix(PREFIX)?;
        let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
        let lang = || Lang::exact(arg);
        Some(match (verb, arg) {
            ("new", "") => Button::New,
            ("history", "") => Button::History,
            ("aud", "all") => Button::ToEveryone,
            ("aud", "assoc") => Button::ToAssociation,
            ("aud", "lang") => Button::ToLanguage,
            ("aud", "topic") => Button::ToTopic,
            ("assoc", id) => Button::Association(id.parse().ok()?),
            ("lang", _) => Button::Language(lang()?),
            ("topic", code) => Button::Topic(Topic::from_code(code)?),
            ("now", "") => Button::SendNow,
            ("later", "") => Button::Later,
            ("version", "") => Button::AddVersion,
            ("vlang", _) => Button::VersionLang(lang()?),
            ("confirm", "") => Button::Confirm,
            ("unschedule", id) => Button::Unschedule(id.parse().ok()?),
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
            Button::New,
            Button::History,
            Button::ToEveryone,
            Button::ToAssociation,
            Button::ToLanguage,
            Button::ToTopic,
            Button::Association(i64::MAX),
            Button::Association(i64::MIN),
            Button::SendNow,
            Button::Later,
            Button::AddVersion,
            Button::Confirm,
            Button::Unschedule(i64::MAX),
        ];
        all.extend(Lang::ALL.map(Button::Language));
        all.extend(Lang::ALL.map(Button::VersionLang));
        all.extend(Topic::ALL.iter().map(|t| Button::Topic(*t)));
        for b in all {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
    }

    #[test]
    fn todays_strings() {
        assert_eq!(Button::New.data(), "bc:new");
        assert_eq!(Button::History.data(), "bc:history");
        assert_eq!(Button::ToEveryone.data(), "bc:aud:all");
        assert_eq!(Button::Unschedule(7).data(), "bc:unschedule:7");
        assert_eq!(Button::VersionLang(Lang::Fr).data(), "bc:vlang:fr");
        for bad in [
            "",
            "bc:",
            "bc:aud:x",
            "bc:assoc:x",
            "bc:lang:xx",
            "as:new",
            "bc:new:1",
        ] {
            assert_eq!(Button::parse(bad), None, "{bad}");
        }
    }
}
