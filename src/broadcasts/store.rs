//! Broadcast drafts, the delivery queue (one row per recipient) and reports.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use sqlx::{AnyConnection, Row};

use crate::{access::Scope, i18n::Lang, storage::Db, time};

pub use super::model::{Audience, Broadcast, DeliveryStatus, Figures, Media, Status, count};

/// The text an audience is stored as, and compared by.
fn audience_key(audience: &Audience) -> anyhow::Result<String> {
    Ok(serde_json::to_string(audience)?)
}

const COLS: &str = "id, sender_id, sender_chat, audience, text, media_kind, media_file_id, versions, status, scheduled_at, created_at, progress_message";

fn from_row(r: &sqlx::any::AnyRow) -> anyhow::Result<Broadcast> {
    let scheduled_at: Option<i64> = r.try_get("scheduled_at")?;
    Ok(Broadcast {
        id: r.try_get("id")?,
        sender_id: r.try_get("sender_id")?,
        sender_chat: r.try_get("sender_chat")?,
        audience: serde_json::from_str(&r.try_get::<String, _>("audience")?)?,
        text: r.try_get("text")?,
        media: Media::from_columns(r.try_get("media_kind")?, r.try_get("media_file_id")?),
        versions: serde_json::from_str(&r.try_get::<String, _>("versions")?)?,
        status: Status::from_code(&r.try_get::<String, _>("status")?)?,
        scheduled_at: scheduled_at.map(time::utc),
        created_at: time::utc(r.try_get("created_at")?),
        progress_message: r.try_get("progress_message")?,
    })
}

pub async fn create_draft(
    db: &Db,
    sender: i64,
    chat: i64,
    audience: &Audience,
    text: &str,
    media: Option<&Media>,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let media = media.map(Media::columns);
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO broadcasts (sender_id, sender_chat, audience, text, media_kind, media_file_id, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7) RETURNING id",
    )
    .bind(sender)
    .bind(chat)
    .bind(audience_key(audience)?)
    .bind(text)
    .bind(media.map(|m| m.0.to_owned()))
    .bind(media.map(|m| m.1.to_owned()))
    .bind(now.timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(id)
}

pub async fn get(db: &Db, id: i64) -> anyhow::Result<Option<Broadcast>> {
    let row = sqlx::query(&format!("SELECT {COLS} FROM broadcasts WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn set_version(db: &Db, id: i64, lang: Lang, text: &str) -> anyhow::Result<()> {
    let Some(b) = get(db, id).await? else {
        return Ok(());
    };
    let mut versions = b.versions;
    versions.insert(lang, text.to_owned());
    sqlx::query("UPDATE broadcasts SET versions = $1 WHERE id = $2 AND status = 'draft'")
        .bind(serde_json::to_string(&versions)?)
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

const RECIPIENTS: &str = "SELECT u.id AS id, u.chat_id AS chat_id, COALESCE(u.lang, 'en') AS lang, \
     u.unreachable_since AS unreachable_since FROM users u";

/// The one value an audience's query is bound to (`$2`).
enum Arg {
    Id(i64),
    Code(&'static str),
}

/// The recipients of `audience`, less the sender (who has the preview).
fn recipients_sql(audience: &Audience, sender: i64) -> (String, Arg) {
    let (sql, arg) = audience_sql(audience);
    (format!("{sql} AND u.id <> {sender}"), arg)
}

fn audience_sql(audience: &Audience) -> (String, Arg) {
    match audience {
        Audience::Association(id) => (
            format!(
                "{RECIPIENTS} JOIN memberships m ON m.user_id = u.id
                 WHERE m.association_id = $2 AND m.muted = 0 AND u.privacy_accepted_at IS NOT NULL"
            ),
            Arg::Id(*id),
        ),
        Audience::Everyone => (
            format!("{RECIPIENTS} WHERE u.privacy_accepted_at IS NOT NULL AND $2 = $2"),
            Arg::Id(0),
        ),
        Audience::Language(lang) => (
            format!("{RECIPIENTS} WHERE u.privacy_accepted_at IS NOT NULL AND u.lang = $2"),
            Arg::Code(lang.code()),
        ),
        Audience::EventParticipants(id) => (
            format!(
                "{RECIPIENTS} JOIN signups s ON s.user_id = u.id
                 WHERE s.event_id = $2 AND s.status IN ('confirmed', 'waitlist')"
            ),
            Arg::Id(*id),
        ),
        Audience::Topic(topic) => (
            format!(
                "{RECIPIENTS} JOIN topic_follows f ON f.user_id = u.id
                 WHERE u.privacy_accepted_at IS NOT NULL AND f.topic = $2"
            ),
            Arg::Code(topic.code()),
        ),
    }
}

fn bind_arg<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    v: &Arg,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    match v {
        Arg::Id(n) => q.bind(*n),
        Arg::Code(c) => q.bind(*c),
    }
}

/// How many people an audience reaches now (muted members and the sender
/// excluded).
pub async fn audience_size(db: &Db, audience: &Audience, sender: i64) -> anyhow::Result<i64> {
    let (sql, arg) = recipients_sql(audience, sender);
    let sql = format!("SELECT COUNT(*) AS n FROM ({}) r", sql.replace("$2", "$1"));
    let row = bind_arg(sqlx::query(&sql), &arg)
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get::<i64, _>("n")?)
}

/// Starts sending: draft or scheduled → sending, and one queue row per
/// recipient, in one transaction. False if it was already started (a second
/// press of Confirm), so a broadcast is never queued twice.
pub async fn start(db: &Db, id: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let Some(b) = get(db, id).await? else {
        return Ok(false);
    };
    let mut tx = db.begin().await?;
    let moved = sqlx::query(
        "UPDATE broadcasts SET status = 'sending', started_at = $1 WHERE id = $2 AND status IN ('draft', 'scheduled')",
    )
    .bind(now.timestamp())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if moved.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    let (select, arg) = recipients_sql(&b.audience, b.sender_id);
    let sql = format!(
        "INSERT INTO deliveries (broadcast_id, user_id, chat_id, lang, status, next_attempt_at)
         SELECT $1, r.id, r.chat_id, r.lang,
                CASE WHEN r.unreachable_since IS NULL THEN 'pending' ELSE 'unreachable' END, $3
         FROM ({select}) r"
    );
    bind_arg(sqlx::query(&sql).bind(id), &arg)
        .bind(now.timestamp())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn schedule(db: &Db, id: i64, at: DateTime<Utc>) -> anyhow::Result<bool> {
    let r = sqlx::query("UPDATE broadcasts SET status = 'scheduled', scheduled_at = $1 WHERE id = $2 AND status = 'draft'")
        .bind(at.timestamp())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Withdraws a scheduled broadcast before it starts; false if it had
/// already started (or was not scheduled).
pub async fn cancel_scheduled(db: &Db, id: i64) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "UPDATE broadcasts SET status = 'cancelled' WHERE id = $1 AND status = 'scheduled'",
    )
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn due_scheduled(db: &Db, now: DateTime<Utc>) -> anyhow::Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as("SELECT id FROM broadcasts WHERE status = 'scheduled' AND scheduled_at <= $1 ORDER BY scheduled_at")
        .bind(now.timestamp())
        .fetch_all(db.pool())
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// When the sender has work next: the earliest scheduled announcement or
/// pending delivery try (None: nothing waits).
pub async fn next_due(db: &Db) -> anyhow::Result<Option<DateTime<Utc>>> {
    let (scheduled, delivery): (Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT (SELECT MIN(scheduled_at) FROM broadcasts WHERE status = 'scheduled'),
                (SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending')",
    )
    .fetch_one(db.reader())
    .await?;
    Ok(scheduled
        .into_iter()
        .chain(delivery)
        .min()
        .and_then(|t| DateTime::from_timestamp(t, 0)))
}

#[derive(Clone, Debug)]
pub struct Delivery {
    pub broadcast_id: i64,
    pub user_id: i64,
    pub chat_id: i64,
    /// The recipient's language code (what `figures` counts by).
    pub lang: String,
    pub attempts: i64,
}

pub async fn due_deliveries(
    db: &Db,
    now: DateTime<Utc>,
    limit: i64,
) -> anyhow::Result<Vec<Delivery>> {
    let rows: Vec<(i64, i64, i64, String, i64)> = sqlx::query_as(
        "SELECT broadcast_id, user_id, chat_id, lang, attempts FROM deliveries
         WHERE status = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at, broadcast_id, user_id LIMIT $2",
    )
    .bind(now.timestamp())
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(broadcast_id, user_id, chat_id, lang, attempts)| Delivery {
                broadcast_id,
                user_id,
                chat_id,
                lang,
                attempts,
            },
        )
        .collect())
}

/// Records the outcome of one attempt.
pub async fn record(
    db: &Db,
    d: &Delivery,
    status: DeliveryStatus,
    next_attempt_at: Option<DateTime<Utc>>,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE deliveries SET status = $1, attempts = attempts + 1, next_attempt_at = COALESCE($2, next_attempt_at),
                sent_at = CASE WHEN $1 = 'sent' THEN $3 ELSE sent_at END, error = $4
         WHERE broadcast_id = $5 AND user_id = $6",
    )
    .bind(status.code())
    .bind(next_attempt_at.map(|t| t.timestamp()))
    .bind(now.timestamp())
    .bind(error.map(|e| e.chars().take(200).collect::<String>()))
    .bind(d.broadcast_id)
    .bind(d.user_id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Figures of a broadcast: status → language → count.
pub async fn figures(db: &Db, id: i64) -> anyhow::Result<Figures> {
    let rows: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT status, lang, COUNT(*) FROM deliveries WHERE broadcast_id = $1 GROUP BY status, lang")
            .bind(id)
            .fetch_all(db.pool())
            .await?;
    let mut out = Figures::new();
    for (status, lang, n) in rows {
        match DeliveryStatus::from_code(&status) {
            Some(s) => {
                out.entry(s).or_default().insert(lang, n);
            }
            None => tracing::warn!(status, "unknown delivery status"),
        }
    }
    Ok(out)
}

/// Why messages of a broadcast failed for good: each reason and how many.
pub async fn refusals(db: &Db, id: i64) -> anyhow::Result<BTreeMap<crate::telegram::Refusal, i64>> {
    let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
        "SELECT error, COUNT(*) FROM deliveries WHERE broadcast_id = $1 AND status = 'failed' GROUP BY error",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    let mut out = BTreeMap::new();
    for (error, n) in rows {
        let why = crate::telegram::Refusal::of(error.as_deref().unwrap_or_default());
        *out.entry(why).or_insert(0) += n;
    }
    Ok(out)
}

/// Broadcasts being sent whose queue is empty.
pub async fn finished(db: &Db) -> anyhow::Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT b.id FROM broadcasts b WHERE b.status = 'sending'
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.broadcast_id = b.id AND d.status = 'pending')",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

pub async fn mark_done(db: &Db, id: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let r = sqlx::query("UPDATE broadcasts SET status = 'done', finished_at = $1 WHERE id = $2 AND status = 'sending'")
        .bind(now.timestamp())
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn set_progress_message(db: &Db, id: i64, message_id: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE broadcasts SET progress_message = $1 WHERE id = $2")
        .bind(message_id)
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Past broadcasts visible in `scope`: an association's, or all (staff).
pub async fn history(db: &Db, scope: Scope, limit: i64) -> anyhow::Result<Vec<Broadcast>> {
    let association = match scope {
        Scope::All => None,
        Scope::Association(a) => Some(audience_key(&Audience::Association(a))?),
    };
    let rows = sqlx::query(&format!(
        "SELECT {COLS} FROM broadcasts WHERE status IN ('sending', 'done', 'scheduled')
         AND ($1 = 0 OR audience = $2) ORDER BY created_at DESC, id DESC LIMIT $3"
    ))
    .bind(i64::from(association.is_some()))
    .bind(association.unwrap_or_default())
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

// ---- personal data ----

pub async fn export(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let sent: Vec<(i64, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT created_at, status, text, scheduled_at FROM broadcasts WHERE sender_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    let received: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM deliveries WHERE user_id = $1 AND status = 'sent'")
            .bind(user_id)
            .fetch_one(&mut *conn)
            .await?;
    if sent.is_empty() && received.0 == 0 {
        return Ok(Value::Null);
    }
    Ok(json!({
        // Drafts, planned, sending and sent, each with its status.
        "announcements_written": sent.into_iter().map(|(at, status, t, planned)| json!({
            "at": crate::time::iso(at), "status": status, "text": t,
            "planned_for": planned.map(crate::time::iso),
        })).collect::<Vec<_>>(),
        "announcements_received": received.0,
    }))
}

/// Queue rows are deleted; announcements a leader sent stay for the members
/// who received them, without the sender's id.
/// Every announcement addressed to this person, and what became of it.
pub async fn export_deliveries(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<(i64, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT broadcast_id, status, attempts, sent_at FROM deliveries WHERE user_id = $1 ORDER BY broadcast_id",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|(b, status, attempts, sent)| {
                json!({"announcement": b, "status": status, "attempts": attempts,
                       "sent_at": sent.map(crate::time::iso)})
            })
            .collect(),
    ))
}

pub async fn erase_deliveries(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM deliveries WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn erase(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    // Drafts and planned announcements are theirs alone: gone, never sent.
    sqlx::query(
        "DELETE FROM broadcasts WHERE sender_id = $1 AND status IN ('draft', 'cancelled', 'scheduled')",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    // Announcements already sent stay for their association, without the
    // sender: no progress or report goes to the erased chat.
    sqlx::query(
        "UPDATE broadcasts SET sender_id = 0, sender_chat = 0, progress_message = NULL WHERE sender_id = $1",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
