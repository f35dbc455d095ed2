//! Workshops, training meetings and other events: browse, sign up (or join
//! the waitlist), cancel, calendar files, reminders, and for organisers the
//! attendee list, a CSV sign-in sheet, attendance, changes and cancellation.

pub mod ics;
pub mod import;
pub mod model;
pub mod reminders;
pub mod store;

use serde::{Deserialize, Serialize};
use teloxide::{prelude::*, types::ParseMode};

use self::{
    model::{Audience, Event, Kind, MAX_CAPACITY, Texts},
    store::{Cancel, SignUp},
};
use crate::{
    access::Role,
    associations,
    broadcasts::store as bstore,
    context::Ctx,
    dialogue::{Flow, State},
    directory::{model::Topic, topic_label},
    i18n::{Lang, ltr},
    telegram::{Screen, button, escape, link_button},
    time::{WhenError, parse_when},
};

const PAGE: usize = 5;
const MAX_TITLE: usize = 120;
const MAX_DESCRIPTION: usize = 1500;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: Option<Kind>,
    pub topic: Option<Topic>,
    pub title: String,
    pub description: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub place: String,
    pub online_url: String,
    pub capacity: Option<i64>,
    pub languages: Vec<String>,
    pub audience: Option<Audience>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Kind,
    Topic,
    Title,
    Description,
    Start,
    End,
    Place,
    Capacity,
    Languages,
    Audience,
    Preview,
}

impl Field {
    const ORDER: [Field; 11] = [
        Field::Kind,
        Field::Topic,
        Field::Title,
        Field::Description,
        Field::Start,
        Field::End,
        Field::Place,
        Field::Capacity,
        Field::Languages,
        Field::Audience,
        Field::Preview,
    ];

    fn next(self) -> Field {
        let i = Field::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        Field::ORDER.get(i + 1).copied().unwrap_or(Field::Preview)
    }

    fn prev(self) -> Option<Field> {
        let i = Field::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        i.checked_sub(1).and_then(|i| Field::ORDER.get(i).copied())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    List { topic: Option<Topic>, page: usize },
    Card { id: i64, back: Box<Step> },
    ConfirmCancel { id: i64, back: Box<Step> },
    Mine,
    Manage,
    Organise { id: i64 },
    Attendance { id: i64 },
    EditTime { id: i64 },
    EditPlace { id: i64 },
    ConfirmCancelEvent { id: i64 },
    New { draft: Draft, field: Field },
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Events(step))
}

fn offsets(ctx: &Ctx) -> &[i64] {
    &ctx.app.config.reminder_offsets
}

/// "Tuesday 25/03 · 18:30–20:00" in the configured time zone.
pub fn when(ctx: &Ctx, e: &Event) -> String {
    let tz = ctx.app.config.timezone;
    let s = crate::time::local(e.starts_at, &tz);
    let end = crate::time::local(e.ends_at, &tz);
    let day = ctx.t(&format!(
        "weekday-{}",
        chrono::Datelike::weekday(&s).number_from_monday()
    ));
    let same_day = s.date_naive() == end.date_naive();
    let span = if same_day {
        format!("{}–{}", s.format("%H:%M"), end.format("%H:%M"))
    } else {
        format!("{} – {}", s.format("%H:%M"), end.format("%d/%m %H:%M"))
    };
    ltr(
        ctx.lang(),
        &format!("{day} {} · {span}", s.format("%d/%m/%Y")),
    )
}

/// May this user see (and join) `e`?
async fn visible(ctx: &Ctx, e: &Event) -> anyhow::Result<bool> {
    if ctx.role.at_least(Role::Staff) || e.created_by == ctx.user.id {
        return Ok(true);
    }
    Ok(match e.audience {
        Audience::Everyone => true,
        Audience::Leaders => ctx.leads.is_some(),
        Audience::Members => match e.association_id {
            Some(a) => associations::store::memberships(ctx.db(), ctx.user.id)
                .await?
                .iter()
                .any(|(m, _)| m.id == a),
            None => true,
        },
    })
}

/// The association a leader organises for (None for staff: all events).
async fn organiser_scope(ctx: &Ctx) -> anyhow::Result<Option<Option<i64>>> {
    if ctx.role.at_least(Role::Staff) {
        return Ok(Some(None));
    }
    Ok(ctx.leads.map(Some))
}

/// May this user see `e` now: it is open to them, or they hold a place or a
/// waitlist spot on it (someone who left the association can still cancel).
async fn may_see(ctx: &Ctx, e: &Event) -> anyhow::Result<bool> {
    Ok(visible(ctx, e).await? || signed_up(ctx, e.id).await?)
}

async fn signed_up(ctx: &Ctx, id: i64) -> anyhow::Result<bool> {
    Ok(matches!(
        store::status_of(ctx.db(), id, ctx.user.id).await?,
        Some(SignUp::Confirmed | SignUp::Waitlist(_))
    ))
}

/// Whether this user may manage `e`: staff, or the leader of its association.
async fn may_manage(ctx: &Ctx, e: &Event) -> anyhow::Result<bool> {
    Ok(match organiser_scope(ctx).await? {
        Some(None) => true,
        Some(Some(a)) => e.association_id == Some(a),
        None => false,
    })
}

pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    let mut rows = vec![vec![
        button(ctx.t("menu-events"), "ev:list"),
        button(ctx.t("menu-my-signups"), "ev:mine"),
    ]];
    if organiser_scope(ctx).await?.is_some() {
        rows.push(vec![button(ctx.t("menu-manage-events"), "ev:manage")]);
    }
    Ok(rows)
}

/// Menu buttons of this feature.
pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match data {
        "ev:list" => Some(goto(Step::List {
            topic: None,
            page: 0,
        })),
        "ev:mine" => Some(goto(Step::Mine)),
        "ev:manage" => Some(match organiser_scope(ctx).await? {
            Some(_) => goto(Step::Manage),
            None => {
                ctx.say(&ctx.t("ev-not-organiser")).await?;
                Flow::Goto(State::Menu)
            }
        }),
        _ => None,
    })
}

async fn visible_upcoming(ctx: &Ctx, topic: Option<Topic>) -> anyhow::Result<Vec<Event>> {
    let mut out = vec![];
    for e in store::upcoming(ctx.db(), ctx.now(), topic).await? {
        if visible(ctx, &e).await? {
            out.push(e);
        }
    }
    Ok(out)
}

fn seats_left(ctx: &Ctx, e: &Event, confirmed: i64) -> String {
    let left = (e.capacity - confirmed).max(0);
    if left == 0 {
        ctx.t("ev-full")
    } else {
        ctx.tf("ev-seats-left", &[("count", left.into())])
    }
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    let db = ctx.db();
    Ok(match step {
        Step::List { topic, page } => {
            let list = visible_upcoming(ctx, *topic).await?;
            let pages = list.len().div_ceil(PAGE).max(1);
            let page = (*page).min(pages - 1);
            let mut text = if list.is_empty() {
                ctx.t("ev-none")
            } else {
                ctx.t("ev-list-title")
            };
            let mut numbers = vec![];
            for (n, e) in list.iter().skip(page * PAGE).take(PAGE).enumerate() {
                let (t, _) = e.texts_in(ctx.lang());
                let confirmed = store::confirmed_count(db, e.id).await?;
                text.push_str(&format!(
                    "\n\n{}. <b>{}</b>\n{}\n{}",
                    n + 1,
                    escape(&t.title),
                    when(ctx, e),
                    seats_left(ctx, e, confirmed)
                ));
                numbers.push(button(format!("{}", n + 1), format!("ev:open:{}", e.id)));
            }
            let filters = Topic::ALL
                .iter()
                .map(|t| {
                    crate::telegram::check_button(
                        *topic == Some(*t),
                        &topic_label(ctx, *t),
                        format!("ev:topic:{}", t.code()),
                    )
                })
                .collect();
            let mut paging = vec![];
            if page > 0 {
                paging.push(button(ctx.t("dir-prev"), format!("ev:page:{}", page - 1)));
            }
            if page + 1 < pages {
                paging.push(button(ctx.t("dir-next"), format!("ev:page:{}", page + 1)));
            }
            Screen::new(text)
                .row(numbers)
                .grid(filters, 3)
                .row(paging)
                .row(ctx.nav_row())
        }
        // Checked as the screen is drawn, whatever led here: an event this
        // person may not see looks exactly like one that does not exist.
        Step::Card { id, .. } => match store::get(db, *id).await? {
            Some(e) if may_see(ctx, &e).await? => card(ctx, &e).await?,
            _ => Screen::new(ctx.t("ev-gone")).row(ctx.nav_row()),
        },
        Step::ConfirmCancel { id, .. } => match store::get(db, *id).await? {
            Some(e) if signed_up(ctx, e.id).await? => Screen::new(ctx.tf(
                "ev-cancel-confirm",
                &[("title", escape(&e.texts_in(ctx.lang()).0.title).into())],
            ))
            .button(ctx.t("ev-cancel-yes"), "ev:cancelyes")
            .row(ctx.nav_row()),
            _ => Screen::new(ctx.t("ev-gone")).row(ctx.nav_row()),
        },
        Step::Mine => {
            let mine = store::my_signups(db, ctx.user.id, ctx.now()).await?;
            let mut text = if mine.is_empty() {
                ctx.t("ev-mine-none")
            } else {
                ctx.t("ev-mine-title")
            };
            let mut buttons = vec![];
            for (n, (e, s)) in mine.iter().enumerate() {
                let status = match s {
                    SignUp::Waitlist(p) => {
                        ctx.tf("ev-waitlist-position", &[("position", (*p).into())])
                    }
                    _ => ctx.t("ev-you-are-in"),
                };
                text.push_str(&format!(
                    "\n\n{}. <b>{}</b>\n{}\n{status}",
                    n + 1,
                    escape(&e.texts_in(ctx.lang()).0.title),
                    when(ctx, e)
                ));
                buttons.push(button(format!("{}", n + 1), format!("ev:open:{}", e.id)));
            }
            Screen::new(text).grid(buttons, 5).row(ctx.nav_row())
        }
        Step::Manage => {
            let scope = organiser_scope(ctx).await?.unwrap_or(Some(-1));
            let list = store::organised(db, scope, ctx.now()).await?;
            let buttons = list
                .iter()
                .map(|e| {
                    let mark = if e.cancelled { "❌ " } else { "" };
                    let local = crate::time::local(e.starts_at, &ctx.app.config.timezone);
                    button(
                        format!(
                            "{mark}{} · {}",
                            local.format("%d/%m"),
                            e.texts_in(ctx.lang()).0.title
                        ),
                        format!("ev:org:{}", e.id),
                    )
                })
                .collect();
            Screen::new(if list.is_empty() {
                ctx.t("ev-manage-none")
            } else {
                ctx.t("ev-manage-title")
            })
            .grid(buttons, 1)
            .button(ctx.t("ev-new"), "ev:new")
            .row(ctx.nav_row())
        }
        Step::Organise { id } => match store::get(db, *id).await? {
            None => Screen::new(ctx.t("ev-gone")).row(ctx.nav_row()),
            Some(e) if !may_manage(ctx, &e).await? => not_yours(ctx),
            Some(e) => organise_screen(ctx, &e).await?,
        },
        Step::Attendance { id }
        | Step::EditTime { id }
        | Step::EditPlace { id }
        | Step::ConfirmCancelEvent { id }
            if !manageable(ctx, *id).await? =>
        {
            not_yours(ctx)
        }
        Step::Attendance { id } => {
            let people = store::attendees(db, *id).await?;
            let buttons = people
                .iter()
                .filter(|a| a.confirmed)
                .map(|a| {
                    let mark = if a.attended == Some(true) {
                        "✅"
                    } else {
                        "⬜"
                    };
                    button(
                        format!("{mark} {}", a.name),
                        format!("ev:att:{}", a.user_id),
                    )
                })
                .collect();
            Screen::new(ctx.t("ev-attendance-prompt"))
                .grid(buttons, 2)
                .row(ctx.nav_row())
        }
        Step::EditTime { .. } => Screen::new(ctx.t("ev-ask-new-start")).row(ctx.nav_row()),
        Step::EditPlace { .. } => Screen::new(ctx.t("ev-ask-place")).row(ctx.nav_row()),
        Step::ConfirmCancelEvent { .. } => Screen::new(ctx.t("ev-cancel-event-confirm"))
            .button(ctx.t("ev-cancel-event-yes"), "ev:cancelevent")
            .row(ctx.nav_row()),
        Step::New { draft, field } => new_screen(ctx, draft, *field).await?,
    })
}

async fn card(ctx: &Ctx, e: &Event) -> anyhow::Result<Screen> {
    let lang = ctx.lang();
    let (t, fell_back) = e.texts_in(lang);
    let confirmed = store::confirmed_count(ctx.db(), e.id).await?;
    let mut lines = vec![
        format!("<b>{}</b>", escape(&t.title)),
        ctx.t(&format!("ev-kind-{}", e.kind.code())),
    ];
    if fell_back {
        lines.push(ctx.t("ev-fallback"));
    }
    if !t.description.is_empty() {
        lines.push(escape(&t.description));
    }
    lines.push(format!("🗓 {}", when(ctx, e)));
    if !e.place.is_empty() {
        lines.push(ctx.tf(
            "card-address",
            &[("address", escape(&ltr(lang, &e.place)).into())],
        ));
    }
    if !e.online_url.is_empty() {
        lines.push(ctx.t("ev-online"));
    }
    if !e.languages.is_empty() {
        let names: Vec<&str> = e
            .languages
            .iter()
            .filter_map(|c| Lang::from_code(c))
            .map(|l| l.native_name())
            .collect();
        lines.push(ctx.tf("card-languages", &[("languages", names.join(", ").into())]));
    }
    if e.cancelled {
        lines.push(ctx.t("ev-cancelled"));
    } else {
        lines.push(seats_left(ctx, e, confirmed));
    }
    let status = store::status_of(ctx.db(), e.id, ctx.user.id).await?;
    match status {
        Some(SignUp::Confirmed) => lines.push(ctx.t("ev-you-are-in")),
        Some(SignUp::Waitlist(p)) => {
            lines.push(ctx.tf("ev-waitlist-position", &[("position", p.into())]))
        }
        _ => {}
    }
    let mut top = vec![];
    if e.coords.is_some() {
        top.push(button(ctx.t("card-map"), "ev:map"));
    }
    if let Ok(url) = url::Url::parse(&e.online_url) {
        top.push(link_button(ctx.t("ev-join-online"), url));
    }
    let mut s = Screen::new(lines.join("\n")).row(top);
    if !e.cancelled {
        s = match status {
            None | Some(SignUp::Closed) => s.button(ctx.t("ev-sign-up"), "ev:signup"),
            Some(_) => s.button(ctx.t("ev-cancel-place"), "ev:cancel"),
        };
    }
    Ok(s.row(ctx.nav_row()))
}

async fn organise_screen(ctx: &Ctx, e: &Event) -> anyhow::Result<Screen> {
    let people = store::attendees(ctx.db(), e.id).await?;
    let mut text = format!(
        "<b>{}</b>\n🗓 {}\n",
        escape(&e.texts_in(ctx.lang()).0.title),
        when(ctx, e)
    );
    if e.cancelled {
        text.push_str(&ctx.t("ev-cancelled"));
    }
    let confirmed: Vec<_> = people.iter().filter(|a| a.confirmed).collect();
    text.push_str(&ctx.tf(
        "ev-attendees",
        &[
            ("count", (confirmed.len() as i64).into()),
            ("capacity", e.capacity.into()),
        ],
    ));
    for (i, a) in people.iter().enumerate() {
        let line = if a.confirmed {
            format!("\n• {}", escape(&a.name))
        } else {
            format!(
                "\n⏳ {} ({})",
                escape(&a.name),
                ctx.tf(
                    "ev-waitlist-position",
                    &[("position", ((i - confirmed.len()) as i64 + 1).into())]
                )
            )
        };
        text.push_str(&line);
    }
    let mut s = Screen::new(text).row(vec![
        button(ctx.t("ev-csv"), "ev:csv"),
        button(ctx.t("ev-attendance"), "ev:attendance"),
    ]);
    if !e.cancelled && ctx.now().timestamp() < e.ends_at {
        s = s
            .row(vec![
                button(ctx.t("ev-change-time"), "ev:edittime"),
                button(ctx.t("ev-change-place"), "ev:editplace"),
            ])
            .button(ctx.t("ev-cancel-event"), "ev:cancelevent?");
    }
    Ok(s.row(ctx.nav_row()))
}

async fn new_screen(ctx: &Ctx, d: &Draft, field: Field) -> anyhow::Result<Screen> {
    let nav = ctx.nav_row();
    Ok(match field {
        Field::Kind => Screen::new(ctx.t("ev-ask-kind"))
            .grid(
                Kind::ALL
                    .iter()
                    .map(|k| {
                        button(
                            ctx.t(&format!("ev-kind-{}", k.code())),
                            format!("ev:kind:{}", k.code()),
                        )
                    })
                    .collect(),
                1,
            )
            .row(nav),
        Field::Topic => Screen::new(ctx.t("ev-ask-topic"))
            .grid(
                Topic::ALL
                    .iter()
                    .map(|t| button(topic_label(ctx, *t), format!("ev:etopic:{}", t.code())))
                    .collect(),
                1,
            )
            .row(nav),
        Field::Title => {
            Screen::new(ctx.tf("ev-ask-title", &[("max", (MAX_TITLE as i64).into())])).row(nav)
        }
        Field::Description => Screen::new(ctx.t("ev-ask-description"))
            .button(ctx.t("assoc-skip"), "ev:skip")
            .row(nav),
        Field::Start => Screen::new(ctx.t("ev-ask-start")).row(nav),
        Field::End => Screen::new(ctx.t("ev-ask-end")).row(nav),
        Field::Place => Screen::new(ctx.t("ev-ask-place")).row(nav),
        Field::Capacity => {
            Screen::new(ctx.tf("ev-ask-capacity", &[("max", MAX_CAPACITY.into())])).row(nav)
        }
        Field::Languages => {
            let buttons = crate::telegram::language_toggles(&d.languages, "ev:lang:");
            Screen::new(ctx.t("ev-ask-languages"))
                .grid(buttons, 2)
                .button(ctx.t("ev-next"), "ev:langsdone")
                .row(nav)
        }
        Field::Audience => {
            let mut s = Screen::new(ctx.t("ev-ask-audience"))
                .button(ctx.t("ev-aud-everyone"), "ev:aud:everyone");
            if ctx.leads.is_some() {
                s = s.button(ctx.t("ev-aud-members"), "ev:aud:members");
            }
            s.button(ctx.t("ev-aud-leaders"), "ev:aud:leaders").row(nav)
        }
        Field::Preview => {
            let e = draft_event(ctx, d).await?;
            let preview = card(ctx, &e).await?;
            Screen::new(format!("{}\n\n{}", ctx.t("ev-preview"), preview.text))
                .button(ctx.t("ev-create"), "ev:create")
                .row(nav)
        }
    })
}

/// The event a draft describes (not yet stored).
async fn draft_event(ctx: &Ctx, d: &Draft) -> anyhow::Result<Event> {
    let association_id = ctx.leads;
    Ok(Event {
        id: 0,
        kind: d.kind.unwrap_or(Kind::Other),
        topic: d.topic.unwrap_or(Topic::Work),
        association_id,
        audience: d.audience.unwrap_or(Audience::Everyone),
        starts_at: d.starts_at.unwrap_or_default(),
        ends_at: d.ends_at.unwrap_or_default(),
        place: d.place.clone(),
        coords: None,
        online_url: d.online_url.clone(),
        capacity: d.capacity.unwrap_or(1),
        languages: d.languages.clone(),
        texts: [(
            ctx.lang().code().to_owned(),
            Texts {
                title: d.title.clone(),
                description: d.description.clone(),
            },
        )]
        .into(),
        cancelled: false,
        created_by: ctx.user.id,
    })
}

pub fn back(step: &Step) -> State {
    let ev = State::Events;
    match step {
        Step::Card { back, .. } => ev((**back).clone()),
        Step::ConfirmCancel { id, back } => ev(Step::Card {
            id: *id,
            back: back.clone(),
        }),
        Step::Organise { .. } => ev(Step::Manage),
        Step::Attendance { id }
        | Step::EditTime { id }
        | Step::EditPlace { id }
        | Step::ConfirmCancelEvent { id } => ev(Step::Organise { id: *id }),
        Step::New { draft, field } => match field.prev() {
            Some(prev) => ev(Step::New {
                draft: draft.clone(),
                field: prev,
            }),
            None => ev(Step::Manage),
        },
        _ => State::Menu,
    }
}

/// Before a person's data is erased: each place they hold on an upcoming
/// event is given up as "I can't come" would, so the first on the waitlist
/// gets it and is told.
pub async fn release_places(ctx: &Ctx) -> anyhow::Result<()> {
    for (e, _) in store::my_signups(ctx.db(), ctx.user.id, ctx.now()).await? {
        let done =
            store::cancel_signup(ctx.db(), e.id, ctx.user.id, offsets(ctx), ctx.now()).await?;
        if let Cancel::Done { promoted: Some(p) } = done {
            notify_promoted(ctx, e.id, p).await?;
        }
    }
    Ok(())
}

/// The screen of an organiser step this person may no longer use (a revoked
/// role, a forged button): nothing of the event is shown.
fn not_yours(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("ev-not-your-event")).row(ctx.home_row())
}

/// Whether event `id` exists and this person may manage it now.
async fn manageable(ctx: &Ctx, id: i64) -> anyhow::Result<bool> {
    Ok(match store::get(ctx.db(), id).await? {
        Some(e) => may_manage(ctx, &e).await?,
        None => false,
    })
}

/// Buttons that work from any screen: "I can't come" on a reminder, and
/// "cancel my place" on a promotion notice. They carry an event id, so they
/// are honoured only for someone who holds a place on that event.
pub async fn global_button(ctx: &mut Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    let Some(id) = data
        .strip_prefix("ev:cantcome:")
        .and_then(|s| s.parse::<i64>().ok())
    else {
        return Ok(None);
    };
    // Forged or replayed with an event this person holds no place on (or
    // one that no longer exists): a stale button, whatever the id.
    if !signed_up(ctx, id).await? {
        return Ok(Some(Flow::Unexpected));
    }
    Ok(Some(match store::get(ctx.db(), id).await? {
        Some(e) if !e.cancelled => goto(Step::ConfirmCancel {
            id,
            back: Box::new(Step::Mine),
        }),
        Some(_) => {
            ctx.say(&ctx.t("ev-cancelled")).await?;
            Flow::Goto(State::Menu)
        }
        None => {
            ctx.say(&ctx.t("ev-gone")).await?;
            Flow::Goto(State::Menu)
        }
    }))
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(rest) = data.strip_prefix("ev:") else {
        return Ok(Flow::Unexpected);
    };
    let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
    let db = ctx.db().clone();
    let now = ctx.now();
    match (step, verb) {
        (Step::List { topic, .. }, "topic") => {
            let t = Topic::from_code(arg);
            if t.is_none() {
                return Ok(Flow::Unexpected);
            }
            let topic = if *topic == t { None } else { t };
            Ok(goto(Step::List { topic, page: 0 }))
        }
        (Step::List { topic, .. }, "page") => match arg.parse() {
            Ok(page) => Ok(goto(Step::List {
                topic: *topic,
                page,
            })),
            Err(_) => Ok(Flow::Unexpected),
        },
        (Step::List { .. } | Step::Mine, "open") => {
            let Ok(id) = arg.parse::<i64>() else {
                return Ok(Flow::Unexpected);
            };
            match store::get(&db, id).await? {
                Some(e) if visible(ctx, &e).await? => Ok(goto(Step::Card {
                    id,
                    back: Box::new(step.clone()),
                })),
                _ => Ok(Flow::Unexpected),
            }
        }
        (Step::Card { id, .. }, "map") => {
            let Some(e) = store::get(&db, *id).await? else {
                return Ok(Flow::Unexpected);
            };
            let Some((lat, lon)) = e.coords else {
                return Ok(Flow::Unexpected);
            };
            ctx.send_venue(lat, lon, &e.texts_in(ctx.lang()).0.title, &e.place)
                .await?;
            Ok(Flow::Done)
        }
        (Step::Card { id, back }, "signup") => sign_up(ctx, *id, back).await,
        (Step::Card { id, back }, "cancel") => Ok(goto(Step::ConfirmCancel {
            id: *id,
            back: back.clone(),
        })),
        (Step::ConfirmCancel { id, back }, "cancelyes") => {
            match store::cancel_signup(&db, *id, ctx.user.id, offsets(ctx), now).await? {
                Cancel::NotSigned => {
                    ctx.say(&ctx.t("ev-not-signed")).await?;
                }
                Cancel::Done { promoted } => {
                    ctx.say(&ctx.t("ev-place-cancelled")).await?;
                    if let Some(p) = promoted {
                        notify_promoted(ctx, *id, p).await?;
                    }
                }
            }
            Ok(goto(Step::Card {
                id: *id,
                back: back.clone(),
            }))
        }
        (Step::Manage, "org") => {
            let Ok(id) = arg.parse::<i64>() else {
                return Ok(Flow::Unexpected);
            };
            match store::get(&db, id).await? {
                Some(e) if may_manage(ctx, &e).await? => Ok(goto(Step::Organise { id })),
                Some(_) => refuse_manage(ctx).await,
                None => Ok(Flow::Unexpected),
            }
        }
        (Step::Manage, "new") => match organiser_scope(ctx).await? {
            Some(_) => Ok(goto(Step::New {
                draft: Draft::default(),
                field: Field::Kind,
            })),
            None => refuse_manage(ctx).await,
        },
        (Step::Organise { id } | Step::Attendance { id } | Step::ConfirmCancelEvent { id }, _) => {
            let Some(e) = store::get(&db, *id).await? else {
                return Ok(Flow::Unexpected);
            };
            if !may_manage(ctx, &e).await? {
                return refuse_manage(ctx).await;
            }
            organiser_button(ctx, step, &e, verb, arg).await
        }
        (Step::New { draft, field }, _) => {
            if organiser_scope(ctx).await?.is_none() {
                return refuse_manage(ctx).await;
            }
            new_button(ctx, draft, *field, verb, arg).await
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn refuse_manage(ctx: &Ctx) -> anyhow::Result<Flow> {
    ctx.say(&ctx.t("ev-not-your-event")).await?;
    Ok(Flow::Goto(State::Menu))
}

async fn sign_up(ctx: &mut Ctx, id: i64, back: &Step) -> anyhow::Result<Flow> {
    let Some(e) = store::get(ctx.db(), id).await? else {
        return Ok(Flow::Unexpected);
    };
    if e.cancelled {
        ctx.say(&ctx.t("ev-cancelled")).await?;
        return Ok(goto(Step::Card {
            id,
            back: Box::new(back.clone()),
        }));
    }
    if !visible(ctx, &e).await? {
        return Ok(Flow::Unexpected);
    }
    match store::sign_up(ctx.db(), id, ctx.user.id, offsets(ctx), ctx.now()).await? {
        SignUp::Confirmed => {
            ctx.say(&ctx.t("ev-signed-up")).await?;
            let ics = ics::ics(
                &e,
                ctx.lang(),
                ctx.app.config.timezone,
                offsets(ctx),
                ctx.now(),
            );
            ctx.send_document(
                ics.into_bytes(),
                &format!("event-{id}.ics"),
                &ctx.t("ev-ics-caption"),
            )
            .await?;
        }
        SignUp::Waitlist(p) => {
            ctx.say(&ctx.tf("ev-on-waitlist", &[("position", p.into())]))
                .await?
        }
        SignUp::AlreadySigned => ctx.say(&ctx.t("ev-already-signed")).await?,
        SignUp::Closed => ctx.say(&ctx.t("ev-closed")).await?,
    }
    ctx.origin = None;
    Ok(goto(Step::Card {
        id,
        back: Box::new(back.clone()),
    }))
}

/// Tells the first person on the waitlist, in their language, that they are in.
async fn notify_promoted(ctx: &Ctx, event_id: i64, user_id: i64) -> anyhow::Result<()> {
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
        &[("title", escape(&e.texts_in(lang).0.title).into())],
    );
    ctx.app.budget.reply().await;
    let kb = Screen::new("").button(
        ctx.app.i18n.t(lang, "ev-cant-come"),
        format!("ev:cantcome:{event_id}"),
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
async fn notify_all(ctx: &Ctx, e: &Event, key: &str) -> anyhow::Result<()> {
    let mut versions = std::collections::BTreeMap::new();
    for lang in Lang::ALL {
        let (t, _) = e.texts_in(lang);
        let tz = ctx.app.config.timezone;
        let s = crate::time::local(e.starts_at, &tz);
        let text = ctx.app.i18n.fmt(
            lang,
            key,
            &[
                ("title", escape(&t.title).into()),
                (
                    "when",
                    ltr(lang, &s.format("%d/%m/%Y %H:%M").to_string()).into(),
                ),
                (
                    "place",
                    escape(&ltr(
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
    crate::broadcasts::announce(ctx, bstore::Audience::EventParticipants(e.id), &versions).await
}

async fn organiser_button(
    ctx: &mut Ctx,
    step: &Step,
    e: &Event,
    verb: &str,
    arg: &str,
) -> anyhow::Result<Flow> {
    let db = ctx.db().clone();
    match (step, verb) {
        (Step::Organise { .. }, "csv") => {
            let csv = sign_in_sheet(ctx, e).await?;
            ctx.send_document(
                csv,
                &format!("sign-in-{}.csv", e.id),
                &ctx.t("ev-csv-caption"),
            )
            .await?;
            Ok(Flow::Done)
        }
        // Presence can be recorded only once the event has begun.
        (Step::Organise { .. } | Step::Attendance { .. }, "attendance" | "att")
            if ctx.now().timestamp() < e.starts_at =>
        {
            ctx.say(&ctx.t("ev-attendance-not-yet")).await?;
            Ok(Flow::Done)
        }
        // An event that has ended is a record (certificates attest it).
        (Step::Organise { .. }, "edittime" | "editplace" | "cancelevent?")
            if ctx.now().timestamp() >= e.ends_at =>
        {
            ctx.say(&ctx.t("ev-already-ended")).await?;
            Ok(Flow::Done)
        }
        (Step::Organise { id }, "attendance") => Ok(goto(Step::Attendance { id: *id })),
        (Step::Organise { id }, "edittime") if !e.cancelled => Ok(goto(Step::EditTime { id: *id })),
        (Step::Organise { id }, "editplace") if !e.cancelled => {
            Ok(goto(Step::EditPlace { id: *id }))
        }
        (Step::Organise { id }, "cancelevent?") if !e.cancelled => {
            Ok(goto(Step::ConfirmCancelEvent { id: *id }))
        }
        (Step::ConfirmCancelEvent { id }, "cancelevent") => {
            if store::cancel(&db, *id, ctx.now()).await? {
                notify_all(ctx, e, "ev-notice-cancelled").await?;
                ctx.say(&ctx.t("ev-event-cancelled")).await?;
            }
            Ok(goto(Step::Organise { id: *id }))
        }
        (Step::Attendance { id }, "att") => {
            let Ok(uid) = arg.parse::<i64>() else {
                return Ok(Flow::Unexpected);
            };
            if !store::toggle_attended(&db, *id, uid).await? {
                return Ok(Flow::Unexpected);
            }
            Ok(goto(Step::Attendance { id: *id }))
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn sign_in_sheet(ctx: &Ctx, e: &Event) -> anyhow::Result<Vec<u8>> {
    let mut w = crate::sheet::Writer::new();
    w.row([
        ctx.t("ev-csv-name"),
        ctx.t("ev-csv-status"),
        ctx.t("ev-csv-attended"),
        ctx.t("ev-csv-signature"),
    ])?;
    let mut waiting = 0;
    for a in store::attendees(ctx.db(), e.id).await? {
        let status = if a.confirmed {
            ctx.t("ev-csv-confirmed")
        } else {
            waiting += 1;
            ctx.tf("ev-waitlist-position", &[("position", waiting.into())])
        };
        let attended = match a.attended {
            Some(true) => ctx.t("ev-csv-yes"),
            Some(false) => ctx.t("ev-csv-no"),
            None => String::new(),
        };
        w.row([a.name, status, attended, String::new()])?;
    }
    w.finish()
}

async fn new_button(
    ctx: &mut Ctx,
    draft: &Draft,
    field: Field,
    verb: &str,
    arg: &str,
) -> anyhow::Result<Flow> {
    let mut d = draft.clone();
    match (field, verb) {
        (Field::Kind, "kind") => {
            d.kind = Some(Kind::from_code(arg).ok_or_else(|| anyhow::anyhow!("bad kind"))?)
        }
        (Field::Topic, "etopic") => match Topic::from_code(arg) {
            Some(t) => d.topic = Some(t),
            None => return Ok(Flow::Unexpected),
        },
        (Field::Description, "skip") => d.description.clear(),
        (Field::Languages, "lang") => {
            let Some(l) = Lang::ALL.iter().find(|l| l.code() == arg) else {
                return Ok(Flow::Unexpected);
            };
            crate::telegram::toggle(&mut d.languages, l.code());
            return Ok(goto(Step::New { draft: d, field }));
        }
        (Field::Languages, "langsdone") => {}
        (Field::Audience, "aud") => match Audience::from_code(arg) {
            Some(Audience::Members) if ctx.leads.is_none() => {
                return Ok(Flow::Unexpected);
            }
            Some(a) => d.audience = Some(a),
            None => return Ok(Flow::Unexpected),
        },
        (Field::Preview, "create") => {
            let e = draft_event(ctx, &d).await?;
            if e.starts_at <= ctx.now().timestamp() {
                ctx.say(&ctx.t("ev-date-past")).await?;
                return Ok(goto(Step::New {
                    draft: d,
                    field: Field::Start,
                }));
            }
            let id = store::create(ctx.db(), &e, ctx.now()).await?;
            tracing::info!(event = id, "event created");
            ctx.say(&ctx.t("ev-created")).await?;
            ctx.origin = None;
            return Ok(goto(Step::Organise { id }));
        }
        _ => return Ok(Flow::Unexpected),
    }
    Ok(goto(Step::New {
        draft: d,
        field: field.next(),
    }))
}

pub async fn on_text(ctx: &mut Ctx, step: &Step, text: &str) -> anyhow::Result<Flow> {
    let text = text.trim();
    let tz = ctx.app.config.timezone;
    let now = ctx.now();
    match step {
        Step::EditTime { id } | Step::EditPlace { id } => {
            let Some(e) = store::get(ctx.db(), *id).await? else {
                return Ok(Flow::Unexpected);
            };
            if !may_manage(ctx, &e).await? {
                return refuse_manage(ctx).await;
            }
            if now.timestamp() >= e.ends_at {
                ctx.say(&ctx.t("ev-already-ended")).await?;
                return Ok(goto(Step::Organise { id: *id }));
            }
            if matches!(step, Step::EditTime { .. }) {
                let start = match parse_when(text, &tz, now) {
                    Ok(t) => t.timestamp(),
                    Err(err) => return date_error(ctx, err).await,
                };
                // The event keeps its length; its end must stay in range too.
                let end = start.saturating_add(e.ends_at.saturating_sub(e.starts_at));
                if !crate::time::sane(end) {
                    return date_error(ctx, WhenError::Unreadable).await;
                }
                store::set_time(ctx.db(), *id, start, end, now).await?;
            } else {
                if text.is_empty() || text.chars().count() > 300 {
                    return Ok(Flow::Unexpected);
                }
                store::set_place(ctx.db(), *id, text, now).await?;
            }
            // Deleted meanwhile: nobody is left to tell.
            if let Some(updated) = store::get(ctx.db(), *id).await? {
                notify_all(ctx, &updated, "ev-notice-changed").await?;
            }
            ctx.say(&ctx.t("ev-updated")).await?;
            Ok(goto(Step::Organise { id: *id }))
        }
        Step::New { draft, field } => {
            if organiser_scope(ctx).await?.is_none() {
                return refuse_manage(ctx).await;
            }
            let mut d = draft.clone();
            match field {
                Field::Title => {
                    if text.is_empty() || text.chars().count() > MAX_TITLE {
                        ctx.say(&ctx.tf("ev-title-invalid", &[("max", (MAX_TITLE as i64).into())]))
                            .await?;
                        return Ok(Flow::Done);
                    }
                    d.title = text.to_owned();
                }
                Field::Description => {
                    if text.chars().count() > MAX_DESCRIPTION {
                        ctx.say(&ctx.tf(
                            "assoc-description-invalid",
                            &[("max", (MAX_DESCRIPTION as i64).into())],
                        ))
                        .await?;
                        return Ok(Flow::Done);
                    }
                    d.description = text.to_owned();
                }
                Field::Start => match parse_when(text, &tz, now) {
                    Ok(t) => d.starts_at = Some(t.timestamp()),
                    Err(err) => return date_error(ctx, err).await,
                },
                Field::End => {
                    let start = d.starts_at.unwrap_or_default();
                    let start_local = crate::time::local(start, &tz);
                    // A bare time means the same day as the start.
                    let end = if !text.contains(['/', '-']) {
                        let probe = format!("{} {text}", start_local.format("%d/%m/%Y"));
                        parse_when(&probe, &tz, now)
                    } else {
                        parse_when(text, &tz, now)
                    };
                    match end {
                        Ok(t) if t.timestamp() <= start => {
                            ctx.say(&ctx.t("ev-end-before-start")).await?;
                            return Ok(Flow::Done);
                        }
                        Ok(t) if t.timestamp() - start > 14 * 86_400 => {
                            ctx.say(&ctx.t("ev-too-long")).await?;
                            return Ok(Flow::Done);
                        }
                        Ok(t) => d.ends_at = Some(t.timestamp()),
                        Err(WhenError::InThePast) => {
                            ctx.say(&ctx.t("ev-end-before-start")).await?;
                            return Ok(Flow::Done);
                        }
                        Err(err) => return date_error(ctx, err).await,
                    }
                }
                Field::Place => {
                    if text.is_empty() || text.chars().count() > 300 {
                        return Ok(Flow::Unexpected);
                    }
                    match url::Url::parse(text) {
                        Ok(u) if matches!(u.scheme(), "http" | "https") => {
                            d.online_url = text.to_owned();
                            d.place.clear();
                        }
                        _ => {
                            d.place = text.to_owned();
                            d.online_url.clear();
                        }
                    }
                }
                Field::Capacity => match text.parse::<i64>() {
                    Ok(n) if (1..=MAX_CAPACITY).contains(&n) => d.capacity = Some(n),
                    _ => {
                        ctx.say(&ctx.tf("ev-capacity-invalid", &[("max", MAX_CAPACITY.into())]))
                            .await?;
                        return Ok(Flow::Done);
                    }
                },
                _ => return Ok(Flow::Unexpected),
            }
            Ok(goto(Step::New {
                draft: d,
                field: field.next(),
            }))
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn date_error(ctx: &Ctx, err: WhenError) -> anyhow::Result<Flow> {
    let key = match err {
        WhenError::InThePast => "ev-date-past",
        WhenError::Unreadable => "ev-date-unreadable",
    };
    ctx.say(&ctx.t(key)).await?;
    Ok(Flow::Done)
}

pub fn accepts_long_text(step: &Step) -> bool {
    matches!(
        step,
        Step::New {
            field: Field::Description,
            ..
        }
    )
}
