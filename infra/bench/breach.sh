#!/usr/bin/env bash
# `make bench-breach`: breach lateness with N timers due together. Starts the backend jar on :8089
# against a fresh database, then writes N emergency tickets received 15 minutes before an instant
# T a few seconds ahead, each with its clocks as TicketService.open leaves them (sla_timer
# FIRST_CONTACT due at T, RESOLUTION later) and its announcements as TimerStore schedules them
# (sla_due_work: the 50 % and 80 % warnings already announced, the breach — threshold 100,
# generation 1 — pending at T; the resolution's three still ahead). The backend's SlaScheduler
# then announces every breach; lateness is measured per breach from T to
#   - its sla.breached event in event_log (written in the announcing transaction), and
#   - its arrival in stream_event (sequenced after commit: what SSE subscribers see).
# This is done R times with new tickets (each run waits for the previous one's announcements);
# the summary line is the median of the runs' figures.
# Writes backend/target/bench-breach.txt. Arguments: [timers] [seconds until due] [runs].
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"
source "$(dirname "$0")/lib.sh"

TIMERS="${1:-10000}"
LEAD="${2:-15}"
RUNS="${3:-3}"
PORT=8089
DATABASE=emergency_desk_bench_breach
out="$REPO_ROOT/backend/target/bench-breach.txt"

cleanup() { stop_detached bench-breach-backend; }
trap cleanup EXIT

"$REPO_ROOT/infra/postgres/ensure.sh" >/dev/null
"$REPO_ROOT/infra/keycloak/keycloak.sh" start >/dev/null
bench_jar bench-breach
fresh_db "$DATABASE"
# no mail relay here: the notices are queued in the announcing transaction as always, not sent
MAIL_ENABLED=false start_backend bench-breach-backend "$PORT" "$DATABASE"

# Seeds run $1's tickets, due together $LEAD s from now; prints the due instant.
seed() {
  local run="$1" due started seeded
  due="$(date -u -d "+${LEAD} seconds" '+%Y-%m-%d %H:%M:%S+00')"
  say "run $run: seeding $TIMERS tickets whose first-contact clocks all run out at $due ..."
  started=$(date +%s.%N)
  sql_in "$DATABASE" -v due="$due" -v n="$TIMERS" -v run="$run" >/dev/null <<'SQL'
BEGIN;
CREATE TEMP TABLE seed ON COMMIT DROP AS
SELECT i, gen_random_uuid() AS id, CAST(:'due' AS timestamptz) AS due,
       CAST(:'due' AS timestamptz) - interval '15 minutes' AS received_at, 'agent' || (1 + i % 25) AS assignee
FROM generate_series(1, :n) i;
INSERT INTO ticket (id, key, client_name, contact_name, contact_phone, channel, title, level, criterion, status,
                    received_at, created_at, updated_at, version, policy_id, assignee, breached, next_due_at, workflow)
SELECT id, 'EM-B' || :run || '-' || lpad(i::text, 6, '0'), 'Клиент ' || (1 + i % 800), 'Контакт', '+7 900 111-22-33',
       'PHONE', 'Не работает въезд ' || i, 'EMERGENCY', 'TOTAL_OUTAGE', 'NEW', received_at, received_at, received_at, 0,
       '00000000-0000-0000-0000-0000000000a1', assignee, false, due,
       '{"assessment":{"suggestedLevel":"EMERGENCY"},"participants":[]}'
FROM seed ORDER BY i;
INSERT INTO sla_timer (ticket_id, metric, started_at, target_minutes, due_at, generation)
SELECT id, 'FIRST_CONTACT', received_at, 15, due, 1 FROM seed
UNION ALL
SELECT id, 'RESOLUTION', received_at, 240, received_at + interval '4 hours', 1 FROM seed;
-- the warnings fell due while the ticket was new and were announced then
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at, done_at)
SELECT id, 'FIRST_CONTACT', 1, p, received_at + p * interval '9 seconds', received_at + p * interval '9 seconds'
FROM seed CROSS JOIN (VALUES (50), (80)) AS w (p);
-- the breaches, all due at the same instant
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
SELECT id, 'FIRST_CONTACT', 1, 100, due FROM seed;
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
SELECT id, 'RESOLUTION', 1, p, received_at + p * interval '144 seconds' FROM seed CROSS JOIN (VALUES (50), (80), (100)) AS w (p);
COMMIT;
ANALYZE;
SQL
  seeded="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  (( $(date +%s) < $(date -u -d "$due" +%s) )) || die "seeding took ${seeded} s, past the due instant: give more seconds until due"
  echo "$due"
}

# Waits until every breach due at $1 is announced and on the stream (at most 10 minutes).
await() {
  local due="$1" deadline announced sequenced
  deadline=$(( $(date -u -d "$due" +%s) + 600 ))
  while :; do
    announced="$(sql_in "$DATABASE" -A -t -v due="$due" <<<"SELECT count(*) FROM event_log WHERE type = 'sla.breached' AND CAST(data->>'dueAt' AS timestamptz) = CAST(:'due' AS timestamptz);")"
    sequenced="$(sql_in "$DATABASE" -A -t -v due="$due" <<<"SELECT count(*) FROM stream_event WHERE type = 'sla.breached' AND CAST(data->>'dueAt' AS timestamptz) = CAST(:'due' AS timestamptz);")"
    (( announced >= TIMERS && sequenced >= TIMERS )) && return
    (( $(date +%s) < deadline )) || { say "gave up 10 minutes after due: $announced announced, $sequenced on the stream"; return; }
    sleep 1
  done
}

# count p50 p90 p99 max min, in ms, of the lateness of the breaches due at $2 as seen in table $1
lateness() {
  local table="$1" due="$2" at
  at="$([[ "$table" == event_log ]] && echo occurred_at || echo sequenced_at)"
  sql_in "$DATABASE" -A -t -F ' ' -v due="$due" <<SQL
SELECT count(*), $(for p in 0.5 0.9 0.99; do printf "round(1000 * extract(epoch FROM percentile_disc(%s) WITHIN GROUP (ORDER BY late))::numeric, 1), " "$p"; done)
       round(1000 * extract(epoch FROM max(late))::numeric, 1), round(1000 * extract(epoch FROM min(late))::numeric, 1)
FROM (SELECT $at - CAST(data->>'dueAt' AS timestamptz) AS late FROM $table
      WHERE type = 'sla.breached' AND CAST(data->>'dueAt' AS timestamptz) = CAST(:'due' AS timestamptz)) l;
SQL
}
line() { awk '{ printf "%d breaches: p50 %s ms, p90 %s ms, p99 %s ms, max %s ms (earliest %s ms)", $1, $2, $3, $4, $5, $6 }'; }
# the median, column by column, of the runs' figures
medians() { awk '{ for (i = 1; i <= NF; i++) v[i, NR] = $i; n = NF } END {
  for (i = 1; i <= n; i++) { m = 0; for (r = 1; r <= NR; r++) a[r] = v[i, r]
    for (r = 1; r <= NR; r++) for (q = r + 1; q <= NR; q++) if (a[q] + 0 < a[r] + 0) { t = a[r]; a[r] = a[q]; a[q] = t }
    printf "%s%s", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), (i < n ? " " : "\n") } }'; }

written=(); streamed=(); dues=()
for ((run = 1; run <= RUNS; run++)); do
  due="$(seed "$run")"
  dues+=("$due")
  say "run $run: waiting for $TIMERS breaches to be announced ..."
  await "$due"
  written+=("$(lateness event_log "$due")")
  streamed+=("$(lateness stream_event "$due")")
done

{
  echo "timers due together: $TIMERS (emergencies, first contact) in each of $RUNS runs, due ${LEAD} s after seeding began; scheduler every 200 ms, 2 workers, batches of up to 500"
  for ((run = 1; run <= RUNS; run++)); do
    echo "run $run, due ${dues[run - 1]}: written $(line <<<"${written[run - 1]}"); on the stream $(line <<<"${streamed[run - 1]}")"
  done
  echo "event written (event_log.occurred_at - due), median of $RUNS runs: $(printf '%s\n' "${written[@]}" | medians | line)"
  echo "on the live stream (stream_event.sequenced_at - due), median of $RUNS runs: $(printf '%s\n' "${streamed[@]}" | medians | line)"
  echo "breaches announced twice: $(sql_in "$DATABASE" -A -t -c "SELECT count(*) FROM (SELECT subject FROM event_log WHERE type = 'sla.breached' GROUP BY subject HAVING count(*) > 1) d")"
} | tee "$out"
