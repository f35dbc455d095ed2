//! Queries for staff, associations, memberships, invites and topic follows.

use chrono::{DateTime, Utc};
use rand::{Rng, distr::Alphanumeric};
use serde_json::{Value, json};
use sqlx::AnyConnection;

use crate::{domain::Topic, storage::Db};

#[derive(Clone, Debug, PartialEq)]
pub struct Association {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub languages: Vec<String>,
}

type AssocRow = (i64, String, String, String);

fn assoc((id, name, description, languages): AssocRow) -> Association {
    Association {
        id,
        name,
        description,
        languages: languages
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
    }
}

pub async fn grant_staff(db: &Db, user_id: i64, by: i64, now: DateTime<Utc>) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO staff (user_id, granted_by, granted_at) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING")
        .bind(user_id)
        .bind(by)
        .bind(now.timestamp())
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn revoke_staff(db: &Db, user_id: i64) -> anyhow::Result<bool> {
    let r = sqlx::query("DELETE FROM staff WHERE user_id = $1")
        .bind(user_id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Staff members with their first names.
pub async fn staff_list(db: &Db) -> anyhow::Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT s.user_id, COALESCE(u.first_name, '') FROM staff s LEFT JOIN users u ON u.id = s.user_id ORDER BY s.granted_at, s.user_id",
    )
    .fetch_all(db.pool())
    .await?)
}

pub async fn create(
    db: &Db,
    name: &str,
    description: &str,
    languages: &[String],
    by: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO associations (name, description, languages, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(name)
    .bind(description)
    .bind(languages.join(","))
    .bind(by)
    .bind(now.timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(id)
}

pub async fn get(db: &Db, id: i64) -> anyhow::Result<Option<Association>> {
    let row: Option<AssocRow> =
        sqlx::query_as("SELECT id, name, description, languages FROM associations WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.map(assoc))
}

pub async fn all(db: &Db) -> anyhow::Result<Vec<Association>> {
    let rows: Vec<AssocRow> = sqlx::query_as(
        "SELECT id, name, description, languages FROM associations ORDER BY name, id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(assoc).collect())
}

pub async fn leaders(db: &Db, association_id: i64) -> anyhow::Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT l.user_id, COALESCE(u.first_name, '') FROM association_leaders l
         LEFT JOIN users u ON u.id = l.user_id WHERE l.association_id = $1 ORDER BY l.since",
    )
    .bind(association_id)
    .fetch_all(db.pool())
    .await?)
}

/// Takes `user_id`'s leadership of `association_id` away; false if they
/// did not lead it.
pub async fn remove_leader(db: &Db, association_id: i64, user_id: i64) -> anyhow::Result<bool> {
    let r =
        sqlx::query("DELETE FROM association_leaders WHERE association_id = $1 AND user_id = $2")
            .bind(association_id)
            .bind(user_id)
            .execute(db.pool())
            .await?;
    Ok(r.rows_affected() == 1)
}

/// Leader invites of the association that could still be used.
pub async fn open_leader_invites(
    db: &Db,
    association_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM invites WHERE association_id = $1 AND kind = $2
         AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $3)
         AND (max_uses IS NULL OR uses < max_uses)",
    )
    .bind(association_id)
    .bind(InviteKind::Leader.code())
    .bind(now.timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(n)
}

/// Revokes every leader invite of the association not used yet.
pub async fn revoke_leader_invites(
    db: &Db,
    association_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let r = sqlx::query(
        "UPDATE invites SET revoked_at = $1 WHERE association_id = $2 AND kind = $3
         AND revoked_at IS NULL AND (max_uses IS NULL OR uses < max_uses)",
    )
    .bind(now.timestamp())
    .bind(association_id)
    .bind(InviteKind::Leader.code())
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected())
}

pub async fn member_count(db: &Db, association_id: i64) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM memberships WHERE association_id = $1")
        .bind(association_id)
        .fetch_one(db.pool())
        .await?;
    Ok(n)
}

/// Whether the user belongs to any association (the main menu's question).
pub async fn is_member(db: &Db, user_id: i64) -> anyhow::Result<bool> {
    db.exists(
        "SELECT 1 FROM memberships WHERE user_id = $1 LIMIT 1",
        user_id,
    )
    .await
}

/// The user's memberships: (association, muted).
pub async fn memberships(db: &Db, user_id: i64) -> anyhow::Result<Vec<(Association, bool)>> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT a.id, a.name, a.description, a.languages, m.muted FROM memberships m
         JOIN associations a ON a.id = m.association_id WHERE m.user_id = $1 ORDER BY a.name",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, n, d, l, m)| (assoc((id, n, d, l)), m != 0))
        .collect())
}

pub async fn join(
    db: &Db,
    association_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "INSERT INTO memberships (association_id, user_id, joined_at) VALUES ($1, $2, $3)
         ON CONFLICT (association_id, user_id) DO NOTHING",
    )
    .bind(association_id)
    .bind(user_id)
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn leave(db: &Db, association_id: i64, user_id: i64) -> anyhow::Result<bool> {
    let r = sqlx::query("DELETE FROM memberships WHERE association_id = $1 AND user_id = $2")
        .bind(association_id)
        .bind(user_id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn set_muted(
    db: &Db,
    association_id: i64,
    user_id: i64,
    muted: bool,
) -> anyhow::Result<bool> {
    let r =
        sqlx::query("UPDATE memberships SET muted = $1 WHERE association_id = $2 AND user_id = $3")
            .bind(i64::from(muted))
            .bind(association_id)
            .bind(user_id)
            .execute(db.pool())
            .await?;
    Ok(r.rows_affected() == 1)
}

/// What an invite link makes of whoever opens it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InviteKind {
    /// Single-use, expiring: the leader of the association.
    Leader,
    /// Multi-use until revoked: a member.
    Member,
}

impl InviteKind {
    /// As stored in `invites.kind`.
    fn code(self) -> &'static str {
        match self {
            InviteKind::Leader => "leader",
            InviteKind::Member => "member",
        }
    }

    /// The first character of the deep-link payload.
    pub fn prefix(self) -> char {
        match self {
            InviteKind::Leader => 'L',
            InviteKind::Member => 'M',
        }
    }
}

/// A random, unguessable code (22 alphanumerics ≈ 131 bits).
fn random_code() -> String {
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(22)
        .map(char::from)
        .collect()
}

pub async fn create_invite(
    db: &Db,
    association_id: i64,
    kind: InviteKind,
    by: i64,
    now: DateTime<Utc>,
    expires_at: Option<DateTime<Utc>>,
) -> anyhow::Result<String> {
    let code = random_code();
    sqlx::query(
        "INSERT INTO invites (code, association_id, kind, created_by, created_at, expires_at, max_uses)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&code)
    .bind(association_id)
    .bind(kind.code())
    .bind(by)
    .bind(now.timestamp())
    .bind(expires_at.map(|t| t.timestamp()))
    .bind(if kind == InviteKind::Leader { Some(1i64) } else { None })
    .execute(db.pool())
    .await?;
    Ok(code)
}

/// The association's current member invite code, if one is active.
pub async fn active_member_invite(db: &Db, association_id: i64) -> anyhow::Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT code FROM invites WHERE association_id = $1 AND kind = $2 AND revoked_at IS NULL
         ORDER BY created_at DESC LIMIT 1",
    )
    .bind(association_id)
    .bind(InviteKind::Member.code())
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|r| r.0))
}

pub async fn revoke_member_invites(
    db: &Db,
    association_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let r = sqlx::query("UPDATE invites SET revoked_at = $1 WHERE association_id = $2 AND kind = $3 AND revoked_at IS NULL")
        .bind(now.timestamp())
        .bind(association_id)
        .bind(InviteKind::Member.code())
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected())
}

#[derive(Debug, PartialEq)]
pub enum Redeem {
    Joined(i64),
    AlreadyMember(i64),
    BecameLeader(i64),
    AlreadyLeads(i64),
    Invalid,
}

/// Uses an invite. A leader invite is used at most once, atomically.
pub async fn redeem(
    db: &Db,
    kind: InviteKind,
    code: &str,
    user_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<Redeem> {
    let mut tx = db.begin().await?;
    // Claim one use in a single statement so two people cannot both use a
    // single-use invite.
    let claimed: Option<(i64,)> = sqlx::query_as(
        "UPDATE invites SET uses = uses + 1
         WHERE code = $1 AND kind = $2 AND revoked_at IS NULL
           AND (expires_at IS NULL OR expires_at > $3)
           AND (max_uses IS NULL OR uses < max_uses)
         RETURNING association_id",
    )
    .bind(code)
    .bind(kind.code())
    .bind(now.timestamp())
    .fetch_optional(&mut *tx)
    .await?;
    let Some((association_id,)) = claimed else {
        tx.rollback().await?;
        return Ok(Redeem::Invalid);
    };
    let outcome = match kind {
        InviteKind::Member => {
            let r = sqlx::query(
                "INSERT INTO memberships (association_id, user_id, joined_at) VALUES ($1, $2, $3)
                 ON CONFLICT (association_id, user_id) DO NOTHING",
            )
            .bind(association_id)
            .bind(user_id)
            .bind(now.timestamp())
            .execute(&mut *tx)
            .await?;
            if r.rows_affected() == 1 {
                Redeem::Joined(association_id)
            } else {
                Redeem::AlreadyMember(association_id)
            }
        }
        InviteKind::Leader => {
            let current: Option<(i64,)> =
                sqlx::query_as("SELECT association_id FROM association_leaders WHERE user_id = $1")
                    .bind(user_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            if let Some((other,)) = current {
                // Not used up: roll back the claimed use.
                tx.rollback().await?;
                return Ok(Redeem::AlreadyLeads(other));
            }
            sqlx::query("INSERT INTO association_leaders (user_id, association_id, since) VALUES ($1, $2, $3)")
                .bind(user_id)
                .bind(association_id)
                .bind(now.timestamp())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO memberships (association_id, user_id, joined_at) VALUES ($1, $2, $3)
                 ON CONFLICT (association_id, user_id) DO NOTHING",
            )
            .bind(association_id)
            .bind(user_id)
            .bind(now.timestamp())
            .execute(&mut *tx)
            .await?;
            Redeem::BecameLeader(association_id)
        }
    };
    tx.commit().await?;
    Ok(outcome)
}

/// The topics the user follows (codes no longer known are left out).
pub async fn follows(db: &Db, user_id: i64) -> anyhow::Result<Vec<Topic>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT topic FROM topic_follows WHERE user_id = $1 ORDER BY topic")
            .bind(user_id)
            .fetch_all(db.pool())
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| Topic::from_code(&r.0))
        .collect())
}

/// Follows `topic`, or stops following it; true if now followed.
pub async fn toggle_follow(db: &Db, user_id: i64, topic: Topic) -> anyhow::Result<bool> {
    let topic = topic.code();
    let r = sqlx::query("DELETE FROM topic_follows WHERE user_id = $1 AND topic = $2")
        .bind(user_id)
        .bind(topic)
        .execute(db.pool())
        .await?;
    if r.rows_affected() == 0 {
        sqlx::query("INSERT INTO topic_follows (user_id, topic) VALUES ($1, $2)")
            .bind(user_id)
            .bind(topic)
            .execute(db.pool())
            .await?;
        return Ok(true);
    }
    Ok(false)
}

// ---- personal data ----

pub async fn export(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let member: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT a.name, m.joined_at, m.muted FROM memberships m JOIN associations a ON a.id = m.association_id
         WHERE m.user_id = $1 ORDER BY a.name",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    let leads: Option<(String,)> = sqlx::query_as(
        "SELECT a.name FROM association_leaders l JOIN associations a ON a.id = l.association_id WHERE l.user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    let staff: Option<(i64,)> = sqlx::query_as("SELECT granted_at FROM staff WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&mut *conn)
        .await?;
    let topics: Vec<(String,)> =
        sqlx::query_as("SELECT topic FROM topic_follows WHERE user_id = $1 ORDER BY topic")
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await?;
    if member.is_empty() && leads.is_none() && staff.is_none() && topics.is_empty() {
        return Ok(Value::Null);
    }
    Ok(json!({
        "memberships": member.into_iter().map(|(n, j, m)| json!({"association": n, "joined_at": crate::time::iso(j), "muted": m != 0})).collect::<Vec<_>>(),
        "leader_of": leads.map(|l| l.0),
        "staff_since": staff.map(|s| crate::time::iso(s.0)),
        "topics_followed": topics.into_iter().map(|t| t.0).collect::<Vec<_>>(),
    }))
}

/// Invite links this person made.
pub async fn export_invites(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let rows: Vec<(String, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT a.name, i.kind, i.created_at, i.uses, i.revoked_at FROM invites i
         JOIN associations a ON a.id = i.association_id WHERE i.created_by = $1 ORDER BY i.created_at",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|(name, kind, at, uses, revoked)| {
                json!({"association": name, "kind": kind, "created_at": crate::time::iso(at),
                       "uses": uses, "revoked_at": revoked.map(crate::time::iso)})
            })
            .collect(),
    ))
}

/// Invite links they made stop working, and keep no trace of them.
pub async fn erase_invites(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE invites SET revoked_at = COALESCE(revoked_at, created_at), created_by = 0 WHERE created_by = $1",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn erase(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    // Associations they created and staff they granted stay, without them.
    sqlx::query("UPDATE associations SET created_by = 0 WHERE created_by = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE staff SET granted_by = 0 WHERE granted_by = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    for table in [
        "memberships",
        "association_leaders",
        "staff",
        "topic_follows",
    ] {
        let col = "user_id";
        sqlx::query(&format!("DELETE FROM {table} WHERE {col} = $1"))
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
