//! Feedback: the prompt after an event (rating → reasons → comment, each
//! skippable), 👍/👎 on service cards, searches that found nothing, /report
//! for staff and leaders (figures, comments, content gaps, charts, CSV), and
//! the certificate of participation.
//!
//! This file is the table of contents: the steps, and the dispatch of the
//! router's calls to each sub-dialogue.
//! - `give`: answering a prompt, stars, reasons, comments, service votes;
//! - `report_view`: the /report screens; `report_files` its charts and CSV;
//! - `cert_view`: the certificate dialogue and `/verify` (`certificate`
//!   draws the PDF);
//! - `button`: every callback data, typed;
//! - `store`: feedback's own tables; what reports read of other features'
//!   tables comes from `crate::reports`.

pub mod button;
mod cert_view;
pub mod certificate;
pub mod charts;
pub mod desk_report;
pub mod disclose;
mod give;
pub mod model;
pub mod prompts;
pub mod report;
mod report_files;
mod report_view;
pub mod store;

use serde::{Deserialize, Serialize};
use teloxide::types::InlineKeyboardButton;

use self::{button::Button, model::Reason, report::Dim};
pub use self::{
    cert_view::{open_certificate, verify},
    give::{stars_label, vote},
    report_view::open_report,
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    telegram::Screen,
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    /// Reason buttons after a rating or a thumb; `chosen` is a bit set.
    Reasons {
        id: i64,
        about: About,
        chosen: i64,
    },
    /// Waiting for an optional comment on an event.
    Comment {
        id: i64,
        chosen: i64,
    },
    /// Report: choose the period.
    Periods,
    /// Report: waiting for typed dates.
    CustomPeriod,
    Report {
        period: model::Period,
        view: View,
    },
    /// Certificate: waiting for the name to print.
    CertificateName,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum About {
    Event,
    Service { up: bool, card: Box<State> },
}

impl About {
    fn reasons(&self) -> &'static [Reason] {
        match self {
            About::Event => &Reason::EVENT,
            About::Service { up: true, .. } => &Reason::SERVICE_UP,
            About::Service { up: false, .. } => &Reason::SERVICE_DOWN,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    By(Dim),
    Comments,
    Gaps,
    /// The help desk: questions asked and how they were answered.
    Questions,
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Feedback(step))
}

/// A star (or Skip) pressed on a feedback prompt, from whatever step the
/// chat is in. None for data that is not a prompt button.
pub async fn global_button(ctx: &mut Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    match Button::parse(data) {
        Some(Button::Rate { event, answer }) => give::answer_prompt(ctx, event, answer).await,
        _ => Ok(None),
    }
}

// ---- the menu ----

pub async fn menu_rows(ctx: &Ctx) -> anyhow::Result<Vec<Vec<InlineKeyboardButton>>> {
    let mut rows = vec![];
    if ctx.scope().is_some() {
        rows.push(vec![crate::telegram::button(
            ctx.t("menu-report"),
            Button::MenuReport.data(),
        )]);
    }
    if crate::reports::has_attended(ctx.db(), ctx.user.id).await? {
        rows.push(vec![crate::telegram::button(
            ctx.t("menu-certificate"),
            Button::MenuCertificate.data(),
        )]);
    }
    Ok(rows)
}

pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match Button::parse(data) {
        Some(Button::MenuReport) => Some(open_report(ctx).await?),
        Some(Button::MenuCertificate) => Some(open_certificate(ctx).await?),
        _ => None,
    })
}

// ---- the dialogue ----

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    Ok(match step {
        Step::Reasons { about, chosen, .. } => give::reasons_screen(ctx, about, *chosen),
        Step::Comment { .. } => give::comment_screen(ctx),
        Step::Periods => report_view::periods_screen(ctx),
        Step::CustomPeriod => report_view::custom_screen(ctx),
        Step::Report { period, view } => report_view::report_screen(ctx, *period, *view).await?,
        Step::CertificateName => cert_view::name_screen(ctx),
    })
}

pub fn back(step: &Step) -> State {
    match step {
        Step::Reasons {
            about: About::Service { card, .. },
            ..
        } => (**card).clone(),
        Step::Reasons {
            about: About::Event,
            ..
        } => State::Menu,
        Step::Comment { id, chosen } => State::Feedback(Step::Reasons {
            id: *id,
            about: About::Event,
            chosen: *chosen,
        }),
        Step::CustomPeriod | Step::Report { .. } => State::Feedback(Step::Periods),
        Step::Periods | Step::CertificateName => State::Menu,
    }
}

pub fn accepts_long_text(step: &Step) -> bool {
    matches!(step, Step::Comment { .. })
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(pressed) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    match step {
        Step::Reasons { .. } | Step::Comment { .. } => give::on_button(ctx, step, pressed).await,
        Step::Periods | Step::Report { .. } => report_view::on_button(ctx, step, pressed).await,
        Step::CustomPeriod | Step::CertificateName => Ok(Flow::Unexpected),
    }
}

pub async fn on_text(ctx: &mut Ctx, step: &Step, text: &str) -> anyhow::Result<Flow> {
    match step {
        Step::Comment { id, .. } => give::on_comment(ctx, *id, text).await,
        Step::CustomPeriod => report_view::on_custom_period(ctx, text),
        Step::CertificateName => cert_view::on_name(ctx, text).await,
        Step::Reasons { .. } | Step::Periods | Step::Report { .. } => Ok(Flow::Unexpected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_leaves_each_step_where_it_came_from() {
        let card = State::Menu;
        assert_eq!(
            back(&Step::Reasons {
                id: 1,
                about: About::Service {
                    up: true,
                    card: Box::new(card.clone())
                },
                chosen: 0
            }),
            card
        );
        assert_eq!(
            back(&Step::Comment { id: 1, chosen: 3 }),
            State::Feedback(Step::Reasons {
                id: 1,
                about: About::Event,
                chosen: 3
            })
        );
        assert_eq!(back(&Step::CustomPeriod), State::Feedback(Step::Periods));
        assert_eq!(back(&Step::Periods), State::Menu);
        assert_eq!(back(&Step::CertificateName), State::Menu);
    }
}
