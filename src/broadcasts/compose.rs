//! Writing an announcement: the audience (staff choose one, a leader's is
//! their association), the text with an optional photo or document, versions
//! in other languages, the preview, the time and the confirmation. Also
//! `announce`, the one way other features send an announcement.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use teloxide::types::{MediaKind, Message, MessageKind};

use super::{
    MAX_CAPTION, MAX_TEXT, Step,
    button::Button,
    goto,
    history::local_time,
    may_send, own_draft, refuse, sender,
    store::{self, Audience, Media},
    why_key,
};
use crate::{
    access::Scope,
    associations,
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    i18n::Lang,
    telegram::{Refusal, Screen, button, escape, html_of},
};

/// "📣 New announcement" from the menu or the association screen.
pub async fn start(ctx: &Ctx) -> anyhow::Result<Flow> {
    match ctx.scope() {
        Some(Scope::All) => Ok(goto(Step::Audience)),
        Some(Scope::Association(id)) => compose_for(ctx, Audience::Association(id)).await,
        None => Ok(refuse()),
    }
}

async fn compose_for(ctx: &Ctx, audience: Audience) -> anyhow::Result<Flow> {
    if !may_send(ctx, &audience) {
        return Ok(refuse());
    }
    if store::audience_size(ctx.db(), &audience, ctx.user.id).await? == 0 {
        return Ok(Flow::Hint(ctx.t("bc-no-members")));
    }
    Ok(goto(Step::Compose { audience }))
}

/// The one way other features send an announcement (an event's change or
/// cancellation notice): to `audience`, one version per language (the
/// source language's is the original), from this user, through the same
/// queue, limits and report as any announcement. Nothing is queued when
/// nobody would receive it.
pub async fn announce(
    ctx: &Ctx,
    audience: Audience,
    versions: &BTreeMap<Lang, String>,
) -> anyhow::Result<()> {
    if store::audience_size(ctx.db(), &audience, ctx.user.id).await? == 0 {
        return Ok(());
    }
    let id = store::create_draft(
        ctx.db(),
        ctx.user.id,
        ctx.chat.0,
        &audience,
        versions
            .get(&Lang::SOURCE)
            .map(String::as_str)
            .unwrap_or_default(),
        None,
        ctx.now(),
    )
    .await?;
    for (lang, text) in versions {
        store::set_version(ctx.db(), id, *lang, text).await?;
    }
    if store::start(ctx.db(), id, ctx.now()).await? {
        sender::announce_start(&ctx.app, &ctx.bot, id).await?;
    }
    Ok(())
}

// ---- screens ----

pub(super) fn audience_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("bc-audience-prompt"))
        .button(ctx.t("bc-aud-everyone"), Button::ToEveryone.data())
        .button(ctx.t("bc-aud-association"), Button::ToAssociation.data())
        .button(ctx.t("bc-aud-language"), Button::ToLanguage.data())
        .button(ctx.t("bc-aud-topic"), Button::ToTopic.data())
        .row(ctx.nav_row())
}

pub(super) async fn pick_association_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let buttons = associations::store::all(ctx.db())
        .await?
        .into_iter()
        .map(|a| button(a.name, Button::Association(a.id).data()))
        .collect();
    Ok(Screen::new(ctx.t("bc-pick-association"))
        .grid(buttons, 1)
        .row(ctx.nav_row()))
}

/// One button per language, `pressed` making each one's data.
fn language_buttons(pressed: fn(Lang) -> Button) -> Vec<teloxide::types::InlineKeyboardButton> {
    Lang::ALL
        .iter()
        .map(|l| button(l.native_name(), pressed(*l).data()))
        .collect()
}

pub(super) fn pick_language_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("bc-pick-language"))
        .grid(language_buttons(Button::Language), 2)
        .row(ctx.nav_row())
}

pub(super) fn pick_topic_screen(ctx: &Ctx) -> Screen {
    let buttons = Topic::ALL
        .iter()
        .map(|t| button(ctx.topic(*t), Button::Topic(*t).data()))
        .collect();
    Screen::new(ctx.t("bc-pick-topic"))
        .grid(buttons, 1)
        .row(ctx.nav_row())
}

async fn audience_label(ctx: &Ctx, a: &Audience) -> anyhow::Result<String> {
    Ok(match a {
        Audience::Association(id) => associations::store::get(ctx.db(), *id)
            .await?
            .map(|a| a.name)
            .unwrap_or_default(),
        Audience::Everyone => ctx.t("bc-aud-everyone-inline"),
        Audience::Language(l) => l.native_name().to_owned(),
        Audience::Topic(t) => ctx.topic(*t),
        Audience::EventParticipants(_) => ctx.t("bc-aud-event"),
    })
}

pub(super) async fn compose_screen(ctx: &Ctx, audience: &Audience) -> anyhow::Result<Screen> {
    let name = audience_label(ctx, audience).await?;
    let n = store::audience_size(ctx.db(), audience, ctx.user.id).await?;
    Ok(Screen::new(ctx.tf(
        "bc-compose-prompt",
        &[
            (
                "audience",
                escape(&crate::i18n::isolate(ctx.lang(), &name)).into(),
            ),
            ("count", n.into()),
            ("max", (MAX_TEXT as i64).into()),
        ],
    ))
    .row(ctx.nav_row()))
}

pub(super) async fn preview_screen(ctx: &Ctx, id: i64) -> anyhow::Result<Screen> {
    let Some(b) = store::get(ctx.db(), id).await? else {
        return Ok(Screen::new(ctx.t("bc-gone")).row(ctx.nav_row()));
    };
    let n = store::audience_size(ctx.db(), &b.audience, b.sender_id).await?;
    let versions: Vec<&str> = b
        .versions_by_code()
        .into_iter()
        .map(|(l, _)| l.native_name())
        .collect();
    let text = ctx.tf(
        "bc-preview",
        &[
            ("count", n.into()),
            (
                "versions",
                if versions.is_empty() {
                    "—".to_owned()
                } else {
                    versions.join(", ")
                }
                .into(),
            ),
        ],
    );
    Ok(Screen::new(text)
        .row(vec![
            button(ctx.t("bc-send-now"), Button::SendNow.data()),
            button(ctx.t("bc-schedule"), Button::Later.data()),
        ])
        .button(ctx.t("bc-add-version"), Button::AddVersion.data())
        .row(ctx.nav_row()))
}

pub(super) fn version_lang_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("bc-version-lang"))
        .grid(language_buttons(Button::VersionLang), 2)
        .row(ctx.nav_row())
}

pub(super) fn version_text_screen(ctx: &Ctx, lang: &str) -> Screen {
    let name = Lang::exact(lang)
        .map(|l| l.native_name())
        .unwrap_or_default();
    Screen::new(ctx.tf(
        "bc-version-text",
        &[("language", crate::i18n::isolate(ctx.lang(), name).into())],
    ))
    .row(ctx.nav_row())
}

pub(super) async fn confirm_screen(
    ctx: &Ctx,
    id: i64,
    at: Option<DateTime<Utc>>,
) -> anyhow::Result<Screen> {
    let Some(b) = store::get(ctx.db(), id).await? else {
        return Ok(Screen::new(ctx.t("bc-gone")).row(ctx.nav_row()));
    };
    let n = store::audience_size(ctx.db(), &b.audience, b.sender_id).await?;
    let text = match at {
        None => ctx.tf("bc-confirm-now", &[("count", n.into())]),
        Some(t) => ctx.tf(
            "bc-confirm-later",
            &[("count", n.into()), ("when", local_time(ctx, t).into())],
        ),
    };
    Ok(Screen::new(text)
        .button(ctx.t("bc-confirm"), Button::Confirm.data())
        .row(ctx.nav_row()))
}

// ---- buttons ----

/// A button on staff's audience screens.
pub(super) async fn on_audience(ctx: &Ctx, step: &Step, pressed: Button) -> anyhow::Result<Flow> {
    if ctx.scope() != Some(Scope::All) {
        return Ok(refuse());
    }
    match (step, pressed) {
        (Step::Audience, Button::ToEveryone) => compose_for(ctx, Audience::Everyone).await,
        (Step::Audience, Button::ToAssociation) => Ok(goto(Step::PickAssociation)),
        (Step::Audience, Button::ToLanguage) => Ok(goto(Step::PickLanguage)),
        (Step::Audience, Button::ToTopic) => Ok(goto(Step::PickTopic)),
        (Step::PickAssociation, Button::Association(id)) => {
            if associations::store::get(ctx.db(), id).await?.is_some() {
                compose_for(ctx, Audience::Association(id)).await
            } else {
                Ok(Flow::Unexpected)
            }
        }
        (Step::PickLanguage, Button::Language(l)) => compose_for(ctx, Audience::Language(l)).await,
        (Step::PickTopic, Button::Topic(t)) => compose_for(ctx, Audience::Topic(t)).await,
        _ => Ok(Flow::Unexpected),
    }
}

/// Send now, later, or add a version.
pub(super) async fn on_preview(ctx: &Ctx, id: i64, pressed: Button) -> anyhow::Result<Flow> {
    if own_draft(ctx, id).await?.is_none() {
        return Ok(refuse());
    }
    Ok(goto(match pressed {
        Button::SendNow => Step::Confirm { id, at: None },
        Button::Later => Step::Schedule { id },
        _ => Step::TranslationLang { id },
    }))
}

/// Confirm: start sending now, or plan it for `at`; the confirmation
/// becomes the record of what was done, with the main menu below.
pub(super) async fn confirm(ctx: &Ctx, id: i64, at: Option<DateTime<Utc>>) -> anyhow::Result<Flow> {
    if own_draft(ctx, id).await?.is_none() {
        // Already sent (a second press) or no longer allowed.
        return Ok(Flow::Unexpected);
    }
    let done = match at {
        None => {
            if store::start(ctx.db(), id, ctx.now()).await? {
                sender::announce_start(&ctx.app, &ctx.bot, id).await?;
            }
            ctx.t("bc-queued")
        }
        Some(at) if at <= ctx.now() => {
            return Ok(Flow::notice(
                State::Broadcasts(Step::Schedule { id }),
                ctx.t("bc-when-past"),
            ));
        }
        Some(at) => {
            store::schedule(ctx.db(), id, at).await?;
            ctx.tf("bc-scheduled", &[("when", local_time(ctx, at).into())])
        }
    };
    Ok(Flow::Record {
        text: done,
        then: State::Menu,
    })
}

// ---- typed messages ----

/// The announcement itself, typed or sent into the composer.
pub(super) async fn on_content(
    ctx: &Ctx,
    audience: &Audience,
    msg: &Message,
) -> anyhow::Result<Flow> {
    if !may_send(ctx, audience) {
        return Ok(refuse());
    }
    let (text, media) = match read_content(ctx, msg) {
        Ok(content) => content,
        Err(hint) => return Ok(Flow::Hint(hint)),
    };
    let id = store::create_draft(
        ctx.db(),
        ctx.user.id,
        ctx.chat.0,
        audience,
        &text,
        media.as_ref(),
        ctx.now(),
    )
    .await?;
    send_preview(ctx, id).await?;
    Ok(Flow::below(State::Broadcasts(Step::Preview { id })))
}

/// A version in language `lang` (a code) of draft `id`.
pub(super) async fn on_version(
    ctx: &Ctx,
    id: i64,
    lang: &str,
    msg: &Message,
) -> anyhow::Result<Flow> {
    let Some(b) = own_draft(ctx, id).await? else {
        return Ok(refuse());
    };
    let (Some(plain), Some(lang)) = (msg.text(), Lang::exact(lang)) else {
        return Ok(Flow::Unexpected);
    };
    let limit = if b.media.is_some() {
        MAX_CAPTION
    } else {
        MAX_TEXT
    };
    if let Some(hint) = too_long(ctx, plain, limit) {
        return Ok(Flow::Hint(hint));
    }
    store::set_version(ctx.db(), id, lang, &html_of(plain, msg.entities())).await?;
    send_preview(ctx, id).await?;
    Ok(Flow::below(State::Broadcasts(Step::Preview { id })))
}

/// The time typed for a planned announcement.
pub(super) fn on_when(ctx: &Ctx, id: i64, msg: &Message) -> anyhow::Result<Flow> {
    let Some(text) = msg.text() else {
        return Ok(Flow::Unexpected);
    };
    Ok(
        match crate::time::parse_when(text, &ctx.app.config.timezone, ctx.now()) {
            Ok(at) => goto(Step::Confirm { id, at: Some(at) }),
            Err(crate::time::WhenError::InThePast) => Flow::Hint(ctx.t("bc-when-past")),
            Err(crate::time::WhenError::Unreadable) => Flow::Hint(ctx.t("bc-when-unreadable")),
        },
    )
}

/// What the user is told when `plain` is over `limit` characters.
fn too_long(ctx: &Ctx, plain: &str, limit: usize) -> Option<String> {
    let n = plain.chars().count();
    (n > limit).then(|| {
        ctx.tf(
            "bc-too-long",
            &[
                ("length", (n as i64).into()),
                ("max", (limit as i64).into()),
            ],
        )
    })
}

/// The announcement's HTML text and optional media, or what to tell the
/// user is wrong (empty, too long, unsupported attachment).
fn read_content(ctx: &Ctx, msg: &Message) -> Result<(String, Option<Media>), String> {
    let unsupported = || ctx.t("bc-unsupported");
    let MessageKind::Common(common) = &msg.kind else {
        return Err(unsupported());
    };
    let (media, plain, limit) = match &common.media_kind {
        MediaKind::Text(_) => (None, msg.text().unwrap_or_default(), MAX_TEXT),
        MediaKind::Photo(p) => {
            let Some(largest) = p.photo.iter().max_by_key(|s| s.width * s.height) else {
                return Err(unsupported());
            };
            (
                Some(Media::Photo(largest.file.id.0.clone())),
                msg.caption().unwrap_or_default(),
                MAX_CAPTION,
            )
        }
        MediaKind::Document(d) => (
            Some(Media::Document(d.document.file.id.0.clone())),
            msg.caption().unwrap_or_default(),
            MAX_CAPTION,
        ),
        _ => return Err(unsupported()),
    };
    if plain.trim().is_empty() {
        return Err(ctx.t("bc-empty"));
    }
    if let Some(hint) = too_long(ctx, plain, limit) {
        return Err(hint);
    }
    let entities = if media.is_some() {
        msg.caption_entities()
    } else {
        msg.entities()
    };
    Ok((html_of(plain, entities), media))
}

/// Shows the sender the announcement exactly as members will receive it,
/// once per language version.
async fn send_preview(ctx: &Ctx, id: i64) -> anyhow::Result<()> {
    let Some(b) = store::get(ctx.db(), id).await? else {
        return Ok(());
    };
    let mut versions: Vec<(Option<Lang>, &str)> = vec![(None, b.text.as_str())];
    versions.extend(b.versions_by_code().into_iter().map(|(l, t)| (Some(l), t)));
    for (lang, text) in versions {
        let label = match lang {
            Some(l) => ctx.tf(
                "bc-preview-version",
                &[(
                    "language",
                    crate::i18n::isolate(ctx.lang(), l.native_name()).into(),
                )],
            ),
            None => ctx.t("bc-preview-original"),
        };
        ctx.say(&label).await?;
        ctx.app.budget.reply().await;
        let res =
            sender::send_content(&ctx.bot, ctx.chat, &b.media, text, Some(&ctx.app.budget)).await;
        match res.as_ref().map_err(crate::telegram::classify) {
            Ok(()) => {}
            Err(crate::telegram::Failure::Permanent) => {
                let why = res.err().map(|e| e.to_string()).unwrap_or_default();
                tracing::info!(error = %why, "preview refused by Telegram");
                let reason = ctx.t(why_key(Refusal::of(&why)));
                ctx.say(&ctx.tf("bc-preview-refused", &[("reason", reason.into())]))
                    .await?;
            }
            Err(_) => {
                tracing::info!("preview not delivered");
            }
        }
    }
    Ok(())
}
