//! One update's own database work: one read when it arrives, one write when
//! it is answered.
//!
//! * [`arrive`] reads in one statement whether the update id was handled
//!   already, the user's profile, their role and the chat's dialogue state.
//!   Only a person seen for the first time, or whose name, chat or client
//!   language changed, is written at once (the handler may need the row).
//! * [`Turn::commit`] records the update id, the new dialogue state (when it
//!   changed), `last_seen_at` (at most once a minute), the person's choice
//!   of language and of the notice ([`Turn::choose_lang`],
//!   [`Turn::accept_privacy`]) and the searches that found nothing
//!   ([`Turn::count_miss`]) in one transaction,
//!   through the database's single writer, which commits the turns of
//!   several chats together (see [`super::writer`]). The router commits
//!   before it sends the reply, so an update id is recorded together with
//!   the state it produced.
//!
//! Updates of one chat are handled one after another (the dispatcher keys
//! its workers by chat), so the id read at arrival cannot be committed by
//! another worker in between: a redelivered update is handled once.

use chrono::{DateTime, Utc};

use super::{
    Db,
    users::{self, User},
    writer::{Profile, Write},
};
use crate::i18n::Lang;

/// How stale `last_seen_at` may get before an update writes it again.
pub const SEEN_EVERY: i64 = 60;

/// Who sent an update, as Telegram says.
pub struct Sender<'a> {
    pub id: i64,
    pub chat_id: i64,
    pub first_name: &'a str,
    pub language_code: Option<&'a str>,
}

/// What is known about an update once it has arrived.
pub struct Arrival {
    /// The update was handled before (a redelivery).
    pub seen: bool,
    pub user: User,
    pub staff: bool,
    pub leads: Option<i64>,
    /// The chat's dialogue state as stored (JSON), if any.
    pub state: Option<String>,
    /// The services directory's version (its in-memory index is rebuilt
    /// when an import raises it).
    pub directory_version: i64,
    pub turn: Turn,
}

/// What an update still has to write; see [`Turn::commit`].
#[derive(Debug)]
pub struct Turn {
    update_id: i64,
    user_id: i64,
    chat_id: i64,
    now: DateTime<Utc>,
    touch: bool,
    committed: bool,
    /// Searches of this update that found nothing, as (language, topic).
    misses: std::sync::Mutex<Vec<(String, String)>>,
    /// The sender's choices of this update (language, notice).
    profile: Option<Profile>,
}

pub(super) type Row = (
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<i64>,
    i64,
);

/// Whether the update was handled, the user, their role, the chat's state
/// and the directory's version, in one statement: key lookups only (an
/// aggregate such as `COUNT(*)` costs PostgreSQL more to set up, on every
/// update, than the lookup itself).
const ARRIVE: &str = "SELECT u.chat_id, u.first_name, u.client_lang, u.lang, u.privacy_accepted_at,
        u.region, u.last_seen_at, u.unreachable_since,
        (SELECT user_id FROM staff WHERE user_id = $1),
        (SELECT association_id FROM association_leaders WHERE user_id = $1),
        (SELECT state FROM dialogues WHERE chat_id = $2),
        (SELECT update_id FROM processed_updates WHERE update_id = $3),
        COALESCE((SELECT version FROM directory_meta WHERE id = 1), 0)
    FROM (SELECT 0 AS zero) AS one LEFT JOIN users u ON u.id = $1";

/// Reads everything the router needs about an update in one statement: on
/// a SQLite file in this thread ([`super::direct`]), on PostgreSQL with
/// other updates that arrived at the same time ([`super::arrivals`]), and
/// otherwise (in memory, or no free direct connection) through
/// [`Db::reader`].
pub async fn arrive(
    db: &Db,
    update_id: u32,
    from: Sender<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<Arrival> {
    let first_name: String = from.first_name.chars().take(128).collect();
    let client_lang = from
        .language_code
        .and_then(Lang::from_code)
        .map(|l| l.code());
    let (
        chat,
        name,
        client,
        lang,
        accepted,
        region,
        last_seen,
        unreachable,
        staff,
        leads,
        state,
        seen,
        directory_version,
    ): Row = {
        let (id, chat, update) = (from.id, from.chat_id, i64::from(update_id));
        let direct = db
            .direct()
            .and_then(|d| d.read(|c| arrive_here(c, id, chat, update)));
        match direct {
            Some(row) => row,
            None => match db.arrivals() {
                Some(arrivals) => {
                    let key = super::arrivals::Key {
                        user: id,
                        chat,
                        update,
                    };
                    arrivals.read(key).await?
                }
                None => {
                    let query = sqlx::query_as(ARRIVE).bind(id).bind(chat).bind(update);
                    query.fetch_one(db.reader()).await?
                }
            },
        }
    };
    let known = chat == Some(from.chat_id)
        && name.as_deref() == Some(first_name.as_str())
        && client.as_deref() == client_lang;
    let (user, touch) = if known {
        let user = users::from_row((
            from.id,
            from.chat_id,
            first_name,
            client,
            lang,
            accepted,
            region,
        ));
        let stale = !(0..SEEN_EVERY).contains(&(now.timestamp() - last_seen.unwrap_or(0)));
        (user, stale || unreachable.is_some())
    } else {
        // New, or renamed, moved or with another client language: written
        // now, since the handler may refer to the row.
        let user = users::touch(db, from.id, from.chat_id, &first_name, client_lang, now).await?;
        (user, false)
    };
    Ok(Arrival {
        seen: seen.is_some(),
        user,
        staff: staff.is_some(),
        leads,
        state,
        directory_version,
        turn: Turn {
            update_id: i64::from(update_id),
            user_id: from.id,
            chat_id: from.chat_id,
            now,
            touch,
            committed: false,
            misses: Default::default(),
            profile: None,
        },
    })
}

/// [`ARRIVE`] on a SQLite connection of this thread.
fn arrive_here(
    conn: &rusqlite::Connection,
    id: i64,
    chat: i64,
    update: i64,
) -> rusqlite::Result<Row> {
    let mut stmt = conn.prepare_cached(ARRIVE)?;
    let params = rusqlite::named_params! {"$1": id, "$2": chat, "$3": update};
    stmt.query_row(params, |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
            r.get(7)?,
            r.get(8)?,
            r.get(9)?,
            r.get(10)?,
            r.get(11)?,
            r.get(12)?,
        ))
    })
}

impl Turn {
    /// The id of the update being handled: a key that makes a write it
    /// causes harmless to repeat when the update is handled again.
    pub fn update_id(&self) -> i64 {
        self.update_id
    }

    /// Counts a search that found nothing (no user, no words: the language
    /// and the topic, if any), written with the update's own transaction so
    /// that a redelivered update is not counted twice.
    pub fn count_miss(&self, lang: &str, topic: &str) {
        let mut misses = self.misses.lock().unwrap_or_else(|e| e.into_inner());
        misses.push((lang.to_owned(), topic.to_owned()));
    }

    /// Records the language the sender chose, written with the update's
    /// own commit (the caller updates its copy of the user).
    pub fn choose_lang(&mut self, lang: Lang) {
        self.profile().lang = Some(lang.code().to_owned());
    }

    /// Records that the sender accepted the privacy notice now, like
    /// [`Turn::choose_lang`].
    pub fn accept_privacy(&mut self) {
        let at = self.now.timestamp();
        self.profile().accepted = Some(at);
    }

    fn profile(&mut self) -> &mut Profile {
        let user = self.user_id;
        self.profile.get_or_insert_with(|| Profile {
            user,
            ..Profile::default()
        })
    }

    /// Writes what this update leaves behind, in one transaction: its id,
    /// `state` (the new dialogue state as JSON, when it changed), the
    /// user's `last_seen_at` when due, their choices
    /// ([`Turn::choose_lang`], [`Turn::accept_privacy`]) and the searches
    /// counted with [`Turn::count_miss`]. Later calls write only what is
    /// new. A choice or a miss stays pending until a commit succeeds.
    pub async fn commit(&mut self, db: &Db, state: Option<String>) -> anyhow::Result<()> {
        let pending = self.misses.get_mut().unwrap_or_else(|e| e.into_inner());
        if self.committed && state.is_none() && pending.is_empty() && self.profile.is_none() {
            return Ok(());
        }
        let id = if self.committed {
            super::writer::UNRECORDED
        } else {
            self.update_id
        };
        let misses = pending
            .iter()
            .map(|(lang, topic)| (id, lang.clone(), topic.clone()))
            .collect();
        let write = Write {
            update_id: (!self.committed).then_some(self.update_id),
            touch: (!self.committed && self.touch).then_some(self.user_id),
            state: state.map(|s| (self.chat_id, s)),
            profile: self.profile.clone(),
            misses,
            now: self.now.timestamp(),
            ..Write::default()
        };
        db.write(write).await?;
        self.committed = true;
        self.profile = None;
        self.misses
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On a SQLite file the arrival read runs in this thread, and reads
    /// what sqlx reads.
    #[tokio::test]
    async fn the_arrival_read_runs_here_and_agrees_with_sqlx() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("a.db").display());
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        let now = Utc::now();
        users::touch(&db, 42, 42, "Amina", Some("ar"), now)
            .await
            .unwrap();
        // Staff, with update 3 handled: the lookups that find a row.
        sqlx::query("INSERT INTO staff (user_id, granted_by, granted_at) VALUES (42, 1, 0)")
            .execute(db.pool())
            .await
            .unwrap();
        let handled = Write {
            update_id: Some(3),
            ..Default::default()
        };
        db.write(handled).await.unwrap();
        let direct = db.direct().expect("a SQLite file reads directly");
        for (id, chat, update) in [(42, 42, 1), (43, 43, 2), (42, 42, 3)] {
            let here = direct
                .read(|c| arrive_here(c, id, chat, update))
                .expect("the direct read answers");
            let pooled: Row = sqlx::query_as(ARRIVE)
                .bind(id)
                .bind(chat)
                .bind(update)
                .fetch_one(db.reader())
                .await
                .unwrap();
            // (Tuples this long have no `==` or `Debug`.)
            let show = |r: &Row| {
                let head = (&r.0, &r.1, &r.2, &r.3, &r.4, &r.5, &r.6, &r.7);
                format!("{head:?} {:?}", (r.8, r.9, &r.10, r.11, r.12))
            };
            assert_eq!(show(&here), show(&pooled));
        }
        let known = direct.read(|c| arrive_here(c, 42, 42, 1)).unwrap();
        assert_eq!((known.0, known.1.as_deref()), (Some(42), Some("Amina")));
        assert_eq!(known.11, None, "update 1 not handled yet");
        assert_eq!(known.8, Some(42), "staff");
        let again = direct.read(|c| arrive_here(c, 42, 42, 3)).unwrap();
        assert_eq!(again.11, Some(3), "update 3 handled");
        let stranger = direct.read(|c| arrive_here(c, 43, 43, 2)).unwrap();
        assert_eq!((stranger.0, stranger.8, stranger.12), (None, None, 0));
        db.close().await;
        // In memory: no direct reads (each connection has its own database).
        let mem = Db::connect("sqlite::memory:").await.unwrap();
        assert!(mem.direct().is_none());
    }
}
