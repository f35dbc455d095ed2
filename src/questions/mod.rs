//! Ask a person: a member's question goes to one of their associations'
//! leaders or to the project's staff for a topic, and is answered in the
//! bot. `ask` is the member's side (who to ask, composing, their threads),
//! `desk` the helpers' (inbox, claiming, answering, saved answers, passing
//! to staff, blocking), `notify` what reaches the other side and the
//! scheduler of reminders and the retention purge.

pub mod ask;
pub mod button;
pub mod desk;
pub mod model;
pub mod network;
pub mod notify;
pub mod store;
pub mod translate;

use serde::{Deserialize, Serialize};
use teloxide::types::{InlineKeyboardButton, Message};

use self::{
    button::Button,
    model::{About, Part, To},
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    telegram::{Screen, button},
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    /// Who to ask.
    Choose {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        about: Option<About>,
    },
    /// Writing the question: the messages so far, and whether to share
    /// one's first name. `key` makes sending it twice harmless.
    Compose {
        to: To,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        about: Option<About>,
        parts: Vec<Part>,
        share: bool,
        key: i64,
    },
    /// The asker's threads.
    Mine,
    Thread {
        id: i64,
    },
    Reply {
        id: i64,
    },
    /// A helper's open threads.
    Inbox {
        page: u32,
    },
    Desk {
        id: i64,
    },
    Answer {
        id: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        draft: Option<String>,
    },
    Canned {
        id: i64,
    },
    NewCanned {
        id: i64,
    },
    Escalate {
        id: i64,
    },
    EscalateNote {
        id: i64,
        topic: Topic,
    },
    ConfirmBlock {
        id: i64,
    },
    Blocks,
    /// The leaders' network: the posts, newest first.
    Network {
        page: u32,
    },
    Post {
        id: i64,
    },
    /// A new post: who it goes to…
    NewPost,
    /// …and its text.
    WritePost {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        region: Option<String>,
    },
    ReplyPost {
        id: i64,
    },
    /// Staff: which message of post `id` to pin…
    Pin {
        id: i64,
    },
    /// …and under which topic (`reply`: None for the post itself).
    PinTopic {
        id: i64,
        reply: Option<i64>,
    },
    /// Good practice: the topics, or one topic's items.
    Practice {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        topic: Option<Topic>,
    },
    PracticeItem {
        id: i64,
        /// The topic's list it was opened from (where Back leads).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        topic: Option<Topic>,
    },
    /// Staff: the language of a new version of item `id`…
    PracticeLang {
        id: i64,
    },
    /// …and its text.
    PracticeVersion {
        id: i64,
        lang: String,
    },
}

/// Whether `step` is one of the leaders' network or good practice.
fn in_network(step: &Step) -> bool {
    matches!(
        step,
        Step::Network { .. }
            | Step::Post { .. }
            | Step::NewPost
            | Step::WritePost { .. }
            | Step::ReplyPost { .. }
            | Step::Pin { .. }
            | Step::PinTopic { .. }
            | Step::Practice { .. }
            | Step::PracticeItem { .. }
            | Step::PracticeLang { .. }
            | Step::PracticeVersion { .. }
    )
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Questions(step))
}

pub async fn menu_rows(ctx: &Ctx) -> anyhow::Result<Vec<Vec<InlineKeyboardButton>>> {
    let mut rows = vec![vec![button(ctx.t("menu-ask"), Button::Ask.data())]];
    if let Some(desk) = desk::desk_of(ctx) {
        let n = store::inbox_count(ctx.db(), desk).await?;
        rows.push(vec![button(
            ctx.tf("menu-questions", &[("count", n.into())]),
            Button::Inbox.data(),
        )]);
    }
    if network::member_of_network(ctx) {
        rows.push(vec![button(ctx.t("menu-network"), Button::Network.data())]);
    }
    Ok(rows)
}

pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match Button::parse(data) {
        Some(Button::Ask) => Some(ask::start(ctx, None).await?),
        Some(Button::Inbox) => Some(desk::open_inbox(ctx)),
        Some(Button::Network) => Some(network::open(ctx)),
        _ => None,
    })
}

/// What an "Ask about this" button on a card names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Service(String),
    Event(i64),
}

/// The row with "Ask about this" for a card (the composition root adds it).
pub fn about_row(ctx: &Ctx, subject: Subject) -> Vec<InlineKeyboardButton> {
    let b = match subject {
        Subject::Service(id) => Button::AboutService(id),
        Subject::Event(id) => Button::AboutEvent(id),
    };
    vec![button(ctx.t("q-ask-about"), b.data())]
}

/// The card an "Ask about this" button names, if `data` is one.
pub fn subject_of(data: &str) -> Option<Subject> {
    match Button::parse(data)? {
        Button::AboutService(id) => Some(Subject::Service(id)),
        Button::AboutEvent(id) => Some(Subject::Event(id)),
        _ => None,
    }
}

/// "Ask about this": from a service or event card, with what it is about
/// (as this person was allowed to see it).
pub async fn ask_about(ctx: &Ctx, about: About) -> anyhow::Result<Flow> {
    ask::start(ctx, Some(about)).await
}

/// Buttons that work from any screen: on an answer that arrived (reply,
/// close, rate, open the thread), on a helper's notice (open the thread,
/// the inbox). Each carries a thread id and is honoured only for the asker
/// of that thread or for one of its helpers.
pub async fn global_button(ctx: &mut Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    let Some(b) = Button::parse(data) else {
        return Ok(None);
    };
    if matches!(
        b,
        Button::See(_)
            | Button::Reply(_)
            | Button::Close(_)
            | Button::Rate(..)
            | Button::Open(_)
            | Button::Inbox
            | Button::Post(_)
    ) {
        // The pressed message is an answer or a notice: it stays, and the
        // screen comes below it.
        ctx.origin = None;
    }
    Ok(Some(match b {
        Button::See(id) => ask::see(ctx, id).await?,
        Button::Reply(id) => ask::reply(ctx, id).await?,
        Button::Close(id) => ask::close(ctx, id).await?,
        Button::Rate(id, yes) => ask::rate(ctx, id, yes).await?,
        Button::Open(id) => desk::open(ctx, id).await?,
        Button::Inbox => desk::open_inbox(ctx),
        Button::Post(id) => network::open_post(ctx, id).await?,
        _ => return Ok(None),
    }))
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    match step {
        Step::Choose { about } => ask::choose_screen(ctx, about.as_ref()).await,
        Step::Compose {
            to,
            about,
            parts,
            share,
            ..
        } => ask::compose_screen(ctx, *to, about.as_ref(), parts, *share).await,
        Step::Mine => ask::mine_screen(ctx).await,
        Step::Thread { id } => ask::thread_screen(ctx, *id).await,
        Step::Reply { id } => ask::reply_screen(ctx, *id).await,
        s if in_network(s) => network::render(ctx, step).await,
        _ => desk::render(ctx, step).await,
    }
}

pub fn back(step: &Step) -> State {
    let q = State::Questions;
    match step {
        Step::Choose { .. } | Step::Mine | Step::Inbox { .. } => State::Menu,
        Step::Compose { about, .. } => q(Step::Choose {
            about: about.clone(),
        }),
        Step::Thread { .. } => q(Step::Mine),
        Step::Reply { id } => q(Step::Thread { id: *id }),
        Step::Desk { .. } | Step::Blocks => q(Step::Inbox { page: 0 }),
        Step::Answer { id, .. } | Step::Escalate { id } | Step::ConfirmBlock { id } => {
            q(Step::Desk { id: *id })
        }
        Step::Canned { id } => q(Step::Answer {
            id: *id,
            draft: None,
        }),
        Step::NewCanned { id } => q(Step::Canned { id: *id }),
        Step::EscalateNote { id, .. } => q(Step::Escalate { id: *id }),
        Step::Network { .. } => State::Menu,
        Step::Post { .. } | Step::NewPost => q(Step::Network { page: 0 }),
        Step::WritePost { .. } => q(Step::NewPost),
        Step::ReplyPost { id } | Step::Pin { id } | Step::PinTopic { id, .. } => {
            q(Step::Post { id: *id })
        }
        Step::Practice { topic: None } => q(Step::Choose { about: None }),
        Step::Practice { topic: Some(_) } => q(Step::Practice { topic: None }),
        Step::PracticeItem { topic, .. } => q(Step::Practice { topic: *topic }),
        Step::PracticeLang { id } | Step::PracticeVersion { id, .. } => q(Step::PracticeItem {
            id: *id,
            topic: None,
        }),
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(b) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    if in_network(step) {
        return network::on_button(ctx, step, b).await;
    }
    match step {
        Step::Choose { .. }
        | Step::Compose { .. }
        | Step::Mine
        | Step::Thread { .. }
        | Step::Reply { .. } => ask::on_button(ctx, step, b).await,
        _ => desk::on_button(ctx, step, b).await,
    }
}

/// A typed message, a photo, a document or a voice message.
pub async fn on_message(ctx: &mut Ctx, step: &Step, msg: &Message) -> anyhow::Result<Flow> {
    let part = match Part::of(msg) {
        Ok(part) => part,
        Err(refused) => return Ok(Flow::Hint(refused_hint(ctx, refused))),
    };
    match step {
        Step::Compose { .. } | Step::Reply { .. } => ask::on_part(ctx, step, part).await,
        Step::Answer { .. } | Step::NewCanned { .. } | Step::EscalateNote { .. } => {
            desk::on_part(ctx, step, part).await
        }
        Step::WritePost { .. } | Step::ReplyPost { .. } | Step::PracticeVersion { .. } => {
            network::on_part(ctx, step, part).await
        }
        _ => Ok(Flow::Unexpected),
    }
}

fn refused_hint(ctx: &Ctx, refused: model::Refused) -> String {
    ctx.tf(
        refused.0,
        &[
            ("max", (model::MAX_TEXT as i64).into()),
            ("caption", (model::MAX_CAPTION as i64).into()),
        ],
    )
}

/// Steps that take what a person sends (text up to `model::MAX_TEXT`,
/// files where a question is being written).
pub fn accepts_message(step: &Step) -> bool {
    matches!(
        step,
        Step::Compose { .. }
            | Step::Reply { .. }
            | Step::Answer { .. }
            | Step::NewCanned { .. }
            | Step::EscalateNote { .. }
            | Step::WritePost { .. }
            | Step::ReplyPost { .. }
            | Step::PracticeVersion { .. }
    )
}

/// Reply and Close, for the asker of thread `id` (its screen, an answer).
fn reply_close_row(
    i18n: &crate::i18n::I18n,
    lang: crate::i18n::Lang,
    id: i64,
) -> Vec<InlineKeyboardButton> {
    vec![
        button(i18n.t(lang, "q-reply"), Button::Reply(id).data()),
        button(i18n.t(lang, "q-close"), Button::Close(id).data()),
    ]
}

/// 👍 and 👎 for the asker of closed thread `id`.
fn rate_row(
    i18n: &crate::i18n::I18n,
    lang: crate::i18n::Lang,
    id: i64,
) -> Vec<InlineKeyboardButton> {
    vec![
        button(i18n.t(lang, "q-helpful"), Button::Rate(id, true).data()),
        button(
            i18n.t(lang, "q-not-helpful"),
            Button::Rate(id, false).data(),
        ),
    ]
}

/// Longest stretch of one message shown inside a thread's screen.
const SHOWN_PER_MESSAGE: usize = 600;
/// Room for the thread inside a screen (Telegram allows 4096 characters).
const SHOWN_IN_ALL: usize = 3000;

/// A person's words inside a screen in `ctx`'s language: plain text (their
/// formatting dropped, so a cut never breaks a tag), at most `max`
/// characters, isolated so their direction cannot reorder the sentence.
fn quoted(ctx: &Ctx, html: &str, max: usize) -> String {
    let plain = crate::telegram::strip_html(html);
    let mut cut: String = plain.chars().take(max).collect();
    if plain.chars().count() > max {
        cut.push('…');
    }
    crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), &cut))
}

/// What a message is, in a line: its text, or "📎 photo: caption".
fn gist(ctx: &Ctx, part: &Part) -> String {
    let words = quoted(ctx, &part.body, SHOWN_PER_MESSAGE);
    let what = match part.kind {
        model::Kind::Text => return words,
        model::Kind::Photo => ctx.t("q-kind-photo"),
        model::Kind::Document => ctx.t("q-kind-document"),
        model::Kind::Voice => ctx.t("q-kind-voice"),
    };
    if words.is_empty() {
        what
    } else {
        format!("{what}: {words}")
    }
}

/// The newest messages of a thread that fit a screen, oldest first, each
/// under the name `who` gives its author; says so when older ones are left
/// out.
fn transcript(
    ctx: &Ctx,
    messages: &[model::ThreadMessage],
    who: impl Fn(&model::ThreadMessage) -> String,
) -> String {
    let mut lines: Vec<String> = vec![];
    let mut used = 0;
    for m in messages.iter().rev() {
        let when = ctx.local(m.at).format("%d/%m %H:%M").to_string();
        let line = format!(
            "<b>{}</b> · {}\n{}",
            who(m),
            crate::i18n::ltr(ctx.lang(), &when),
            gist(ctx, &m.part)
        );
        used += line.chars().count();
        if used > SHOWN_IN_ALL && !lines.is_empty() {
            lines.push(ctx.t("q-earlier-hidden"));
            break;
        }
        lines.push(line);
    }
    lines.reverse();
    lines.join("\n\n")
}

/// How long ago `since` was, in words ("3 hours", "2 days").
fn waited(ctx: &Ctx, since: chrono::DateTime<chrono::Utc>) -> String {
    let minutes = (ctx.now() - since).num_minutes().max(0);
    if minutes < 60 {
        ctx.tf("q-age-minutes", &[("n", minutes.into())])
    } else if minutes < 48 * 60 {
        ctx.tf("q-age-hours", &[("n", (minutes / 60).into())])
    } else {
        ctx.tf("q-age-days", &[("n", (minutes / (24 * 60)).into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_leads_one_step_up() {
        let q = State::Questions;
        assert_eq!(back(&Step::Mine), State::Menu);
        assert_eq!(back(&Step::Reply { id: 4 }), q(Step::Thread { id: 4 }));
        assert_eq!(
            back(&Step::Answer { id: 4, draft: None }),
            q(Step::Desk { id: 4 })
        );
        assert_eq!(back(&Step::Desk { id: 4 }), q(Step::Inbox { page: 0 }));
        assert_eq!(
            back(&Step::EscalateNote {
                id: 4,
                topic: Topic::Health
            }),
            q(Step::Escalate { id: 4 })
        );
    }
}
