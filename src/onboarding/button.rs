//! The buttons of onboarding and of the language picker.

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    /// A language in the picker.
    Language(Lang),
    /// Accepting the privacy notice.
    Accept,
}

impl Button {
    pub fn data(&self) -> String {
        match self {
            Button::Language(l) => format!("lang:{}", l.code()),
            Button::Accept => "privacy:ok".into(),
        }
    }

    pub fn parse(data: &str) -> Option<Button> {
        if data == "privacy:ok" {
            return Some(Button::Accept);
        }
        let code = data.strip_prefix("lang:")?;
        Lang::exact(code).map(Button::Language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let all = Lang::ALL
            .into_iter()
            .map(Button::Language)
            .chain([Button::Accept]);
        for b in all {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
        for bad in ["lang:de", "lang:", "lang:IT", "privacy:", "menu:language"] {
            assert_eq!(Button::parse(bad), None, "{bad}");
        }
    }
}
