//! What /report shows, as plain data: groups rolled up along one dimension,
//! small groups hidden, and the same figures as CSV files.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{
    model::Reason,
    store::{Counts, Group, Participation, Reach},
};

/// The small-group rule, written once. No figure that rests on fewer than
/// this many people is ever shown: not a group's responses, not an average
/// or a star distribution (that needs as many ratings), not thumbs, and not
/// the difference between two figures that are shown (see [`disclose`]).
pub const MIN_GROUP: i64 = 5;

/// Whether a group's responses (and its reasons) may be shown.
pub fn shown(c: &Counts) -> bool {
    c.responses >= MIN_GROUP
}

/// Whether its average and star distribution may be shown.
pub fn ratings_shown(c: &Counts) -> bool {
    shown(c) && c.rated() >= MIN_GROUP
}

/// Whether its 👍/👎 may be shown.
pub fn thumbs_shown(c: &Counts) -> bool {
    shown(c) && c.up + c.down >= MIN_GROUP
}

/// A figure of 1 to 4 people: it must not appear, even as a difference.
fn few(n: i64) -> bool {
    n > 0 && n < MIN_GROUP
}

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Dim {
    Topic,
    Event,
    Service,
    Association,
    Language,
}

impl Dim {
    pub const ALL: [Dim; 5] = [
        Dim::Topic,
        Dim::Event,
        Dim::Service,
        Dim::Association,
        Dim::Language,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Dim::Topic => "topic",
            Dim::Event => "event",
            Dim::Service => "service",
            Dim::Association => "association",
            Dim::Language => "language",
        }
    }

    pub fn from_code(s: &str) -> Option<Dim> {
        Dim::ALL.into_iter().find(|d| d.code() == s)
    }

    /// The key of `g` along this dimension, or None when it does not apply
    /// (a service has no association; an event is not a service).
    pub fn key(self, g: &Group) -> Option<String> {
        match self {
            Dim::Topic => Some(g.topic.clone()),
            Dim::Language => Some(g.lang.clone()),
            Dim::Event => g
                .event_id
                .filter(|_| g.kind == "event")
                .map(|e| e.to_string()),
            Dim::Service => g.service_id.clone().filter(|_| g.kind == "service"),
            Dim::Association => (g.kind == "event").then(|| {
                g.association_id
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "none".into())
            }),
        }
    }
}

/// Groups summed along `dim`, most responses first.
pub fn rollup(groups: &[Group], dim: Dim) -> Vec<(String, Counts)> {
    let mut m: HashMap<String, Counts> = HashMap::new();
    for g in groups {
        if let Some(k) = dim.key(g) {
            m.entry(k).or_default().add(&g.counts);
        }
    }
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort_by(|a, b| {
        b.1.responses
            .cmp(&a.1.responses)
            .then_with(|| a.0.cmp(&b.0))
    });
    v
}

/// Everything summed (for the headline and the distribution chart).
pub fn total(groups: &[Group]) -> Counts {
    let mut c = Counts::default();
    for g in groups {
        c.add(&g.counts);
    }
    c
}

fn csv_bytes(
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> anyhow::Result<Vec<u8>> {
    let mut w = crate::sheet::Writer::new();
    w.row(header)?;
    for r in rows {
        w.row(&r)?;
    }
    w.finish()
}

/// feedback.csv: every dimension's groups, as /report shows them; a small
/// group has "<5" responses and empty figures.
pub fn feedback_csv(
    groups: &[Group],
    dims: &[Dim],
    label: &dyn Fn(Dim, &str) -> String,
) -> anyhow::Result<Vec<u8>> {
    let mut header = vec![
        "dimension",
        "key",
        "label",
        "responses",
        "average_rating",
        "stars_1",
        "stars_2",
        "stars_3",
        "stars_4",
        "stars_5",
        "thumbs_up",
        "thumbs_down",
    ];
    let reason_cols: Vec<String> = Reason::ALL
        .iter()
        .map(|r| format!("reason_{}", r.code().replace('-', "_")))
        .collect();
    header.extend(reason_cols.iter().map(String::as_str));
    header.push("comments");
    let mut rows = vec![];
    let disclosure = disclose(groups);
    for &dim in dims {
        for (key, c) in rollup(groups, dim) {
            let mut row = vec![dim.code().to_owned(), key.clone(), label(dim, &key)];
            if disclosure.shown(dim, &key) {
                row.push(c.responses.to_string());
                if ratings_shown(&c) {
                    row.push(c.average().map(|a| format!("{a:.2}")).unwrap_or_default());
                    row.extend(c.stars.iter().map(i64::to_string));
                } else {
                    row.extend(std::iter::repeat_n(String::new(), 6));
                }
                if thumbs_shown(&c) {
                    row.push(c.up.to_string());
                    row.push(c.down.to_string());
                } else {
                    row.extend([String::new(), String::new()]);
                }
                row.extend(c.reasons.iter().map(i64::to_string));
                row.push(c.comments.to_string());
            } else if shown(&c) {
                // Big enough itself, hidden so a small group stays hidden.
                row.push("hidden".into());
                row.extend(std::iter::repeat_n(String::new(), header.len() - 4));
            } else {
                row.push(format!("<{MIN_GROUP}"));
                row.extend(std::iter::repeat_n(String::new(), header.len() - 4));
            }
            rows.push(row);
        }
    }
    csv_bytes(&header, rows)
}

/// participation.csv: sign-ups, attendance and no-shows per event.
pub fn participation_csv(
    rows: &[Participation],
    title: &dyn Fn(&Participation) -> String,
    when: &dyn Fn(i64) -> String,
) -> anyhow::Result<Vec<u8>> {
    csv_bytes(
        &[
            "event_id",
            "title",
            "kind",
            "topic",
            "association",
            "starts_at",
            "ends_at",
            "capacity",
            "status",
            "signed_up",
            "waitlist",
            "withdrawn",
            "attendance_taken",
            "attended",
            "no_shows",
        ],
        rows.iter().map(|p| {
            vec![
                p.event_id.to_string(),
                title(p),
                p.kind.clone(),
                p.topic.clone(),
                p.association.clone(),
                when(p.starts_at),
                when(p.ends_at),
                p.capacity.to_string(),
                if p.cancelled {
                    "cancelled"
                } else {
                    "scheduled"
                }
                .into(),
                p.confirmed.to_string(),
                p.waitlist.to_string(),
                p.withdrawn.to_string(),
                if p.marked > 0 { "yes" } else { "no" }.into(),
                if p.marked > 0 {
                    p.attended.to_string()
                } else {
                    String::new()
                },
                p.no_shows().map(|n| n.to_string()).unwrap_or_default(),
            ]
        }),
    )
}

/// broadcast_reach.csv: how many people each announcement reached.
pub fn reach_csv(
    rows: &[Reach],
    audience: &dyn Fn(&str) -> String,
    when: &dyn Fn(i64) -> String,
) -> anyhow::Result<Vec<u8>> {
    csv_bytes(
        &[
            "broadcast_id",
            "started_at",
            "audience",
            "recipients",
            "delivered",
            "unreachable",
            "failed",
            "pending",
        ],
        rows.iter().map(|r| {
            vec![
                r.broadcast_id.to_string(),
                when(r.started_at),
                audience(&r.audience),
                r.recipients.to_string(),
                r.sent.to_string(),
                r.unreachable.to_string(),
                r.failed.to_string(),
                r.pending.to_string(),
            ]
        }),
    )
}

/// Average rating per topic per bucket, None where a bucket is too small.
pub fn series(
    rows: &[(String, i64, i64, i64)],
    buckets: usize,
) -> BTreeMap<String, Vec<Option<f64>>> {
    let mut out: BTreeMap<String, Vec<Option<f64>>> = BTreeMap::new();
    for (topic, b, n, sum) in rows {
        let v = out
            .entry(topic.clone())
            .or_insert_with(|| vec![None; buckets]);
        if let Some(slot) = v.get_mut(*b as usize)
            && *n >= MIN_GROUP
        {
            *slot = Some(*sum as f64 / *n as f64);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(kind: &str, event: Option<i64>, topic: &str, lang: &str, stars: [i64; 5]) -> Group {
        Group {
            kind: kind.into(),
            event_id: event,
            service_id: (kind == "service").then(|| "S1".into()),
            association_id: event.map(|_| 7),
            topic: topic.into(),
            lang: lang.into(),
            counts: Counts {
                responses: stars.iter().sum(),
                stars,
                ..Counts::default()
            },
        }
    }

    #[test]
    fn rollups_sum_along_one_dimension() {
        let groups = [
            g("event", Some(1), "work", "ar", [0, 0, 1, 2, 3]),
            g("event", Some(1), "work", "fr", [0, 0, 0, 1, 0]),
            g("event", Some(2), "health", "ar", [1, 0, 0, 0, 0]),
        ];
        let by_event = rollup(&groups, Dim::Event);
        assert_eq!(by_event[0].0, "1");
        assert_eq!(by_event[0].1.responses, 7);
        assert_eq!(
            by_event[0].1.average(),
            Some((3.0 + 8.0 + 15.0 + 4.0) / 7.0)
        );
        let by_lang = rollup(&groups, Dim::Language);
        assert_eq!(
            by_lang[0],
            ("ar".into(), {
                let mut c = groups[0].counts.clone();
                c.add(&groups[2].counts);
                c
            })
        );
        assert!(shown(&by_event[0].1));
        assert!(!shown(&by_event[1].1));
        assert!(rollup(&groups, Dim::Service).is_empty());
    }

    #[test]
    fn small_groups_have_no_figures_in_csv() {
        let groups = [
            g("event", Some(1), "work", "ar", [0, 0, 1, 2, 3]),
            g("event", Some(2), "health", "it", [1, 0, 0, 0, 0]),
            g("event", Some(3), "health", "fr", [0, 0, 0, 2, 3]),
            g("event", Some(4), "health", "ar", [0, 0, 0, 2, 3]),
        ];
        let csv = feedback_csv(&groups, &[Dim::Event], &|_, k| format!("E{k}")).unwrap();
        let text = String::from_utf8(csv).unwrap();
        let lines: Vec<_> = text.lines().collect();
        assert!(lines[0].starts_with("dimension,key,label,responses,average_rating"));
        assert!(
            lines[1].starts_with("event,1,E1,6,4.33,0,0,1,2,3,"),
            "{}",
            lines[1]
        );
        // Event 3 (5) is hidden with event 2 (1): otherwise the total minus
        // the shown events would be event 2's one answer.
        assert!(lines[2].starts_with("event,3,E3,hidden,,"), "{}", lines[2]);
        assert!(lines[3].starts_with("event,4,E4,5,4.60,"), "{}", lines[3]);
        assert!(lines[4].starts_with("event,2,E2,<5,,"), "{}", lines[4]);
    }

    #[test]
    fn series_hide_small_buckets() {
        let rows = vec![
            ("work".to_string(), 0, 6, 24),
            ("work".to_string(), 2, 4, 20),
        ];
        let s = series(&rows, 3);
        assert_eq!(s["work"], vec![Some(4.0), None, None]);
    }

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
    fn five_responses_with_one_rating_show_no_average() {
        // Reproduced: an event with 5 responses but 1 rating showed that
        // rating as an average and a distribution.
        let mut one = g("event", Some(1), "work", "ar", [0, 0, 0, 0, 1]);
        one.counts.responses = 5;
        assert!(shown(&one.counts));
        assert!(!ratings_shown(&one.counts));
        let csv = feedback_csv(&[one], &[Dim::Event], &|_, k| format!("E{k}")).unwrap();
        let text = String::from_utf8(csv).unwrap();
        let row = text.lines().nth(1).unwrap();
        assert!(row.starts_with("event,1,E1,5,,,,,,,"), "{row}");
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
