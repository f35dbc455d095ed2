//! Time helpers shared by features: storage is unix seconds in UTC.

use chrono::{DateTime, TimeZone, Utc};

/// The years a typed date may fall in. Anything else is answered with a
/// hint: far-off years are typos, and chrono cannot work near its limits.
pub const MIN_YEAR: i32 = 2000;
pub const MAX_YEAR: i32 = 2100;
/// 2000-01-01T00:00:00Z and 2100-12-31T23:59:59Z.
const MIN_TS: i64 = 946_684_800;
const MAX_TS: i64 = 4_133_980_799;

/// Whether unix seconds `ts` fall in the sane range.
pub fn sane(ts: i64) -> bool {
    (MIN_TS..=MAX_TS).contains(&ts)
}

/// Unix seconds as a time in `tz`. A value outside the sane range (stored
/// by an older version, or by hand) is clamped into it, so that no stored
/// value can make a screen panic.
pub fn local<Tz: TimeZone>(ts: i64, tz: &Tz) -> DateTime<Tz> {
    DateTime::<Utc>::from_timestamp(ts.clamp(MIN_TS, MAX_TS), 0)
        .unwrap_or_default()
        .with_timezone(tz)
}

/// Unix seconds as a UTC time, clamped into the sane range: how a store
/// turns a stored column into a time, once, where the row is read.
pub fn utc(ts: i64) -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(ts.clamp(MIN_TS, MAX_TS), 0).unwrap_or_default()
}

/// Unix seconds as an RFC 3339 UTC string, for exports.
pub fn iso(ts: i64) -> String {
    DateTime::<Utc>::from_timestamp(ts, 0)
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}

/// Why a typed date and time was not accepted.
#[derive(Debug, PartialEq, Eq)]
pub enum WhenError {
    Unreadable,
    InThePast,
}

/// Reads a local date and time as people type it — `25/3 18:30`,
/// `25/03/2027 18.30`, `25-03-27 9:05`, or just `18:30` for today — in `tz`.
/// A date without a year is the next such date from `now`. Arabic-Indic
/// and Persian digits count as digits (`٢٥/٣ ١٨:٣٠`).
pub fn parse_when<Tz: chrono::TimeZone>(
    text: &str,
    tz: &Tz,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, WhenError> {
    use chrono::{Datelike, NaiveDate, NaiveTime};
    let text = crate::text::ascii_digits(text);
    let text = text.trim();
    let local_now = now.with_timezone(tz).naive_local();
    let (date_part, time_part) = match text.rsplit_once(char::is_whitespace) {
        Some((d, t)) => (Some(d.trim()), t),
        None => (None, text),
    };
    let (h, m) = time_part
        .split_once([':', '.', 'h'])
        .ok_or(WhenError::Unreadable)?;
    let time = NaiveTime::from_hms_opt(
        h.parse().map_err(|_| WhenError::Unreadable)?,
        m.parse().map_err(|_| WhenError::Unreadable)?,
        0,
    )
    .ok_or(WhenError::Unreadable)?;
    let date = match date_part {
        None => local_now.date(),
        Some(d) => {
            let parts: Vec<&str> = d.split(['/', '-', '.']).collect();
            let num = |s: &str| s.parse::<u32>().map_err(|_| WhenError::Unreadable);
            match parts.as_slice() {
                [day, month] => {
                    let (day, month) = (num(day)?, num(month)?);
                    let this_year = NaiveDate::from_ymd_opt(local_now.year(), month, day)
                        .ok_or(WhenError::Unreadable)?;
                    if this_year.and_time(time) < local_now {
                        NaiveDate::from_ymd_opt(local_now.year() + 1, month, day)
                            .ok_or(WhenError::Unreadable)?
                    } else {
                        this_year
                    }
                }
                [day, month, year] => {
                    let y = match num(year)? {
                        y @ 0..100 => 2000 + y as i32,
                        y => i32::try_from(y).map_err(|_| WhenError::Unreadable)?,
                    };
                    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
                        return Err(WhenError::Unreadable);
                    }
                    NaiveDate::from_ymd_opt(y, num(month)?, num(day)?)
                        .ok_or(WhenError::Unreadable)?
                }
                _ => return Err(WhenError::Unreadable),
            }
        }
    };
    let local = date.and_time(time);
    let utc = tz
        .from_local_datetime(&local)
        .earliest()
        .ok_or(WhenError::Unreadable)?
        .with_timezone(&Utc);
    if !sane(utc.timestamp()) {
        return Err(WhenError::Unreadable);
    }
    if utc <= now {
        return Err(WhenError::InThePast);
    }
    Ok(utc)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn dates_as_people_type_them() {
        assert!(sane(MIN_TS) && sane(MAX_TS) && !sane(MAX_TS + 1));
        let far = local(i64::MAX, &chrono_tz::Europe::Rome);
        assert_eq!(chrono::Datelike::year(&far.with_timezone(&Utc)), MAX_YEAR);
        let tz = chrono_tz::Europe::Rome;
        let now = Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap(); // 10:00 in Rome
        let at = |s| parse_when(s, &tz, now);
        let expect = |y, mo, d, h, mi| {
            tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
                .unwrap()
                .with_timezone(&Utc)
        };
        assert_eq!(at("25/3 18:30"), Ok(expect(2027, 3, 25, 18, 30)));
        assert_eq!(at("25/03/2027 18.30"), Ok(expect(2027, 3, 25, 18, 30)));
        assert_eq!(at("25-03-27 9:05"), Ok(expect(2027, 3, 25, 9, 5)));
        assert_eq!(at("18:30"), Ok(expect(2027, 3, 1, 18, 30)));
        // Without a year, a date already gone this year means next year.
        assert_eq!(at("1/2 10:00"), Ok(expect(2028, 2, 1, 10, 0)));
        assert_eq!(at("09:00"), Err(WhenError::InThePast));
        assert_eq!(at("01/01/2020 10:00"), Err(WhenError::InThePast));
        // Arabic-Indic and Persian digits, as Arabic and Persian keyboards type them.
        assert_eq!(at("٢٥/٣ ١٨:٣٠"), Ok(expect(2027, 3, 25, 18, 30)));
        assert_eq!(at("٢٥/٠٣/٢٠٢٧ ١٨٫٣٠"), Ok(expect(2027, 3, 25, 18, 30)));
        assert_eq!(at("۲۵-۰۳-۲۷ ۹:۰۵"), Ok(expect(2027, 3, 25, 9, 5)));
        assert_eq!(at("\u{200F}١٨:٣٠"), Ok(expect(2027, 3, 1, 18, 30)));
        assert_eq!(at("١/٢ ١٠:٠٠"), Ok(expect(2028, 2, 1, 10, 0)));
        assert_eq!(at("٠٩:٠٠"), Err(WhenError::InThePast));
        for bad in [
            "",
            "domani",
            "32/3 10:00",
            "25/3 25:00",
            "25/3",
            "a/b 10:00",
            "31/12/262142 22:30",
            "1/1/2101 10:00",
            "1/1/1999 10:00",
            "1/1/4294967295 10:00",
            "1/1/99999999999999999999 10:00",
            "٣٢/٣ ١٠:٠٠",
            "٢٥/٣ ٢٥:٠٠",
            "٢٥/٣",
            "١/١/٢١٠١ ١٠:٠٠",
            "①/② 10:00",
            "²⁵/3 10:00",
        ] {
            assert_eq!(at(bad), Err(WhenError::Unreadable), "{bad}");
        }
    }
}
