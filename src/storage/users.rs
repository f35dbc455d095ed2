//! The people who talk to the bot: one row per Telegram user.

use chrono::{DateTime, Utc};
use serde_json::json;
use sqlx::AnyConnection;

use super::{
    Db,
    writer::{Profile, Write},
};
use crate::i18n::Lang;

#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub chat_id: i64,
    pub first_name: String,
    pub client_lang: Option<Lang>,
    pub lang: Option<Lang>,
    pub privacy_accepted: bool,
    /// Where the user looks for services, as the directory's region code
    /// (or its "skipped" mark); None until known. Plumbing keeps it as text.
    pub region: Option<String>,
}

impl User {
    /// The language to answer in: the chosen one, else the client's, else English.
    pub fn lang(&self) -> Lang {
        self.lang.or(self.client_lang).unwrap_or(Lang::En)
    }

    /// Onboarding is done when a language is chosen and the notice accepted.
    pub fn onboarded(&self) -> bool {
        self.lang.is_some() && self.privacy_accepted
    }
}

pub(super) type Row = (
    i64,
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
);

pub(super) fn from_row(
    (id, chat_id, first_name, client_lang, lang, accepted, region): Row,
) -> User {
    User {
        id,
        chat_id,
        first_name,
        client_lang: client_lang.as_deref().and_then(Lang::from_code),
        lang: lang.as_deref().and_then(Lang::from_code),
        privacy_accepted: accepted.is_some(),
        region,
    }
}

const COLUMNS: &str = "id, chat_id, first_name, client_lang, lang, privacy_accepted_at, region";

/// Creates or refreshes the user's row (name, chat, client language,
/// `last_seen_at`, reachable again) and returns the profile. The router
/// calls it only for a new or changed user (see `storage::turn`).
pub async fn touch(
    db: &Db,
    id: i64,
    chat_id: i64,
    first_name: &str,
    client_lang: Option<&str>,
    now: DateTime<Utc>,
) -> anyhow::Result<User> {
    let first_name: String = first_name.chars().take(128).collect();
    let client_lang = client_lang.and_then(Lang::from_code).map(|l| l.code());
    let sql = format!(
        "INSERT INTO users (id, chat_id, first_name, client_lang, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (id) DO UPDATE SET chat_id = excluded.chat_id,
             first_name = excluded.first_name, client_lang = excluded.client_lang,
             last_seen_at = excluded.last_seen_at, unreachable_since = NULL
         RETURNING {COLUMNS}"
    );
    // On a SQLite file, on the group commit's connection in this thread
    // (unless a feature has sqlx's): a second connection writing would take
    // turns with it for the file's write lock (see `super::direct`).
    let here = db
        .direct()
        .filter(|_| super::idle(db.pool()))
        .and_then(|d| {
            d.write(|c| {
                let params =
                    rusqlite::params![id, chat_id, first_name, client_lang, now.timestamp()];
                let mut stmt = c.prepare_cached(&sql)?;
                let mut rows = stmt.query(params)?;
                let r = rows.next()?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
                let row: Row = (
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                );
                // Stepped to its end, which commits: a commit that fails says so
                // here (and the row is written through sqlx).
                while rows.next()?.is_some() {}
                Ok(row)
            })
        });
    if let Some(row) = here {
        return Ok(from_row(row));
    }
    let row: Row = sqlx::query_as(&sql)
        .bind(id)
        .bind(chat_id)
        .bind(first_name)
        .bind(client_lang)
        .bind(now.timestamp())
        .fetch_one(db.pool())
        .await?;
    Ok(from_row(row))
}

pub async fn get(db: &Db, id: i64) -> anyhow::Result<Option<User>> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(from_row))
}

/// Records the language the user chose, committed with other updates'
/// writes (see [`super::writer`]) before it returns. (A handler records
/// its sender's choice with its own commit: [`super::turn::Turn::choose_lang`].)
pub async fn set_lang(db: &Db, id: i64, lang: Lang) -> anyhow::Result<()> {
    let profile = Profile {
        user: id,
        lang: Some(lang.code().to_owned()),
        accepted: None,
    };
    write_profile(db, profile).await
}

/// Records that the user accepted the privacy notice, like [`set_lang`].
pub async fn accept_privacy(db: &Db, id: i64, now: DateTime<Utc>) -> anyhow::Result<()> {
    let profile = Profile {
        user: id,
        lang: None,
        accepted: Some(now.timestamp()),
    };
    write_profile(db, profile).await
}

async fn write_profile(db: &Db, profile: Profile) -> anyhow::Result<()> {
    let write = Write {
        profile: Some(profile),
        ..Write::default()
    };
    db.write(write).await
}

/// Remembers where the user looks for services (None forgets it). The
/// value is at most a short code; longer text is refused.
pub async fn set_region(db: &Db, id: i64, region: Option<&str>) -> anyhow::Result<()> {
    if region.is_some_and(|r| r.len() > 64) {
        anyhow::bail!("region code too long");
    }
    sqlx::query("UPDATE users SET region = $1 WHERE id = $2")
        .bind(region)
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Telegram answered 403 for this chat: the user blocked the bot or is gone.
pub async fn mark_unreachable(db: &Db, chat_id: i64, now: DateTime<Utc>) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE users SET unreachable_since = $1 WHERE chat_id = $2 AND unreachable_since IS NULL",
    )
    .bind(now.timestamp())
    .bind(chat_id)
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn is_unreachable(db: &Db, chat_id: i64) -> anyhow::Result<bool> {
    let row: Option<(Option<i64>,)> =
        sqlx::query_as("SELECT unreachable_since FROM users WHERE chat_id = $1")
            .bind(chat_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(matches!(row, Some((Some(_),))))
}

/// Personal data: the profile row.
pub async fn export(conn: &mut AnyConnection, id: i64) -> anyhow::Result<serde_json::Value> {
    type ExportRow = (
        i64,
        String,
        Option<String>,
        Option<String>,
        Option<i64>,
        i64,
        i64,
        Option<i64>,
        Option<String>,
    );
    let row: Option<ExportRow> = sqlx::query_as(
        "SELECT id, first_name, client_lang, lang, privacy_accepted_at, created_at, last_seen_at, unreachable_since, region
         FROM users WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        None => serde_json::Value::Null,
        Some((id, first_name, client_lang, lang, accepted, created, seen, unreachable, region)) => {
            json!({
                "unreachable_since": unreachable.map(crate::time::iso),
                "telegram_id": id,
                "first_name": first_name,
                "telegram_language": client_lang,
                "language": lang,
                "privacy_notice_accepted_at": accepted.map(crate::time::iso),
                "first_contact_at": crate::time::iso(created),
                "last_seen_at": crate::time::iso(seen),
                "region": region,
            })
        }
    })
}

pub async fn erase(conn: &mut AnyConnection, id: i64) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::direct::testing::{rows_written, sqlite_file, until_sqlx_idle};
    use super::*;

    /// On a SQLite file a person's row is written on the group commit's
    /// connection, in this thread, and keeps what they chose; while another
    /// process holds the write lock, it is written through sqlx once that
    /// lets go.
    #[tokio::test]
    async fn a_person_is_written_in_this_thread_and_keeps_their_choices() {
        let dir = tempfile::tempdir().unwrap();
        let (db, path) = sqlite_file(&dir).await;
        let direct_rows = || rows_written(&db);
        let idle = || until_sqlx_idle(&db);
        let now = Utc::now();
        idle().await;
        let new = touch(&db, 42, 42, "Amina", Some("ar"), now).await.unwrap();
        assert_eq!(
            (new.first_name.as_str(), new.client_lang),
            ("Amina", Some(Lang::Ar))
        );
        assert_eq!((new.lang, new.privacy_accepted), (None, false));
        let own = direct_rows();
        assert!(own > 0, "not written on the group commit's connection");

        set_lang(&db, 42, Lang::Fr).await.unwrap();
        accept_privacy(&db, 42, now).await.unwrap();
        set_region(&db, 42, Some("piedmont")).await.unwrap();
        // Renamed, another chat and client: the choices stay.
        idle().await;
        let own = direct_rows();
        let moved = touch(&db, 42, 99, "Amina B", Some("es"), now)
            .await
            .unwrap();
        assert!(direct_rows() > own);
        let stored = get(&db, 42).await.unwrap().unwrap();
        for user in [&moved, &stored] {
            assert_eq!((user.chat_id, user.first_name.as_str()), (99, "Amina B"));
            assert_eq!(
                (user.client_lang, user.lang),
                (Some(Lang::Es), Some(Lang::Fr))
            );
            assert!(user.privacy_accepted);
            assert_eq!(user.region.as_deref(), Some("piedmont"));
        }

        // Another process holds the write lock.
        let own = direct_rows();
        let other = rusqlite::Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let later = tokio::spawn({
            let db = db.clone();
            async move { touch(&db, 7, 7, "Bilal", None, now).await }
        });
        // (One thread: these let it try, and wait.)
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        assert!(
            !later.is_finished(),
            "written while another process held the lock"
        );
        other.execute_batch("COMMIT").unwrap();
        let bilal = later.await.unwrap().unwrap();
        assert_eq!((bilal.id, bilal.first_name.as_str()), (7, "Bilal"));
        assert_eq!(
            direct_rows(),
            own,
            "written on the group commit's connection meanwhile"
        );
        assert!(get(&db, 7).await.unwrap().is_some());
        db.close().await;
    }
}
