//! The main menu and /help. The menu shows only features that work, and only
//! those the user's role may use.

pub mod button;

use self::button::Button;
use crate::{
    associations, broadcasts,
    context::Ctx,
    dialogue::{Flow, State},
    directory, events, feedback, privacy, questions,
    telegram::{Screen, button},
};

pub async fn render(ctx: &Ctx) -> anyhow::Result<Screen> {
    let mut screen = Screen::new(format!(
        "{}\n\n{}",
        ctx.t("menu-title"),
        ctx.t("menu-type-hint")
    ));
    let rows = [
        directory::menu_rows(ctx).await?,
        questions::menu_rows(ctx).await?,
        events::menu_rows(ctx).await?,
        broadcasts::menu_rows(ctx).await?,
        associations::menu_rows(ctx).await?,
        feedback::menu_rows(ctx).await?,
    ];
    for row in rows.into_iter().flatten() {
        screen = screen.row(row);
    }
    Ok(screen
        .row(vec![
            button(ctx.t("menu-language"), Button::Language.data()),
            button(ctx.t("menu-help"), Button::Help.data()),
        ])
        .button(ctx.t("menu-privacy"), Button::Privacy.data()))
}

/// A main-menu button: each feature is asked for its own entries first.
pub async fn on_button(ctx: &Ctx, data: &str) -> anyhow::Result<Flow> {
    if let Some(flow) = associations::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = events::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = feedback::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = broadcasts::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = directory::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = questions::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    Ok(match Button::parse(data) {
        Some(Button::Language) => Flow::Goto(State::Language),
        Some(Button::Help) => Flow::Goto(State::Help),
        Some(Button::Privacy) => Flow::Goto(State::Privacy(privacy::Step::Overview)),
        None => Flow::Unexpected,
    })
}

pub fn help(ctx: &Ctx) -> Screen {
    let lines = [
        "help-intro",
        "help-services",
        "help-questions",
        "help-events",
        "help-associations",
        "help-menu",
        "help-language",
        "help-privacy",
        "help-certificate",
        "help-cancel",
    ];
    let text = lines
        .iter()
        .map(|k| ctx.t(k))
        .collect::<Vec<_>>()
        .join("\n\n");
    Screen::new(text).row(ctx.nav_row())
}
