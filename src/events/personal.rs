//! A person's event data, for /mydata and erasure: their sign-ups, the
//! events they organised, their reminders.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use sqlx::AnyConnection;

use super::model::Texts;
use crate::i18n::Lang;

pub async fn export(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<(String, i64, i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT e.texts, e.starts_at, e.ends_at, s.status, s.attended FROM signups s JOIN events e ON e.id = s.event_id
         WHERE s.user_id = $1 ORDER BY e.starts_at",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|(texts, s, e, status, attended)| {
                json!({"event": title_of(&texts), "starts_at": crate::time::iso(s), "ends_at": crate::time::iso(e),
                       "status": status, "attended": attended.map(|a| a != 0)})
            })
            .collect(),
    ))
}

/// The title of an event from its stored texts (Italian first).
fn title_of(texts: &str) -> String {
    let texts: BTreeMap<String, Texts> = serde_json::from_str(texts).unwrap_or_default();
    texts
        .get(Lang::SOURCE.code())
        .or_else(|| texts.values().next())
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// Events this person created (as staff or a leader).
pub async fn export_organised(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT texts, starts_at, status FROM events WHERE created_by = $1 ORDER BY starts_at",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|(texts, s, status)| {
                json!({"event": title_of(&texts), "starts_at": crate::time::iso(s), "status": status})
            })
            .collect(),
    ))
}

/// Events they organised stay (others signed up for them), without them.
pub async fn erase_organised(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE events SET created_by = 0 WHERE created_by = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Reminders due or sent to this person.
pub async fn export_reminders(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<(String, i64, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT e.texts, r.due_at, r.done_at, r.outcome FROM reminders r JOIN events e ON e.id = r.event_id
         WHERE r.user_id = $1 ORDER BY r.due_at",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|(texts, due, done, outcome)| {
                json!({"event": title_of(&texts), "due_at": crate::time::iso(due),
                       "done_at": done.map(crate::time::iso), "outcome": outcome})
            })
            .collect(),
    ))
}

pub async fn erase_reminders(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM reminders WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn erase(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM signups WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
