//! Group commit of the updates' own writes (see [`super::turn`]).
//!
//! One task owns the writing: it takes every turn queued while the previous
//! transaction ran and commits them together, with one multi-row statement
//! per table, then tells each waiting update. On SQLite this is also the
//! one writer connection, so turns queue here, in the program, rather than
//! in SQLite's busy handler. A batch that fails is retried one turn at a
//! time, so one bad row fails only its own update.

use sqlx::{AnyPool, Arguments as _, any::AnyArguments};
use tokio::sync::{mpsc, oneshot};

/// The most turns committed in one transaction.
const MAX_BATCH: usize = 256;

/// What one update writes when it is answered.
#[derive(Debug, Clone)]
pub struct Write {
    /// The update id to record as handled.
    pub update_id: Option<i64>,
    /// The user whose `last_seen_at` is due (and who is reachable again).
    pub touch: Option<i64>,
    /// The chat's new dialogue state, as JSON.
    pub state: Option<(i64, String)>,
    /// Unix seconds.
    pub now: i64,
}

type Job = (Write, oneshot::Sender<Result<(), String>>);

#[derive(Clone, Debug)]
pub struct Writer(mpsc::UnboundedSender<Job>);

impl Writer {
    /// Starts the writing task over `pool`.
    pub fn start(pool: AnyPool) -> Writer {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(run(pool, rx));
        Writer(tx)
    }

    /// Queues `write` and waits until it is committed.
    pub async fn write(&self, write: Write) -> anyhow::Result<()> {
        let (done, wait) = oneshot::channel();
        self.0
            .send((write, done))
            .map_err(|_| anyhow::anyhow!("the database writer has stopped"))?;
        wait.await
            .map_err(|_| anyhow::anyhow!("the database writer has stopped"))?
            .map_err(|e| anyhow::anyhow!("committing the update: {e}"))
    }
}

async fn run(pool: AnyPool, mut rx: mpsc::UnboundedReceiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let writes: Vec<&Write> = batch.iter().map(|(w, _)| w).collect();
        match commit(&pool, &writes).await {
            Ok(()) => {
                for (_, done) in batch.drain(..) {
                    let _ = done.send(Ok(()));
                }
            }
            Err(err) if batch.len() == 1 => {
                for (_, done) in batch.drain(..) {
                    let _ = done.send(Err(format!("{err:#}")));
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, turns = batch.len(), "group commit failed; committing one by one");
                for (write, done) in batch.drain(..) {
                    let res = commit(&pool, &[&write]).await;
                    let _ = done.send(res.map_err(|e| format!("{e:#}")));
                }
            }
        }
    }
}

/// Commits `writes` in one transaction.
async fn commit(pool: &AnyPool, writes: &[&Write]) -> anyhow::Result<()> {
    let now = writes.iter().map(|w| w.now).max().unwrap_or_default();
    let mut tx = pool.begin().await?;

    let ids: Vec<i64> = writes.iter().filter_map(|w| w.update_id).collect();
    if !ids.is_empty() {
        let mut args = AnyArguments::default();
        let mut sql =
            String::from("INSERT INTO processed_updates (update_id, processed_at) VALUES ");
        for (i, id) in ids.iter().enumerate() {
            push_row(&mut sql, i, 2);
            args.add(*id).map_err(anyhow::Error::msg)?;
            args.add(now).map_err(anyhow::Error::msg)?;
        }
        sql.push_str(" ON CONFLICT (update_id) DO NOTHING");
        sqlx::query_with(&sql, args).execute(&mut *tx).await?;
    }

    // The last state of each chat (a chat has one turn in flight, but a
    // caller may commit twice).
    let mut states: Vec<(i64, &str)> = Vec::new();
    for (chat, state) in writes.iter().filter_map(|w| w.state.as_ref()) {
        match states.iter_mut().find(|(c, _)| c == chat) {
            Some(slot) => slot.1 = state,
            None => states.push((*chat, state)),
        }
    }
    if !states.is_empty() {
        let mut args = AnyArguments::default();
        let mut sql = String::from("INSERT INTO dialogues (chat_id, state, updated_at) VALUES ");
        for (i, (chat, state)) in states.iter().enumerate() {
            push_row(&mut sql, i, 3);
            args.add(*chat).map_err(anyhow::Error::msg)?;
            args.add(*state).map_err(anyhow::Error::msg)?;
            args.add(now).map_err(anyhow::Error::msg)?;
        }
        sql.push_str(
            " ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        );
        sqlx::query_with(&sql, args).execute(&mut *tx).await?;
    }

    let users: Vec<i64> = writes.iter().filter_map(|w| w.touch).collect();
    if !users.is_empty() {
        let mut args = AnyArguments::default();
        args.add(now).map_err(anyhow::Error::msg)?;
        let list: Vec<String> = (0..users.len()).map(|i| format!("${}", i + 2)).collect();
        for u in &users {
            args.add(*u).map_err(anyhow::Error::msg)?;
        }
        let sql = format!(
            "UPDATE users SET last_seen_at = $1, unreachable_since = NULL WHERE id IN ({})",
            list.join(", ")
        );
        sqlx::query_with(&sql, args).execute(&mut *tx).await?;
    }

    tx.commit().await?;
    Ok(())
}

/// Appends the placeholders of row `i` of `width` values: `($1, $2)`.
fn push_row(sql: &mut String, i: usize, width: usize) {
    if i > 0 {
        sql.push_str(", ");
    }
    sql.push('(');
    for k in 0..width {
        if k > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!("${}", i * width + k + 1));
    }
    sql.push(')');
}
