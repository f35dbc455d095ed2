//! Calendar files (.ics) sent on sign-up, made with the icalendar crate.

use chrono::{DateTime, Datelike, Duration, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};

use super::model::Event;
use crate::i18n::Lang;

/// An iCalendar file for `e` in `lang`, in time zone `tz`, with one alarm
/// per reminder offset (minutes before the start).
pub fn ics(
    e: &Event,
    lang: Lang,
    tz: chrono_tz::Tz,
    offsets: &[i64],
    now: DateTime<Utc>,
) -> String {
    let (t, _) = e.texts_in(lang);
    let local = |t: DateTime<Utc>| (t.with_timezone(&tz).naive_local(), tz);
    let mut ev = icalendar::Event::new();
    ev.uid(&format!("event-{}@discorsi", e.id))
        .summary(&t.title)
        .timestamp(now)
        .starts(local(e.starts_at))
        .ends(local(e.ends_at));
    if !t.description.is_empty() {
        ev.description(&t.description);
    }
    let location = if e.place.is_empty() {
        &e.online_url
    } else {
        &e.place
    };
    if !location.is_empty() {
        ev.location(location);
    }
    if let Some((lat, lon)) = e.coords {
        ev.add_property("GEO", format!("{lat};{lon}"));
    }
    if !e.online_url.is_empty() {
        ev.url(&e.online_url);
    }
    for off in offsets {
        ev.alarm(Alarm::display(
            &t.title,
            Trigger::before_start(Duration::minutes(*off)),
        ));
    }
    let mut cal = Calendar::new();
    cal.push(ev.done());
    let text = cal.done().to_string();
    // Clients that do not know IANA names (Outlook) need the zone's rules.
    let year = local(e.starts_at).0.year();
    match vtimezone(tz, year) {
        Some(block) => text.replacen("BEGIN:VEVENT", &format!("{block}BEGIN:VEVENT"), 1),
        None => text,
    }
}

/// A VTIMEZONE for `tz`: European summer time rules (last Sunday of March
/// and October) where the zone observes them, a fixed offset otherwise.
fn vtimezone(tz: chrono_tz::Tz, year: i32) -> Option<String> {
    use chrono::{Offset, TimeZone};
    let offset = |m: u32| {
        tz.with_ymd_and_hms(year, m, 1, 12, 0, 0)
            .single()
            .map(|t| t.offset().fix().local_minus_utc())
    };
    let (winter, summer) = (offset(1)?, offset(7)?);
    let fmt = |secs: i32| {
        format!(
            "{}{:02}{:02}",
            if secs < 0 { '-' } else { '+' },
            secs.abs() / 3600,
            secs.abs() % 3600 / 60
        )
    };
    let name = tz.name();
    let mut out = format!("BEGIN:VTIMEZONE\r\nTZID:{name}\r\n");
    if winter == summer {
        out.push_str(&format!(
            "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:{0}\r\nTZOFFSETTO:{0}\r\nEND:STANDARD\r\n",
            fmt(winter)
        ));
    } else if name.starts_with("Europe/") {
        out.push_str(&format!(
            "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:{w}\r\nTZOFFSETTO:{s}\r\nEND:DAYLIGHT\r\n\
             BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:{s}\r\nTZOFFSETTO:{w}\r\nEND:STANDARD\r\n",
            w = fmt(winter),
            s = fmt(summer)
        ));
    } else {
        return None;
    }
    out.push_str("END:VTIMEZONE\r\n");
    Some(out)
}
