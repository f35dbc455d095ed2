//! The reminder queue: reminders due now, a failed try moved later, a
//! reminder closed with its outcome. (Rows are added and dropped with the
//! sign-ups, in `store`.)

use chrono::{DateTime, Utc};

use crate::{
    storage::Db,
    telegram::scheduled::{self, Outcome},
};

#[derive(Clone, Debug)]
pub struct DueReminder {
    pub event_id: i64,
    pub user_id: i64,
    pub offset_minutes: i64,
}

/// Reminders due now (at most `limit`), by the partial index on due_at.
pub async fn due_reminders(
    db: &Db,
    now: DateTime<Utc>,
    limit: i64,
) -> anyhow::Result<Vec<DueReminder>> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT event_id, user_id, offset_minutes FROM reminders
         WHERE done_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT $2",
    )
    .bind(now.timestamp())
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(event_id, user_id, offset_minutes)| DueReminder {
            event_id,
            user_id,
            offset_minutes,
        })
        .collect())
}

/// When the earliest open reminder is due (None: none is open).
pub async fn next_reminder(db: &Db) -> anyhow::Result<Option<DateTime<Utc>>> {
    let (at,): (Option<i64>,) =
        sqlx::query_as("SELECT MIN(due_at) FROM reminders WHERE done_at IS NULL")
            .fetch_one(db.reader())
            .await?;
    Ok(at.and_then(|t| DateTime::from_timestamp(t, 0)))
}

/// A failed try at reminder `r`: counts it and moves the reminder to the
/// time `scheduled::retry_at` gives, or closes it as failed after the last
/// try. True when it was closed.
pub async fn retry_reminder(db: &Db, r: &DueReminder, now: DateTime<Utc>) -> anyhow::Result<bool> {
    // One transaction: the count and the new due time are seen together.
    let mut tx = db.begin().await?;
    let (attempts,): (i64,) = sqlx::query_as(
        "UPDATE reminders SET attempts = attempts + 1
         WHERE event_id = $1 AND user_id = $2 AND offset_minutes = $3 RETURNING attempts",
    )
    .bind(r.event_id)
    .bind(r.user_id)
    .bind(r.offset_minutes)
    .fetch_one(&mut *tx)
    .await?;
    let Some(at) = scheduled::retry_at(now, attempts) else {
        tx.commit().await?;
        finish_reminder(db, r, Outcome::Failed, now).await?;
        return Ok(true);
    };
    sqlx::query(
        "UPDATE reminders SET due_at = $1
         WHERE event_id = $2 AND user_id = $3 AND offset_minutes = $4",
    )
    .bind(at.timestamp())
    .bind(r.event_id)
    .bind(r.user_id)
    .bind(r.offset_minutes)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(false)
}

pub async fn finish_reminder(
    db: &Db,
    r: &DueReminder,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE reminders SET done_at = $1, outcome = $2
         WHERE event_id = $3 AND user_id = $4 AND offset_minutes = $5 AND done_at IS NULL",
    )
    .bind(now.timestamp())
    .bind(outcome.code())
    .bind(r.event_id)
    .bind(r.user_id)
    .bind(r.offset_minutes)
    .execute(db.pool())
    .await?;
    Ok(())
}
