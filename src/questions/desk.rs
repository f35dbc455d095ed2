//! The helpers' side: leaders answer their association's questions, staff
//! the questions for the project. The inbox, a thread, claiming and taking
//! over, answering (saved answers too), passing to staff, closing and
//! blocking. Who may help is checked on entry, on every press and every
//! time a screen is drawn.

use super::{
    Step,
    ask::to_label,
    button::Button,
    goto,
    model::{self, Author, Kind, Part, Question, Status, To, language_name},
    notify, quoted, store, transcript, waited,
};
use crate::{
    access::{Denied, Role},
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    telegram::{Screen, button},
};

/// A hint when a helper's text is longer than `MAX_HELPER_TEXT` (what
/// they send is shown with a line on top, within Telegram's 4096).
pub(super) fn too_long_for_helpers(ctx: &Ctx, part: &Part) -> Option<String> {
    (crate::telegram::strip_html(&part.body).chars().count() > model::MAX_HELPER_TEXT).then(|| {
        ctx.tf(
            "q-hint-too-long",
            &[("max", (model::MAX_HELPER_TEXT as i64).into())],
        )
    })
}

/// Threads per inbox page.
const PAGE: i64 = 8;
/// The longest saved answer that "Edit" can put in the input field.
const EDITABLE: usize = 256;

/// A text sent from the input field after "Edit" starts with the bot's
/// @name, which Telegram put there: it is not part of the answer.
fn without_mention(bot_username: &str, html: &str) -> String {
    let mention = format!("@{bot_username}");
    match html.get(..mention.len()) {
        Some(head) if head.eq_ignore_ascii_case(&mention) => {
            html[mention.len()..].trim_start().to_owned()
        }
        _ => html.to_owned(),
    }
}

/// The desk this person answers for: the association they lead, and the
/// project's questions if they are staff. None for members.
pub fn desk_of(ctx: &Ctx) -> Option<store::Desk> {
    let staff = ctx.role.at_least(Role::Staff);
    (staff || ctx.leads.is_some()).then_some(store::Desk {
        association: ctx.leads,
        staff,
    })
}

/// Whether this person may read and answer `q` now.
fn may_help(ctx: &Ctx, q: &Question) -> bool {
    match q.to {
        To::Association(a) => ctx.leads == Some(a),
        To::Staff(_) => ctx.role.at_least(Role::Staff),
    }
}

pub(super) fn open_inbox(ctx: &Ctx) -> Flow {
    match desk_of(ctx) {
        Some(_) => goto(Step::Inbox { page: 0 }),
        None => Flow::Denied(Denied::because("q-not-helper")),
    }
}

/// Opens thread `id` for a helper (from the inbox or a notice).
pub(super) async fn open(ctx: &Ctx, id: i64) -> anyhow::Result<Flow> {
    Ok(match helped(ctx, id).await? {
        Ok(_) => goto(Step::Desk { id }),
        Err(denied) => Flow::Denied(denied),
    })
}

/// Thread `id`, if this person may help with it now; otherwise why not.
/// A closed thread stays readable only by the helpers who took part in it;
/// one that does not exist is refused in the same words as another desk's,
/// so that ids tell nothing.
async fn helped(ctx: &Ctx, id: i64) -> anyhow::Result<Result<Question, Denied>> {
    let refused = Err(Denied::because("q-other-desk"));
    let Some(q) = store::get(ctx.db(), id).await? else {
        return Ok(refused);
    };
    if !may_help(ctx, &q) {
        return Ok(refused);
    }
    if q.status != Status::Open && !store::took_part(ctx.db(), id, ctx.user.id).await? {
        return Ok(refused);
    }
    Ok(Ok(q))
}

/// How the asker is named to helpers: their first name if they agreed,
/// otherwise a pseudonym made of the thread's reference.
fn asker_name(ctx: &Ctx, q: &Question) -> String {
    match (&q.asker_name, q.status) {
        (_, Status::Left) => ctx.t("q-asker-left"),
        (Some(name), _) => crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), name)),
        (None, _) => ctx.tf("q-pseudonym", &[("ref", q.reference.clone().into())]),
    }
}

pub(super) async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    let refused = |key: &str| Screen::new(ctx.t(key)).row(ctx.home_row());
    if let Step::Inbox { page } = step {
        return inbox_screen(ctx, *page).await;
    }
    if let Step::Blocks = step {
        return if ctx.require(Role::Staff).is_ok() {
            blocks_screen(ctx).await
        } else {
            Ok(refused("staff-only"))
        };
    }
    let id = match step {
        Step::Desk { id }
        | Step::Answer { id, .. }
        | Step::Canned { id }
        | Step::NewCanned { id }
        | Step::Escalate { id }
        | Step::EscalateNote { id, .. }
        | Step::ConfirmBlock { id } => *id,
        _ => return Ok(refused("q-gone")),
    };
    // Checked as it is drawn: a leader who stepped down, staff whose role
    // was revoked, or a thread passed to staff is no longer shown.
    let q = match helped(ctx, id).await? {
        Ok(q) => q,
        Err(denied) => return Ok(refused(denied.key())),
    };
    let reference = q.reference.clone();
    Ok(match step {
        Step::Desk { .. } => desk_screen(ctx, &q).await?,
        Step::Answer { draft, .. } => {
            let from = notify::from_label(&ctx.app, ctx.lang(), q.to).await?;
            let mut text = ctx.tf(
                "q-answer-prompt",
                &[("ref", reference.into()), ("from", from.into())],
            );
            let lang = language_name(&q.asker_lang);
            text.push_str("\n\n");
            text.push_str(&ctx.tf("q-asker-language", &[("lang", lang.into())]));
            let mut screen = Screen::new(String::new());
            if let Some(draft) = draft {
                text.push_str("\n\n");
                text.push_str(&ctx.tf(
                    "q-draft",
                    &[("text", quoted(ctx, draft, model::MAX_TEXT).into())],
                ));
                screen = screen.button(ctx.t("q-send-draft"), Button::SendDraft.data());
                // One tap puts a short one in the input field, to edit it
                // there (Telegram's inline query holds 256 characters).
                let plain = crate::telegram::strip_html(draft);
                if plain.chars().count() <= EDITABLE {
                    screen = screen.row(vec![
                        teloxide::types::InlineKeyboardButton::switch_inline_query_current_chat(
                            ctx.t("q-edit-draft"),
                            plain,
                        ),
                    ]);
                }
            }
            screen.text = text;
            screen
                .button(ctx.t("q-canned"), Button::Canned(id).data())
                .row(ctx.nav_row())
        }
        Step::Canned { .. } => canned_screen(ctx, &q).await?,
        Step::NewCanned { .. } => Screen::new(ctx.tf(
            "q-canned-new-prompt",
            &[("lang", language_name(&q.asker_lang).into())],
        ))
        .row(ctx.nav_row()),
        Step::Escalate { .. } => {
            let mut screen = Screen::new(ctx.tf("q-escalate-prompt", &[("ref", reference.into())]));
            for t in Topic::ALL {
                screen = screen.button(ctx.topic(*t), Button::EscalateTo(*t).data());
            }
            screen.row(ctx.nav_row())
        }
        Step::EscalateNote { topic, .. } => {
            Screen::new(ctx.tf("q-escalate-note", &[("topic", ctx.topic(*topic).into())]))
                .row(ctx.nav_row())
        }
        Step::ConfirmBlock { .. } => {
            Screen::new(ctx.tf("q-block-confirm", &[("ref", reference.into())]))
                .button(ctx.t("q-block-yes"), Button::BlockYes(id).data())
                .row(ctx.nav_row())
        }
        _ => refused("q-gone"),
    })
}

async fn inbox_screen(ctx: &Ctx, page: u32) -> anyhow::Result<Screen> {
    let Some(desk) = desk_of(ctx) else {
        return Ok(Screen::new(ctx.t("q-not-helper")).row(ctx.home_row()));
    };
    let total = store::inbox_count(ctx.db(), desk).await?;
    let pages = ((total + PAGE - 1) / PAGE).max(1);
    let page = i64::from(page).min(pages - 1);
    let rows = store::inbox(ctx.db(), desk, PAGE, page * PAGE).await?;
    let mut screen = if total == 0 {
        Screen::new(ctx.t("q-inbox-empty"))
    } else {
        let mut text = ctx.tf("q-inbox", &[("count", total.into())]);
        for w in &rows {
            let q = &w.question;
            let to = crate::telegram::strip_html(&to_label(ctx, q.to).await?);
            let line = match (&w.claimed_by_name, q.claimed_by == Some(ctx.user.id)) {
                (_, true) => ctx.t("q-line-yours"),
                (Some(name), false) => ctx.tf(
                    "q-line-claimed",
                    &[(
                        "name",
                        crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), name)).into(),
                    )],
                ),
                (None, false) => ctx.t("q-line-free"),
            };
            let age = match q.waiting_since {
                Some(since) => ctx.tf("q-waiting", &[("age", waited(ctx, since).into())]),
                None => ctx.t("q-answered"),
            };
            text.push_str(&format!(
                "\n\n<b>#{}</b> · {} · {}\n{} · {}",
                q.reference,
                crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), &to)),
                language_name(&q.asker_lang),
                age,
                line
            ));
            if !w.first_words.is_empty() {
                text.push('\n');
                text.push_str(&quoted(ctx, &w.first_words, 90));
            }
        }
        let buttons = rows
            .iter()
            .map(|w| {
                button(
                    format!("#{}", w.question.reference),
                    Button::Open(w.question.id).data(),
                )
            })
            .collect();
        Screen::new(text).grid(buttons, 4)
    };
    if pages > 1 {
        let mut row = vec![];
        if page > 0 {
            row.push(button(
                ctx.t("dir-prev"),
                Button::Page((page - 1) as u32).data(),
            ));
        }
        if page + 1 < pages {
            row.push(button(
                ctx.t("dir-next"),
                Button::Page((page + 1) as u32).data(),
            ));
        }
        screen = screen.row(crate::telegram::reading_order(ctx.lang(), row));
    }
    if desk.staff {
        screen = screen.button(ctx.t("q-blocks"), Button::Blocks.data());
    }
    Ok(screen.row(ctx.nav_row()))
}

async fn desk_screen(ctx: &Ctx, q: &Question) -> anyhow::Result<Screen> {
    let id = q.id;
    let asker = asker_name(ctx, q);
    let mut text = ctx.tf(
        "q-desk-head",
        &[
            ("ref", q.reference.clone().into()),
            ("asker", asker.clone().into()),
            ("lang", language_name(&q.asker_lang).into()),
            ("to", to_label(ctx, q.to).await?.into()),
        ],
    );
    if !q.about.is_empty() {
        text.push('\n');
        text.push_str(&ctx.tf("q-about", &[("what", quoted(ctx, &q.about, 200).into())]));
    }
    if let Some(from) = q.escalated_from {
        let name = to_label(ctx, To::Association(from)).await?;
        text.push('\n');
        text.push_str(&ctx.tf("q-escalated-from", &[("name", name.into())]));
    }
    text.push('\n');
    text.push_str(&match (q.status, q.claimed_by, q.waiting_since) {
        (Status::Open, Some(me), _) if me == ctx.user.id => ctx.t("q-line-yours"),
        (Status::Open, Some(other), _) => ctx.tf(
            "q-line-claimed",
            &[(
                "name",
                crate::telegram::escape(&crate::i18n::isolate(
                    ctx.lang(),
                    &store::helper_name(ctx.db(), other).await?,
                ))
                .into(),
            )],
        ),
        (Status::Open, None, _) => ctx.t("q-line-free"),
        (Status::Left, _, _) => ctx.t("q-status-left"),
        (Status::Closed, _, _) => ctx.t("q-status-closed"),
    });
    if let (Status::Open, Some(since)) = (q.status, q.waiting_since) {
        text.push_str(" · ");
        text.push_str(&ctx.tf("q-waiting", &[("age", waited(ctx, since).into())]));
    }
    let messages = store::messages(ctx.db(), id, true, 30).await?;
    let mut names = std::collections::HashMap::new();
    for m in &messages {
        if let Some(h) = m.helper_id
            && !names.contains_key(&h)
        {
            let name = store::helper_name(ctx.db(), h).await?;
            names.insert(
                h,
                crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), &name)),
            );
        }
    }
    let helper = ctx.t("q-helper");
    let body = transcript(ctx, &messages, |m| {
        let name = m
            .helper_id
            .and_then(|h| names.get(&h).cloned())
            .unwrap_or_else(|| helper.clone());
        match m.author {
            Author::Asker => asker.clone(),
            Author::Helper => name,
            Author::Note => ctx.tf("q-note-from", &[("name", name.into())]),
        }
    });
    text.push_str("\n\n");
    text.push_str(&body);
    let mut screen = Screen::new(text);
    if q.status == Status::Open {
        screen = screen.row(match q.claimed_by {
            Some(me) if me == ctx.user.id => {
                vec![button(ctx.t("q-answer"), Button::Answer(id).data())]
            }
            Some(_) => vec![button(ctx.t("q-take-over"), Button::Claim(id).data())],
            None => vec![button(ctx.t("q-claim"), Button::Answer(id).data())],
        });
    }
    // A machine translation, only where a service is configured and the
    // helper reads another language than the asker's.
    if ctx.app.config.translate.is_some() && q.asker_lang != ctx.lang().code() {
        screen = screen.button(ctx.t("q-translate"), Button::Translate(id).data());
    }
    let files = store::files(ctx.db(), id).await?.len();
    if files > 0 {
        screen = screen.button(
            ctx.tf("q-files", &[("count", (files as i64).into())]),
            Button::Files(id).data(),
        );
    }
    if q.status == Status::Open {
        if matches!(q.to, To::Association(a) if ctx.leads == Some(a)) {
            screen = screen.button(ctx.t("q-escalate"), Button::Escalate(id).data());
        }
        screen = screen.row(vec![
            button(ctx.t("q-resolve"), Button::Resolve(id).data()),
            button(ctx.t("q-block"), Button::Block(id).data()),
        ]);
    }
    Ok(screen.row(ctx.nav_row()))
}

async fn canned_screen(ctx: &Ctx, q: &Question) -> anyhow::Result<Screen> {
    let saved = store::canned(ctx.db(), q.to.association(), &q.asker_lang).await?;
    let lang = language_name(&q.asker_lang);
    let mut screen = Screen::new(if saved.is_empty() {
        ctx.tf("q-canned-empty", &[("lang", lang.into())])
    } else {
        ctx.tf("q-canned-list", &[("lang", lang.into())])
    });
    for (cid, body) in &saved {
        let label: String = crate::telegram::strip_html(body).chars().take(40).collect();
        screen = screen.row(vec![
            button(label, Button::UseCanned(*cid).data()),
            button("🗑", Button::DeleteCanned(*cid).data()),
        ]);
    }
    Ok(screen
        .button(ctx.t("q-canned-new"), Button::NewCanned.data())
        .row(ctx.nav_row()))
}

async fn blocks_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    let blocks = store::blocks(ctx.db()).await?;
    if blocks.is_empty() {
        return Ok(Screen::new(ctx.t("q-blocks-empty")).row(ctx.nav_row()));
    }
    let mut text = ctx.t("q-blocks-title");
    let mut screen = Screen::new(String::new());
    for b in &blocks {
        let when = ctx.local(b.at).format("%d/%m/%Y").to_string();
        text.push_str("\n\n");
        text.push_str(&ctx.tf(
            "q-block-line",
            &[
                ("ref", b.question_ref.clone().into()),
                (
                    "name",
                    crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), &b.by_name)).into(),
                ),
                ("date", crate::i18n::ltr(ctx.lang(), &when).into()),
            ],
        ));
        screen = screen.button(
            ctx.tf("q-lift", &[("ref", b.question_ref.clone().into())]),
            Button::Lift(b.id).data(),
        );
    }
    screen.text = text;
    Ok(screen.row(ctx.nav_row()))
}

pub(super) async fn on_button(ctx: &mut Ctx, step: &Step, b: Button) -> anyhow::Result<Flow> {
    if desk_of(ctx).is_none() {
        return Ok(Flow::Denied(Denied::because("q-not-helper")));
    }
    match (step, &b) {
        (Step::Inbox { .. }, Button::Page(p)) => return Ok(goto(Step::Inbox { page: *p })),
        (Step::Inbox { .. }, Button::Open(id)) => return open(ctx, *id).await,
        (Step::Inbox { .. }, Button::Blocks) => {
            return Ok(match ctx.require(Role::Staff) {
                Ok(()) => goto(Step::Blocks),
                Err(denied) => Flow::Denied(denied),
            });
        }
        (Step::Blocks, Button::Lift(block)) => {
            if let Err(denied) = ctx.require(Role::Staff) {
                return Ok(Flow::Denied(denied));
            }
            return Ok(
                if store::lift(ctx.db(), *block, ctx.user.id, ctx.now()).await? {
                    tracing::info!(block, "help-desk block lifted");
                    Flow::notice(State::Questions(Step::Blocks), ctx.t("q-lifted"))
                } else {
                    Flow::Unexpected
                },
            );
        }
        _ => {}
    }
    let id = match step {
        Step::Desk { id }
        | Step::Answer { id, .. }
        | Step::Canned { id }
        | Step::Escalate { id }
        | Step::ConfirmBlock { id } => *id,
        _ => return Ok(Flow::Unexpected),
    };
    // A button that names another thread than this screen's is an old one.
    let carried = match &b {
        Button::Claim(x)
        | Button::Answer(x)
        | Button::Canned(x)
        | Button::Files(x)
        | Button::Translate(x)
        | Button::Escalate(x)
        | Button::Resolve(x)
        | Button::Block(x)
        | Button::BlockYes(x) => Some(*x),
        _ => None,
    };
    if carried.is_some_and(|x| x != id) {
        return Ok(Flow::Unexpected);
    }
    let q = match helped(ctx, id).await? {
        Ok(q) => q,
        Err(denied) => return Ok(Flow::Denied(denied)),
    };
    let desk = |step| State::Questions(step);
    let open = q.status == Status::Open;
    Ok(match (step, b) {
        (Step::Desk { .. }, Button::Claim(_)) if open => {
            let before = q.claimed_by;
            if store::claim(ctx.db(), id, ctx.user.id, true, ctx.now()).await?
                && let Some(other) = before.filter(|o| *o != ctx.user.id)
            {
                notify::taken_over(ctx, &q, other);
            }
            goto(Step::Desk { id })
        }
        (Step::Desk { .. }, Button::Answer(_)) if open => match q.claimed_by {
            Some(other) if other != ctx.user.id => {
                Flow::notice(desk(Step::Desk { id }), ctx.t("q-answer-taken"))
            }
            _ => {
                if store::claim(ctx.db(), id, ctx.user.id, false, ctx.now()).await? {
                    goto(Step::Answer { id, draft: None })
                } else {
                    Flow::notice(desk(Step::Desk { id }), ctx.t("q-answer-taken"))
                }
            }
        },
        (Step::Desk { .. }, Button::Files(_)) => {
            notify::send_files(ctx, &store::files(ctx.db(), id).await?).await?;
            Flow::Done
        }
        (Step::Desk { .. }, Button::Translate(_)) => {
            translated(ctx, &q).await?;
            Flow::Done
        }
        (Step::Desk { .. }, Button::Escalate(_)) if open => match q.to {
            To::Association(a) if ctx.leads == Some(a) => goto(Step::Escalate { id }),
            _ => Flow::Denied(Denied::role(Role::Leader)),
        },
        (Step::Desk { .. }, Button::Resolve(_)) if open => {
            if store::close(ctx.db(), id, ctx.now()).await? {
                notify::helper_closed(ctx, &q).await?;
            }
            Flow::notice(
                desk(Step::Inbox { page: 0 }),
                ctx.tf("q-resolved", &[("ref", q.reference.into())]),
            )
        }
        (Step::Desk { .. }, Button::Block(_)) if q.asker_id.is_some() => {
            goto(Step::ConfirmBlock { id })
        }
        (Step::ConfirmBlock { .. }, Button::BlockYes(_)) => {
            if store::block(ctx.db(), id, ctx.user.id, ctx.now()).await? {
                tracing::info!(question = id, "asker blocked from the help desk");
            }
            Flow::notice(desk(Step::Inbox { page: 0 }), ctx.t("q-blocked-done"))
        }
        (
            Step::Desk { .. }
            | Step::Answer { .. }
            | Step::Canned { .. }
            | Step::Escalate { .. }
            | Step::ConfirmBlock { .. },
            _,
        ) if !open => Flow::notice(desk(Step::Desk { id }), ctx.t("q-answer-closed")),
        (Step::Answer { .. }, Button::Canned(_)) => goto(Step::Canned { id }),
        (
            Step::Answer {
                draft: Some(draft), ..
            },
            Button::SendDraft,
        ) => {
            let part = Part {
                kind: Kind::Text,
                body: draft.clone(),
                file: None,
            };
            answer(ctx, &q, part).await?
        }
        (Step::Canned { .. }, Button::UseCanned(cid)) => {
            match store::canned_one(ctx.db(), cid).await? {
                Some((scope, lang, body))
                    if scope == q.to.association() && lang == q.asker_lang =>
                {
                    goto(Step::Answer {
                        id,
                        draft: Some(body),
                    })
                }
                _ => Flow::Unexpected,
            }
        }
        (Step::Canned { .. }, Button::DeleteCanned(cid)) => {
            match store::canned_one(ctx.db(), cid).await? {
                Some((scope, _, _)) if scope == q.to.association() => {
                    store::delete_canned(ctx.db(), cid).await?;
                    Flow::notice(desk(Step::Canned { id }), ctx.t("q-canned-deleted"))
                }
                _ => Flow::Unexpected,
            }
        }
        (Step::Canned { .. }, Button::NewCanned) => goto(Step::NewCanned { id }),
        (Step::Escalate { .. }, Button::EscalateTo(topic)) => {
            goto(Step::EscalateNote { id, topic })
        }
        _ => Flow::Unexpected,
    })
}

/// What a helper typed: an answer, a saved answer, or a note for staff.
pub(super) async fn on_part(ctx: &mut Ctx, step: &Step, part: Part) -> anyhow::Result<Flow> {
    let id = match step {
        Step::Answer { id, .. } | Step::NewCanned { id } | Step::EscalateNote { id, .. } => *id,
        _ => return Ok(Flow::Unexpected),
    };
    let q = match helped(ctx, id).await? {
        Ok(q) => q,
        Err(denied) => return Ok(Flow::Denied(denied)),
    };
    if part.kind != Kind::Text {
        return Ok(Flow::Hint(ctx.t("q-hint-text-only")));
    }
    let part = Part {
        body: without_mention(&ctx.app.bot_username, &part.body),
        ..part
    };
    if part.body.trim().is_empty() {
        return Ok(Flow::Hint(ctx.t("q-hint-empty")));
    }
    if let Some(hint) = too_long_for_helpers(ctx, &part) {
        return Ok(Flow::Hint(hint));
    }
    match step {
        Step::Answer { .. } => answer(ctx, &q, part).await,
        Step::NewCanned { .. } => {
            store::add_canned(
                ctx.db(),
                q.to.association(),
                &q.asker_lang,
                &part.body,
                ctx.user.id,
                ctx.now(),
            )
            .await?;
            Ok(Flow::notice(
                State::Questions(Step::Canned { id }),
                ctx.t("q-canned-saved"),
            ))
        }
        Step::EscalateNote { topic, .. } => {
            let To::Association(a) = q.to else {
                return Ok(Flow::notice(
                    State::Questions(Step::Desk { id }),
                    ctx.t("q-already-staff"),
                ));
            };
            if ctx.leads != Some(a) {
                return Ok(Flow::Denied(Denied::role(Role::Leader)));
            }
            if !store::escalate(ctx.db(), id, a, *topic, ctx.user.id, &part, ctx.now()).await? {
                return Ok(Flow::notice(
                    State::Questions(Step::Desk { id }),
                    ctx.t("q-answer-closed"),
                ));
            }
            tracing::info!(question = id, "question passed to staff");
            notify::escalated(ctx, &q, *topic).await?;
            Ok(Flow::Record {
                text: ctx.tf(
                    "q-escalated",
                    &[
                        ("ref", q.reference.clone().into()),
                        ("topic", ctx.topic(*topic).into()),
                    ],
                ),
                then: State::Questions(Step::Inbox { page: 0 }),
            })
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn answer(ctx: &Ctx, q: &Question, part: Part) -> anyhow::Result<Flow> {
    let id = q.id;
    let update = Some(ctx.turn.update_id());
    Ok(
        match store::answer(ctx.db(), id, ctx.user.id, &part, update, ctx.now()).await? {
            Ok(new) => {
                // Handled again after a crash: stored and told already.
                if new {
                    notify::answered(ctx, q, &part).await?;
                }
                Flow::Show {
                    state: State::Questions(Step::Desk { id }),
                    notice: Some(ctx.t("q-answer-sent")),
                    below: true,
                }
            }
            Err(store::NotAnswered::Closed) => Flow::notice(
                State::Questions(Step::Desk { id }),
                ctx.t("q-answer-closed"),
            ),
            Err(store::NotAnswered::TakenOver) => {
                Flow::notice(State::Questions(Step::Desk { id }), ctx.t("q-answer-taken"))
            }
        },
    )
}

/// Sends the helper a machine translation of what the asker wrote, marked
/// as such; or says that the service could not be reached.
async fn translated(ctx: &Ctx, q: &Question) -> anyhow::Result<()> {
    let Some(service) = ctx.app.config.translate.as_ref() else {
        return Ok(());
    };
    let words: Vec<String> = store::messages(ctx.db(), q.id, false, 10)
        .await?
        .into_iter()
        .filter(|m| m.author == Author::Asker && !m.part.body.is_empty())
        .map(|m| crate::telegram::strip_html(&m.part.body))
        .collect();
    if words.is_empty() {
        return ctx.say(&ctx.t("q-translate-nothing")).await;
    }
    let text: String = words
        .join("\n\n")
        .chars()
        .take(model::MAX_TEXT - 400)
        .collect();
    match super::translate::translate(service, &text, &q.asker_lang, ctx.lang().code()).await {
        Ok(out) => {
            let out: String = out.chars().take(model::MAX_TEXT - 400).collect();
            ctx.say(&format!(
                "{}\n\n<i>{}</i>",
                ctx.tf(
                    "q-translated",
                    &[
                        ("ref", q.reference.clone().into()),
                        ("lang", language_name(&q.asker_lang).into()),
                    ],
                ),
                crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), &out))
            ))
            .await
        }
        Err(e) => {
            tracing::warn!(error = %e, "machine translation failed");
            ctx.say(&ctx.t("q-translate-failed")).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mention_edit_puts_in_front_is_not_part_of_the_answer() {
        assert_eq!(
            without_mention("DiscorsiBot", "@discorsibot  Vieni martedì"),
            "Vieni martedì"
        );
        assert_eq!(
            without_mention("DiscorsiBot", "Vieni martedì"),
            "Vieni martedì"
        );
        assert_eq!(without_mention("DiscorsiBot", "@altro ciao"), "@altro ciao");
        assert_eq!(without_mention("DiscorsiBot", "@Discorsi"), "@Discorsi");
        assert_eq!(without_mention("b", "é"), "é");
    }
}
