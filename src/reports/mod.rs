//! The one read model allowed to read other features' tables: what reports
//! (`/report`, its CSV files and charts), the feedback prompts and the
//! certificate need to know about events, sign-ups and attendance,
//! associations, services, the directory's gaps and announcements. The
//! other stores read only their own feature's tables, except where
//! `broadcasts::store` resolves an audience (memberships, sign-ups, followed
//! topics) to queue deliveries.
//!
//! It is plumbing below the features: plain SQL over their tables, no
//! feature module imported, so no feature's internals leak through it. What
//! it returns is typed here (times as `DateTime<Utc>`, kinds as enums), read
//! by column name.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use sqlx::{AnyConnection, Row};

use crate::{access::Scope, i18n::Lang, storage::Db};

/// A stretch of time: `from` inclusive, `to` exclusive.
pub type Bounds = (DateTime<Utc>, DateTime<Utc>);

/// (flag, id) binds for `($n = 0 OR association_id = $m)`.
fn binds(scope: Scope) -> (i64, i64) {
    match scope {
        Scope::All => (0, 0),
        Scope::Association(a) => (1, a),
    }
}

// ---- events, sign-ups and attendance ----

/// Events that ended at least `delay` seconds ago (and not more than
/// `window` seconds ago) whose feedback prompts are not queued yet.
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
    .fetch_all(db.reader())
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The end of the earliest event that still needs a feedback round (ended
/// within `window`, or not ended yet).
pub async fn next_round_end(
    db: &Db,
    now: DateTime<Utc>,
    window: i64,
) -> anyhow::Result<Option<DateTime<Utc>>> {
    let (at,): (Option<i64>,) = sqlx::query_as(
        "SELECT MIN(e.ends_at) FROM events e
         WHERE e.status = 'scheduled' AND e.ends_at > $1
           AND NOT EXISTS (SELECT 1 FROM feedback_rounds r WHERE r.event_id = e.id)",
    )
    .bind(now.timestamp() - window)
    .fetch_one(db.reader())
    .await?;
    Ok(at.and_then(|t| DateTime::from_timestamp(t, 0)))
}

/// Who is asked about `event_id`: each person marked present, or, when
/// attendance was not marked, everyone confirmed. On `conn`, so the caller
/// can read it in the transaction that queues the prompts.
pub async fn prompt_recipients(
    conn: &mut AnyConnection,
    event_id: i64,
) -> anyhow::Result<Vec<i64>> {
    let (marked,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM signups WHERE event_id = $1 AND status = 'confirmed' AND attended = 1",
    )
    .bind(event_id)
    .fetch_one(&mut *conn)
    .await?;
    let who = if marked > 0 {
        "attended = 1"
    } else {
        "attended IS NULL"
    };
    let rows: Vec<(i64,)> = sqlx::query_as(&format!(
        "SELECT user_id FROM signups WHERE event_id = $1 AND status = 'confirmed' AND {who}
         ORDER BY user_id"
    ))
    .bind(event_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Events `user_id` was marked present at that had ended by `by`, oldest
/// first: what a certificate may attest.
pub async fn attended(db: &Db, user_id: i64, by: DateTime<Utc>) -> anyhow::Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT e.id FROM events e JOIN signups s ON s.event_id = e.id
         WHERE s.user_id = $1 AND s.status = 'confirmed' AND s.attended = 1 AND e.status = 'scheduled'
           AND e.ends_at <= $2
         ORDER BY e.starts_at, e.id",
    )
    .bind(user_id)
    .bind(by.timestamp())
    .fetch_all(db.reader())
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Whether `user_id` was marked present at any event (one indexed lookup,
/// for the main menu).
pub async fn has_attended(db: &Db, user_id: i64) -> anyhow::Result<bool> {
    db.exists(
        "SELECT 1 FROM signups s JOIN events e ON e.id = s.event_id
         WHERE s.user_id = $1 AND s.status = 'confirmed' AND s.attended = 1 AND e.status = 'scheduled'
         LIMIT 1",
        user_id,
    )
    .await
}

/// Sign-up figures of one event (its title, times and kind come from the
/// events feature's own `get_many`).
#[derive(Clone, Debug, PartialEq)]
pub struct Participation {
    pub event_id: i64,
    /// The organising association's name, empty for the project's own.
    pub association: String,
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

/// Events starting in `period`, with their sign-up figures, by start.
pub async fn participation(
    db: &Db,
    (from, to): Bounds,
    scope: Scope,
) -> anyhow::Result<Vec<Participation>> {
    let (flag, assoc) = binds(scope);
    let count = |cond: &str| {
        format!("CAST(COALESCE(SUM(CASE WHEN {cond} THEN 1 ELSE 0 END), 0) AS BIGINT)")
    };
    let sql = format!(
        "SELECT e.id AS event_id, COALESCE(a.name, '') AS association,
                {} AS confirmed, {} AS waitlist, {} AS withdrawn, {} AS attended, {} AS marked
         FROM events e
         LEFT JOIN associations a ON a.id = e.association_id
         LEFT JOIN signups s ON s.event_id = e.id
         WHERE e.starts_at >= $1 AND e.starts_at < $2 AND ($3 = 0 OR e.association_id = $4)
         GROUP BY e.id, a.name, e.starts_at
         ORDER BY e.starts_at, e.id",
        count("s.status = 'confirmed'"),
        count("s.status = 'waitlist'"),
        count("s.status = 'cancelled'"),
        count("s.status = 'confirmed' AND s.attended = 1"),
        count("s.status = 'confirmed' AND s.attended IS NOT NULL"),
    );
    let rows = sqlx::query(&sql)
        .bind(from.timestamp())
        .bind(to.timestamp())
        .bind(flag)
        .bind(assoc)
        .fetch_all(db.reader())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Participation {
                event_id: r.try_get("event_id")?,
                association: r.try_get("association")?,
                confirmed: r.try_get("confirmed")?,
                waitlist: r.try_get("waitlist")?,
                withdrawn: r.try_get("withdrawn")?,
                attended: r.try_get("attended")?,
                marked: r.try_get("marked")?,
            })
        })
        .collect()
}

// ---- names ----

/// Every association's name, by id.
pub async fn association_names(db: &Db) -> anyhow::Result<HashMap<i64, String>> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, name FROM associations")
        .fetch_all(db.reader())
        .await?;
    Ok(rows.into_iter().collect())
}

/// A service's name in one language, as the directory stores it.
#[derive(Deserialize)]
struct ServiceTexts {
    #[serde(default)]
    name: String,
}

/// The names of services `ids` in `lang` (else in the source language),
/// by id; unknown ids are left out.
pub async fn service_names(
    db: &Db,
    ids: &[String],
    lang: Lang,
) -> anyhow::Result<HashMap<String, String>> {
    let mut names = HashMap::new();
    // One query per chunk of ids, each id a bound parameter.
    for chunk in ids.chunks(500) {
        let marks = (1..=chunk.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("SELECT id, texts FROM services WHERE id IN ({marks})");
        let mut q = sqlx::query_as::<_, (String, String)>(&sql);
        for id in chunk {
            q = q.bind(id);
        }
        for (id, json) in q.fetch_all(db.reader()).await? {
            let texts: HashMap<String, ServiceTexts> =
                serde_json::from_str(&json).unwrap_or_default();
            let name = texts
                .get(lang.code())
                .filter(|t| !t.name.is_empty())
                .or_else(|| texts.get(Lang::SOURCE.code()))
                .map(|t| t.name.clone())
                .unwrap_or_default();
            names.insert(id, name);
        }
    }
    Ok(names)
}

// ---- what the directory is missing ----

/// Where a content gap was noticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GapSource {
    /// A search found nothing.
    Search,
    /// Someone told us what they looked for.
    Request,
    /// A report of wrong information on a service card.
    WrongInfo,
}

impl GapSource {
    pub const ALL: [GapSource; 3] = [GapSource::Search, GapSource::Request, GapSource::WrongInfo];

    pub fn code(self) -> &'static str {
        match self {
            GapSource::Search => "search",
            GapSource::Request => "request",
            GapSource::WrongInfo => "wrong-info",
        }
    }

    fn from_code(s: &str) -> Option<GapSource> {
        GapSource::ALL.into_iter().find(|g| g.code() == s)
    }
}

/// How many gaps of one source, topic and language.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub source: GapSource,
    /// A topic code, empty when none applies.
    pub topic: String,
    pub lang: String,
    pub count: i64,
}

/// Compared as (source code, topic, language, count).
impl PartialEq<(String, String, String, i64)> for Gap {
    fn eq(&self, (source, topic, lang, count): &(String, String, String, i64)) -> bool {
        self.source.code() == source
            && &self.topic == topic
            && &self.lang == lang
            && self.count == *count
    }
}

/// What the directory is missing in `period`.
pub async fn content_gaps(db: &Db, (from, to): Bounds) -> anyhow::Result<Vec<Gap>> {
    let rows = sqlx::query(
        "SELECT 'search' AS source, topic, lang, COUNT(*) AS n FROM search_misses
           WHERE created_at >= $1 AND created_at < $2 GROUP BY topic, lang
         UNION ALL
         SELECT 'request', '', lang, COUNT(*) FROM content_gaps
           WHERE created_at >= $1 AND created_at < $2 GROUP BY lang
         UNION ALL
         SELECT 'wrong-info', COALESCE(s.topic, ''), r.lang, COUNT(*) FROM service_reports r
           LEFT JOIN services s ON s.id = r.service_id
           WHERE r.created_at >= $1 AND r.created_at < $2 GROUP BY COALESCE(s.topic, ''), r.lang",
    )
    .bind(from.timestamp())
    .bind(to.timestamp())
    .fetch_all(db.reader())
    .await?;
    let mut gaps = vec![];
    for r in &rows {
        let source: String = r.try_get("source")?;
        let Some(source) = GapSource::from_code(&source) else {
            continue;
        };
        gaps.push(Gap {
            source,
            topic: r.try_get("topic")?,
            lang: r.try_get("lang")?,
            count: r.try_get("n")?,
        });
    }
    Ok(gaps)
}

// ---- announcements ----

/// Who an announcement went to, as reports name it.
#[derive(Clone, Debug, PartialEq)]
pub enum Audience {
    Association(i64),
    Everyone,
    Language(String),
    Topic(String),
    EventParticipants(i64),
    /// A stored audience this version cannot read.
    Unknown,
}

/// The broadcasts table's audience column, as broadcasts writes it (JSON
/// of its own audience type): read here, once, into [`Audience`].
#[derive(Deserialize)]
enum StoredAudience {
    Association(i64),
    Everyone,
    Language(String),
    Topic(String),
    EventParticipants(i64),
}

impl Audience {
    fn parse(json: &str) -> Audience {
        match serde_json::from_str::<StoredAudience>(json) {
            Ok(StoredAudience::Association(a)) => Audience::Association(a),
            Ok(StoredAudience::Everyone) => Audience::Everyone,
            Ok(StoredAudience::Language(l)) => Audience::Language(l),
            Ok(StoredAudience::Topic(t)) => Audience::Topic(t),
            Ok(StoredAudience::EventParticipants(e)) => Audience::EventParticipants(e),
            Err(_) => Audience::Unknown,
        }
    }
}

/// How far one broadcast got.
#[derive(Clone, Debug, PartialEq)]
pub struct Reach {
    pub broadcast_id: i64,
    pub started_at: DateTime<Utc>,
    pub audience: Audience,
    pub recipients: i64,
    pub sent: i64,
    pub unreachable: i64,
    pub failed: i64,
    pub pending: i64,
}

/// Broadcasts started in `period`; a leader's scope: those
/// sent to their association's members.
pub async fn reach(db: &Db, (from, to): Bounds, scope: Scope) -> anyhow::Result<Vec<Reach>> {
    let count = |status: &str| {
        format!(
            "CAST(COALESCE(SUM(CASE WHEN d.status = '{status}' THEN 1 ELSE 0 END), 0) AS BIGINT)"
        )
    };
    let sql = format!(
        "SELECT b.id AS broadcast_id, COALESCE(b.started_at, b.created_at) AS started_at, b.audience,
                COUNT(d.user_id) AS recipients, {} AS sent, {} AS unreachable, {} AS failed, {} AS pending
         FROM broadcasts b LEFT JOIN deliveries d ON d.broadcast_id = b.id
         WHERE b.status IN ('sending', 'done') AND COALESCE(b.started_at, b.created_at) >= $1
           AND COALESCE(b.started_at, b.created_at) < $2
         GROUP BY b.id, b.started_at, b.created_at, b.audience ORDER BY 2, 1",
        count("sent"),
        count("unreachable"),
        count("failed"),
        count("pending"),
    );
    let rows = sqlx::query(&sql)
        .bind(from.timestamp())
        .bind(to.timestamp())
        .fetch_all(db.reader())
        .await?;
    let mut out = vec![];
    for r in &rows {
        let audience = Audience::parse(&r.try_get::<String, _>("audience")?);
        let visible = match scope {
            Scope::All => true,
            Scope::Association(a) => audience == Audience::Association(a),
        };
        if !visible {
            continue;
        }
        out.push(Reach {
            broadcast_id: r.try_get("broadcast_id")?,
            started_at: crate::time::utc(r.try_get("started_at")?),
            audience,
            recipients: r.try_get("recipients")?,
            sent: r.try_get("sent")?,
            unreachable: r.try_get("unreachable")?,
            failed: r.try_get("failed")?,
            pending: r.try_get("pending")?,
        });
    }
    Ok(out)
}

// ---- the help desk ----

/// Where a question was answered: an association's leaders, or staff for a
/// topic (a question passed on to staff counts there).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeskKey {
    Association(i64),
    Topic(String),
}

/// One question asked in a period, as reports count it.
#[derive(Clone, Debug, PartialEq)]
pub struct AskedQuestion {
    pub desk: DeskKey,
    /// None once the asker erased their data.
    pub asker: Option<i64>,
    pub asked_at: DateTime<Utc>,
    pub first_answer_at: Option<DateTime<Utc>>,
    pub helpful: Option<bool>,
}

/// Questions asked in `period`; a leader's scope: those their association
/// answers.
pub async fn questions(
    db: &Db,
    (from, to): Bounds,
    scope: Scope,
) -> anyhow::Result<Vec<AskedQuestion>> {
    let (scoped, association) = binds(scope);
    let rows = sqlx::query(
        "SELECT to_staff, association_id, topic, asker_id, created_at, first_answer_at, helpful
         FROM questions WHERE created_at >= $1 AND created_at < $2
           AND ($3 = 0 OR (to_staff = 0 AND association_id = $4))
         ORDER BY created_at, id",
    )
    .bind(from.timestamp())
    .bind(to.timestamp())
    .bind(scoped)
    .bind(association)
    .fetch_all(db.reader())
    .await?;
    let mut out = vec![];
    for r in &rows {
        let to_staff: i64 = r.try_get("to_staff")?;
        let association: Option<i64> = r.try_get("association_id")?;
        let desk = match (to_staff, association) {
            (0, Some(a)) => DeskKey::Association(a),
            _ => DeskKey::Topic(r.try_get::<Option<String>, _>("topic")?.unwrap_or_default()),
        };
        out.push(AskedQuestion {
            desk,
            asker: r.try_get("asker_id")?,
            asked_at: crate::time::utc(r.try_get("created_at")?),
            first_answer_at: r
                .try_get::<Option<i64>, _>("first_answer_at")?
                .map(crate::time::utc),
            helpful: r.try_get::<Option<i64>, _>("helpful")?.map(|h| h == 1),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract with broadcasts: the audience column it writes is read
    /// back here, every variant (the one place reports names broadcasts).
    #[test]
    fn audiences_written_by_broadcasts_are_read() {
        use crate::broadcasts::store::Audience as Written;
        let pairs = [
            (Written::Association(7), Audience::Association(7)),
            (Written::Everyone, Audience::Everyone),
            (
                Written::Language(crate::i18n::Lang::Ar),
                Audience::Language("ar".into()),
            ),
            (
                Written::Topic(crate::domain::Topic::Work),
                Audience::Topic("work".into()),
            ),
            (
                Written::EventParticipants(3),
                Audience::EventParticipants(3),
            ),
        ];
        for (written, read) in pairs {
            let json = serde_json::to_string(&written).unwrap();
            assert_eq!(Audience::parse(&json), read, "{json}");
        }
        assert_eq!(Audience::parse("{}"), Audience::Unknown);
    }

    #[test]
    fn gap_sources_round_trip() {
        for g in GapSource::ALL {
            assert_eq!(GapSource::from_code(g.code()), Some(g));
        }
    }
}
