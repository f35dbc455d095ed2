//! A leader's own association: its figures and its member link. The router
//! adds the announcement buttons on top of this screen.

use super::{
    Step,
    button::Button,
    goto,
    store::{self, InviteKind},
};
use crate::{
    context::Ctx,
    dialogue::Flow,
    telegram::{Screen, escape},
};

/// The deep link that redeems invite `code`.
pub(super) fn invite_link(ctx: &Ctx, kind: InviteKind, code: &str) -> String {
    format!(
        "https://t.me/{}?start={}{}",
        ctx.app.bot_username,
        kind.prefix(),
        code
    )
}

pub(super) async fn screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let db = ctx.db();
    let Some(id) = ctx.leads else {
        return Ok(Screen::new(ctx.t("only-leaders")).row(ctx.nav_row()));
    };
    let Some(a) = store::get(db, id).await? else {
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
                (
                    "name",
                    escape(&crate::i18n::isolate(ctx.lang(), &a.name)).into()
                ),
                ("members", store::member_count(db, a.id).await?.into())
            ]
        )
    );
    let s = Screen::new(text);
    let s = match invite {
        Some(_) => s.button(
            ctx.t("assoc-revoke-link"),
            Button::RevokeMemberInvites.data(),
        ),
        None => s.button(ctx.t("assoc-create-link"), Button::MemberInvite.data()),
    };
    Ok(s.row(ctx.nav_row()))
}

/// Creates the member link (if there is none), or revokes it.
pub(super) async fn on_link(ctx: &Ctx, create: bool) -> anyhow::Result<Flow> {
    let Some(id) = ctx.leads else {
        return Ok(Flow::Unexpected);
    };
    let db = ctx.db();
    if create {
        if store::active_member_invite(db, id).await?.is_none() {
            store::create_invite(db, id, InviteKind::Member, ctx.user.id, ctx.now(), None).await?;
        }
    } else {
        store::revoke_member_invites(db, id, ctx.now()).await?;
    }
    Ok(goto(Step::Mine))
}
