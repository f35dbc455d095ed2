//! The member's side: who to ask, writing the question (several messages,
//! then Send), their threads, replying, closing and saying whether it
//! helped.

use super::{
    Step,
    button::Button,
    gist, goto,
    model::{self, About, Author, Part, Status, To},
    notify, quoted, rate_row, reply_close_row, store, transcript,
};
use crate::{
    access::Denied,
    associations,
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    telegram::{Screen, check_button},
};

/// Opens "Ask a question", unless this person may not ask now.
pub(super) async fn start(ctx: &Ctx, about: Option<About>) -> anyhow::Result<Flow> {
    if let Some(flow) = refusal(ctx, true, 1).await? {
        return Ok(flow);
    }
    let (mine, staff) = open_desks(ctx).await?;
    if mine.is_empty() && !staff {
        return Ok(Flow::Denied(Denied::because("q-blocked")));
    }
    Ok(goto(Step::Choose { about }))
}

/// Why this person may not ask (`adding` more messages) now, as the flow
/// that says so: too many open questions or questions today (`new`), or
/// too many messages in the last hour.
async fn refusal(ctx: &Ctx, new: bool, adding: usize) -> anyhow::Result<Option<Flow>> {
    let load = store::asker_load(ctx.db(), ctx.user.id, ctx.now()).await?;
    if new && load.open >= model::MAX_OPEN {
        return Ok(Some(Flow::notice(
            State::Questions(Step::Mine),
            ctx.tf("q-too-many-open", &[("max", model::MAX_OPEN.into())]),
        )));
    }
    if (new && load.last_day >= model::MAX_PER_DAY)
        || load.last_hour + adding as i64 > model::MAX_PER_HOUR
    {
        return Ok(Some(Flow::Hint(ctx.t("q-slow-down"))));
    }
    Ok(None)
}

/// The desks this person may ask: their associations, then staff's topics.
async fn open_desks(ctx: &Ctx) -> anyhow::Result<(Vec<(i64, String)>, bool)> {
    let mut mine = vec![];
    for (a, _muted) in associations::store::memberships(ctx.db(), ctx.user.id).await? {
        if !store::is_blocked(ctx.db(), ctx.user.id, To::Association(a.id)).await? {
            mine.push((a.id, a.name));
        }
    }
    let staff = !store::is_blocked(ctx.db(), ctx.user.id, model::STAFF_DESK).await?;
    Ok((mine, staff))
}

/// Who a question goes to, as the asker reads it.
pub(super) async fn to_label(ctx: &Ctx, to: To) -> anyhow::Result<String> {
    Ok(match to {
        To::Association(_) => notify::from_label(&ctx.app, ctx.lang(), to).await?,
        To::Staff(t) => ctx.tf("q-to-staff", &[("topic", ctx.topic(t).into())]),
    })
}

pub(super) async fn choose_screen(ctx: &Ctx, about: Option<&About>) -> anyhow::Result<Screen> {
    let mut text = ctx.t("q-choose");
    if let Some(about) = about {
        text = format!(
            "{}\n\n{}",
            ctx.tf(
                "q-about",
                &[("what", quoted(ctx, &about.label, 200).into())]
            ),
            text
        );
    }
    let mut screen = Screen::new(text);
    // Only the desks this person may ask (a block covers one desk).
    let (mine, staff) = open_desks(ctx).await?;
    for (id, name) in mine {
        screen = screen.button(
            ctx.tf(
                "q-to-association",
                &[("name", crate::i18n::isolate(ctx.lang(), &name).into())],
            ),
            Button::ToAssociation(id).data(),
        );
    }
    // A question about a service goes to that service's topic first.
    let mut topics: Vec<Topic> = Topic::ALL.to_vec();
    if let Some(t) = about.and_then(|a| a.topic) {
        topics.retain(|x| *x != t);
        topics.insert(0, t);
    }
    for t in topics.into_iter().filter(|_| staff) {
        screen = screen.button(
            ctx.tf("q-to-staff", &[("topic", ctx.topic(t).into())]),
            Button::ToStaff(t).data(),
        );
    }
    Ok(screen
        .button(ctx.t("q-mine"), Button::Mine.data())
        .button(ctx.t("gp-open"), Button::Practice.data())
        .row(ctx.nav_row()))
}

pub(super) async fn compose_screen(
    ctx: &Ctx,
    to: To,
    about: Option<&About>,
    parts: &[Part],
    share: bool,
) -> anyhow::Result<Screen> {
    let label = to_label(ctx, to).await?;
    let readers = match to {
        To::Association(_) => ctx.tf("q-readers-association", &[("name", label.clone().into())]),
        To::Staff(t) => ctx.tf("q-readers-staff", &[("topic", ctx.topic(t).into())]),
    };
    let mut text = ctx.tf("q-compose", &[("to", label.into())]);
    if let Some(about) = about {
        text.push('\n');
        text.push_str(&ctx.tf(
            "q-about",
            &[("what", quoted(ctx, &about.label, 200).into())],
        ));
    }
    text.push_str("\n\n");
    text.push_str(
        &ctx.tf(
            "q-before-sending",
            &[
                ("readers", readers.into()),
                ("days", (ctx.app.config.question_retention_days).into()),
                (
                    "number",
                    crate::i18n::ltr(
                        ctx.lang(),
                        model::emergency_number(ctx.user.region.as_deref()),
                    )
                    .into(),
                ),
            ],
        ),
    );
    if let Some(service) = &ctx.app.config.translate {
        let host = service.url.host_str().unwrap_or_default().to_owned();
        text.push('\n');
        text.push_str(&ctx.tf(
            "q-translate-note",
            &[("host", crate::i18n::ltr(ctx.lang(), &host).into())],
        ));
    }
    if !parts.is_empty() {
        text.push_str("\n\n");
        text.push_str(&ctx.tf("q-ready", &[("count", (parts.len() as i64).into())]));
        for p in parts {
            text.push_str("\n• ");
            text.push_str(&gist(ctx, p).chars().take(80).collect::<String>());
        }
    }
    let mut screen = Screen::new(text).row(vec![check_button(
        share,
        &ctx.t("q-share-name"),
        Button::ShareName.data(),
    )]);
    if !parts.is_empty() {
        screen = screen.button(ctx.t("q-send"), Button::Send.data());
    }
    Ok(screen.row(ctx.nav_row()))
}

pub(super) async fn mine_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let mine = store::mine(ctx.db(), ctx.user.id, 10).await?;
    if mine.is_empty() {
        return Ok(Screen::new(ctx.t("q-mine-empty"))
            .button(ctx.t("menu-ask"), Button::Ask.data())
            .row(ctx.nav_row()));
    }
    let mut screen = Screen::new(ctx.t("q-mine-title"));
    for q in &mine {
        let key = if q.status == Status::Open {
            "q-mine-open"
        } else {
            "q-mine-closed"
        };
        let to = crate::telegram::strip_html(&to_label(ctx, q.to).await?);
        screen = screen.button(
            ctx.tf(
                key,
                &[("ref", q.reference.clone().into()), ("to", to.into())],
            ),
            Button::See(q.id).data(),
        );
    }
    Ok(screen.row(ctx.nav_row()))
}

/// The asker's thread `id`, if it is theirs.
async fn own(ctx: &Ctx, id: i64) -> anyhow::Result<Option<model::Question>> {
    Ok(store::get(ctx.db(), id)
        .await?
        .filter(|q| q.asker_id == Some(ctx.user.id)))
}

pub(super) async fn thread_screen(ctx: &Ctx, id: i64) -> anyhow::Result<Screen> {
    // Checked as it is drawn: only the asker sees their thread here.
    let Some(q) = own(ctx, id).await? else {
        return Ok(Screen::new(ctx.t("q-not-yours")).row(ctx.home_row()));
    };
    let to = to_label(ctx, q.to).await?;
    let status = match q.status {
        Status::Open => ctx.t("q-status-open"),
        _ => ctx.t("q-status-closed"),
    };
    let messages = store::messages(ctx.db(), id, false, 30).await?;
    let you = ctx.t("q-you");
    let body = transcript(ctx, &messages, |m| match m.author {
        Author::Asker => you.clone(),
        _ => to.clone(),
    });
    let mut text = format!(
        "{}\n\n{}",
        ctx.tf(
            "q-thread-head",
            &[
                ("ref", q.reference.clone().into()),
                ("to", to.clone().into()),
                ("status", status.into()),
            ],
        ),
        body
    );
    if q.status == Status::Closed && q.helpful.is_none() {
        text.push_str("\n\n");
        text.push_str(&ctx.t("q-rate-ask"));
    }
    let mut screen = Screen::new(text);
    match (q.status, q.helpful) {
        (Status::Open, _) => screen = screen.row(reply_close_row(&ctx.app.i18n, ctx.lang(), id)),
        (Status::Closed, None) => screen = screen.row(rate_row(&ctx.app.i18n, ctx.lang(), id)),
        _ => {}
    }
    Ok(screen.row(ctx.nav_row()))
}

pub(super) async fn reply_screen(ctx: &Ctx, id: i64) -> anyhow::Result<Screen> {
    let Some(q) = own(ctx, id).await? else {
        return Ok(Screen::new(ctx.t("q-not-yours")).row(ctx.home_row()));
    };
    if q.status != Status::Open {
        return Ok(Screen::new(ctx.t("q-already-closed")).row(ctx.nav_row()));
    }
    Ok(Screen::new(ctx.tf("q-reply-prompt", &[("ref", q.reference.into())])).row(ctx.nav_row()))
}

pub(super) async fn on_button(ctx: &mut Ctx, step: &Step, b: Button) -> anyhow::Result<Flow> {
    match (step, b) {
        (Step::Choose { about }, Button::ToAssociation(a)) => {
            // Only one's own associations: a forged id is refused.
            if !crate::access::member_of(ctx.db(), ctx.user.id, a).await? {
                return Ok(Flow::Denied(Denied::because("q-not-member")));
            }
            if store::is_blocked(ctx.db(), ctx.user.id, To::Association(a)).await? {
                return Ok(Flow::Denied(Denied::because("q-blocked")));
            }
            Ok(compose(To::Association(a), about.clone()))
        }
        (Step::Choose { about }, Button::ToStaff(t)) => {
            if store::is_blocked(ctx.db(), ctx.user.id, To::Staff(t)).await? {
                return Ok(Flow::Denied(Denied::because("q-blocked")));
            }
            Ok(compose(To::Staff(t), about.clone()))
        }
        (Step::Choose { .. }, Button::Mine) => Ok(goto(Step::Mine)),
        (Step::Choose { .. }, Button::Practice) => Ok(goto(Step::Practice { topic: None })),
        (Step::Compose { .. }, Button::ShareName) => {
            let mut next = step.clone();
            if let Step::Compose { share, .. } = &mut next {
                *share = !*share;
            }
            Ok(goto(next))
        }
        (
            Step::Compose {
                to,
                about,
                parts,
                share,
                key,
            },
            Button::Send,
        ) if !parts.is_empty() => send(ctx, *to, about.as_ref(), parts, *share, *key).await,
        (Step::Mine, Button::Ask) => start(ctx, None).await,
        (Step::Mine | Step::Thread { .. }, Button::See(id)) => see(ctx, id).await,
        (Step::Thread { .. }, Button::Reply(id)) => reply(ctx, id).await,
        (Step::Thread { .. }, Button::Close(id)) => close(ctx, id).await,
        (Step::Thread { .. }, Button::Rate(id, yes)) => rate(ctx, id, yes).await,
        _ => Ok(Flow::Unexpected),
    }
}

fn compose(to: To, about: Option<About>) -> Flow {
    goto(Step::Compose {
        to,
        about,
        parts: vec![],
        share: false,
        key: rand::random::<i64>().abs().max(1),
    })
}

/// A message while writing a question (added to it) or replying (sent).
pub(super) async fn on_part(ctx: &mut Ctx, step: &Step, part: Part) -> anyhow::Result<Flow> {
    match step {
        Step::Compose { parts, .. } => {
            if parts.len() >= model::MAX_PARTS {
                return Ok(Flow::Hint(ctx.tf(
                    "q-too-many-parts",
                    &[("max", (model::MAX_PARTS as i64).into())],
                )));
            }
            let mut next = step.clone();
            if let Step::Compose { parts, .. } = &mut next {
                parts.push(part);
            }
            Ok(Flow::Show {
                state: State::Questions(next),
                notice: Some(ctx.t("q-added")),
                below: true,
            })
        }
        Step::Reply { id } => {
            if let Some(flow) = refusal(ctx, false, 1).await? {
                return Ok(flow);
            }
            let Some(q) = own(ctx, *id).await? else {
                return Ok(Flow::Denied(Denied::because("q-not-yours")));
            };
            let update = Some(ctx.turn.update_id());
            match store::add_from_asker(ctx.db(), q.id, ctx.user.id, &part, update, ctx.now())
                .await?
            {
                None => {
                    return Ok(Flow::notice(
                        State::Questions(Step::Thread { id: q.id }),
                        ctx.t("q-already-closed"),
                    ));
                }
                Some(true) => notify::asker_wrote(ctx, &q, &part),
                // Handled again after a crash: stored and told already.
                Some(false) => {}
            }
            Ok(Flow::Show {
                state: State::Questions(Step::Thread { id: q.id }),
                notice: Some(ctx.t("q-reply-sent")),
                below: true,
            })
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn send(
    ctx: &Ctx,
    to: To,
    about: Option<&About>,
    parts: &[Part],
    share: bool,
    key: i64,
) -> anyhow::Result<Flow> {
    // Sent already (the same draft, an update handled again)?
    if let Some((_, reference)) = store::sent_draft(ctx.db(), ctx.user.id, key).await? {
        return Ok(sent_record(ctx, reference));
    }
    if let Some(flow) = refusal(ctx, true, parts.len()).await? {
        return Ok(flow);
    }
    if store::is_blocked(ctx.db(), ctx.user.id, to).await? {
        return Ok(Flow::Denied(Denied::because("q-blocked")));
    }
    if let To::Association(a) = to
        && !crate::access::member_of(ctx.db(), ctx.user.id, a).await?
    {
        return Ok(Flow::Denied(Denied::because("q-not-member")));
    }
    let about_label = about.map(|a| a.label.as_str()).unwrap_or_default();
    let new = store::NewQuestion {
        asker: ctx.user.id,
        lang: ctx.lang().code(),
        name: share.then_some(ctx.user.first_name.as_str()),
        draft_key: key,
        to,
        about: about_label,
    };
    let (id, reference) = store::create(ctx.db(), &new, parts, ctx.now()).await?;
    tracing::info!(question = id, "question asked");
    if let Some(q) = store::get(ctx.db(), id).await? {
        notify::asked(ctx, &q);
    }
    Ok(sent_record(ctx, reference))
}

/// "Sent, your reference is #…", kept in the chat; then the menu.
fn sent_record(ctx: &Ctx, reference: String) -> Flow {
    Flow::Record {
        text: ctx.tf(
            "q-sent",
            &[
                ("ref", reference.into()),
                ("days", model::USUAL_WAIT_DAYS.into()),
            ],
        ),
        then: State::Menu,
    }
}

/// The asker opens their thread `id`.
pub(super) async fn see(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    Ok(match own(ctx, id).await? {
        Some(_) => goto(Step::Thread { id }),
        None => Flow::Denied(Denied::because("q-not-yours")),
    })
}

pub(super) async fn reply(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    Ok(match own(ctx, id).await? {
        Some(q) if q.status == Status::Open => goto(Step::Reply { id }),
        Some(_) => Flow::notice(
            State::Questions(Step::Thread { id }),
            ctx.t("q-already-closed"),
        ),
        None => Flow::Denied(Denied::because("q-not-yours")),
    })
}

pub(super) async fn close(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    let Some(q) = own(ctx, id).await? else {
        return Ok(Flow::Denied(Denied::because("q-not-yours")));
    };
    let key = if store::close(ctx.db(), id, ctx.now()).await? {
        notify::asker_closed(ctx, &q);
        "q-closed-by-you"
    } else {
        "q-already-closed"
    };
    Ok(Flow::notice(
        State::Questions(Step::Thread { id }),
        ctx.t(key),
    ))
}

pub(super) async fn rate(ctx: &Ctx, id: i64, helpful: bool) -> anyhow::Result<Flow> {
    if own(ctx, id).await?.is_none() {
        return Ok(Flow::Denied(Denied::because("q-not-yours")));
    }
    Ok(if store::rate(ctx.db(), id, ctx.user.id, helpful).await? {
        Flow::notice(State::Questions(Step::Mine), ctx.t("q-rated"))
    } else {
        Flow::Unexpected
    })
}
