//! What /report shows, as plain data: groups rolled up along one dimension,
//! small groups hidden, and the same figures as CSV files.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use chrono::{DateTime, Utc};

pub use super::disclose::{Disclosure, disclose};
use super::{
    model::{Kind, Reason},
    store::{Counts, Group},
};
use crate::{
    events::model::Event,
    reports::{Audience, Participation, Reach},
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
pub(crate) fn few(n: i64) -> bool {
    n > 0 && n < MIN_GROUP
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
                .filter(|_| g.kind == Kind::Event)
                .map(|e| e.to_string()),
            Dim::Service => g.service_id.clone().filter(|_| g.kind == Kind::Service),
            Dim::Association => (g.kind == Kind::Event).then(|| {
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
    rows: &[(Event, Participation)],
    title: &dyn Fn(&Event) -> String,
    when: &dyn Fn(DateTime<Utc>) -> String,
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
        rows.iter().map(|(e, p)| {
            vec![
                p.event_id.to_string(),
                title(e),
                e.kind.code().to_owned(),
                e.topic.code().to_owned(),
                p.association.clone(),
                when(e.starts_at),
                when(e.ends_at),
                e.capacity.to_string(),
                if e.cancelled {
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
    audience: &dyn Fn(&Audience) -> String,
    when: &dyn Fn(DateTime<Utc>) -> String,
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
pub(crate) mod tests {
    use super::*;

    pub(crate) fn g(
        kind: &str,
        event: Option<i64>,
        topic: &str,
        lang: &str,
        stars: [i64; 5],
    ) -> Group {
        Group {
            kind: Kind::from_code(kind).unwrap(),
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
}
