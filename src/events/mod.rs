//! Workshops, training meetings and other events: browse, sign up (or join
//! the waitlist), cancel, calendar files, reminders, and for organisers the
//! attendee list, a CSV sign-in sheet, attendance, changes and cancellation.
//!
//! The table of contents: `browse` (the list, a card, signing up, "my
//! sign-ups"), `organise` (organiser screens, attendance, the sign-in
//! sheet), `create` (the creation wizard), `notify` (notices to
//! participants and calendar files). `can_see` is the one visibility rule.

mod browse;
pub mod button;
mod create;
pub mod ics;
pub mod import;
pub mod model;
mod notify;
mod organise;
mod personal;
mod queue;
pub mod reminders;
pub mod store;

use serde::{Deserialize, Serialize};

pub use self::create::{Draft, Field};
pub use self::notify::release_places;
use self::{button::Button, model::Event, store::SignUp};
use crate::{
    access::Denied,
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    telegram::{Screen, button as tg_button},
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    List { topic: Option<Topic>, page: usize },
    Card { id: i64, back: Box<Step> },
    ConfirmCancel { id: i64, back: Box<Step> },
    Mine,
    Manage,
    Organise { id: i64 },
    Attendance { id: i64 },
    EditTime { id: i64 },
    EditPlace { id: i64 },
    ConfirmCancelEvent { id: i64 },
    New { draft: Draft, field: Field },
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Events(step))
}

/// The refusal of an organiser screen or action on an event this person may
/// not (or no longer) manage.
fn not_your_event() -> Flow {
    Flow::Denied(Denied::because("ev-not-your-event"))
}

fn offsets(ctx: &Ctx) -> &[i64] {
    &ctx.app.config.reminder_offsets
}

/// May this user see `e` now: it is open to them (`Ctx::can_see` on its
/// audience), or they hold a place or a waitlist spot on it (someone who
/// left the association can still cancel). The one rule of every events
/// screen; an event one may not see looks exactly like one that does not
/// exist.
pub async fn can_see(ctx: &Ctx, e: &Event) -> anyhow::Result<bool> {
    Ok(ctx.can_see(e.created_by, e.open_to()).await? || signed_up(ctx, e.id).await?)
}

/// Whether this user holds a place or a waitlist spot on event `id`.
async fn signed_up(ctx: &Ctx, id: i64) -> anyhow::Result<bool> {
    Ok(matches!(
        store::status_of(ctx.db(), id, ctx.user.id).await?,
        Some(SignUp::Confirmed | SignUp::Waitlist(_))
    ))
}

pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    let mut rows = vec![vec![
        tg_button(ctx.t("menu-events"), Button::List.data()),
        tg_button(ctx.t("menu-my-signups"), Button::Mine.data()),
    ]];
    if ctx.scope().is_some() {
        rows.push(vec![tg_button(
            ctx.t("menu-manage-events"),
            Button::Manage.data(),
        )]);
    }
    Ok(rows)
}

/// Menu buttons of this feature.
pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match Button::parse(data) {
        Some(Button::List) => Some(goto(Step::List {
            topic: None,
            page: 0,
        })),
        Some(Button::Mine) => Some(goto(Step::Mine)),
        Some(Button::Manage) => Some(match ctx.scope() {
            Some(_) => goto(Step::Manage),
            None => Flow::Denied(Denied::because("ev-not-organiser")),
        }),
        _ => None,
    })
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    match step {
        Step::List { .. } | Step::Card { .. } | Step::ConfirmCancel { .. } | Step::Mine => {
            browse::render(ctx, step).await
        }
        Step::Manage
        | Step::Organise { .. }
        | Step::Attendance { .. }
        | Step::EditTime { .. }
        | Step::EditPlace { .. }
        | Step::ConfirmCancelEvent { .. } => organise::render(ctx, step).await,
        Step::New { draft, field } => create::render(ctx, draft, *field).await,
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(b) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    match step {
        Step::List { .. } | Step::Card { .. } | Step::ConfirmCancel { .. } | Step::Mine => {
            browse::on_button(ctx, step, b).await
        }
        Step::Manage
        | Step::Organise { .. }
        | Step::Attendance { .. }
        | Step::EditTime { .. }
        | Step::EditPlace { .. }
        | Step::ConfirmCancelEvent { .. } => organise::on_button(ctx, step, b).await,
        Step::New { draft, field } => create::on_button(ctx, draft, *field, b).await,
    }
}

pub async fn on_text(ctx: &mut Ctx, step: &Step, text: &str) -> anyhow::Result<Flow> {
    let text = text.trim();
    match step {
        Step::EditTime { id } => organise::new_time(ctx, *id, text).await,
        Step::EditPlace { id } => organise::new_place(ctx, *id, text).await,
        Step::New { draft, field } => create::on_text(ctx, draft, *field, text).await,
        Step::List { .. }
        | Step::Card { .. }
        | Step::ConfirmCancel { .. }
        | Step::Mine
        | Step::Manage
        | Step::Organise { .. }
        | Step::Attendance { .. }
        | Step::ConfirmCancelEvent { .. } => Ok(Flow::Unexpected),
    }
}

pub fn back(step: &Step) -> State {
    let ev = State::Events;
    match step {
        Step::List { .. } | Step::Mine | Step::Manage => State::Menu,
        Step::Card { back, .. } => ev((**back).clone()),
        Step::ConfirmCancel { id, back } => ev(Step::Card {
            id: *id,
            back: back.clone(),
        }),
        Step::Organise { .. } => ev(Step::Manage),
        Step::Attendance { id }
        | Step::EditTime { id }
        | Step::EditPlace { id }
        | Step::ConfirmCancelEvent { id } => ev(Step::Organise { id: *id }),
        Step::New { draft, field } => match field.prev() {
            Some(prev) => ev(Step::New {
                draft: draft.clone(),
                field: prev,
            }),
            None => ev(Step::Manage),
        },
    }
}

/// Buttons that work from any screen: "I can't come" on a reminder, and on
/// a promotion notice. They carry an event id, so they are honoured only for
/// someone who holds a place on that event.
pub async fn global_button(ctx: &mut Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    let Some(Button::CantCome(id)) = Button::parse(data) else {
        return Ok(None);
    };
    // Forged or replayed with an event this person holds no place on (or
    // one that no longer exists): a stale button, whatever the id.
    if !signed_up(ctx, id).await? {
        return Ok(Some(Flow::Unexpected));
    }
    Ok(Some(match store::get(ctx.db(), id).await? {
        Some(e) if !e.cancelled => goto(Step::ConfirmCancel {
            id,
            back: Box::new(Step::Mine),
        }),
        Some(_) => Flow::Denied(Denied::because("ev-cancelled")),
        None => Flow::Denied(Denied::because("ev-gone")),
    }))
}

pub fn accepts_long_text(step: &Step) -> bool {
    matches!(
        step,
        Step::New {
            field: Field::Description,
            ..
        }
    )
}

/// The title (in this user's language) and topic of event `id`, for a
/// question about it; None unless this user may see the event.
pub async fn event_about(ctx: &Ctx, id: i64) -> anyhow::Result<Option<(String, Topic)>> {
    let Some(e) = store::get(ctx.db(), id).await? else {
        return Ok(None);
    };
    if !can_see(ctx, &e).await? {
        return Ok(None);
    }
    Ok(Some((e.texts_in(ctx.lang()).0.title, e.topic)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_from_each_step() {
        let card = Step::Card {
            id: 7,
            back: Box::new(Step::Mine),
        };
        assert_eq!(back(&Step::Mine), State::Menu);
        assert_eq!(back(&card), State::Events(Step::Mine));
        assert_eq!(
            back(&Step::ConfirmCancel {
                id: 7,
                back: Box::new(Step::Mine)
            }),
            State::Events(card)
        );
        assert_eq!(
            back(&Step::EditTime { id: 3 }),
            State::Events(Step::Organise { id: 3 })
        );
        assert_eq!(
            back(&Step::New {
                draft: Draft::default(),
                field: Field::Kind
            }),
            State::Events(Step::Manage)
        );
    }
}
