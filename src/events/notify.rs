//! What participants are told without asking: a place freed for them, a
//! change or cancellation (through the announcement queue), and calendar
//! files.

use std::collections::BTreeMap;

use teloxide::{prelude::*, types::ParseMode};

use super::{button::Button, ics, model::Event, offsets, store, store::Cancel};
use crate::{
    broadcasts::{announce, store::Audience},
    context::Ctx,
    i18n::{Lang, isolate},
    telegram::{Screen, escape},
};

/// Sends this user the calendar file of `e`, in their language.
pub(super) async fn send_ics(ctx: &Ctx, e: &Event) -> anyhow::Result<()> {
    let ics = ics::ics(
        e,
        ctx.lang(),
        ctx.app.config.timezone,
        offsets(ctx),
        ctx.now(),
    );
    ctx.send_document(
        ics.into_bytes(),
        &format!("event-{}.ics", e.id),
        &ctx.t("ev-ics-caption"),
    )
    .await
}

/// Tells the first person on the waitlist, in their language, that they are in.
pub(super) async fn promoted(ctx: &Ctx, event_id: i64, user_id: i64) -> anyhow::Result<()> {
    let (Some(e), Some(u)) = (
        store::get(ctx.db(), event_id).await?,
        crate::storage::users::get(ctx.db(), user_id).await?,
    ) else {
        return Ok(());
    };
    let lang = u.lang();
    let text = ctx.app.i18n.fmt(
        lang,
        "ev-promoted",
        &[(
            "title",
            escape(&isolate(lang, &e.texts_in(lang).0.title)).into(),
        )],
    );
    ctx.app.budget.reply().await;
    let kb = Screen::new("").button(
        ctx.app.i18n.t(lang, "ev-cant-come"),
        Button::CantCome(event_id).data(),
    );
    if let Err(err) = ctx
        .bot
        .send_message(ChatId(u.chat_id), text)
        .parse_mode(ParseMode::Html)
        .reply_markup(kb.keyboard().unwrap_or_default())
        .await
    {
        tracing::info!(error = %err, "promotion notice not delivered");
    }
    let ics = ics::ics(&e, lang, ctx.app.config.timezone, offsets(ctx), ctx.now());
    ctx.app.budget.reply().await;
    let _ = ctx
        .bot
        .send_document(
            ChatId(u.chat_id),
            teloxide::types::InputFile::memory(ics.into_bytes())
                .file_name(format!("event-{event_id}.ics")),
        )
        .await;
    Ok(())
}

/// Tells everyone signed up or waiting, each in their language, through the
/// announcement queue (rate limits, retries, report to the organiser).
pub(super) async fn all(ctx: &Ctx, e: &Event, key: &str) -> anyhow::Result<()> {
    let mut versions = BTreeMap::new();
    for lang in Lang::ALL {
        let (t, _) = e.texts_in(lang);
        let s = ctx.local(e.starts_at);
        let text = ctx.app.i18n.pass(lang).fmt(
            key,
            &[
                ("title", escape(&isolate(lang, &t.title)).into()),
                (
                    "when",
                    isolate(lang, &s.format("%d/%m/%Y %H:%M").to_string()).into(),
                ),
                (
                    "place",
                    escape(&isolate(
                        lang,
                        if e.place.is_empty() {
                            &e.online_url
                        } else {
                            &e.place
                        },
                    ))
                    .into(),
                ),
            ],
        );
        versions.insert(lang, text);
    }
    announce(ctx, Audience::EventParticipants(e.id), &versions).await
}

/// Before a person's data is erased: each place they hold on an upcoming
/// event is given up as "I can't come" would, so the first on the waitlist
/// gets it and is told.
pub async fn release_places(ctx: &Ctx) -> anyhow::Result<()> {
    for (e, _) in store::my_signups(ctx.db(), ctx.user.id, ctx.now()).await? {
        let done =
            store::cancel_signup(ctx.db(), e.id, ctx.user.id, offsets(ctx), ctx.now()).await?;
        if let Cancel::Done { promoted: Some(p) } = done {
            promoted(ctx, e.id, p).await?;
        }
    }
    Ok(())
}
