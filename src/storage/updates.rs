//! Telegram delivers updates at least once. Each update id is recorded
//! with the state it produced (see `turn`), so a redelivered update is
//! handled only once; old ids are pruned here.
//!
//! Updates are also stored as they are received, before Telegram is told
//! they arrived ([`receive`]); a crash then loses none of them: the next
//! start handles what was received and not processed ([`unprocessed`]).
//! The group commit deletes an update's row with the turn that processes
//! it (see `writer`).

use super::{Db, writer::Write};
use chrono::{DateTime, Duration, Utc};

/// Stores `updates` (id and the update as JSON) as received, unless
/// already processed (a redelivery), with the group commit (one round trip
/// shared with the turns being committed).
pub async fn receive(db: &Db, updates: &[(i64, String)], now: DateTime<Utc>) -> anyhow::Result<()> {
    if updates.is_empty() {
        return Ok(());
    }
    db.write(Write {
        received: updates.to_vec(),
        now: now.timestamp(),
        ..Write::default()
    })
    .await
}

/// Updates received and not processed (a crash, or a stop with updates
/// still queued), oldest first, as stored.
pub async fn unprocessed(db: &Db) -> anyhow::Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT r.update_id, r.body FROM received_updates r
         WHERE NOT EXISTS (SELECT 1 FROM processed_updates p WHERE p.update_id = r.update_id)
         ORDER BY r.update_id",
    )
    .fetch_all(db.pool())
    .await?)
}

/// Telegram picks update ids at random after a week without updates, so
/// claims older than a few days are only noise.
pub async fn prune(db: &Db, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let res = sqlx::query("DELETE FROM processed_updates WHERE processed_at < $1")
        .bind((now - Duration::days(3)).timestamp())
        .execute(db.pool())
        .await?;
    // Received and never processed for a day (one that does not parse any
    // more, after an upgrade): not kept longer, they are personal data.
    let left = sqlx::query("DELETE FROM received_updates WHERE received_at < $1")
        .bind((now - Duration::days(1)).timestamp())
        .execute(db.pool())
        .await?;
    Ok(res.rows_affected() + left.rows_affected())
}
