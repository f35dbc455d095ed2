//! The help desk in /report: per association and per topic, questions
//! asked, the median time to the first answer, the share answered within
//! 48 hours and the share rated helpful, under the small-group rule.

use std::collections::{BTreeMap, BTreeSet};

use super::report::MIN_GROUP;
use crate::reports::{AskedQuestion, DeskKey};

/// One desk's figures; None where a figure would rest on fewer than
/// `MIN_GROUP` people.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskFigures {
    pub desk: DeskKey,
    /// Questions asked, if at least `MIN_GROUP` people asked them.
    pub asked: Option<i64>,
    /// Median minutes to the first answer, over answered questions.
    pub median_minutes: Option<i64>,
    /// Percent of the questions answered within 48 hours.
    pub within_48h: Option<i64>,
    /// Percent of the rated questions rated helpful.
    pub helpful: Option<i64>,
}

/// How many people a set of questions rests on: distinct askers, with the
/// askers who erased their data counted as one person at most (they may
/// all have been the same one).
fn people<'a>(qs: impl Iterator<Item = &'a AskedQuestion>) -> i64 {
    let mut ids = BTreeSet::new();
    let mut anonymous = false;
    for q in qs {
        match q.asker {
            Some(id) => {
                ids.insert(id);
            }
            None => anonymous = true,
        }
    }
    ids.len() as i64 + i64::from(anonymous)
}

/// The figures of each desk, desks in a stable order.
pub fn desk_figures(questions: &[AskedQuestion]) -> Vec<DeskFigures> {
    let mut desks: BTreeMap<DeskKey, Vec<&AskedQuestion>> = BTreeMap::new();
    for q in questions {
        desks.entry(q.desk.clone()).or_default().push(q);
    }
    desks
        .into_iter()
        .map(|(desk, qs)| {
            let enough = people(qs.iter().copied()) >= MIN_GROUP;
            let answered: Vec<&AskedQuestion> = qs
                .iter()
                .copied()
                .filter(|q| q.first_answer_at.is_some())
                .collect();
            let mut waits: Vec<i64> = answered
                .iter()
                .filter_map(|q| q.first_answer_at.map(|a| (a - q.asked_at).num_minutes()))
                .collect();
            waits.sort_unstable();
            let median = if enough && people(answered.iter().copied()) >= MIN_GROUP {
                waits.get(waits.len() / 2).copied()
            } else {
                None
            };
            let within = waits.iter().filter(|m| **m <= 48 * 60).count() as i64;
            let rated: Vec<&AskedQuestion> =
                qs.iter().copied().filter(|q| q.helpful.is_some()).collect();
            let helpful = (enough && people(rated.iter().copied()) >= MIN_GROUP).then(|| {
                let yes = rated.iter().filter(|q| q.helpful == Some(true)).count() as i64;
                percent(yes, rated.len() as i64)
            });
            DeskFigures {
                desk,
                asked: enough.then_some(qs.len() as i64),
                median_minutes: median,
                within_48h: enough.then(|| percent(within, qs.len() as i64)),
                helpful,
            }
        })
        .collect()
}

fn percent(part: i64, whole: i64) -> i64 {
    if whole == 0 {
        0
    } else {
        (part * 100 + whole / 2) / whole
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn figures_hide_what_rests_on_fewer_than_five_people() {
        let t0 = crate::time::utc(1_800_000_000);
        let q = |asker: Option<i64>, answer_h: Option<i64>, helpful: Option<bool>| AskedQuestion {
            desk: DeskKey::Association(1),
            asker,
            asked_at: t0,
            first_answer_at: answer_h.map(|h| t0 + Duration::hours(h)),
            helpful,
        };
        // Seven questions from four people and some who left: 5 people.
        let rows = vec![
            q(Some(1), Some(1), Some(true)),
            q(Some(1), Some(3), Some(true)),
            q(Some(2), Some(50), Some(false)),
            q(Some(3), Some(2), None),
            q(Some(4), None, None),
            q(None, Some(10), Some(true)),
            q(None, Some(20), None),
        ];
        let f = &desk_figures(&rows)[0];
        assert_eq!(f.asked, Some(7));
        // Answered for 3 known people and the anonymous: 4 people, hidden.
        assert_eq!(f.median_minutes, None);
        assert_eq!(f.within_48h, Some(percent(5, 7)));
        assert_eq!(f.helpful, None);
        // One more answered person: the median shows (1,2,3,10,20,50,h).
        let mut more = rows.clone();
        more.push(q(Some(5), Some(5), Some(true)));
        more.push(q(Some(6), Some(6), Some(false)));
        let f = &desk_figures(&more)[0];
        assert_eq!(f.median_minutes, Some(6 * 60));
        assert_eq!(f.helpful, Some(percent(4, 6)));
        // Four people: nothing at all.
        let few: Vec<_> = rows.into_iter().filter(|r| r.asker.is_some()).collect();
        let f = &desk_figures(&few)[0];
        assert_eq!(
            (f.asked, f.median_minutes, f.within_48h, f.helpful),
            (None, None, None, None)
        );
    }
}
