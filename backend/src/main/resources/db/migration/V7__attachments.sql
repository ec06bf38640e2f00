-- Screenshots and logs (SPEC §2). Content lives in the attachment store (a directory) under the
-- row's id; a row exists only for a file that was stored whole.
CREATE TABLE attachment (
    id                uuid        PRIMARY KEY,
    ticket_id         uuid        NOT NULL REFERENCES ticket (id),
    communication_id  uuid        REFERENCES communication (id),
    escalation_id     uuid        REFERENCES escalation (id),
    file_name         text        NOT NULL,
    content_type      text        NOT NULL,
    size              bigint      NOT NULL,
    sha256            text        NOT NULL,
    uploaded_by       text        NOT NULL,
    uploaded_at       timestamptz NOT NULL
);
CREATE INDEX attachment_ticket_idx ON attachment (ticket_id, uploaded_at);
