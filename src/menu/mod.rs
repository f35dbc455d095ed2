//! The main menu and /help. The menu shows only features that work, and only
//! those the user's role may use.

use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    privacy,
    telegram::{Screen, button},
};

pub fn render(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("menu-title"))
        .row(vec![
            button(ctx.t("menu-language"), "menu:language"),
            button(ctx.t("menu-help"), "menu:help"),
        ])
        .button(ctx.t("menu-privacy"), "menu:privacy")
}

pub fn on_button(_ctx: &Ctx, data: &str) -> Flow {
    match data {
        "menu:language" => Flow::Goto(State::Language),
        "menu:help" => Flow::Goto(State::Help),
        "menu:privacy" => Flow::Goto(State::Privacy(privacy::Step::Overview)),
        _ => Flow::Unexpected,
    }
}

pub fn help(ctx: &Ctx) -> Screen {
    let lines = [
        "help-intro",
        "help-menu",
        "help-language",
        "help-privacy",
        "help-cancel",
    ];
    let text = lines
        .iter()
        .map(|k| ctx.t(k))
        .collect::<Vec<_>>()
        .join("\n\n");
    Screen::new(text).row(ctx.nav_row())
}
