-- Tickets (SPEC §2) and their history. Enum columns are checked here too, so that a row
-- written by any path (a migration, a script) can only hold what the contract allows.

CREATE SEQUENCE ticket_key_seq;

CREATE TABLE ticket (
    id             uuid        PRIMARY KEY,
    key            text        NOT NULL UNIQUE,
    organization   text,
    client_name    text        NOT NULL CHECK (length(client_name) BETWEEN 1 AND 200),
    contact_name   text        NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
    contact_phone  text        CHECK (length(contact_phone) <= 32),
    contact_email  text        CHECK (length(contact_email) <= 254),
    channel        text        NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'PORTAL', 'API', 'CHAT')),
    title          text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description    text        CHECK (length(description) <= 10000),
    level          text        NOT NULL CHECK (level IN ('EMERGENCY', 'STANDARD')),
    -- Emergencies go "out of the queue": rank 0 sorts above standard tickets.
    level_rank     smallint    GENERATED ALWAYS AS (CASE WHEN level = 'EMERGENCY' THEN 0 ELSE 1 END) STORED,
    criterion      text        CHECK (criterion IN ('TOTAL_OUTAGE', 'CRITICAL_DEFECT')),
    status         text        NOT NULL CHECK (status IN ('NEW', 'IN_PROGRESS', 'DIAGNOSED', 'SOLUTION_APPLIED',
                                                          'PLAN_DEFINED', 'AWAITING_CONFIRMATION', 'RESOLVED', 'CLOSED')),
    received_at    timestamptz NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);

-- The queue order, and the same order inside one integration's organisation.
CREATE INDEX ticket_queue_idx ON ticket (level_rank, received_at, id);
CREATE INDEX ticket_tenant_queue_idx ON ticket (organization, level_rank, received_at, id)
    WHERE organization IS NOT NULL;

CREATE TABLE ticket_event (
    id           bigserial   PRIMARY KEY,
    ticket_id    uuid        NOT NULL REFERENCES ticket (id),
    type         text        NOT NULL,
    actor        text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    data         jsonb       NOT NULL
);

CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id);
