//! Telegram delivers updates at least once. Each update id is recorded
//! with the state it produced (see `turn`), so a redelivered update is
//! handled only once; old ids are pruned here.

use chrono::{DateTime, Duration, Utc};

use super::Db;

/// Telegram picks update ids at random after a week without updates, so
/// claims older than a few days are only noise.
pub async fn prune(db: &Db, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let res = sqlx::query("DELETE FROM processed_updates WHERE processed_at < $1")
        .bind((now - Duration::days(3)).timestamp())
        .execute(db.pool())
        .await?;
    Ok(res.rows_affected())
}
