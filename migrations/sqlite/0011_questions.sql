-- The help desk: a member's question to one of their associations or to the
-- project's staff for a topic, the messages of its thread, the answers
-- helpers saved for reuse, and who may not ask any more.

CREATE TABLE questions (
    id              INTEGER PRIMARY KEY,
    ref             TEXT    NOT NULL UNIQUE,       -- 'A7K2', shown to both sides
    asker_id        INTEGER,                       -- NULL once they erased their data
    asker_lang      TEXT    NOT NULL,
    asker_name      TEXT,                          -- only if they agreed to share it
    draft_key       INTEGER NOT NULL,              -- makes sending a draft twice harmless
    association_id  INTEGER REFERENCES associations (id) ON DELETE SET NULL,
    topic           TEXT,                          -- housing, health, work: set when to staff
    to_staff        INTEGER NOT NULL,              -- 1: the project's staff; 0: the association
    about           TEXT    NOT NULL DEFAULT '',   -- a service or event it is about, as shown
    escalated_from  INTEGER,                       -- the association that passed it to staff
    status          TEXT    NOT NULL,              -- open, closed, left
    claimed_by      INTEGER,
    claimed_at      INTEGER,
    created_at      INTEGER NOT NULL,
    waiting_since   INTEGER,                       -- the asker's oldest unanswered message
    first_answer_at INTEGER,
    closed_at       INTEGER,
    helpful         INTEGER                        -- 1, 0, or NULL (not rated)
);
CREATE UNIQUE INDEX questions_draft ON questions (asker_id, draft_key);
CREATE INDEX questions_inbox ON questions (status, to_staff, association_id, created_at);
CREATE INDEX questions_asker ON questions (asker_id, status);
CREATE INDEX questions_closed ON questions (closed_at);

CREATE TABLE question_messages (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    author      TEXT    NOT NULL,                  -- asker, helper, note (helpers only)
    helper_id   INTEGER,                           -- who wrote an answer or note
    kind        TEXT    NOT NULL,                  -- text, photo, document, voice
    body        TEXT    NOT NULL DEFAULT '',       -- HTML (a caption for media)
    file_id     TEXT,                              -- Telegram's file_id; files are not stored
    update_id   INTEGER,                           -- the update that wrote it: once only
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX question_messages_update ON question_messages (update_id);
CREATE INDEX question_messages_thread ON question_messages (question_id, id);
CREATE INDEX question_messages_helper ON question_messages (helper_id);

CREATE TABLE canned_answers (
    id             INTEGER PRIMARY KEY,
    association_id INTEGER REFERENCES associations (id) ON DELETE CASCADE, -- NULL: staff's
    lang           TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    created_by     INTEGER,
    created_at     INTEGER NOT NULL
);
CREATE INDEX canned_answers_scope ON canned_answers (association_id, lang);

-- Every block and every lifting of one is kept (the audit trail). A block
-- covers one desk: an association's (association_id) or the project
-- staff's (NULL). When the blocked person erases their data, user_id is
-- cleared and user_hash (a keyed hash of their Telegram id, the key in
-- help_desk_keys) keeps the block in force without naming them.
CREATE TABLE question_blocks (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER,
    user_hash      TEXT    NOT NULL,
    association_id INTEGER REFERENCES associations (id) ON DELETE CASCADE,
    question_ref   TEXT    NOT NULL,
    blocked_by     INTEGER,
    blocked_at     INTEGER NOT NULL,
    lifted_by      INTEGER,
    lifted_at      INTEGER
);
CREATE INDEX question_blocks_hash ON question_blocks (user_hash, lifted_at);

-- The deployment's random key for user_hash, made once.
CREATE TABLE help_desk_keys (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL
);

-- When helpers were last sent their daily reminder (one row).
CREATE TABLE question_digest (
    id      INTEGER PRIMARY KEY,
    sent_at INTEGER NOT NULL
);
