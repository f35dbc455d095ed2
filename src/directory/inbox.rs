//! The staff inbox: open reports of wrong information and content gaps,
//! each with a button to mark it handled. Staff only, checked on entry, on
//! every press and every time the screen is drawn.

use super::{
    Step,
    button::Button,
    goto,
    search::index,
    store::{self, Contribution},
};
use crate::{
    access::Role,
    context::Ctx,
    dialogue::Flow,
    telegram::{Screen, button, escape},
};

/// How many of each the inbox lists at once.
const SHOWN: i64 = 5;

/// The inbox, from the main menu.
pub(super) fn open(ctx: &Ctx) -> Flow {
    match ctx.require(Role::Staff) {
        Ok(()) => goto(Step::Inbox),
        Err(denied) => Flow::Denied(denied),
    }
}

pub(super) async fn screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    // Checked as it is drawn: a revoked staff member sees nothing of it.
    if let Err(denied) = ctx.require(Role::Staff) {
        return Ok(Screen::new(ctx.t(denied.key())).row(ctx.home_row()));
    }
    let reports = store::open_reports(ctx.db(), SHOWN).await?;
    let gaps = store::open_gaps(ctx.db(), SHOWN).await?;
    let total = store::open_count(ctx.db()).await?;
    if total == 0 {
        return Ok(Screen::new(ctx.t("staff-inbox-empty")).row(ctx.nav_row()));
    }
    let idx = index(ctx).await?;
    let mut text = ctx.tf("staff-inbox", &[("count", total.into())]);
    let mut buttons = vec![];
    for r in &reports {
        let name = idx
            .get(&r.service_id)
            .map(|s| s.texts_in(ctx.lang()).0.name.clone())
            .unwrap_or_else(|| r.service_id.clone());
        text.push_str("\n\n");
        text.push_str(&ctx.tf(
            "staff-report-line",
            &[
                ("id", r.id.into()),
                (
                    "service",
                    escape(&crate::i18n::isolate(ctx.lang(), &name)).into(),
                ),
                (
                    "text",
                    escape(&crate::i18n::isolate(ctx.lang(), &r.text)).into(),
                ),
                ("lang", crate::i18n::isolate(ctx.lang(), &r.lang).into()),
            ],
        ));
        buttons.push(button(
            ctx.tf("staff-mark-done", &[("id", r.id.into())]),
            Button::Handled(Contribution::Report, r.id).data(),
        ));
    }
    for g in &gaps {
        let what = if g.text.is_empty() {
            g.query.clone()
        } else {
            format!("{} — {}", g.query, g.text)
        };
        text.push_str("\n\n");
        text.push_str(&ctx.tf(
            "staff-gap-line",
            &[
                ("id", g.id.into()),
                ("lang", crate::i18n::isolate(ctx.lang(), &g.lang).into()),
                (
                    "text",
                    escape(&crate::i18n::isolate(ctx.lang(), &what)).into(),
                ),
            ],
        ));
        buttons.push(button(
            ctx.tf("staff-mark-done", &[("id", g.id.into())]),
            Button::Handled(Contribution::Gap, g.id).data(),
        ));
    }
    Ok(Screen::new(text).grid(buttons, 2).row(ctx.nav_row()))
}

/// "Done" on a report or gap: marked handled, and the inbox drawn again.
pub(super) async fn mark_handled(ctx: &Ctx, kind: Contribution, id: i64) -> anyhow::Result<Flow> {
    if let Err(denied) = ctx.require(Role::Staff) {
        return Ok(Flow::Denied(denied));
    }
    Ok(
        if store::mark_handled(ctx.db(), kind, id, ctx.user.id, ctx.now()).await? {
            goto(Step::Inbox)
        } else {
            Flow::Unexpected
        },
    )
}
