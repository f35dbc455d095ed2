//! The aggregates behind /report: groups of the feedback table, comments
//! and ratings over time. Never a row that names its author.

use chrono::{DateTime, Utc};
use sqlx::Row;

use crate::{
    access::Scope,
    feedback::model::{Kind, Period, Reason},
    storage::{Backend, Db},
};

/// (flag, id) binds for `($n = 0 OR association_id = $m)`.
fn binds(scope: Scope) -> (i64, i64) {
    match scope {
        Scope::All => (0, 0),
        Scope::Association(a) => (1, a),
    }
}

// ---- aggregates ----

/// Aggregates of one combination of subject, topic, association and language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    pub kind: Kind,
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
    // Each figure under its own name, read back by that name.
    let mut cols = vec!["COUNT(*) AS responses".to_owned()];
    for star in 1..=5 {
        cols.push(format!(
            "{} AS stars_{star}",
            sum(format!("CASE WHEN rating = {star} THEN 1 ELSE 0 END"))
        ));
    }
    cols.push(format!(
        "{} AS up",
        sum("CASE WHEN thumbs = 1 THEN 1 ELSE 0 END".into())
    ));
    cols.push(format!(
        "{} AS down",
        sum("CASE WHEN thumbs = -1 THEN 1 ELSE 0 END".into())
    ));
    for r in Reason::ALL {
        cols.push(format!(
            "{} AS reason_{}",
            sum(format!("(reasons / {}) % 2", r.bit())),
            r.index()
        ));
    }
    cols.push(format!(
        "{} AS comments",
        sum("CASE WHEN comment IS NULL THEN 0 ELSE 1 END".into())
    ));
    let (flag, assoc) = binds(scope);
    let sql = format!(
        "SELECT kind, event_id, service_id, association_id, topic, lang, {}
         FROM feedback {} WHERE created_at >= $1 AND created_at < $2
           AND ($3 = 0 OR (kind = 'event' AND association_id = $4))
         GROUP BY kind, event_id, service_id, association_id, topic, lang",
        cols.join(", "),
        group_order(db),
    );
    let rows = sqlx::query(&sql)
        .bind(period.from.timestamp())
        .bind(period.to.timestamp())
        .bind(flag)
        .bind(assoc)
        .fetch_all(db.reader())
        .await?;
    rows.iter()
        .map(|r| {
            let n = |col: &str| -> anyhow::Result<i64> { Ok(r.try_get::<i64, _>(col)?) };
            let mut c = Counts {
                responses: n("responses")?,
                up: n("up")?,
                down: n("down")?,
                comments: n("comments")?,
                ..Counts::default()
            };
            for (s, stars) in c.stars.iter_mut().enumerate() {
                *stars = n(&format!("stars_{}", s + 1))?;
            }
            for r in Reason::ALL {
                if let Some(count) = c.reasons.get_mut(r.index()) {
                    *count = n(&format!("reason_{}", r.index()))?;
                }
            }
            Ok(Group {
                kind: kind(r)?,
                event_id: r.try_get("event_id")?,
                service_id: r.try_get("service_id")?,
                association_id: r.try_get("association_id")?,
                topic: r.try_get("topic")?,
                lang: r.try_get("lang")?,
                counts: c,
            })
        })
        .collect()
}

/// The `kind` column, read once into its enum.
fn kind(r: &sqlx::any::AnyRow) -> anyhow::Result<Kind> {
    let code: String = r.try_get("kind")?;
    Kind::from_code(&code).ok_or_else(|| anyhow::anyhow!("unknown feedback kind {code:?}"))
}

/// A comment with what it is about (never who wrote it).
#[derive(Clone, Debug, PartialEq)]
pub struct CommentRow {
    pub kind: Kind,
    pub event_id: Option<i64>,
    pub service_id: Option<String>,
    pub rating: Option<i64>,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

pub async fn comments(
    db: &Db,
    period: Period,
    scope: Scope,
    limit: i64,
) -> anyhow::Result<Vec<CommentRow>> {
    let (flag, assoc) = binds(scope);
    let rows = sqlx::query(
        "SELECT kind, event_id, service_id, rating, comment AS text, created_at FROM feedback
             WHERE created_at >= $1 AND created_at < $2 AND comment IS NOT NULL
               AND ($3 = 0 OR (kind = 'event' AND association_id = $4))
             ORDER BY created_at DESC, id DESC LIMIT $5",
    )
    .bind(period.from.timestamp())
    .bind(period.to.timestamp())
    .bind(flag)
    .bind(assoc)
    .bind(limit)
    .fetch_all(db.reader())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(CommentRow {
                kind: kind(r)?,
                event_id: r.try_get("event_id")?,
                service_id: r.try_get("service_id")?,
                rating: r.try_get("rating")?,
                text: r.try_get("text")?,
                created_at: crate::time::utc(r.try_get("created_at")?),
            })
        })
        .collect()
}

/// Average rating per topic and time bucket (`bucket` seconds from the
/// period's start): (topic, bucket index, ratings, sum of ratings).
pub async fn ratings_over_time(
    db: &Db,
    period: Period,
    scope: Scope,
    bucket: i64,
) -> anyhow::Result<Vec<(String, i64, i64, i64)>> {
    let (flag, assoc) = binds(scope);
    Ok(sqlx::query_as(&format!(
        "SELECT topic, (created_at - $1) / $3, COUNT(*), CAST(SUM(rating) AS BIGINT) FROM feedback {}
         WHERE created_at >= $1 AND created_at < $2 AND rating IS NOT NULL
           AND ($4 = 0 OR (kind = 'event' AND association_id = $5))
         GROUP BY 1, 2 ORDER BY 1, 2",
        group_order(db)
    ))
    .bind(period.from.timestamp())
    .bind(period.to.timestamp())
    .bind(bucket)
    .bind(flag)
    .bind(assoc)
    .fetch_all(db.reader())
    .await?)
}
