//! Browsing the directory: topics, subtopics, the area (a city or "near
//! me"), the list of results, and a service's card.

use super::{
    PAGE, Query, Step,
    button::Button,
    goto, hours,
    model::{Region, Service, Subtopic},
    region,
    search::{Index, index},
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    i18n::{Lang, isolate},
    telegram::{Screen, button, escape, link_button},
};

/// The label of `s`: the label of `region` when the services shown are
/// in one region, else a neutral one (see [`Subtopic::label_key`]).
fn sub_label(ctx: &Ctx, s: Subtopic, region: Option<Region>) -> String {
    ctx.t(&s.label_key(region))
}

fn lang_names(codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| match Lang::from_code(c) {
            Some(l) => l
                .native_name()
                .split_once(' ')
                .map_or(l.native_name(), |(_, n)| n)
                .to_owned(),
            None => c.to_uppercase(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cities that have services of `sub`, sorted.
fn cities(idx: &Index, sub: Subtopic) -> Vec<String> {
    let mut v: Vec<String> = idx
        .services
        .iter()
        .filter(|s| s.subtopic == sub)
        .map(|s| s.city.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The services a query finds, in order, with distances when known. A typed
/// search lists the services of the user's region (`own`) first.
pub(super) fn results(
    idx: &Index,
    query: &Query,
    own: Option<Region>,
) -> Vec<(usize, Option<f64>)> {
    match query {
        Query::Browse { sub, city } => {
            let mut v: Vec<(usize, String)> = idx
                .services
                .iter()
                .enumerate()
                .filter(|(_, s)| s.subtopic == *sub && s.city == *city)
                .map(|(i, s)| (i, s.italian().name.to_lowercase()))
                .collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v.into_iter().map(|(i, _)| (i, None)).collect()
        }
        Query::Near { sub, lat, lon } => idx
            .nearest(*lat, *lon, |s| sub.is_none_or(|x| s.subtopic == x))
            .into_iter()
            .map(|(i, d)| (i, Some(d)))
            .collect(),
        Query::Text { q } => {
            let hits = idx.search(q).into_iter().map(|h| (h.index, None)).collect();
            region::own_first(idx, hits, own)
        }
    }
}

fn open_badge(ctx: &Ctx, s: &Service) -> Option<String> {
    match hours::status(s, ctx.now()) {
        hours::Status::Open { .. } => Some(ctx.t("dir-open-now")),
        hours::Status::Closed { .. } => Some(ctx.t("dir-closed-now")),
        hours::Status::Unknown => None,
    }
}

/// A distance with the reader's decimal mark: "1,2 km" in Italian.
fn km(ctx: &Ctx, d: f64) -> String {
    let places = if d < 10.0 { 1 } else { 0 };
    let v = crate::i18n::decimal(ctx.lang(), d, places);
    ctx.tf("dir-distance", &[("km", v.into())])
}

// ---- screens ----

/// The topics, under `text`: the directory's first screen, and the answer
/// to a search that found nothing.
pub(super) fn topics_screen(ctx: &Ctx, text: &str) -> Screen {
    let buttons = Topic::ALL
        .iter()
        .map(|t| button(ctx.topic(*t), Button::Topic(*t).data()))
        .collect();
    Screen::new(text).grid(buttons, 1).row(ctx.nav_row())
}

/// Subtopics by the names used in the user's region, once it is known
/// (neutral names before).
pub(super) fn subtopics_screen(ctx: &Ctx, topic: Topic) -> Screen {
    let own = region::own(ctx);
    let buttons = Subtopic::of(topic)
        .map(|s| button(sub_label(ctx, s, own), Button::Subtopic(s).data()))
        .collect();
    Screen::new(ctx.tf("dir-subtopics", &[("topic", ctx.topic(topic).into())]))
        .grid(buttons, 1)
        .row(ctx.nav_row())
}

pub(super) async fn area_screen(ctx: &Ctx, sub: Subtopic) -> anyhow::Result<Screen> {
    let idx = index(ctx).await?;
    let buttons = cities(&idx, sub)
        .into_iter()
        .enumerate()
        .map(|(i, c)| button(c, Button::City(i).data()))
        .collect();
    Ok(Screen::new(ctx.tf(
        "dir-area",
        &[("subtopic", sub_label(ctx, sub, region::own(ctx)).into())],
    ))
    .button(ctx.t("dir-near-me"), Button::NearMe.data())
    .grid(buttons, 2)
    .row(ctx.nav_row()))
}

pub(super) fn location_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.t("dir-share-location")).asking_location(
        ctx.t("dir-share-button"),
        crate::telegram::reading_order(ctx.lang(), vec![ctx.t("nav-back"), ctx.t("nav-home")]),
    )
}

pub(super) async fn results_screen(
    ctx: &Ctx,
    query: &Query,
    page: usize,
) -> anyhow::Result<Screen> {
    let idx = index(ctx).await?;
    let found = results(&idx, query, region::own(ctx));
    let pages = found.len().div_ceil(PAGE).max(1);
    let page = page.min(pages - 1);
    // The region of the services listed: a city's, or the nearest one's.
    let region = |i: Option<&(usize, Option<f64>)>| {
        i.and_then(|(i, _)| idx.services.get(*i)).map(|s| s.region)
    };
    let title = match query {
        Query::Browse { sub, city } => format!(
            "{} · {}",
            sub_label(ctx, *sub, region(found.first())),
            escape(&isolate(ctx.lang(), city))
        ),
        Query::Near { sub: Some(sub), .. } => {
            format!(
                "{} · {}",
                sub_label(ctx, *sub, region(found.first())),
                ctx.t("dir-results-near")
            )
        }
        Query::Near { sub: None, .. } => ctx.t("dir-results-near"),
        Query::Text { q } => ctx.tf(
            "dir-results-search",
            &[("query", escape(&isolate(ctx.lang(), q)).into())],
        ),
    };
    let mut text = ctx.tf(
        "dir-results",
        &[
            ("title", title.into()),
            ("count", (found.len() as i64).into()),
            ("page", (page as i64 + 1).into()),
            ("pages", (pages as i64).into()),
        ],
    );
    let mut numbers = vec![];
    let on_page = found.iter().skip(page * PAGE).take(PAGE);
    for (n, (s, dist)) in on_page
        .filter_map(|(i, d)| idx.services.get(*i).map(|s| (s, d)))
        .enumerate()
    {
        let (t, _) = s.texts_in(ctx.lang());
        let mut line = format!(
            "\n\n{}. <b>{}</b>",
            n + 1,
            escape(&isolate(ctx.lang(), &t.name))
        );
        let mut extras = vec![];
        if let Some(b) = open_badge(ctx, s) {
            extras.push(b);
        }
        if let Some(d) = dist {
            extras.push(km(ctx, *d));
        }
        if !matches!(query, Query::Browse { .. }) {
            extras.push(escape(&isolate(ctx.lang(), &s.city)));
        }
        if !extras.is_empty() {
            line.push_str(&format!("\n{}", extras.join(" · ")));
        }
        text.push_str(&line);
        numbers.push(button(
            format!("{}", n + 1),
            Button::Open(s.id.clone()).data(),
        ));
    }
    let mut paging = vec![];
    if page > 0 {
        paging.push(button(ctx.t("dir-prev"), Button::Page(page - 1).data()));
    }
    if page + 1 < pages {
        paging.push(button(ctx.t("dir-next"), Button::Page(page + 1).data()));
    }
    Ok(Screen::new(text)
        .row(numbers)
        .row(crate::telegram::reading_order(ctx.lang(), paging))
        .row(ctx.nav_row()))
}

/// The card of service `id`, or a note that it is gone (after an import).
pub(super) async fn card(ctx: &Ctx, id: &str) -> anyhow::Result<Screen> {
    let idx = index(ctx).await?;
    Ok(match idx.get(id) {
        Some(s) => card_screen(ctx, s),
        None => Screen::new(ctx.t("dir-service-gone")).row(ctx.nav_row()),
    })
}

fn card_screen(ctx: &Ctx, s: &Service) -> Screen {
    let lang = ctx.lang();
    let now = ctx.now();
    let (t, fell_back) = s.texts_in(lang);
    let mut lines = vec![format!(
        "<b>{}</b>\n<i>{}</i>",
        escape(&isolate(ctx.lang(), &t.name)),
        escape(&isolate(ctx.lang(), &s.organisation))
    )];
    if fell_back {
        lines.push(ctx.t("card-fallback-it"));
    }
    if !t.description.is_empty() {
        lines.push(escape(&isolate(ctx.lang(), &t.description)));
    }
    let place = [s.address.as_str(), s.city.as_str()]
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    lines.push(ctx.tf(
        "card-address",
        &[("address", escape(&isolate(lang, &place)).into())],
    ));
    // "on Monday": the form of a weekday that goes inside a sentence.
    let weekday =
        |d: chrono::NaiveDateTime| ctx.t(&format!("weekday-{}.on", hours::weekday_number(d)));
    let status = match hours::status(s, now) {
        hours::Status::Unknown => ctx.t("card-hours-unknown"),
        hours::Status::Open { until: Some(u) } => ctx.tf(
            "card-open-until",
            &[("time", u.format("%H:%M").to_string().into())],
        ),
        hours::Status::Open { until: None } => ctx.t("dir-open-now"),
        hours::Status::Closed { opens: Some(o) } => ctx.tf(
            "card-closed-opens",
            &[
                ("day", weekday(o).into()),
                ("time", o.format("%H:%M").to_string().into()),
            ],
        ),
        hours::Status::Closed { opens: None } => ctx.t("card-closed"),
    };
    lines.push(status);
    if let Some(today) = hours::today(s, now) {
        lines.push(if today.is_empty() {
            ctx.t("card-today-closed")
        } else {
            ctx.tf(
                "card-today",
                &[("hours", isolate(lang, &today.join(", ")).into())],
            )
        });
    }
    if !s.languages.is_empty() {
        lines.push(
            ctx.tf(
                "card-languages",
                &[(
                    "languages",
                    lang_names(&s.languages)
                        .split(", ")
                        .map(|n| crate::i18n::isolate(lang, n))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                )],
            ),
        );
    }
    match s.free {
        Some(true) => lines.push(ctx.t("card-free")),
        Some(false) => lines.push(ctx.t("card-not-free")),
        None => {}
    }
    match s.without_permit {
        Some(true) => lines.push(ctx.t("card-no-papers-yes")),
        Some(false) => lines.push(ctx.t("card-no-papers-no")),
        None => {}
    }
    let docs = if t.documents.is_empty() {
        &s.italian().documents
    } else {
        &t.documents
    };
    if !docs.is_empty() {
        lines.push(ctx.tf(
            "card-documents",
            &[("documents", escape(&isolate(ctx.lang(), docs)).into())],
        ));
    }
    if !s.phone.is_empty() {
        lines.push(ctx.tf(
            "card-phone",
            &[("phone", escape(&isolate(lang, &s.phone)).into())],
        ));
    }
    if !s.email.is_empty() {
        lines.push(ctx.tf(
            "card-email",
            &[("email", escape(&isolate(lang, &s.email)).into())],
        ));
    }
    lines.push(match s.last_verified {
        Some(d) => ctx.tf(
            "card-verified",
            &[(
                "date",
                isolate(lang, &d.format("%d/%m/%Y").to_string()).into(),
            )],
        ),
        None => ctx.t("card-unverified"),
    });
    let mut top = vec![];
    if s.coords.is_some() {
        top.push(button(ctx.t("card-map"), Button::Map.data()));
    }
    if let Ok(url) = url::Url::parse(&s.website) {
        top.push(link_button(ctx.t("card-website"), url));
    }
    lines.push(format!("\n{}", ctx.t("card-useful")));
    Screen::new(lines.join("\n"))
        .row(vec![
            button(ctx.t("card-useful-yes"), Button::Vote { up: true }.data()),
            button(ctx.t("card-useful-no"), Button::Vote { up: false }.data()),
        ])
        .row(top)
        .button(ctx.t("card-report"), Button::Report.data())
        .row(ctx.nav_row())
}

// ---- handlers ----

/// A subtopic of the topic on screen.
pub(super) fn subtopic(topic: Topic, sub: Subtopic) -> Flow {
    if sub.topic() == topic {
        goto(Step::Area { sub })
    } else {
        Flow::Unexpected
    }
}

/// The `i`-th city of the area screen; its region is remembered.
pub(super) async fn city(ctx: &mut Ctx, sub: Subtopic, i: usize) -> anyhow::Result<Flow> {
    let idx = index(ctx).await?;
    let city = cities(&idx, sub).get(i).cloned();
    if let Some(city) = &city {
        region::learn(ctx, region::of_city(&idx, city)).await?;
    }
    Ok(match city {
        Some(city) => goto(Step::Results {
            query: Query::Browse { sub, city },
            page: 0,
        }),
        None => Flow::Unexpected,
    })
}

pub(super) async fn page(ctx: &Ctx, query: &Query, page: usize) -> anyhow::Result<Flow> {
    let idx = index(ctx).await?;
    let pages = results(&idx, query, region::own(ctx))
        .len()
        .div_ceil(PAGE)
        .max(1);
    Ok(if page < pages {
        goto(Step::Results {
            query: query.clone(),
            page,
        })
    } else {
        Flow::Unexpected
    })
}

/// Opens a card from the list `here`; only the services on the page the
/// user is looking at.
pub(super) async fn open(ctx: &Ctx, here: &Step, id: String) -> anyhow::Result<Flow> {
    let Step::Results { query, page } = here else {
        return Ok(Flow::Unexpected);
    };
    let idx = index(ctx).await?;
    let on_page = results(&idx, query, region::own(ctx))
        .into_iter()
        .skip(page * PAGE)
        .take(PAGE)
        .any(|(i, _)| idx.services.get(i).is_some_and(|s| s.id == id));
    Ok(if on_page {
        goto(Step::Card {
            id,
            back: Box::new(here.clone()),
        })
    } else {
        Flow::Unexpected
    })
}

/// Sends the service's map pin; the card stays as it is.
pub(super) async fn map(ctx: &Ctx, id: &str) -> anyhow::Result<Flow> {
    let idx = index(ctx).await?;
    let Some(s) = idx.get(id) else {
        return Ok(Flow::Unexpected);
    };
    let Some((lat, lon)) = s.coords else {
        return Ok(Flow::Unexpected);
    };
    let (t, _) = s.texts_in(ctx.lang());
    let address = format!("{}, {}", s.address, s.city);
    ctx.send_venue(lat, lon, &t.name, address.trim_start_matches(", "))
        .await?;
    Ok(Flow::Done)
}

/// "Was this useful?" on the card `here`: feedback records it.
pub(super) async fn vote(ctx: &mut Ctx, here: &Step, id: &str, up: bool) -> anyhow::Result<Flow> {
    let idx = index(ctx).await?;
    let Some(s) = idx.get(id) else {
        return Ok(Flow::Unexpected);
    };
    crate::feedback::vote(ctx, &s.id, s.topic, up, State::Directory(here.clone())).await
}

/// Typed text while the location keyboard is up: its Back and Home keys.
pub(super) async fn location_text(ctx: &Ctx, here: &Step, text: &str) -> anyhow::Result<Flow> {
    let home = text == ctx.t("nav-home");
    if !home && text != ctx.t("nav-back") {
        return Ok(Flow::Unexpected);
    }
    ctx.say_removing_keyboard(&ctx.t("dir-location-cancelled"))
        .await?;
    Ok(if home {
        Flow::Goto(State::Menu)
    } else {
        Flow::Goto(super::back(here))
    })
}

/// A shared location: nearest services (of the chosen subtopic, if any).
/// The region of the nearest services is remembered.
pub async fn on_location(
    ctx: &mut Ctx,
    step: Option<&Step>,
    lat: f64,
    lon: f64,
) -> anyhow::Result<Flow> {
    let sub = match step {
        Some(Step::AwaitLocation { sub }) => *sub,
        _ => None,
    };
    let round = |v: f64| (v * 1000.0).round() / 1000.0;
    ctx.say_removing_keyboard(&ctx.t("dir-location-thanks"))
        .await?;
    let query = Query::Near {
        sub,
        lat: round(lat),
        lon: round(lon),
    };
    let idx = index(ctx).await?;
    region::learn(ctx, region::near(&idx, lat, lon)).await?;
    if results(&idx, &query, None).is_empty() {
        let topic = sub.map(|s| s.topic().code()).unwrap_or_default();
        ctx.turn.count_miss(ctx.lang().code(), topic);
    }
    Ok(goto(Step::Results { query, page: 0 }))
}
