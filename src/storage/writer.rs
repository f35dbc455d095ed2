//! Group commit of the updates' own writes (see [`super::turn`]) and of
//! the updates stored as they arrive (see [`super::updates::receive`]).
//!
//! One task owns the writing: it takes every turn queued while the previous
//! transaction ran and commits them together, with multi-row statements,
//! then tells each waiting update. On SQLite this is also the one writer
//! connection, so turns queue here, in the program, rather than in SQLite's
//! busy handler. A batch that fails is retried one turn at a time, so one
//! bad row fails only its own update.
//!
//! A batch is one round trip to the database: on SQLite one script
//! (`BEGIN IMMEDIATE; …; COMMIT`), on PostgreSQL one statement whose parts
//! are data-modifying `WITH` clauses (atomic as a single statement).

use sqlx::{AnyPool, Arguments as _, any::AnyArguments};

use super::Backend;
use tokio::sync::{mpsc, oneshot};

/// The most turns committed in one transaction.
const MAX_BATCH: usize = 256;

/// What one update writes when it is answered, or what polling stores
/// when updates arrive.
#[derive(Debug, Clone, Default)]
pub struct Write {
    /// Updates as received (id and JSON), stored unless already processed.
    pub received: Vec<(i64, String)>,
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
    pub fn start(pool: AnyPool, backend: Backend) -> Writer {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(run(pool, backend, rx));
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

async fn run(pool: AnyPool, backend: Backend, mut rx: mpsc::UnboundedReceiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let writes: Vec<&Write> = batch.iter().map(|(w, _)| w).collect();
        // A panic inside a commit fails its turns, not the writer.
        match crate::contain::contained(commit(&pool, backend, &writes)).await {
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
                    let res = crate::contain::contained(commit(&pool, backend, &[&write])).await;
                    let _ = done.send(res.map_err(|e| format!("{e:#}")));
                }
            }
        }
    }
}

/// Multi-row statements hold one of these numbers of rows, so that each
/// table has few statement shapes to prepare (and cache) whatever the
/// batch size: 37 rows are written as 16 + 16 + 4 + 1.
const CHUNKS: [usize; 4] = [64, 16, 4, 1];

/// Splits `rows` into chunks of the sizes in `CHUNKS`.
fn chunks<T>(mut rows: &[T]) -> Vec<&[T]> {
    let mut out = vec![];
    while !rows.is_empty() {
        let n = CHUNKS.into_iter().find(|&n| n <= rows.len()).unwrap_or(1);
        let (head, tail) = rows.split_at(n);
        out.push(head);
        rows = tail;
    }
    out
}

/// Commits `writes` in one transaction, in one round trip.
async fn commit(pool: &AnyPool, backend: Backend, writes: &[&Write]) -> anyhow::Result<()> {
    let (parts, args) = statements(writes)?;
    let sql = match (parts.len(), backend) {
        (0, _) => return Ok(()),
        (1, _) => parts.concat(),
        (_, Backend::Sqlite) => format!("BEGIN IMMEDIATE; {}; COMMIT", parts.join("; ")),
        (_, Backend::Postgres) => {
            let with: Vec<String> = parts
                .iter()
                .enumerate()
                .map(|(i, p)| format!("w{i} AS ({p})"))
                .collect();
            format!("WITH {} SELECT 1", with.join(", "))
        }
    };
    let mut conn = pool.acquire().await?;
    let res = sqlx::query_with(&sql, args).execute(&mut *conn).await;
    if res.is_err() && backend == Backend::Sqlite && parts.len() > 1 {
        // The script stopped inside its transaction: end it.
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    }
    res?;
    Ok(())
}

/// The statements that write `writes`, numbered as one list of arguments.
fn statements<'a>(writes: &[&'a Write]) -> anyhow::Result<(Vec<String>, AnyArguments<'a>)> {
    let now = writes.iter().map(|w| w.now).max().unwrap_or_default();
    let mut parts = vec![];
    let mut args = AnyArguments::default();
    let mut n = 0;
    let mut arg = |args: &mut AnyArguments<'a>, sql: &mut String, value: Value<'a>| {
        n += 1;
        sql.push_str(&format!("${n}"));
        match value {
            Value::Int(v) => args.add(v),
            Value::Text(v) => args.add(v),
        }
        .map_err(anyhow::Error::msg)
    };

    let ids: Vec<i64> = writes.iter().filter_map(|w| w.update_id).collect();
    // Received and processed in this same batch: nothing to keep (and a
    // PostgreSQL statement's parts would not see each other's rows).
    let received: Vec<(i64, &str)> = writes
        .iter()
        .flat_map(|w| w.received.iter())
        .filter(|(id, _)| !ids.contains(id))
        .map(|(id, body)| (*id, body.as_str()))
        .collect();
    for chunk in chunks(&received) {
        let mut sql = String::from(
            "INSERT INTO received_updates (update_id, body, received_at) \
             SELECT v.column1, v.column2, v.column3 FROM (VALUES ",
        );
        for (i, (id, body)) in chunk.iter().enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            arg(&mut args, &mut sql, Value::Int(*id))?;
            sql.push_str(", ");
            arg(&mut args, &mut sql, Value::Text(body))?;
            sql.push_str(", ");
            arg(&mut args, &mut sql, Value::Int(now))?;
            sql.push(')');
        }
        sql.push_str(
            ") AS v WHERE NOT EXISTS \
             (SELECT 1 FROM processed_updates p WHERE p.update_id = v.column1) \
             ON CONFLICT (update_id) DO NOTHING",
        );
        parts.push(sql);
    }
    for chunk in chunks(&ids) {
        let mut sql =
            String::from("INSERT INTO processed_updates (update_id, processed_at) VALUES ");
        for (i, id) in chunk.iter().enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            arg(&mut args, &mut sql, Value::Int(*id))?;
            sql.push_str(", ");
            arg(&mut args, &mut sql, Value::Int(now))?;
            sql.push(')');
        }
        sql.push_str(" ON CONFLICT (update_id) DO NOTHING");
        parts.push(sql);
        // Processed: the update as received is no longer needed.
        let mut sql = String::from("DELETE FROM received_updates WHERE update_id IN (");
        for (i, id) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            arg(&mut args, &mut sql, Value::Int(*id))?;
        }
        sql.push(')');
        parts.push(sql);
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
    for chunk in chunks(&states) {
        let mut sql = String::from("INSERT INTO dialogues (chat_id, state, updated_at) VALUES ");
        for (i, (chat, state)) in chunk.iter().enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            arg(&mut args, &mut sql, Value::Int(*chat))?;
            sql.push_str(", ");
            arg(&mut args, &mut sql, Value::Text(state))?;
            sql.push_str(", ");
            arg(&mut args, &mut sql, Value::Int(now))?;
            sql.push(')');
        }
        sql.push_str(
            " ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        );
        parts.push(sql);
    }

    let users: Vec<i64> = writes.iter().filter_map(|w| w.touch).collect();
    for chunk in chunks(&users) {
        let mut sql = String::from("UPDATE users SET last_seen_at = ");
        arg(&mut args, &mut sql, Value::Int(now))?;
        sql.push_str(", unreachable_since = NULL WHERE id IN (");
        for (i, u) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            arg(&mut args, &mut sql, Value::Int(*u))?;
        }
        sql.push(')');
        parts.push(sql);
    }
    Ok((parts, args))
}

/// A value bound to a statement.
enum Value<'a> {
    Int(i64),
    Text(&'a str),
}

#[cfg(test)]
mod tests {
    #[test]
    fn batches_are_cut_into_few_shapes() {
        let rows: Vec<usize> = (0..37).collect();
        let sizes: Vec<usize> = super::chunks(&rows).iter().map(|c| c.len()).collect();
        assert_eq!(sizes, [16, 16, 4, 1]);
        let rows: Vec<usize> = (0..130).collect();
        let sizes: Vec<usize> = super::chunks(&rows).iter().map(|c| c.len()).collect();
        assert_eq!(sizes, [64, 64, 1, 1]);
        assert!(super::chunks::<u8>(&[]).is_empty());
    }
}
