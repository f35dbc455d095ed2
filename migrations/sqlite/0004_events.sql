-- Workshops, training meetings and other events; sign-ups with waitlist and
-- attendance; reminders.

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL,              -- workshop, training, other
    topic          TEXT    NOT NULL,              -- housing, health, work
    association_id INTEGER REFERENCES associations (id) ON DELETE SET NULL,
    audience       TEXT    NOT NULL,              -- everyone, members, leaders
    starts_at      INTEGER NOT NULL,
    ends_at        INTEGER NOT NULL,
    place          TEXT    NOT NULL DEFAULT '',
    latitude       REAL,
    longitude      REAL,
    online_url     TEXT    NOT NULL DEFAULT '',
    capacity       INTEGER NOT NULL,
    languages      TEXT    NOT NULL DEFAULT '',
    texts          TEXT    NOT NULL,              -- JSON {"it": {"title", "description"}, …}
    status         TEXT    NOT NULL,              -- scheduled, cancelled
    created_by     INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX events_upcoming ON events (status, starts_at);

CREATE TABLE signups (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    status     TEXT    NOT NULL,                  -- confirmed, waitlist, cancelled
    seq        INTEGER NOT NULL,                  -- order of arrival, for the waitlist
    attended   INTEGER,                           -- NULL until marked
    created_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX signups_user ON signups (user_id, status);

CREATE TABLE reminders (
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL,
    offset_minutes INTEGER NOT NULL,
    due_at         INTEGER NOT NULL,
    done_at        INTEGER,                       -- sent or dropped
    outcome        TEXT,                          -- sent, dropped, unreachable
    PRIMARY KEY (event_id, user_id, offset_minutes)
);
CREATE INDEX reminders_due ON reminders (due_at) WHERE done_at IS NULL;
