//! What people tell the staff: wrong information on a card, and what they
//! searched for and did not find (a content gap). Both land in the inbox.

use super::{Step, goto, store};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    telegram::Screen,
};

/// Longest report or gap description accepted.
pub const MAX_NOTE: usize = 1000;

pub(super) fn report_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.tf("report-prompt", &[("max", (MAX_NOTE as i64).into())])).row(ctx.nav_row())
}

pub(super) fn gap_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("dir-gap-prompt")).row(ctx.nav_row())
}

/// The typed report on service `id`; then its card again (the way back is
/// the card's).
pub(super) async fn on_report_text(
    ctx: &Ctx,
    id: &str,
    back: &Step,
    text: &str,
) -> anyhow::Result<Flow> {
    let note = text.trim();
    if note.chars().count() > MAX_NOTE {
        return Ok(Flow::Hint(
            ctx.tf("report-too-long", &[("max", (MAX_NOTE as i64).into())]),
        ));
    }
    store::add_report(
        ctx.db(),
        id,
        ctx.user.id,
        ctx.lang().code(),
        note,
        ctx.now(),
    )
    .await?;
    tracing::info!(service = %id, "wrong-information report saved");
    ctx.say(&ctx.t("report-thanks")).await?;
    Ok(goto(Step::Card {
        id: id.to_owned(),
        back: Box::new(back.clone()),
    }))
}

/// What they were looking for, after a search for `query` found nothing.
pub(super) async fn on_gap_text(ctx: &Ctx, query: &str, text: &str) -> anyhow::Result<Flow> {
    let note: String = text.trim().chars().take(MAX_NOTE).collect();
    store::add_gap(
        ctx.db(),
        ctx.user.id,
        ctx.lang().code(),
        query,
        &note,
        ctx.now(),
    )
    .await?;
    ctx.say(&ctx.t("dir-gap-thanks")).await?;
    Ok(Flow::Goto(State::Menu))
}
