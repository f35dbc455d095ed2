//! First contact: language picker, privacy notice, then the main menu. Also
//! changing the language later, and opening `/start <code>` deep links.

pub mod button;

use serde::{Deserialize, Serialize};

use self::button::Button;
use crate::{
    access::Denied,
    context::Ctx,
    dialogue::{Flow, State},
    domain::StartPayload,
    i18n::Lang,
    storage::users,
    telegram::{Screen, button, commands, nav},
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    Language { payload: Option<StartPayload> },
    Privacy { payload: Option<StartPayload> },
}

impl Step {
    /// The first step; `payload` is a deep link to open once onboarding ends.
    pub fn start(payload: Option<StartPayload>) -> Step {
        Step::Language { payload }
    }
}

pub fn render(ctx: &Ctx, step: &Step) -> Screen {
    match step {
        Step::Language { .. } => language_screen(ctx, false),
        Step::Privacy { .. } => Screen::new(ctx.t("privacy-notice"))
            .button(ctx.t("privacy-accept"), Button::Accept.data())
            .row(vec![button(ctx.t("nav-back"), nav::BACK)]),
    }
}

/// The language picker. Before any choice, the prompt is shown in every
/// language, the client's own first; afterwards, in the current one.
pub fn language_screen(ctx: &Ctx, with_nav: bool) -> Screen {
    let first = ctx.user.lang.or(ctx.user.client_lang);
    let order = Lang::picker_order(first);
    let prompt = if with_nav {
        ctx.t("language-prompt")
    } else {
        order
            .iter()
            .map(|l| ctx.app.i18n.t(*l, "language-prompt"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let buttons = order
        .iter()
        .map(|l| button(l.native_name(), Button::Language(*l).data()))
        .collect();
    let screen = Screen::new(prompt).grid(buttons, 2);
    if with_nav {
        screen.row(ctx.nav_row())
    } else {
        screen
    }
}

pub fn back(step: &Step) -> Step {
    match step {
        Step::Privacy { payload } | Step::Language { payload } => Step::Language {
            payload: payload.clone(),
        },
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(pressed) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    match (step, pressed) {
        (Step::Language { payload }, Button::Language(lang)) => {
            set_language(ctx, lang).await?;
            if ctx.user.privacy_accepted {
                return finish(ctx, payload.clone()).await;
            }
            Ok(Flow::Goto(State::Onboarding(Step::Privacy {
                payload: payload.clone(),
            })))
        }
        (Step::Privacy { payload }, Button::Accept) => {
            if payload.is_some() {
                // The link may use an invitation (a transaction of its
                // own): consent is on record before it.
                users::accept_privacy(ctx.db(), ctx.user.id, ctx.now()).await?;
            } else {
                ctx.turn.accept_privacy();
            }
            ctx.user.privacy_accepted = true;
            finish(ctx, payload.clone()).await
        }
        (Step::Language { .. }, Button::Accept) | (Step::Privacy { .. }, Button::Language(_)) => {
            Ok(Flow::Unexpected)
        }
    }
}

async fn finish(ctx: &mut Ctx, payload: Option<StartPayload>) -> anyhow::Result<Flow> {
    match payload {
        Some(p) => open_link(ctx, &p).await,
        None => Ok(Flow::Goto(State::Menu)),
    }
}

/// Changing the language after onboarding: the menu comes back in the new
/// one (`set_language` has switched this update's `ctx` to it, and the
/// router draws the menu with that `ctx`).
pub async fn on_language_button(ctx: &mut Ctx, data: &str) -> anyhow::Result<Flow> {
    let Some(Button::Language(lang)) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    set_language(ctx, lang).await?;
    Ok(Flow::notice(State::Menu, ctx.t("language-changed")))
}

async fn set_language(ctx: &mut Ctx, lang: Lang) -> anyhow::Result<()> {
    ctx.turn.choose_lang(lang);
    let before = ctx.user.lang.replace(lang);
    // The command menu of this chat follows the chosen language. The
    // per-language menus registered at start-up already cover a choice equal
    // to the client's language, so only a different one needs this chat's
    // own menu (and going back to the client's language drops it). It is
    // sent in the background: the reply need not wait for it.
    let client = ctx.user.client_lang;
    let (bot, i18n, chat) = (ctx.bot.clone(), ctx.app.i18n.clone(), ctx.chat);
    if Some(lang) != client {
        tokio::spawn(async move {
            if let Err(e) = commands::register_for_chat(&bot, &i18n, chat, lang).await {
                tracing::warn!(error = %e, "could not set this chat's command menu");
            }
        });
    } else if before.is_some_and(|b| Some(b) != client) {
        tokio::spawn(async move {
            if let Err(e) = commands::reset_for_chat(&bot, chat).await {
                tracing::warn!(error = %e, "could not reset this chat's command menu");
            }
        });
    }
    Ok(())
}

/// Opens a `/start <code>` deep link. Each feature that issues links
/// recognises its own codes here; anything else is reported as unknown.
pub async fn open_link(ctx: &mut Ctx, payload: &StartPayload) -> anyhow::Result<Flow> {
    if let Some(flow) = crate::associations::open_invite(ctx, payload).await? {
        return Ok(flow);
    }
    tracing::debug!(payload = payload.as_str(), "unknown deep link");
    Ok(Flow::Denied(Denied::because("deeplink-unknown")))
}
