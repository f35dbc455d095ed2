//! The running bot's last contact with Telegram, for `discorsi health`.

use chrono::{DateTime, Utc};

use super::Db;

/// Records a successful contact with Telegram at `now`.
pub async fn record(db: &Db, now: DateTime<Utc>) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO heartbeat (id, contact_at) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET contact_at = excluded.contact_at",
    )
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The last recorded contact, if any.
pub async fn last(db: &Db) -> anyhow::Result<Option<DateTime<Utc>>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT contact_at FROM heartbeat WHERE id = 1")
        .fetch_optional(db.pool())
        .await?;
    Ok(row.and_then(|(t,)| DateTime::from_timestamp(t, 0)))
}
