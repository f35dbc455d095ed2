//! The buttons of the privacy screens.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    /// Download my data.
    Export,
    /// Delete my data: asks for confirmation.
    Erase,
    EraseYes,
    EraseNo,
}

impl Button {
    pub const ALL: [Button; 4] = [
        Button::Export,
        Button::Erase,
        Button::EraseYes,
        Button::EraseNo,
    ];

    pub fn data(&self) -> String {
        match self {
            Button::Export => "priv:export",
            Button::Erase => "priv:erase",
            Button::EraseYes => "priv:erase-yes",
            Button::EraseNo => "priv:erase-no",
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
        assert_eq!(Button::parse("priv:"), None);
        assert_eq!(Button::parse("privacy:ok"), None);
    }
}
