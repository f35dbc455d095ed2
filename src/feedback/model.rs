//! The feedback vocabulary: ratings, reasons, comments and report periods,
//! each validated where it enters (a button's data, a typed text).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// A rating from 1 to 5 stars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating(u8);

impl Rating {
    pub fn parse(s: &str) -> Option<Rating> {
        match s.parse::<u8>() {
            Ok(n @ 1..=5) => Some(Rating(n)),
            _ => None,
        }
    }

    pub fn get(self) -> i64 {
        self.0 as i64
    }
}

/// Why a rating or a thumb went the way it did. Stored as a bit set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Useful,
    Clear,
    Language,
    Timing,
    Place,
    TooFast,
    WrongInfo,
    Unreachable,
    NotForMe,
}

impl Reason {
    pub const ALL: [Reason; 9] = [
        Reason::Useful,
        Reason::Clear,
        Reason::Language,
        Reason::Timing,
        Reason::Place,
        Reason::TooFast,
        Reason::WrongInfo,
        Reason::Unreachable,
        Reason::NotForMe,
    ];

    /// Offered after rating an event.
    pub const EVENT: [Reason; 6] = [
        Reason::Useful,
        Reason::Clear,
        Reason::Language,
        Reason::Timing,
        Reason::Place,
        Reason::TooFast,
    ];
    /// Offered after 👍 on a service card.
    pub const SERVICE_UP: [Reason; 2] = [Reason::Useful, Reason::Clear];
    /// Offered after 👎 on a service card.
    pub const SERVICE_DOWN: [Reason; 4] = [
        Reason::WrongInfo,
        Reason::Unreachable,
        Reason::Language,
        Reason::NotForMe,
    ];

    pub fn bit(self) -> i64 {
        1 << (self as u32)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        match self {
            Reason::Useful => "useful",
            Reason::Clear => "clear",
            Reason::Language => "language",
            Reason::Timing => "timing",
            Reason::Place => "place",
            Reason::TooFast => "too-fast",
            Reason::WrongInfo => "wrong-info",
            Reason::Unreachable => "unreachable",
            Reason::NotForMe => "not-for-me",
        }
    }

    pub fn from_code(s: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.code() == s)
    }

    pub fn in_set(set: i64) -> impl Iterator<Item = Reason> {
        Reason::ALL.into_iter().filter(move |r| set & r.bit() != 0)
    }
}

/// A typed comment, trimmed, within the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment(String);

pub const MAX_COMMENT: usize = 500;

#[derive(Debug, PartialEq, Eq)]
pub enum CommentError {
    Empty,
    TooLong(usize),
}

impl Comment {
    pub fn parse(s: &str) -> Result<Comment, CommentError> {
        let s = s.trim();
        let n = s.chars().count();
        if n == 0 {
            Err(CommentError::Empty)
        } else if n > MAX_COMMENT {
            Err(CommentError::TooLong(n))
        } else {
            Ok(Comment(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name as they want it printed on a certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

pub const MAX_NAME: usize = 80;

impl PersonName {
    pub fn parse(s: &str) -> Option<PersonName> {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let n = s.chars().count();
        let ok = (2..=MAX_NAME).contains(&n)
            && s.chars().any(char::is_alphabetic)
            && !s.chars().any(|c| c.is_control() || c == '<' || c == '>');
        ok.then_some(PersonName(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A report period: whole local days, `from` inclusive to `to` exclusive,
/// as unix seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: i64,
    pub to: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum PeriodError {
    /// Not two dates.
    Unreadable,
    /// The end comes before the start.
    Reversed,
    /// Nothing of it has happened yet.
    Empty,
}

impl Period {
    /// The last `days` days up to the end of today.
    pub fn last_days<Tz: TimeZone>(days: i64, now: DateTime<Utc>, tz: &Tz) -> Period {
        let today = crate::time::local(now.timestamp(), tz).date_naive();
        let end = today
            .checked_add_days(chrono::Days::new(1))
            .unwrap_or(today);
        let back = chrono::Days::new(days.clamp(1, 36_600) as u64);
        let start = end.checked_sub_days(back).unwrap_or(end);
        Period {
            from: day_start(start, tz),
            to: day_start(end, tz),
        }
    }

    /// "1/10/2026 - 31/10/2026" (both days included).
    pub fn parse<Tz: TimeZone>(
        text: &str,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Period, PeriodError> {
        let dates: Vec<NaiveDate> = text
            .split(|c: char| c.is_whitespace() || c == '–' || c == '—' || c == ',')
            .flat_map(|w| w.split(" - "))
            .filter(|w| !w.is_empty() && *w != "-")
            .filter_map(parse_date)
            .collect();
        let [a, b] = dates[..] else {
            return Err(PeriodError::Unreadable);
        };
        if b < a {
            return Err(PeriodError::Reversed);
        }
        let after = b
            .checked_add_days(chrono::Days::new(1))
            .ok_or(PeriodError::Unreadable)?;
        let p = Period {
            from: day_start(a, tz),
            to: day_start(after, tz),
        };
        if p.from > now.timestamp() {
            return Err(PeriodError::Empty);
        }
        Ok(p)
    }

    pub fn days(&self) -> i64 {
        ((self.to - self.from) as f64 / 86400.0).round() as i64
    }
}

fn parse_date(w: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = w.split(['/', '.', '-']).collect();
    let [d, m, y] = parts[..] else {
        return None;
    };
    let (d, m, mut y) = (d.parse().ok()?, m.parse().ok()?, y.parse::<i32>().ok()?);
    if (0..100).contains(&y) {
        y += 2000;
    }
    if !(crate::time::MIN_YEAR..=crate::time::MAX_YEAR).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn day_start<Tz: TimeZone>(d: NaiveDate, tz: &Tz) -> i64 {
    let midnight = d.and_time(chrono::NaiveTime::MIN);
    tz.from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.timestamp())
        .unwrap_or_else(|| midnight.and_utc().timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_are_one_to_five() {
        assert_eq!(Rating::parse("3").map(Rating::get), Some(3));
        for bad in ["0", "6", "-1", "x", "", "255", "3.5"] {
            assert_eq!(Rating::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn reasons_round_trip_through_bits() {
        let set = Reason::Useful.bit() | Reason::Place.bit();
        assert_eq!(
            Reason::in_set(set).collect::<Vec<_>>(),
            vec![Reason::Useful, Reason::Place]
        );
        for r in Reason::ALL {
            assert_eq!(Reason::from_code(r.code()), Some(r));
        }
    }

    #[test]
    fn comments_have_a_limit() {
        assert_eq!(Comment::parse("  ok  ").unwrap().as_str(), "ok");
        assert_eq!(Comment::parse("   "), Err(CommentError::Empty));
        let long = "é".repeat(MAX_COMMENT + 1);
        assert_eq!(
            Comment::parse(&long),
            Err(CommentError::TooLong(MAX_COMMENT + 1))
        );
        assert!(Comment::parse(&"é".repeat(MAX_COMMENT)).is_ok());
    }

    #[test]
    fn names_are_plain_text() {
        assert_eq!(
            PersonName::parse("  Amina   El Idrissi ").unwrap().as_str(),
            "Amina El Idrissi"
        );
        assert_eq!(PersonName::parse("أمينة").unwrap().as_str(), "أمينة");
        assert!(PersonName::parse("1234").is_none());
        assert!(PersonName::parse("<b>x</b>").is_none());
        assert!(PersonName::parse(&"a".repeat(MAX_NAME + 1)).is_none());
    }

    #[test]
    fn periods_are_whole_days() {
        let tz = chrono_tz::Europe::Rome;
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap();
        let p = Period::parse("1/10/2026 - 31/10/2026", now, &tz).unwrap();
        assert_eq!(p.days(), 31);
        assert_eq!(
            p.from,
            Utc.with_ymd_and_hms(2026, 9, 30, 22, 0, 0)
                .unwrap()
                .timestamp()
        );
        assert_eq!(
            Period::parse("5/11/26 5/11/26", now, &tz).unwrap().days(),
            1
        );
        assert_eq!(
            Period::parse("31/10/2026 - 1/10/2026", now, &tz),
            Err(PeriodError::Reversed)
        );
        assert_eq!(
            Period::parse("1/12/2026 - 31/12/2026", now, &tz),
            Err(PeriodError::Empty)
        );
        assert_eq!(
            Period::parse("last month", now, &tz),
            Err(PeriodError::Unreadable)
        );
        assert_eq!(
            Period::parse("30/2/2026 - 1/3/2026", now, &tz),
            Err(PeriodError::Unreadable)
        );
        let week = Period::last_days(7, now, &tz);
        assert_eq!(week.days(), 7);
        assert!(week.to > now.timestamp());
    }
}
