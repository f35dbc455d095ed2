//! Associations and roles: staff granted by admins, associations created by
//! staff, leaders invited by single-use links, members by multi-use links;
//! members mute, unmute or leave with one tap, and choose topics they follow.
//!
//! Every privileged button re-checks the role computed for this update
//! (`needs`, through `Ctx::require`), and so does every screen when drawn.
//!
//! - `staff`: admins granting and revoking staff;
//! - `manage`: staff creating associations and managing their leaders;
//! - `mine`: a leader's own association and its member link;
//! - `member`: memberships, followed topics, and invite links opened;
//! - `store`: the tables; `button`: callback data.

mod button;
mod manage;
mod member;
mod mine;
mod staff;
pub mod store;

use serde::{Deserialize, Serialize};

use self::button::Button;
pub use self::member::open_invite;
use crate::{
    access::Role,
    context::Ctx,
    dialogue::{Flow, State},
    telegram::{Screen, button},
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    StaffList,
    AddStaff,
    List,
    NewName,
    NewDescription {
        name: String,
    },
    /// `langs` are language codes.
    NewLanguages {
        name: String,
        description: String,
        langs: Vec<String>,
    },
    View {
        id: i64,
    },
    /// Staff confirm taking a leader's role away.
    RemoveLeader {
        id: i64,
        user: i64,
    },
    Mine,
    Memberships,
    Topics,
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Associations(step))
}

/// The role each step needs, checked again whenever it is drawn and
/// whenever something is pressed or typed there.
fn needs(step: &Step) -> Role {
    match step {
        Step::StaffList | Step::AddStaff => Role::Admin,
        Step::List
        | Step::NewName
        | Step::NewDescription { .. }
        | Step::NewLanguages { .. }
        | Step::View { .. }
        | Step::RemoveLeader { .. } => Role::Staff,
        Step::Mine => Role::Leader,
        Step::Memberships | Step::Topics => Role::Member,
    }
}

/// Main-menu rows of this feature, by role.
pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    let entry = |key: &str, b: Button| button(ctx.t(key), b.data());
    let mut rows = vec![];
    if ctx.require(Role::Leader).is_ok() {
        rows.push(vec![entry("menu-my-association", Button::Mine)]);
    }
    if ctx.require(Role::Staff).is_ok() {
        rows.push(vec![entry("menu-associations", Button::List)]);
    }
    if ctx.require(Role::Admin).is_ok() {
        rows.push(vec![entry("menu-staff", Button::Staff)]);
    }
    let mut mine = vec![entry("menu-topics", Button::Topics)];
    if store::is_member(ctx.db(), ctx.user.id).await? {
        mine.insert(0, entry("menu-memberships", Button::Memberships));
    }
    rows.push(mine);
    Ok(rows)
}

/// Menu buttons that open this feature; None if `data` is not one of them.
pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    let step = match Button::parse(data) {
        Some(Button::Mine) => Step::Mine,
        Some(Button::List) => Step::List,
        Some(Button::Staff) => Step::StaffList,
        Some(Button::Memberships) => Step::Memberships,
        Some(Button::Topics) => Step::Topics,
        _ => return Ok(None),
    };
    Ok(Some(match ctx.require(needs(&step)) {
        Ok(()) => goto(step),
        Err(denied) => Flow::Denied(denied),
    }))
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    // Whatever led here (a revoked role, a forged button, a sticker sent at
    // an old screen), nothing is shown to someone without the role.
    if let Err(denied) = ctx.require(needs(step)) {
        return Ok(Screen::new(ctx.t(denied.key())).row(ctx.home_row()));
    }
    match step {
        Step::StaffList => staff::list_screen(ctx).await,
        Step::AddStaff => Ok(Screen::new(ctx.t("staff-add-prompt")).row(ctx.nav_row())),
        Step::List => manage::list_screen(ctx).await,
        Step::NewName => Ok(Screen::new(ctx.t("assoc-name-prompt")).row(ctx.nav_row())),
        Step::NewDescription { .. } => Ok(manage::description_screen(ctx)),
        Step::NewLanguages { langs, .. } => Ok(manage::languages_screen(ctx, langs)),
        Step::View { id } => manage::view_screen(ctx, *id).await,
        Step::RemoveLeader { id, user } => manage::remove_leader_screen(ctx, *id, *user).await,
        Step::Mine => mine::screen(ctx).await,
        Step::Memberships => member::memberships_screen(ctx).await,
        Step::Topics => member::topics_screen(ctx).await,
    }
}

pub fn back(step: &Step) -> State {
    match step {
        Step::AddStaff => State::Associations(Step::StaffList),
        Step::NewName | Step::View { .. } => State::Associations(Step::List),
        Step::RemoveLeader { id, .. } => State::Associations(Step::View { id: *id }),
        Step::NewDescription { .. } => State::Associations(Step::NewName),
        Step::NewLanguages { name, .. } => {
            State::Associations(Step::NewDescription { name: name.clone() })
        }
        Step::StaffList | Step::List | Step::Mine | Step::Memberships | Step::Topics => State::Menu,
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(pressed) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    if let Err(denied) = ctx.require(needs(step)) {
        return Ok(Flow::Denied(denied));
    }
    match (step, pressed) {
        (Step::StaffList, Button::AddStaff) => Ok(goto(Step::AddStaff)),
        (Step::StaffList, Button::Unstaff(user)) => staff::revoke(ctx, user).await,
        (Step::List, Button::View(id)) => Ok(goto(Step::View { id })),
        (Step::List, Button::New) => Ok(goto(Step::NewName)),
        (Step::NewDescription { name }, Button::Skip) => Ok(goto(Step::NewLanguages {
            name: name.clone(),
            description: String::new(),
            langs: vec![],
        })),
        (
            Step::NewLanguages {
                name,
                description,
                langs,
            },
            b @ (Button::Lang(_) | Button::Create),
        ) => manage::on_languages(ctx, name, description, langs, b).await,
        (Step::View { id }, Button::LeaderInvite) => manage::leader_invite(ctx, *id).await,
        (Step::View { id }, Button::Unlead(user)) => Ok(goto(Step::RemoveLeader { id: *id, user })),
        (Step::View { id }, Button::RevokeLeaderInvites) => {
            manage::revoke_leader_invites(ctx, *id).await
        }
        (Step::RemoveLeader { id, user }, Button::UnleadYes) => {
            manage::remove_leader(ctx, *id, *user).await
        }
        (Step::Mine, b @ (Button::MemberInvite | Button::RevokeMemberInvites)) => {
            mine::on_link(ctx, b == Button::MemberInvite).await
        }
        (Step::Memberships, b @ (Button::Mute(_) | Button::Unmute(_) | Button::Leave(_))) => {
            member::on_membership(ctx, b).await
        }
        (Step::Topics, Button::Follow(t)) => member::toggle_topic(ctx, t).await,
        _ => Ok(Flow::Unexpected),
    }
}

pub async fn on_text(ctx: &mut Ctx, step: &Step, text: &str) -> anyhow::Result<Flow> {
    if let Err(denied) = ctx.require(needs(step)) {
        return Ok(Flow::Denied(denied));
    }
    let text = text.trim();
    match step {
        Step::AddStaff => staff::add(ctx, text).await,
        Step::NewName => Ok(manage::on_name(ctx, text)),
        Step::NewDescription { name } => Ok(manage::on_description(ctx, name, text)),
        _ => Ok(Flow::Unexpected),
    }
}

/// Steps where a long typed text is expected (they check its length).
pub fn accepts_long_text(step: &Step) -> bool {
    matches!(step, Step::NewDescription { .. })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_leads_one_step_up() {
        let at = State::Associations;
        assert_eq!(back(&Step::AddStaff), at(Step::StaffList));
        assert_eq!(back(&Step::View { id: 2 }), at(Step::List));
        assert_eq!(
            back(&Step::RemoveLeader { id: 2, user: 5 }),
            at(Step::View { id: 2 })
        );
        assert_eq!(
            back(&Step::NewLanguages {
                name: "A".into(),
                description: String::new(),
                langs: vec![]
            }),
            at(Step::NewDescription { name: "A".into() })
        );
        assert_eq!(back(&Step::Mine), State::Menu);
    }

    #[test]
    fn every_step_names_its_role() {
        assert_eq!(needs(&Step::StaffList), Role::Admin);
        assert_eq!(needs(&Step::NewName), Role::Staff);
        assert_eq!(needs(&Step::Mine), Role::Leader);
        assert_eq!(needs(&Step::Topics), Role::Member);
    }
}
