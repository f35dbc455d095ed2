//! Queries of the help desk's own tables (`questions`, `question_messages`,
//! `canned_answers`, `question_blocks`). Times are unix seconds inside,
//! `DateTime<Utc>` outside.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};
use sqlx::AnyConnection;

use super::model::{Author, Kind, Part, Question, Ref, Status, ThreadMessage, To};
use crate::{domain::Topic, storage::Db, time::utc};

const QUESTION_COLUMNS: &str = "id, ref, asker_id, asker_lang, asker_name, to_staff, association_id, topic, about,
     escalated_from, status, claimed_by, created_at, waiting_since, first_answer_at, closed_at, helpful";

#[derive(sqlx::FromRow)]
struct QuestionRow {
    id: i64,
    #[sqlx(rename = "ref")]
    reference: String,
    asker_id: Option<i64>,
    asker_lang: String,
    asker_name: Option<String>,
    to_staff: i64,
    association_id: Option<i64>,
    topic: Option<String>,
    about: String,
    escalated_from: Option<i64>,
    status: String,
    claimed_by: Option<i64>,
    created_at: i64,
    waiting_since: Option<i64>,
    first_answer_at: Option<i64>,
    closed_at: Option<i64>,
    helpful: Option<i64>,
}

fn question(r: QuestionRow) -> Question {
    let to = match (r.to_staff, r.association_id) {
        (0, Some(a)) => To::Association(a),
        _ => To::Staff(
            r.topic
                .as_deref()
                .and_then(Topic::from_code)
                .unwrap_or(Topic::Work),
        ),
    };
    Question {
        id: r.id,
        reference: r.reference,
        asker_id: r.asker_id,
        asker_lang: r.asker_lang,
        asker_name: r.asker_name,
        to,
        about: r.about,
        escalated_from: r.escalated_from,
        status: Status::from_code(&r.status),
        claimed_by: r.claimed_by,
        created_at: utc(r.created_at),
        waiting_since: r.waiting_since.map(utc),
        first_answer_at: r.first_answer_at.map(utc),
        closed_at: r.closed_at.map(utc),
        helpful: r.helpful.map(|h| h == 1),
    }
}

fn to_columns(to: To) -> (i64, Option<i64>, Option<&'static str>) {
    match to {
        To::Association(a) => (0, Some(a), None),
        To::Staff(t) => (1, None, Some(t.code())),
    }
}

/// A new question from its asker.
pub struct NewQuestion<'a> {
    pub asker: i64,
    pub lang: &'a str,
    /// Their first name, if they agreed to share it.
    pub name: Option<&'a str>,
    /// The draft's key: sending the same draft again finds the question
    /// already made (an update handled twice after a crash).
    pub draft_key: i64,
    pub to: To,
    pub about: &'a str,
}

/// Stores the question with its messages, all or nothing; returns its id
/// and reference.
pub async fn create(
    db: &Db,
    q: &NewQuestion<'_>,
    parts: &[Part],
    now: DateTime<Utc>,
) -> anyhow::Result<(i64, String)> {
    let (to_staff, association, topic) = to_columns(q.to);
    for _ in 0..8 {
        let mut tx = db.begin().await?;
        let reference = Ref::random().0;
        let made: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO questions (ref, asker_id, asker_lang, asker_name, draft_key, to_staff,
                 association_id, topic, about, status, created_at, waiting_since)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $10)
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(&reference)
        .bind(q.asker)
        .bind(q.lang)
        .bind(q.name)
        .bind(q.draft_key)
        .bind(to_staff)
        .bind(association)
        .bind(topic)
        .bind(q.about)
        .bind(now.timestamp())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id,)) = made {
            for part in parts {
                insert_message(&mut tx, id, Author::Asker, None, part, None, now).await?;
            }
            tx.commit().await?;
            return Ok((id, reference));
        }
        let sent: Option<(i64, String)> =
            sqlx::query_as("SELECT id, ref FROM questions WHERE asker_id = $1 AND draft_key = $2")
                .bind(q.asker)
                .bind(q.draft_key)
                .fetch_optional(&mut *tx)
                .await?;
        tx.commit().await?;
        if let Some(found) = sent {
            return Ok(found);
        }
        // The reference was taken: draw another.
    }
    anyhow::bail!("no free question reference after 8 tries")
}

/// The question already made from draft `key` of `asker`, if any.
pub async fn sent_draft(db: &Db, asker: i64, key: i64) -> anyhow::Result<Option<(i64, String)>> {
    Ok(
        sqlx::query_as("SELECT id, ref FROM questions WHERE asker_id = $1 AND draft_key = $2")
            .bind(asker)
            .bind(key)
            .fetch_optional(db.pool())
            .await?,
    )
}

/// Adds a message to a thread; false if update `update` already added it
/// (the update handled again after a crash).
async fn insert_message(
    conn: &mut AnyConnection,
    question: i64,
    author: Author,
    helper: Option<i64>,
    part: &Part,
    update: Option<i64>,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "INSERT INTO question_messages (question_id, author, helper_id, kind, body, file_id, update_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(question)
    .bind(author.code())
    .bind(helper)
    .bind(part.kind.code())
    .bind(&part.body)
    .bind(part.file.as_deref())
    .bind(update)
    .bind(now.timestamp())
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

type MessageRow = (
    i64,
    String,
    Option<i64>,
    String,
    String,
    Option<String>,
    i64,
);

pub async fn get(db: &Db, id: i64) -> anyhow::Result<Option<Question>> {
    let row: Option<QuestionRow> = sqlx::query_as(&format!(
        "SELECT {QUESTION_COLUMNS} FROM questions WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(question))
}

/// The newest `limit` messages of a thread, oldest first; notes between
/// helpers only when `notes`.
pub async fn messages(
    db: &Db,
    id: i64,
    notes: bool,
    limit: i64,
) -> anyhow::Result<Vec<ThreadMessage>> {
    let rows: Vec<MessageRow> = sqlx::query_as(
        "SELECT id, author, helper_id, kind, body, file_id, created_at FROM question_messages
             WHERE question_id = $1 AND ($2 = 1 OR author <> 'note')
             ORDER BY id DESC LIMIT $3",
    )
    .bind(id)
    .bind(i64::from(notes))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let mut out: Vec<ThreadMessage> = rows
        .into_iter()
        .map(
            |(id, author, helper_id, kind, body, file, at)| ThreadMessage {
                id,
                author: Author::from_code(&author),
                helper_id,
                part: Part {
                    kind: Kind::from_code(&kind),
                    body,
                    file,
                },
                at: utc(at),
            },
        )
        .collect();
    out.reverse();
    Ok(out)
}

/// The asker's photos, documents and voice messages in a thread.
pub async fn files(db: &Db, id: i64) -> anyhow::Result<Vec<Part>> {
    let rows: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT kind, body, file_id FROM question_messages
         WHERE question_id = $1 AND file_id IS NOT NULL AND author = 'asker' ORDER BY id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(kind, body, file)| Part {
            kind: Kind::from_code(&kind),
            body,
            file,
        })
        .collect())
}

/// What `user` has asked lately.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Load {
    /// Threads open now.
    pub open: i64,
    /// Messages put into threads in the last hour.
    pub last_hour: i64,
    /// Questions asked in the last day, closed ones included.
    pub last_day: i64,
}

pub async fn asker_load(db: &Db, user: i64, now: DateTime<Utc>) -> anyhow::Result<Load> {
    let (open, last_hour, last_day): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM questions WHERE asker_id = $1 AND status = 'open'),
                (SELECT COUNT(*) FROM question_messages m JOIN questions q ON q.id = m.question_id
                  WHERE q.asker_id = $1 AND m.author = 'asker' AND m.created_at >= $2),
                (SELECT COUNT(*) FROM questions WHERE asker_id = $1 AND created_at >= $3)",
    )
    .bind(user)
    .bind((now - Duration::hours(1)).timestamp())
    .bind((now - Duration::days(1)).timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(Load {
        open,
        last_hour,
        last_day,
    })
}

/// The asker's threads, open ones first, newest first.
pub async fn mine(db: &Db, user: i64, limit: i64) -> anyhow::Result<Vec<Question>> {
    let rows: Vec<QuestionRow> = sqlx::query_as(&format!(
        "SELECT {QUESTION_COLUMNS} FROM questions WHERE asker_id = $1
         ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, created_at DESC, id DESC LIMIT $2"
    ))
    .bind(user)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(question).collect())
}

/// Whose inbox: the association a helper leads, and whether they are staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Desk {
    pub association: Option<i64>,
    pub staff: bool,
}

/// One line of the inbox.
#[derive(Clone, Debug, PartialEq)]
pub struct Waiting {
    pub question: Question,
    /// The first name of the helper who claimed it.
    pub claimed_by_name: Option<String>,
    /// The asker's first message (HTML), to tell the questions apart.
    pub first_words: String,
}

const DESK_FILTER: &str =
    "status = 'open' AND ((to_staff = 0 AND association_id = $1) OR (to_staff = 1 AND $2 = 1))";

#[derive(sqlx::FromRow)]
struct WaitingRow {
    #[sqlx(flatten)]
    question: QuestionRow,
    claimed_name: Option<String>,
    first_words: Option<String>,
}

/// A page of the open threads of `desk`, oldest first, with who claimed
/// each and its first words: one statement.
pub async fn inbox(db: &Db, desk: Desk, limit: i64, offset: i64) -> anyhow::Result<Vec<Waiting>> {
    let rows: Vec<WaitingRow> = sqlx::query_as(&format!(
        "SELECT {QUESTION_COLUMNS},
            (SELECT u.first_name FROM users u WHERE u.id = questions.claimed_by) AS claimed_name,
            (SELECT m.body FROM question_messages m
              WHERE m.question_id = questions.id AND m.author = 'asker'
              ORDER BY m.id LIMIT 1) AS first_words
         FROM questions WHERE {DESK_FILTER}
         ORDER BY created_at, id LIMIT $3 OFFSET $4"
    ))
    .bind(desk.association)
    .bind(i64::from(desk.staff))
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let question = question(r.question);
            Waiting {
                claimed_by_name: question
                    .claimed_by
                    .map(|_| r.claimed_name.unwrap_or_default()),
                question,
                first_words: r.first_words.unwrap_or_default(),
            }
        })
        .collect())
}

pub async fn inbox_count(db: &Db, desk: Desk) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM questions WHERE {DESK_FILTER}"
    ))
    .bind(desk.association)
    .bind(i64::from(desk.staff))
    .fetch_one(db.reader())
    .await?;
    Ok(n)
}

/// Whether `helper` claimed thread `id` or wrote in it.
pub async fn took_part(db: &Db, id: i64, helper: i64) -> anyhow::Result<bool> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM questions WHERE id = $1 AND claimed_by = $2)
              + (SELECT COUNT(*) FROM question_messages WHERE question_id = $1 AND helper_id = $2)",
    )
    .bind(id)
    .bind(helper)
    .fetch_one(db.pool())
    .await?;
    Ok(n > 0)
}

/// A helper's first name, as other helpers see it.
pub async fn helper_name(db: &Db, user: i64) -> anyhow::Result<String> {
    let row: Option<(String,)> = sqlx::query_as("SELECT first_name FROM users WHERE id = $1")
        .bind(user)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(|(n,)| n).unwrap_or_default())
}

/// `helper` takes an open thread: one nobody holds, or, with `take_over`,
/// one someone else holds. False if it is closed (or held, without
/// `take_over`).
pub async fn claim(
    db: &Db,
    id: i64,
    helper: i64,
    take_over: bool,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "UPDATE questions SET claimed_by = $2, claimed_at = $3
         WHERE id = $1 AND status = 'open' AND (claimed_by IS NULL OR claimed_by = $2 OR $4 = 1)",
    )
    .bind(id)
    .bind(helper)
    .bind(now.timestamp())
    .bind(i64::from(take_over))
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Why an answer was not stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAnswered {
    Closed,
    TakenOver,
}

/// Stores `helper`'s answer, written by update `update`, if the thread is
/// open and still theirs; Ok(false) if that update stored it already.
pub async fn answer(
    db: &Db,
    id: i64,
    helper: i64,
    part: &Part,
    update: Option<i64>,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<bool, NotAnswered>> {
    let mut tx = db.begin().await?;
    let r = sqlx::query(
        "UPDATE questions SET first_answer_at = COALESCE(first_answer_at, $3),
             waiting_since = NULL
         WHERE id = $1 AND status = 'open' AND claimed_by = $2",
    )
    .bind(id)
    .bind(helper)
    .bind(now.timestamp())
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() == 0 {
        let status: Option<(String,)> =
            sqlx::query_as("SELECT status FROM questions WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        tx.commit().await?;
        return Ok(Err(match status {
            Some((s,)) if s == "open" => NotAnswered::TakenOver,
            _ => NotAnswered::Closed,
        }));
    }
    let new = insert_message(&mut tx, id, Author::Helper, Some(helper), part, update, now).await?;
    tx.commit().await?;
    Ok(Ok(new))
}

/// The asker adds a message (from update `update`) to their open thread:
/// None if it is closed or not theirs, Some(false) if that update added it
/// already.
pub async fn add_from_asker(
    db: &Db,
    id: i64,
    asker: i64,
    part: &Part,
    update: Option<i64>,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<bool>> {
    let mut tx = db.begin().await?;
    let r = sqlx::query(
        "UPDATE questions SET waiting_since = COALESCE(waiting_since, $3)
         WHERE id = $1 AND asker_id = $2 AND status = 'open'",
    )
    .bind(id)
    .bind(asker)
    .bind(now.timestamp())
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() == 0 {
        tx.commit().await?;
        return Ok(None);
    }
    let new = insert_message(&mut tx, id, Author::Asker, None, part, update, now).await?;
    tx.commit().await?;
    Ok(Some(new))
}

/// Closes an open thread; false if it was not open.
pub async fn close(db: &Db, id: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "UPDATE questions SET status = 'closed', closed_at = $2, waiting_since = NULL
         WHERE id = $1 AND status = 'open'",
    )
    .bind(id)
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The asker's rating of a closed thread (the last one counts).
pub async fn rate(db: &Db, id: i64, asker: i64, helpful: bool) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "UPDATE questions SET helpful = $3 WHERE id = $1 AND asker_id = $2 AND status = 'closed'",
    )
    .bind(id)
    .bind(asker)
    .bind(i64::from(helpful))
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// A leader passes an open thread of `association` to staff for `topic`,
/// with a note for them; false if it is no longer open there.
pub async fn escalate(
    db: &Db,
    id: i64,
    association: i64,
    topic: Topic,
    helper: i64,
    note: &Part,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let mut tx = db.begin().await?;
    let r = sqlx::query(
        "UPDATE questions SET to_staff = 1, topic = $3, escalated_from = association_id,
             claimed_by = NULL, claimed_at = NULL
         WHERE id = $1 AND association_id = $2 AND to_staff = 0 AND status = 'open'",
    )
    .bind(id)
    .bind(association)
    .bind(topic.code())
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() == 0 {
        tx.commit().await?;
        return Ok(false);
    }
    insert_message(&mut tx, id, Author::Note, Some(helper), note, None, now).await?;
    tx.commit().await?;
    Ok(true)
}

// ---- saved answers ----

/// The saved answers of a desk (an association's, or staff's with None) in
/// language `lang`, oldest first.
pub async fn canned(
    db: &Db,
    association: Option<i64>,
    lang: &str,
) -> anyhow::Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, body FROM canned_answers
         WHERE ((association_id IS NULL AND $1 IS NULL) OR association_id = $1) AND lang = $2
         ORDER BY id LIMIT 20",
    )
    .bind(association)
    .bind(lang)
    .fetch_all(db.pool())
    .await?)
}

pub async fn canned_one(db: &Db, id: i64) -> anyhow::Result<Option<(Option<i64>, String, String)>> {
    Ok(
        sqlx::query_as("SELECT association_id, lang, body FROM canned_answers WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?,
    )
}

pub async fn add_canned(
    db: &Db,
    association: Option<i64>,
    lang: &str,
    body: &str,
    by: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO canned_answers (association_id, lang, body, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(association)
    .bind(lang)
    .bind(body)
    .bind(by)
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn delete_canned(db: &Db, id: i64) -> anyhow::Result<bool> {
    let r = sqlx::query("DELETE FROM canned_answers WHERE id = $1")
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

// ---- blocks ----

/// The deployment's key for hashing blocked people's ids, made at first use.
async fn hash_key(db: &Db) -> anyhow::Result<String> {
    let fresh: String = {
        use rand::Rng;
        let mut r = rand::rng();
        (0..32)
            .map(|_| format!("{:02x}", r.random::<u8>()))
            .collect()
    };
    sqlx::query("INSERT INTO help_desk_keys (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
        .bind(&fresh)
        .execute(db.pool())
        .await?;
    let (key,): (String,) = sqlx::query_as("SELECT key FROM help_desk_keys WHERE id = 1")
        .fetch_one(db.pool())
        .await?;
    Ok(key)
}

/// A keyed hash of a Telegram id: a block stays in force after the person
/// erased their data, without their id being kept.
async fn user_hash(db: &Db, user: i64) -> anyhow::Result<String> {
    use sha2::{Digest, Sha256};
    let key = hash_key(db).await?;
    let digest = Sha256::digest(format!("{key}:{user}").as_bytes());
    Ok(digest.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether `user` may not ask `to`'s desk.
pub async fn is_blocked(db: &Db, user: i64, to: To) -> anyhow::Result<bool> {
    let hash = user_hash(db, user).await?;
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM question_blocks WHERE user_hash = $1 AND lifted_at IS NULL
           AND ((association_id IS NULL AND $2 IS NULL) OR association_id = $2) LIMIT 1",
    )
    .bind(hash)
    .bind(to.association())
    .fetch_optional(db.pool())
    .await?;
    Ok(row.is_some())
}

/// Blocks the asker of open thread `id` from asking its desk again, and
/// closes their open threads at that desk (only there). False if the
/// thread is not open or has no asker any more.
pub async fn block(db: &Db, id: i64, by: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let Some(q) = get(db, id).await? else {
        return Ok(false);
    };
    let (Some(asker), Status::Open) = (q.asker_id, q.status) else {
        return Ok(false);
    };
    let hash = user_hash(db, asker).await?;
    let desk = q.to.association();
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO question_blocks (user_id, user_hash, association_id, question_ref, blocked_by, blocked_at)
         SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS
           (SELECT 1 FROM question_blocks WHERE user_hash = $2 AND lifted_at IS NULL
              AND ((association_id IS NULL AND $3 IS NULL) OR association_id = $3))",
    )
    .bind(asker)
    .bind(&hash)
    .bind(desk)
    .bind(&q.reference)
    .bind(by)
    .bind(now.timestamp())
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE questions SET status = 'closed', closed_at = $2, waiting_since = NULL
         WHERE asker_id = $1 AND status = 'open'
           AND ((to_staff = 1 AND $3 IS NULL) OR (to_staff = 0 AND association_id = $3))",
    )
    .bind(asker)
    .bind(now.timestamp())
    .bind(desk)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A block in force, as staff see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub id: i64,
    pub question_ref: String,
    /// The association whose desk it covers (None: staff's).
    pub association_id: Option<i64>,
    pub by_name: String,
    pub at: DateTime<Utc>,
}

pub async fn blocks(db: &Db) -> anyhow::Result<Vec<Block>> {
    type BlockRow = (i64, String, Option<i64>, Option<String>, i64);
    let rows: Vec<BlockRow> = sqlx::query_as(
        "SELECT b.id, b.question_ref, b.association_id, u.first_name, b.blocked_at FROM question_blocks b
         LEFT JOIN users u ON u.id = b.blocked_by
         WHERE b.lifted_at IS NULL ORDER BY b.blocked_at, b.id LIMIT 30",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, question_ref, association_id, by, at)| Block {
            id,
            question_ref,
            association_id,
            by_name: by.unwrap_or_default(),
            at: utc(at),
        })
        .collect())
}

pub async fn lift(db: &Db, block: i64, by: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let r = sqlx::query(
        "UPDATE question_blocks SET lifted_by = $2, lifted_at = $3 WHERE id = $1 AND lifted_at IS NULL",
    )
    .bind(block)
    .bind(by)
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected() == 1)
}

// ---- reminders and retention ----

/// Desks with open questions waiting for an answer since `before` or
/// earlier: (to staff?, association, how many).
pub async fn overdue_desks(
    db: &Db,
    before: DateTime<Utc>,
) -> anyhow::Result<Vec<(bool, Option<i64>, i64)>> {
    let rows: Vec<(i64, Option<i64>, i64)> = sqlx::query_as(
        "SELECT to_staff, CASE WHEN to_staff = 1 THEN NULL ELSE association_id END, COUNT(*)
         FROM questions WHERE status = 'open' AND waiting_since <= $1
         GROUP BY to_staff, CASE WHEN to_staff = 1 THEN NULL ELSE association_id END",
    )
    .bind(before.timestamp())
    .fetch_all(db.reader())
    .await?;
    Ok(rows.into_iter().map(|(s, a, n)| (s == 1, a, n)).collect())
}

/// When the helpers' daily reminder last went out.
pub async fn last_digest(db: &Db) -> anyhow::Result<Option<DateTime<Utc>>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT sent_at FROM question_digest WHERE id = 1")
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(|(t,)| utc(t)))
}

pub async fn mark_digest(db: &Db, now: DateTime<Utc>) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO question_digest (id, sent_at) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET sent_at = excluded.sent_at",
    )
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    Ok(())
}

/// When the next closed thread is due to be purged.
pub async fn next_purge(db: &Db, retention: Duration) -> anyhow::Result<Option<DateTime<Utc>>> {
    let (at,): (Option<i64>,) =
        sqlx::query_as("SELECT MIN(closed_at) FROM questions WHERE status <> 'open'")
            .fetch_one(db.reader())
            .await?;
    Ok(at.map(|t| utc(t) + retention))
}

/// Closes the threads answered and then left without a word for `idle`:
/// they would otherwise be kept forever. Returns how many.
pub async fn close_idle(db: &Db, now: DateTime<Utc>, idle: Duration) -> anyhow::Result<u64> {
    let r = sqlx::query(
        "UPDATE questions SET status = 'closed', closed_at = $1
         WHERE status = 'open' AND waiting_since IS NULL AND first_answer_at IS NOT NULL
           AND (SELECT MAX(m.created_at) FROM question_messages m WHERE m.question_id = questions.id) <= $2",
    )
    .bind(now.timestamp())
    .bind((now - idle).timestamp())
    .execute(db.pool())
    .await?;
    Ok(r.rows_affected())
}

/// Deletes the threads closed more than `retention` ago, with their
/// messages, and the lifted blocks as old; returns how many threads.
pub async fn purge(db: &Db, now: DateTime<Utc>, retention: Duration) -> anyhow::Result<u64> {
    let before = (now - retention).timestamp();
    let r = sqlx::query("DELETE FROM questions WHERE status <> 'open' AND closed_at <= $1")
        .bind(before)
        .execute(db.pool())
        .await?;
    sqlx::query("DELETE FROM question_blocks WHERE lifted_at <= $1")
        .bind(before)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected())
}

// ---- personal data ----

/// The asker's open threads as they leave: (id, to) for telling helpers.
pub async fn leave(
    db: &Db,
    user: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(i64, String, To, Option<i64>)>> {
    let rows: Vec<QuestionRow> = sqlx::query_as(&format!(
        "UPDATE questions SET status = 'left', closed_at = $2, waiting_since = NULL
         WHERE asker_id = $1 AND status = 'open' RETURNING {QUESTION_COLUMNS}"
    ))
    .bind(user)
    .bind(now.timestamp())
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(question)
        .map(|q| (q.id, q.reference, q.to, q.claimed_by))
        .collect())
}

pub async fn export(conn: &mut AnyConnection, user: i64) -> anyhow::Result<Value> {
    let rows: Vec<QuestionRow> = sqlx::query_as(&format!(
        "SELECT {QUESTION_COLUMNS} FROM questions WHERE asker_id = $1 ORDER BY id"
    ))
    .bind(user)
    .fetch_all(&mut *conn)
    .await?;
    let mut asked = vec![];
    for q in rows.into_iter().map(question) {
        // Notes between helpers are about them too, so they are included.
        let msgs: Vec<(String, String, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT author, kind, body, file_id, created_at FROM question_messages
             WHERE question_id = $1 ORDER BY id",
        )
        .bind(q.id)
        .fetch_all(&mut *conn)
        .await?;
        asked.push(json!({
            "reference": q.reference,
            "to": match q.to { To::Association(a) => json!({"association": a}), To::Staff(t) => json!({"staff": t.code()}) },
            "about": q.about,
            "name_shared": q.asker_name,
            "status": q.status.code(),
            "asked_at": q.created_at.to_rfc3339(),
            "closed_at": q.closed_at.map(|t| t.to_rfc3339()),
            "helpful": q.helpful,
            "messages": msgs.into_iter().map(|(author, kind, body, file, at)| json!({
                "from": match author.as_str() { "asker" => "you", "note" => "note_between_helpers", _ => "helper" },
                "kind": kind, "text": body, "file_id": file, "at": utc(at).to_rfc3339(),
            })).collect::<Vec<_>>(),
        }));
    }
    let answered: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT q.ref, m.body, m.created_at FROM question_messages m JOIN questions q ON q.id = m.question_id
         WHERE m.helper_id = $1 ORDER BY m.id",
    )
    .bind(user)
    .fetch_all(&mut *conn)
    .await?;
    let blocked: Vec<(String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT question_ref, blocked_at, lifted_at FROM question_blocks WHERE user_id = $1 ORDER BY id",
    )
    .bind(user)
    .fetch_all(&mut *conn)
    .await?;
    let blocks_made: Vec<(String, i64)> = sqlx::query_as(
        "SELECT question_ref, blocked_at FROM question_blocks WHERE blocked_by = $1 OR lifted_by = $1 ORDER BY id",
    )
    .bind(user)
    .fetch_all(&mut *conn)
    .await?;
    let saved: Vec<(String, String)> =
        sqlx::query_as("SELECT lang, body FROM canned_answers WHERE created_by = $1 ORDER BY id")
            .bind(user)
            .fetch_all(&mut *conn)
            .await?;
    let pinned: Vec<(String, String)> =
        sqlx::query_as("SELECT topic, body FROM good_practice WHERE author_id = $1 ORDER BY id")
            .bind(user)
            .fetch_all(&mut *conn)
            .await?;
    if asked.is_empty()
        && answered.is_empty()
        && blocked.is_empty()
        && blocks_made.is_empty()
        && saved.is_empty()
        && pinned.is_empty()
    {
        return Ok(Value::Null);
    }
    Ok(json!({
        "asked": asked,
        "written_as_helper": answered.into_iter().map(|(r, body, at)| json!({
            "reference": r, "text": body, "at": utc(at).to_rfc3339()
        })).collect::<Vec<_>>(),
        "blocks": blocked.into_iter().map(|(r, at, lifted)| json!({
            "question": r, "blocked_at": utc(at).to_rfc3339(),
            "lifted_at": lifted.map(|t| utc(t).to_rfc3339()),
        })).collect::<Vec<_>>(),
        "blocks_made_or_lifted": blocks_made.into_iter().map(|(r, at)| json!({
            "question": r, "at": utc(at).to_rfc3339()
        })).collect::<Vec<_>>(),
        "saved_answers": saved.into_iter().map(|(lang, body)| json!({"lang": lang, "text": body})).collect::<Vec<_>>(),
        "good_practice_from_you": pinned.into_iter().map(|(topic, body)| json!({"topic": topic, "text": body})).collect::<Vec<_>>(),
    }))
}

/// Erases the person's side: as an asker, their messages, name and id
/// (helpers' answers stay until the thread is purged); as a helper, their
/// id on answers, notes, claims, saved answers and blocks.
pub async fn erase(conn: &mut AnyConnection, user: i64) -> anyhow::Result<()> {
    let statements = [
        "DELETE FROM question_messages WHERE author = 'asker'
           AND question_id IN (SELECT id FROM questions WHERE asker_id = $1)",
        "UPDATE questions SET status = 'left', closed_at = COALESCE(closed_at, created_at),
           waiting_since = NULL WHERE asker_id = $1 AND status = 'open'",
        "UPDATE questions SET asker_id = NULL, asker_name = NULL WHERE asker_id = $1",
        "UPDATE questions SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = $1",
        "UPDATE question_messages SET helper_id = NULL WHERE helper_id = $1",
        "UPDATE canned_answers SET created_by = NULL WHERE created_by = $1",
        "UPDATE question_blocks SET blocked_by = NULL WHERE blocked_by = $1",
        "UPDATE question_blocks SET lifted_by = NULL WHERE lifted_by = $1",
        // The block stays in force under the keyed hash alone.
        "UPDATE question_blocks SET user_id = NULL WHERE user_id = $1",
        "DELETE FROM good_practice WHERE author_id = $1",
    ];
    for sql in statements {
        sqlx::query(sql).bind(user).execute(&mut *conn).await?;
    }
    Ok(())
}

// ---- the leaders' network ----

/// A post or a reply in the leaders' network.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkMessage {
    pub id: i64,
    /// The post a reply belongs to (a post's own id for a post).
    pub post_id: i64,
    pub author_id: Option<i64>,
    pub association_id: Option<i64>,
    /// A post's audience: one region's leaders, or None for all.
    pub region: Option<String>,
    pub lang: String,
    pub body: String,
    pub at: DateTime<Utc>,
    /// A post's number of replies.
    pub replies: i64,
}

type NetworkRow = (
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    Option<String>,
    String,
    String,
    i64,
    i64,
);

fn network_message(r: NetworkRow) -> NetworkMessage {
    NetworkMessage {
        id: r.0,
        post_id: r.1,
        author_id: r.2,
        association_id: r.3,
        region: r.4,
        lang: r.5,
        body: r.6,
        at: utc(r.7),
        replies: r.8,
    }
}

const POST_COLUMNS: &str =
    "p.id, p.id, p.author_id, p.association_id, p.region, p.lang, p.body, p.created_at,
     (SELECT COUNT(*) FROM network_replies r WHERE r.post_id = p.id)";

/// A new post; `update` is the update that wrote it. Returns its id, and
/// false if that update had posted it already.
#[allow(clippy::too_many_arguments)]
pub async fn add_post(
    db: &Db,
    author: i64,
    association: Option<i64>,
    region: Option<&str>,
    lang: &str,
    body: &str,
    update: Option<i64>,
    now: DateTime<Utc>,
) -> anyhow::Result<(i64, bool)> {
    let made: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO network_posts (author_id, association_id, region, lang, body, update_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(author)
    .bind(association)
    .bind(region)
    .bind(lang)
    .bind(body)
    .bind(update)
    .bind(now.timestamp())
    .fetch_optional(db.pool())
    .await?;
    if let Some((id,)) = made {
        return Ok((id, true));
    }
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM network_posts WHERE update_id = $1")
        .bind(update)
        .fetch_one(db.pool())
        .await?;
    Ok((id, false))
}

/// How many posts `author` wrote since `since`.
pub async fn posts_since(db: &Db, author: i64, since: DateTime<Utc>) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM network_posts WHERE author_id = $1 AND created_at >= $2",
    )
    .bind(author)
    .bind(since.timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(n)
}

/// A page of posts, newest first, and how many there are.
pub async fn posts(db: &Db, limit: i64, offset: i64) -> anyhow::Result<(Vec<NetworkMessage>, i64)> {
    let rows: Vec<NetworkRow> = sqlx::query_as(&format!(
        "SELECT {POST_COLUMNS} FROM network_posts p ORDER BY p.created_at DESC, p.id DESC LIMIT $1 OFFSET $2"
    ))
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM network_posts")
        .fetch_one(db.reader())
        .await?;
    Ok((rows.into_iter().map(network_message).collect(), n))
}

pub async fn post(db: &Db, id: i64) -> anyhow::Result<Option<NetworkMessage>> {
    let row: Option<NetworkRow> = sqlx::query_as(&format!(
        "SELECT {POST_COLUMNS} FROM network_posts p WHERE p.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(network_message))
}

pub async fn replies(db: &Db, post: i64) -> anyhow::Result<Vec<NetworkMessage>> {
    let rows: Vec<NetworkRow> = sqlx::query_as(
        "SELECT id, post_id, author_id, association_id, NULL, lang, body, created_at, 0
         FROM network_replies WHERE post_id = $1 ORDER BY id LIMIT 50",
    )
    .bind(post)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(network_message).collect())
}

pub async fn reply_one(db: &Db, id: i64) -> anyhow::Result<Option<NetworkMessage>> {
    let row: Option<NetworkRow> = sqlx::query_as(
        "SELECT id, post_id, author_id, association_id, NULL, lang, body, created_at, 0
         FROM network_replies WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(network_message))
}

/// Adds a reply (from update `update`) to post `post`: None if the post is
/// gone, Some(false) if that update added it already.
#[allow(clippy::too_many_arguments)]
pub async fn add_reply(
    db: &Db,
    post: i64,
    author: i64,
    association: Option<i64>,
    lang: &str,
    body: &str,
    update: Option<i64>,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<bool>> {
    let r = sqlx::query(
        "INSERT INTO network_replies (post_id, author_id, association_id, lang, body, update_id, created_at)
         SELECT id, $2, $3, $4, $5, $6, $7 FROM network_posts WHERE id = $1
         ON CONFLICT DO NOTHING",
    )
    .bind(post)
    .bind(author)
    .bind(association)
    .bind(lang)
    .bind(body)
    .bind(update)
    .bind(now.timestamp())
    .execute(db.pool())
    .await?;
    if r.rows_affected() == 1 {
        return Ok(Some(true));
    }
    Ok(post_exists(db, post).await?.then_some(false))
}

async fn post_exists(db: &Db, post: i64) -> anyhow::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM network_posts WHERE id = $1")
        .bind(post)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.is_some())
}

/// The leaders to tell about a post: those whose region is `region` (all
/// leaders for None).
pub async fn leaders_in(db: &Db, region: Option<&str>) -> anyhow::Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT l.user_id FROM association_leaders l LEFT JOIN users u ON u.id = l.user_id
         WHERE $1 IS NULL OR u.region = $1 ORDER BY l.user_id",
    )
    .bind(region)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

// ---- good practice ----

#[derive(Clone, Debug, PartialEq)]
pub struct Practice {
    pub id: i64,
    pub topic: Topic,
    pub lang: String,
    pub body: String,
    pub versions: std::collections::BTreeMap<String, String>,
    pub association_id: Option<i64>,
}

type PracticeRow = (i64, String, String, String, String, Option<i64>);

fn practice((id, topic, lang, body, versions, association_id): PracticeRow) -> Practice {
    Practice {
        id,
        topic: Topic::from_code(&topic).unwrap_or(Topic::Work),
        lang,
        body,
        versions: serde_json::from_str(&versions).unwrap_or_default(),
        association_id,
    }
}

pub async fn pin(
    db: &Db,
    topic: Topic,
    from: &NetworkMessage,
    by: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO good_practice (topic, lang, body, association_id, author_id, pinned_by, pinned_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(topic.code())
    .bind(&from.lang)
    .bind(&from.body)
    .bind(from.association_id)
    .bind(from.author_id)
    .bind(by)
    .bind(now.timestamp())
    .fetch_one(db.pool())
    .await?;
    Ok(id)
}

pub async fn practices(db: &Db, topic: Topic) -> anyhow::Result<Vec<Practice>> {
    let rows: Vec<PracticeRow> = sqlx::query_as(
        "SELECT id, topic, lang, body, versions, association_id FROM good_practice
         WHERE topic = $1 ORDER BY pinned_at DESC, id DESC LIMIT 20",
    )
    .bind(topic.code())
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(practice).collect())
}

pub async fn practice_one(db: &Db, id: i64) -> anyhow::Result<Option<Practice>> {
    let row: Option<PracticeRow> = sqlx::query_as(
        "SELECT id, topic, lang, body, versions, association_id FROM good_practice WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(practice))
}

/// Adds or replaces the version of item `id` in `lang`.
pub async fn set_practice_version(
    db: &Db,
    id: i64,
    lang: &str,
    body: &str,
) -> anyhow::Result<bool> {
    let mut tx = db.begin().await?;
    let row: Option<(String,)> = sqlx::query_as("SELECT versions FROM good_practice WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some((versions,)) = row else {
        tx.commit().await?;
        return Ok(false);
    };
    let mut map: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&versions).unwrap_or_default();
    map.insert(lang.to_owned(), body.to_owned());
    sqlx::query("UPDATE good_practice SET versions = $2 WHERE id = $1")
        .bind(id)
        .bind(serde_json::to_string(&map)?)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn unpin(db: &Db, id: i64) -> anyhow::Result<bool> {
    let r = sqlx::query("DELETE FROM good_practice WHERE id = $1")
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(r.rows_affected() == 1)
}

/// The person's posts and replies in the leaders' network.
pub async fn export_network(conn: &mut AnyConnection, user: i64) -> anyhow::Result<Value> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT 'post', body, created_at FROM network_posts WHERE author_id = $1
         UNION ALL SELECT 'reply', body, created_at FROM network_replies WHERE author_id = $1
         ORDER BY 3",
    )
    .bind(user)
    .fetch_all(&mut *conn)
    .await?;
    if rows.is_empty() {
        return Ok(Value::Null);
    }
    Ok(Value::Array(
        rows.into_iter()
            .map(|(kind, body, at)| json!({"kind": kind, "text": body, "at": utc(at).to_rfc3339()}))
            .collect(),
    ))
}

/// Erases the person's words in the network: their replies, the text of
/// their posts (others' replies stay, under a removed post), and their id
/// on good-practice items they pinned.
pub async fn erase_network(conn: &mut AnyConnection, user: i64) -> anyhow::Result<()> {
    for sql in [
        "DELETE FROM network_replies WHERE author_id = $1",
        "UPDATE network_posts SET body = '', author_id = NULL WHERE author_id = $1",
        "UPDATE good_practice SET pinned_by = NULL WHERE pinned_by = $1",
    ] {
        sqlx::query(sql).bind(user).execute(&mut *conn).await?;
    }
    Ok(())
}
