-- Foundation: users, per-chat dialogue state, processed updates.
-- Only INTEGER, REAL, TEXT and BLOB column types: the data-access layer runs
-- through sqlx's Any driver. Times are unix seconds (UTC).

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,      -- Telegram user id
    chat_id             INTEGER NOT NULL,
    first_name          TEXT    NOT NULL DEFAULT '',
    client_lang         TEXT,                     -- language_code sent by the client
    lang                TEXT,                     -- chosen language, NULL until chosen
    privacy_accepted_at INTEGER,
    unreachable_since   INTEGER,                  -- set when Telegram answers 403
    created_at          INTEGER NOT NULL,
    last_seen_at        INTEGER NOT NULL
);

CREATE TABLE dialogues (
    chat_id    INTEGER PRIMARY KEY,
    state      TEXT    NOT NULL,                  -- JSON of discorsi::dialogue::State
    updated_at INTEGER NOT NULL
);

CREATE TABLE processed_updates (
    update_id    INTEGER PRIMARY KEY,
    processed_at INTEGER NOT NULL
);
CREATE INDEX processed_updates_at ON processed_updates (processed_at);
