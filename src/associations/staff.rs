//! Admins granting and revoking staff rights.

use super::{Step, button::Button, goto, store};
use crate::{
    context::Ctx,
    dialogue::Flow,
    telegram::{Screen, escape},
};

pub(super) async fn list_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let staff = store::staff_list(ctx.db()).await?;
    let mut text = ctx.t("staff-title");
    let mut s = Screen::new(String::new());
    for (id, name) in &staff {
        text.push_str(&format!(
            "\n• {} ({id})",
            escape(&crate::i18n::isolate(ctx.lang(), name))
        ));
        s = s.button(
            ctx.tf(
                "staff-revoke",
                &[("name", crate::i18n::isolate(ctx.lang(), name).into())],
            ),
            Button::Unstaff(*id).data(),
        );
    }
    if staff.is_empty() {
        text.push_str(&format!("\n{}", ctx.t("staff-none")));
    }
    s.text = text;
    Ok(s.button(ctx.t("staff-add"), Button::AddStaff.data())
        .row(ctx.nav_row()))
}

/// Takes staff rights away from `user`.
pub(super) async fn revoke(ctx: &Ctx, user: i64) -> anyhow::Result<Flow> {
    if !store::revoke_staff(ctx.db(), user).await? {
        return Ok(Flow::Unexpected);
    }
    Ok(goto(Step::StaffList))
}

/// The user id typed to grant staff rights: only someone who has used the
/// bot can be granted them.
pub(super) async fn add(ctx: &Ctx, text: &str) -> anyhow::Result<Flow> {
    let id = crate::text::ascii_digits(text)
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|i| *i > 0);
    let known = match id {
        Some(id) if crate::storage::users::get(ctx.db(), id).await?.is_some() => id,
        _ => return Ok(Flow::Hint(ctx.t("staff-add-unknown"))),
    };
    store::grant_staff(ctx.db(), known, ctx.user.id, ctx.now()).await?;
    Ok(goto(Step::StaffList))
}
