-- Services directory: services, reports of wrong information, content gaps.

CREATE TABLE services (
    id             TEXT PRIMARY KEY,
    organisation   TEXT    NOT NULL,
    topic          TEXT    NOT NULL,
    subtopic       TEXT    NOT NULL,
    region         TEXT    NOT NULL,
    city           TEXT    NOT NULL,
    address        TEXT    NOT NULL DEFAULT '',
    latitude       REAL,
    longitude      REAL,
    phone          TEXT    NOT NULL DEFAULT '',
    email          TEXT    NOT NULL DEFAULT '',
    website        TEXT    NOT NULL DEFAULT '',
    opening_hours  TEXT    NOT NULL DEFAULT '',
    languages      TEXT    NOT NULL DEFAULT '',
    free_of_charge INTEGER,
    without_permit INTEGER,
    source_url     TEXT    NOT NULL DEFAULT '',
    last_verified  TEXT,
    texts          TEXT    NOT NULL,             -- JSON: {"it": {"name", "description", "documents"}, …}
    updated_at     INTEGER NOT NULL
);

-- Bumped by every import, so running bots reload their in-memory index.
CREATE TABLE directory_meta (
    id      INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO directory_meta (id, version) VALUES (1, 0);

CREATE TABLE service_reports (
    id         INTEGER PRIMARY KEY,
    service_id TEXT    NOT NULL,
    user_id    INTEGER,                          -- NULL once the author erased their data
    lang       TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    handled_at INTEGER,
    handled_by INTEGER
);
CREATE INDEX service_reports_open ON service_reports (handled_at, created_at);

CREATE TABLE content_gaps (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER,
    lang       TEXT    NOT NULL,
    query      TEXT    NOT NULL,
    text       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    handled_at INTEGER,
    handled_by INTEGER
);
CREATE INDEX content_gaps_open ON content_gaps (handled_at, created_at);
