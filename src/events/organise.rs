//! For organisers (staff: every event; a leader: their association's): the
//! events they manage, one event's attendees, attendance, the CSV sign-in
//! sheet, a new time or place, and cancelling the event. Every screen and
//! action re-checks `Ctx::manages` against the event as it is now.

use super::{
    Draft, Field, Step, browse::when, button::Button, create::date_hint, goto, model::Event,
    not_your_event, notify, store,
};
use crate::{
    context::Ctx,
    dialogue::Flow,
    telegram::{Screen, button, escape},
    time::{WhenError, parse_when},
};

/// The screen of an organiser step this person may no longer use (a revoked
/// role, a forged button): nothing of the event is shown.
fn not_yours(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("ev-not-your-event")).row(ctx.home_row())
}

/// Event `id`, if it exists and this person may manage it now.
async fn managed(ctx: &Ctx, id: i64) -> anyhow::Result<Option<Event>> {
    Ok(store::get(ctx.db(), id)
        .await?
        .filter(|e| ctx.manages(e.association_id)))
}

pub(super) async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    let db = ctx.db();
    Ok(match step {
        Step::Manage => manage(ctx).await?,
        Step::Organise { id } => match store::get(db, *id).await? {
            None => Screen::new(ctx.t("ev-gone")).row(ctx.nav_row()),
            Some(e) if !ctx.manages(e.association_id) => not_yours(ctx),
            Some(e) => organise_screen(ctx, &e).await?,
        },
        Step::Attendance { id }
        | Step::EditTime { id }
        | Step::EditPlace { id }
        | Step::ConfirmCancelEvent { id }
            if managed(ctx, *id).await?.is_none() =>
        {
            not_yours(ctx)
        }
        Step::Attendance { id } => {
            let people = store::attendees(db, *id).await?;
            let buttons = people
                .iter()
                .filter(|a| a.confirmed)
                .map(|a| {
                    let mark = if a.attended == Some(true) {
                        "✅"
                    } else {
                        "⬜"
                    };
                    button(
                        format!("{mark} {}", a.name),
                        Button::Attended(a.user_id).data(),
                    )
                })
                .collect();
            Screen::new(ctx.t("ev-attendance-prompt"))
                .grid(buttons, 2)
                .row(ctx.nav_row())
        }
        Step::EditTime { .. } => Screen::new(ctx.t("ev-ask-new-start")).row(ctx.nav_row()),
        Step::EditPlace { .. } => Screen::new(ctx.t("ev-ask-place")).row(ctx.nav_row()),
        Step::ConfirmCancelEvent { .. } => Screen::new(ctx.t("ev-cancel-event-confirm"))
            .button(ctx.t("ev-cancel-event-yes"), Button::CancelEventYes.data())
            .row(ctx.nav_row()),
        // Not organiser steps: the dispatcher never sends them here.
        Step::List { .. }
        | Step::Card { .. }
        | Step::ConfirmCancel { .. }
        | Step::Mine
        | Step::New { .. } => not_yours(ctx),
    })
}

async fn manage(ctx: &Ctx) -> anyhow::Result<Screen> {
    let list = match ctx.scope() {
        Some(scope) => store::organised(ctx.db(), scope, ctx.now()).await?,
        None => vec![],
    };
    let buttons = list
        .iter()
        .map(|e| {
            let mark = if e.cancelled { "❌ " } else { "" };
            button(
                format!(
                    "{mark}{} · {}",
                    ctx.local(e.starts_at).format("%d/%m"),
                    e.texts_in(ctx.lang()).0.title
                ),
                Button::Organise(e.id).data(),
            )
        })
        .collect();
    Ok(Screen::new(if list.is_empty() {
        ctx.t("ev-manage-none")
    } else {
        ctx.t("ev-manage-title")
    })
    .grid(buttons, 1)
    .button(ctx.t("ev-new"), Button::New.data())
    .row(ctx.nav_row()))
}

async fn organise_screen(ctx: &Ctx, e: &Event) -> anyhow::Result<Screen> {
    let people = store::attendees(ctx.db(), e.id).await?;
    let mut text = format!(
        "<b>{}</b>\n🗓 {}\n",
        escape(&crate::i18n::isolate(
            ctx.lang(),
            &e.texts_in(ctx.lang()).0.title
        )),
        when(ctx, e)
    );
    if e.cancelled {
        text.push_str(&ctx.t("ev-cancelled"));
    }
    let confirmed: Vec<_> = people.iter().filter(|a| a.confirmed).collect();
    text.push_str(&ctx.tf(
        "ev-attendees",
        &[
            ("count", (confirmed.len() as i64).into()),
            ("capacity", e.capacity.into()),
        ],
    ));
    for (i, a) in people.iter().enumerate() {
        let line = if a.confirmed {
            format!("\n• {}", escape(&crate::i18n::isolate(ctx.lang(), &a.name)))
        } else {
            format!(
                "\n⏳ {} ({})",
                escape(&crate::i18n::isolate(ctx.lang(), &a.name)),
                ctx.tf(
                    "ev-waitlist-position",
                    &[("position", ((i - confirmed.len()) as i64 + 1).into())]
                )
            )
        };
        text.push_str(&line);
    }
    let mut s = Screen::new(text).row(vec![
        button(ctx.t("ev-csv"), Button::Csv.data()),
        button(ctx.t("ev-attendance"), Button::Attendance.data()),
    ]);
    if !e.cancelled && ctx.now() < e.ends_at {
        s = s
            .row(vec![
                button(ctx.t("ev-change-time"), Button::EditTime.data()),
                button(ctx.t("ev-change-place"), Button::EditPlace.data()),
            ])
            .button(ctx.t("ev-cancel-event"), Button::CancelEvent.data());
    }
    Ok(s.row(ctx.nav_row()))
}

pub(super) async fn on_button(ctx: &mut Ctx, step: &Step, b: Button) -> anyhow::Result<Flow> {
    match (step, b) {
        (Step::Manage, Button::Organise(id)) => match store::get(ctx.db(), id).await? {
            Some(e) if ctx.manages(e.association_id) => Ok(goto(Step::Organise { id })),
            Some(_) => Ok(not_your_event()),
            None => Ok(Flow::Unexpected),
        },
        (Step::Manage, Button::New) => Ok(match ctx.scope() {
            Some(_) => goto(Step::New {
                draft: Draft::default(),
                field: Field::Kind,
            }),
            None => not_your_event(),
        }),
        (Step::Organise { id } | Step::Attendance { id } | Step::ConfirmCancelEvent { id }, b) => {
            let Some(e) = store::get(ctx.db(), *id).await? else {
                return Ok(Flow::Unexpected);
            };
            if !ctx.manages(e.association_id) {
                return Ok(not_your_event());
            }
            event_button(ctx, step, &e, b).await
        }
        _ => Ok(Flow::Unexpected),
    }
}

/// A button on the screens of one event this person manages.
async fn event_button(ctx: &mut Ctx, step: &Step, e: &Event, b: Button) -> anyhow::Result<Flow> {
    let now = ctx.now();
    match (step, b) {
        (Step::Organise { .. }, Button::Csv) => {
            let csv = sign_in_sheet(ctx, e).await?;
            ctx.send_document(
                csv,
                &format!("sign-in-{}.csv", e.id),
                &ctx.t("ev-csv-caption"),
            )
            .await?;
            Ok(Flow::Done)
        }
        // Presence can be recorded only once the event has begun.
        (
            Step::Organise { .. } | Step::Attendance { .. },
            Button::Attendance | Button::Attended(_),
        ) if now < e.starts_at => Ok(Flow::Hint(ctx.t("ev-attendance-not-yet"))),
        // An event that has ended is a record (certificates attest it).
        (Step::Organise { .. }, Button::EditTime | Button::EditPlace | Button::CancelEvent)
            if now >= e.ends_at =>
        {
            Ok(Flow::Hint(ctx.t("ev-already-ended")))
        }
        (Step::Organise { id }, Button::Attendance) => Ok(goto(Step::Attendance { id: *id })),
        (Step::Organise { id }, Button::EditTime) if !e.cancelled => {
            Ok(goto(Step::EditTime { id: *id }))
        }
        (Step::Organise { id }, Button::EditPlace) if !e.cancelled => {
            Ok(goto(Step::EditPlace { id: *id }))
        }
        (Step::Organise { id }, Button::CancelEvent) if !e.cancelled => {
            Ok(goto(Step::ConfirmCancelEvent { id: *id }))
        }
        (Step::ConfirmCancelEvent { id }, Button::CancelEventYes) => {
            if store::cancel(ctx.db(), *id, now).await? {
                notify::all(ctx, e, "ev-notice-cancelled").await?;
                ctx.say(&ctx.t("ev-event-cancelled")).await?;
            }
            Ok(goto(Step::Organise { id: *id }))
        }
        (Step::Attendance { id }, Button::Attended(user)) => {
            if !store::toggle_attended(ctx.db(), *id, user).await? {
                return Ok(Flow::Unexpected);
            }
            Ok(goto(Step::Attendance { id: *id }))
        }
        _ => Ok(Flow::Unexpected),
    }
}

/// The event being changed, if it may still be; else what to answer.
async fn changeable(ctx: &Ctx, id: i64) -> anyhow::Result<Result<Event, Flow>> {
    let Some(e) = store::get(ctx.db(), id).await? else {
        return Ok(Err(Flow::Unexpected));
    };
    if !ctx.manages(e.association_id) {
        return Ok(Err(not_your_event()));
    }
    if ctx.now() >= e.ends_at {
        ctx.say(&ctx.t("ev-already-ended")).await?;
        return Ok(Err(goto(Step::Organise { id })));
    }
    Ok(Ok(e))
}

/// A new start typed on `EditTime`: the event keeps its length.
pub(super) async fn new_time(ctx: &mut Ctx, id: i64, text: &str) -> anyhow::Result<Flow> {
    let e = match changeable(ctx, id).await? {
        Ok(e) => e,
        Err(flow) => return Ok(flow),
    };
    let start = match parse_when(text, &ctx.app.config.timezone, ctx.now()) {
        Ok(t) => t,
        Err(err) => return Ok(date_hint(ctx, err)),
    };
    // The event keeps its length; its end must stay in range too.
    let end = start
        .timestamp()
        .saturating_add((e.ends_at - e.starts_at).num_seconds());
    if !crate::time::sane(end) {
        return Ok(date_hint(ctx, WhenError::Unreadable));
    }
    store::set_time(ctx.db(), id, start, crate::time::utc(end), ctx.now()).await?;
    updated(ctx, id).await
}

/// A new place typed on `EditPlace`.
pub(super) async fn new_place(ctx: &mut Ctx, id: i64, text: &str) -> anyhow::Result<Flow> {
    if let Err(flow) = changeable(ctx, id).await? {
        return Ok(flow);
    }
    if text.is_empty() || text.chars().count() > 300 {
        return Ok(Flow::Unexpected);
    }
    store::set_place(ctx.db(), id, text, ctx.now()).await?;
    updated(ctx, id).await
}

/// Tells everyone of the change, then the organiser.
async fn updated(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    // Deleted meanwhile: nobody is left to tell.
    if let Some(updated) = store::get(ctx.db(), id).await? {
        notify::all(ctx, &updated, "ev-notice-changed").await?;
    }
    ctx.say(&ctx.t("ev-updated")).await?;
    Ok(goto(Step::Organise { id }))
}

async fn sign_in_sheet(ctx: &Ctx, e: &Event) -> anyhow::Result<Vec<u8>> {
    let mut w = crate::sheet::Writer::new();
    w.row([
        ctx.t("ev-csv-name"),
        ctx.t("ev-csv-status"),
        ctx.t("ev-csv-attended"),
        ctx.t("ev-csv-signature"),
    ])?;
    let mut waiting = 0;
    for a in store::attendees(ctx.db(), e.id).await? {
        let status = if a.confirmed {
            ctx.t("ev-csv-confirmed")
        } else {
            waiting += 1;
            // A plain cell value, without the screen's emoji.
            ctx.tf("ev-csv-waitlist", &[("position", waiting.into())])
        };
        let attended = match a.attended {
            Some(true) => ctx.t("ev-csv-yes"),
            Some(false) => ctx.t("ev-csv-no"),
            None => String::new(),
        };
        w.row([a.name, status, attended, String::new()])?;
    }
    w.finish()
}
