//! The main menu and /help. The menu shows only features that work, and only
//! those the user's role may use.

use crate::{
    access::Role,
    context::Ctx,
    dialogue::{Flow, State},
    directory, privacy,
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
        crate::events::menu_rows(ctx).await?,
        crate::broadcasts::menu_rows(ctx).await?,
        crate::associations::menu_rows(ctx).await?,
        crate::feedback::menu_rows(ctx).await?,
    ];
    for row in rows.into_iter().flatten() {
        screen = screen.row(row);
    }
    Ok(screen
        .row(vec![
            button(ctx.t("menu-language"), "menu:language"),
            button(ctx.t("menu-help"), "menu:help"),
        ])
        .button(ctx.t("menu-privacy"), "menu:privacy"))
}

pub async fn on_button(ctx: &Ctx, data: &str) -> anyhow::Result<Flow> {
    if let Some(flow) = crate::associations::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = crate::events::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = crate::feedback::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    if let Some(flow) = crate::broadcasts::from_menu(ctx, data).await? {
        return Ok(flow);
    }
    Ok(match data {
        "menu:services" => Flow::Goto(State::Directory(directory::Step::Topics)),
        "menu:inbox" if ctx.role.at_least(Role::Staff) => {
            Flow::Goto(State::Directory(directory::Step::Inbox))
        }
        "menu:inbox" => {
            ctx.say(&ctx.t("staff-only")).await?;
            Flow::Goto(State::Menu)
        }
        "menu:language" => Flow::Goto(State::Language),
        "menu:help" => Flow::Goto(State::Help),
        "menu:privacy" => Flow::Goto(State::Privacy(privacy::Step::Overview)),
        _ => Flow::Unexpected,
    })
}

pub fn help(ctx: &Ctx) -> Screen {
    let lines = [
        "help-intro",
        "help-services",
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
