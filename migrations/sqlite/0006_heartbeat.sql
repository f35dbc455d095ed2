-- The last time the running bot reached Telegram (a successful getUpdates,
-- webhook update or getWebhookInfo), read by `discorsi health`.
CREATE TABLE heartbeat (
    id INTEGER PRIMARY KEY,
    contact_at INTEGER NOT NULL
);
