-- Certificates of participation that can be checked: only what the check
-- needs. The PDF itself is never stored. /delete withdraws a certificate:
-- the code stays (so a check answers "withdrawn"), nothing personal does.
CREATE TABLE certificates (
    code         TEXT PRIMARY KEY,   -- printed on the PDF, like K7Q2-M9XD
    user_id      BIGINT,            -- NULL once withdrawn
    name         TEXT,               -- the name as printed; NULL once withdrawn
    content      TEXT,               -- SHA-256 of the name, events and hours; NULL once withdrawn
    issued_at    BIGINT NOT NULL,
    withdrawn_at BIGINT
);
CREATE INDEX certificates_user ON certificates (user_id);
