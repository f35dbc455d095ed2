//! Feedback queries, of feedback's own tables only (`feedback`,
//! `feedback_authors`, `feedback_prompts`, `feedback_rounds`,
//! `certificates`, `search_misses`): prompts after events, answers, thumbs
//! on services and certificates here (a search miss is written with the
//! update that searched: `storage::turn::Turn::count_miss`); the aggregates behind
//! /report in `aggregates`; the user's share for /mydata and /delete in
//! `personal`. What reports need from other features' tables is read by
//! `crate::reports`.

mod aggregates;
mod personal;

use chrono::{DateTime, Utc};
use rand::Rng;
use sqlx::AnyConnection;

pub use self::{aggregates::*, personal::*};
use super::model::Kind;
use crate::{
    storage::Db,
    telegram::scheduled::{self, Outcome},
};

// ---- pseudonyms ----

/// The user's feedback pseudonym, created on first use.
async fn pseudonym(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<String> {
    if let Some(p) = existing_pseudonym(conn, user_id).await? {
        return Ok(p);
    }
    let fresh: String = {
        let mut r = rand::rng();
        (0..16)
            .map(|_| {
                let d: u8 = r.random_range(0..16);
                char::from(
                    b"0123456789abcdef"
                        .get(usize::from(d))
                        .copied()
                        .unwrap_or(b'0'),
                )
            })
            .collect()
    };
    sqlx::query(
        "INSERT INTO feedback_authors (user_id, pseudonym) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(user_id)
    .bind(&fresh)
    .execute(&mut *conn)
    .await?;
    existing_pseudonym(conn, user_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("pseudonym for user not stored"))
}

async fn existing_pseudonym(
    conn: &mut AnyConnection,
    user_id: i64,
) -> anyhow::Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT pseudonym FROM feedback_authors WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|r| r.0))
}

// ---- prompts after events ----

/// Queues one prompt for each person marked present, or, when attendance
/// was not marked, for everyone confirmed (who that is, `reports` reads in
/// the same transaction). Returns how many were queued.
pub async fn queue_round(db: &Db, event_id: i64, now: DateTime<Utc>) -> anyhow::Result<i64> {
    let mut tx = db.begin().await?;
    let claimed = sqlx::query(
        "INSERT INTO feedback_rounds (event_id, queued_at, prompts) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING",
    )
    .bind(event_id)
    .bind(now.timestamp())
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() == 0 {
        tx.rollback().await?;
        return Ok(0);
    }
    let mut queued = 0;
    for user_id in crate::reports::prompt_recipients(&mut tx, event_id).await? {
        queued += sqlx::query(
            "INSERT INTO feedback_prompts (event_id, user_id, created_at) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
        )
        .bind(event_id)
        .bind(user_id)
        .bind(now.timestamp())
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
    }
    sqlx::query("UPDATE feedback_rounds SET prompts = $1 WHERE event_id = $2")
        .bind(queued)
        .bind(event_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(queued)
}

/// Prompts (event, user) not yet accepted by Telegram and due now (not
/// waiting after a failed try).
pub async fn unsent_prompts(
    db: &Db,
    now: DateTime<Utc>,
    limit: i64,
) -> anyhow::Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT event_id, user_id FROM feedback_prompts
         WHERE sent_at IS NULL AND (retry_at IS NULL OR retry_at <= $1)
         ORDER BY created_at, event_id, user_id LIMIT $2",
    )
    .bind(now.timestamp())
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

/// When the earliest unsent prompt may be tried (now, when one waits for
/// no retry time).
pub async fn next_prompt(db: &Db, now: DateTime<Utc>) -> anyhow::Result<Option<DateTime<Utc>>> {
    let (waiting, retry): (i64, Option<i64>) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM feedback_prompts WHERE sent_at IS NULL AND retry_at IS NULL),
                (SELECT MIN(retry_at) FROM feedback_prompts WHERE sent_at IS NULL)",
    )
    .fetch_one(db.reader())
    .await?;
    Ok(if waiting > 0 {
        Some(now)
    } else {
        retry.and_then(|t| DateTime::from_timestamp(t, 0))
    })
}

/// A failed try at the prompt: counts it and sets when to try again
/// (`scheduled::retry_at`), or closes it as failed after the last try.
/// True when it was closed.
pub async fn retry_prompt(
    db: &Db,
    event_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    // One transaction: the count and the retry time are seen together.
    let mut tx = db.begin().await?;
    let (attempts,): (i64,) = sqlx::query_as(
        "UPDATE feedback_prompts SET attempts = attempts + 1
         WHERE event_id = $1 AND user_id = $2 RETURNING attempts",
    )
    .bind(event_id)
    .bind(user_id)
    .fetch_one(&mut *tx)
    .await?;
    let Some(at) = scheduled::retry_at(now, attempts) else {
        tx.commit().await?;
        close_prompt(db, event_id, user_id, Outcome::Failed, now).await?;
        return Ok(true);
    };
    sqlx::query("UPDATE feedback_prompts SET retry_at = $1 WHERE event_id = $2 AND user_id = $3")
        .bind(at.timestamp())
        .bind(event_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(false)
}

pub async fn close_prompt(
    db: &Db,
    event_id: i64,
    user_id: i64,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE feedback_prompts SET sent_at = $1, outcome = $2 WHERE event_id = $3 AND user_id = $4",
    )
    .bind(now.timestamp())
    .bind(outcome.code())
    .bind(event_id)
    .bind(user_id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Whether `user_id` was asked about `event_id` (so took part in it).
pub async fn was_prompted(db: &Db, event_id: i64, user_id: i64) -> anyhow::Result<bool> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM feedback_prompts WHERE event_id = $1 AND user_id = $2")
            .bind(event_id)
            .bind(user_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.is_some())
}

// ---- answers ----

/// What an event feedback row is about.
pub struct Subject<'a> {
    pub kind: Kind,
    pub event_id: Option<i64>,
    pub service_id: Option<&'a str>,
    pub association_id: Option<i64>,
    pub topic: &'a str,
}

/// Feedback times are kept to the day (UTC midnight): precise enough for
/// reports, too coarse to match an answer to a prompt or a message.
fn day_of(now: DateTime<Utc>) -> i64 {
    now.timestamp() - now.timestamp().rem_euclid(86_400)
}

/// Starts the user's feedback on an event with a rating (or none, when they
/// skipped it). None if they already gave feedback on it.
pub async fn start_event_feedback(
    db: &Db,
    user_id: i64,
    s: &Subject<'_>,
    lang: &str,
    rating: Option<i64>,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<i64>> {
    let mut tx = db.begin().await?;
    let author = pseudonym(&mut tx, user_id).await?;
    let id: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO feedback (author, kind, event_id, service_id, association_id, topic, lang, rating, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(&author)
    .bind(s.kind.code())
    .bind(s.event_id)
    .bind(s.service_id)
    .bind(s.association_id)
    .bind(s.topic)
    .bind(lang)
    .bind(rating)
    .bind(day_of(now))
    .fetch_optional(&mut *tx)
    .await?;
    if id.is_some() {
        sqlx::query(
            "UPDATE feedback_prompts SET answered_at = $1 WHERE event_id = $2 AND user_id = $3",
        )
        .bind(day_of(now))
        .bind(s.event_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id.map(|r| r.0))
}

/// 👍 (`up`) or 👎 on a service; a second vote replaces the first (and its
/// reasons). Returns the row's id.
pub async fn vote_service(
    db: &Db,
    user_id: i64,
    s: &Subject<'_>,
    lang: &str,
    up: bool,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let mut tx = db.begin().await?;
    let author = pseudonym(&mut tx, user_id).await?;
    let thumbs: i64 = if up { 1 } else { -1 };
    let updated: Option<(i64,)> = sqlx::query_as(
        "UPDATE feedback SET thumbs = $1, reasons = 0, lang = $2, updated_at = $3
         WHERE kind = 'service' AND author = $4 AND service_id = $5 RETURNING id",
    )
    .bind(thumbs)
    .bind(lang)
    .bind(day_of(now))
    .bind(&author)
    .bind(s.service_id)
    .fetch_optional(&mut *tx)
    .await?;
    let id = match updated {
        Some((id,)) => id,
        None => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO feedback (author, kind, service_id, topic, lang, thumbs, created_at, updated_at)
                 VALUES ($1, 'service', $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(&author)
            .bind(s.service_id)
            .bind(s.topic)
            .bind(lang)
            .bind(thumbs)
            .bind(day_of(now))
            .fetch_one(&mut *tx)
            .await?;
            id
        }
    };
    tx.commit().await?;
    Ok(id)
}

/// One of the user's own feedback rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Mine {
    pub id: i64,
    pub rating: Option<i64>,
    pub reasons: i64,
    pub comment: Option<String>,
}

/// The row `id` if it belongs to `user_id`.
pub async fn mine(db: &Db, user_id: i64, id: i64) -> anyhow::Result<Option<Mine>> {
    let row: Option<(i64, Option<i64>, i64, Option<String>)> = sqlx::query_as(
        "SELECT f.id, f.rating, f.reasons, f.comment FROM feedback f
         JOIN feedback_authors a ON a.pseudonym = f.author
         WHERE a.user_id = $1 AND f.id = $2",
    )
    .bind(user_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(id, rating, reasons, comment)| Mine {
        id,
        rating,
        reasons,
        comment,
    }))
}

async fn update_mine(
    db: &Db,
    user_id: i64,
    id: i64,
    value: Field<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let set = match value {
        Field::Reasons(_) => "reasons",
        Field::Comment(_) => "comment",
    };
    let q = format!(
        "UPDATE feedback SET {set} = $1, updated_at = $2
         WHERE id = $3 AND author = (SELECT pseudonym FROM feedback_authors WHERE user_id = $4)"
    );
    let q = sqlx::query(&q);
    let q = match value {
        Field::Reasons(v) => q.bind(v),
        Field::Comment(v) => q.bind(v),
    };
    let r = q
        .bind(day_of(now))
        .bind(id)
        .bind(user_id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

/// A column the author may change after the first answer.
enum Field<'a> {
    Reasons(i64),
    Comment(&'a str),
}

pub async fn set_reasons(
    db: &Db,
    user_id: i64,
    id: i64,
    reasons: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    update_mine(db, user_id, id, Field::Reasons(reasons), now).await
}

pub async fn set_comment(
    db: &Db,
    user_id: i64,
    id: i64,
    comment: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    update_mine(db, user_id, id, Field::Comment(comment), now).await
}

/// Removes a row the user skipped entirely (no rating, reason or comment).
pub async fn drop_if_empty(db: &Db, user_id: i64, id: i64) -> anyhow::Result<()> {
    sqlx::query(
        "DELETE FROM feedback WHERE id = $1 AND rating IS NULL AND thumbs IS NULL AND reasons = 0
         AND comment IS NULL AND author = (SELECT pseudonym FROM feedback_authors WHERE user_id = $2)",
    )
    .bind(id)
    .bind(user_id)
    .execute(db.pool())
    .await?;
    Ok(())
}

// ---- certificates ----

/// A certificate as the check finds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Issued {
    Valid {
        user_id: i64,
        name: String,
        content: String,
        issued_at: DateTime<Utc>,
    },
    Withdrawn,
}

/// Records an issued certificate: its code, whose it is, the name printed
/// and the hash of its content.
pub async fn issue_certificate(
    db: &Db,
    code: &str,
    user_id: i64,
    name: &str,
    content: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO certificates (code, user_id, name, content, issued_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(code)
    .bind(user_id)
    .bind(name)
    .bind(content)
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn certificate(db: &Db, code: &str) -> anyhow::Result<Option<Issued>> {
    type Row = (
        Option<i64>,
        Option<String>,
        Option<String>,
        i64,
        Option<i64>,
    );
    let row: Option<Row> = sqlx::query_as(
        "SELECT user_id, name, content, issued_at, withdrawn_at FROM certificates WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(user, name, content, issued_at, withdrawn)| {
        match (user, name, content, withdrawn) {
            (Some(user_id), Some(name), Some(content), None) => Issued::Valid {
                user_id,
                name,
                content,
                issued_at: crate::time::utc(issued_at),
            },
            _ => Issued::Withdrawn,
        }
    }))
}
