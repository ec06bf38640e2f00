-- The two triggers that follow every event_log insert run once per statement instead of once per
-- row: an announcer round that appends a thousand events queues them for the stream and for
-- webhooks with one INSERT each, and wakes the stream sequencer with one notification.

CREATE FUNCTION stream_pending_enqueue_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stream_pending (event_id) SELECT id FROM new_events ORDER BY id;
    IF FOUND THEN
        PERFORM pg_notify('stream_pending', '');
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION webhook_outbox_enqueue_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_outbox (event_id)
    SELECT id FROM new_events
    WHERE type LIKE 'ticket.%' OR type IN ('sla.warning', 'sla.breached')
       OR type LIKE 'escalation.%' OR type LIKE 'communication.%'
    ORDER BY id;
    RETURN NULL;
END;
$$;

DROP TRIGGER event_log_stream_pending ON event_log;
DROP TRIGGER event_log_webhook_outbox ON event_log;
DROP FUNCTION stream_pending_enqueue();
DROP FUNCTION webhook_outbox_enqueue();

CREATE TRIGGER event_log_stream_pending AFTER INSERT ON event_log
    REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION stream_pending_enqueue_all();

CREATE TRIGGER event_log_webhook_outbox AFTER INSERT ON event_log
    REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION webhook_outbox_enqueue_all();
