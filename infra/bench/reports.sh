#!/usr/bin/env bash
# `make bench-reports`: the SLA report at a million tickets. Starts the backend jar on :8086
# against a fresh database (Flyway builds the schema), seeds N tickets received over the last
# year with their report rows (set-based INSERT … SELECT, triggers off while seeding), builds the
# per-day rollups as the rollup job would, then times GET /api/v1/reports/sla for a year in every
# grouping (median and max of R runs, as curl sees them), and the year by week once more with the
# rollups dropped (everything read live) to show what they buy.
# Writes backend/target/bench-reports.txt. Arguments: [tickets] [runs].
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"

TICKETS="${1:-1000000}"
RUNS="${2:-7}"
PORT=8086
DATABASE=emergency_desk_bench_reports
RUN_DIR="$RUN_DIR/bench"
export RUN_DIR
mkdir -p "$RUN_DIR"
out="$REPO_ROOT/backend/target/bench-reports.txt"

cleanup() { stop_detached bench-reports-backend; }
trap cleanup EXIT

"$REPO_ROOT/infra/postgres/ensure.sh" >/dev/null
"$REPO_ROOT/infra/keycloak/keycloak.sh" start >/dev/null
(cd "$REPO_ROOT/backend" && ./mvnw -B -q -DskipTests package)

psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE" >/dev/null
REPORTS_ROLLUP_ENABLED=false start_backend bench-reports-backend "$PORT" "$DATABASE"

sql() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$DATABASE" "$@"; }

say "seeding $TICKETS tickets over the last year ..."
started=$(date +%s)
sql <<SQL
SET session_replication_role = replica;
SELECT setseed(0.42);
CREATE TEMP TABLE seed AS
SELECT i, gen_random_uuid() AS id,
       now() - (random() * 365 * 86400) * interval '1 second' AS received_at,
       CASE WHEN random() < 0.3 THEN 'EMERGENCY' ELSE 'STANDARD' END AS level,
       CASE WHEN random() < 0.05 THEN NULL ELSE 'agent' || (1 + floor(random() * 25))::int END AS assignee,
       'Клиент ' || (1 + floor(random() * 800))::int AS client,
       (ARRAY['ACCESS', 'FUNCTIONAL', 'PERFORMANCE', 'PRODUCT_DEFECT', NULL])[1 + floor(random() * 5)::int] AS problem_type,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4
FROM generate_series(1, $TICKETS) i;
INSERT INTO ticket (id, key, client_name, contact_name, channel, title, level, status, received_at, created_at,
                    updated_at, policy_id, assignee, problem_type)
SELECT id, 'BENCH-' || i, client, 'Контакт', 'PHONE', 'Обращение ' || i, level, 'CLOSED', received_at, received_at,
       received_at, CASE WHEN level = 'EMERGENCY' THEN '00000000-0000-0000-0000-0000000000a1'::uuid
                         ELSE '00000000-0000-0000-0000-0000000000b1'::uuid END, assignee, problem_type
FROM seed ORDER BY received_at;
INSERT INTO report_ticket (ticket_id, received_at, day, level, assignee, client, problem_type, checklist, success,
                           extensions, downgrades, upgrades, escalations, fc_state, fc_minutes, dg_state, dg_minutes,
                           rs_state, rs_minutes, su_state, su_minutes)
SELECT id, received_at, (received_at AT TIME ZONE 'Europe/Moscow')::date, level, assignee, client, problem_type,
       floor(r1 * 2048)::int, floor(r2 * 32)::int,
       (r3 < 0.05)::int, (r3 > 0.97)::int, (r4 > 0.98)::int, (r4 < 0.03)::int,
       CASE WHEN r1 < 0.85 THEN 2 ELSE 3 END, (r1 * 40)::int,
       CASE WHEN r2 < 0.1 THEN 0 WHEN r2 < 0.8 THEN 2 ELSE 3 END, CASE WHEN r2 < 0.1 THEN NULL ELSE (r2 * 180)::int END,
       CASE WHEN r3 < 0.02 THEN 1 WHEN r3 < 0.75 THEN 2 ELSE 3 END, CASE WHEN r3 < 0.02 THEN NULL ELSE (r3 * 600)::int END,
       CASE WHEN r4 < 0.7 THEN 2 ELSE 3 END, (r4 * 90)::int
FROM seed ORDER BY received_at;
SET session_replication_role = origin;
SELECT count(report_rollup(CAST(d AS date))) FROM generate_series(report_live_from() - 400, report_live_from() - 2, interval '1 day') d;
VACUUM ANALYZE ticket;
VACUUM ANALYZE report_ticket;
VACUUM ANALYZE report_day;
VACUUM ANALYZE report_day_minutes;
SQL
seeded=$(( $(date +%s) - started ))

token="$(curl -sf -d grant_type=password -d client_id=emergency-desk-cli -d username=lead -d password=lead \
  http://127.0.0.1:8180/realms/emergency-desk/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
to="$(date -u +%F)"
from="$(date -u -d '364 days ago' +%F)"

# median and max of $RUNS timed requests (after one warm-up), in ms
measure() {
  local query="$1" accept="${2:-application/json}" times=()
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H "Accept: $accept" "http://127.0.0.1:$PORT/api/v1/reports/sla?$query"
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" -H "Accept: $accept" \
      "http://127.0.0.1:$PORT/api/v1/reports/sla?$query")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ms[NR]=$1*1000} END {printf "median %6.0f ms   max %6.0f ms", ms[int((NR+1)/2)], ms[NR]}'
}

{
  echo "tickets: $TICKETS received over the year to $to (seeded in ${seeded} s, rollups built); runs per line: $RUNS"
  for grouping in week month day level agent client problemType; do
    printf 'a year by %-12s %s\n' "$grouping" "$(measure "from=$from&to=$to&groupBy=$grouping")"
  done
  printf 'a year by %-12s %s\n' "week, CSV" "$(measure "from=$from&to=$to&groupBy=week&separator=semicolon" text/csv)"
  printf 'a month by %-11s %s\n' "agent" "$(measure "from=$(date -u -d '30 days ago' +%F)&to=$to&groupBy=agent")"
  sql -c "DELETE FROM report_built" >/dev/null
  printf 'a year by %-12s %s\n' "week, live" "$(measure "from=$from&to=$to&groupBy=week")"
} | tee "$out"
