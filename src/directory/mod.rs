//! The services directory: browse by topic, subtopic and area, search by
//! typing, nearest services from a shared location, service cards, reports
//! of wrong information, content gaps, and the staff inbox for both.

pub mod hours;
pub mod import;
pub mod model;
pub mod search;
pub mod store;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

use self::{
    model::{Service, Subtopic, Topic},
    search::Index,
};
use crate::{
    access::Role,
    context::Ctx,
    dialogue::{Flow, State},
    i18n::{Lang, ltr},
    runtime::App,
    telegram::{Screen, button, escape, link_button},
};

pub const PAGE: usize = 5;
/// Longest report or gap description accepted.
pub const MAX_NOTE: usize = 1000;
/// Longest query searched (the rest is ignored).
const MAX_QUERY: usize = 200;

/// The in-memory index, rebuilt when an import bumps the version.
#[derive(Default)]
pub struct Cache(RwLock<Option<(i64, Arc<Index>)>>);

pub async fn index(app: &App) -> anyhow::Result<Arc<Index>> {
    let version = store::version(&app.db).await?;
    if let Some((v, idx)) = &*app.directory.0.read().await
        && *v == version
    {
        return Ok(idx.clone());
    }
    let mut slot = app.directory.0.write().await;
    if let Some((v, idx)) = &*slot
        && *v == version
    {
        return Ok(idx.clone());
    }
    let services = store::load_all(&app.db).await?;
    tracing::info!(services = services.len(), version, "directory index built");
    let idx = Arc::new(Index::build(services, &app.i18n));
    *slot = Some((version, idx.clone()));
    Ok(idx)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Query {
    Browse {
        sub: Subtopic,
        city: String,
    },
    /// Coordinates rounded to about 100 m.
    Near {
        sub: Option<Subtopic>,
        lat: f64,
        lon: f64,
    },
    Text {
        q: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    Topics,
    Subtopics { topic: Topic },
    Area { sub: Subtopic },
    AwaitLocation { sub: Option<Subtopic> },
    Results { query: Query, page: usize },
    NoResults { query: String },
    Card { id: String, back: Box<Step> },
    Report { id: String, back: Box<Step> },
    Gap { query: String },
    Inbox,
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Directory(step))
}

pub fn topic_label(ctx: &Ctx, t: Topic) -> String {
    ctx.t(&format!("topic-{}", t.code()))
}

pub fn sub_label(ctx: &Ctx, s: Subtopic) -> String {
    ctx.t(&format!("sub-{}", s.code()))
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

/// The services a query finds, in order, with distances when known.
fn results(idx: &Index, query: &Query) -> Vec<(usize, Option<f64>)> {
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
        Query::Text { q } => idx.search(q).into_iter().map(|h| (h.index, None)).collect(),
    }
}

fn open_badge(ctx: &Ctx, s: &Service) -> Option<String> {
    match hours::status(s, ctx.now()) {
        hours::Status::Open { .. } => Some(ctx.t("dir-open-now")),
        hours::Status::Closed { .. } => Some(ctx.t("dir-closed-now")),
        hours::Status::Unknown => None,
    }
}

fn km(ctx: &Ctx, d: f64) -> String {
    let v = if d < 10.0 {
        format!("{d:.1}")
    } else {
        format!("{d:.0}")
    };
    ctx.tf("dir-distance", &[("km", v.into())])
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    Ok(match step {
        Step::Topics => topics_screen(ctx, &ctx.t("dir-topics")),
        Step::Subtopics { topic } => {
            let buttons = Subtopic::of(*topic)
                .map(|s| button(sub_label(ctx, s), format!("dir:s:{}", s.code())))
                .collect();
            Screen::new(ctx.tf(
                "dir-subtopics",
                &[("topic", topic_label(ctx, *topic).into())],
            ))
            .grid(buttons, 1)
            .row(ctx.nav_row())
        }
        Step::Area { sub } => {
            let idx = index(&ctx.app).await?;
            let buttons = cities(&idx, *sub)
                .into_iter()
                .enumerate()
                .map(|(i, c)| button(c, format!("dir:c:{i}")))
                .collect();
            Screen::new(ctx.tf("dir-area", &[("subtopic", sub_label(ctx, *sub).into())]))
                .button(ctx.t("dir-near-me"), "dir:near")
                .grid(buttons, 2)
                .row(ctx.nav_row())
        }
        Step::AwaitLocation { .. } => Screen::new(ctx.t("dir-share-location")).asking_location(
            ctx.t("dir-share-button"),
            vec![ctx.t("nav-back"), ctx.t("nav-home")],
        ),
        Step::Results { query, page } => results_screen(ctx, query, *page).await?,
        Step::NoResults { query } => {
            let text = ctx.tf(
                "dir-no-results",
                &[("query", escape(&ltr(ctx.lang(), query)).into())],
            );
            topics_screen(ctx, &text).button(ctx.t("dir-tell-us"), "dir:gap")
        }
        Step::Card { id, .. } => {
            let idx = index(&ctx.app).await?;
            match idx.get(id) {
                Some(s) => card_screen(ctx, s),
                None => Screen::new(ctx.t("dir-service-gone")).row(ctx.nav_row()),
            }
        }
        Step::Report { .. } => {
            Screen::new(ctx.tf("report-prompt", &[("max", (MAX_NOTE as i64).into())]))
                .row(ctx.nav_row())
        }
        Step::Gap { .. } => Screen::new(ctx.t("dir-gap-prompt")).row(ctx.nav_row()),
        Step::Inbox => inbox_screen(ctx).await?,
    })
}

fn topics_screen(ctx: &Ctx, text: &str) -> Screen {
    let buttons = Topic::ALL
        .iter()
        .map(|t| button(topic_label(ctx, *t), format!("dir:t:{}", t.code())))
        .collect();
    Screen::new(text).grid(buttons, 1).row(ctx.nav_row())
}

async fn results_screen(ctx: &Ctx, query: &Query, page: usize) -> anyhow::Result<Screen> {
    let idx = index(&ctx.app).await?;
    let found = results(&idx, query);
    let pages = found.len().div_ceil(PAGE).max(1);
    let page = page.min(pages - 1);
    let title = match query {
        Query::Browse { sub, city } => format!("{} · {}", sub_label(ctx, *sub), escape(city)),
        Query::Near { sub: Some(sub), .. } => {
            format!("{} · {}", sub_label(ctx, *sub), ctx.t("dir-results-near"))
        }
        Query::Near { sub: None, .. } => ctx.t("dir-results-near"),
        Query::Text { q } => ctx.tf(
            "dir-results-search",
            &[("query", escape(&ltr(ctx.lang(), q)).into())],
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
        let mut line = format!("\n\n{}. <b>{}</b>", n + 1, escape(&t.name));
        let mut extras = vec![];
        if let Some(b) = open_badge(ctx, s) {
            extras.push(b);
        }
        if let Some(d) = dist {
            extras.push(km(ctx, *d));
        }
        if !matches!(query, Query::Browse { .. }) {
            extras.push(escape(&s.city));
        }
        if !extras.is_empty() {
            line.push_str(&format!("\n{}", extras.join(" · ")));
        }
        text.push_str(&line);
        numbers.push(button(format!("{}", n + 1), format!("dir:o:{}", s.id)));
    }
    let mut paging = vec![];
    if page > 0 {
        paging.push(button(ctx.t("dir-prev"), format!("dir:p:{}", page - 1)));
    }
    if page + 1 < pages {
        paging.push(button(ctx.t("dir-next"), format!("dir:p:{}", page + 1)));
    }
    Ok(Screen::new(text)
        .row(numbers)
        .row(paging)
        .row(ctx.nav_row()))
}

fn card_screen(ctx: &Ctx, s: &Service) -> Screen {
    let lang = ctx.lang();
    let now = ctx.now();
    let (t, fell_back) = s.texts_in(lang);
    let mut lines = vec![format!(
        "<b>{}</b>\n<i>{}</i>",
        escape(&t.name),
        escape(&s.organisation)
    )];
    if fell_back {
        lines.push(ctx.t("card-fallback-it"));
    }
    if !t.description.is_empty() {
        lines.push(escape(&t.description));
    }
    let place = [s.address.as_str(), s.city.as_str()]
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    lines.push(ctx.tf(
        "card-address",
        &[("address", escape(&ltr(lang, &place)).into())],
    ));
    let weekday =
        |d: chrono::NaiveDateTime| ctx.t(&format!("weekday-{}", hours::weekday_number(d)));
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
                &[("hours", ltr(lang, &today.join(", ")).into())],
            )
        });
    }
    if !s.languages.is_empty() {
        lines.push(ctx.tf(
            "card-languages",
            &[("languages", lang_names(&s.languages).into())],
        ));
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
        lines.push(ctx.tf("card-documents", &[("documents", escape(docs).into())]));
    }
    if !s.phone.is_empty() {
        lines.push(ctx.tf(
            "card-phone",
            &[("phone", escape(&ltr(lang, &s.phone)).into())],
        ));
    }
    if !s.email.is_empty() {
        lines.push(ctx.tf(
            "card-email",
            &[("email", escape(&ltr(lang, &s.email)).into())],
        ));
    }
    lines.push(match s.last_verified {
        Some(d) => ctx.tf(
            "card-verified",
            &[("date", ltr(lang, &d.format("%d/%m/%Y").to_string()).into())],
        ),
        None => ctx.t("card-unverified"),
    });
    let mut top = vec![];
    if s.coords.is_some() {
        top.push(button(ctx.t("card-map"), "dir:map"));
    }
    if let Ok(url) = url::Url::parse(&s.website) {
        top.push(link_button(ctx.t("card-website"), url));
    }
    lines.push(format!("\n{}", ctx.t("card-useful")));
    Screen::new(lines.join("\n"))
        .row(vec![
            button(ctx.t("card-useful-yes"), "dir:vote:up"),
            button(ctx.t("card-useful-no"), "dir:vote:down"),
        ])
        .row(top)
        .button(ctx.t("card-report"), "dir:report")
        .row(ctx.nav_row())
}

async fn inbox_screen(ctx: &Ctx) -> anyhow::Result<Screen> {
    // Checked as it is drawn: a revoked staff member sees nothing of it.
    if !ctx.role.at_least(crate::access::Role::Staff) {
        return Ok(Screen::new(ctx.t("staff-only")).row(ctx.home_row()));
    }
    let reports = store::open_reports(ctx.db(), 5).await?;
    let gaps = store::open_gaps(ctx.db(), 5).await?;
    let total = store::open_count(ctx.db()).await?;
    if total == 0 {
        return Ok(Screen::new(ctx.t("staff-inbox-empty")).row(ctx.nav_row()));
    }
    let idx = index(&ctx.app).await?;
    let mut text = ctx.tf("staff-inbox", &[("count", total.into())]);
    let mut buttons = vec![];
    for r in &reports {
        let name = idx
            .get(&r.service_id)
            .map(|s| s.texts_in(ctx.lang()).0.name.clone())
            .unwrap_or_else(|| r.service_id.clone());
        text.push_str("\n\n");
        text.push_str(&ctx.tf(
            "staff-report-line",
            &[
                ("id", r.id.into()),
                ("service", escape(&name).into()),
                ("text", escape(&r.text).into()),
                ("lang", r.lang.clone().into()),
            ],
        ));
        buttons.push(button(
            ctx.tf("staff-mark-done", &[("id", r.id.into())]),
            format!("dir:done:r:{}", r.id),
        ));
    }
    for g in &gaps {
        let what = if g.text.is_empty() {
            g.query.clone()
        } else {
            format!("{} — {}", g.query, g.text)
        };
        text.push_str("\n\n");
        text.push_str(&ctx.tf(
            "staff-gap-line",
            &[
                ("id", g.id.into()),
                ("lang", g.lang.clone().into()),
                ("text", escape(&what).into()),
            ],
        ));
        buttons.push(button(
            ctx.tf("staff-mark-done", &[("id", g.id.into())]),
            format!("dir:done:g:{}", g.id),
        ));
    }
    Ok(Screen::new(text).grid(buttons, 2).row(ctx.nav_row()))
}

pub fn back(step: &Step) -> State {
    let dir = |s| State::Directory(s);
    match step {
        Step::Topics | Step::Inbox => State::Menu,
        Step::Subtopics { .. } | Step::NoResults { .. } | Step::Gap { .. } => dir(Step::Topics),
        Step::Area { sub } => dir(Step::Subtopics { topic: sub.topic() }),
        Step::AwaitLocation { sub }
        | Step::Results {
            query: Query::Near { sub, .. },
            ..
        } => match sub {
            Some(sub) => dir(Step::Area { sub: *sub }),
            None => dir(Step::Topics),
        },
        Step::Results {
            query: Query::Browse { sub, .. },
            ..
        } => dir(Step::Area { sub: *sub }),
        Step::Results {
            query: Query::Text { .. },
            ..
        } => dir(Step::Topics),
        Step::Card { back, .. } => dir((**back).clone()),
        Step::Report { id, back } => dir(Step::Card {
            id: id.clone(),
            back: back.clone(),
        }),
    }
}

pub async fn on_button(ctx: &mut Ctx, step: &Step, data: &str) -> anyhow::Result<Flow> {
    let Some(rest) = data.strip_prefix("dir:") else {
        return Ok(Flow::Unexpected);
    };
    let (verb, arg) = rest.split_once(':').unwrap_or((rest, ""));
    match (step, verb) {
        (Step::Topics | Step::NoResults { .. }, "t") => Ok(match Topic::from_code(arg) {
            Some(topic) => goto(Step::Subtopics { topic }),
            None => Flow::Unexpected,
        }),
        (Step::Subtopics { topic }, "s") => Ok(match Subtopic::from_code(arg) {
            Some(sub) if sub.topic() == *topic => goto(Step::Area { sub }),
            _ => Flow::Unexpected,
        }),
        (Step::Area { sub }, "c") => {
            let idx = index(&ctx.app).await?;
            let list = cities(&idx, *sub);
            Ok(match arg.parse::<usize>().ok().and_then(|i| list.get(i)) {
                Some(city) => goto(Step::Results {
                    query: Query::Browse {
                        sub: *sub,
                        city: city.clone(),
                    },
                    page: 0,
                }),
                None => Flow::Unexpected,
            })
        }
        (Step::Area { sub }, "near") => Ok(goto(Step::AwaitLocation { sub: Some(*sub) })),
        (Step::Results { query, .. }, "p") => {
            let idx = index(&ctx.app).await?;
            let pages = results(&idx, query).len().div_ceil(PAGE).max(1);
            Ok(match arg.parse::<usize>() {
                Ok(p) if p < pages => goto(Step::Results {
                    query: query.clone(),
                    page: p,
                }),
                _ => Flow::Unexpected,
            })
        }
        (Step::Results { query, page }, "o") => {
            // Only the services on the page the user is looking at.
            let idx = index(&ctx.app).await?;
            let on_page = results(&idx, query)
                .into_iter()
                .skip(page * PAGE)
                .take(PAGE)
                .any(|(i, _)| idx.services.get(i).is_some_and(|s| s.id == arg));
            Ok(if on_page {
                goto(Step::Card {
                    id: arg.to_owned(),
                    back: Box::new(step.clone()),
                })
            } else {
                Flow::Unexpected
            })
        }
        (Step::Card { id, .. }, "map") => {
            let idx = index(&ctx.app).await?;
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
        (Step::Card { id, .. }, "vote") if matches!(arg, "up" | "down") => {
            let idx = index(&ctx.app).await?;
            let Some(s) = idx.get(id) else {
                return Ok(Flow::Unexpected);
            };
            crate::feedback::vote(
                ctx,
                &s.id,
                s.topic,
                arg == "up",
                State::Directory(step.clone()),
            )
            .await
        }
        (Step::Card { id, back }, "report") => Ok(goto(Step::Report {
            id: id.clone(),
            back: back.clone(),
        })),
        (Step::NoResults { query }, "gap") => Ok(goto(Step::Gap {
            query: query.clone(),
        })),
        (Step::Inbox, "done") => {
            if !ctx.role.at_least(Role::Staff) {
                ctx.say(&ctx.t("staff-only")).await?;
                return Ok(Flow::Goto(State::Menu));
            }
            let (kind, id) = arg.split_once(':').unwrap_or(("", ""));
            let Ok(id) = id.parse::<i64>() else {
                return Ok(Flow::Unexpected);
            };
            if !store::mark_handled(ctx.db(), kind, id, ctx.user.id, ctx.now()).await? {
                return Ok(Flow::Unexpected);
            }
            Ok(goto(Step::Inbox))
        }
        _ => Ok(Flow::Unexpected),
    }
}

/// Typed text inside the directory (and at the main menu): a search, or the
/// answer to a report or gap prompt.
pub async fn on_text(ctx: &mut Ctx, step: Option<&Step>, text: &str) -> anyhow::Result<Flow> {
    match step {
        Some(Step::Report { id, back }) => {
            let note = text.trim();
            if note.chars().count() > MAX_NOTE {
                ctx.say(&ctx.tf("report-too-long", &[("max", (MAX_NOTE as i64).into())]))
                    .await?;
                return Ok(Flow::Done);
            }
            store::add_report(
                ctx.db(),
                id,
                ctx.user.id,
                ctx.lang().code(),
                note,
                ctx.now(),
            )
            .await?;
            tracing::info!(service = %id, "wrong-information report saved");
            ctx.say(&ctx.t("report-thanks")).await?;
            Ok(goto(Step::Card {
                id: id.clone(),
                back: back.clone(),
            }))
        }
        Some(Step::Gap { query }) => {
            let note: String = text.trim().chars().take(MAX_NOTE).collect();
            store::add_gap(
                ctx.db(),
                ctx.user.id,
                ctx.lang().code(),
                query,
                &note,
                ctx.now(),
            )
            .await?;
            ctx.say(&ctx.t("dir-gap-thanks")).await?;
            Ok(Flow::Goto(State::Menu))
        }
        Some(here @ Step::AwaitLocation { .. }) => {
            if text == ctx.t("nav-back") || text == ctx.t("nav-home") {
                ctx.say_removing_keyboard(&ctx.t("dir-location-cancelled"))
                    .await?;
                return Ok(if text == ctx.t("nav-home") {
                    Flow::Goto(State::Menu)
                } else {
                    Flow::Goto(back(here))
                });
            }
            Ok(Flow::Unexpected)
        }
        Some(Step::Inbox) => Ok(Flow::Unexpected),
        _ => search(ctx, text).await,
    }
}

async fn search(ctx: &mut Ctx, text: &str) -> anyhow::Result<Flow> {
    let q: String = text.trim().chars().take(MAX_QUERY).collect();
    if search::words(&q).is_empty() {
        let screen =
            topics_screen(ctx, &ctx.t("dir-topics")).with_notice(&ctx.t("dir-search-unreadable"));
        ctx.dialogue.update(State::Directory(Step::Topics)).await?;
        ctx.send(&screen).await?;
        return Ok(Flow::Done);
    }
    let idx = index(&ctx.app).await?;
    Ok(if idx.search(&q).is_empty() {
        crate::feedback::store::record_miss(ctx.db(), ctx.lang().code(), "", ctx.now()).await?;
        goto(Step::NoResults { query: q })
    } else {
        goto(Step::Results {
            query: Query::Text { q },
            page: 0,
        })
    })
}

/// A shared location: nearest services (of the chosen subtopic, if any).
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
    if results(&*index(&ctx.app).await?, &query).is_empty() {
        let topic = sub.map(|s| s.topic().code()).unwrap_or_default();
        crate::feedback::store::record_miss(ctx.db(), ctx.lang().code(), topic, ctx.now()).await?;
    }
    Ok(goto(Step::Results { query, page: 0 }))
}

/// The main-menu entries of the directory, by role.
pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    let mut rows = vec![vec![button(ctx.t("menu-services"), "menu:services")]];
    if ctx.role.at_least(Role::Staff) {
        let n = store::open_count(ctx.db()).await?;
        rows.push(vec![button(
            ctx.tf("menu-staff-inbox", &[("count", n.into())]),
            "menu:inbox",
        )]);
    }
    Ok(rows)
}
