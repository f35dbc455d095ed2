//! The arrival read on PostgreSQL, for every update waiting, in one
//! statement.
//!
//! Each update reads, when it arrives, its user, role, dialogue state and
//! whether it was handled already ([`super::turn::arrive`]): a few lookups
//! by primary key. On PostgreSQL a statement of its own cost the server
//! more than those lookups (the round trip, the plan, the executor's
//! set-up, the socket): about a third of its CPU per update.
//!
//! So one task reads for everyone. It takes every read queued while its
//! previous statement ran and answers them all with one statement, which
//! receives the ids as three lists: one shape, which PostgreSQL soon plans
//! once for all (`pg_stat_statements`: 6 plans in 5,415 runs). An update
//! that arrives alone is read alone, with no wait; a burst of chats is
//! read a batch at a time. The statement runs on a connection held outside
//! sqlx's pool ([`Held::reader`]), since the pool pings a connection each
//! time it comes back. While one read waits for an answer (each try at
//! most [`READ_TIMEOUT`]), the others queue behind it.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::Context as _;
use tokio::sync::{mpsc, oneshot};

use super::{Held, turn::Row};

/// The most reads answered by one statement.
const MAX_BATCH: usize = 256;

/// How long one statement may take. A socket that a firewall dropped
/// without a word would otherwise leave every update waiting for TCP to
/// give up (minutes).
const READ_TIMEOUT: Duration = Duration::from_secs(30);

/// What one update reads: the sender's user id, the chat and the update id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub user: i64,
    pub chat: i64,
    pub update: i64,
}

/// [`super::turn::ARRIVE`] for many keys at once, in the order given.
/// Each list is the ids joined by commas (sqlx's `Any` driver binds no
/// arrays); `WITH ORDINALITY` numbers the rows to keep that order.
///
/// The person is looked up by key for each row (`LATERAL … OFFSET 0`, which
/// PostgreSQL cannot turn into a join): as a plain join, the plan made once
/// for all batches (which guesses ten rows) hashed the whole `users` table
/// for every read once it held about a thousand people (1,200 in the
/// benchmark); only a much larger table made PostgreSQL use the key again.
const ARRIVE_MANY: &str =
    "SELECT u.chat_id, u.first_name, u.client_lang, u.lang, u.privacy_accepted_at,
        u.region, u.last_seen_at, u.unreachable_since,
        (SELECT user_id FROM staff WHERE user_id = k.user_id),
        (SELECT association_id FROM association_leaders WHERE user_id = k.user_id),
        (SELECT state FROM dialogues WHERE chat_id = k.chat_id),
        (SELECT update_id FROM processed_updates WHERE update_id = k.update_id),
        COALESCE((SELECT version FROM directory_meta WHERE id = 1), 0)
    FROM unnest(
            CAST(string_to_array($1, ',') AS BIGINT[]),
            CAST(string_to_array($2, ',') AS BIGINT[]),
            CAST(string_to_array($3, ',') AS BIGINT[])
        ) WITH ORDINALITY AS k(user_id, chat_id, update_id, n)
        LEFT JOIN LATERAL (
            SELECT chat_id, first_name, client_lang, lang, privacy_accepted_at,
                region, last_seen_at, unreachable_since
            FROM users WHERE users.id = k.user_id OFFSET 0
        ) AS u ON TRUE
    ORDER BY k.n";

type Job = (Key, oneshot::Sender<Result<Row, String>>);

/// The reading task's queue.
#[derive(Clone, Debug)]
pub struct Arrivals(mpsc::UnboundedSender<Job>);

impl Arrivals {
    /// Starts the reading task, on the connection `held.reader`.
    pub(super) fn start(held: Arc<Held>) -> Arrivals {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(run(held, rx));
        Arrivals(tx)
    }

    /// Queues the read of `key` and waits for its row.
    pub async fn read(&self, key: Key) -> anyhow::Result<Row> {
        let (done, wait) = oneshot::channel();
        self.0
            .send((key, done))
            .map_err(|_| anyhow::anyhow!("the arrival reader has stopped"))?;
        wait.await
            .map_err(|_| anyhow::anyhow!("the arrival reader has stopped"))?
            .map_err(|e| anyhow::anyhow!("reading the update's context: {e}"))
    }
}

async fn run(held: Arc<Held>, mut rx: mpsc::UnboundedReceiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let keys: Vec<Key> = batch.iter().map(|(k, _)| *k).collect();
        match crate::contain::contained(read_on(&held, &keys)).await {
            Ok(rows) => {
                for ((_, done), row) in batch.drain(..).zip(rows) {
                    let _ = done.send(Ok(row));
                }
            }
            Err(err) => {
                tracing::warn!(error = %format!("{err:#}"), reads = keys.len(), "arrival read failed");
                let text = format!("{err:#}");
                for (_, done) in batch.drain(..) {
                    let _ = done.send(Err(text.clone()));
                }
            }
        }
    }
}

/// Reads `keys` on the held connection, opened first if it is not open
/// (and replaced if it sat unused for a minute). A connection whose
/// read failed is dropped; when it was not a new one (and the read did
/// not time out), the batch is read once more on a new one, since a read
/// is safe to repeat.
async fn read_on(held: &Held, keys: &[Key]) -> anyhow::Result<Vec<Row>> {
    let list = |f: fn(&Key) -> i64| {
        keys.iter()
            .map(|k| f(k).to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let (users, chats, updates) = (list(|k| k.user), list(|k| k.chat), list(|k| k.update));
    let mut slot = held.reader.lock().await;
    Held::forget_idle(&mut slot);
    let mut fresh = false;
    loop {
        if slot.is_none() {
            let conn = held.open("a connection for the arrival read").await?;
            *slot = Some((conn, Instant::now()));
            fresh = true;
        }
        let (conn, used) = slot.as_mut().context("arrival connection not open")?;
        let query = sqlx::query_as::<_, Row>(ARRIVE_MANY)
            .bind(users.as_str())
            .bind(chats.as_str())
            .bind(updates.as_str())
            .fetch_all(&mut *conn);
        let res = tokio::time::timeout(READ_TIMEOUT, query).await;
        *used = Instant::now();
        let err = match res {
            Ok(Ok(rows)) => {
                anyhow::ensure!(
                    rows.len() == keys.len(),
                    "the arrival read returned {} rows for {} updates",
                    rows.len(),
                    keys.len()
                );
                return Ok(rows);
            }
            Ok(Err(e)) => e,
            Err(_) => {
                slot.take();
                anyhow::bail!("the arrival read got no answer in {READ_TIMEOUT:?}");
            }
        };
        // Every update reads through this one connection: after any
        // error (a lost server, or one that stays with a connection, such
        // as a cached plan a migration made stale) it is replaced.
        slot.take();
        if fresh {
            return Err(anyhow::Error::new(err).context("the arrival read"));
        }
        tracing::warn!(error = %err, "the arrival read failed; reading again on a new connection");
    }
}

#[cfg(test)]
mod tests {
    use sqlx::Executor as _;

    /// Whatever the batch, the arrival read finds each person by key: the
    /// plan PostgreSQL reuses for every batch reads no table whole. A
    /// thousand people is where a plain join was planned as a hash of the
    /// whole table. (On PostgreSQL, with `TEST_DATABASE_URL`.)
    #[tokio::test]
    async fn the_plan_made_once_looks_each_person_up_by_key() {
        let Some(base) = std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|u| u.starts_with("postgres"))
        else {
            return;
        };
        let schema = format!("plan_{}", std::process::id());
        let url = super::super::with_search_path(&base, &schema);
        let admin = super::super::Db::connect(&base).await.unwrap();
        let create = format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        admin.pool().execute(create.as_str()).await.unwrap();
        let db = super::super::Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        let mut conn = db.pool().acquire().await.unwrap();
        let prepare = format!("PREPARE arrive(text, text, text) AS {}", super::ARRIVE_MANY);
        let plan: Result<Vec<(String,)>, sqlx::Error> = async {
            for sql in [
                "INSERT INTO users (id, chat_id, first_name, created_at, last_seen_at) \
                 SELECT g, g, 'P', 0, 0 FROM generate_series(1, 1000) AS g",
                "INSERT INTO dialogues (chat_id, state, updated_at) \
                 SELECT g, '{}', 0 FROM generate_series(1, 1000) AS g",
                "INSERT INTO processed_updates (update_id, processed_at) \
                 SELECT g, 0 FROM generate_series(1, 1000) AS g",
                "ANALYZE users, dialogues, processed_updates",
                prepare.as_str(),
            ] {
                conn.execute(sql).await?;
            }
            // PostgreSQL 12 and later (older ones choose the plan as they
            // go, and are left unchecked).
            if conn
                .execute("SET plan_cache_mode = force_generic_plan")
                .await
                .is_err()
            {
                return Ok(vec![]);
            }
            sqlx::query_as("EXPLAIN EXECUTE arrive('1,2', '1,2', '7,8')")
                .fetch_all(&mut *conn)
                .await
        }
        .await;
        // The schema goes whatever the outcome.
        drop(conn);
        db.close().await;
        let drop = format!("DROP SCHEMA {schema} CASCADE");
        admin.pool().execute(drop.as_str()).await.unwrap();
        admin.close().await;
        let plan = plan.unwrap();
        let shown: Vec<&str> = plan.iter().map(|(line,)| line.as_str()).collect();
        let shown = shown.join("\n");
        let whole = ["users", "dialogues", "processed_updates"].iter().any(|t| {
            shown.contains(&format!("Seq Scan on {t} "))
                || shown.ends_with(&format!("Seq Scan on {t}"))
        });
        assert!(!whole, "a table is read whole:\n{shown}");
        // Each person by key: a nested loop, not a join over the table.
        assert!(
            !shown.contains("Hash") && !shown.contains("Merge"),
            "{shown}"
        );
        assert!(
            shown.is_empty() || shown.contains("Index Cond: (id = k.user_id)"),
            "{shown}"
        );
    }
}
