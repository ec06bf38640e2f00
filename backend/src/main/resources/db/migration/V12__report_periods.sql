-- The per-day minute histograms summed per week (from Monday) and per calendar month, so that a
-- year is read as 53 weeks or 12 months rather than 365 days of histograms. A week or a month
-- is used only when all its days are inside the report's period, built and clean; a report
-- checks that (ReportQueries) and reads the days otherwise.

CREATE TABLE report_week_minutes (
    week     date     NOT NULL,
    level    text     NOT NULL,
    metric   smallint NOT NULL,
    minutes  integer  NOT NULL,
    n        integer  NOT NULL,
    PRIMARY KEY (week, level, metric, minutes)
);

CREATE TABLE report_month_minutes (
    month    date     NOT NULL,
    level    text     NOT NULL,
    metric   smallint NOT NULL,
    minutes  integer  NOT NULL,
    n        integer  NOT NULL,
    PRIMARY KEY (month, level, metric, minutes)
);

-- Re-sums the week and the month of a day from the days' histograms.
CREATE FUNCTION report_rollup_period(d date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    w date := CAST(date_trunc('week', d) AS date);
    m date := CAST(date_trunc('month', d) AS date);
BEGIN
    DELETE FROM report_week_minutes WHERE week = w;
    INSERT INTO report_week_minutes
    SELECT w, level, metric, minutes, sum(n) FROM report_day_minutes WHERE day BETWEEN w AND w + 6
    GROUP BY level, metric, minutes;
    DELETE FROM report_month_minutes WHERE month = m;
    INSERT INTO report_month_minutes
    SELECT m, level, metric, minutes, sum(n) FROM report_day_minutes
    WHERE day BETWEEN m AND CAST(m + interval '1 month' AS date) - 1
    GROUP BY level, metric, minutes;
END $$;

CREATE OR REPLACE FUNCTION report_rollup(d date) RETURNS void LANGUAGE plpgsql AS $$
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
    PERFORM report_rollup_period(d);
END $$;

CREATE OR REPLACE FUNCTION report_zone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE report_ticket SET day = (received_at AT TIME ZONE report_zone())::date
        WHERE day IS DISTINCT FROM (received_at AT TIME ZONE report_zone())::date;
    DELETE FROM report_built;
    DELETE FROM report_day;
    DELETE FROM report_day_minutes;
    DELETE FROM report_week_minutes;
    DELETE FROM report_month_minutes;
    INSERT INTO report_dirty (day) SELECT DISTINCT day FROM report_ticket WHERE day < report_live_from() - 1
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

-- weeks and months of the days built so far
SELECT report_rollup_period(day) FROM report_built;
