//! Bulk import of events from CSV (staff), with the same rules as the
//! services import: every row is checked, and nothing is written if any is bad.

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, TimeZone};

use super::model::{Audience, Event, Kind, MAX_CAPACITY, Texts};
use crate::{
    domain::Topic,
    i18n::Lang,
    sheet::{RowError, err},
};

const REQUIRED: &[&str] = &["kind", "topic", "title_it", "starts", "ends", "capacity"];

pub fn columns() -> Vec<String> {
    let mut c: Vec<String> = [
        "kind",
        "topic",
        "starts",
        "ends",
        "place",
        "latitude",
        "longitude",
        "online_url",
        "capacity",
        "languages",
        "audience",
        "association_id",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for l in Lang::ALL {
        c.push(format!("title_{}", l.code()));
        c.push(format!("description_{}", l.code()));
    }
    c
}

/// Parses a file of events; times are local ("2027-03-25 18:30") in `tz`.
pub fn parse(
    bytes: &[u8],
    tz: chrono_tz::Tz,
    now: i64,
    created_by: i64,
) -> Result<Vec<Event>, Vec<RowError>> {
    let sheet = crate::sheet::read(bytes, &columns(), REQUIRED)?;
    let mut errors = sheet.malformed();
    let mut events = vec![];
    for (row, record) in sheet.rows() {
        let get = |c: &str| record.get(c);
        let before = errors.len();
        let kind = Kind::from_code(get("kind"));
        if kind.is_none() {
            errors.push(err(
                row,
                "kind",
                format!(
                    "unknown kind {:?} (use workshop, training or other)",
                    get("kind")
                ),
            ));
        }
        let topic = Topic::from_code(get("topic"));
        if topic.is_none() {
            errors.push(err(
                row,
                "topic",
                format!("unknown topic {:?}", get("topic")),
            ));
        }
        let time = |col: &str, errors: &mut Vec<RowError>| -> Option<i64> {
            match NaiveDateTime::parse_from_str(get(col), "%Y-%m-%d %H:%M") {
                Ok(t) => match tz.from_local_datetime(&t).earliest() {
                    Some(t) if !crate::time::sane(t.timestamp()) => {
                        errors.push(err(
                            row,
                            col,
                            format!(
                                "the year must be between {} and {}",
                                crate::time::MIN_YEAR,
                                crate::time::MAX_YEAR
                            ),
                        ));
                        None
                    }
                    Some(t) => Some(t.timestamp()),
                    None => {
                        errors.push(err(row, col, "this local time does not exist"));
                        None
                    }
                },
                Err(_) => {
                    errors.push(err(
                        row,
                        col,
                        format!("{:?} is not a time like 2027-03-25 18:30", get(col)),
                    ));
                    None
                }
            }
        };
        let starts = time("starts", &mut errors);
        let ends = time("ends", &mut errors);
        if let Some(s) = starts
            && s <= now
        {
            errors.push(err(row, "starts", "is in the past"));
        }
        if let (Some(s), Some(e)) = (starts, ends)
            && e <= s
        {
            errors.push(err(row, "ends", "is before the start"));
        }
        let capacity = get("capacity")
            .parse::<i64>()
            .ok()
            .filter(|c| (1..=MAX_CAPACITY).contains(c));
        if capacity.is_none() {
            errors.push(err(
                row,
                "capacity",
                format!(
                    "{:?} is not a number from 1 to {MAX_CAPACITY}",
                    get("capacity")
                ),
            ));
        }
        let audience = match get("audience") {
            "" => Some(Audience::Everyone),
            a => Audience::from_code(a),
        };
        if audience.is_none() {
            errors.push(err(row, "audience", "use everyone, members or leaders"));
        }
        let coords = match (get("latitude"), get("longitude")) {
            ("", "") => None,
            (a, b) => match (a.parse::<f64>(), b.parse::<f64>()) {
                (Ok(a), Ok(b)) if (-90.0..=90.0).contains(&a) && (-180.0..=180.0).contains(&b) => {
                    Some((a, b))
                }
                _ => {
                    errors.push(err(row, "latitude", "bad coordinates"));
                    None
                }
            },
        };
        let association_id = match get("association_id") {
            "" => None,
            a => match a.parse::<i64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    errors.push(err(row, "association_id", "is not a number"));
                    None
                }
            },
        };
        if get("place").is_empty() && get("online_url").is_empty() {
            errors.push(err(row, "place", "give a place or an online_url"));
        }
        let mut texts = BTreeMap::new();
        for l in Lang::ALL {
            let t = Texts {
                title: get(&format!("title_{}", l.code())).to_owned(),
                description: get(&format!("description_{}", l.code())).to_owned(),
            };
            if !t.title.is_empty() {
                texts.insert(l.code().to_owned(), t);
            }
        }
        if !texts.contains_key(Lang::SOURCE.code()) {
            errors.push(err(row, "title_it", "the Italian title is required"));
        }
        // Every field was read, or its error recorded above.
        let (
            Some(kind),
            Some(topic),
            Some(audience),
            Some(starts_at),
            Some(ends_at),
            Some(capacity),
        ) = (kind, topic, audience, starts, ends, capacity)
        else {
            continue;
        };
        if errors.len() > before {
            continue;
        }
        events.push(Event {
            id: 0,
            kind,
            topic,
            association_id,
            audience,
            starts_at: crate::time::utc(starts_at),
            ends_at: crate::time::utc(ends_at),
            place: get("place").to_owned(),
            coords,
            online_url: get("online_url").to_owned(),
            capacity,
            languages: get("languages")
                .split([',', ' '])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            texts,
            cancelled: false,
            created_by,
        });
    }
    if errors.is_empty() {
        Ok(events)
    } else {
        Err(errors)
    }
}
