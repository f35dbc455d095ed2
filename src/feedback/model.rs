//! The feedback vocabulary: ratings, reasons, comments and report periods,
//! each validated where it enters (a button's data, a typed text).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// What a feedback row is about: an event (stars) or a service (thumbs).
/// Stored as its code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Kind {
    #[default]
    Event,
    Service,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Service => "service",
        }
    }

    pub fn from_code(s: &str) -> Option<Kind> {
        [Kind::Event, Kind::Service]
            .into_iter()
            .find(|k| k.code() == s)
    }
}

/// Compared with its stored code.
impl PartialEq<&str> for Kind {
    fn eq(&self, code: &&str) -> bool {
        self.code() == *code
    }
}

/// A rating from 1 to 5 stars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating(u8);

impl Rating {
    /// One star to five.
    pub const ALL: [Rating; 5] = [Rating(1), Rating(2), Rating(3), Rating(4), Rating(5)];

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

/// A report period: whole local days, `from` inclusive to `to` exclusive.
/// Stored in the dialogue state as unix seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    #[serde(with = "chrono::serde::ts_seconds")]
    pub from: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_seconds")]
    pub to: DateTime<Utc>,
}

/// The calendar spans a report may cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Span {
    Week,
    Month,
    Quarter,
    Year,
}

impl Span {
    pub const ALL: [Span; 4] = [Span::Week, Span::Month, Span::Quarter, Span::Year];

    pub fn code(self) -> &'static str {
        match self {
            Span::Week => "week",
            Span::Month => "month",
            Span::Quarter => "quarter",
            Span::Year => "year",
        }
    }

    pub fn from_code(s: &str) -> Option<Span> {
        Span::ALL.into_iter().find(|x| x.code() == s)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum PeriodError {
    /// Not a month, quarter or year.
    Unreadable,
    /// It has not ended yet.
    NotOver,
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

    /// The calendar `span` containing `now` (`back` = 0), or the one
    /// `back` spans before it. Reports cover only such coarse periods, so
    /// that two overlapping periods cannot be subtracted to single out one
    /// day's answers.
    pub fn calendar<Tz: TimeZone>(span: Span, back: u32, now: DateTime<Utc>, tz: &Tz) -> Period {
        use chrono::Datelike;
        let today = crate::time::local(now.timestamp(), tz).date_naive();
        let (start, end) = match span {
            Span::Week => {
                let monday = today
                    .checked_sub_days(chrono::Days::new(u64::from(
                        today.weekday().num_days_from_monday(),
                    )))
                    .unwrap_or(today);
                let start = monday
                    .checked_sub_days(chrono::Days::new(7 * u64::from(back)))
                    .unwrap_or(monday);
                (start, start.checked_add_days(chrono::Days::new(7)))
            }
            Span::Month | Span::Quarter | Span::Year => {
                let months = match span {
                    Span::Month => 1,
                    Span::Quarter => 3,
                    _ => 12,
                };
                let index = today.year() * 12 + today.month0() as i32;
                let first = index - index.rem_euclid(months) - months * back as i32;
                let month_start = |i: i32| {
                    NaiveDate::from_ymd_opt(i.div_euclid(12), i.rem_euclid(12) as u32 + 1, 1)
                };
                (
                    month_start(first).unwrap_or(today),
                    month_start(first + months),
                )
            }
        };
        let end = end.unwrap_or(start);
        Period {
            from: day_start(start, tz),
            to: day_start(end, tz),
        }
    }

    /// A month ("10/2026"), a quarter ("Q3 2026") or a year ("2026"), typed.
    pub fn parse<Tz: TimeZone>(
        text: &str,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Period, PeriodError> {
        let t = crate::text::ascii_digits(text).trim().to_uppercase();
        let year = |y: &str| {
            y.trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (crate::time::MIN_YEAR..=crate::time::MAX_YEAR).contains(y))
        };
        let first_month = if let Some((m, y)) = t.split_once(['/', '-', '.']) {
            let m = m
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=12).contains(m));
            m.zip(year(y)).map(|(m, y)| (y, m, Span::Month))
        } else if let Some(rest) = t.strip_prefix('Q') {
            let (q, y) = rest.split_once(' ').ok_or(PeriodError::Unreadable)?;
            let q = q.parse::<u32>().ok().filter(|q| (1..=4).contains(q));
            q.zip(year(y))
                .map(|(q, y)| (y, (q - 1) * 3 + 1, Span::Quarter))
        } else {
            year(&t).map(|y| (y, 1, Span::Year))
        };
        let (y, m, span) = first_month.ok_or(PeriodError::Unreadable)?;
        let start = NaiveDate::from_ymd_opt(y, m, 1).ok_or(PeriodError::Unreadable)?;
        let noon = tz
            .from_local_datetime(
                &start.and_time(chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()),
            )
            .earliest()
            .ok_or(PeriodError::Unreadable)?
            .with_timezone(&Utc);
        let p = Period::calendar(span, 0, noon, tz);
        // Only periods that have ended: one still running would change by
        // one person's answer between two looks.
        if p.to > now {
            return Err(PeriodError::NotOver);
        }
        Ok(p)
    }

    /// The period as a pair of times, for queries that take them.
    pub fn bounds(self) -> (DateTime<Utc>, DateTime<Utc>) {
        (self.from, self.to)
    }

    /// From the first to the last second of the period, all time.
    pub fn everything() -> Period {
        Period {
            from: crate::time::utc(i64::MIN),
            to: crate::time::utc(i64::MAX),
        }
    }

    pub fn days(&self) -> i64 {
        ((self.to - self.from).num_seconds() as f64 / 86400.0).round() as i64
    }
}

fn day_start<Tz: TimeZone>(d: NaiveDate, tz: &Tz) -> DateTime<Utc> {
    let midnight = d.and_time(chrono::NaiveTime::MIN);
    tz.from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| midnight.and_utc())
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
    fn periods_are_calendar_weeks_months_quarters_and_years() {
        let tz = chrono_tz::Europe::Rome;
        // Thursday 26/11/2026.
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap();
        let local = |y, m, d| {
            tz.with_ymd_and_hms(y, m, d, 0, 0, 0)
                .unwrap()
                .with_timezone(&Utc)
        };
        let week = Period::calendar(Span::Week, 0, now, &tz);
        assert_eq!(
            (week.from, week.to),
            (local(2026, 11, 23), local(2026, 11, 30))
        );
        let last_week = Period::calendar(Span::Week, 1, now, &tz);
        assert_eq!(last_week.to, week.from);
        let month = Period::calendar(Span::Month, 0, now, &tz);
        assert_eq!(
            (month.from, month.to),
            (local(2026, 11, 1), local(2026, 12, 1))
        );
        let q = Period::calendar(Span::Quarter, 1, now, &tz);
        assert_eq!((q.from, q.to), (local(2026, 7, 1), local(2026, 10, 1)));
        let y = Period::calendar(Span::Year, 1, now, &tz);
        assert_eq!((y.from, y.to), (local(2025, 1, 1), local(2026, 1, 1)));
        let january = Period::calendar(
            Span::Month,
            1,
            Utc.with_ymd_and_hms(2027, 1, 10, 12, 0, 0).unwrap(),
            &tz,
        );
        assert_eq!(january.from, local(2026, 12, 1));
        // Typed: a month, a quarter, a year; never two arbitrary days.
        assert_eq!(
            Period::parse("10/2026", now, &tz),
            Ok(Period::calendar(Span::Month, 1, now, &tz))
        );
        assert_eq!(Period::parse("q3 2026", now, &tz), Ok(q));
        assert_eq!(Period::parse("2025", now, &tz), Ok(y));
        // Arabic-Indic and Persian digits, as typed on Arabic keyboards.
        assert_eq!(Period::parse("٢٠٢٥", now, &tz), Ok(y));
        assert_eq!(Period::parse("Q٣ ۲۰۲۶", now, &tz), Ok(q));
        assert_eq!(
            Period::parse("١٠/٢٠٢٦", now, &tz),
            Period::parse("10/2026", now, &tz)
        );
        assert_eq!(
            Period::parse("12/2026", now, &tz),
            Err(PeriodError::NotOver)
        );
        for bad in [
            "16/11/2026 - 19/11/2026",
            "1/12/262142 - 31/12/262142",
            "13/2026",
            "Q5 2026",
            "262142",
            "1999",
            "last month",
            "",
        ] {
            assert_eq!(
                Period::parse(bad, now, &tz),
                Err(PeriodError::Unreadable),
                "{bad}"
            );
        }
        let week = Period::last_days(7, now, &tz);
        assert_eq!(week.days(), 7);
    }
}
