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
    use Value::{Int, Text};
    let now = writes.iter().map(|w| w.now).max().unwrap_or_default();
    let mut parts = vec![];
    let mut b = Binder::default();

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
        b.rows(
            &mut sql,
            chunk
                .iter()
                .map(|&(id, body)| [Int(id), Text(body), Int(now)]),
        )?;
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
        b.rows(&mut sql, chunk.iter().map(|&id| [Int(id), Int(now)]))?;
        sql.push_str(" ON CONFLICT (update_id) DO NOTHING");
        parts.push(sql);
        // Processed: the update as received is no longer needed.
        let mut sql = String::from("DELETE FROM received_updates WHERE update_id IN (");
        b.list(&mut sql, chunk.iter().map(|&id| Int(id)))?;
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
        b.rows(
            &mut sql,
            chunk
                .iter()
                .map(|&(chat, state)| [Int(chat), Text(state), Int(now)]),
        )?;
        sql.push_str(
            " ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        );
        parts.push(sql);
    }

    let users: Vec<i64> = writes.iter().filter_map(|w| w.touch).collect();
    for chunk in chunks(&users) {
        let mut sql = String::from("UPDATE users SET last_seen_at = ");
        b.list(&mut sql, [Int(now)])?;
        sql.push_str(", unreachable_since = NULL WHERE id IN (");
        b.list(&mut sql, chunk.iter().map(|&u| Int(u)))?;
        sql.push(')');
        parts.push(sql);
    }
    Ok((parts, b.args))
}

/// A value bound to a statement.
#[derive(Clone, Copy)]
enum Value<'a> {
    Int(i64),
    Text(&'a str),
}

/// Numbers placeholders (`$1`, `$2`…) across a batch's statements and
/// binds their values in the same order.
#[derive(Default)]
struct Binder<'a> {
    args: AnyArguments<'a>,
    n: usize,
}

impl<'a> Binder<'a> {
    /// `$a, $b, …` for `values`, appended to `sql`.
    fn list(
        &mut self,
        sql: &mut String,
        values: impl IntoIterator<Item = Value<'a>>,
    ) -> anyhow::Result<()> {
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            self.n += 1;
            sql.push_str(&format!("${}", self.n));
            match value {
                Value::Int(v) => self.args.add(v),
                Value::Text(v) => self.args.add(v),
            }
            .map_err(anyhow::Error::msg)?;
        }
        Ok(())
    }

    /// `($a, $b), ($c, $d), …`, one parenthesised row per item of `rows`.
    fn rows<const N: usize>(
        &mut self,
        sql: &mut String,
        rows: impl Iterator<Item = [Value<'a>; N]>,
    ) -> anyhow::Result<()> {
        for (i, row) in rows.enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            self.list(sql, row)?;
            sql.push(')');
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use sqlx::Arguments as _;

    #[test]
    fn placeholders_run_through_the_batch_in_order() {
        let turn = super::Write {
            update_id: Some(7),
            touch: Some(3),
            state: Some((3, "{}".into())),
            now: 100,
            ..Default::default()
        };
        let arrived = super::Write {
            received: vec![(7, "{}".into()), (8, "{}".into())],
            now: 100,
            ..Default::default()
        };
        let (parts, args) = super::statements(&[&turn, &arrived]).unwrap();
        // Update 7 is processed in this batch: only 8 is stored.
        assert!(parts[0].starts_with("INSERT INTO received_updates"));
        assert!(parts[0].contains("($1, $2, $3)") && !parts[0].contains("$4"));
        assert!(parts[1].contains("($4, $5)"));
        assert!(parts[2].ends_with("IN ($6)"));
        assert!(parts[3].contains("($7, $8, $9)"));
        assert!(parts[4].contains("= $10,") && parts[4].ends_with("IN ($11)"));
        assert_eq!(args.len(), 11);
    }

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
