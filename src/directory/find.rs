//! Searching by typing, in the directory or at the main menu: the results,
//! or the topics again with a way to tell us what was missing.

use super::{
    Query, Step,
    browse::topics_screen,
    button::Button,
    goto, region,
    search::{self, index},
};
use crate::{
    context::Ctx,
    dialogue::{Flow, State},
    i18n::isolate,
    telegram::{Screen, escape},
};

/// Longest query searched (the rest is ignored).
const MAX_QUERY: usize = 200;

/// Nothing found for `query`: the topics, and "tell us".
pub(super) fn no_results_screen(ctx: &Ctx, query: &str) -> Screen {
    let text = ctx.tf(
        "dir-no-results",
        &[("query", escape(&isolate(ctx.lang(), query)).into())],
    );
    topics_screen(ctx, &text).button(ctx.t("dir-tell-us"), Button::Gap.data())
}

/// Searches the typed `text`. A text with no word in it gets the topics
/// with a note; a search that finds nothing is counted (without the words).
pub(super) async fn search(ctx: &Ctx, text: &str) -> anyhow::Result<Flow> {
    let q: String = text.trim().chars().take(MAX_QUERY).collect();
    if search::words(&q).is_empty() {
        return Ok(Flow::Show {
            state: State::Directory(Step::Topics),
            notice: Some(ctx.t("dir-search-unreadable")),
            below: true,
        });
    }
    let idx = index(ctx).await?;
    let hits = idx.search(&q);
    let found: Vec<_> = hits
        .iter()
        .filter_map(|h| idx.services.get(h.index))
        .collect();
    Ok(if hits.is_empty() {
        ctx.turn.count_miss(ctx.lang().code(), "");
        goto(Step::NoResults { query: q })
    } else if region::worth_asking(ctx, &found) {
        goto(Step::AskRegion { query: q })
    } else {
        goto(Step::Results {
            query: Query::Text { q },
            page: 0,
        })
    })
}
