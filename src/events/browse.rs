//! Browsing: the list of upcoming events, an event's card, signing up or
//! giving up one's place, and "my sign-ups".

use super::{
    Step,
    button::Button,
    can_see, goto,
    model::Event,
    notify, offsets, signed_up, store,
    store::{Cancel, SignUp},
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    i18n::{Lang, isolate},
    telegram::{Screen, button, check_button, escape, link_button},
};

const PAGE: usize = 5;

/// "Tuesday 25/03 · 18:30–20:00" in the configured time zone.
pub(super) fn when(ctx: &Ctx, e: &Event) -> String {
    let s = ctx.local(e.starts_at);
    let end = ctx.local(e.ends_at);
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
    isolate(
        ctx.lang(),
        &format!("{day} {} · {span}", s.format("%d/%m/%Y")),
    )
}

async fn visible_upcoming(ctx: &Ctx, topic: Option<Topic>) -> anyhow::Result<Vec<Event>> {
    let mut out = vec![];
    for e in store::upcoming(ctx.db(), ctx.now(), topic).await? {
        if can_see(ctx, &e).await? {
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

fn gone(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("ev-gone")).row(ctx.nav_row())
}

pub(super) async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    let db = ctx.db();
    Ok(match step {
        Step::List { topic, page } => list(ctx, *topic, *page).await?,
        // Checked as the screen is drawn, whatever led here: an event this
        // person may not see looks exactly like one that does not exist.
        Step::Card { id, .. } => match store::get(db, *id).await? {
            Some(e) if can_see(ctx, &e).await? => card(ctx, &e).await?,
            _ => gone(ctx),
        },
        Step::ConfirmCancel { id, .. } => match store::get(db, *id).await? {
            Some(e) if signed_up(ctx, e.id).await? => Screen::new(ctx.tf(
                "ev-cancel-confirm",
                &[(
                    "title",
                    escape(&isolate(ctx.lang(), &e.texts_in(ctx.lang()).0.title)).into(),
                )],
            ))
            .button(ctx.t("ev-cancel-yes"), Button::CancelPlaceYes.data())
            .row(ctx.nav_row()),
            _ => gone(ctx),
        },
        Step::Mine => mine(ctx).await?,
        // Not browsing steps: the dispatcher never sends them here.
        Step::Manage
        | Step::Organise { .. }
        | Step::Attendance { .. }
        | Step::EditTime { .. }
        | Step::EditPlace { .. }
        | Step::ConfirmCancelEvent { .. }
        | Step::New { .. } => gone(ctx),
    })
}

async fn list(ctx: &Ctx, topic: Option<Topic>, page: usize) -> anyhow::Result<Screen> {
    let list = visible_upcoming(ctx, topic).await?;
    let pages = list.len().div_ceil(PAGE).max(1);
    let page = page.min(pages - 1);
    let mut text = if list.is_empty() {
        ctx.t("ev-none")
    } else {
        ctx.t("ev-list-title")
    };
    let mut numbers = vec![];
    for (n, e) in list.iter().skip(page * PAGE).take(PAGE).enumerate() {
        let (t, _) = e.texts_in(ctx.lang());
        let confirmed = store::confirmed_count(ctx.db(), e.id).await?;
        text.push_str(&format!(
            "\n\n{}. <b>{}</b>\n{}\n{}",
            n + 1,
            escape(&isolate(ctx.lang(), &t.title)),
            when(ctx, e),
            seats_left(ctx, e, confirmed)
        ));
        numbers.push(button(format!("{}", n + 1), Button::Open(e.id).data()));
    }
    let filters = Topic::ALL
        .iter()
        .map(|t| {
            // Three on a row: the short label.
            let label = ctx.t(&format!("{}.short", t.key()));
            check_button(topic == Some(*t), &label, Button::Topic(*t).data())
        })
        .collect();
    let mut paging = vec![];
    if page > 0 {
        paging.push(button(ctx.t("dir-prev"), Button::Page(page - 1).data()));
    }
    if page + 1 < pages {
        paging.push(button(ctx.t("dir-next"), Button::Page(page + 1).data()));
    }
    Ok(Screen::new(text)
        .row(numbers)
        .grid(filters, 3)
        .row(crate::telegram::reading_order(ctx.lang(), paging))
        .row(ctx.nav_row()))
}

async fn mine(ctx: &Ctx) -> anyhow::Result<Screen> {
    let mine = store::my_signups(ctx.db(), ctx.user.id, ctx.now()).await?;
    let mut text = if mine.is_empty() {
        ctx.t("ev-mine-none")
    } else {
        ctx.t("ev-mine-title")
    };
    let mut buttons = vec![];
    for (n, (e, s)) in mine.iter().enumerate() {
        let status = match s {
            SignUp::Waitlist(p) => ctx.tf("ev-waitlist-position", &[("position", (*p).into())]),
            _ => ctx.t("ev-you-are-in"),
        };
        text.push_str(&format!(
            "\n\n{}. <b>{}</b>\n{}\n{status}",
            n + 1,
            escape(&isolate(ctx.lang(), &e.texts_in(ctx.lang()).0.title)),
            when(ctx, e)
        ));
        buttons.push(button(format!("{}", n + 1), Button::Open(e.id).data()));
    }
    Ok(Screen::new(text).grid(buttons, 5).row(ctx.nav_row()))
}

/// An event's card, as a participant sees it (also the creation preview).
pub(super) async fn card(ctx: &Ctx, e: &Event) -> anyhow::Result<Screen> {
    let lang = ctx.lang();
    let (t, fell_back) = e.texts_in(lang);
    let confirmed = store::confirmed_count(ctx.db(), e.id).await?;
    let mut lines = vec![
        format!("<b>{}</b>", escape(&isolate(ctx.lang(), &t.title))),
        ctx.t(&format!("ev-kind-{}", e.kind.code())),
    ];
    // Say what is missing in the reader's language: the title (and with it
    // the description, both shown in the original), or only the description.
    let original = e.texts_in(Lang::SOURCE).0;
    let description = if fell_back {
        lines.push(ctx.t(if t.description.is_empty() {
            "ev-fallback-title"
        } else {
            "ev-fallback"
        }));
        t.description
    } else if t.description.is_empty() && !original.description.is_empty() {
        lines.push(ctx.t("ev-fallback-description"));
        original.description
    } else {
        t.description
    };
    if !description.is_empty() {
        lines.push(escape(&isolate(ctx.lang(), &description)));
    }
    lines.push(format!("🗓 {}", when(ctx, e)));
    if !e.place.is_empty() {
        lines.push(ctx.tf(
            "card-address",
            &[("address", escape(&isolate(lang, &e.place)).into())],
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
        lines.push(ctx.tf("ev-languages", &[("languages", names.join(", ").into())]));
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
        top.push(button(ctx.t("card-map"), Button::Map.data()));
    }
    if let Ok(url) = url::Url::parse(&e.online_url) {
        top.push(link_button(ctx.t("ev-join-online"), url));
    }
    let mut s = Screen::new(lines.join("\n")).row(top);
    if !e.cancelled {
        s = match status {
            None | Some(SignUp::Closed) => s.button(ctx.t("ev-sign-up"), Button::SignUp.data()),
            Some(_) => s.button(ctx.t("ev-cancel-place"), Button::CancelPlace.data()),
        };
    }
    Ok(s.row(ctx.nav_row()))
}

pub(super) async fn on_button(ctx: &mut Ctx, step: &Step, b: Button) -> anyhow::Result<Flow> {
    let db = ctx.db().clone();
    match (step, b) {
        (Step::List { topic, .. }, Button::Topic(t)) => {
            let topic = if *topic == Some(t) { None } else { Some(t) };
            Ok(goto(Step::List { topic, page: 0 }))
        }
        (Step::List { topic, .. }, Button::Page(page)) => Ok(goto(Step::List {
            topic: *topic,
            page,
        })),
        (Step::List { .. } | Step::Mine, Button::Open(id)) => match store::get(&db, id).await? {
            Some(e) if can_see(ctx, &e).await? => Ok(goto(Step::Card {
                id,
                back: Box::new(step.clone()),
            })),
            _ => Ok(Flow::Unexpected),
        },
        (Step::Card { id, .. }, Button::Map) => {
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
        (Step::Card { id, back }, Button::SignUp) => sign_up(ctx, *id, back).await,
        (Step::Card { id, back }, Button::CancelPlace) => Ok(goto(Step::ConfirmCancel {
            id: *id,
            back: back.clone(),
        })),
        (Step::ConfirmCancel { id, back }, Button::CancelPlaceYes) => {
            match store::cancel_signup(&db, *id, ctx.user.id, offsets(ctx), ctx.now()).await? {
                Cancel::NotSigned => {
                    ctx.say(&ctx.t("ev-not-signed")).await?;
                }
                Cancel::Done { promoted } => {
                    ctx.say(&ctx.t("ev-place-cancelled")).await?;
                    if let Some(p) = promoted {
                        notify::promoted(ctx, *id, p).await?;
                    }
                }
            }
            Ok(goto(Step::Card {
                id: *id,
                back: back.clone(),
            }))
        }
        _ => Ok(Flow::Unexpected),
    }
}

async fn sign_up(ctx: &mut Ctx, id: i64, back: &Step) -> anyhow::Result<Flow> {
    let card = State::Events(Step::Card {
        id,
        back: Box::new(back.clone()),
    });
    let Some(e) = store::get(ctx.db(), id).await? else {
        return Ok(Flow::Unexpected);
    };
    if e.cancelled {
        ctx.say(&ctx.t("ev-cancelled")).await?;
        return Ok(Flow::Goto(card));
    }
    if !can_see(ctx, &e).await? {
        return Ok(Flow::Unexpected);
    }
    match store::sign_up(ctx.db(), id, ctx.user.id, offsets(ctx), ctx.now()).await? {
        SignUp::Confirmed => {
            ctx.say(&ctx.t("ev-signed-up")).await?;
            notify::send_ics(ctx, &e).await?;
        }
        SignUp::Waitlist(p) => {
            ctx.say(&ctx.tf("ev-on-waitlist", &[("position", p.into())]))
                .await?
        }
        SignUp::AlreadySigned => ctx.say(&ctx.t("ev-already-signed")).await?,
        SignUp::Closed => ctx.say(&ctx.t("ev-closed")).await?,
    }
    // The card again, under the confirmation (and the calendar file).
    Ok(Flow::below(card))
}
