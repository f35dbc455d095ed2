//! Event queries: events, sign-ups with the waitlist, attendance; the
//! reminder queue is in `queue`, personal data in `personal`.
//! Times cross this boundary as `DateTime<Utc>` (stored as unix seconds),
//! statuses as enums. A person's data (export, erasure) is in `personal`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::model::{Audience, Event, Kind, Texts};
pub use super::{
    personal::{
        erase, erase_organised, erase_reminders, export, export_organised, export_reminders,
    },
    queue::{DueReminder, due_reminders, finish_reminder, next_reminder, retry_reminder},
};
use crate::{
    access::Scope,
    domain::Topic,
    i18n::Lang,
    storage::{Backend, Db},
    time::utc,
};

const COLS: &str = "id, kind, topic, association_id, audience, starts_at, ends_at, place, latitude, longitude, \
    online_url, capacity, languages, texts, status, created_by";

/// The `status` column of `events`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EventStatus {
    Scheduled,
    Cancelled,
}

impl EventStatus {
    fn from_code(s: &str) -> Option<EventStatus> {
        match s {
            "scheduled" => Some(EventStatus::Scheduled),
            "cancelled" => Some(EventStatus::Cancelled),
            _ => None,
        }
    }
}

/// The `status` column of `signups` (a cancelled sign-up is never returned).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seat {
    Confirmed,
    Waitlist,
}

impl Seat {
    fn from_code(s: &str) -> Seat {
        if s == "confirmed" {
            Seat::Confirmed
        } else {
            Seat::Waitlist
        }
    }
}

fn from_row(r: &AnyRow) -> anyhow::Result<Event> {
    let id: i64 = r.try_get("id")?;
    let lat: Option<f64> = r.try_get("latitude")?;
    let lon: Option<f64> = r.try_get("longitude")?;
    let languages: String = r.try_get("languages")?;
    let bad = |what: &str| anyhow::anyhow!("event {id}: bad {what}");
    Ok(Event {
        id,
        kind: Kind::from_code(&r.try_get::<String, _>("kind")?).ok_or_else(|| bad("kind"))?,
        topic: Topic::from_code(&r.try_get::<String, _>("topic")?).ok_or_else(|| bad("topic"))?,
        association_id: r.try_get("association_id")?,
        audience: Audience::from_code(&r.try_get::<String, _>("audience")?)
            .ok_or_else(|| bad("audience"))?,
        starts_at: utc(r.try_get("starts_at")?),
        ends_at: utc(r.try_get("ends_at")?),
        place: r.try_get("place")?,
        coords: lat.zip(lon),
        online_url: r.try_get("online_url")?,
        capacity: r.try_get("capacity")?,
        languages: languages
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        texts: serde_json::from_str::<BTreeMap<String, Texts>>(&r.try_get::<String, _>("texts")?)?,
        cancelled: EventStatus::from_code(&r.try_get::<String, _>("status")?)
            .ok_or_else(|| bad("status"))?
            == EventStatus::Cancelled,
        created_by: r.try_get("created_by")?,
    })
}

/// A new event (validated by the caller).
pub async fn create(db: &Db, e: &Event, now: DateTime<Utc>) -> anyhow::Result<i64> {
    let mut conn = db.pool().acquire().await?;
    insert(&mut conn, e, now).await
}

/// Several events, all or none.
pub async fn create_all(db: &Db, events: &[Event], now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    for e in events {
        insert(&mut tx, e, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn insert(conn: &mut AnyConnection, e: &Event, now: DateTime<Utc>) -> anyhow::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO events (kind, topic, association_id, audience, starts_at, ends_at, place, latitude, longitude,
             online_url, capacity, languages, texts, status, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'scheduled', $14, $15, $15) RETURNING id",
    )
    .bind(e.kind.code())
    .bind(e.topic.code())
    .bind(e.association_id)
    .bind(e.audience.code())
    .bind(e.starts_at.timestamp())
    .bind(e.ends_at.timestamp())
    .bind(e.place.clone())
    .bind(e.coords.map(|c| c.0))
    .bind(e.coords.map(|c| c.1))
    .bind(e.online_url.clone())
    .bind(e.capacity)
    .bind(e.languages.join(","))
    .bind(serde_json::to_string(&e.texts)?)
    .bind(e.created_by)
    .bind(now.timestamp())
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}

pub async fn get(db: &Db, id: i64) -> anyhow::Result<Option<Event>> {
    let row = sqlx::query(&format!("SELECT {COLS} FROM events WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Events by id, in order of start (ids not found are left out).
pub async fn get_many(db: &Db, ids: &[i64]) -> anyhow::Result<Vec<Event>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    // Integers only, so the list is safe to inline.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let rows = sqlx::query(&format!(
        "SELECT {COLS} FROM events WHERE id IN ({list}) ORDER BY starts_at, id"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

/// Scheduled events that have not ended, soonest first.
pub async fn upcoming(
    db: &Db,
    now: DateTime<Utc>,
    topic: Option<Topic>,
) -> anyhow::Result<Vec<Event>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLS} FROM events WHERE status = 'scheduled' AND ends_at > $1 AND ($2 = '' OR topic = $2)
         ORDER BY starts_at, id LIMIT 200"
    ))
    .bind(now.timestamp())
    .bind(topic.map(|t| t.code()).unwrap_or_default())
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

/// Events an organiser manages: all (staff) or their association's.
pub async fn organised(db: &Db, scope: Scope, now: DateTime<Utc>) -> anyhow::Result<Vec<Event>> {
    let association = match scope {
        Scope::All => None,
        Scope::Association(a) => Some(a),
    };
    let rows = sqlx::query(&format!(
        "SELECT {COLS} FROM events WHERE ends_at > $1 - 604800 AND ($2 = 0 OR association_id = $3)
         ORDER BY starts_at, id LIMIT 100"
    ))
    .bind(now.timestamp())
    .bind(i64::from(association.is_some()))
    .bind(association.unwrap_or_default())
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn set_time(
    db: &Db,
    id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query("UPDATE events SET starts_at = $1, ends_at = $2, updated_at = $3 WHERE id = $4")
        .bind(starts_at.timestamp())
        .bind(ends_at.timestamp())
        .bind(now.timestamp())
        .bind(id)
        .execute(db.pool())
        .await?;
    // Reminders follow the new time; those already sent stay sent.
    sqlx::query("UPDATE reminders SET due_at = $1 - offset_minutes * 60 WHERE event_id = $2 AND done_at IS NULL")
        .bind(starts_at.timestamp())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn set_place(db: &Db, id: i64, place: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    sqlx::query("UPDATE events SET place = $1, latitude = NULL, longitude = NULL, updated_at = $2 WHERE id = $3")
        .bind(place)
        .bind(now.timestamp())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn cancel(db: &Db, id: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let r = sqlx::query("UPDATE events SET status = 'cancelled', updated_at = $1 WHERE id = $2 AND status = 'scheduled'")
        .bind(now.timestamp())
        .bind(id)
        .execute(db.pool())
        .await?;
    sqlx::query("UPDATE reminders SET done_at = $1, outcome = 'dropped' WHERE event_id = $2 AND done_at IS NULL")
        .bind(now.timestamp())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignUp {
    Confirmed,
    /// On the waitlist at this position (1 = next).
    Waitlist(i64),
    AlreadySigned,
    Closed,
}

async fn lock_event(
    conn: &mut AnyConnection,
    backend: Backend,
    event_id: i64,
) -> anyhow::Result<()> {
    // On PostgreSQL concurrent sign-ups for one event queue on the event row.
    // SQLite runs one writer at a time, and the sign-up is one statement.
    if backend == Backend::Postgres {
        sqlx::query("SELECT id FROM events WHERE id = $1 FOR UPDATE")
            .bind(event_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Signs `user_id` up: a seat if one is left, else the waitlist. Exactly one
/// of two people taking the last seat at once gets it.
pub async fn sign_up(
    db: &Db,
    event_id: i64,
    user_id: i64,
    offsets: &[i64],
    now: DateTime<Utc>,
) -> anyhow::Result<SignUp> {
    let mut tx = db.begin().await?;
    lock_event(&mut tx, db.backend(), event_id).await?;
    let status: Option<(String,)> = sqlx::query_as(
        "INSERT INTO signups (event_id, user_id, status, seq, created_at)
         SELECT e.id, $2,
                CASE WHEN (SELECT COUNT(*) FROM signups s WHERE s.event_id = e.id AND s.status = 'confirmed') < e.capacity
                     THEN 'confirmed' ELSE 'waitlist' END,
                (SELECT COALESCE(MAX(seq), 0) + 1 FROM signups s WHERE s.event_id = e.id),
                $3
         FROM events e WHERE e.id = $1 AND e.status = 'scheduled' AND e.starts_at > $3
         ON CONFLICT (event_id, user_id) DO UPDATE SET status = excluded.status, seq = excluded.seq, created_at = excluded.created_at
             WHERE signups.status = 'cancelled'
         RETURNING status",
    )
    .bind(event_id)
    .bind(user_id)
    .bind(now.timestamp())
    .fetch_optional(&mut *tx)
    .await?;
    let outcome = match status.map(|(s,)| Seat::from_code(&s)) {
        Some(Seat::Confirmed) => {
            add_reminders(&mut tx, event_id, user_id, offsets, now).await?;
            SignUp::Confirmed
        }
        Some(Seat::Waitlist) => {
            SignUp::Waitlist(waitlist_position(&mut tx, event_id, user_id).await?)
        }
        None => {
            let existing: Option<(String,)> =
                sqlx::query_as("SELECT status FROM signups WHERE event_id = $1 AND user_id = $2 AND status <> 'cancelled'")
                    .bind(event_id)
                    .bind(user_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            if existing.is_some() {
                SignUp::AlreadySigned
            } else {
                SignUp::Closed
            }
        }
    };
    tx.commit().await?;
    Ok(outcome)
}

/// Reminders still ahead of `now`: someone signing up two hours before the
/// start does not get the "tomorrow" reminder at once.
async fn add_reminders(
    conn: &mut AnyConnection,
    event_id: i64,
    user_id: i64,
    offsets: &[i64],
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    for off in offsets {
        sqlx::query(
            "INSERT INTO reminders (event_id, user_id, offset_minutes, due_at)
             SELECT e.id, $2, $3, e.starts_at - $3 * 60 FROM events e
             WHERE e.id = $1 AND e.starts_at - $3 * 60 > $4
             ON CONFLICT (event_id, user_id, offset_minutes) DO UPDATE SET due_at = excluded.due_at, done_at = NULL, outcome = NULL",
        )
        .bind(event_id)
        .bind(user_id)
        .bind(*off)
        .bind(now.timestamp())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn waitlist_position(
    conn: &mut AnyConnection,
    event_id: i64,
    user_id: i64,
) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM signups w WHERE w.event_id = $1 AND w.status = 'waitlist'
           AND w.seq <= (SELECT seq FROM signups WHERE event_id = $1 AND user_id = $2)",
    )
    .bind(event_id)
    .bind(user_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n)
}

#[derive(Debug, PartialEq)]
pub enum Cancel {
    /// Cancelled; the first person on the waitlist, if any, got the seat.
    Done {
        promoted: Option<i64>,
    },
    NotSigned,
}

pub async fn cancel_signup(
    db: &Db,
    event_id: i64,
    user_id: i64,
    offsets: &[i64],
    now: DateTime<Utc>,
) -> anyhow::Result<Cancel> {
    let mut tx = db.begin().await?;
    lock_event(&mut tx, db.backend(), event_id).await?;
    let was: Option<(i64,)> = sqlx::query_as(
        "UPDATE signups SET status = 'cancelled' WHERE event_id = $1 AND user_id = $2 AND status <> 'cancelled'
         RETURNING user_id",
    )
    .bind(event_id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    if was.is_none() {
        // Release the event lock now rather than when the connection is reused.
        tx.rollback().await?;
        return Ok(Cancel::NotSigned);
    }
    sqlx::query("UPDATE reminders SET done_at = $3, outcome = 'dropped' WHERE event_id = $1 AND user_id = $2 AND done_at IS NULL")
        .bind(event_id)
        .bind(user_id)
        .bind(now.timestamp())
        .execute(&mut *tx)
        .await?;
    // Fill any free seat from the waitlist, first come first served.
    let promoted: Option<(i64,)> = sqlx::query_as(
        "UPDATE signups SET status = 'confirmed'
         WHERE event_id = $1 AND status = 'waitlist'
           AND (SELECT COUNT(*) FROM signups c WHERE c.event_id = $1 AND c.status = 'confirmed')
               < (SELECT capacity FROM events WHERE id = $1)
           AND seq = (SELECT MIN(seq) FROM signups w WHERE w.event_id = $1 AND w.status = 'waitlist')
         RETURNING user_id",
    )
    .bind(event_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((p,)) = promoted {
        add_reminders(&mut tx, event_id, p, offsets, now).await?;
    }
    tx.commit().await?;
    Ok(Cancel::Done {
        promoted: promoted.map(|p| p.0),
    })
}

/// This user's status for an event: None, or (confirmed?, waitlist position).
pub async fn status_of(db: &Db, event_id: i64, user_id: i64) -> anyhow::Result<Option<SignUp>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT status FROM signups WHERE event_id = $1 AND user_id = $2 AND status <> 'cancelled'",
    )
    .bind(event_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(match row.map(|(s,)| Seat::from_code(&s)) {
        None => None,
        Some(Seat::Confirmed) => Some(SignUp::Confirmed),
        Some(Seat::Waitlist) => {
            let mut conn = db.pool().acquire().await?;
            Some(SignUp::Waitlist(
                waitlist_position(&mut conn, event_id, user_id).await?,
            ))
        }
    })
}

pub async fn confirmed_count(db: &Db, event_id: i64) -> anyhow::Result<i64> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM signups WHERE event_id = $1 AND status = 'confirmed'")
            .bind(event_id)
            .fetch_one(db.pool())
            .await?;
    Ok(n)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Attendee {
    pub user_id: i64,
    pub chat_id: i64,
    pub name: String,
    pub lang: Lang,
    pub confirmed: bool,
    pub attended: Option<bool>,
}

/// Everyone signed up or waiting, in order of arrival.
pub async fn attendees(db: &Db, event_id: i64) -> anyhow::Result<Vec<Attendee>> {
    let rows: Vec<(i64, i64, String, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT s.user_id, COALESCE(u.chat_id, s.user_id), COALESCE(u.first_name, ''), COALESCE(u.lang, ''), s.status, s.attended
         FROM signups s LEFT JOIN users u ON u.id = s.user_id
         WHERE s.event_id = $1 AND s.status <> 'cancelled' ORDER BY s.status, s.seq",
    )
    .bind(event_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(user_id, chat_id, name, lang, status, attended)| Attendee {
                user_id,
                chat_id,
                name,
                lang: Lang::from_code(&lang).unwrap_or(Lang::SOURCE),
                confirmed: Seat::from_code(&status) == Seat::Confirmed,
                attended: attended.map(|a| a != 0),
            },
        )
        .collect())
}

/// Flips the attendance mark of a confirmed participant.
pub async fn toggle_attended(db: &Db, event_id: i64, user_id: i64) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "UPDATE signups SET attended = CASE WHEN attended = 1 THEN 0 ELSE 1 END
         WHERE event_id = $1 AND user_id = $2 AND status = 'confirmed'",
    )
    .bind(event_id)
    .bind(user_id)
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Upcoming sign-ups of a user: (event, status).
pub async fn my_signups(
    db: &Db,
    user_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(Event, SignUp)>> {
    let rows = sqlx::query(&format!(
        "SELECT {} FROM events e JOIN signups s ON s.event_id = e.id
         WHERE s.user_id = $1 AND s.status <> 'cancelled' AND e.ends_at > $2 AND e.status = 'scheduled'
         ORDER BY e.starts_at",
        COLS.split(", ").map(|c| format!("e.{c}")).collect::<Vec<_>>().join(", ")
    ))
    .bind(user_id)
    .bind(now.timestamp())
    .fetch_all(db.pool())
    .await?;
    let mut out = vec![];
    for r in &rows {
        let e = from_row(r)?;
        if let Some(s) = status_of(db, e.id, user_id).await? {
            out.push((e, s));
        }
    }
    Ok(out)
}
