//! Directory queries: services, reports of wrong information, content gaps.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use opening_hours::OpeningHours;
use serde_json::{Value, json};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::model::{Region, Service, Subtopic, Texts};
use crate::{domain::Topic, storage::Db, time};

const COLS: &str = "id, organisation, topic, subtopic, region, city, address, latitude, longitude, \
    phone, email, website, opening_hours, languages, free_of_charge, without_permit, source_url, \
    last_verified, texts, updated_at";
const NCOLS: usize = 20;
/// Rows per INSERT statement (20 parameters each).
const BATCH: usize = 40;

fn opt_bool(v: Option<i64>) -> Option<bool> {
    v.map(|v| v != 0)
}

fn from_row(r: &AnyRow) -> anyhow::Result<Service> {
    let texts: BTreeMap<String, Texts> = serde_json::from_str(&r.try_get::<String, _>("texts")?)?;
    let opening_hours: String = r.try_get("opening_hours")?;
    let lat: Option<f64> = r.try_get("latitude")?;
    let lon: Option<f64> = r.try_get("longitude")?;
    let languages: String = r.try_get("languages")?;
    let id: String = r.try_get("id")?;
    let code = |col: &str| -> anyhow::Result<String> { Ok(r.try_get::<String, _>(col)?) };
    Ok(Service {
        topic: Topic::from_code(&code("topic")?)
            .ok_or_else(|| anyhow::anyhow!("bad topic in {id}"))?,
        subtopic: Subtopic::from_code(&code("subtopic")?)
            .ok_or_else(|| anyhow::anyhow!("bad subtopic in {id}"))?,
        region: Region::from_code(&code("region")?)
            .ok_or_else(|| anyhow::anyhow!("bad region in {id}"))?,
        organisation: r.try_get("organisation")?,
        city: r.try_get("city")?,
        address: r.try_get("address")?,
        coords: lat.zip(lon),
        phone: r.try_get("phone")?,
        email: r.try_get("email")?,
        website: r.try_get("website")?,
        hours: if opening_hours.is_empty() {
            None
        } else {
            opening_hours.parse::<OpeningHours>().ok()
        },
        opening_hours,
        languages: languages
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        free: opt_bool(r.try_get("free_of_charge")?),
        without_permit: opt_bool(r.try_get("without_permit")?),
        source_url: r.try_get("source_url")?,
        last_verified: r
            .try_get::<Option<String>, _>("last_verified")?
            .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        texts,
        id,
    })
}

pub async fn load_all(db: &Db) -> anyhow::Result<Vec<Service>> {
    let rows = sqlx::query(&format!("SELECT {COLS} FROM services ORDER BY id"))
        .fetch_all(db.reader())
        .await?;
    rows.iter().map(from_row).collect()
}

pub async fn version(db: &Db) -> anyhow::Result<i64> {
    let (v,): (i64,) = sqlx::query_as("SELECT version FROM directory_meta WHERE id = 1")
        .fetch_one(db.reader())
        .await?;
    Ok(v)
}

/// Inserts or updates `services` by id, all in one transaction, and bumps
/// the directory version so running bots reload.
pub async fn upsert_all(db: &Db, services: &[Service], now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    for chunk in services.chunks(BATCH) {
        let mut sql = format!("INSERT INTO services ({COLS}) VALUES ");
        for i in 0..chunk.len() {
            if i > 0 {
                sql.push(',');
            }
            sql.push('(');
            for c in 0..NCOLS {
                if c > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!("${}", i * NCOLS + c + 1));
            }
            sql.push(')');
        }
        sql.push_str(" ON CONFLICT (id) DO UPDATE SET ");
        let updates: Vec<String> = COLS
            .split(", ")
            .filter(|c| *c != "id")
            .map(|c| format!("{c} = excluded.{c}"))
            .collect();
        sql.push_str(&updates.join(", "));
        let mut q = sqlx::query(&sql);
        for s in chunk {
            q = q
                .bind(s.id.clone())
                .bind(s.organisation.clone())
                .bind(s.topic.code())
                .bind(s.subtopic.code())
                .bind(s.region.code())
                .bind(s.city.clone())
                .bind(s.address.clone())
                .bind(s.coords.map(|c| c.0))
                .bind(s.coords.map(|c| c.1))
                .bind(s.phone.clone())
                .bind(s.email.clone())
                .bind(s.website.clone())
                .bind(s.opening_hours.clone())
                .bind(s.languages.join(","))
                .bind(s.free.map(i64::from))
                .bind(s.without_permit.map(i64::from))
                .bind(s.source_url.clone())
                .bind(s.last_verified.map(|d| d.to_string()))
                .bind(serde_json::to_string(&s.texts)?)
                .bind(now.timestamp());
        }
        q.execute(&mut *tx).await?;
    }
    sqlx::query("UPDATE directory_meta SET version = version + 1 WHERE id = 1")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

// ---- reports of wrong information and content gaps ----

/// What people send the staff inbox: a report of wrong information on a
/// card, or a content gap (what they searched for and did not find).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contribution {
    Report,
    Gap,
}

impl Contribution {
    fn table(self) -> &'static str {
        match self {
            Contribution::Report => "service_reports",
            Contribution::Gap => "content_gaps",
        }
    }

    /// How it is named in a personal-data export.
    fn export_kind(self) -> &'static str {
        match self {
            Contribution::Report => "wrong_information_report",
            Contribution::Gap => "what_i_was_looking_for",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub id: i64,
    pub service_id: String,
    pub lang: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub id: i64,
    pub lang: String,
    pub query: String,
    pub text: String,
}

pub async fn add_report(
    db: &Db,
    service_id: &str,
    user_id: i64,
    lang: &str,
    text: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO service_reports (service_id, user_id, lang, text, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(service_id)
    .bind(user_id)
    .bind(lang)
    .bind(text)
    .bind(now.timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(id)
}

pub async fn add_gap(
    db: &Db,
    user_id: i64,
    lang: &str,
    query: &str,
    text: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO content_gaps (user_id, lang, query, text, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(user_id)
    .bind(lang)
    .bind(query)
    .bind(text)
    .bind(now.timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(id)
}

pub async fn open_reports(db: &Db, limit: i64) -> anyhow::Result<Vec<Report>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, service_id, lang, text FROM service_reports
         WHERE handled_at IS NULL ORDER BY created_at, id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, service_id, lang, text)| Report {
            id,
            service_id,
            lang,
            text,
        })
        .collect())
}

pub async fn open_gaps(db: &Db, limit: i64) -> anyhow::Result<Vec<Gap>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, lang, query, text FROM content_gaps
         WHERE handled_at IS NULL ORDER BY created_at, id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, lang, query, text)| Gap {
            id,
            lang,
            query,
            text,
        })
        .collect())
}

pub async fn open_count(db: &Db) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM service_reports WHERE handled_at IS NULL)
              + (SELECT COUNT(*) FROM content_gaps WHERE handled_at IS NULL)",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(n)
}

/// Marks a report or gap handled. False if it was not open.
pub async fn mark_handled(
    db: &Db,
    kind: Contribution,
    id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let res = sqlx::query(&format!(
        "UPDATE {} SET handled_at = $1, handled_by = $2 WHERE id = $3 AND handled_at IS NULL",
        kind.table()
    ))
    .bind(now.timestamp())
    .bind(by)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(res.rows_affected() == 1)
}

// ---- personal data ----

pub async fn export_contributions(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Value> {
    let reports: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT service_id, text, created_at FROM service_reports WHERE user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    let gaps: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT query, text, created_at FROM content_gaps WHERE user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    let at = |ts: i64| time::utc(ts).to_rfc3339();
    let mut items: Vec<Value> = reports
        .into_iter()
        .map(|(s, t, ts)| json!({"kind": Contribution::Report.export_kind(), "service": s, "text": t, "at": at(ts)}))
        .collect();
    items.extend(gaps.into_iter().map(
        |(q, t, ts)| json!({"kind": Contribution::Gap.export_kind(), "search": q, "text": t, "at": at(ts)}),
    ));
    Ok(Value::Array(items))
}

/// Reports and gaps stay useful to staff, so erasure only unlinks them.
pub async fn unlink_contributions(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<()> {
    // What they wrote goes (it may name them); the row stays as a count.
    sqlx::query("UPDATE service_reports SET user_id = NULL, text = '' WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE content_gaps SET user_id = NULL, query = '', text = '' WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    for kind in [Contribution::Report, Contribution::Gap] {
        sqlx::query(&format!(
            "UPDATE {} SET handled_by = NULL WHERE handled_by = $1",
            kind.table()
        ))
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
