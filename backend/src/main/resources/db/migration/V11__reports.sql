-- SLA reports (issue 8): what a report counts is kept per ticket as it happens, so that a year of
-- a million tickets is summed, not recomputed.
--
--   ticket, sla_timer, escalation ──triggers──▶ report_ticket (one narrow row per ticket)
--                                                   │ days older than the live window, when touched
--                                                   ▼
--                                   report_dirty ──rollup job──▶ report_day, report_day_minutes
--
-- A report reads the rollups of days that are built and not dirty, and report_ticket for the rest
-- (the last 7 days, and any day touched since its rollup), in one snapshot.

-- What the application computes when it saves a ticket (the checklist needs the workflow's own
-- logic) and when it stops a clock (business time needs the calendar).
ALTER TABLE ticket
    ADD COLUMN problem_type   text,
    ADD COLUMN checklist_mask integer NOT NULL DEFAULT 0,
    ADD COLUMN success_mask   integer NOT NULL DEFAULT 0,
    ADD COLUMN extensions     integer NOT NULL DEFAULT 0,
    ADD COLUMN downgrades     integer NOT NULL DEFAULT 0,
    ADD COLUMN upgrades       integer NOT NULL DEFAULT 0;

-- Business seconds from start to stop, pauses excluded; null while the clock runs.
ALTER TABLE sla_timer ADD COLUMN elapsed_seconds bigint;

-- The zone whose days reports follow: the default business calendar's.
CREATE FUNCTION report_zone() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT zone FROM business_calendar WHERE is_default), 'Europe/Moscow')
$$;

-- Days from this one on are always read live from report_ticket: they change all the time.
CREATE FUNCTION report_live_from() RETURNS date LANGUAGE sql STABLE AS $$
    SELECT (now() AT TIME ZONE report_zone())::date - 7
$$;

-- Timer states: 0 none, 1 running (or paused), 2 met, 3 breached (a breach stays one after an
-- extension: breached_at is kept). Minutes are whole business minutes of a stopped clock.
CREATE TABLE report_ticket (
    ticket_id     uuid     PRIMARY KEY REFERENCES ticket (id),
    received_at   timestamptz NOT NULL,
    day           date     NOT NULL,
    level         text     NOT NULL,
    assignee      text,
    client        text     NOT NULL,
    problem_type  text,
    checklist     integer  NOT NULL DEFAULT 0,
    success       integer  NOT NULL DEFAULT 0,
    extensions    integer  NOT NULL DEFAULT 0,
    downgrades    integer  NOT NULL DEFAULT 0,
    upgrades      integer  NOT NULL DEFAULT 0,
    escalations   integer  NOT NULL DEFAULT 0,
    fc_state      smallint NOT NULL DEFAULT 0,
    fc_minutes    integer,
    dg_state      smallint NOT NULL DEFAULT 0,
    dg_minutes    integer,
    rs_state      smallint NOT NULL DEFAULT 0,
    rs_minutes    integer,
    su_state      smallint NOT NULL DEFAULT 0,
    su_minutes    integer
);
CREATE INDEX report_ticket_day_idx ON report_ticket (day);

-- Old days touched since their rollup was built. Writers upsert the row (and so wait for a
-- rollup of the same day in progress); the rollup job takes rows FOR UPDATE SKIP LOCKED (and so
-- never rolls up a day whose writer has not committed).
CREATE TABLE report_dirty (
    day      date   PRIMARY KEY,
    touches  bigint NOT NULL DEFAULT 1
);

-- Days whose rollup exists (a day without tickets has no rollup rows, but is built).
CREATE TABLE report_built (
    day  date PRIMARY KEY
);

-- Per day and level: the sums a report adds up.
CREATE TABLE report_day (
    day          date    NOT NULL,
    level        text    NOT NULL,
    tickets      integer NOT NULL,
    fc_count integer NOT NULL, fc_met integer NOT NULL, fc_breached integer NOT NULL,
    dg_count integer NOT NULL, dg_met integer NOT NULL, dg_breached integer NOT NULL,
    rs_count integer NOT NULL, rs_met integer NOT NULL, rs_breached integer NOT NULL,
    su_count integer NOT NULL, su_met integer NOT NULL, su_breached integer NOT NULL,
    c0 integer NOT NULL, c1 integer NOT NULL, c2 integer NOT NULL, c3 integer NOT NULL, c4 integer NOT NULL,
    c5 integer NOT NULL, c6 integer NOT NULL, c7 integer NOT NULL, c8 integer NOT NULL, c9 integer NOT NULL,
    c10 integer NOT NULL,
    s0 integer NOT NULL, s1 integer NOT NULL, s2 integer NOT NULL, s3 integer NOT NULL, s4 integer NOT NULL,
    s_all integer NOT NULL,
    extensions integer NOT NULL, downgrades integer NOT NULL, upgrades integer NOT NULL, escalations integer NOT NULL,
    PRIMARY KEY (day, level)
);

-- Per day, level and metric: how many stopped clocks took each whole number of business minutes
-- (medians and percentiles are read off these histograms).
CREATE TABLE report_day_minutes (
    day      date     NOT NULL,
    level    text     NOT NULL,
    metric   smallint NOT NULL,
    minutes  integer  NOT NULL,
    n        integer  NOT NULL,
    PRIMARY KEY (day, level, metric, minutes)
);

CREATE FUNCTION report_touch(d date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF d < report_live_from() THEN
        INSERT INTO report_dirty (day) VALUES (d)
        ON CONFLICT (day) DO UPDATE SET touches = report_dirty.touches + 1;
    END IF;
END $$;

CREATE FUNCTION report_ticket_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d date := (NEW.received_at AT TIME ZONE report_zone())::date;
BEGIN
    INSERT INTO report_ticket (ticket_id, received_at, day, level, assignee, client, problem_type, checklist, success,
                               extensions, downgrades, upgrades)
    VALUES (NEW.id, NEW.received_at, d, NEW.level, NEW.assignee, NEW.client_name, NEW.problem_type, NEW.checklist_mask,
            NEW.success_mask, NEW.extensions, NEW.downgrades, NEW.upgrades)
    ON CONFLICT (ticket_id) DO UPDATE SET
        level = EXCLUDED.level, assignee = EXCLUDED.assignee, client = EXCLUDED.client,
        problem_type = EXCLUDED.problem_type, checklist = EXCLUDED.checklist, success = EXCLUDED.success,
        extensions = EXCLUDED.extensions, downgrades = EXCLUDED.downgrades, upgrades = EXCLUDED.upgrades;
    PERFORM report_touch(d);
    RETURN NULL;
END $$;

CREATE TRIGGER ticket_report_insert AFTER INSERT ON ticket
    FOR EACH ROW EXECUTE FUNCTION report_ticket_changed();
CREATE TRIGGER ticket_report_update AFTER UPDATE ON ticket
    FOR EACH ROW
    WHEN (OLD.level IS DISTINCT FROM NEW.level OR OLD.assignee IS DISTINCT FROM NEW.assignee
          OR OLD.client_name IS DISTINCT FROM NEW.client_name OR OLD.problem_type IS DISTINCT FROM NEW.problem_type
          OR OLD.checklist_mask IS DISTINCT FROM NEW.checklist_mask OR OLD.success_mask IS DISTINCT FROM NEW.success_mask
          OR OLD.extensions IS DISTINCT FROM NEW.extensions OR OLD.downgrades IS DISTINCT FROM NEW.downgrades
          OR OLD.upgrades IS DISTINCT FROM NEW.upgrades)
    EXECUTE FUNCTION report_ticket_changed();

CREATE FUNCTION report_timer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    state smallint := CASE
        WHEN NEW.breached_at IS NOT NULL OR NEW.stopped_at > NEW.due_at THEN 3
        WHEN NEW.stopped_at IS NOT NULL THEN 2
        ELSE 1 END;
    minutes integer := CASE WHEN NEW.stopped_at IS NULL THEN NULL ELSE greatest(NEW.elapsed_seconds, 0) / 60 END;
    d date;
BEGIN
    IF NEW.metric = 'FIRST_CONTACT' THEN
        UPDATE report_ticket SET fc_state = state, fc_minutes = minutes WHERE ticket_id = NEW.ticket_id
            AND (fc_state, fc_minutes) IS DISTINCT FROM (state, minutes) RETURNING day INTO d;
    ELSIF NEW.metric = 'DIAGNOSIS' THEN
        UPDATE report_ticket SET dg_state = state, dg_minutes = minutes WHERE ticket_id = NEW.ticket_id
            AND (dg_state, dg_minutes) IS DISTINCT FROM (state, minutes) RETURNING day INTO d;
    ELSIF NEW.metric = 'RESOLUTION' THEN
        UPDATE report_ticket SET rs_state = state, rs_minutes = minutes WHERE ticket_id = NEW.ticket_id
            AND (rs_state, rs_minutes) IS DISTINCT FROM (state, minutes) RETURNING day INTO d;
    ELSE
        UPDATE report_ticket SET su_state = state, su_minutes = minutes WHERE ticket_id = NEW.ticket_id
            AND (su_state, su_minutes) IS DISTINCT FROM (state, minutes) RETURNING day INTO d;
    END IF;
    IF d IS NOT NULL THEN
        PERFORM report_touch(d);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER sla_timer_report AFTER INSERT OR UPDATE ON sla_timer
    FOR EACH ROW EXECUTE FUNCTION report_timer_changed();

CREATE FUNCTION report_escalation_opened() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d date;
BEGIN
    UPDATE report_ticket SET escalations = escalations + 1 WHERE ticket_id = NEW.ticket_id RETURNING day INTO d;
    IF d IS NOT NULL THEN
        PERFORM report_touch(d);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER escalation_report AFTER INSERT ON escalation
    FOR EACH ROW EXECUTE FUNCTION report_escalation_opened();

-- Rebuilds one day's rollup from report_ticket; the caller holds the day's dirty row, if any.
CREATE FUNCTION report_rollup(d date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_day WHERE day = d;
    DELETE FROM report_day_minutes WHERE day = d;
    INSERT INTO report_day
    SELECT day, level, count(*),
           count(*) FILTER (WHERE fc_state > 0), count(*) FILTER (WHERE fc_state = 2), count(*) FILTER (WHERE fc_state = 3),
           count(*) FILTER (WHERE dg_state > 0), count(*) FILTER (WHERE dg_state = 2), count(*) FILTER (WHERE dg_state = 3),
           count(*) FILTER (WHERE rs_state > 0), count(*) FILTER (WHERE rs_state = 2), count(*) FILTER (WHERE rs_state = 3),
           count(*) FILTER (WHERE su_state > 0), count(*) FILTER (WHERE su_state = 2), count(*) FILTER (WHERE su_state = 3),
           count(*) FILTER (WHERE checklist & 1 <> 0), count(*) FILTER (WHERE checklist & 2 <> 0),
           count(*) FILTER (WHERE checklist & 4 <> 0), count(*) FILTER (WHERE checklist & 8 <> 0),
           count(*) FILTER (WHERE checklist & 16 <> 0), count(*) FILTER (WHERE checklist & 32 <> 0),
           count(*) FILTER (WHERE checklist & 64 <> 0), count(*) FILTER (WHERE checklist & 128 <> 0),
           count(*) FILTER (WHERE checklist & 256 <> 0), count(*) FILTER (WHERE checklist & 512 <> 0),
           count(*) FILTER (WHERE checklist & 1024 <> 0),
           count(*) FILTER (WHERE success & 1 <> 0), count(*) FILTER (WHERE success & 2 <> 0),
           count(*) FILTER (WHERE success & 4 <> 0), count(*) FILTER (WHERE success & 8 <> 0),
           count(*) FILTER (WHERE success & 16 <> 0), count(*) FILTER (WHERE success & 31 = 31),
           sum(extensions), sum(downgrades), sum(upgrades), sum(escalations)
    FROM report_ticket WHERE day = d GROUP BY day, level;
    INSERT INTO report_day_minutes
    SELECT r.day, r.level, m.metric, m.minutes, count(*)
    FROM report_ticket r
    CROSS JOIN LATERAL (VALUES (0, r.fc_minutes), (1, r.dg_minutes), (2, r.rs_minutes), (3, r.su_minutes)) AS m (metric, minutes)
    WHERE r.day = d AND m.minutes IS NOT NULL
    GROUP BY r.day, r.level, m.metric, m.minutes;
    INSERT INTO report_built (day) VALUES (d) ON CONFLICT DO NOTHING;
END $$;

-- One round of the rollup job: days that left the live window get built (a day late, so that no
-- transaction begun before midnight is missed), then up to `batch` dirty days are rebuilt.
CREATE FUNCTION report_rollup_due(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    d date;
    n integer := 0;
BEGIN
    INSERT INTO report_dirty (day)
    SELECT g::date FROM generate_series(report_live_from() - 4, report_live_from() - 2, interval '1 day') AS g
    WHERE NOT EXISTS (SELECT 1 FROM report_built b WHERE b.day = g::date)
    ON CONFLICT DO NOTHING;
    FOR d IN SELECT day FROM report_dirty ORDER BY day LIMIT batch FOR UPDATE SKIP LOCKED LOOP
        PERFORM report_rollup(d);
        DELETE FROM report_dirty WHERE day = d;
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;

-- A change of the default calendar's zone moves every ticket to another day: all rollups go.
CREATE FUNCTION report_zone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE report_ticket SET day = (received_at AT TIME ZONE report_zone())::date
        WHERE day IS DISTINCT FROM (received_at AT TIME ZONE report_zone())::date;
    DELETE FROM report_built;
    DELETE FROM report_day;
    DELETE FROM report_day_minutes;
    INSERT INTO report_dirty (day) SELECT DISTINCT day FROM report_ticket WHERE day < report_live_from() - 1
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER business_calendar_report AFTER UPDATE ON business_calendar
    FOR EACH ROW WHEN (OLD.zone IS DISTINCT FROM NEW.zone OR OLD.is_default IS DISTINCT FROM NEW.is_default)
    EXECUTE FUNCTION report_zone_changed();

-- Tickets from before this migration: what SQL can tell. Clocks stopped before it have no
-- business minutes (they needed the calendar), so they count but have no time.
UPDATE ticket SET problem_type = workflow -> 'diagnosis' ->> 'problemType'
    WHERE workflow -> 'diagnosis' ->> 'problemType' IS NOT NULL;
UPDATE ticket k SET
    extensions = (SELECT count(*) FROM ticket_event e WHERE e.ticket_id = k.id AND e.type = 'ticket.deadline-extension'),
    downgrades = (SELECT count(*) FROM ticket_event e WHERE e.ticket_id = k.id AND e.type = 'ticket.level-change'
                  AND e.data -> 'after' ->> 'level' = 'STANDARD'),
    upgrades = (SELECT count(*) FROM ticket_event e WHERE e.ticket_id = k.id AND e.type = 'ticket.level-change'
                AND e.data -> 'after' ->> 'level' = 'EMERGENCY');
INSERT INTO report_ticket (ticket_id, received_at, day, level, assignee, client, problem_type, extensions, downgrades,
                           upgrades, escalations)
SELECT k.id, k.received_at, (k.received_at AT TIME ZONE report_zone())::date, k.level, k.assignee, k.client_name,
       k.problem_type, k.extensions, k.downgrades, k.upgrades,
       (SELECT count(*) FROM escalation e WHERE e.ticket_id = k.id)
FROM ticket k
ON CONFLICT (ticket_id) DO NOTHING;
-- re-saving each timer fills its state through the trigger
UPDATE sla_timer SET generation = generation;
INSERT INTO report_dirty (day) SELECT DISTINCT day FROM report_ticket WHERE day < report_live_from() - 1
ON CONFLICT DO NOTHING;
