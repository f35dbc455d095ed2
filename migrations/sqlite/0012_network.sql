-- The leaders' network: a leader's post to all leaders or to those of one
-- region, the other leaders' replies, and the answers staff pinned as good
-- practice for members to browse by topic.

CREATE TABLE network_posts (
    id             INTEGER PRIMARY KEY,
    author_id      INTEGER,                        -- NULL once they erased their data
    association_id INTEGER REFERENCES associations (id) ON DELETE SET NULL,
    region         TEXT,                           -- NULL: all leaders
    lang           TEXT    NOT NULL,
    body           TEXT    NOT NULL,               -- HTML; '' once erased
    update_id      INTEGER,                           -- the update that wrote it: once only
    created_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX network_posts_update ON network_posts (update_id);
CREATE INDEX network_posts_at ON network_posts (created_at);
CREATE INDEX network_posts_author ON network_posts (author_id);

CREATE TABLE network_replies (
    id             INTEGER PRIMARY KEY,
    post_id        INTEGER NOT NULL REFERENCES network_posts (id) ON DELETE CASCADE,
    author_id      INTEGER,
    association_id INTEGER REFERENCES associations (id) ON DELETE SET NULL,
    lang           TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    update_id      INTEGER,
    created_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX network_replies_update ON network_replies (update_id);
CREATE INDEX network_replies_post ON network_replies (post_id, id);
CREATE INDEX network_replies_author ON network_replies (author_id);

-- Pinned by staff: the project's content from then on, signed with the
-- association it came from, never with a person.
CREATE TABLE good_practice (
    id             INTEGER PRIMARY KEY,
    topic          TEXT    NOT NULL,
    lang           TEXT    NOT NULL,               -- the original's language
    body           TEXT    NOT NULL,               -- the original, HTML
    versions       TEXT    NOT NULL DEFAULT '{}',  -- JSON {"fr": "…"}, added by staff
    association_id INTEGER REFERENCES associations (id) ON DELETE SET NULL,
    author_id      INTEGER,                           -- whose words: erased with them
    pinned_by      INTEGER,
    pinned_at      INTEGER NOT NULL
);
CREATE INDEX good_practice_topic ON good_practice (topic, pinned_at);
