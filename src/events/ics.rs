//! Calendar files (.ics) sent on sign-up, made with the icalendar crate.

use chrono::{DateTime, Duration, Utc};
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
    let local = |ts: i64| {
        let t = DateTime::from_timestamp(ts, 0)
            .unwrap_or(now)
            .with_timezone(&tz);
        (t.naive_local(), tz)
    };
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
    cal.done().to_string()
}
