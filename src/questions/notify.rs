//! What reaches the other side of a thread: a new question or a reply to
//! its helpers, an answer or a closing to its asker; reminders of threads
//! left unanswered; and the purge of closed threads after the retention
//! period. Answers are signed with the association's name or "Project
//! staff", never with a helper's own account.

use std::{collections::BTreeMap, sync::Arc};

use chrono::{DateTime, Duration, Utc};
use teloxide::{
    prelude::*,
    types::{InputFile, ParseMode},
};
use tokio::sync::watch;

use super::{
    button::Button,
    model::{Kind, Part, Question, STAFF_DESK, To},
    store,
};
use crate::{
    associations,
    context::Ctx,
    domain::Topic,
    i18n::Lang,
    runtime::App,
    storage::users,
    telegram::{Screen, button, scheduled},
};

/// Who an answer is signed by, in `lang`.
pub async fn from_label(app: &App, lang: Lang, to: To) -> anyhow::Result<String> {
    signed_by(app, lang, to.association()).await
}

/// An association's name (ready for HTML), or "Project staff" for None or
/// an association that is gone.
pub async fn signed_by(app: &App, lang: Lang, association: Option<i64>) -> anyhow::Result<String> {
    let name = match association {
        Some(a) => associations::store::get(&app.db, a).await?.map(|a| a.name),
        None => None,
    };
    Ok(match name {
        Some(name) => crate::telegram::escape(&crate::i18n::isolate(lang, &name)),
        None => app.i18n.t(lang, "q-from-staff"),
    })
}

/// Those who answer questions sent to `to`: the association's leaders, or
/// staff and admins.
async fn helpers_of(app: &App, to: To) -> anyhow::Result<Vec<i64>> {
    let mut ids: Vec<i64> = match to {
        To::Association(a) => associations::store::leaders(&app.db, a)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
        To::Staff(_) => associations::store::staff_list(&app.db)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .chain(app.config.admin_ids.iter().copied())
            .collect(),
    };
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Sends each of `people` the screen `build` makes in their language, in
/// the background and within the shared send budget (the update that
/// caused it does not wait for them).
fn tell<F>(ctx: &Ctx, people: Vec<i64>, build: F)
where
    F: Fn(&App, Lang) -> Screen + Send + Sync + 'static,
{
    spawn_to(ctx, async move { Ok(people) }, build);
}

async fn tell_one<F>(app: &Arc<App>, bot: &Bot, id: i64, build: &F) -> anyhow::Result<()>
where
    F: Fn(&App, Lang) -> Screen,
{
    let Some(user) = users::get(&app.db, id).await? else {
        return Ok(());
    };
    let screen = build(app, user.lang());
    // A notice that fails for a while (429, the network) is tried again a
    // few times; after that the inbox and "My questions" still show it.
    for wait in [1, 5, 30, 120] {
        match scheduled::send(app, bot, &user, &screen, "help-desk notice").await? {
            scheduled::Next::Close(_) => return Ok(()),
            scheduled::Next::Wait | scheduled::Next::Retry => {
                tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
            }
        }
    }
    tracing::warn!("help-desk notice given up after retries");
    Ok(())
}

/// Tells the helpers of whoever is answering: the helper who claimed the
/// thread, or all of its desk.
async fn answering(app: &App, q: &Question) -> anyhow::Result<Vec<i64>> {
    Ok(match q.claimed_by {
        Some(h) => vec![h],
        None => helpers_of(app, q.to).await?,
    })
}

fn open_button(app: &App, lang: Lang, id: i64) -> Vec<teloxide::types::InlineKeyboardButton> {
    vec![button(app.i18n.t(lang, "q-open"), Button::Open(id).data())]
}

/// A new question reached its desk.
pub(super) fn asked(ctx: &Ctx, q: &Question) {
    let (id, reference, to, lang) = (q.id, q.reference.clone(), q.to, q.asker_lang.clone());
    let app = ctx.app.clone();
    spawn_to(
        ctx,
        async move { helpers_of(&app, to).await },
        move |app, l| {
            let language = super::model::language_name(&lang);
            Screen::new(app.i18n.fmt(
                l,
                "q-notice-new",
                &[
                    ("ref", reference.clone().into()),
                    ("lang", language.into()),
                    ("to", to_words(app, l, to).into()),
                ],
            ))
            .row(open_button(app, l, id))
        },
    );
}

/// Who a question went to, in words for helpers.
fn to_words(app: &App, lang: Lang, to: To) -> String {
    match to {
        To::Association(_) => app.i18n.t(lang, "q-to-your-association"),
        To::Staff(t) => app.i18n.fmt(
            lang,
            "q-to-staff",
            &[("topic", app.i18n.t(lang, &t.key()).into())],
        ),
    }
}

/// Resolves the people to tell in the background, then tells them.
fn spawn_to<P, F>(ctx: &Ctx, people: P, build: F)
where
    P: std::future::Future<Output = anyhow::Result<Vec<i64>>> + Send + 'static,
    F: Fn(&App, Lang) -> Screen + Send + Sync + 'static,
{
    let (app, bot) = (ctx.app.clone(), ctx.bot.clone());
    let me = ctx.user.id;
    tokio::spawn(async move {
        let people = match people.await {
            Ok(p) => p,
            Err(e) => {
                tracing::warn!(error = %e, "help-desk notice: recipients not read");
                return;
            }
        };
        for id in people.into_iter().filter(|id| *id != me) {
            if let Err(e) = tell_one(&app, &bot, id, &build).await {
                tracing::warn!(error = %e, "help-desk notice not sent");
            }
        }
    });
}

/// The asker added a message to their thread.
pub(super) fn asker_wrote(ctx: &Ctx, q: &Question, _part: &Part) {
    let (id, reference) = (q.id, q.reference.clone());
    let (app, q2) = (ctx.app.clone(), q.clone());
    spawn_to(
        ctx,
        async move { answering(&app, &q2).await },
        move |app, l| {
            Screen::new(
                app.i18n
                    .fmt(l, "q-notice-reply", &[("ref", reference.clone().into())]),
            )
            .row(open_button(app, l, id))
        },
    );
}

/// The asker closed their thread.
pub(super) fn asker_closed(ctx: &Ctx, q: &Question) {
    let reference = q.reference.clone();
    tell(ctx, q.claimed_by.into_iter().collect(), move |app, l| {
        Screen::new(
            app.i18n
                .fmt(l, "q-notice-closed", &[("ref", reference.clone().into())]),
        )
    });
}

/// Another helper took over a thread `other` had claimed.
pub(super) fn taken_over(ctx: &Ctx, q: &Question, other: i64) {
    let (reference, name) = (q.reference.clone(), ctx.user.first_name.clone());
    tell(ctx, vec![other], move |app, l| {
        Screen::new(app.i18n.fmt(
            l,
            "q-notice-taken-over",
            &[
                ("ref", reference.clone().into()),
                (
                    "name",
                    crate::telegram::escape(&crate::i18n::isolate(l, &name)).into(),
                ),
            ],
        ))
    });
}

/// A helper's answer, to the asker: signed by the desk, with Reply and Close.
pub(super) async fn answered(ctx: &Ctx, q: &Question, part: &Part) -> anyhow::Result<()> {
    let Some(asker) = q.asker_id else {
        return Ok(());
    };
    let lang = Lang::exact(&q.asker_lang).unwrap_or(Lang::En);
    let from = from_label(&ctx.app, lang, q.to).await?;
    let (id, reference, body) = (q.id, q.reference.clone(), part.body.clone());
    tell(ctx, vec![asker], move |app, l| {
        Screen::new(format!(
            "{}\n\n{}",
            app.i18n.fmt(
                l,
                "q-answer-arrived",
                &[
                    ("from", from.clone().into()),
                    ("ref", reference.clone().into())
                ]
            ),
            body
        ))
        .row(super::reply_close_row(&app.i18n, l, id))
        .button(app.i18n.t(l, "q-see-thread"), Button::See(id).data())
    });
    Ok(())
}

/// A helper closed the thread: the asker is asked whether it helped.
pub(super) async fn helper_closed(ctx: &Ctx, q: &Question) -> anyhow::Result<()> {
    let Some(asker) = q.asker_id else {
        return Ok(());
    };
    let lang = Lang::exact(&q.asker_lang).unwrap_or(Lang::En);
    let from = from_label(&ctx.app, lang, q.to).await?;
    let (id, reference) = (q.id, q.reference.clone());
    tell(ctx, vec![asker], move |app, l| {
        let rate = super::rate_row(&app.i18n, l, id);
        Screen::new(app.i18n.fmt(
            l,
            "q-closed-by-helper",
            &[
                ("from", from.clone().into()),
                ("ref", reference.clone().into()),
            ],
        ))
        .row(rate)
    });
    Ok(())
}

/// A leader passed the thread to staff: the asker is told, staff too, and
/// the leader who was answering it.
pub(super) async fn escalated(ctx: &Ctx, q: &Question, topic: Topic) -> anyhow::Result<()> {
    let told = [
        (q.claimed_by, "q-notice-escalated"),
        (q.asker_id, "q-escalated-asker"),
    ];
    for (who, key) in told {
        let Some(who) = who else { continue };
        let r = q.reference.clone();
        tell(ctx, vec![who], move |app, l| {
            Screen::new(app.i18n.fmt(
                l,
                key,
                &[
                    ("ref", r.clone().into()),
                    ("topic", app.i18n.t(l, &topic.key()).into()),
                ],
            ))
        });
    }
    let mut passed = q.clone();
    passed.to = To::Staff(topic);
    passed.claimed_by = None;
    asked(ctx, &passed);
    Ok(())
}

/// The photos, documents and voice messages of a thread, sent to the
/// helper who asked for them (by Telegram's file id: nothing is stored).
pub(super) async fn send_files(ctx: &Ctx, parts: &[Part]) -> anyhow::Result<()> {
    for p in parts {
        let Some(file) = p.file.clone() else { continue };
        ctx.app.budget.reply().await;
        let file = InputFile::file_id(file.into());
        let res = match p.kind {
            Kind::Photo => ctx
                .bot
                .send_photo(ctx.chat, file)
                .caption(p.body.clone())
                .parse_mode(ParseMode::Html)
                .await
                .map(|_| ()),
            Kind::Voice => ctx
                .bot
                .send_voice(ctx.chat, file)
                .caption(p.body.clone())
                .parse_mode(ParseMode::Html)
                .await
                .map(|_| ()),
            _ => ctx
                .bot
                .send_document(ctx.chat, file)
                .caption(p.body.clone())
                .parse_mode(ParseMode::Html)
                .await
                .map(|_| ()),
        };
        if let Err(e) = res {
            // A file Telegram no longer has: say so and go on with the rest.
            tracing::info!(error = %e, "a question's file could not be sent");
            ctx.say(&ctx.t("q-file-gone")).await?;
        }
    }
    Ok(())
}

/// Before a person's data is erased: their open threads are closed and
/// whoever was answering is told that they left.
pub async fn on_leaving(ctx: &Ctx) -> anyhow::Result<()> {
    for (_, reference, to, claimed) in store::leave(ctx.db(), ctx.user.id, ctx.now()).await? {
        let app = ctx.app.clone();
        let people = async move {
            Ok(match claimed {
                Some(h) => vec![h],
                None => helpers_of(&app, to).await?,
            })
        };
        spawn_to(ctx, people, move |app, l| {
            Screen::new(
                app.i18n
                    .fmt(l, "q-notice-left", &[("ref", reference.clone().into())]),
            )
        });
    }
    Ok(())
}

/// A new post in the leaders' network: its audience is told (all leaders,
/// or those of its region).
pub(super) async fn posted(
    ctx: &Ctx,
    id: i64,
    region: Option<String>,
    body: &str,
) -> anyhow::Result<()> {
    let people = store::leaders_in(ctx.db(), region.as_deref()).await?;
    let gist: String = crate::telegram::strip_html(body)
        .chars()
        .take(200)
        .collect();
    let association = ctx.leads;
    let names = match association {
        Some(a) => associations::store::get(ctx.db(), a).await?.map(|a| a.name),
        None => None,
    };
    tell(ctx, people, move |app, l| {
        let from = match &names {
            Some(n) => crate::telegram::escape(&crate::i18n::isolate(l, n)),
            None => app.i18n.t(l, "q-from-staff"),
        };
        Screen::new(app.i18n.fmt(
            l,
            "net-notice-post",
            &[
                ("from", from.into()),
                (
                    "text",
                    crate::telegram::escape(&crate::i18n::isolate(l, &gist)).into(),
                ),
            ],
        ))
        .button(app.i18n.t(l, "net-open"), Button::Post(id).data())
    });
    Ok(())
}

/// A reply in the network: the post's author is told.
pub(super) fn replied(ctx: &Ctx, post: &store::NetworkMessage) {
    let id = post.id;
    tell(ctx, post.author_id.into_iter().collect(), move |app, l| {
        Screen::new(app.i18n.t(l, "net-notice-reply"))
            .button(app.i18n.t(l, "net-open"), Button::Post(id).data())
    });
}

// ---- the scheduler: reminders and the retention purge ----

/// The local hour of the helpers' daily reminder.
const DIGEST_HOUR: u32 = 9;
/// An answered thread left without a word this long is closed (and purged
/// after the retention period like any other).
const IDLE_CLOSE_DAYS: i64 = 30;

fn remind_after(app: &App) -> Duration {
    Duration::hours(app.config.question_remind_hours)
}

fn retention(app: &App) -> Duration {
    Duration::days(app.config.question_retention_days)
}

/// The first `DIGEST_HOUR` o'clock (local) after `last` (or in the last day,
/// when no reminder ever went out).
pub fn next_digest(
    last: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    tz: chrono_tz::Tz,
) -> DateTime<Utc> {
    let from = last.unwrap_or(now - Duration::days(1));
    let local = from.with_timezone(&tz);
    let mut day = local.date_naive();
    loop {
        let at = day
            .and_hms_opt(DIGEST_HOUR, 0, 0)
            .and_then(|t| t.and_local_timezone(tz).earliest())
            .map(|t| t.with_timezone(&Utc));
        if let Some(at) = at.filter(|at| *at > from) {
            return at;
        }
        day = day.succ_opt().unwrap_or(day);
    }
}

/// Reminds helpers once a day of the questions left unanswered, closes
/// idle threads and purges closed ones, sleeping until the next is due
/// (see `wake`).
pub async fn run(app: Arc<App>, bot: Bot, stop: watch::Receiver<bool>) {
    let mut waiter = crate::wake::Waiter::new(&app, stop);
    while !waiter.stopped() {
        if let Err(e) = crate::contain::contained(pass(&app, &bot)).await {
            tracing::warn!(error = %e, "help-desk pass failed");
        }
        let next = match next_due(&app).await {
            Ok(next) => Some(next),
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the next help-desk reminder");
                None
            }
        };
        waiter.wait(&app, next).await;
    }
}

async fn next_due(app: &App) -> anyhow::Result<DateTime<Utc>> {
    let now = app.clock.now();
    let digest = next_digest(store::last_digest(&app.db).await?, now, app.config.timezone);
    let purge = store::next_purge(&app.db, retention(app)).await?;
    Ok(purge.map_or(digest, |p| p.min(digest)))
}

/// One pass. At the day's reminder time, every helper whose desk has
/// questions waiting longer than `QUESTION_REMIND_HOURS` gets one message
/// (the time is recorded first, so a failure never repeats it); then idle
/// threads are closed and old ones purged. Returns how many reminders went
/// out.
pub async fn pass(app: &App, bot: &Bot) -> anyhow::Result<usize> {
    let now = app.clock.now();
    let mut sent = 0;
    let last = store::last_digest(&app.db).await?;
    if next_digest(last, now, app.config.timezone) <= now {
        store::mark_digest(&app.db, now).await?;
        let mut per_helper: BTreeMap<i64, i64> = BTreeMap::new();
        for (to_staff, association, count) in
            store::overdue_desks(&app.db, now - remind_after(app)).await?
        {
            let to = match (to_staff, association) {
                (false, Some(a)) => To::Association(a),
                _ => STAFF_DESK,
            };
            for h in helpers_of(app, to).await? {
                *per_helper.entry(h).or_default() += count;
            }
        }
        for (helper, count) in per_helper {
            match remind(app, bot, helper, count).await {
                Ok(true) => sent += 1,
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "help-desk reminder not sent"),
            }
        }
    }
    let idle = store::close_idle(&app.db, now, Duration::days(IDLE_CLOSE_DAYS)).await?;
    if idle > 0 {
        tracing::info!(idle, "answered questions left idle were closed");
    }
    let purged = store::purge(&app.db, now, retention(app)).await?;
    if purged > 0 {
        tracing::info!(purged, "closed questions purged after the retention period");
    }
    Ok(sent)
}

async fn remind(app: &App, bot: &Bot, helper: i64, count: i64) -> anyhow::Result<bool> {
    let Some(user) = users::get(&app.db, helper).await? else {
        return Ok(false);
    };
    let l = user.lang();
    let screen = Screen::new(app.i18n.fmt(
        l,
        "q-reminder",
        &[
            ("count", count.into()),
            ("hours", app.config.question_remind_hours.into()),
        ],
    ))
    .button(app.i18n.t(l, "q-open-inbox"), Button::Inbox.data());
    Ok(matches!(
        scheduled::send(app, bot, &user, &screen, "help-desk reminder").await?,
        scheduled::Next::Close(scheduled::Outcome::Sent)
    ))
}
