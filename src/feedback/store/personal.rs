//! The user's share of feedback's tables, for /mydata and /delete.

use serde_json::{Value, json};
use sqlx::AnyConnection;

use crate::feedback::model::Reason;

/// Certificates issued to this person (codes and dates).
pub async fn export_certificates(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
        "SELECT code, name, issued_at FROM certificates WHERE user_id = $1 ORDER BY issued_at",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|(code, name, at)| {
                json!({"code": code, "name_printed": name, "issued_at": crate::time::iso(at)})
            })
            .collect(),
    ))
}

/// Withdraws this person's certificates: a check of their codes then
/// answers "withdrawn", and nothing about them is kept.
pub async fn withdraw_certificates(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE certificates SET user_id = NULL, name = NULL, content = NULL,
                withdrawn_at = issued_at WHERE user_id = $1",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

// ---- personal data ----

/// kind, event, service, rating, thumbs, reasons, comment, given at.
type ExportRow = (
    String,
    Option<i64>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    i64,
    Option<String>,
    i64,
);

pub async fn export(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<ExportRow> =
        sqlx::query_as(
            "SELECT f.kind, f.event_id, f.service_id, f.rating, f.thumbs, f.reasons, f.comment, f.created_at
             FROM feedback f JOIN feedback_authors a ON a.pseudonym = f.author
             WHERE a.user_id = $1 ORDER BY f.id",
        )
        .bind(user_id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(
                |(kind, event, service, rating, thumbs, reasons, comment, at)| {
                    json!({
                        "about": kind,
                        "event_id": event,
                        "service_id": service,
                        "rating": rating,
                        "useful": thumbs.map(|t| t > 0),
                        "reasons": Reason::in_set(reasons).map(Reason::code).collect::<Vec<_>>(),
                        "comment": comment,
                        "given_at": crate::time::iso(at),
                    })
                },
            )
            .collect(),
    ))
}

/// Unlinks the user from their feedback: the rows stay, anonymous, in the
/// aggregates; the pseudonym that tied them together is gone.
pub async fn erase(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    // Ratings and reasons stay in the anonymous figures; words they wrote
    // (which may name them) go.
    sqlx::query(
        "UPDATE feedback SET author = NULL, comment = NULL
         WHERE author = (SELECT pseudonym FROM feedback_authors WHERE user_id = $1)",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM feedback_authors WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// event, queued, sent, outcome, answered.
type PromptRow = (i64, i64, Option<i64>, Option<String>, Option<i64>);

/// The "how was it?" questions sent (or due) to this person.
pub async fn export_prompts(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<PromptRow> = sqlx::query_as(
        "SELECT event_id, created_at, sent_at, outcome, answered_at FROM feedback_prompts
         WHERE user_id = $1 ORDER BY created_at",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|(event, at, sent, outcome, answered)| {
                json!({"event_id": event, "queued_at": crate::time::iso(at),
                       "sent_at": sent.map(crate::time::iso), "outcome": outcome,
                       "answered_at": answered.map(crate::time::iso)})
            })
            .collect(),
    ))
}

pub async fn erase_prompts(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM feedback_prompts WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
