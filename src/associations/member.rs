//! A member's side: their associations (mute, unmute, leave with one tap),
//! the topics they follow, and the invite links they open.

use super::{
    Step,
    button::Button,
    goto,
    store::{self, InviteKind, Redeem},
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    domain::{StartPayload, Topic},
    telegram::{Screen, button, check_button, escape},
};

pub(super) async fn memberships_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let list = store::memberships(ctx.db(), ctx.user.id).await?;
    let mut s = Screen::new(if list.is_empty() {
        ctx.t("memberships-none")
    } else {
        ctx.t("memberships-title")
    });
    for (a, muted) in &list {
        let name = [("name", crate::i18n::isolate(ctx.lang(), &a.name).into())];
        let (label, pressed) = if *muted {
            (ctx.tf("memberships-unmute", &name), Button::Unmute(a.id))
        } else {
            (ctx.tf("memberships-mute", &name), Button::Mute(a.id))
        };
        s = s.row(vec![
            button(label, pressed.data()),
            button(ctx.t("memberships-leave"), Button::Leave(a.id).data()),
        ]);
    }
    Ok(s.row(ctx.nav_row()))
}

pub(super) async fn topics_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let followed = store::follows(ctx.db(), ctx.user.id).await?;
    let buttons = Topic::ALL
        .iter()
        .map(|t| {
            check_button(
                followed.contains(t),
                &ctx.topic(*t),
                Button::Follow(*t).data(),
            )
        })
        .collect();
    Ok(Screen::new(ctx.t("topics-prompt"))
        .grid(buttons, 1)
        .row(ctx.nav_row()))
}

/// Mute, unmute or leave one of the user's associations.
pub(super) async fn on_membership(ctx: &Ctx, pressed: Button) -> anyhow::Result<Flow> {
    let (db, me) = (ctx.db(), ctx.user.id);
    let changed = match pressed {
        Button::Leave(id) => store::leave(db, id, me).await?,
        Button::Mute(id) => store::set_muted(db, id, me, true).await?,
        Button::Unmute(id) => store::set_muted(db, id, me, false).await?,
        _ => false,
    };
    if !changed {
        return Ok(Flow::Unexpected);
    }
    Ok(goto(Step::Memberships))
}

pub(super) async fn toggle_topic(ctx: &Ctx, topic: Topic) -> anyhow::Result<Flow> {
    store::toggle_follow(ctx.db(), ctx.user.id, topic).await?;
    Ok(goto(Step::Topics))
}

/// A `/start L…` or `/start M…` deep link; None if the payload is not an invite.
pub async fn open_invite(ctx: &mut Ctx, payload: &StartPayload) -> anyhow::Result<Option<Flow>> {
    let p = payload.as_str();
    let Some((kind, code)) = [InviteKind::Leader, InviteKind::Member]
        .into_iter()
        .find_map(|k| p.strip_prefix(k.prefix()).map(|code| (k, code)))
    else {
        return Ok(None);
    };
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
    Ok(Some(Flow::notice(
        State::Menu,
        ctx.tf(
            key,
            &[(
                "name",
                escape(&crate::i18n::isolate(ctx.lang(), &name)).into(),
            )],
        ),
    )))
}
