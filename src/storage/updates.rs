//! Telegram delivers updates at least once. Each update id is claimed here
//! before it is handled, so a redelivered update is handled only once.

use chrono::{DateTime, Duration, Utc};

use super::Db;

/// Claims `update_id`. Returns false when it was already claimed.
pub async fn claim(db: &Db, update_id: u32, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let res = sqlx::query(
        "INSERT INTO processed_updates (update_id, processed_at) VALUES ($1, $2)
         ON CONFLICT (update_id) DO NOTHING",
    )
    .bind(i64::from(update_id))
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(res.rows_affected() == 1)
}

/// Telegram picks update ids at random after a week without updates, so
/// claims older than a few days are only noise.
pub async fn prune(db: &Db, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let res = sqlx::query("DELETE FROM processed_updates WHERE processed_at < $1")
        .bind((now - Duration::days(3)).timestamp())
        .execute(db.pool())
        .await?;
    Ok(res.rows_affected())
}
