//! The association buttons: every `as:` callback datum is written and read
//! here, and nowhere else. The strings are those of earlier versions, so
//! buttons already in people's chats keep working.

use crate::{domain::Topic, i18n::Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    // The main menu.
    /// A leader's own association.
    Mine,
    /// Staff: every association.
    List,
    /// Admins: the staff.
    Staff,
    Memberships,
    Topics,
    // Admins granting staff.
    AddStaff,
    /// Take staff rights away from this user.
    Unstaff(i64),
    // Staff managing associations.
    View(i64),
    New,
    /// No description.
    Skip,
    /// Toggle a language of the association being created.
    Lang(Lang),
    Create,
    LeaderInvite,
    /// Ask to take the leader role away from this user.
    Unlead(i64),
    /// Confirm it.
    UnleadYes,
    RevokeLeaderInvites,
    // A leader's own association.
    MemberInvite,
    RevokeMemberInvites,
    // A member's associations and topics (by association id).
    Mute(i64),
    Unmute(i64),
    Leave(i64),
    Follow(Topic),
}

const PREFIX: &str = "as:";

impl Button {
    pub fn data(&self) -> String {
        let rest = match self {
            Button::Mine => "mine".to_owned(),
            Button::List => "list".to_owned(),
            Button::Staff => "staff".to_owned(),
            Button::Memberships => "memberships".to_owned(),
            Button::Topics => "topics".to_owned(),
            Button::AddStaff => "addstaff".to_owned(),
            Button::Unstaff(id) => format!("unstaff:{id}"),
            Button::View(id) => format!("view:{id}"),
            Button::New => "new".to_owned(),
            Button::Skip => "skip".to_owned(),
            Button::Lang(l) => format!("lang:{}", l.code()),
            Button::Create => "create".to_owned(),
            Button::LeaderInvite => "leaderinv".to_owned(),
            Button::Unlead(user) => format!("unlead:{user}"),
            Button::UnleadYes => "unleadyes".to_owned(),
            Button::RevokeLeaderInvites => "revokelead".to_owned(),
            Button::MemberInvite => "memberinv".to_owned(),
            Button::RevokeMemberInvites => "revokeinv".to_owned(),
            Button::Mute(id) => format!("mute:{id}"),
            Button::Unmute(id) => format!("unmute:{id}"),
            Button::Leave(id) => format!("leave:{id}"),
            Button::Follow(t) => format!("follow:{}", t.code()),
        };
        format!("{PREFIX}{rest}")
    }

    /// The button `data` stands for; None for anything else (another
    /// feature's button, a forged or garbled one).
    pub fn parse(data: &str) -> Option<Button> {
        let rest = data.strip_prefix(PREFIX)?;
        let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
        let id = || arg.parse::<i64>().ok();
        Some(match (verb, arg) {
            ("mine", "") => Button::Mine,
            ("list", "") => Button::List,
            ("staff", "") => Button::Staff,
            ("memberships", "") => Button::Memberships,
            ("topics", "") => Button::Topics,
            ("addstaff", "") => Button::AddStaff,
            ("unstaff", _) => Button::Unstaff(id()?),
            ("view", _) => Button::View(id()?),
            ("new", "") => Button::New,
            ("skip", "") => Button::Skip,
            ("lang", code) => Button::Lang(Lang::exact(code)?),
            ("create", "") => Button::Create,
            ("leaderinv", "") => Button::LeaderInvite,
            ("unlead", _) => Button::Unlead(id()?),
            ("unleadyes", "") => Button::UnleadYes,
            ("revokelead", "") => Button::RevokeLeaderInvites,
            ("memberinv", "") => Button::MemberInvite,
            ("revokeinv", "") => Button::RevokeMemberInvites,
            ("mute", _) => Button::Mute(id()?),
            ("unmute", _) => Button::Unmute(id()?),
            ("leave", _) => Button::Leave(id()?),
            ("follow", code) => Button::Follow(Topic::from_code(code)?),
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
            Button::Mine,
            Button::List,
            Button::Staff,
            Button::Memberships,
            Button::Topics,
            Button::AddStaff,
            Button::Unstaff(i64::MAX),
            Button::View(i64::MIN),
            Button::New,
            Button::Skip,
            Button::Create,
            Button::LeaderInvite,
            Button::Unlead(i64::MAX),
            Button::UnleadYes,
            Button::RevokeLeaderInvites,
            Button::MemberInvite,
            Button::RevokeMemberInvites,
            Button::Mute(i64::MAX),
            Button::Unmute(1),
            Button::Leave(i64::MIN),
        ];
        all.extend(Lang::ALL.map(Button::Lang));
        all.extend(Topic::ALL.iter().map(|t| Button::Follow(*t)));
        for b in all {
            let data = b.data();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(b), "{data}");
        }
    }

    #[test]
    fn todays_strings() {
        assert_eq!(Button::Mine.data(), "as:mine");
        assert_eq!(Button::Unmute(3).data(), "as:unmute:3");
        assert_eq!(Button::Lang(Lang::It).data(), "as:lang:it");
        assert_eq!(Button::Follow(Topic::Work).data(), "as:follow:work");
        for bad in ["", "as:", "as:view:x", "as:lang:xx", "as:mine:1", "bc:new"] {
            assert_eq!(Button::parse(bad), None, "{bad}");
        }
    }
}
