-- E-mail goes out from an outbox, written in the transaction of the change that causes it, and
-- sent by a background sender with retries; a dedupe key keeps a notification from going twice.

CREATE TABLE mail_outbox (
    id                uuid        PRIMARY KEY,
    ticket_id         uuid        REFERENCES ticket (id),
    communication_id  uuid        REFERENCES communication (id),
    kind              text        NOT NULL CHECK (kind IN ('CLIENT', 'STAFF')),
    dedupe_key        text        UNIQUE,
    recipient         text        NOT NULL,
    subject           text        NOT NULL,
    body              text        NOT NULL,
    message_id        text        NOT NULL,
    in_reply_to       text,
    status            text        NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts          integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL,
    last_error        text,
    created_at        timestamptz NOT NULL,
    sent_at           timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status IN ('QUEUED', 'SENDING');
CREATE INDEX mail_outbox_ticket_idx ON mail_outbox (ticket_id);
