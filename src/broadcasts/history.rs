//! Past and planned announcements with their figures, and withdrawing a
//! planned one before it starts.

use super::{
    Step,
    button::Button,
    may_send,
    store::{self, DeliveryStatus, Status, count},
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    telegram::{Screen, button, escape},
};

/// How many announcements the history lists.
const SHOWN: i64 = 10;

pub(super) fn local_time(ctx: &Ctx, t: chrono::DateTime<chrono::Utc>) -> String {
    ctx.local(t).format("%d/%m/%Y %H:%M").to_string()
}

pub(super) async fn screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    // Staff see every announcement, a leader their association's.
    let Some(scope) = ctx.scope() else {
        return Ok(Screen::new(ctx.t("bc-not-allowed")).row(ctx.nav_row()));
    };
    let list = store::history(ctx.db(), scope, SHOWN).await?;
    if list.is_empty() {
        return Ok(Screen::new(ctx.t("bc-history-empty")).row(ctx.nav_row()));
    }
    let mut text = ctx.t("bc-history-title");
    let mut cancels = vec![];
    for b in list {
        let f = store::figures(ctx.db(), b.id).await?;
        let snippet: String = crate::telegram::strip_html(&b.text)
            .chars()
            .take(40)
            .collect();
        let when = local_time(ctx, b.scheduled_at.unwrap_or(b.created_at));
        text.push_str("\n\n");
        text.push_str(&ctx.tf(
            "bc-history-line",
            &[
                ("when", crate::i18n::isolate(ctx.lang(), &when).into()),
                (
                    "text",
                    escape(&crate::i18n::isolate(ctx.lang(), &snippet)).into(),
                ),
                ("delivered", count(&f, DeliveryStatus::Sent).into()),
                ("unreachable", count(&f, DeliveryStatus::Unreachable).into()),
                ("failed", count(&f, DeliveryStatus::Failed).into()),
                ("pending", count(&f, DeliveryStatus::Pending).into()),
                (
                    "status",
                    ctx.t(&format!("bc-status-{}", b.status.code())).into(),
                ),
            ],
        ));
        if b.status == Status::Scheduled && may_send(ctx, &b.audience) {
            cancels.push(button(
                ctx.tf(
                    "bc-unschedule",
                    &[("when", crate::i18n::isolate(ctx.lang(), &when).into())],
                ),
                Button::Unschedule(b.id).data(),
            ));
        }
    }
    Ok(Screen::new(text).grid(cancels, 1).row(ctx.nav_row()))
}

/// Withdraws planned announcement `id`, if this user may still send it and
/// it has not started.
pub(super) async fn unschedule(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    match store::get(ctx.db(), id).await? {
        Some(b)
            if may_send(ctx, &b.audience) && store::cancel_scheduled(ctx.db(), b.id).await? =>
        {
            Ok(Flow::notice(
                State::Broadcasts(Step::History),
                ctx.t("bc-unscheduled"),
            ))
        }
        _ => Ok(Flow::Unexpected),
    }
}
