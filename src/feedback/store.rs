//! Feedback queries: prompts after events, answers, thumbs on services,
//! search misses, the aggregates behind /report and the CSV exports, and the
//! user's share of it for /mydata and /delete.

use chrono::{DateTime, Utc};
use rand::Rng;
use serde_json::{Value, json};
use sqlx::AnyConnection;

use super::model::{Period, Reason};
use crate::storage::{Backend, Db};

/// Whose data a report covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Staff: everything.
    All,
    /// A leader: the events of their association.
    Association(i64),
}

impl Scope {
    /// (flag, id) binds for `($n = 0 OR association_id = $m)`.
    fn binds(self) -> (i64, i64) {
        match self {
            Scope::All => (0, 0),
            Scope::Association(a) => (1, a),
        }
    }
}

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

/// Events that ended at least `delay` seconds ago (and not more than
/// `window` seconds ago) whose prompts are not queued yet.
pub async fn rounds_due(
    db: &Db,
    now: DateTime<Utc>,
    delay: i64,
    window: i64,
) -> anyhow::Result<Vec<i64>> {
    let now = now.timestamp();
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT e.id FROM events e
         WHERE e.status = 'scheduled' AND e.ends_at <= $1 AND e.ends_at > $2
           AND NOT EXISTS (SELECT 1 FROM feedback_rounds r WHERE r.event_id = e.id)
         ORDER BY e.ends_at LIMIT 50",
    )
    .bind(now - delay)
    .bind(now - window)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Queues one prompt for each person marked present, or, when attendance
/// was not marked, for everyone confirmed. Returns how many were queued.
pub async fn queue_round(db: &Db, event_id: i64, now: DateTime<Utc>) -> anyhow::Result<i64> {
    let mut tx = db.pool().begin().await?;
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
    let (marked,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM signups WHERE event_id = $1 AND status = 'confirmed' AND attended = 1",
    )
    .bind(event_id)
    .fetch_one(&mut *tx)
    .await?;
    let who = if marked > 0 {
        "attended = 1"
    } else {
        "attended IS NULL"
    };
    let queued = sqlx::query(&format!(
        "INSERT INTO feedback_prompts (event_id, user_id, created_at)
         SELECT event_id, user_id, $2 FROM signups
         WHERE event_id = $1 AND status = 'confirmed' AND {who}
         ON CONFLICT DO NOTHING"
    ))
    .bind(event_id)
    .bind(now.timestamp())
    .execute(&mut *tx)
    .await?
    .rows_affected() as i64;
    sqlx::query("UPDATE feedback_rounds SET prompts = $1 WHERE event_id = $2")
        .bind(queued)
        .bind(event_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(queued)
}

/// Prompts not yet accepted by Telegram: (event, user).
pub async fn unsent_prompts(db: &Db, limit: i64) -> anyhow::Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT event_id, user_id FROM feedback_prompts WHERE sent_at IS NULL
         ORDER BY created_at, event_id, user_id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

pub async fn close_prompt(
    db: &Db,
    event_id: i64,
    user_id: i64,
    outcome: crate::telegram::scheduled::Outcome,
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
    pub kind: &'a str,
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
    let mut tx = db.pool().begin().await?;
    let author = pseudonym(&mut tx, user_id).await?;
    let id: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO feedback (author, kind, event_id, service_id, association_id, topic, lang, rating, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(&author)
    .bind(s.kind)
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
    let mut tx = db.pool().begin().await?;
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

/// A search that found nothing (no user, no words: a count).
pub async fn record_miss(
    db: &Db,
    lang: &str,
    topic: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO search_misses (lang, topic, created_at) VALUES ($1, $2, $3)")
        .bind(lang)
        .bind(topic)
        .bind(now.timestamp())
        .execute(db.pool())
        .await?;
    Ok(())
}

// ---- aggregates ----

/// Aggregates of one combination of subject, topic, association and language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    pub kind: String,
    pub event_id: Option<i64>,
    pub service_id: Option<String>,
    pub association_id: Option<i64>,
    pub topic: String,
    pub lang: String,
    pub counts: Counts,
}

/// Numbers that add up across groups.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub responses: i64,
    /// Responses per star, 1 to 5.
    pub stars: [i64; 5],
    pub up: i64,
    pub down: i64,
    /// Mentions per reason, indexed by `Reason::index`.
    pub reasons: [i64; Reason::ALL.len()],
    pub comments: i64,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.responses += o.responses;
        self.up += o.up;
        self.down += o.down;
        self.comments += o.comments;
        for (a, b) in self.stars.iter_mut().zip(o.stars) {
            *a += b;
        }
        for (a, b) in self.reasons.iter_mut().zip(o.reasons) {
            *a += b;
        }
    }

    pub fn rated(&self) -> i64 {
        self.stars.iter().sum()
    }

    pub fn average(&self) -> Option<f64> {
        let n = self.rated();
        (n > 0).then(|| {
            self.stars
                .iter()
                .enumerate()
                .map(|(i, c)| (i as i64 + 1) * c)
                .sum::<i64>() as f64
                / n as f64
        })
    }

    /// Reasons by mentions, most first (ties in list order), without zeros.
    pub fn top_reasons(&self) -> Vec<(Reason, i64)> {
        let mut v: Vec<_> = Reason::ALL
            .into_iter()
            .map(|r| (r, self.reasons.get(r.index()).copied().unwrap_or(0)))
            .filter(|(_, n)| *n > 0)
            .collect();
        v.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        v
    }
}

/// SQLite's planner, without statistics, would read by date and sort; the
/// covering index in group order is several times faster for long periods
/// and no slower for short ones.
fn group_order(db: &Db) -> &'static str {
    match db.backend() {
        Backend::Sqlite => "INDEXED BY feedback_groups",
        Backend::Postgres => "",
    }
}

/// Every group with feedback in `period`, in one pass over the table.
pub async fn groups(db: &Db, period: Period, scope: Scope) -> anyhow::Result<Vec<Group>> {
    let sum = |expr: String| format!("CAST(SUM({expr}) AS BIGINT)");
    let mut cols = vec!["COUNT(*)".to_owned()];
    for star in 1..=5 {
        cols.push(sum(format!("CASE WHEN rating = {star} THEN 1 ELSE 0 END")));
    }
    cols.push(sum("CASE WHEN thumbs = 1 THEN 1 ELSE 0 END".into()));
    cols.push(sum("CASE WHEN thumbs = -1 THEN 1 ELSE 0 END".into()));
    for r in Reason::ALL {
        cols.push(sum(format!("(reasons / {}) % 2", r.bit())));
    }
    cols.push(sum("CASE WHEN comment IS NULL THEN 0 ELSE 1 END".into()));
    let (flag, assoc) = scope.binds();
    let sql = format!(
        "SELECT kind, event_id, service_id, association_id, topic, lang, {}
         FROM feedback {} WHERE created_at >= $1 AND created_at < $2
           AND ($3 = 0 OR (kind = 'event' AND association_id = $4))
         GROUP BY kind, event_id, service_id, association_id, topic, lang",
        cols.join(", "),
        group_order(db),
    );
    let rows = sqlx::query(&sql)
        .bind(period.from)
        .bind(period.to)
        .bind(flag)
        .bind(assoc)
        .fetch_all(db.pool())
        .await?;
    use sqlx::Row;
    rows.iter()
        .map(|r| {
            let n = |i: usize| -> anyhow::Result<i64> { Ok(r.try_get::<i64, _>(i)?) };
            let mut c = Counts {
                responses: n(6)?,
                up: n(12)?,
                down: n(13)?,
                comments: n(14 + Reason::ALL.len())?,
                ..Counts::default()
            };
            for (s, stars) in c.stars.iter_mut().enumerate() {
                *stars = n(7 + s)?;
            }
            for (i, count) in c.reasons.iter_mut().enumerate() {
                *count = n(14 + i)?;
            }
            Ok(Group {
                kind: r.try_get(0)?,
                event_id: r.try_get(1)?,
                service_id: r.try_get(2)?,
                association_id: r.try_get(3)?,
                topic: r.try_get(4)?,
                lang: r.try_get(5)?,
                counts: c,
            })
        })
        .collect()
}

/// A comment with what it is about (never who wrote it).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct CommentRow {
    pub kind: String,
    pub event_id: Option<i64>,
    pub service_id: Option<String>,
    pub rating: Option<i64>,
    pub text: String,
    pub created_at: i64,
}

pub async fn comments(
    db: &Db,
    period: Period,
    scope: Scope,
    limit: i64,
) -> anyhow::Result<Vec<CommentRow>> {
    let (flag, assoc) = scope.binds();
    Ok(sqlx::query_as(
        "SELECT kind, event_id, service_id, rating, comment AS text, created_at FROM feedback
             WHERE created_at >= $1 AND created_at < $2 AND comment IS NOT NULL
               AND ($3 = 0 OR (kind = 'event' AND association_id = $4))
             ORDER BY created_at DESC, id DESC LIMIT $5",
    )
    .bind(period.from)
    .bind(period.to)
    .bind(flag)
    .bind(assoc)
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

/// Average rating per topic and time bucket (`bucket` seconds from the
/// period's start): (topic, bucket index, ratings, sum of ratings).
pub async fn ratings_over_time(
    db: &Db,
    period: Period,
    scope: Scope,
    bucket: i64,
) -> anyhow::Result<Vec<(String, i64, i64, i64)>> {
    let (flag, assoc) = scope.binds();
    Ok(sqlx::query_as(&format!(
        "SELECT topic, (created_at - $1) / $3, COUNT(*), CAST(SUM(rating) AS BIGINT) FROM feedback {}
         WHERE created_at >= $1 AND created_at < $2 AND rating IS NOT NULL
           AND ($4 = 0 OR (kind = 'event' AND association_id = $5))
         GROUP BY 1, 2 ORDER BY 1, 2",
        group_order(db)
    ))
    .bind(period.from)
    .bind(period.to)
    .bind(bucket)
    .bind(flag)
    .bind(assoc)
    .fetch_all(db.pool())
    .await?)
}

/// What the directory is missing: (source, topic, language, count), where
/// source is "search" (a search found nothing), "request" (someone told us
/// what they looked for) or "wrong-info" (a report on a service card).
pub async fn content_gaps(
    db: &Db,
    period: Period,
) -> anyhow::Result<Vec<(String, String, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT 'search', topic, lang, COUNT(*) FROM search_misses
           WHERE created_at >= $1 AND created_at < $2 GROUP BY topic, lang
         UNION ALL
         SELECT 'request', '', lang, COUNT(*) FROM content_gaps
           WHERE created_at >= $1 AND created_at < $2 GROUP BY lang
         UNION ALL
         SELECT 'wrong-info', COALESCE(s.topic, ''), r.lang, COUNT(*) FROM service_reports r
           LEFT JOIN services s ON s.id = r.service_id
           WHERE r.created_at >= $1 AND r.created_at < $2 GROUP BY COALESCE(s.topic, ''), r.lang",
    )
    .bind(period.from)
    .bind(period.to)
    .fetch_all(db.pool())
    .await?)
}

/// Sign-ups and attendance of one event.
#[derive(Clone, Debug, PartialEq)]
pub struct Participation {
    pub event_id: i64,
    pub texts: String,
    pub kind: String,
    pub topic: String,
    pub association: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub capacity: i64,
    pub cancelled: bool,
    pub confirmed: i64,
    pub waitlist: i64,
    pub withdrawn: i64,
    pub attended: i64,
    /// Marked present or absent.
    pub marked: i64,
}

impl Participation {
    /// Confirmed people marked absent, when attendance was taken.
    pub fn no_shows(&self) -> Option<i64> {
        (self.marked > 0).then_some(self.confirmed - self.attended)
    }
}

/// Events starting in `period`, with their sign-up figures.
pub async fn participation(
    db: &Db,
    period: Period,
    scope: Scope,
) -> anyhow::Result<Vec<Participation>> {
    let (flag, assoc) = scope.binds();
    let count = |cond: &str| {
        format!("CAST(COALESCE(SUM(CASE WHEN {cond} THEN 1 ELSE 0 END), 0) AS BIGINT)")
    };
    let sql = format!(
        "SELECT e.id, e.texts, e.kind, e.topic, COALESCE(a.name, ''), e.starts_at, e.ends_at, e.capacity, e.status,
                {}, {}, {}, {}, {}
         FROM events e
         LEFT JOIN associations a ON a.id = e.association_id
         LEFT JOIN signups s ON s.event_id = e.id
         WHERE e.starts_at >= $1 AND e.starts_at < $2 AND ($3 = 0 OR e.association_id = $4)
         GROUP BY e.id, e.texts, e.kind, e.topic, a.name, e.starts_at, e.ends_at, e.capacity, e.status
         ORDER BY e.starts_at, e.id",
        count("s.status = 'confirmed'"),
        count("s.status = 'waitlist'"),
        count("s.status = 'cancelled'"),
        count("s.status = 'confirmed' AND s.attended = 1"),
        count("s.status = 'confirmed' AND s.attended IS NOT NULL"),
    );
    use sqlx::Row;
    let rows = sqlx::query(&sql)
        .bind(period.from)
        .bind(period.to)
        .bind(flag)
        .bind(assoc)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Participation {
                event_id: r.try_get(0)?,
                texts: r.try_get(1)?,
                kind: r.try_get(2)?,
                topic: r.try_get(3)?,
                association: r.try_get(4)?,
                starts_at: r.try_get(5)?,
                ends_at: r.try_get(6)?,
                capacity: r.try_get(7)?,
                cancelled: r.try_get::<String, _>(8)? == "cancelled",
                confirmed: r.try_get(9)?,
                waitlist: r.try_get(10)?,
                withdrawn: r.try_get(11)?,
                attended: r.try_get(12)?,
                marked: r.try_get(13)?,
            })
        })
        .collect()
}

/// How far one broadcast got.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct Reach {
    pub broadcast_id: i64,
    pub started_at: i64,
    pub audience: String,
    pub recipients: i64,
    pub sent: i64,
    pub unreachable: i64,
    pub failed: i64,
    pub pending: i64,
}

/// Broadcasts started in `period` (a leader: their association's).
pub async fn reach(db: &Db, period: Period, scope: Scope) -> anyhow::Result<Vec<Reach>> {
    let count = |status: &str| {
        format!(
            "CAST(COALESCE(SUM(CASE WHEN d.status = '{status}' THEN 1 ELSE 0 END), 0) AS BIGINT)"
        )
    };
    let (flag, assoc) = scope.binds();
    let audience = serde_json::to_string(&crate::broadcasts::store::Audience::Association(assoc))?;
    let sql = format!(
        "SELECT b.id AS broadcast_id, COALESCE(b.started_at, b.created_at) AS started_at, b.audience,
                COUNT(d.user_id) AS recipients, {} AS sent, {} AS unreachable, {} AS failed, {} AS pending
         FROM broadcasts b LEFT JOIN deliveries d ON d.broadcast_id = b.id
         WHERE b.status IN ('sending', 'done') AND COALESCE(b.started_at, b.created_at) >= $1
           AND COALESCE(b.started_at, b.created_at) < $2 AND ($3 = 0 OR b.audience = $4)
         GROUP BY b.id, b.started_at, b.created_at, b.audience ORDER BY 2, 1",
        count("sent"),
        count("unreachable"),
        count("failed"),
        count("pending"),
    );
    Ok(sqlx::query_as(&sql)
        .bind(period.from)
        .bind(period.to)
        .bind(flag)
        .bind(audience)
        .fetch_all(db.pool())
        .await?)
}

// ---- proof of participation ----

/// Events `user_id` was marked present at, oldest first.
/// Events `user_id` was marked present at that had ended by `by`: what a
/// certificate may attest.
pub async fn attended(db: &Db, user_id: i64, by: DateTime<Utc>) -> anyhow::Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT e.id FROM events e JOIN signups s ON s.event_id = e.id
         WHERE s.user_id = $1 AND s.status = 'confirmed' AND s.attended = 1 AND e.status = 'scheduled'
           AND e.ends_at <= $2
         ORDER BY e.starts_at, e.id",
    )
    .bind(user_id)
    .bind(by.timestamp())
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// A certificate as the check finds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Issued {
    Valid {
        user_id: i64,
        name: String,
        content: String,
        issued_at: i64,
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
                issued_at,
            },
            _ => Issued::Withdrawn,
        }
    }))
}

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

/// Whether `user_id` was marked present at any event (one indexed lookup,
/// for the main menu).
pub async fn has_attended(db: &Db, user_id: i64) -> anyhow::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM signups s JOIN events e ON e.id = s.event_id
         WHERE s.user_id = $1 AND s.status = 'confirmed' AND s.attended = 1 AND e.status = 'scheduled'
         LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.is_some())
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
