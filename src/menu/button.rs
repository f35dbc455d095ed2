//! The main menu's own buttons; each feature spells its own entries.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    Language,
    Help,
    Privacy,
}

impl Button {
    pub const ALL: [Button; 3] = [Button::Language, Button::Help, Button::Privacy];

    pub fn data(&self) -> String {
        match self {
            Button::Language => "menu:language",
            Button::Help => "menu:help",
            Button::Privacy => "menu:privacy",
        }
        .into()
    }

    pub fn parse(data: &str) -> Option<Button> {
        Button::ALL.into_iter().find(|b| b.data() == data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        for b in Button::ALL {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
        assert_eq!(Button::parse("menu:"), None);
        assert_eq!(Button::parse("menu:services"), None);
    }
}
