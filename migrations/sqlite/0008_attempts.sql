-- Reminders and feedback prompts count failed tries: after a network or
-- Telegram failure a row waits (reminders move their due time; prompts
-- get a retry time), doubling the wait, and is closed as failed after
-- `telegram::scheduled::MAX_ATTEMPTS` tries.
ALTER TABLE reminders ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feedback_prompts ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feedback_prompts ADD COLUMN retry_at INTEGER;
