-- Foundation: users, per-chat dialogue state, processed updates.
-- Keep in step with migrations/sqlite: same tables, BIGINT for integers.
-- Times are unix seconds (UTC).

CREATE TABLE users (
    id                  BIGINT PRIMARY KEY,      -- Telegram user id
    chat_id             BIGINT  NOT NULL,
    first_name          TEXT    NOT NULL DEFAULT '',
    client_lang         TEXT,                     -- language_code sent by the client
    lang                TEXT,                     -- chosen language, NULL until chosen
    privacy_accepted_at BIGINT,
    unreachable_since   BIGINT,                  -- set when Telegram answers 403
    created_at          BIGINT  NOT NULL,
    last_seen_at        BIGINT  NOT NULL
);

CREATE TABLE dialogues (
    chat_id    BIGINT PRIMARY KEY,
    state      TEXT    NOT NULL,                  -- JSON of discorsi::dialogue::State
    updated_at BIGINT  NOT NULL
);

CREATE TABLE processed_updates (
    update_id    BIGINT PRIMARY KEY,
    processed_at BIGINT  NOT NULL
);
CREATE INDEX processed_updates_at ON processed_updates (processed_at);
