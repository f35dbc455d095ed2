-- Feedback: ratings after events, thumbs on service cards, searches that
-- found nothing. Feedback rows carry a pseudonym, never a user id; the
-- pseudonym is linked to a user only through feedback_authors, which /delete
-- removes (and the rows' author is cleared), leaving anonymous aggregates.

CREATE TABLE feedback_authors (
    user_id   INTEGER PRIMARY KEY,
    pseudonym TEXT    NOT NULL UNIQUE
);

-- Events whose feedback prompts have been queued (once per event).
CREATE TABLE feedback_rounds (
    event_id  INTEGER PRIMARY KEY,
    queued_at INTEGER NOT NULL,
    prompts   INTEGER NOT NULL
);

-- At most one prompt per person per event; it also makes them eligible.
CREATE TABLE feedback_prompts (
    event_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,                          -- NULL until Telegram accepted it
    outcome     TEXT,                             -- sent, unreachable
    answered_at INTEGER,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX feedback_prompts_unsent ON feedback_prompts (created_at) WHERE sent_at IS NULL;

CREATE TABLE feedback (
    id             INTEGER PRIMARY KEY,
    author         TEXT,                          -- pseudonym; NULL once erased
    kind           TEXT    NOT NULL,              -- event, service
    event_id       INTEGER,
    service_id     TEXT,
    association_id INTEGER,
    topic          TEXT    NOT NULL,
    lang           TEXT    NOT NULL,
    rating         INTEGER,                       -- 1..5, events
    thumbs         INTEGER,                       -- 1 or -1, services
    reasons        INTEGER NOT NULL DEFAULT 0,    -- bit set of feedback::model::Reason
    comment        TEXT,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX feedback_period ON feedback (created_at);
-- Covers /report: read in group order, it needs neither the table nor a sort.
CREATE INDEX feedback_groups ON feedback
    (kind, event_id, service_id, association_id, topic, lang, created_at, rating, thumbs, reasons, comment);
CREATE UNIQUE INDEX feedback_once_per_event ON feedback (author, event_id) WHERE kind = 'event';
CREATE UNIQUE INDEX feedback_once_per_service ON feedback (author, service_id) WHERE kind = 'service';

-- Searches that found nothing: no user, no query text, only counts.
CREATE TABLE search_misses (
    id         INTEGER PRIMARY KEY,
    lang       TEXT    NOT NULL,
    topic      TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX search_misses_period ON search_misses (created_at);
