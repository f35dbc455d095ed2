//! Group commit of the updates' own writes (see [`super::turn`]), of
//! the updates stored as they arrive (see [`super::updates::receive`]) and
//! of choices written ahead of an update's commit (a notice accepted
//! before an invitation is used, the playground's people; see
//! [`super::users::set_lang`]).
//!
//! One task owns the writing: it takes every turn queued while the previous
//! transaction ran and commits them together, with multi-row statements,
//! then tells each waiting update. Turns queue here, in the program, rather
//! than in SQLite's busy handler (on SQLite the writer's connection is told
//! "busy" at once, and the batch then waits its turn in sqlx's pool). A
//! batch that fails is retried one turn at a time, so one
//! bad row fails only its own update.
//!
//! A batch is one round trip to the database: on SQLite one transaction
//! (`BEGIN IMMEDIATE; …; COMMIT`) run in the writer's own thread on a
//! connection of SQLite's own ([`super::direct`]; through sqlx's writing
//! connection when a feature holds the write lock), on PostgreSQL one
//! statement whose parts are data-modifying `WITH` clauses (atomic as a
//! single statement).

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::Context as _;
use sqlx::{
    AnyConnection, AnyPool, Arguments as _, ConnectOptions as _, Executor as _,
    any::{AnyArguments, AnyConnectOptions},
};

use super::{Backend, Held, direct::Direct};
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
    /// A choice the user made about themselves (see [`Profile`]).
    pub profile: Option<Profile>,
    /// Searches that found nothing, as (update id, language, topic): the
    /// counts behind the reports' "searched, not found". A miss whose
    /// update is already recorded as processed is not counted again (a
    /// batch retried after a lost answer); see [`UNRECORDED`].
    pub misses: Vec<(i64, String, String)>,
    /// Unix seconds.
    pub now: i64,
}

/// What a person chose during onboarding or later: their language and
/// when they accepted the privacy notice. `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub user: i64,
    /// A language code.
    pub lang: Option<String>,
    /// Unix seconds.
    pub accepted: Option<i64>,
}

/// The update id of a miss counted after its update was recorded (no
/// Telegram update has a negative id), so that it is written whatever is
/// recorded.
pub const UNRECORDED: i64 = -1;

type Job = (Write, oneshot::Sender<Result<(), String>>);

#[derive(Clone, Debug)]
pub struct Writer(mpsc::UnboundedSender<Job>);

impl Writer {
    /// Starts the writing task over `pool` (on PostgreSQL, over the held
    /// connection [`Held::writer`]; on a SQLite file, over `direct` first);
    /// with `checkpoint` (a SQLite file), also the task that checkpoints its
    /// write-ahead log.
    pub(super) fn start(
        pool: AnyPool,
        held: Arc<Held>,
        direct: Option<Arc<Direct>>,
        backend: Backend,
        checkpoint: Option<AnyConnectOptions>,
    ) -> Writer {
        let (tx, rx) = mpsc::unbounded_channel();
        let due = checkpoint.map(|options| {
            let (due, wait) = mpsc::channel(1);
            tokio::spawn(checkpoints(options, wait));
            due
        });
        let to = To {
            pool,
            held,
            direct,
            backend,
        };
        tokio::spawn(run(to, rx, due));
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

/// Turns (or updates stored on arrival) committed between two checkpoints
/// of SQLite's write-ahead log: a few pages each, so the log stays near
/// SQLite's own default of 1000 pages (4 MB).
const CHECKPOINT_EVERY: usize = 256;

/// Where batches are committed.
struct To {
    pool: AnyPool,
    held: Arc<Held>,
    direct: Option<Arc<Direct>>,
    backend: Backend,
}

async fn run(to: To, mut rx: mpsc::UnboundedReceiver<Job>, checkpoint: Option<mpsc::Sender<()>>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut since_checkpoint = 0;
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        since_checkpoint += batch
            .iter()
            .map(|(w, _)| w.received.len().max(1))
            .sum::<usize>();
        let writes: Vec<&Write> = batch.iter().map(|(w, _)| w).collect();
        match commit_on(&to, &writes).await {
            Ok(()) => {
                for (_, done) in batch.drain(..) {
                    let _ = done.send(Ok(()));
                }
            }
            // Unreachable: one by one would only wait as long again for
            // each turn.
            Err(err) if batch.len() == 1 || err.downcast_ref::<Unreachable>().is_some() => {
                for (_, done) in batch.drain(..) {
                    let _ = done.send(Err(format!("{err:#}")));
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, turns = batch.len(), "group commit failed; committing one by one");
                let mut unreachable: Option<String> = None;
                for (write, done) in batch.drain(..) {
                    let res = match &unreachable {
                        Some(e) => Err(e.clone()),
                        None => commit_on(&to, &[&write]).await.map_err(|e| {
                            let text = format!("{e:#}");
                            if e.downcast_ref::<Unreachable>().is_some() {
                                unreachable = Some(text.clone());
                            }
                            text
                        }),
                    };
                    let _ = done.send(res);
                }
            }
        }
        if let Some(due) = &checkpoint
            && since_checkpoint >= CHECKPOINT_EVERY
        {
            // Full: one is already due, which will take these turns too.
            let _ = due.try_send(());
            since_checkpoint = 0;
        }
    }
}

/// Checkpoints SQLite's write-ahead log into the database file each time
/// it is told to, on a connection of its own (opened at the first), until
/// the writer stops. Connections that write do not checkpoint on their own
/// (`wal_autocheckpoint = 0`, see [`super::sqlite_setup`]): a checkpoint
/// copies pages and waits for the disk, and the commit that crossed SQLite's
/// threshold, with every turn queued behind it, would wait too. A passive
/// checkpoint never blocks the writer.
async fn checkpoints(options: AnyConnectOptions, mut due: mpsc::Receiver<()>) {
    let mut conn = None;
    while due.recv().await.is_some() {
        if conn.is_none() {
            match options.connect().await {
                Ok(mut c) => match super::sqlite_setup(&mut c, false).await {
                    Ok(()) => conn = Some(c),
                    Err(e) => tracing::warn!(error = %e, "setting up the checkpoint connection"),
                },
                Err(e) => tracing::warn!(error = %e, "opening the checkpoint connection"),
            }
        }
        let Some(c) = conn.as_mut() else { continue };
        if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&mut *c)
            .await
        {
            tracing::warn!(error = %e, "checkpointing the write-ahead log");
            conn = None;
        }
    }
    if let Some(c) = conn {
        let _ = sqlx::Connection::close(c).await;
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

/// The database could not be reached: the writer's connection did not
/// open in time, or the database is closed.
#[derive(Debug)]
struct Unreachable;

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the database cannot be reached")
    }
}

impl std::error::Error for Unreachable {}

/// How long opening a held PostgreSQL connection may take (the pool's own
/// limit).
pub(super) const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long one commit on the held connection may take. A socket that a
/// firewall dropped without a word would otherwise leave the writer, and
/// every update behind it, waiting for TCP to give up (minutes).
const COMMIT_TIMEOUT: Duration = Duration::from_secs(30);

/// A held connection unused this long is replaced before its next commit
/// rather than trusted: idle sockets are what firewalls and NAT forget.
pub(super) const MAX_IDLE: Duration = Duration::from_secs(60);

/// Commits `writes`: on a SQLite file in this thread ([`Direct::write`]),
/// unless a feature holds sqlx's writing connection or the write lock;
/// otherwise on SQLite on the pool's one connection, which every feature
/// also writes with (their writes, queued in the pool, take their turn
/// between batches); on PostgreSQL on a connection held outside the pool,
/// since sqlx tests a connection each time it goes back to the pool, one
/// more server round trip per batch.
///
/// A panic inside the commit fails its turns, not the writer. A held
/// connection whose commit failed is dropped; when it failed as a
/// connection (a server restart, a firewall that forgot an idle socket),
/// the batch is committed once more on a new one. Every part of a batch is
/// safe to repeat, so a commit whose answer was lost is not counted twice.
async fn commit_on(to: &To, writes: &[&Write]) -> anyhow::Result<()> {
    let To {
        pool,
        held,
        direct,
        backend,
    } = to;
    let backend = *backend;
    // A feature holding sqlx's writing connection is about to write, or
    // writing: the batch waits for it in the pool, rather than take the
    // file's write lock from it again and again (its connection would
    // sleep in SQLite's busy handler, and could give up).
    if let Some(direct) = direct
        && super::idle(pool)
        && direct.write(|conn| commit_direct(conn, writes)).is_some()
    {
        return Ok(());
    }
    if held.options.is_none() {
        let mut conn = pool.acquire().await?;
        return crate::contain::contained(commit(&mut conn, backend, writes)).await;
    }
    let mut slot = held.writer.lock().await;
    Held::forget_idle(&mut slot);
    let mut fresh = false;
    loop {
        if slot.is_none() {
            let mut conn = held
                .open("the writer's connection")
                .await
                .map_err(|e| e.context(Unreachable))?;
            // Batches come in many shapes, each a statement of its own:
            // planned once when first prepared rather than afresh for each
            // of its first five runs (their plans do not depend on the
            // values). A server older than PostgreSQL 12 does not know the
            // setting: it plans as before.
            match conn
                .execute("SET plan_cache_mode = force_generic_plan")
                .await
            {
                Ok(_) => {}
                Err(sqlx::Error::Database(e)) => {
                    tracing::warn!(error = %e, "batches planned per run");
                }
                Err(e) => {
                    return Err(anyhow::Error::new(e)
                        .context(Unreachable)
                        .context("setting up the writer's connection"));
                }
            }
            *slot = Some((conn, Instant::now()));
            fresh = true;
        }
        let (conn, used) = slot.as_mut().context("writer's connection not open")?;
        let work = crate::contain::contained(commit(conn, backend, writes));
        let res = match tokio::time::timeout(COMMIT_TIMEOUT, work).await {
            Ok(res) => res,
            Err(_) => {
                // The statement may still run: not committed again here.
                slot.take();
                anyhow::bail!("the commit got no answer in {COMMIT_TIMEOUT:?}");
            }
        };
        *used = Instant::now();
        let Err(err) = res else { return Ok(()) };
        slot.take();
        let broken = err
            .downcast_ref::<sqlx::Error>()
            .is_some_and(connection_lost);
        if fresh || !broken {
            return Err(err);
        }
        tracing::warn!(error = %err, "the writer's connection broke; committing on a new one");
    }
}

/// Whether `e` says the connection, not the statement, failed: an I/O or
/// protocol error, or the server ending the session (SQLSTATE class 08,
/// connection exception, and 57P, the server shutting down or an
/// administrator terminating it).
fn connection_lost(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => true,
    }
}

/// Commits `writes` in one transaction, in one round trip.
async fn commit(
    conn: &mut AnyConnection,
    backend: Backend,
    writes: &[&Write],
) -> anyhow::Result<()> {
    let (parts, values) = statements(writes);
    let args = any_arguments(&values)?;
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
    let res = sqlx::query_with(&sql, args).execute(&mut *conn).await;
    if res.is_err() && backend == Backend::Sqlite && parts.len() > 1 {
        // The script stopped inside its transaction: end it.
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    }
    res?;
    Ok(())
}

/// Commits `writes` in one transaction on a connection of SQLite's own,
/// which is left with no transaction open whatever happens.
fn commit_direct(conn: &rusqlite::Connection, writes: &[&Write]) -> rusqlite::Result<()> {
    let (parts, values) = statements(writes);
    let run = |sql: &str| -> rusqlite::Result<()> {
        // Numbered from `?1` in each statement, so that a statement of one
        // shape is prepared once, wherever it sits in the batch.
        let (sql, first) = numbered_from_one(sql);
        let mut stmt = conn.prepare_cached(&sql)?;
        for i in 1..=stmt.parameter_count() {
            let value = values
                .get(first + i - 1)
                .ok_or(rusqlite::Error::InvalidParameterCount(i, values.len()))?;
            match *value {
                Value::Int(v) => stmt.raw_bind_parameter(i, v),
                Value::Text(v) => stmt.raw_bind_parameter(i, v),
                Value::MaybeInt(v) => stmt.raw_bind_parameter(i, v),
                Value::MaybeText(v) => stmt.raw_bind_parameter(i, v),
            }?;
        }
        stmt.raw_execute()?;
        Ok(())
    };
    match parts.as_slice() {
        [] => Ok(()),
        [one] => run(one),
        _ => {
            conn.execute_batch("BEGIN IMMEDIATE")?;
            let res = parts
                .iter()
                .try_for_each(|p| run(p))
                .and_then(|()| conn.execute_batch("COMMIT"));
            if res.is_err() && !conn.is_autocommit() {
                let _ = conn.execute_batch("ROLLBACK");
            }
            res
        }
    }
}

/// `sql` with its placeholders `$a`, `$a+1`, … (consecutive, in order, as
/// [`Binder`] writes them) renumbered `?1`, `?2`, …, and the index of the
/// batch's value that `?1` stands for.
fn numbered_from_one(sql: &str) -> (String, usize) {
    let mut out = String::with_capacity(sql.len());
    let mut first = None;
    let mut rest = sql;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let digits = rest[at + 1..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - at - 1);
        match rest[at + 1..at + 1 + digits].parse::<usize>() {
            Ok(n) => {
                let first = *first.get_or_insert(n);
                out.push_str(&format!("?{}", n + 1 - first));
            }
            Err(_) => out.push('$'),
        }
        rest = &rest[at + 1 + digits..];
    }
    out.push_str(rest);
    (out, first.unwrap_or(1) - 1)
}

/// `values` bound for sqlx.
fn any_arguments<'a>(values: &[Value<'a>]) -> anyhow::Result<AnyArguments<'a>> {
    let mut args = AnyArguments::default();
    for value in values {
        match *value {
            Value::Int(v) => args.add(v),
            Value::Text(v) => args.add(v),
            Value::MaybeInt(v) => args.add(v),
            Value::MaybeText(v) => args.add(v),
        }
        .map_err(anyhow::Error::msg)?;
    }
    Ok(args)
}

/// The statements that write `writes`, numbered as one list of values
/// (`$1` is the first).
fn statements<'a>(writes: &[&'a Write]) -> (Vec<String>, Vec<Value<'a>>) {
    use Value::{Int, MaybeInt, MaybeText, Text};
    let now = writes.iter().map(|w| w.now).max().unwrap_or_default();
    let mut parts = vec![];
    let mut b = Binder::default();

    // First: on SQLite the parts run in order, and a miss must not see its
    // update recorded by this same batch (on PostgreSQL no part sees
    // another's rows).
    let misses: Vec<(i64, &str, &str)> = writes
        .iter()
        .flat_map(|w| w.misses.iter())
        .map(|(id, lang, topic)| (*id, lang.as_str(), topic.as_str()))
        .collect();
    for chunk in chunks(&misses) {
        let rows = chunk
            .iter()
            .map(|&(id, lang, topic)| [Text(lang), Text(topic), Int(now), Int(id)]);
        parts.push(b.unless_processed("search_misses (lang, topic, created_at)", rows, 4));
    }

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
        let rows = chunk
            .iter()
            .map(|&(id, body)| [Int(id), Text(body), Int(now)]);
        let mut sql =
            b.unless_processed("received_updates (update_id, body, received_at)", rows, 1);
        sql.push_str(" ON CONFLICT (update_id) DO NOTHING");
        parts.push(sql);
    }
    for chunk in chunks(&ids) {
        let mut sql =
            String::from("INSERT INTO processed_updates (update_id, processed_at) VALUES ");
        b.rows(&mut sql, chunk.iter().map(|&id| [Int(id), Int(now)]));
        sql.push_str(" ON CONFLICT (update_id) DO NOTHING");
        parts.push(sql);
        // Processed: the update as received is no longer needed.
        let mut sql = String::from("DELETE FROM received_updates WHERE update_id IN (");
        b.list(&mut sql, chunk.iter().map(|&id| Int(id)));
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
        );
        sql.push_str(
            " ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        );
        parts.push(sql);
    }

    // Profiles, merged per person (a later choice wins), with the
    // `last_seen_at` of those also touched by this batch: on PostgreSQL two
    // parts of one statement must not update the same row (only one of
    // them would).
    let touched: Vec<i64> = writes.iter().filter_map(|w| w.touch).collect();
    let mut profiles: Vec<(i64, Option<&str>, Option<i64>)> = Vec::new();
    for p in writes.iter().filter_map(|w| w.profile.as_ref()) {
        let lang = p.lang.as_deref();
        match profiles.iter_mut().find(|(u, ..)| *u == p.user) {
            Some(slot) => {
                slot.1 = lang.or(slot.1);
                slot.2 = p.accepted.or(slot.2);
            }
            None => profiles.push((p.user, lang, p.accepted)),
        }
    }
    for chunk in chunks(&profiles) {
        let mut sql = String::from(
            "UPDATE users SET lang = COALESCE(v.column2, users.lang), \
             privacy_accepted_at = COALESCE(v.column3, users.privacy_accepted_at), \
             last_seen_at = COALESCE(v.column4, users.last_seen_at), \
             unreachable_since = CASE WHEN v.column4 IS NULL THEN users.unreachable_since END \
             FROM (VALUES ",
        );
        let rows = chunk.iter().map(|&(user, lang, accepted)| {
            let seen = touched.contains(&user).then_some(now);
            [
                Int(user),
                MaybeText(lang),
                MaybeInt(accepted),
                MaybeInt(seen),
            ]
        });
        b.rows(&mut sql, rows);
        sql.push_str(") AS v WHERE users.id = v.column1");
        parts.push(sql);
    }

    let users: Vec<i64> = touched
        .into_iter()
        .filter(|u| !profiles.iter().any(|p| p.0 == *u))
        .collect();
    for chunk in chunks(&users) {
        let mut sql = String::from("UPDATE users SET last_seen_at = ");
        b.list(&mut sql, [Int(now)]);
        sql.push_str(", unreachable_since = NULL WHERE id IN (");
        b.list(&mut sql, chunk.iter().map(|&u| Int(u)));
        sql.push(')');
        parts.push(sql);
    }
    (parts, b.values)
}

/// A value bound to a statement.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Value<'a> {
    Int(i64),
    Text(&'a str),
    /// NULL when `None`, typed (PostgreSQL infers a `VALUES` column's type
    /// from its values).
    MaybeInt(Option<i64>),
    MaybeText(Option<&'a str>),
}

/// Numbers placeholders (`$1`, `$2`…) across a batch's statements and
/// binds their values in the same order.
#[derive(Default)]
struct Binder<'a> {
    values: Vec<Value<'a>>,
}

impl<'a> Binder<'a> {
    /// `$a, $b, …` for `values`, appended to `sql`.
    fn list(&mut self, sql: &mut String, values: impl IntoIterator<Item = Value<'a>>) {
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            self.values.push(value);
            sql.push_str(&format!("${}", self.values.len()));
        }
    }

    /// `INSERT INTO {into} …` of the first three values of each row, for
    /// the rows whose update (the value in column `update_column`, from 1)
    /// is not recorded as processed.
    fn unless_processed<const N: usize>(
        &mut self,
        into: &str,
        rows: impl Iterator<Item = [Value<'a>; N]>,
        update_column: usize,
    ) -> String {
        let mut sql =
            format!("INSERT INTO {into} SELECT v.column1, v.column2, v.column3 FROM (VALUES ");
        self.rows(&mut sql, rows);
        sql.push_str(&format!(
            ") AS v WHERE NOT EXISTS \
             (SELECT 1 FROM processed_updates p WHERE p.update_id = v.column{update_column})"
        ));
        sql
    }

    /// `($a, $b), ($c, $d), …`, one parenthesised row per item of `rows`.
    fn rows<const N: usize>(
        &mut self,
        sql: &mut String,
        rows: impl Iterator<Item = [Value<'a>; N]>,
    ) {
        for (i, row) in rows.enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            self.list(sql, row);
            sql.push(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::direct::testing::{rows_written, sqlite_file, until_sqlx_idle};

    /// The update ids recorded, in order, and chat 5's state, read through
    /// sqlx.
    async fn recorded(db: &super::super::Db) -> (Vec<i64>, String) {
        let processed: Vec<(i64,)> =
            sqlx::query_as("SELECT update_id FROM processed_updates ORDER BY update_id")
                .fetch_all(db.pool())
                .await
                .unwrap();
        let state: (String,) = sqlx::query_as("SELECT state FROM dialogues WHERE chat_id = 5")
            .fetch_one(db.pool())
            .await
            .unwrap();
        (processed.into_iter().map(|(id,)| id).collect(), state.0)
    }

    /// A turn that records `update` and sets chat 5's state to `state`.
    fn turn(update: i64, state: &str) -> super::Write {
        super::Write {
            update_id: Some(update),
            state: Some((5, format!("\"{state}\""))),
            now: 100,
            ..Default::default()
        }
    }

    /// On a SQLite file a batch is committed on the writer's own connection;
    /// while a feature holds sqlx's writing connection, or a transaction on
    /// it, the batch waits for it and is then committed through it, with
    /// nothing lost on either side.
    #[tokio::test]
    async fn sqlite_batches_commit_on_their_own_connection_unless_a_feature_writes() {
        let dir = tempfile::tempdir().unwrap();
        let (db, path) = sqlite_file(&dir).await;
        let direct_rows = || rows_written(&db);
        let idle = || until_sqlx_idle(&db);
        let start = |write: super::Write| {
            let db = db.clone();
            tokio::spawn(async move { db.write(write).await })
        };
        // Lets the other tasks run (one thread): the writer tries the batch.
        let settle = || async {
            for _ in 0..10 {
                tokio::task::yield_now().await;
            }
        };
        idle().await;
        db.write(turn(1, "a")).await.unwrap();
        let own = direct_rows();
        assert!(
            own > 0,
            "the batch was not committed on the writer's connection"
        );

        // A feature has sqlx's writing connection.
        let taken = db.pool().acquire().await.unwrap();
        let write = start(turn(2, "b"));
        settle().await;
        assert!(
            !write.is_finished(),
            "committed while a feature had the connection"
        );
        drop(taken);
        write.await.unwrap().unwrap();

        // A feature's transaction holds the write lock.
        let mut tx = db.begin().await.unwrap();
        sqlx::query("INSERT INTO processed_updates (update_id, processed_at) VALUES (3, 100)")
            .execute(&mut *tx)
            .await
            .unwrap();
        let write = start(turn(4, "d"));
        settle().await;
        assert!(!write.is_finished(), "committed while a feature wrote");
        tx.commit().await.unwrap();
        write.await.unwrap().unwrap();

        // Another process holds the write lock: the writer's connection is
        // told "busy" at once, and the batch waits in sqlx's.
        let other = rusqlite::Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        idle().await;
        let write = start(turn(6, "f"));
        settle().await;
        assert!(
            !write.is_finished(),
            "committed while another process wrote"
        );
        other.execute_batch("COMMIT").unwrap();
        write.await.unwrap().unwrap();
        assert_eq!(
            direct_rows(),
            own,
            "written on the writer's connection meanwhile"
        );

        // Nothing in the way: the writer's connection again.
        idle().await;
        db.write(turn(5, "e")).await.unwrap();
        assert!(direct_rows() > own);
        assert_eq!(
            recorded(&db).await,
            (vec![1, 2, 3, 4, 5, 6], "\"e\"".to_owned())
        );
        db.close().await;
    }

    /// Connections that write leave checkpoints alone, so the log reaches
    /// the database file only through the writer's checkpoint task: without
    /// it, the file would not grow while the bot runs.
    #[tokio::test]
    async fn the_write_ahead_log_is_checkpointed_by_its_own_task() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wal.db");
        let db = super::super::Db::connect(&format!("sqlite://{}", path.display()))
            .await
            .unwrap();
        db.migrate().await.unwrap();
        let auto: (i64,) = sqlx::query_as("PRAGMA wal_autocheckpoint")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(auto.0, 0, "the writing connection must not checkpoint");
        // Nor the group commit's own, which also enforces foreign keys and
        // never waits for the write lock.
        let pragmas = db
            .direct()
            .unwrap()
            .write(|c| {
                let get = |p: &str| c.query_row(&format!("PRAGMA {p}"), [], |r| r.get::<_, i64>(0));
                Ok([
                    get("wal_autocheckpoint")?,
                    get("foreign_keys")?,
                    get("busy_timeout")?,
                ])
            })
            .unwrap();
        assert_eq!(pragmas, [0, 1, 0]);
        let size = || std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let before = size();
        // Two checkpoints' worth of turns, each with a state of 2 KB.
        for i in 0..2 * super::CHECKPOINT_EVERY as i64 {
            let write = super::Write {
                update_id: Some(i),
                state: Some((i, format!("\"{}\"", "x".repeat(2000)))),
                now: 100,
                ..Default::default()
            };
            db.write(write).await.unwrap();
        }
        let mut grown = false;
        for _ in 0..500 {
            if size() > before + 256 * 1024 {
                grown = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        assert!(
            grown,
            "the database file stayed at {} bytes (from {before}): the log was never checkpointed",
            size()
        );
        db.close().await;
    }

    /// A batch that fails part way on the writer's connection leaves
    /// nothing of itself there, and is committed, once, through sqlx.
    #[tokio::test]
    async fn a_batch_refused_on_the_writers_connection_is_committed_through_sqlx() {
        let dir = tempfile::tempdir().unwrap();
        let (db, _) = sqlite_file(&dir).await;
        let direct = db.direct().unwrap();
        // Only the writer's connection refuses a state, after the batch
        // has recorded its update.
        direct
            .write(|c| {
                c.execute_batch(
                    "CREATE TEMP TRIGGER refuse BEFORE INSERT ON dialogues \
                     BEGIN SELECT RAISE(ABORT, 'refused'); END;",
                )
            })
            .unwrap();
        until_sqlx_idle(&db).await;
        db.write(turn(1, "a")).await.unwrap();
        // No transaction left open, and the trigger still there: the same
        // connection, rolled back.
        let (open, trigger) = direct
            .write(|c| {
                let n = c.query_row(
                    "SELECT count(*) FROM temp.sqlite_master WHERE name = 'refuse'",
                    [],
                    |r| r.get::<_, i64>(0),
                )?;
                Ok((!c.is_autocommit(), n))
            })
            .unwrap();
        assert_eq!((open, trigger), (false, 1));
        assert_eq!(recorded(&db).await, (vec![1], "\"a\"".to_owned()));
        db.close().await;
    }

    #[test]
    fn placeholders_run_through_the_batch_in_order() {
        let turn = super::Write {
            update_id: Some(7),
            touch: Some(3),
            state: Some((3, "{}".into())),
            misses: vec![(7, "ar".into(), String::new())],
            now: 100,
            ..Default::default()
        };
        let arrived = super::Write {
            received: vec![(7, "{}".into()), (8, "{}".into())],
            now: 100,
            ..Default::default()
        };
        let (parts, values) = super::statements(&[&turn, &arrived]);
        // The miss first, before its update is recorded.
        assert!(parts[0].starts_with("INSERT INTO search_misses"));
        assert!(parts[0].contains("($1, $2, $3, $4)") && parts[0].ends_with("v.column4)"));
        // Update 7 is processed in this batch: only 8 is stored.
        assert!(parts[1].starts_with("INSERT INTO received_updates"));
        assert!(parts[1].contains("($5, $6, $7)") && !parts[1].contains("$8"));
        assert!(parts[2].contains("($8, $9)"));
        assert!(parts[3].ends_with("IN ($10)"));
        assert!(parts[4].contains("($11, $12, $13)"));
        assert!(parts[5].contains("= $14,") && parts[5].ends_with("IN ($15)"));
        assert_eq!(values.len(), 15);
    }

    #[test]
    fn a_person_is_updated_by_one_part_of_a_batch() {
        let profile = |user, lang: Option<&str>, accepted| super::Profile {
            user,
            lang: lang.map(str::to_owned),
            accepted,
        };
        let writes = [
            super::Write {
                profile: Some(profile(1, Some("ar"), None)),
                touch: Some(1),
                now: 100,
                ..Default::default()
            },
            super::Write {
                profile: Some(profile(1, None, Some(90))),
                ..Default::default()
            },
            super::Write {
                touch: Some(2),
                now: 100,
                ..Default::default()
            },
            super::Write {
                profile: Some(profile(3, Some("fr"), None)),
                ..Default::default()
            },
            super::Write {
                profile: Some(profile(3, Some("es"), None)),
                ..Default::default()
            },
        ];
        let (parts, values) = super::statements(&writes.iter().collect::<Vec<_>>());
        assert_eq!(parts.len(), 3, "{parts:?}");
        // Persons 1 and 3, merged: one row each with the language, the
        // notice and the time seen (NULL: leave as it is).
        assert!(parts[0].starts_with("UPDATE users SET lang = COALESCE"));
        assert!(parts[0].contains("(VALUES ($1, $2, $3, $4))"));
        assert!(parts[1].contains("(VALUES ($5, $6, $7, $8))"));
        // Only person 2 is touched by the plain statement.
        assert!(parts[2].ends_with("IN ($10)"), "{}", parts[2]);
        let args = super::any_arguments(&values).unwrap();
        let values: Vec<String> = args.values.0.iter().map(|v| format!("{v:?}")).collect();
        // A later choice wins; a choice leaves the other field alone.
        let expected = [
            "BigInt(1)",
            "Text(\"ar\")",
            "BigInt(90)",
            "BigInt(100)",
            "BigInt(3)",
            "Text(\"es\")",
            "Null(BigInt)",
            "Null(BigInt)",
            "BigInt(100)",
            "BigInt(2)",
        ];
        assert_eq!(values, expected);
    }

    #[test]
    fn each_statement_is_numbered_from_one_on_the_writers_connection() {
        // Two turns: two one-row inserts of processed updates (each with
        // its delete), then one chat's state.
        let turns = [turn(7, "a"), turn(8, "b")];
        let (parts, values) = super::statements(&turns.iter().collect::<Vec<_>>());
        let numbered: Vec<(String, usize)> =
            parts.iter().map(|p| super::numbered_from_one(p)).collect();
        assert_eq!(
            numbered[0].0,
            "INSERT INTO processed_updates (update_id, processed_at) VALUES (?1, ?2) \
             ON CONFLICT (update_id) DO NOTHING"
        );
        // The same shape, wherever it sits, is the same statement.
        assert_eq!(numbered[2].0, numbered[0].0);
        assert_eq!(
            numbered[1].0,
            "DELETE FROM received_updates WHERE update_id IN (?1)"
        );
        // Where each statement's values start in the batch's.
        let firsts: Vec<usize> = numbered.iter().map(|n| n.1).collect();
        assert_eq!(firsts, [0, 2, 3, 5, 6]);
        assert!(numbered[4].0.contains("VALUES (?1, ?2, ?3)"));
        assert_eq!(values.len(), 9);
        assert_eq!(values[6], super::Value::Int(5));
        // Nothing to number.
        assert_eq!(super::numbered_from_one("COMMIT"), ("COMMIT".into(), 0));
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
