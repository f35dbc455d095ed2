//! Announcements: leaders write to their association's members, staff to
//! everyone or a selection (association, language, followed topic). The
//! composer takes formatted text with an optional photo or document, optional
//! versions per language, shows a preview exactly as members will see it, and
//! sends now or at a chosen time after a confirmation.

pub mod sender;
pub mod store;

use serde::{Deserialize, Serialize};
use teloxide::types::{MediaKind, Message, MessageKind};

use self::store::Audience;
use crate::{
    access::Role,
    associations,
    context::Ctx,
    dialogue::{Flow, State},
    directory::model::Topic,
    i18n::Lang,
    telegram::{Refusal, Screen, button, escape, html_of},
};

pub const MAX_TEXT: usize = 4096;
pub const MAX_CAPTION: usize = 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    Audience,
    PickAssociation,
    PickLanguage,
    PickTopic,
    Compose { audience: Audience },
    Preview { id: i64 },
    TranslationLang { id: i64 },
    TranslationText { id: i64, lang: String },
    Schedule { id: i64 },
    Confirm { id: i64, at: Option<i64> },
    History,
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Broadcasts(step))
}

/// May this user send to `audience` right now? Re-checked at every step.
async fn may_send(ctx: &Ctx, audience: &Audience) -> anyhow::Result<bool> {
    if ctx.role.at_least(Role::Staff) {
        return Ok(true);
    }
    Ok(match audience {
        Audience::Association(id) => ctx.leads == Some(*id),
        _ => false,
    })
}

async fn refuse(ctx: &Ctx) -> anyhow::Result<Flow> {
    ctx.say(&ctx.t("bc-not-allowed")).await?;
    Ok(Flow::Goto(State::Menu))
}

/// The draft `id`, if it exists, is still a draft, and this user may send it.
async fn own_draft(ctx: &Ctx, id: i64) -> anyhow::Result<Option<store::Broadcast>> {
    Ok(match store::get(ctx.db(), id).await? {
        Some(b)
            if b.sender_id == ctx.user.id
                && b.status == "draft"
                && may_send(ctx, &b.audience).await? =>
        {
            Some(b)
        }
        _ => None,
    })
}

/// "📣 New announcement" from the menu or the association screen.
pub async fn start(ctx: &Ctx) -> anyhow::Result<Flow> {
    if ctx.role.at_least(Role::Staff) {
        return Ok(goto(Step::Audience));
    }
    match ctx.leads {
        Some(id) => compose_for(ctx, Audience::Association(id)).await,
        None => refuse(ctx).await,
    }
}

async fn compose_for(ctx: &Ctx, audience: Audience) -> anyhow::Result<Flow> {
    if !may_send(ctx, &audience).await? {
        return refuse(ctx).await;
    }
    if store::audience_size(ctx.db(), &audience, ctx.user.id).await? == 0 {
        ctx.say(&ctx.t("bc-no-members")).await?;
        return Ok(Flow::Done);
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
    versions: &std::collections::BTreeMap<Lang, String>,
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
        store::set_version(ctx.db(), id, lang.code(), text).await?;
    }
    if store::start(ctx.db(), id, ctx.now()).await? {
        sender::announce_start(&ctx.app, &ctx.bot, id).await?;
    }
    Ok(())
}

/// The menu's (and a leader's association screen's) announcement buttons;
/// None for any other button.
pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match data {
        "bc:new" => Some(start(ctx).await?),
        "bc:history" => Some(goto(Step::History)),
        _ => None,
    })
}

pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    let leader = ctx.leads.is_some();
    Ok(if ctx.role.at_least(Role::Staff) || leader {
        vec![vec![
            button(ctx.t("bc-new"), "bc:new"),
            button(ctx.t("bc-history"), "bc:history"),
        ]]
    } else {
        vec![]
    })
}

fn audience_label(ctx: &Ctx, a: &Audience, assoc_name: Option<String>) -> String {
    match a {
        Audience::Association(_) => assoc_name.unwrap_or_default(),
        Audience::Everyone => ctx.t("bc-aud-everyone"),
        Audience::Language(l) => Lang::from_code(l)
            .map(|l| l.native_name().to_owned())
            .unwrap_or_default(),
        Audience::Topic(t) => Topic::from_code(t)
            .map(|t| crate::directory::topic_label(ctx, t))
            .unwrap_or_default(),
        Audience::EventParticipants(_) => ctx.t("bc-aud-event"),
    }
}

async fn assoc_name(ctx: &Ctx, a: &Audience) -> anyhow::Result<Option<String>> {
    Ok(match a {
        Audience::Association(id) => associations::store::get(ctx.db(), *id)
            .await?
            .map(|a| a.name),
        _ => None,
    })
}

/// Whether this user may see `step` now, checked whenever it is drawn.
async fn may_view(ctx: &Ctx, step: &Step) -> anyhow::Result<bool> {
    Ok(match step {
        Step::Audience | Step::PickAssociation | Step::PickLanguage | Step::PickTopic => {
            ctx.role.at_least(Role::Staff)
        }
        Step::Compose { audience } => may_send(ctx, audience).await?,
        Step::Preview { id }
        | Step::TranslationLang { id }
        | Step::TranslationText { id, .. }
        | Step::Schedule { id }
        | Step::Confirm { id, .. } => own_draft(ctx, *id).await?.is_some(),
        Step::History => ctx.role.at_least(Role::Staff) || ctx.leads.is_some(),
    })
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    let db = ctx.db();
    if !may_view(ctx, step).await? {
        return Ok(Screen::new(ctx.t("bc-not-allowed")).row(ctx.home_row()));
    }
    Ok(match step {
        Step::Audience => Screen::new(ctx.t("bc-audience-prompt"))
            .button(ctx.t("bc-aud-everyone"), "bc:aud:all")
            .button(ctx.t("bc-aud-association"), "bc:aud:assoc")
            .button(ctx.t("bc-aud-language"), "bc:aud:lang")
            .button(ctx.t("bc-aud-topic"), "bc:aud:topic")
            .row(ctx.nav_row()),
        Step::PickAssociation => {
            let buttons = associations::store::all(db)
                .await?
                .into_iter()
                .map(|a| button(a.name, format!("bc:assoc:{}", a.id)))
                .collect();
            Screen::new(ctx.t("bc-pick-association"))
                .grid(buttons, 1)
                .row(ctx.nav_row())
        }
        Step::PickLanguage => {
            let buttons = Lang::ALL
                .iter()
                .map(|l| button(l.native_name(), format!("bc:lang:{}", l.code())))
                .collect();
            Screen::new(ctx.t("bc-pick-language"))
                .grid(buttons, 2)
                .row(ctx.nav_row())
        }
        Step::PickTopic => {
            let buttons = Topic::ALL
                .iter()
                .map(|t| {
                    button(
                        crate::directory::topic_label(ctx, *t),
                        format!("bc:topic:{}", t.code()),
                    )
                })
                .collect();
            Screen::new(ctx.t("bc-pick-topic"))
                .grid(buttons, 1)
                .row(ctx.nav_row())
        }
        Step::Compose { audience } => {
            let name = audience_label(ctx, audience, assoc_name(ctx, audience).await?);
            let n = store::audience_size(db, audience, ctx.user.id).await?;
            Screen::new(ctx.tf(
                "bc-compose-prompt",
                &[
                    ("audience", escape(&name).into()),
                    ("count", n.into()),
                    ("max", (MAX_TEXT as i64).into()),
                ],
            ))
            .row(ctx.nav_row())
        }
        Step::Preview { id } => {
            let Some(b) = store::get(db, *id).await? else {
                return Ok(Screen::new(ctx.t("bc-gone")).row(ctx.nav_row()));
            };
            let n = store::audience_size(db, &b.audience, b.sender_id).await?;
            let versions: Vec<String> = b
                .versions
                .keys()
                .filter_map(|c| Lang::from_code(c))
                .map(|l| l.native_name().to_owned())
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
            Screen::new(text)
                .row(vec![
                    button(ctx.t("bc-send-now"), "bc:now"),
                    button(ctx.t("bc-schedule"), "bc:later"),
                ])
                .button(ctx.t("bc-add-version"), "bc:version")
                .row(ctx.nav_row())
        }
        Step::TranslationLang { .. } => {
            let buttons = Lang::ALL
                .iter()
                .map(|l| button(l.native_name(), format!("bc:vlang:{}", l.code())))
                .collect();
            Screen::new(ctx.t("bc-version-lang"))
                .grid(buttons, 2)
                .row(ctx.nav_row())
        }
        Step::TranslationText { lang, .. } => {
            let name = Lang::from_code(lang)
                .map(|l| l.native_name())
                .unwrap_or_default();
            Screen::new(ctx.tf("bc-version-text", &[("language", name.into())])).row(ctx.nav_row())
        }
        Step::Schedule { .. } => Screen::new(ctx.t("bc-when")).row(ctx.nav_row()),
        Step::Confirm { id, at } => {
            let Some(b) = store::get(db, *id).await? else {
                return Ok(Screen::new(ctx.t("bc-gone")).row(ctx.nav_row()));
            };
            let n = store::audience_size(db, &b.audience, b.sender_id).await?;
            let text = match at {
                None => ctx.tf("bc-confirm-now", &[("count", n.into())]),
                Some(t) => ctx.tf(
                    "bc-confirm-later",
                    &[("count", n.into()), ("when", local_time(ctx, *t).into())],
                ),
            };
            Screen::new(text)
                .button(ctx.t("bc-confirm"), "bc:confirm")
                .row(ctx.nav_row())
        }
        Step::History => history_screen(ctx).await?,
    })
}

fn local_time(ctx: &Ctx, ts: i64) -> String {
    crate::time::local(ts, &ctx.app.config.timezone)
        .format("%d/%m/%Y %H:%M")
        .to_string()
}

async fn history_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let assoc = if ctx.role.at_least(Role::Staff) {
        None
    } else {
        match ctx.leads {
            Some(id) => Some(id),
            None => return Ok(Screen::new(ctx.t("bc-not-allowed")).row(ctx.nav_row())),
        }
    };
    let list = store::history(ctx.db(), assoc, 10).await?;
    if list.is_empty() {
        return Ok(Screen::new(ctx.t("bc-history-empty")).row(ctx.nav_row()));
    }
    let mut text = ctx.t("bc-history-title");
    let mut cancels = vec![];
    for b in list {
        let f = store::figures(ctx.db(), b.id).await?;
        let count = |s: &str| f.get(s).map(|m| m.values().sum::<i64>()).unwrap_or(0);
        let snippet: String = crate::telegram::strip_html(&b.text)
            .chars()
            .take(40)
            .collect();
        let when = local_time(ctx, b.scheduled_at.unwrap_or(b.created_at));
        text.push_str("\n\n");
        text.push_str(&ctx.tf(
            "bc-history-line",
            &[
                ("when", when.into()),
                ("text", escape(&snippet).into()),
                ("delivered", count("sent").into()),
                ("unreachable", count("unreachable").into()),
                ("failed", count("failed").into()),
                ("pending", count("pending").into()),
                ("status", ctx.t(&format!("bc-status-{}", b.status)).into()),
            ],
        ));
        if b.status == "scheduled" && may_send(ctx, &b.audience).await? {
            cancels.push(button(
                ctx.tf(
                    "bc-unschedule",
                    &[(
                        "when",
                        local_time(ctx, b.scheduled_at.unwrap_or_default()).into(),
                    )],
                ),
                format!("bc:unschedule:{}", b.id),
            ));
        }
    }
    Ok(Screen::new(text).grid(cancels, 1).row(ctx.nav_row()))
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
        _ => State::Menu,
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(rest) = data.strip_prefix("bc:") else {
        return Ok(Flow::Unexpected);
    };
    let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
    let staff = ctx.role.at_least(Role::Staff);
    match (step, verb) {
        (Step::History, "unschedule") => {
            let Some(b) = arg.parse().ok().map(|id| store::get(ctx.db(), id)) else {
                return Ok(Flow::Unexpected);
            };
            match b.await? {
                Some(b) if may_send(ctx, &b.audience).await? => {
                    if store::cancel_scheduled(ctx.db(), b.id).await? {
                        ctx.say(&ctx.t("bc-unscheduled")).await?;
                        Ok(goto(Step::History))
                    } else {
                        Ok(Flow::Unexpected)
                    }
                }
                _ => Ok(Flow::Unexpected),
            }
        }
        (Step::Audience, "aud") if staff => match arg {
            "all" => compose_for(ctx, Audience::Everyone).await,
            "assoc" => Ok(goto(Step::PickAssociation)),
            "lang" => Ok(goto(Step::PickLanguage)),
            "topic" => Ok(goto(Step::PickTopic)),
            _ => Ok(Flow::Unexpected),
        },
        (Step::PickAssociation, "assoc") if staff => match arg.parse() {
            Ok(id) if associations::store::get(ctx.db(), id).await?.is_some() => {
                compose_for(ctx, Audience::Association(id)).await
            }
            _ => Ok(Flow::Unexpected),
        },
        (Step::PickLanguage, "lang") if staff => match Lang::ALL.iter().find(|l| l.code() == arg) {
            Some(l) => compose_for(ctx, Audience::Language(l.code().to_owned())).await,
            None => Ok(Flow::Unexpected),
        },
        (Step::PickTopic, "topic") if staff => match Topic::from_code(arg) {
            Some(t) => compose_for(ctx, Audience::Topic(t.code().to_owned())).await,
            None => Ok(Flow::Unexpected),
        },
        (Step::Audience | Step::PickAssociation | Step::PickLanguage | Step::PickTopic, _)
            if !staff =>
        {
            refuse(ctx).await
        }
        (Step::Preview { id }, "now" | "later" | "version") => {
            if own_draft(ctx, *id).await?.is_none() {
                return refuse(ctx).await;
            }
            Ok(goto(match verb {
                "now" => Step::Confirm { id: *id, at: None },
                "later" => Step::Schedule { id: *id },
                _ => Step::TranslationLang { id: *id },
            }))
        }
        (Step::TranslationLang { id }, "vlang") => match Lang::ALL.iter().find(|l| l.code() == arg)
        {
            Some(l) => Ok(goto(Step::TranslationText {
                id: *id,
                lang: l.code().to_owned(),
            })),
            None => Ok(Flow::Unexpected),
        },
        (Step::Confirm { id, at }, "confirm") => {
            if own_draft(ctx, *id).await?.is_none() {
                // Already sent (a second press) or no longer allowed.
                return Ok(Flow::Unexpected);
            }
            match at {
                None => {
                    if store::start(ctx.db(), *id, ctx.now()).await? {
                        sender::announce_start(&ctx.app, &ctx.bot, *id).await?;
                    }
                    ctx.show(&Screen::new(ctx.t("bc-queued"))).await?;
                }
                Some(t) => {
                    let at = chrono::DateTime::from_timestamp(*t, 0).unwrap_or_default();
                    if at <= ctx.now() {
                        ctx.say(&ctx.t("bc-when-past")).await?;
                        return Ok(goto(Step::Schedule { id: *id }));
                    }
                    store::schedule(ctx.db(), *id, at).await?;
                    ctx.show(&Screen::new(
                        ctx.tf("bc-scheduled", &[("when", local_time(ctx, *t).into())]),
                    ))
                    .await?;
                }
            }
            ctx.dialogue.update(State::Menu).await?;
            ctx.origin = None;
            Ok(Flow::Goto(State::Menu))
        }
        _ => Ok(Flow::Unexpected),
    }
}

/// Text, photo or document typed into the composer.
pub async fn on_message(ctx: &mut Ctx, step: &Step, msg: &Message) -> anyhow::Result<Flow> {
    match step {
        Step::Compose { audience } => {
            if !may_send(ctx, audience).await? {
                return refuse(ctx).await;
            }
            let Some((text, media)) = read_content(ctx, msg).await? else {
                return Ok(Flow::Done);
            };
            let media = media.as_ref().map(|(k, f)| (k.as_str(), f.as_str()));
            let id = store::create_draft(
                ctx.db(),
                ctx.user.id,
                ctx.chat.0,
                audience,
                &text,
                media,
                ctx.now(),
            )
            .await?;
            send_preview(ctx, id).await?;
            Ok(goto(Step::Preview { id }))
        }
        Step::TranslationText { id, lang } => {
            let Some(b) = own_draft(ctx, *id).await? else {
                return refuse(ctx).await;
            };
            let Some(text) = msg.text().map(|t| html_of(t, msg.entities())) else {
                return Ok(Flow::Unexpected);
            };
            let limit = if b.media.is_some() {
                MAX_CAPTION
            } else {
                MAX_TEXT
            };
            if text_too_long(ctx, msg.text().unwrap_or_default(), limit).await? {
                return Ok(Flow::Done);
            }
            store::set_version(ctx.db(), *id, lang, &text).await?;
            send_preview(ctx, *id).await?;
            Ok(goto(Step::Preview { id: *id }))
        }
        Step::Schedule { id } => {
            let Some(text) = msg.text() else {
                return Ok(Flow::Unexpected);
            };
            match crate::time::parse_when(text, &ctx.app.config.timezone, ctx.now()) {
                Ok(at) => Ok(goto(Step::Confirm {
                    id: *id,
                    at: Some(at.timestamp()),
                })),
                Err(crate::time::WhenError::InThePast) => {
                    ctx.say(&ctx.t("bc-when-past")).await?;
                    Ok(Flow::Done)
                }
                Err(crate::time::WhenError::Unreadable) => {
                    ctx.say(&ctx.t("bc-when-unreadable")).await?;
                    Ok(Flow::Done)
                }
            }
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn text_too_long(ctx: &Ctx, plain: &str, limit: usize) -> anyhow::Result<bool> {
    let n = plain.chars().count();
    if n > limit {
        ctx.say(&ctx.tf(
            "bc-too-long",
            &[
                ("length", (n as i64).into()),
                ("max", (limit as i64).into()),
            ],
        ))
        .await?;
        return Ok(true);
    }
    Ok(false)
}

/// The announcement's HTML text and optional media, or None after telling
/// the user what is wrong (empty, too long, unsupported attachment).
async fn read_content(
    ctx: &Ctx,
    msg: &Message,
) -> anyhow::Result<Option<(String, Option<(String, String)>)>> {
    let MessageKind::Common(common) = &msg.kind else {
        ctx.say(&ctx.t("bc-unsupported")).await?;
        return Ok(None);
    };
    let (media, plain, limit) = match &common.media_kind {
        MediaKind::Text(_) => (None, msg.text().unwrap_or_default(), MAX_TEXT),
        MediaKind::Photo(p) => {
            let Some(largest) = p.photo.iter().max_by_key(|s| s.width * s.height) else {
                ctx.say(&ctx.t("bc-unsupported")).await?;
                return Ok(None);
            };
            (
                Some(("photo".to_owned(), largest.file.id.0.clone())),
                msg.caption().unwrap_or_default(),
                MAX_CAPTION,
            )
        }
        MediaKind::Document(d) => (
            Some(("document".to_owned(), d.document.file.id.0.clone())),
            msg.caption().unwrap_or_default(),
            MAX_CAPTION,
        ),
        _ => {
            ctx.say(&ctx.t("bc-unsupported")).await?;
            return Ok(None);
        }
    };
    if plain.trim().is_empty() {
        ctx.say(&ctx.t("bc-empty")).await?;
        return Ok(None);
    }
    if text_too_long(ctx, plain, limit).await? {
        return Ok(None);
    }
    let entities = if media.is_some() {
        msg.caption_entities()
    } else {
        msg.entities()
    };
    Ok(Some((html_of(plain, entities), media)))
}

/// Shows the sender the announcement exactly as members will receive it,
/// once per language version.
async fn send_preview(ctx: &Ctx, id: i64) -> anyhow::Result<()> {
    let Some(b) = store::get(ctx.db(), id).await? else {
        return Ok(());
    };
    let mut versions: Vec<(Option<&str>, &str)> = vec![(None, b.text.as_str())];
    versions.extend(
        b.versions
            .iter()
            .map(|(l, t)| (Some(l.as_str()), t.as_str())),
    );
    for (lang, text) in versions {
        let label = match lang.and_then(Lang::from_code) {
            Some(l) => ctx.tf(
                "bc-preview-version",
                &[("language", l.native_name().into())],
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
