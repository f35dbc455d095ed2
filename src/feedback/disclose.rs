//! Complementary suppression: which rows of a report may be shown so that
//! no small group can be worked out, not even as the difference of two
//! shown figures.

use std::collections::HashMap;

use super::{
    report::{Dim, few, ratings_shown, shown, thumbs_shown},
    store::{Counts, Group},
};

/// A row of a report: a dimension and a key, or the whole total.
pub type Cell = (Option<Dim>, String);

/// Which rows of every breakdown may be shown, with complementary
/// suppression: whenever a shown figure is the sum of shown rows and hidden
/// rows (the total over topics, a topic over its events and services, an
/// association over its events…), the hidden rows together must not be a
/// group of 1 to 4 people, or subtraction would reveal them. Shown rows are
/// hidden too, smallest first, until that holds.
#[derive(Debug, Default)]
pub struct Disclosure {
    /// The rows that may be shown; any other row (unknown ones too) is not.
    shown: std::collections::HashSet<Cell>,
}

impl Disclosure {
    pub fn shown(&self, dim: Dim, key: &str) -> bool {
        self.shown.contains(&(Some(dim), key.to_owned()))
    }

    pub fn total_shown(&self) -> bool {
        self.shown.contains(&(None, String::new()))
    }
}

/// Figure `f` (responses, stars, thumbs) of a row.
fn at(a: [bool; 3], f: usize) -> bool {
    a.get(f).copied().unwrap_or(false)
}

fn num(a: [i64; 3], f: usize) -> i64 {
    a.get(f).copied().unwrap_or(0)
}

pub fn disclose(groups: &[Group]) -> Disclosure {
    let mut counts: HashMap<Cell, Counts> = HashMap::new();
    // parent cell → its children, for every way a shown figure splits.
    let mut splits: HashMap<(Cell, u8), std::collections::BTreeSet<Cell>> = HashMap::new();
    let total: Cell = (None, String::new());
    for g in groups {
        counts.entry(total.clone()).or_default().add(&g.counts);
        let cell = |d: Dim| d.key(g).map(|k| (Some(d), k));
        for d in Dim::ALL {
            if let Some(c) = cell(d) {
                counts.entry(c).or_default().add(&g.counts);
            }
        }
        let item = cell(Dim::Event).or_else(|| cell(Dim::Service));
        let mut split = |parent: Cell, way: u8, child: Option<Cell>| {
            if let Some(child) = child {
                splits.entry((parent, way)).or_default().insert(child);
            }
        };
        // The total splits by topic, by language, and into events and services.
        split(total.clone(), 0, cell(Dim::Topic));
        split(total.clone(), 1, cell(Dim::Language));
        split(total.clone(), 2, item.clone());
        // …and into associations' events and services.
        split(
            total.clone(),
            3,
            cell(Dim::Association).or_else(|| cell(Dim::Service)),
        );
        // A topic splits into its events and services; an association into
        // its events.
        if let Some(t) = cell(Dim::Topic) {
            split(t, 0, item.clone());
        }
        if let Some(a) = cell(Dim::Association) {
            split(a, 0, cell(Dim::Event));
        }
    }
    // The languages each event or service was answered in: one that was
    // answered in a single language is, once shown, also a piece of that
    // language's row.
    let mut langs: HashMap<Cell, std::collections::BTreeSet<String>> = HashMap::new();
    for g in groups {
        let item = Dim::Event
            .key(g)
            .map(|k| (Some(Dim::Event), k))
            .or_else(|| Dim::Service.key(g).map(|k| (Some(Dim::Service), k)));
        if let Some(item) = item {
            langs.entry(item).or_default().insert(g.lang.clone());
        }
    }
    let mut hidden: std::collections::HashSet<Cell> = counts
        .iter()
        .filter(|(_, c)| !shown(c))
        .map(|(k, _)| k.clone())
        .collect();
    // What a row displays: responses, stars, thumbs (each figure its own
    // threshold). A figure a row does not display counts as hidden in it.
    let displays = |hidden: &std::collections::HashSet<Cell>, cell: &Cell| -> [bool; 3] {
        match counts.get(cell) {
            Some(c) if !hidden.contains(cell) => [true, ratings_shown(c), thumbs_shown(c)],
            _ => [false; 3],
        }
    };
    let figures = |c: &Counts| [c.responses, c.rated(), c.up + c.down];
    loop {
        let mut changed = false;
        for ((parent, _), children) in &splits {
            let shows = displays(&hidden, parent);
            // For each figure the parent displays, what its children hide.
            let risky_figure = (0..3).find(|f| {
                let rest: i64 = children
                    .iter()
                    .filter(|c| !at(displays(&hidden, c), *f))
                    .filter_map(|c| counts.get(c).map(|n| num(figures(n), *f)))
                    .sum();
                at(shows, *f) && few(rest)
            });
            let Some(f) = risky_figure else { continue };
            let smallest = children
                .iter()
                .filter(|c| at(displays(&hidden, c), f))
                .min_by_key(|c| (counts.get(*c).map_or(0, |n| n.responses), (*c).clone()));
            if let Some(c) = smallest {
                hidden.insert(c.clone());
                changed = true;
            }
        }
        // A language row minus the shown single-language items in it.
        for (lang_cell, lang_counts) in counts.iter().filter(|(c, _)| c.0 == Some(Dim::Language)) {
            let shows = displays(&hidden, lang_cell);
            let single: Vec<&Cell> = langs
                .iter()
                .filter(|(_, l)| l.len() == 1 && l.contains(&lang_cell.1))
                .map(|(item, _)| item)
                .collect();
            for f in 0..3 {
                let known: Vec<&Cell> = single
                    .iter()
                    .copied()
                    .filter(|c| at(displays(&hidden, c), f))
                    .collect();
                let rest = num(figures(lang_counts), f)
                    - known
                        .iter()
                        .filter_map(|c| counts.get(*c).map(|n| num(figures(n), f)))
                        .sum::<i64>();
                if at(shows, f) && few(rest) {
                    let smallest = known.iter().min_by_key(|c| {
                        (counts.get(**c).map_or(0, |n| n.responses), (**c).clone())
                    });
                    if let Some(c) = smallest {
                        hidden.insert((*c).clone());
                        changed = true;
                        break;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    Disclosure {
        shown: counts.into_keys().filter(|c| !hidden.contains(c)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::report::{rollup, tests::g, total};

    /// The figures an attacker reads off the report: every shown row.
    fn visible(groups: &[Group]) -> Vec<(Dim, String, Counts)> {
        let d = disclose(groups);
        Dim::ALL
            .iter()
            .flat_map(|dim| {
                rollup(groups, *dim)
                    .into_iter()
                    .filter(|(k, _)| d.shown(*dim, k))
                    .map(|(k, c)| (*dim, k, c))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn a_topic_total_minus_its_shown_events_reveals_nothing() {
        // Reproduced: topic "work" (9) minus event 1 (6) gave event 2's
        // single rating, reason and comment count.
        let groups = [
            g("event", Some(1), "work", "ar", [0, 0, 2, 0, 4]),
            g("event", Some(2), "work", "ar", [0, 3, 0, 0, 0]),
            g("event", Some(3), "health", "fr", [0, 0, 0, 5, 5]),
        ];
        let d = disclose(&groups);
        assert!(!d.shown(Dim::Event, "2"), "small itself");
        assert!(
            !d.shown(Dim::Event, "1") || !d.shown(Dim::Topic, "work"),
            "the difference would be event 2"
        );
        // Whatever is shown, no two nested shown figures differ by 1 to 4.
        let v = visible(&groups);
        let topic = v
            .iter()
            .find(|(dim, k, _)| *dim == Dim::Topic && k == "work");
        let events: i64 = v
            .iter()
            .filter(|(dim, k, _)| *dim == Dim::Event && k != "3")
            .map(|(_, _, c)| c.responses)
            .sum();
        if let Some((_, _, t)) = topic {
            assert!(!few(t.responses - events), "{v:?}");
        }
    }

    #[test]
    fn a_language_minus_a_shown_event_reveals_nothing() {
        // "ar" (7) minus event 1 (6, all in Arabic) would be event 2's one
        // answer.
        let groups = [
            g("event", Some(1), "work", "ar", [0, 0, 1, 2, 3]),
            g("event", Some(2), "health", "ar", [1, 0, 0, 0, 0]),
            g("event", Some(3), "health", "fr", [0, 0, 0, 2, 3]),
        ];
        let d = disclose(&groups);
        assert!(!d.shown(Dim::Language, "ar") || !d.shown(Dim::Event, "1"));
    }

    #[test]
    fn the_total_minus_shown_languages_reveals_nothing() {
        let groups = [
            g("event", Some(1), "work", "ar", [0, 0, 0, 3, 4]),
            g("event", Some(1), "work", "fr", [0, 0, 2, 0, 0]),
        ];
        let d = disclose(&groups);
        assert!(!d.shown(Dim::Language, "fr"));
        assert!(!d.shown(Dim::Language, "ar") || !d.total_shown());
    }

    #[test]
    fn a_topic_minus_an_event_reveals_no_stars_of_skipped_answers() {
        // Reviewed: event 2 shows its 6 responses but not its 2 ratings; the
        // topic's stars minus event 1's would be those 2 ratings.
        let e1 = g("event", Some(1), "work", "ar", [0, 0, 2, 4, 4]);
        let mut e2 = g("event", Some(2), "work", "ar", [0, 1, 0, 0, 1]);
        e2.counts.responses = 6;
        let d = disclose(&[e1.clone(), e2.clone()]);
        let mut both = e1.counts.clone();
        both.add(&e2.counts);
        let topic_stars = d.shown(Dim::Topic, "work") && ratings_shown(&both);
        let e1_stars = d.shown(Dim::Event, "1") && ratings_shown(&e1.counts);
        assert!(!(topic_stars && e1_stars), "the difference is 2 ratings");
    }

    #[test]
    fn nothing_small_is_ever_the_difference_of_two_shown_figures() {
        // Many random reports: for every shown parent and its shown children,
        // the part not shown is 0 or at least 5 responses and ratings.
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(11);
        for _ in 0..300 {
            let groups: Vec<Group> = (0..rng.random_range(1..12))
                .map(|_| {
                    let topic = ["work", "health", "housing"][rng.random_range(0..3)];
                    let lang = ["ar", "fr", "it"][rng.random_range(0..3)];
                    let mut stars = [0; 5];
                    for s in stars.iter_mut() {
                        *s = rng.random_range(0..3);
                    }
                    let mut grp = g("event", Some(rng.random_range(1..6)), topic, lang, stars);
                    grp.counts.responses += rng.random_range(0..2);
                    grp
                })
                .collect();
            let d = disclose(&groups);
            let rows = |dim| rollup(&groups, dim);
            let total = total(&groups);
            if d.total_shown() {
                for dim in [Dim::Topic, Dim::Language, Dim::Event] {
                    // Only the figures each row really displays.
                    let (mut responses, mut rated) = (0, 0);
                    for (k, c) in rows(dim) {
                        if d.shown(dim, &k) {
                            responses += c.responses;
                            if ratings_shown(&c) {
                                rated += c.rated();
                            }
                        }
                    }
                    assert!(!few(total.responses - responses), "{dim:?} in {groups:#?}");
                    if ratings_shown(&total) {
                        assert!(!few(total.rated() - rated), "{dim:?} stars in {groups:#?}");
                    }
                }
            }
        }
    }
}
