-- Updates received from Telegram and not handled yet. Polling confirms an
-- update to Telegram (and the webhook answers 200) only once it is stored
-- here, so a crash loses nothing that was received: at start-up the rows
-- whose id is not in processed_updates are handled first. A row is deleted
-- in the transaction that records its update as processed. It holds the
-- update as Telegram sent it (personal data), so it lives only until then.
CREATE TABLE received_updates (
    update_id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX received_updates_at ON received_updates (received_at);
