//! Announcements: leaders write to their association's members, staff to
//! everyone or a selection (association, language, followed topic). The
//! composer takes formatted text with an optional photo or document, optional
//! versions per language, shows a preview exactly as members will see it, and
//! sends now or at a chosen time after a confirmation.
//!
//! - `compose`: the audience, the composer, versions, preview, schedule and
//!   confirmation, and `announce` for other features;
//! - `history`: past and planned announcements, and withdrawing one;
//! - `sender`: the background queue, progress and the final report;
//! - `store`, `model`: the tables and their values; `button`: callback data.

mod button;
mod compose;
mod history;
mod model;
pub mod sender;
pub mod store;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use teloxide::types::Message;

pub use self::compose::{announce, start};
use self::{button::Button, store::Audience};
use crate::{
    access::{Denied, Scope},
    context::Ctx,
    dialogue::{Flow, State},
    telegram::{Refusal, Screen, button},
};

pub const MAX_TEXT: usize = 4096;
pub const MAX_CAPTION: usize = 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    Audience,
    PickAssociation,
    PickLanguage,
    PickTopic,
    Compose {
        audience: Audience,
    },
    Preview {
        id: i64,
    },
    TranslationLang {
        id: i64,
    },
    /// `lang` is a language code.
    TranslationText {
        id: i64,
        lang: String,
    },
    Schedule {
        id: i64,
    },
    /// Stored as unix seconds, as earlier versions did.
    Confirm {
        id: i64,
        #[serde(with = "chrono::serde::ts_seconds_option")]
        at: Option<DateTime<Utc>>,
    },
    History,
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Broadcasts(step))
}

/// What anyone refused here is told.
const NOT_ALLOWED: Denied = Denied::because("bc-not-allowed");

fn refuse() -> Flow {
    Flow::Denied(NOT_ALLOWED)
}

/// May this user send to `audience` right now? Re-checked at every step:
/// staff to anyone, a leader to the association they lead now.
fn may_send(ctx: &Ctx, audience: &Audience) -> bool {
    match audience {
        Audience::Association(id) => ctx.manages(Some(*id)),
        _ => ctx.scope() == Some(Scope::All),
    }
}

/// The draft `id`, if it exists, is still a draft, and this user may send it.
async fn own_draft(ctx: &Ctx, id: i64) -> anyhow::Result<Option<store::Broadcast>> {
    Ok(store::get(ctx.db(), id).await?.filter(|b| {
        b.sender_id == ctx.user.id && b.status == store::Status::Draft && may_send(ctx, &b.audience)
    }))
}

/// Whether this user may see `step` now, checked whenever it is drawn.
async fn may_view(ctx: &Ctx, step: &Step) -> anyhow::Result<bool> {
    Ok(match step {
        Step::Audience | Step::PickAssociation | Step::PickLanguage | Step::PickTopic => {
            ctx.scope() == Some(Scope::All)
        }
        Step::Compose { audience } => may_send(ctx, audience),
        Step::Preview { id }
        | Step::TranslationLang { id }
        | Step::TranslationText { id, .. }
        | Step::Schedule { id }
        | Step::Confirm { id, .. } => own_draft(ctx, *id).await?.is_some(),
        Step::History => ctx.scope().is_some(),
    })
}

/// The menu's (and a leader's association screen's) announcement buttons;
/// None for any other button.
pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match Button::parse(data) {
        Some(Button::New) => Some(start(ctx).await?),
        Some(Button::History) => Some(goto(Step::History)),
        _ => None,
    })
}

pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    Ok(if ctx.scope().is_some() {
        vec![vec![
            button(ctx.t("bc-new"), Button::New.data()),
            button(ctx.t("bc-history"), Button::History.data()),
        ]]
    } else {
        vec![]
    })
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    if !may_view(ctx, step).await? {
        return Ok(Screen::new(ctx.t(NOT_ALLOWED.key())).row(ctx.home_row()));
    }
    match step {
        Step::Audience => Ok(compose::audience_screen(ctx)),
        Step::PickAssociation => compose::pick_association_screen(ctx).await,
        Step::PickLanguage => Ok(compose::pick_language_screen(ctx)),
        Step::PickTopic => Ok(compose::pick_topic_screen(ctx)),
        Step::Compose { audience } => compose::compose_screen(ctx, audience).await,
        Step::Preview { id } => compose::preview_screen(ctx, *id).await,
        Step::TranslationLang { .. } => Ok(compose::version_lang_screen(ctx)),
        Step::TranslationText { lang, .. } => Ok(compose::version_text_screen(ctx, lang)),
        Step::Schedule { .. } => Ok(Screen::new(ctx.t("bc-when")).row(ctx.nav_row())),
        Step::Confirm { id, at } => compose::confirm_screen(ctx, *id, *at).await,
        Step::History => history::screen(ctx).await,
    }
}

pub fn back(step: &Step) -> State {
    match step {
        Step::PickAssociation | Step::PickLanguage | Step::PickTopic => {
            State::Broadcasts(Step::Audience)
        }
        Step::TranslationLang { id } | Step::Schedule { id } | Step::Confirm { id, .. } => {
            State::Broadcasts(Step::Preview { id: *id })
        }
        Step::TranslationText { id, .. } => State::Broadcasts(Step::TranslationLang { id: *id }),
        Step::Audience | Step::Compose { .. } | Step::Preview { .. } | Step::History => State::Menu,
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(pressed) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    match (step, pressed) {
        (Step::History, Button::Unschedule(id)) => history::unschedule(ctx, id).await,
        (Step::Audience | Step::PickAssociation | Step::PickLanguage | Step::PickTopic, b) => {
            compose::on_audience(ctx, step, b).await
        }
        (Step::Preview { id }, b @ (Button::SendNow | Button::Later | Button::AddVersion)) => {
            compose::on_preview(ctx, *id, b).await
        }
        (Step::TranslationLang { id }, Button::VersionLang(l)) => Ok(goto(Step::TranslationText {
            id: *id,
            lang: l.code().to_owned(),
        })),
        (Step::Confirm { id, at }, Button::Confirm) => compose::confirm(ctx, *id, *at).await,
        _ => Ok(Flow::Unexpected),
    }
}

/// Text, photo or document typed into the composer.
pub async fn on_message(ctx: &mut Ctx, step: &Step, msg: &Message) -> anyhow::Result<Flow> {
    match step {
        Step::Compose { audience } => compose::on_content(ctx, audience, msg).await,
        Step::TranslationText { id, lang } => compose::on_version(ctx, *id, lang, msg).await,
        Step::Schedule { id } => compose::on_when(ctx, *id, msg),
        _ => Ok(Flow::Unexpected),
    }
}

/// The words (a fragment) that explain why Telegram refused a message.
pub fn why_key(r: Refusal) -> &'static str {
    match r {
        Refusal::Formatting => "bc-why-formatting",
        Refusal::TooLong => "bc-why-too-long",
        Refusal::Media => "bc-why-media",
        Refusal::Other => "bc-why-other",
    }
}

/// Steps that take a typed message (which may be long).
pub fn accepts_long_text(step: &Step) -> bool {
    matches!(step, Step::Compose { .. } | Step::TranslationText { .. })
}

/// Steps that take a photo or document.
pub fn accepts_media(step: &Step) -> bool {
    matches!(step, Step::Compose { .. })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_leads_one_step_up() {
        let bc = State::Broadcasts;
        assert_eq!(back(&Step::PickTopic), bc(Step::Audience));
        assert_eq!(back(&Step::Schedule { id: 3 }), bc(Step::Preview { id: 3 }));
        assert_eq!(
            back(&Step::TranslationText {
                id: 3,
                lang: "fr".into()
            }),
            bc(Step::TranslationLang { id: 3 })
        );
        assert_eq!(back(&Step::Preview { id: 3 }), State::Menu);
        assert_eq!(back(&Step::History), State::Menu);
    }

    #[test]
    fn a_planned_time_is_stored_as_before() {
        let at = crate::time::utc(1_900_000_000);
        let step = Step::Confirm {
            id: 1,
            at: Some(at),
        };
        let json = serde_json::to_string(&step).unwrap();
        assert_eq!(json, r#"{"Confirm":{"id":1,"at":1900000000}}"#);
        assert_eq!(serde_json::from_str::<Step>(&json).unwrap(), step);
    }
}
