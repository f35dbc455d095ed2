//! Associations and roles: staff granted by admins, associations created by
//! staff, leaders invited by single-use links, members by multi-use links;
//! members mute, unmute or leave with one tap, and choose topics they follow.
//!
//! Every privileged button re-checks the role computed for this update.

pub mod store;

use chrono::Duration;
use serde::{Deserialize, Serialize};

use self::store::{InviteKind, Redeem};
use crate::{
    access::Role,
    context::Ctx,
    dialogue::{Flow, State},
    directory::model::Topic,
    domain::StartPayload,
    i18n::Lang,
    telegram::{Screen, button, escape},
};

/// How long a leader invite stays valid.
const LEADER_INVITE_DAYS: i64 = 7;
const MAX_NAME: usize = 80;
const MAX_DESCRIPTION: usize = 500;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    StaffList,
    AddStaff,
    List,
    NewName,
    NewDescription {
        name: String,
    },
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

fn invite_link(ctx: &Ctx, kind: InviteKind, code: &str) -> String {
    format!(
        "https://t.me/{}?start={}{}",
        ctx.app.bot_username,
        kind.prefix(),
        code
    )
}

/// Main-menu rows of this feature, by role.
pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    let mut rows = vec![];
    if ctx.leads.is_some() {
        rows.push(vec![button(ctx.t("menu-my-association"), "as:mine")]);
    }
    if ctx.role.at_least(Role::Staff) {
        rows.push(vec![button(ctx.t("menu-associations"), "as:list")]);
    }
    if ctx.role == Role::Admin {
        rows.push(vec![button(ctx.t("menu-staff"), "as:staff")]);
    }
    let mut mine = vec![button(ctx.t("menu-topics"), "as:topics")];
    if !store::memberships(ctx.db(), ctx.user.id).await?.is_empty() {
        mine.insert(0, button(ctx.t("menu-memberships"), "as:memberships"));
    }
    rows.push(mine);
    Ok(rows)
}

/// Menu buttons that open this feature; None if `data` is not one of them.
pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    let (step, needed) = match data {
        "as:mine" => (Step::Mine, Role::Leader),
        "as:list" => (Step::List, Role::Staff),
        "as:staff" => (Step::StaffList, Role::Admin),
        "as:memberships" => (Step::Memberships, Role::Member),
        "as:topics" => (Step::Topics, Role::Member),
        _ => return Ok(None),
    };
    Ok(Some(require(ctx, needed, goto(step)).await?))
}

/// Whether the user has `role` now (a leader must lead, staff must be at
/// least staff).
fn has(ctx: &Ctx, role: Role) -> bool {
    match role {
        Role::Leader => ctx.leads.is_some(),
        r => ctx.role.at_least(r),
    }
}

/// What a user without `role` is told.
fn refusal(role: Role) -> &'static str {
    match role {
        Role::Admin => "only-admins",
        Role::Staff => "staff-only",
        _ => "only-leaders",
    }
}

/// The role each step needs, checked again whenever it is drawn.
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

/// `flow` if the user has `role` now, otherwise an explanation and the
/// main menu.
async fn require(ctx: &Ctx, role: Role, flow: Flow) -> anyhow::Result<Flow> {
    if has(ctx, role) {
        return Ok(flow);
    }
    ctx.say(&ctx.t(refusal(role))).await?;
    Ok(Flow::Goto(State::Menu))
}

fn lang_list(codes: &[String]) -> String {
    codes
        .iter()
        .filter_map(|c| Lang::from_code(c))
        .map(|l| l.native_name().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    let db = ctx.db();
    // Whatever led here (a revoked role, a forged button, a sticker sent at
    // an old screen), nothing is shown to someone without the role.
    if !has(ctx, needs(step)) {
        return Ok(Screen::new(ctx.t(refusal(needs(step)))).row(ctx.home_row()));
    }
    Ok(match step {
        Step::StaffList => {
            let staff = store::staff_list(db).await?;
            let mut text = ctx.t("staff-title");
            let mut s = Screen::new(String::new());
            for (id, name) in &staff {
                text.push_str(&format!("\n• {} ({id})", escape(name)));
                s = s.button(
                    ctx.tf("staff-revoke", &[("name", name.clone().into())]),
                    format!("as:unstaff:{id}"),
                );
            }
            if staff.is_empty() {
                text.push_str(&format!("\n{}", ctx.t("staff-none")));
            }
            s.text = text;
            s.button(ctx.t("staff-add"), "as:addstaff")
                .row(ctx.nav_row())
        }
        Step::AddStaff => Screen::new(ctx.t("staff-add-prompt")).row(ctx.nav_row()),
        Step::List => {
            let all = store::all(db).await?;
            let buttons = all
                .iter()
                .map(|a| button(a.name.clone(), format!("as:view:{}", a.id)))
                .collect();
            let text = if all.is_empty() {
                ctx.t("assoc-none")
            } else {
                ctx.t("assoc-list")
            };
            Screen::new(text)
                .grid(buttons, 1)
                .button(ctx.t("assoc-new"), "as:new")
                .row(ctx.nav_row())
        }
        Step::NewName => Screen::new(ctx.t("assoc-name-prompt")).row(ctx.nav_row()),
        Step::NewDescription { .. } => Screen::new(ctx.t("assoc-description-prompt"))
            .button(ctx.t("assoc-skip"), "as:skip")
            .row(ctx.nav_row()),
        Step::NewLanguages { langs, .. } => {
            let buttons = crate::telegram::language_toggles(langs, "as:lang:");
            Screen::new(ctx.t("assoc-languages-prompt"))
                .grid(buttons, 2)
                .button(ctx.t("assoc-create"), "as:create")
                .row(ctx.nav_row())
        }
        Step::View { id } => match store::get(db, *id).await? {
            None => Screen::new(ctx.t("assoc-gone")).row(ctx.nav_row()),
            Some(a) => {
                let leaders = store::leaders(db, a.id).await?;
                let names: Vec<String> = leaders.iter().map(|l| escape(&l.1)).collect();
                let text = ctx.tf(
                    "assoc-view",
                    &[
                        ("name", escape(&a.name).into()),
                        ("description", escape(&a.description).into()),
                        ("languages", lang_list(&a.languages).into()),
                        ("members", store::member_count(db, a.id).await?.into()),
                        (
                            "leaders",
                            if names.is_empty() {
                                "—".to_owned()
                            } else {
                                names.join(", ")
                            }
                            .into(),
                        ),
                    ],
                );
                let open = store::open_leader_invites(db, a.id, ctx.now()).await?;
                let mut s = Screen::new(text).button(ctx.t("assoc-leader-invite"), "as:leaderinv");
                for (user, name) in &leaders {
                    s = s.button(
                        ctx.tf("assoc-remove-leader", &[("name", name.clone().into())]),
                        format!("as:unlead:{user}"),
                    );
                }
                if open > 0 {
                    s = s.button(
                        ctx.tf("assoc-revoke-leader-invites", &[("count", open.into())]),
                        "as:revokelead",
                    );
                }
                s.row(ctx.nav_row())
            }
        },
        Step::RemoveLeader { id, user } => {
            let leaders = store::leaders(db, *id).await?;
            match (
                store::get(db, *id).await?,
                leaders.iter().find(|l| l.0 == *user),
            ) {
                (Some(a), Some((_, name))) => Screen::new(ctx.tf(
                    "assoc-remove-leader-confirm",
                    &[
                        ("name", escape(name).into()),
                        ("association", escape(&a.name).into()),
                    ],
                ))
                .button(ctx.t("assoc-remove-leader-yes"), "as:unleadyes")
                .row(ctx.nav_row()),
                _ => Screen::new(ctx.t("assoc-gone")).row(ctx.nav_row()),
            }
        }
        Step::Mine => match ctx.leads.map(|id| store::get(db, id)) {
            None => Screen::new(ctx.t("only-leaders")).row(ctx.nav_row()),
            Some(fut) => {
                let Some(a) = fut.await? else {
                    return Ok(Screen::new(ctx.t("assoc-gone")).row(ctx.nav_row()));
                };
                let invite = store::active_member_invite(db, a.id).await?;
                let link = match &invite {
                    Some(code) => ctx.tf(
                        "assoc-member-link",
                        &[("link", invite_link(ctx, InviteKind::Member, code).into())],
                    ),
                    None => ctx.t("assoc-no-member-link"),
                };
                let text = format!(
                    "{}\n\n{link}",
                    ctx.tf(
                        "assoc-mine",
                        &[
                            ("name", escape(&a.name).into()),
                            ("members", store::member_count(db, a.id).await?.into())
                        ]
                    )
                );
                // The router puts the announcement buttons on top.
                let mut s = Screen::new(text);
                s = match invite {
                    Some(_) => s.button(ctx.t("assoc-revoke-link"), "as:revokeinv"),
                    None => s.button(ctx.t("assoc-create-link"), "as:memberinv"),
                };
                s.row(ctx.nav_row())
            }
        },
        Step::Memberships => {
            let list = store::memberships(db, ctx.user.id).await?;
            let mut s = Screen::new(if list.is_empty() {
                ctx.t("memberships-none")
            } else {
                ctx.t("memberships-title")
            });
            for (a, muted) in &list {
                let (label, data) = if *muted {
                    (
                        ctx.tf("memberships-unmute", &[("name", a.name.clone().into())]),
                        format!("as:unmute:{}", a.id),
                    )
                } else {
                    (
                        ctx.tf("memberships-mute", &[("name", a.name.clone().into())]),
                        format!("as:mute:{}", a.id),
                    )
                };
                s = s.row(vec![
                    button(label, data),
                    button(ctx.t("memberships-leave"), format!("as:leave:{}", a.id)),
                ]);
            }
            s.row(ctx.nav_row())
        }
        Step::Topics => {
            let followed = store::follows(db, ctx.user.id).await?;
            let buttons = Topic::ALL
                .iter()
                .map(|t| {
                    crate::telegram::check_button(
                        followed.iter().any(|f| f == t.code()),
                        &crate::directory::topic_label(ctx, *t),
                        format!("as:follow:{}", t.code()),
                    )
                })
                .collect();
            Screen::new(ctx.t("topics-prompt"))
                .grid(buttons, 1)
                .row(ctx.nav_row())
        }
    })
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
        _ => State::Menu,
    }
}

fn arg_id(arg: &str) -> Option<i64> {
    arg.parse().ok()
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(rest) = data.strip_prefix("as:") else {
        return Ok(Flow::Unexpected);
    };
    let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
    let db = ctx.db().clone();
    let now = ctx.now();
    match (step, verb) {
        (Step::StaffList, "addstaff") => require(ctx, Role::Admin, goto(Step::AddStaff)).await,
        (Step::StaffList, "unstaff") => {
            let flow = require(ctx, Role::Admin, goto(Step::StaffList)).await?;
            if matches!(flow, Flow::Goto(State::Associations(_))) {
                let Some(id) = arg_id(arg) else {
                    return Ok(Flow::Unexpected);
                };
                if !store::revoke_staff(&db, id).await? {
                    return Ok(Flow::Unexpected);
                }
            }
            Ok(flow)
        }
        (Step::List, "view") => match arg_id(arg) {
            Some(id) => require(ctx, Role::Staff, goto(Step::View { id })).await,
            None => Ok(Flow::Unexpected),
        },
        (Step::List, "new") => require(ctx, Role::Staff, goto(Step::NewName)).await,
        (Step::NewDescription { name }, "skip") => {
            require(
                ctx,
                Role::Staff,
                goto(Step::NewLanguages {
                    name: name.clone(),
                    description: String::new(),
                    langs: vec![],
                }),
            )
            .await
        }
        (
            Step::NewLanguages {
                name,
                description,
                langs,
            },
            "lang",
        ) => {
            let Some(l) = Lang::ALL.iter().find(|l| l.code() == arg) else {
                return Ok(Flow::Unexpected);
            };
            let mut langs = langs.clone();
            crate::telegram::toggle(&mut langs, l.code());
            require(
                ctx,
                Role::Staff,
                goto(Step::NewLanguages {
                    name: name.clone(),
                    description: description.clone(),
                    langs,
                }),
            )
            .await
        }
        (
            Step::NewLanguages {
                name,
                description,
                langs,
            },
            "create",
        ) => {
            let flow = require(ctx, Role::Staff, Flow::Done).await?;
            if !matches!(flow, Flow::Done) {
                return Ok(flow);
            }
            let id = store::create(&db, name, description, langs, ctx.user.id, now).await?;
            tracing::info!(association = id, "association created");
            Ok(goto(Step::View { id }))
        }
        (Step::View { id }, "leaderinv") => {
            let flow = require(ctx, Role::Staff, Flow::Done).await?;
            if !matches!(flow, Flow::Done) {
                return Ok(flow);
            }
            let Some(a) = store::get(&db, *id).await? else {
                return Ok(Flow::Unexpected);
            };
            let code = store::create_invite(
                &db,
                *id,
                InviteKind::Leader,
                ctx.user.id,
                now,
                Some(now + Duration::days(LEADER_INVITE_DAYS)),
            )
            .await?;
            ctx.say(&ctx.tf(
                "assoc-leader-link",
                &[
                    ("name", escape(&a.name).into()),
                    ("link", invite_link(ctx, InviteKind::Leader, &code).into()),
                    ("days", LEADER_INVITE_DAYS.into()),
                ],
            ))
            .await?;
            Ok(Flow::Done)
        }
        (Step::View { id }, "unlead") => match arg_id(arg) {
            Some(user) => {
                require(ctx, Role::Staff, goto(Step::RemoveLeader { id: *id, user })).await
            }
            None => Ok(Flow::Unexpected),
        },
        (Step::RemoveLeader { id, user }, "unleadyes") => {
            let flow = require(ctx, Role::Staff, goto(Step::View { id: *id })).await?;
            if matches!(flow, Flow::Goto(State::Associations(_))) {
                if !store::remove_leader(&db, *id, *user).await? {
                    return Ok(Flow::Unexpected);
                }
                tracing::info!(association = id, "leader removed by staff");
                ctx.say(&ctx.t("assoc-leader-removed")).await?;
            }
            Ok(flow)
        }
        (Step::View { id }, "revokelead") => {
            let flow = require(ctx, Role::Staff, goto(Step::View { id: *id })).await?;
            if matches!(flow, Flow::Goto(State::Associations(_))) {
                let n = store::revoke_leader_invites(&db, *id, now).await?;
                ctx.say(&ctx.tf(
                    "assoc-leader-invites-revoked",
                    &[("count", (n as i64).into())],
                ))
                .await?;
            }
            Ok(flow)
        }
        (Step::Mine, "memberinv" | "revokeinv") => {
            let flow = require(ctx, Role::Leader, goto(Step::Mine)).await?;
            if !matches!(flow, Flow::Goto(State::Associations(_))) {
                return Ok(flow);
            }
            let Some(id) = ctx.leads else {
                return Ok(Flow::Unexpected);
            };
            if verb == "memberinv" {
                if store::active_member_invite(&db, id).await?.is_none() {
                    store::create_invite(&db, id, InviteKind::Member, ctx.user.id, now, None)
                        .await?;
                }
            } else {
                store::revoke_member_invites(&db, id, now).await?;
            }
            Ok(flow)
        }
        (Step::Memberships, "mute" | "unmute" | "leave") => {
            let Some(id) = arg_id(arg) else {
                return Ok(Flow::Unexpected);
            };
            let changed = match verb {
                "leave" => store::leave(&db, id, ctx.user.id).await?,
                v => store::set_muted(&db, id, ctx.user.id, v == "mute").await?,
            };
            if !changed {
                return Ok(Flow::Unexpected);
            }
            Ok(goto(Step::Memberships))
        }
        (Step::Topics, "follow") => {
            let Some(t) = Topic::from_code(arg) else {
                return Ok(Flow::Unexpected);
            };
            store::toggle_follow(&db, ctx.user.id, t.code()).await?;
            Ok(goto(Step::Topics))
        }
        _ => Ok(Flow::Unexpected),
    }
}

pub async fn on_text(ctx: &mut Ctx, step: &Step, text: &str) -> anyhow::Result<Flow> {
    let text = text.trim();
    match step {
        Step::AddStaff => {
            let flow = require(ctx, Role::Admin, Flow::Done).await?;
            if !matches!(flow, Flow::Done) {
                return Ok(flow);
            }
            let id = text.parse::<i64>().ok().filter(|i| *i > 0);
            let known = match id {
                Some(id) if crate::storage::users::get(ctx.db(), id).await?.is_some() => id,
                _ => {
                    ctx.say(&ctx.t("staff-add-unknown")).await?;
                    return Ok(Flow::Done);
                }
            };
            store::grant_staff(ctx.db(), known, ctx.user.id, ctx.now()).await?;
            Ok(goto(Step::StaffList))
        }
        Step::NewName => {
            if text.is_empty() || text.chars().count() > MAX_NAME {
                ctx.say(&ctx.tf("assoc-name-invalid", &[("max", (MAX_NAME as i64).into())]))
                    .await?;
                return Ok(Flow::Done);
            }
            require(
                ctx,
                Role::Staff,
                goto(Step::NewDescription {
                    name: text.to_owned(),
                }),
            )
            .await
        }
        Step::NewDescription { name } => {
            if text.chars().count() > MAX_DESCRIPTION {
                ctx.say(&ctx.tf(
                    "assoc-description-invalid",
                    &[("max", (MAX_DESCRIPTION as i64).into())],
                ))
                .await?;
                return Ok(Flow::Done);
            }
            require(
                ctx,
                Role::Staff,
                goto(Step::NewLanguages {
                    name: name.clone(),
                    description: text.to_owned(),
                    langs: vec![],
                }),
            )
            .await
        }
        _ => Ok(Flow::Unexpected),
    }
}

/// Steps where a long typed text is expected (they check its length).
pub fn accepts_long_text(step: &Step) -> bool {
    matches!(step, Step::NewDescription { .. })
}

/// A `/start L…` or `/start M…` deep link; None if the payload is not an invite.
pub async fn open_invite(ctx: &mut Ctx, payload: &StartPayload) -> anyhow::Result<Option<Flow>> {
    let p = payload.as_str();
    let kind = match p.chars().next() {
        Some('L') => InviteKind::Leader,
        Some('M') => InviteKind::Member,
        _ => return Ok(None),
    };
    let code = &p[1..];
    let db = ctx.db().clone();
    let (key, id) = match store::redeem(&db, kind, code, ctx.user.id, ctx.now()).await? {
        Redeem::Invalid => return Ok(None),
        Redeem::Joined(id) => ("invite-joined", id),
        Redeem::AlreadyMember(id) => ("invite-already-member", id),
        Redeem::BecameLeader(id) => {
            // The menu shown next already has the leader's entries.
            ctx.leads = Some(id);
            ("invite-leader", id)
        }
        Redeem::AlreadyLeads(id) => ("invite-already-leads", id),
    };
    let name = store::get(&db, id)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    ctx.say(&ctx.tf(key, &[("name", escape(&name).into())]))
        .await?;
    Ok(Some(Flow::Goto(State::Menu)))
}
