-- Roles, associations, invites, topic follows, broadcasts and their delivery queue.

CREATE TABLE staff (
    user_id    INTEGER PRIMARY KEY,
    granted_by INTEGER NOT NULL,
    granted_at INTEGER NOT NULL
);

CREATE TABLE associations (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    languages   TEXT    NOT NULL DEFAULT '',      -- comma-separated codes
    created_by  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);

-- A leader leads one association.
CREATE TABLE association_leaders (
    user_id        INTEGER PRIMARY KEY,
    association_id INTEGER NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    since          INTEGER NOT NULL
);

CREATE TABLE memberships (
    association_id INTEGER NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL,
    joined_at      INTEGER NOT NULL,
    muted          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (association_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE invites (
    code           TEXT PRIMARY KEY,
    association_id INTEGER NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL,               -- 'leader' (single use) or 'member'
    created_by     INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER,
    uses           INTEGER NOT NULL DEFAULT 0,
    max_uses       INTEGER,
    revoked_at     INTEGER
);

CREATE TABLE topic_follows (
    user_id INTEGER NOT NULL,
    topic   TEXT    NOT NULL,
    PRIMARY KEY (user_id, topic)
);

CREATE TABLE broadcasts (
    id               INTEGER PRIMARY KEY,
    sender_id        INTEGER NOT NULL,
    sender_chat      INTEGER NOT NULL,
    audience         TEXT    NOT NULL,             -- JSON of broadcasts::Audience
    text             TEXT    NOT NULL DEFAULT '',  -- HTML
    media_kind       TEXT,                         -- 'photo' or 'document'
    media_file_id    TEXT,
    versions         TEXT    NOT NULL DEFAULT '{}',-- JSON {"fr": "…"}
    status           TEXT    NOT NULL,             -- draft, scheduled, sending, done, cancelled
    scheduled_at     INTEGER,
    created_at       INTEGER NOT NULL,
    started_at       INTEGER,
    finished_at      INTEGER,
    progress_message INTEGER,
    progress_at      INTEGER
);
CREATE INDEX broadcasts_status ON broadcasts (status, scheduled_at);

CREATE TABLE deliveries (
    broadcast_id    INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL,
    chat_id         INTEGER NOT NULL,
    lang            TEXT    NOT NULL,
    status          TEXT    NOT NULL,              -- pending, sent, unreachable, failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    error           TEXT,
    PRIMARY KEY (broadcast_id, user_id)
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
