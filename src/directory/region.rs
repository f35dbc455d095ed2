//! The user's region: remembered from their last "near me" (the region of
//! the nearest services) or city choice, or asked once when a typed search
//! finds services in more than one region. Typed searches list the services
//! of that region first, each group in the order of its score.

use super::{
    Query, Step,
    button::Button,
    goto,
    model::{Region, Service},
    search::Index,
};
use crate::{context::Ctx, dialogue::Flow, storage::users, telegram::Screen};

/// Stored when the user skipped the question: known, and not asked again.
const SKIPPED: &str = "none";

/// A "near me" search tells the region when a service is this close.
pub const NEAR_KM: f64 = 150.0;

/// What we know of where the user looks for services.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Known {
    Region(Region),
    /// They chose not to say.
    Skipped,
    /// Never learnt nor asked (or an unreadable stored value).
    Unknown,
}

pub(super) fn known(ctx: &Ctx) -> Known {
    parse(ctx.user.region.as_deref())
}

/// The stored value read back; anything unreadable counts as unknown.
fn parse(stored: Option<&str>) -> Known {
    match stored {
        None => Known::Unknown,
        Some(SKIPPED) => Known::Skipped,
        Some(code) => Region::from_code(code).map_or(Known::Unknown, Known::Region),
    }
}

/// The user's region, if known.
pub(super) fn own(ctx: &Ctx) -> Option<Region> {
    match known(ctx) {
        Known::Region(r) => Some(r),
        Known::Skipped | Known::Unknown => None,
    }
}

/// Remembers `region` (None: the user skipped the question), on the user
/// and in this update's context. Nothing is written when it is unchanged.
pub(super) async fn remember(ctx: &mut Ctx, region: Option<Region>) -> anyhow::Result<()> {
    let code = region.map_or(SKIPPED, Region::code);
    if ctx.user.region.as_deref() == Some(code) {
        return Ok(());
    }
    users::set_region(ctx.db(), ctx.user.id, Some(code)).await?;
    ctx.user.region = Some(code.to_owned());
    Ok(())
}

/// Learns the region from what the user just did, when it tells one; a
/// skipped question is replaced by what they showed us since.
pub(super) async fn learn(ctx: &mut Ctx, region: Option<Region>) -> anyhow::Result<()> {
    match region {
        Some(r) => remember(ctx, Some(r)).await,
        None => Ok(()),
    }
}

/// The region of the services nearest to a point, if one is close enough.
pub(super) fn near(idx: &Index, lat: f64, lon: f64) -> Option<Region> {
    let (i, km) = idx.nearest(lat, lon, |_| true).into_iter().next()?;
    if km > NEAR_KM {
        return None;
    }
    idx.services.get(i).map(|s| s.region)
}

/// The region of the services listed for a city.
pub(super) fn of_city(idx: &Index, city: &str) -> Option<Region> {
    idx.services
        .iter()
        .find(|s| s.city == city)
        .map(|s| s.region)
}

/// Whether the answer to a search should wait for the question: the region
/// is unknown and the services found lie in more than one region.
pub(super) fn worth_asking(ctx: &Ctx, found: &[&Service]) -> bool {
    known(ctx) == Known::Unknown
        && found
            .split_first()
            .is_some_and(|(first, rest)| rest.iter().any(|s| s.region != first.region))
}

/// `found` (service positions, in score order) with those of `own` first;
/// the order within each group is kept.
pub(super) fn own_first<T>(
    idx: &Index,
    mut found: Vec<(usize, T)>,
    own: Option<Region>,
) -> Vec<(usize, T)> {
    if let Some(own) = own {
        found.sort_by_key(|(i, _)| idx.services.get(*i).is_none_or(|s| s.region != own));
    }
    found
}

/// "Which region?": a button per region, and Skip.
pub(super) fn ask_screen(ctx: &Ctx) -> Screen {
    let mut screen = Screen::new(ctx.t("dir-region-ask"));
    for r in Region::ALL {
        screen = screen.button(
            ctx.t(&format!("dir-region-{}", r.code())),
            Button::Region(Some(*r)).data(),
        );
    }
    screen
        .button(ctx.t("dir-region-skip"), Button::Region(None).data())
        .row(ctx.nav_row())
}

/// The answer: remembered, then the results of the search that asked.
pub(super) async fn answer(
    ctx: &mut Ctx,
    query: &str,
    region: Option<Region>,
) -> anyhow::Result<Flow> {
    remember(ctx, region).await?;
    Ok(goto(Step::Results {
        query: Query::Text {
            q: query.to_owned(),
        },
        page: 0,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_read_back() {
        assert_eq!(parse(None), Known::Unknown);
        assert_eq!(parse(Some(SKIPPED)), Known::Skipped);
        for r in Region::ALL {
            assert_eq!(parse(Some(r.code())), Known::Region(*r));
        }
        for bad in ["", "mars", "piedmont; DROP TABLE users", "\u{0}", "none "] {
            assert_eq!(parse(Some(bad)), Known::Unknown, "{bad:?}");
        }
    }
}
