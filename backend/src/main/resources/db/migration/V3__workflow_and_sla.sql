-- The regulation's workflow (SPEC §2) and SLA timers (SPEC §3).

-- SLA policies per level, versioned: a ticket keeps the version it started with.
CREATE TABLE sla_policy (
    id                     uuid        PRIMARY KEY,
    level                  text        NOT NULL CHECK (level IN ('EMERGENCY', 'STANDARD')),
    version                integer     NOT NULL,
    first_contact_minutes  integer     NOT NULL CHECK (first_contact_minutes > 0),
    diagnosis_minutes      integer     NOT NULL CHECK (diagnosis_minutes > 0),
    resolution_minutes     integer     NOT NULL CHECK (resolution_minutes > 0),
    status_update_minutes  integer     NOT NULL CHECK (status_update_minutes > 0),
    warning_thresholds     text        NOT NULL,
    pause_allowed          boolean     NOT NULL,
    business_hours         boolean     NOT NULL,
    calendar_id            uuid        REFERENCES business_calendar (id),
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    UNIQUE (level, version)
);

INSERT INTO sla_policy VALUES
    ('00000000-0000-0000-0000-0000000000a1', 'EMERGENCY', 1, 15, 60, 240, 60, '50,80', false, true,
     '00000000-0000-0000-0000-000000000001', now(), 'regulation'),
    ('00000000-0000-0000-0000-0000000000b1', 'STANDARD', 1, 240, 480, 1440, 480, '50,80', true, true,
     '00000000-0000-0000-0000-000000000001', now(), 'regulation');

-- Workflow state of a ticket: the step records as one JSON document, plus the columns the
-- queue sorts and filters by.
ALTER TABLE ticket
    ADD COLUMN policy_id     uuid REFERENCES sla_policy (id),
    ADD COLUMN assignee      text,
    ADD COLUMN breached      boolean NOT NULL DEFAULT false,
    ADD COLUMN next_due_at   timestamptz,
    ADD COLUMN workflow      jsonb   NOT NULL DEFAULT '{}',
    ADD COLUMN breached_rank smallint GENERATED ALWAYS AS (CASE WHEN breached THEN 0 ELSE 1 END) STORED,
    ADD COLUMN queue_due     timestamptz GENERATED ALWAYS AS (COALESCE(next_due_at, TIMESTAMPTZ '9999-12-31 00:00:00+00')) STORED;

UPDATE ticket SET policy_id = CASE WHEN level = 'EMERGENCY'
    THEN '00000000-0000-0000-0000-0000000000a1'::uuid ELSE '00000000-0000-0000-0000-0000000000b1'::uuid END;
ALTER TABLE ticket ALTER COLUMN policy_id SET NOT NULL;

-- The queue ("вне очереди"): emergencies first, breached first, nearest due first.
DROP INDEX ticket_queue_idx;
DROP INDEX ticket_tenant_queue_idx;
CREATE INDEX ticket_queue_idx ON ticket (level_rank, breached_rank, queue_due, received_at, id)
    WHERE status <> 'CLOSED';
CREATE INDEX ticket_tenant_queue_idx ON ticket (organization, level_rank, breached_rank, queue_due, received_at, id)
    WHERE organization IS NOT NULL;
CREATE INDEX ticket_assignee_idx ON ticket (assignee) WHERE assignee IS NOT NULL;

-- One timer per ticket and metric. Due instants are in business time of the policy's calendar
-- (or 24×7); paused business time shifts them.
CREATE TABLE sla_timer (
    ticket_id       uuid        NOT NULL REFERENCES ticket (id),
    metric          text        NOT NULL CHECK (metric IN ('FIRST_CONTACT', 'DIAGNOSIS', 'RESOLUTION', 'STATUS_UPDATE')),
    started_at      timestamptz NOT NULL,
    target_minutes  integer     NOT NULL CHECK (target_minutes > 0),
    due_at          timestamptz NOT NULL,
    stopped_at      timestamptz,
    paused_at       timestamptz,
    paused_seconds  bigint      NOT NULL DEFAULT 0,
    breached_at     timestamptz,
    extended        boolean     NOT NULL DEFAULT false,
    generation      integer     NOT NULL DEFAULT 1,
    PRIMARY KEY (ticket_id, metric)
);

-- Warnings and breaches still to announce. Claimed with FOR UPDATE SKIP LOCKED and marked done
-- in the transaction that writes the event, so each is announced exactly once by one instance.
CREATE TABLE sla_due_work (
    id          bigserial   PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES ticket (id),
    metric      text        NOT NULL,
    generation  integer     NOT NULL,
    threshold   smallint    NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    due_at      timestamptz NOT NULL,
    done_at     timestamptz,
    UNIQUE (ticket_id, metric, generation, threshold)
);
CREATE INDEX sla_due_work_pending_idx ON sla_due_work (due_at) WHERE done_at IS NULL;

-- Escalations to development; the escalation issue completes them.
CREATE TABLE escalation (
    id           uuid        PRIMARY KEY,
    ticket_id    uuid        NOT NULL REFERENCES ticket (id),
    status       text        NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'FIXED', 'REJECTED')),
    description  text        NOT NULL,
    workaround   text,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL
);
CREATE INDEX escalation_ticket_idx ON escalation (ticket_id);

-- Key specialists directory with weekly duty shifts (Moscow time), e.g. 'MONDAY 09:00-18:00;…'.
CREATE TABLE specialist (
    id            uuid PRIMARY KEY,
    name          text NOT NULL,
    product_area  text NOT NULL,
    username      text,
    phone         text,
    email         text,
    duty          text NOT NULL DEFAULT ''
);
