-- The live stream's sequence (issue 7). event_log ids come from a sequence and may commit out
-- of order, so a reader could pass an id whose transaction commits later. Every event is
-- therefore queued here by the transaction that logs it, and a single sequencer at a time
-- (an advisory lock) moves committed ones into stream_event under a new sequence: its
-- transactions commit one after another, so stream ids become visible in order, without gaps
-- a reader could step over. That is what Last-Event-ID resumes from, on every instance.
CREATE TABLE stream_pending (
    event_id  bigint PRIMARY KEY REFERENCES event_log (id)
);

CREATE TABLE stream_event (
    seq           bigserial   PRIMARY KEY,
    event_id      bigint      NOT NULL UNIQUE,
    type          text        NOT NULL,
    subject       text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    data          jsonb       NOT NULL,
    ticket_id     uuid,
    organization  text,
    sequenced_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stream_event_sequenced_idx ON stream_event (sequenced_at);

-- Up to which id the stream's log has been pruned (kept at least 24 h): a resume from before
-- it gets a reset.
CREATE TABLE stream_retention (
    id            smallint PRIMARY KEY CHECK (id = 1),
    pruned_through bigint  NOT NULL
);
INSERT INTO stream_retention VALUES (1, 0);

CREATE FUNCTION stream_pending_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stream_pending (event_id) VALUES (NEW.id);
    PERFORM pg_notify('stream_pending', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_log_stream_pending AFTER INSERT ON event_log
    FOR EACH ROW EXECUTE FUNCTION stream_pending_enqueue();
