-- Escalation to development (issue 6): the full hand-over, the acknowledgement clock in
-- business time, the development side's states and the tracker task that mirrors it.
ALTER TABLE escalation
    ADD COLUMN severity           text        NOT NULL DEFAULT 'HIGH'
        CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    ADD COLUMN diagnostics        jsonb       NOT NULL DEFAULT '{}',
    ADD COLUMN ack_target_minutes integer     NOT NULL DEFAULT 60,
    ADD COLUMN ack_due_at         timestamptz,
    ADD COLUMN warn_at            timestamptz,
    ADD COLUMN warned_at          timestamptz,
    ADD COLUMN breached_at        timestamptz,
    ADD COLUMN acknowledged_at    timestamptz,
    ADD COLUMN acknowledged_by    text,
    ADD COLUMN started_at         timestamptz,
    ADD COLUMN fixed_at           timestamptz,
    ADD COLUMN fixed_by           text,
    ADD COLUMN resolution         text,
    ADD COLUMN fix_version        text,
    ADD COLUMN rejected_at        timestamptz,
    ADD COLUMN rejected_by        text,
    ADD COLUMN rejection_reason   text,
    ADD COLUMN external_system    text CHECK (external_system IN ('BITRIX24', 'JIRA', 'OTHER')),
    ADD COLUMN external_key       text,
    ADD COLUMN external_url       text,
    ADD COLUMN version            bigint      NOT NULL DEFAULT 0,
    ADD COLUMN updated_at         timestamptz;

UPDATE escalation SET ack_due_at = created_at + interval '1 hour', warn_at = created_at + interval '48 minutes',
                      updated_at = created_at
WHERE ack_due_at IS NULL;
ALTER TABLE escalation ALTER COLUMN ack_due_at SET NOT NULL,
                       ALTER COLUMN warn_at SET NOT NULL,
                       ALTER COLUMN updated_at SET NOT NULL;

-- A ticket has at most one escalation that development still works on.
CREATE UNIQUE INDEX escalation_active_uq ON escalation (ticket_id) WHERE status NOT IN ('FIXED', 'REJECTED');
-- The development queue order, and the acknowledgement clocks still to announce.
CREATE INDEX escalation_queue_idx ON escalation ((status = 'OPEN') DESC, severity, ack_due_at, created_at, id);
CREATE INDEX escalation_warn_due_idx ON escalation (warn_at) WHERE status = 'OPEN' AND warned_at IS NULL;
CREATE INDEX escalation_breach_due_idx ON escalation (ack_due_at) WHERE status = 'OPEN' AND breached_at IS NULL;

-- Idempotency keys: one row per caller and key, kept 24 h. The row is claimed before the
-- request runs (a lease), and completed with the response to replay.
CREATE TABLE idempotency_key (
    caller        text        NOT NULL,
    key           text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash  text        NOT NULL,
    status        integer,
    content_type  text,
    headers       jsonb,
    body          bytea,
    created_at    timestamptz NOT NULL,
    locked_until  timestamptz,
    completed_at  timestamptz,
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- A ticket remembers the key it was created under, in the same transaction: a retry after a
-- crash between the commit and the stored response finds the ticket instead of making another.
ALTER TABLE ticket ADD COLUMN idempotency text;
CREATE UNIQUE INDEX ticket_idempotency_uq ON ticket (idempotency) WHERE idempotency IS NOT NULL;

-- Webhook subscriptions (Standard Webhooks), the deliveries fanned out from the event log
-- (an outbox), and every attempt with its status code.
CREATE TABLE webhook_subscription (
    id              uuid        PRIMARY KEY,
    organization    text,
    url             text        NOT NULL CHECK (length(url) <= 2000),
    event_types     text[]      NOT NULL,
    description     text,
    secret          text        NOT NULL,
    enabled         boolean     NOT NULL DEFAULT true,
    disabled_at     timestamptz,
    disabled_reason text,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    deleted_at      timestamptz
);
CREATE INDEX webhook_subscription_org_idx ON webhook_subscription (organization, created_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE webhook_delivery (
    id               uuid        PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         bigint      NOT NULL,
    event_type       text        NOT NULL,
    payload          text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (subscription_id, created_at DESC, id);

CREATE TABLE webhook_attempt (
    id           bigserial   PRIMARY KEY,
    delivery_id  uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL,
    status_code  integer,
    error        text,
    duration_ms  bigint      NOT NULL
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, id);

-- The outbox of the fan-out: every event a webhook may carry is queued here by the transaction
-- that logs it, and taken off (FOR UPDATE SKIP LOCKED) once deliveries exist for it.
CREATE TABLE webhook_outbox (
    event_id  bigint PRIMARY KEY REFERENCES event_log (id)
);

CREATE FUNCTION webhook_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.type LIKE 'ticket.%' OR NEW.type IN ('sla.warning', 'sla.breached')
       OR NEW.type LIKE 'escalation.%' OR NEW.type LIKE 'communication.%' THEN
        INSERT INTO webhook_outbox (event_id) VALUES (NEW.id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_log_webhook_outbox AFTER INSERT ON event_log
    FOR EACH ROW EXECUTE FUNCTION webhook_outbox_enqueue();
