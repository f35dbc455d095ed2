//! Giving feedback: a prompt's stars or Skip, the reasons, the comment, and
//! 👍/👎 on a service card.

use super::{
    About, Step,
    button::{Answer, Button},
    goto,
    model::{self, Comment, CommentError, Kind, Reason},
    store,
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    events::store as events,
    telegram::{Screen, button, check_button},
};

pub fn stars_label(n: i64) -> String {
    "⭐".repeat(n.clamp(1, 5) as usize)
}

pub(super) fn reason_label(ctx: &Ctx, r: Reason) -> String {
    ctx.t(&format!("fb-reason-{}", r.code()))
}

/// A reason on a button two on a row: its `.short` form.
fn reason_button_label(ctx: &Ctx, r: Reason) -> String {
    ctx.t(&format!("fb-reason-{}.short", r.code()))
}

/// A prompt's button: starts the feedback on `event_id`. None when the
/// event does not exist (the data is then not a prompt's).
pub(super) async fn answer_prompt(
    ctx: &mut Ctx,
    event_id: i64,
    answer: Answer,
) -> anyhow::Result<Option<Flow>> {
    let rating = match answer {
        Answer::Skip => None,
        Answer::Stars(r) => Some(r.get()),
        Answer::Invalid => return Ok(Some(Flow::Hint(ctx.t("fb-bad-rating")))),
    };
    let Some(event) = events::get(ctx.db(), event_id).await? else {
        return Ok(None);
    };
    // Only who may see the event (the one visibility rule) and was asked
    // about it (so took part in it) answers.
    if !crate::events::can_see(ctx, &event).await?
        || !store::was_prompted(ctx.db(), event_id, ctx.user.id).await?
    {
        return Ok(Some(Flow::Hint(ctx.t("fb-not-attended"))));
    }
    let subject = store::Subject {
        kind: Kind::Event,
        event_id: Some(event.id),
        service_id: None,
        association_id: event.association_id,
        topic: event.topic.code(),
    };
    let started = store::start_event_feedback(
        ctx.db(),
        ctx.user.id,
        &subject,
        ctx.lang().code(),
        rating,
        ctx.now(),
    )
    .await?;
    Ok(Some(match started {
        Some(id) => goto(Step::Reasons {
            id,
            about: About::Event,
            chosen: 0,
        }),
        None => Flow::Hint(ctx.t("fb-already")),
    }))
}

/// 👍 or 👎 on a service card; then the reasons that go with it.
pub async fn vote(
    ctx: &mut Ctx,
    service_id: &str,
    topic: Topic,
    up: bool,
    card: State,
) -> anyhow::Result<Flow> {
    let subject = store::Subject {
        kind: Kind::Service,
        event_id: None,
        service_id: Some(service_id),
        association_id: None,
        topic: topic.code(),
    };
    let id = store::vote_service(
        ctx.db(),
        ctx.user.id,
        &subject,
        ctx.lang().code(),
        up,
        ctx.now(),
    )
    .await?;
    Ok(goto(Step::Reasons {
        id,
        about: About::Service {
            up,
            card: Box::new(card),
        },
        chosen: 0,
    }))
}

pub(super) fn reasons_screen(ctx: &Ctx, about: &About, chosen: i64) -> Screen {
    let text = match about {
        About::Event => ctx.t("fb-reasons"),
        About::Service { up: true, .. } => ctx.t("fb-service-up"),
        About::Service { up: false, .. } => ctx.t("fb-service-down"),
    };
    let toggles = about
        .reasons()
        .iter()
        .map(|r| {
            check_button(
                chosen & r.bit() != 0,
                &reason_button_label(ctx, *r),
                Button::Reason(*r).data(),
            )
        })
        .collect();
    Screen::new(text)
        .grid(toggles, 2)
        .row(vec![
            button(ctx.t("fb-done"), Button::Done.data()),
            button(ctx.t("fb-skip"), Button::Skip.data()),
        ])
        .row(ctx.nav_row())
}

pub(super) fn comment_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.tf(
        "fb-comment-prompt",
        &[("max", (model::MAX_COMMENT as i64).into())],
    ))
    .button(ctx.t("fb-skip"), Button::Skip.data())
    .row(ctx.nav_row())
}

/// How the last answer came: a pressed button (its message becomes the
/// thanks) or a typed comment (the thanks is a new message).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Via {
    Button,
    Text,
}

/// Thanks, then the main menu.
async fn finish(ctx: &mut Ctx, id: i64, via: Via) -> anyhow::Result<Flow> {
    store::drop_if_empty(ctx.db(), ctx.user.id, id).await?;
    let thanks = ctx.t("fb-thanks");
    Ok(match via {
        // The pressed message becomes the thanks, with the menu below it.
        Via::Button => Flow::Record {
            text: thanks,
            then: State::Menu,
        },
        // After a typed comment: the thanks, then the menu, as two messages
        // (as before, so "thanks" stays a line of its own).
        Via::Text => {
            ctx.say(&thanks).await?;
            Flow::Goto(State::Menu)
        }
    })
}

pub(super) async fn on_button(ctx: &mut Ctx, step: &Step, pressed: Button) -> anyhow::Result<Flow> {
    match (step, pressed) {
        (Step::Reasons { id, about, chosen }, Button::Reason(r)) => {
            if !about.reasons().contains(&r) {
                return Ok(Flow::Unexpected);
            }
            Ok(goto(Step::Reasons {
                id: *id,
                about: about.clone(),
                chosen: chosen ^ r.bit(),
            }))
        }
        (Step::Reasons { id, about, chosen }, b @ (Button::Done | Button::Skip)) => {
            let chosen = if b == Button::Done { *chosen } else { 0 };
            if store::mine(ctx.db(), ctx.user.id, *id).await?.is_none() {
                return Ok(Flow::Unexpected);
            }
            store::set_reasons(ctx.db(), ctx.user.id, *id, chosen, ctx.now()).await?;
            Ok(match about {
                About::Event => goto(Step::Comment { id: *id, chosen }),
                // Back to the card, with thanks.
                About::Service { card, .. } => {
                    Flow::notice((**card).clone(), ctx.t("fb-thanks-short"))
                }
            })
        }
        (Step::Comment { id, .. }, Button::Skip) => finish(ctx, *id, Via::Button).await,
        _ => Ok(Flow::Unexpected),
    }
}

pub(super) async fn on_comment(ctx: &mut Ctx, id: i64, text: &str) -> anyhow::Result<Flow> {
    match Comment::parse(text) {
        Ok(c) => {
            if !store::set_comment(ctx.db(), ctx.user.id, id, c.as_str(), ctx.now()).await? {
                return Ok(Flow::Unexpected);
            }
            finish(ctx, id, Via::Text).await
        }
        Err(CommentError::TooLong(n)) => Ok(Flow::Hint(ctx.tf(
            "fb-comment-too-long",
            &[
                ("count", (n as i64).into()),
                ("max", (model::MAX_COMMENT as i64).into()),
            ],
        ))),
        Err(CommentError::Empty) => Ok(Flow::Unexpected),
    }
}
