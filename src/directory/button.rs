//! Every button of the directory, and the two main-menu entries it owns: the
//! one place that spells their callback data. The strings are those of
//! earlier versions, so buttons already in people's chats keep working.

use super::{
    model::{Region, Subtopic},
    store::Contribution,
};
use crate::domain::Topic;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Button {
    /// Main menu: the services directory.
    Services,
    /// Main menu: the staff inbox of reports and gaps.
    Inbox,
    Topic(Topic),
    Subtopic(Subtopic),
    /// A city, by its position in the area's sorted list.
    City(usize),
    /// "Near me": ask for a location.
    NearMe,
    Page(usize),
    /// Open the card of this service (one of those on the page).
    Open(String),
    Map,
    Vote {
        up: bool,
    },
    /// Report wrong information on the card.
    Report,
    /// Tell us what was not found.
    Gap,
    /// Staff: mark a report or gap handled.
    Handled(Contribution, i64),
    /// The answer to "which region?": a region, or None to skip.
    Region(Option<Region>),
}

impl Button {
    pub fn data(&self) -> String {
        match self {
            Button::Services => "menu:services".into(),
            Button::Inbox => "menu:inbox".into(),
            Button::Topic(t) => format!("dir:t:{}", t.code()),
            Button::Subtopic(s) => format!("dir:s:{}", s.code()),
            Button::City(i) => format!("dir:c:{i}"),
            Button::NearMe => "dir:near".into(),
            Button::Page(p) => format!("dir:p:{p}"),
            Button::Open(id) => format!("dir:o:{id}"),
            Button::Map => "dir:map".into(),
            Button::Vote { up: true } => "dir:vote:up".into(),
            Button::Vote { up: false } => "dir:vote:down".into(),
            Button::Report => "dir:report".into(),
            Button::Gap => "dir:gap".into(),
            Button::Handled(kind, id) => format!("dir:done:{}:{id}", letter(*kind)),
            Button::Region(Some(r)) => format!("dir:r:{}", r.code()),
            Button::Region(None) => "dir:r:-".into(),
        }
    }

    pub fn parse(data: &str) -> Option<Button> {
        match data {
            "menu:services" => return Some(Button::Services),
            "menu:inbox" => return Some(Button::Inbox),
            _ => {}
        }
        let rest = data.strip_prefix("dir:")?;
        let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
        Some(match (verb, arg) {
            ("t", code) => Button::Topic(Topic::from_code(code)?),
            ("s", code) => Button::Subtopic(Subtopic::from_code(code)?),
            ("c", i) => Button::City(i.parse().ok()?),
            ("near", "") => Button::NearMe,
            ("p", p) => Button::Page(p.parse().ok()?),
            ("o", id) if !id.is_empty() => Button::Open(id.to_owned()),
            ("map", "") => Button::Map,
            ("vote", "up") => Button::Vote { up: true },
            ("vote", "down") => Button::Vote { up: false },
            ("report", "") => Button::Report,
            ("gap", "") => Button::Gap,
            ("r", "-") => Button::Region(None),
            ("r", code) if !code.is_empty() => Button::Region(Some(Region::from_code(code)?)),
            ("done", rest) => {
                let (kind, id) = rest.split_once(':')?;
                let kind = match kind {
                    "r" => Contribution::Report,
                    "g" => Contribution::Gap,
                    _ => return None,
                };
                Button::Handled(kind, id.parse().ok()?)
            }
            _ => return None,
        })
    }
}

/// The letter of a report ("r") or gap ("g") in the staff inbox's buttons.
fn letter(kind: Contribution) -> &'static str {
    match kind {
        Contribution::Report => "r",
        Contribution::Gap => "g",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::import::MAX_ID_LEN;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let mut all = vec![
            Button::Services,
            Button::Inbox,
            Button::City(0),
            Button::City(usize::MAX),
            Button::NearMe,
            Button::Page(0),
            Button::Page(usize::MAX),
            Button::Open("stp-torino".into()),
            Button::Open("x".repeat(MAX_ID_LEN)),
            Button::Map,
            Button::Vote { up: true },
            Button::Vote { up: false },
            Button::Report,
            Button::Gap,
            Button::Handled(Contribution::Report, 1),
            Button::Handled(Contribution::Gap, i64::MAX),
            Button::Handled(Contribution::Gap, -1),
        ];
        all.extend(Topic::ALL.iter().map(|t| Button::Topic(*t)));
        all.extend(Subtopic::ALL.iter().map(|s| Button::Subtopic(*s)));
        all.extend(Region::ALL.iter().map(|r| Button::Region(Some(*r))));
        all.push(Button::Region(None));
        for b in all {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
    }

    #[test]
    fn keeps_the_old_strings_and_refuses_others() {
        assert_eq!(
            Button::parse("dir:done:r:7"),
            Some(Button::Handled(Contribution::Report, 7))
        );
        assert_eq!(
            Button::parse("dir:t:health"),
            Some(Button::Topic(Topic::Health))
        );
        for bad in [
            "",
            "dir:",
            "dir:t:nope",
            "dir:c:x",
            "dir:o:",
            "dir:vote:maybe",
            "dir:done:x:1",
            "dir:done:r:",
            "dir:done:r",
            "dir:r:mars",
            "dir:r:x",
            "dir:r",
            "dir:r:",
            "dir:r:--",
            "menu:servicesx",
            "ev:list",
        ] {
            assert_eq!(Button::parse(bad), None, "{bad}");
        }
    }
}
