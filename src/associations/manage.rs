//! Staff managing associations: the list, creating one (name, description,
//! languages), and its leaders (single-use invites, removing a leader).

use chrono::Duration;

use super::{
    Step,
    button::Button,
    goto,
    mine::invite_link,
    store::{self, InviteKind},
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    i18n::Lang,
    telegram::{Screen, button, check_button, escape},
};

/// How long a leader invite stays valid.
const LEADER_INVITE_DAYS: i64 = 7;
const MAX_NAME: usize = 80;
const MAX_DESCRIPTION: usize = 500;

fn lang_list(codes: &[String]) -> String {
    codes
        .iter()
        .filter_map(|c| Lang::from_code(c))
        .map(|l| l.native_name().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) async fn list_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let all = store::all(ctx.db()).await?;
    let buttons = all
        .iter()
        .map(|a| button(a.name.clone(), Button::View(a.id).data()))
        .collect();
    let text = if all.is_empty() {
        ctx.t("assoc-none")
    } else {
        ctx.t("assoc-list")
    };
    Ok(Screen::new(text)
        .grid(buttons, 1)
        .button(ctx.t("assoc-new"), Button::New.data())
        .row(ctx.nav_row()))
}

pub(super) fn description_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("assoc-description-prompt"))
        .button(ctx.t("assoc-skip"), Button::Skip.data())
        .row(ctx.nav_row())
}

/// One toggle per language, ✅ on those in `chosen` (codes).
pub(super) fn languages_screen(ctx: &Ctx, chosen: &[String]) -> Screen {
    let buttons = Lang::ALL
        .iter()
        .map(|l| {
            check_button(
                chosen.iter().any(|c| c == l.code()),
                l.native_name(),
                Button::Lang(*l).data(),
            )
        })
        .collect();
    Screen::new(ctx.t("assoc-languages-prompt"))
        .grid(buttons, 2)
        .button(ctx.t("assoc-create"), Button::Create.data())
        .row(ctx.nav_row())
}

pub(super) async fn view_screen(ctx: &Ctx, id: i64) -> anyhow::Result<Screen> {
    let db = ctx.db();
    let Some(a) = store::get(db, id).await? else {
        return Ok(Screen::new(ctx.t("assoc-gone")).row(ctx.nav_row()));
    };
    let leaders = store::leaders(db, a.id).await?;
    let names: Vec<String> = leaders
        .iter()
        .map(|l| escape(&crate::i18n::isolate(ctx.lang(), &l.1)))
        .collect();
    let text = ctx.tf(
        "assoc-view",
        &[
            (
                "name",
                escape(&crate::i18n::isolate(ctx.lang(), &a.name)).into(),
            ),
            (
                "description",
                escape(&crate::i18n::isolate(ctx.lang(), &a.description)).into(),
            ),
            (
                "languages",
                lang_list(&a.languages)
                    .split(", ")
                    .map(|n| crate::i18n::isolate(ctx.lang(), n))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ),
            ("members", store::member_count(db, a.id).await?.into()),
            (
                "leaders",
                if names.is_empty() {
                    "—".to_owned()
                } else {
                    names.join(", ")
                }
                .into(),
            ),
        ],
    );
    let open = store::open_leader_invites(db, a.id, ctx.now()).await?;
    let mut s = Screen::new(text).button(ctx.t("assoc-leader-invite"), Button::LeaderInvite.data());
    for (user, name) in &leaders {
        s = s.button(
            ctx.tf(
                "assoc-remove-leader",
                &[("name", crate::i18n::isolate(ctx.lang(), name).into())],
            ),
            Button::Unlead(*user).data(),
        );
    }
    if open > 0 {
        s = s.button(
            ctx.tf("assoc-revoke-leader-invites", &[("count", open.into())]),
            Button::RevokeLeaderInvites.data(),
        );
    }
    Ok(s.row(ctx.nav_row()))
}

pub(super) async fn remove_leader_screen(ctx: &Ctx, id: i64, user: i64) -> anyhow::Result<Screen> {
    let leaders = store::leaders(ctx.db(), id).await?;
    Ok(
        match (
            store::get(ctx.db(), id).await?,
            leaders.iter().find(|l| l.0 == user),
        ) {
            (Some(a), Some((_, name))) => Screen::new(ctx.tf(
                "assoc-remove-leader-confirm",
                &[
                    (
                        "name",
                        escape(&crate::i18n::isolate(ctx.lang(), name)).into(),
                    ),
                    (
                        "association",
                        escape(&crate::i18n::isolate(ctx.lang(), &a.name)).into(),
                    ),
                ],
            ))
            .button(ctx.t("assoc-remove-leader-yes"), Button::UnleadYes.data())
            .row(ctx.nav_row()),
            _ => Screen::new(ctx.t("assoc-gone")).row(ctx.nav_row()),
        },
    )
}

/// The name typed for a new association.
pub(super) fn on_name(ctx: &Ctx, text: &str) -> Flow {
    if text.is_empty() || text.chars().count() > MAX_NAME {
        return Flow::Hint(ctx.tf("assoc-name-invalid", &[("max", (MAX_NAME as i64).into())]));
    }
    goto(Step::NewDescription {
        name: text.to_owned(),
    })
}

/// The description typed for a new association.
pub(super) fn on_description(ctx: &Ctx, name: &str, text: &str) -> Flow {
    if text.chars().count() > MAX_DESCRIPTION {
        return Flow::Hint(ctx.tf(
            "assoc-description-invalid",
            &[("max", (MAX_DESCRIPTION as i64).into())],
        ));
    }
    goto(Step::NewLanguages {
        name: name.to_owned(),
        description: text.to_owned(),
        langs: vec![],
    })
}

/// A language toggled, or Create pressed, on the languages step.
pub(super) async fn on_languages(
    ctx: &Ctx,
    name: &str,
    description: &str,
    langs: &[String],
    pressed: Button,
) -> anyhow::Result<Flow> {
    match pressed {
        Button::Lang(l) => {
            let mut langs = langs.to_vec();
            crate::telegram::toggle(&mut langs, l.code());
            Ok(goto(Step::NewLanguages {
                name: name.to_owned(),
                description: description.to_owned(),
                langs,
            }))
        }
        Button::Create => {
            let id =
                store::create(ctx.db(), name, description, langs, ctx.user.id, ctx.now()).await?;
            tracing::info!(association = id, "association created");
            Ok(goto(Step::View { id }))
        }
        _ => Ok(Flow::Unexpected),
    }
}

/// A new single-use leader link for association `id`, said in the chat.
pub(super) async fn leader_invite(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    let Some(a) = store::get(ctx.db(), id).await? else {
        return Ok(Flow::Unexpected);
    };
    let now = ctx.now();
    let code = store::create_invite(
        ctx.db(),
        id,
        InviteKind::Leader,
        ctx.user.id,
        now,
        Some(now + Duration::days(LEADER_INVITE_DAYS)),
    )
    .await?;
    Ok(Flow::Hint(ctx.tf(
        "assoc-leader-link",
        &[
            (
                "name",
                escape(&crate::i18n::isolate(ctx.lang(), &a.name)).into(),
            ),
            ("link", invite_link(ctx, InviteKind::Leader, &code).into()),
            ("days", LEADER_INVITE_DAYS.into()),
        ],
    )))
}

/// Confirmed: `user` no longer leads association `id`.
pub(super) async fn remove_leader(ctx: &Ctx, id: i64, user: i64) -> anyhow::Result<Flow> {
    if !store::remove_leader(ctx.db(), id, user).await? {
        return Ok(Flow::Unexpected);
    }
    tracing::info!(association = id, "leader removed by staff");
    Ok(Flow::notice(
        State::Associations(Step::View { id }),
        ctx.t("assoc-leader-removed"),
    ))
}

/// Every leader link of association `id` not used yet stops working.
pub(super) async fn revoke_leader_invites(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    let n = store::revoke_leader_invites(ctx.db(), id, ctx.now()).await?;
    Ok(Flow::notice(
        State::Associations(Step::View { id }),
        ctx.tf(
            "assoc-leader-invites-revoked",
            &[("count", (n as i64).into())],
        ),
    ))
}
