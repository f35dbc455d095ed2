//! "Open now" and "opens next", evaluated in the service's own time zone at
//! the injected clock's time.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, NaiveTime, Utc};
use opening_hours::RuleKind;

use super::model::Service;

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// No opening hours are known.
    Unknown,
    /// Open; closes at this local time (None if it never closes soon).
    Open { until: Option<NaiveDateTime> },
    /// Closed; next opening at this local time, if any within two weeks.
    Closed { opens: Option<NaiveDateTime> },
}

pub fn local_now(s: &Service, now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&s.region.timezone()).naive_local()
}

pub fn status(s: &Service, now: DateTime<Utc>) -> Status {
    let Some(oh) = &s.hours else {
        return Status::Unknown;
    };
    let local = local_now(s, now);
    let horizon = local + Duration::days(14);
    let mut ranges = oh.iter_range(local, horizon);
    match ranges.next() {
        None => Status::Closed { opens: None },
        Some(r) if r.kind == RuleKind::Open => Status::Open {
            until: (r.range.end < horizon).then_some(r.range.end),
        },
        Some(_) => Status::Closed {
            opens: ranges
                .find(|r| r.kind == RuleKind::Open)
                .map(|r| r.range.start),
        },
    }
}

/// Today's open intervals in local time, as "09:00–12:30".
pub fn today(s: &Service, now: DateTime<Utc>) -> Option<Vec<String>> {
    let oh = s.hours.as_ref()?;
    let local = local_now(s, now);
    let start = local.date().and_time(NaiveTime::MIN);
    let end = start + Duration::days(1);
    Some(
        oh.iter_range(start, end)
            .filter(|r| r.kind == RuleKind::Open)
            .map(|r| {
                let to = if r.range.end >= end {
                    "24:00".to_owned()
                } else {
                    r.range.end.format("%H:%M").to_string()
                };
                format!("{}–{}", r.range.start.format("%H:%M"), to)
            })
            .collect(),
    )
}

/// 1 = Monday … 7 = Sunday.
pub fn weekday_number(t: NaiveDateTime) -> u32 {
    t.weekday().number_from_monday()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::TimeZone;

    use super::*;
    use crate::{
        directory::model::{Region, Subtopic, Texts},
        domain::Topic,
        i18n::Lang,
    };

    fn svc(hours: &str, region: Region) -> Service {
        Service {
            id: "x".into(),
            organisation: "o".into(),
            topic: Topic::Health,
            subtopic: Subtopic::Gp,
            region,
            city: "c".into(),
            address: String::new(),
            coords: None,
            phone: String::new(),
            email: String::new(),
            website: String::new(),
            opening_hours: hours.into(),
            hours: Some(hours.parse().unwrap()),
            languages: vec![],
            free: None,
            without_permit: None,
            source_url: String::new(),
            last_verified: None,
            texts: BTreeMap::from([(
                Lang::SOURCE.code().into(),
                Texts {
                    name: "n".into(),
                    ..Default::default()
                },
            )]),
        }
    }

    #[test]
    fn open_and_closed_in_local_time() {
        let s = svc("Mo-Fr 09:00-12:30", Region::Piedmont);
        // Wednesday 2027-03-03 08:30 UTC = 09:30 in Rome.
        let t = Utc.with_ymd_and_hms(2027, 3, 3, 8, 30, 0).unwrap();
        assert!(
            matches!(status(&s, t), Status::Open { until: Some(u) } if u.format("%H:%M").to_string() == "12:30")
        );
        assert_eq!(today(&s, t).unwrap(), vec!["09:00–12:30"]);
        // Saturday: closed, opens Monday 09:00.
        let t = Utc.with_ymd_and_hms(2027, 3, 6, 10, 0, 0).unwrap();
        match status(&s, t) {
            Status::Closed { opens: Some(o) } => {
                assert_eq!(weekday_number(o), 1);
                assert_eq!(o.format("%H:%M").to_string(), "09:00");
            }
            other => panic!("{other:?}"),
        }
        assert!(today(&s, t).unwrap().is_empty());
    }

    #[test]
    fn barcelona_is_evaluated_in_madrid_time() {
        let s = svc("Mo-Su 09:00-10:00", Region::Catalonia);
        // 08:30 UTC in summer = 10:30 in Madrid: closed.
        let t = Utc.with_ymd_and_hms(2027, 7, 1, 8, 30, 0).unwrap();
        assert!(matches!(status(&s, t), Status::Closed { .. }));
        let t = Utc.with_ymd_and_hms(2027, 7, 1, 7, 30, 0).unwrap();
        assert!(matches!(status(&s, t), Status::Open { .. }));
    }
}
