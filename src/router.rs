//! The path of one update: dedupe → private chat → user and state → command,
//! button or message → the feature that owns the current step.

use std::sync::Arc;

use teloxide::{
    dispatching::{UpdateHandler, dialogue::GetChatId},
    prelude::*,
    types::{MediaKind, MessageKind, UpdateId, UpdateKind},
};

use crate::{
    access, associations, broadcasts,
    context::Ctx,
    dialogue::{Flow, State},
    directory,
    domain::StartPayload,
    events, feedback, menu, onboarding, privacy, questions,
    runtime::App,
    storage::turn::{self, Sender},
    telegram::{
        Screen,
        commands::{self, Command},
        nav,
    },
};

/// Longest typed message treated as an answer where buttons are expected.
const MAX_CASUAL_TEXT: usize = 1000;

/// Whether the router handles `upd` at all: messages and button presses in
/// private chats. The intake drops the rest before storing anything.
pub fn handles(upd: &Update) -> bool {
    match &upd.kind {
        UpdateKind::Message(m) => m.chat.is_private() && m.from.is_some(),
        UpdateKind::CallbackQuery(q) => q.chat_id().is_some_and(|c| c.is_user()),
        _ => false,
    }
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(
            Update::filter_message()
                .filter(|m: Message| m.chat.is_private() && m.from.is_some())
                .endpoint(on_message),
        )
        .branch(
            Update::filter_callback_query()
                .filter(|q: CallbackQuery| q.chat_id().is_some_and(|c| c.is_user()))
                .endpoint(on_callback),
        )
}

/// Reads the user, their role and the chat's state with the update (one
/// statement); None when the update was handled before (Telegram may
/// deliver it twice).
async fn context(
    app: Arc<App>,
    bot: Bot,
    update: UpdateId,
    from: &teloxide::types::User,
    chat: ChatId,
) -> anyhow::Result<Option<(Ctx, State)>> {
    let sender = Sender {
        id: from.id.0 as i64,
        chat_id: chat.0,
        first_name: &from.first_name,
        language_code: from.language_code.as_deref(),
    };
    let arrival = turn::arrive(&app.db, update.0, sender, app.clock.now()).await?;
    if arrival.seen {
        tracing::info!(update_id = update.0, "redelivered update skipped");
        return Ok(None);
    }
    let state = stored_state(arrival.state.as_deref());
    let role = access::role(&app, arrival.user.id, arrival.staff, arrival.leads);
    app.trim.started();
    let ctx = Ctx {
        app,
        bot,
        user: arrival.user,
        role,
        leads: arrival.leads,
        chat,
        directory_version: arrival.directory_version,
        turn: arrival.turn,
        stored: state.clone(),
        origin: None,
    };
    Ok(Some((ctx, state)))
}

/// The stored dialogue state; one written by an older version that no
/// longer parses starts again from the menu rather than leave the user stuck.
fn stored_state(json: Option<&str>) -> State {
    match json.map(serde_json::from_str) {
        Some(Ok(state)) => state,
        Some(Err(err)) => {
            tracing::warn!(%err, "unreadable dialogue state; resetting");
            State::Start
        }
        None => State::Start,
    }
}

async fn on_message(bot: Bot, upd: Update, msg: Message, app: Arc<App>) -> anyhow::Result<()> {
    let Some(from) = msg.from.as_ref() else {
        return Ok(());
    };
    let Some((mut ctx, state)) = context(app, bot, upd.id, from, msg.chat.id).await? else {
        return Ok(());
    };
    let result = crate::contain::contained(route_message(&mut ctx, state, &msg)).await;
    finish(&mut ctx, result).await
}

async fn on_callback(bot: Bot, upd: Update, q: CallbackQuery, app: Arc<App>) -> anyhow::Result<()> {
    // Stop the client's spinner, whatever happens next; in parallel with
    // the work, so the reply does not wait for this round trip.
    let (spinner, id) = (bot.clone(), q.id.clone());
    tokio::spawn(async move {
        if let Err(e) = spinner.answer_callback_query(id).await {
            tracing::debug!(error = %e, "answerCallbackQuery failed");
        }
    });
    let Some(chat) = q.chat_id() else {
        return Ok(());
    };
    let Some((mut ctx, state)) = context(app, bot, upd.id, &q.from, chat).await? else {
        return Ok(());
    };
    ctx.origin = q.message.as_ref().map(|m| m.id());
    let data = q.data.as_deref().unwrap_or_default();
    let result = crate::contain::contained(route_callback(&mut ctx, state, data)).await;
    finish(&mut ctx, result).await
}

/// Commits what the update has not committed yet (a handler that sent no
/// screen, or failed), then answers a failure: the error is logged once,
/// with its causes but without who it was (logs hold no personal data).
async fn finish(ctx: &mut Ctx, result: anyhow::Result<()>) -> anyhow::Result<()> {
    let committed = commit(ctx, None).await;
    // The update may have queued a reminder, a prompt or an announcement.
    ctx.app.wake.poke();
    ctx.app.trim.finished();
    if let Err(err) = &result {
        tracing::error!(error = ?err, "handler failed");
        let _ = ctx.say(&ctx.t("error-generic")).await;
    }
    committed
}

/// Commits the update (its id, `state` when it differs from the stored
/// one, the user's last-seen time and choices) before anything is sent
/// about it.
/// Most button presses and typed answers keep or return to a state: no
/// state write then.
async fn commit(ctx: &mut Ctx, state: Option<State>) -> anyhow::Result<()> {
    let changed = state.filter(|s| *s != ctx.stored);
    let json = changed.as_ref().map(serde_json::to_string).transpose()?;
    ctx.turn.commit(&ctx.app.db, json).await?;
    if let Some(state) = changed {
        ctx.stored = state;
    }
    Ok(())
}

/// Where "Home" leads: the main menu, or back into onboarding.
fn home(ctx: &Ctx, state: &State) -> State {
    if ctx.user.onboarded() {
        State::Menu
    } else if matches!(state, State::Onboarding(_)) {
        state.clone()
    } else {
        State::Onboarding(onboarding::Step::start(None))
    }
}

/// The state a chat is really in: a finished onboarding means the menu.
fn current(ctx: &Ctx, state: State) -> State {
    match state {
        State::Start => home(ctx, &state),
        State::Onboarding(_) if ctx.user.onboarded() => State::Menu,
        s if !ctx.user.onboarded()
            && !matches!(s, State::Onboarding(_) | State::Help | State::Privacy(_)) =>
        {
            home(ctx, &s)
        }
        s => s,
    }
}

async fn route_message(ctx: &mut Ctx, state: State, msg: &Message) -> anyhow::Result<()> {
    if let Some(text) = msg.text()
        && let Some(cmd) = commands::parse(text, &ctx.app.bot_username)
    {
        return on_command(ctx, state, cmd).await;
    }
    let state = current(ctx, state);
    let flow = match (&state, msg.text()) {
        (State::Broadcasts(step), _) if broadcasts::accepts_media(step) || msg.text().is_some() => {
            broadcasts::on_message(ctx, step, msg).await?
        }
        (State::Questions(step), _) if questions::accepts_message(step) => {
            questions::on_message(ctx, step, msg).await?
        }
        (_, Some(text)) if text.chars().count() > MAX_CASUAL_TEXT && !accepts_long_text(&state) => {
            return show_with_notice(ctx, &state, "hint-too-long").await;
        }
        (_, Some(text)) => on_text(ctx, &state, text).await?,
        (State::Menu | State::Directory(_), None) if let Some(loc) = msg.location() => {
            let step = match &state {
                State::Directory(step) => Some(step),
                _ => None,
            };
            directory::on_location(ctx, step, loc.latitude, loc.longitude).await?
        }
        _ => Flow::Unexpected,
    };
    match flow {
        Flow::Unexpected => show_with_notice(ctx, &state, hint_for(msg)).await,
        flow => apply(ctx, flow).await,
    }
}

async fn route_callback(ctx: &mut Ctx, state: State, data: &str) -> anyhow::Result<()> {
    let state = current(ctx, state);
    let flow = match data {
        nav::HOME => Flow::Goto(home(ctx, &state)),
        nav::BACK => Flow::Goto(back(ctx, &state)),
        _ => match global_button(ctx, data).await? {
            Some(flow) => flow,
            None => on_button(ctx, &state, data).await?,
        },
    };
    match flow {
        Flow::Unexpected => {
            tracing::debug!(data, ?state, "stale or forged button");
            ctx.origin = None;
            show_with_notice(ctx, &state, "button-expired").await
        }
        flow => apply(ctx, flow).await,
    }
}

async fn on_command(ctx: &mut Ctx, state: State, cmd: Command) -> anyhow::Result<()> {
    let state = current(ctx, state);
    let flow = match cmd {
        // A certificate's QR code: answered at once, to anyone.
        Command::Start(Some(p)) if verify_payload(&p).is_some() => {
            feedback::verify(ctx, verify_payload(&p)).await?;
            if ctx.user.onboarded() {
                Flow::Done
            } else {
                Flow::Goto(State::Onboarding(onboarding::Step::start(None)))
            }
        }
        Command::Verify(code) => {
            feedback::verify(ctx, code.as_deref()).await?;
            Flow::Done
        }
        Command::Start(payload) => {
            let payload = match payload.as_deref().map(StartPayload::parse) {
                Some(None) => {
                    ctx.say(&ctx.t("deeplink-unknown")).await?;
                    None
                }
                Some(p) => p,
                None => None,
            };
            if ctx.user.onboarded() {
                match payload {
                    Some(p) => onboarding::open_link(ctx, &p).await?,
                    None => Flow::Goto(State::Menu),
                }
            } else {
                Flow::Goto(State::Onboarding(onboarding::Step::start(payload)))
            }
        }
        Command::Menu => Flow::Goto(home(ctx, &state)),
        Command::Cancel => {
            if ctx.user.onboarded() {
                ctx.say(&ctx.t("cancelled")).await?;
            }
            Flow::Goto(home(ctx, &state))
        }
        Command::Language if ctx.user.onboarded() => Flow::Goto(State::Language),
        Command::Language => Flow::Goto(home(ctx, &state)),
        Command::Help => Flow::Goto(State::Help),
        Command::MyData => {
            privacy::send_export(ctx).await?;
            Flow::Done
        }
        Command::Delete => Flow::Goto(State::Privacy(privacy::Step::ConfirmErase)),
        Command::Report if ctx.user.onboarded() => feedback::open_report(ctx).await?,
        Command::Certificate if ctx.user.onboarded() => feedback::open_certificate(ctx).await?,
        Command::Report | Command::Certificate => Flow::Goto(home(ctx, &state)),
        Command::Unknown(_) => return show_with_notice(ctx, &state, "unknown-command").await,
    };
    apply(ctx, flow).await
}

/// The certificate code in a `/start V<code>` deep link.
fn verify_payload(payload: &str) -> Option<&str> {
    payload
        .strip_prefix('V')
        .filter(|c| crate::domain::CertificateCode::parse(c).is_some())
}

/// Buttons that work from any screen once onboarded (on a reminder, a
/// feedback prompt): each feature parses its own and says whether it was
/// one of them.
async fn global_button(ctx: &mut Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    if !ctx.user.onboarded() {
        return Ok(None);
    }
    if let Some(flow) = events::global_button(ctx, data).await? {
        return Ok(Some(flow));
    }
    if let Some(subject) = questions::subject_of(data) {
        // Named as this person may see it: an event they may not see, or a
        // service that is gone, is a stale button.
        let about = match subject {
            questions::Subject::Service(id) => directory::service_about(ctx, &id).await?,
            questions::Subject::Event(id) => events::event_about(ctx, id).await?,
        };
        return Ok(Some(match about {
            Some((label, topic)) => {
                let about = questions::model::About {
                    label,
                    topic: Some(topic),
                };
                questions::ask_about(ctx, about).await?
            }
            None => Flow::Unexpected,
        }));
    }
    if let Some(flow) = questions::global_button(ctx, data).await? {
        return Ok(Some(flow));
    }
    feedback::global_button(ctx, data).await
}

/// Moves the chat to `state` and shows its screen.
pub async fn goto(ctx: &mut Ctx, state: State) -> anyhow::Result<()> {
    let screen = render(ctx, &state).await?;
    commit(ctx, Some(state)).await?;
    ctx.show(&screen).await
}

/// Carries out what a handler decided: the only place that writes the
/// dialogue state and shows screens.
async fn apply(ctx: &mut Ctx, flow: Flow) -> anyhow::Result<()> {
    match flow {
        Flow::Goto(state) => goto(ctx, state).await,
        Flow::Show {
            state,
            notice,
            below,
        } => {
            let mut screen = render(ctx, &state).await?;
            if let Some(notice) = notice {
                screen = screen.with_notice(&notice);
            }
            commit(ctx, Some(state)).await?;
            if below {
                ctx.send(&screen).await
            } else {
                ctx.show(&screen).await
            }
        }
        Flow::Record { text, then } => {
            commit(ctx, None).await?;
            ctx.show(&Screen::new(text)).await?;
            ctx.origin = None;
            goto(ctx, then).await
        }
        Flow::Hint(text) => {
            commit(ctx, None).await?;
            ctx.say(&text).await
        }
        Flow::End(text) => {
            commit(ctx, None).await?;
            ctx.show(&Screen::new(text)).await
        }
        Flow::Denied(denied) => {
            commit(ctx, None).await?;
            ctx.say(&ctx.t(denied.key())).await?;
            goto(ctx, State::Menu).await
        }
        Flow::Done | Flow::Unexpected => Ok(()),
    }
}

/// Shows the current screen again as a new message, with a notice on top.
async fn show_with_notice(ctx: &mut Ctx, state: &State, key: &str) -> anyhow::Result<()> {
    let screen = render(ctx, state).await?.with_notice(&ctx.t(key));
    commit(ctx, Some(state.clone())).await?;
    ctx.send(&screen).await
}

fn hint_for(msg: &Message) -> &'static str {
    match &msg.kind {
        MessageKind::Common(c) => match c.media_kind {
            MediaKind::Text(_)
            | MediaKind::Location(_)
            | MediaKind::Contact(_)
            | MediaKind::Venue(_) => "hint-use-buttons",
            _ => "hint-no-media",
        },
        _ => "hint-use-buttons",
    }
}

// ---- the one place that knows which feature owns which state ----

pub async fn render(ctx: &Ctx, state: &State) -> anyhow::Result<Screen> {
    Ok(match state {
        State::Start | State::Menu => menu::render(ctx).await?,
        State::Help => menu::help(ctx),
        State::Onboarding(step) => onboarding::render(ctx, step),
        State::Language => onboarding::language_screen(ctx, true),
        State::Privacy(step) => privacy::render(ctx, step),
        // A card also offers to ask a person about it.
        State::Directory(step @ directory::Step::Card { id, .. }) => directory::render(ctx, step)
            .await?
            .row_before_last(questions::about_row(
                ctx,
                questions::Subject::Service(id.clone()),
            )),
        State::Directory(step) => directory::render(ctx, step).await?,
        // A leader's association screen also opens the announcements.
        // (Only for a leader: otherwise the screen is a refusal.)
        State::Associations(step @ associations::Step::Mine) if ctx.leads.is_some() => {
            associations::render(ctx, step)
                .await?
                .rows_first(broadcasts::menu_rows(ctx).await?)
        }
        State::Associations(step) => associations::render(ctx, step).await?,
        State::Broadcasts(step) => broadcasts::render(ctx, step).await?,
        State::Events(step @ events::Step::Card { id, .. }) => {
            let screen = events::render(ctx, step).await?;
            // Only on a card this person may see (otherwise it is a refusal).
            if events::event_about(ctx, *id).await?.is_some() {
                screen.row_before_last(questions::about_row(ctx, questions::Subject::Event(*id)))
            } else {
                screen
            }
        }
        State::Events(step) => events::render(ctx, step).await?,
        State::Feedback(step) => feedback::render(ctx, step).await?,
        State::Questions(step) => questions::render(ctx, step).await?,
    })
}

fn back(ctx: &Ctx, state: &State) -> State {
    match state {
        State::Onboarding(step) => State::Onboarding(onboarding::back(step)),
        State::Privacy(step) => privacy::back(step),
        State::Directory(step) => directory::back(step),
        State::Associations(step) => associations::back(step),
        State::Broadcasts(step) => broadcasts::back(step),
        State::Events(step) => events::back(step),
        State::Feedback(step) => feedback::back(step),
        State::Questions(step) => questions::back(step),
        _ => home(ctx, state),
    }
}

async fn on_button(ctx: &mut Ctx, state: &State, data: &str) -> anyhow::Result<Flow> {
    match state {
        State::Onboarding(step) => onboarding::on_button(ctx, step, data).await,
        State::Language => onboarding::on_language_button(ctx, data).await,
        State::Start | State::Menu => menu::on_button(ctx, data).await,
        State::Privacy(step) => privacy::on_button(ctx, step, data).await,
        State::Directory(step) => directory::on_button(ctx, step, data).await,
        // The leader's association screen also opens the composer.
        State::Associations(step @ associations::Step::Mine) => {
            match broadcasts::from_menu(ctx, data).await? {
                Some(flow) => Ok(flow),
                None => associations::on_button(ctx, step, data).await,
            }
        }
        State::Associations(step) => associations::on_button(ctx, step, data).await,
        State::Broadcasts(step) => broadcasts::on_button(ctx, step, data).await,
        State::Events(step) => events::on_button(ctx, step, data).await,
        State::Feedback(step) => feedback::on_button(ctx, step, data).await,
        State::Questions(step) => questions::on_button(ctx, step, data).await,
        State::Help => Ok(Flow::Unexpected),
    }
}

async fn on_text(ctx: &mut Ctx, state: &State, text: &str) -> anyhow::Result<Flow> {
    match state {
        // Typing at the main menu searches the services directory.
        State::Menu => directory::on_text(ctx, None, text).await,
        State::Directory(step) => directory::on_text(ctx, Some(step), text).await,
        State::Associations(step) => associations::on_text(ctx, step, text).await,
        State::Events(step) => events::on_text(ctx, step, text).await,
        State::Feedback(step) => feedback::on_text(ctx, step, text).await,
        _ => Ok(Flow::Unexpected),
    }
}

/// Steps where a long typed text is the expected answer (they check length).
fn accepts_long_text(state: &State) -> bool {
    match state {
        State::Directory(step) => matches!(
            step,
            directory::Step::Report { .. } | directory::Step::Gap { .. }
        ),
        State::Associations(step) => associations::accepts_long_text(step),
        State::Broadcasts(step) => broadcasts::accepts_long_text(step),
        State::Events(step) => events::accepts_long_text(step),
        State::Feedback(step) => feedback::accepts_long_text(step),
        _ => false,
    }
}
