//! The services directory: browse by topic, subtopic and area, search by
//! typing, nearest services from a shared location, service cards, reports
//! of wrong information, content gaps, and the staff inbox for both.
//!
//! - `browse`: topics, subtopics, area, results, card, near me;
//! - `find`: searching by typing;
//! - `report`: reporting a wrong card and a content gap;
//! - `inbox`: the staff inbox;
//! - `region`: the user's region (remembered or asked once), ranked first;
//! - `button`: every button's callback data;
//! - `search`: the in-memory index; `store`, `model`, `hours`, `import`.

mod browse;
pub mod button;
mod find;
pub mod hours;
pub mod import;
mod inbox;
pub mod model;
mod region;
mod report;
pub mod search;
pub mod store;

use serde::{Deserialize, Serialize};

pub use self::{
    browse::on_location,
    search::{Cache, index},
};
use self::{button::Button, model::Subtopic};
use crate::{
    access::Role,
    context::Ctx,
    dialogue::{Flow, State},
    domain::Topic,
    telegram::{Screen, button},
};

/// Services listed per page.
pub const PAGE: usize = 5;

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
    Subtopics {
        topic: Topic,
    },
    Area {
        sub: Subtopic,
    },
    AwaitLocation {
        sub: Option<Subtopic>,
    },
    Results {
        query: Query,
        page: usize,
    },
    NoResults {
        query: String,
    },
    /// "Which region?", asked once before the results of a typed search.
    AskRegion {
        query: String,
    },
    Card {
        id: String,
        back: Box<Step>,
    },
    Report {
        id: String,
        back: Box<Step>,
    },
    Gap {
        query: String,
    },
    Inbox,
}

fn goto(step: Step) -> Flow {
    Flow::Goto(State::Directory(step))
}

pub async fn render(ctx: &Ctx, step: &Step) -> anyhow::Result<Screen> {
    Ok(match step {
        Step::Topics => browse::topics_screen(ctx, &ctx.t("dir-topics")),
        Step::Subtopics { topic } => browse::subtopics_screen(ctx, *topic),
        Step::Area { sub } => browse::area_screen(ctx, *sub).await?,
        Step::AwaitLocation { .. } => browse::location_screen(ctx),
        Step::Results { query, page } => browse::results_screen(ctx, query, *page).await?,
        Step::NoResults { query } => find::no_results_screen(ctx, query),
        Step::AskRegion { .. } => region::ask_screen(ctx),
        Step::Card { id, .. } => browse::card(ctx, id).await?,
        Step::Report { .. } => report::report_screen(ctx),
        Step::Gap { .. } => report::gap_screen(ctx),
        Step::Inbox => inbox::screen(ctx).await?,
    })
}

pub fn back(step: &Step) -> State {
    let dir = |s| State::Directory(s);
    match step {
        Step::Topics | Step::Inbox => State::Menu,
        Step::Subtopics { .. }
        | Step::NoResults { .. }
        | Step::AskRegion { .. }
        | Step::Gap { .. } => dir(Step::Topics),
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
    let Some(pressed) = Button::parse(data) else {
        return Ok(Flow::Unexpected);
    };
    match (step, pressed) {
        (Step::Topics | Step::NoResults { .. }, Button::Topic(topic)) => {
            Ok(goto(Step::Subtopics { topic }))
        }
        (Step::Subtopics { topic }, Button::Subtopic(sub)) => Ok(browse::subtopic(*topic, sub)),
        (Step::Area { sub }, Button::City(i)) => browse::city(ctx, *sub, i).await,
        (Step::Area { sub }, Button::NearMe) => Ok(goto(Step::AwaitLocation { sub: Some(*sub) })),
        (Step::Results { query, .. }, Button::Page(page)) => browse::page(ctx, query, page).await,
        (Step::Results { .. }, Button::Open(id)) => browse::open(ctx, step, id).await,
        (Step::Card { id, .. }, Button::Map) => browse::map(ctx, id).await,
        (Step::Card { id, .. }, Button::Vote { up }) => browse::vote(ctx, step, id, up).await,
        (Step::Card { id, back }, Button::Report) => Ok(goto(Step::Report {
            id: id.clone(),
            back: back.clone(),
        })),
        (Step::NoResults { query }, Button::Gap) => Ok(goto(Step::Gap {
            query: query.clone(),
        })),
        (Step::Inbox, Button::Handled(kind, id)) => inbox::mark_handled(ctx, kind, id).await,
        (Step::AskRegion { query }, Button::Region(r)) => region::answer(ctx, query, r).await,
        _ => Ok(Flow::Unexpected),
    }
}

/// Typed text inside the directory (and at the main menu): a search, or the
/// answer to a report or gap prompt.
pub async fn on_text(ctx: &mut Ctx, step: Option<&Step>, text: &str) -> anyhow::Result<Flow> {
    match step {
        Some(Step::Report { id, back }) => report::on_report_text(ctx, id, back, text).await,
        Some(Step::Gap { query }) => report::on_gap_text(ctx, query, text).await,
        Some(here @ Step::AwaitLocation { .. }) => browse::location_text(ctx, here, text).await,
        Some(Step::Inbox) => Ok(Flow::Unexpected),
        Some(
            Step::Topics
            | Step::Subtopics { .. }
            | Step::Area { .. }
            | Step::Results { .. }
            | Step::NoResults { .. }
            | Step::AskRegion { .. }
            | Step::Card { .. },
        )
        | None => find::search(ctx, text).await,
    }
}

/// The main-menu entries of the directory, by role.
pub async fn menu_rows(
    ctx: &Ctx,
) -> anyhow::Result<Vec<Vec<teloxide::types::InlineKeyboardButton>>> {
    let mut rows = vec![vec![button(
        ctx.t("menu-services"),
        Button::Services.data(),
    )]];
    if ctx.require(Role::Staff).is_ok() {
        let n = store::open_count(ctx.db()).await?;
        rows.push(vec![button(
            ctx.tf("menu-staff-inbox", &[("count", n.into())]),
            Button::Inbox.data(),
        )]);
    }
    Ok(rows)
}

/// The main-menu buttons of the directory; None for any other button.
pub async fn from_menu(ctx: &Ctx, data: &str) -> anyhow::Result<Option<Flow>> {
    Ok(match Button::parse(data) {
        Some(Button::Services) => Some(goto(Step::Topics)),
        Some(Button::Inbox) => Some(inbox::open(ctx)),
        _ => None,
    })
}

/// The name (in this user's language) and topic of service `id`, for a
/// question about it; None if there is no such service.
pub async fn service_about(ctx: &Ctx, id: &str) -> anyhow::Result<Option<(String, Topic)>> {
    let idx = search::index(ctx).await?;
    Ok(idx
        .get(id)
        .map(|s| (s.texts_in(ctx.lang()).0.name.clone(), s.topic)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_walks_up_the_way_the_user_came() {
        let dir = State::Directory;
        let sub = Subtopic::Gp;
        let list = Step::Results {
            query: Query::Browse {
                sub,
                city: "Torino".into(),
            },
            page: 1,
        };
        let card = Step::Card {
            id: "x".into(),
            back: Box::new(list.clone()),
        };
        let report = Step::Report {
            id: "x".into(),
            back: Box::new(list.clone()),
        };
        assert_eq!(back(&report), dir(card.clone()));
        assert_eq!(back(&card), dir(list.clone()));
        assert_eq!(back(&list), dir(Step::Area { sub }));
        assert_eq!(
            back(&Step::Area { sub }),
            dir(Step::Subtopics {
                topic: Topic::Health
            })
        );
        assert_eq!(
            back(&Step::Subtopics {
                topic: Topic::Health
            }),
            dir(Step::Topics)
        );
        assert_eq!(back(&Step::Topics), State::Menu);
        assert_eq!(back(&Step::Inbox), State::Menu);
        let near = |sub| Step::Results {
            query: Query::Near {
                sub,
                lat: 45.07,
                lon: 7.69,
            },
            page: 0,
        };
        assert_eq!(back(&near(Some(sub))), dir(Step::Area { sub }));
        assert_eq!(back(&near(None)), dir(Step::Topics));
        assert_eq!(back(&Step::AwaitLocation { sub: None }), dir(Step::Topics));
        assert_eq!(back(&Step::Gap { query: "q".into() }), dir(Step::Topics));
        assert_eq!(
            back(&Step::AskRegion { query: "q".into() }),
            dir(Step::Topics)
        );
    }
}
