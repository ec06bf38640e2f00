#!/usr/bin/env bash
# `make bench-queue`: the queue (GET /api/v1/tickets) at a million tickets. Starts the backend jar
# on :8088 against a fresh database (Flyway builds the schema), seeds N tickets with COPY FROM
# STDIN fed by a generator (awk; received over the last year in arrival order, the newest OPEN
# of them still open, the rest closed; 30 % emergencies, 25 agents, 800 clients) and their two
# clocks each, then times R requests of each variant of the queue as the demo agent: the first
# page, each filter, the second page, the closed history, and the wallboard summary. curl keeps one connection; each
# line gives p50/p90/p99/max of its R timed requests (after 100 untimed ones for the JIT, and 20
# more before each line).
# Writes backend/target/bench-queue.txt. Arguments: [tickets] [requests per variant] [open].
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"
source "$(dirname "$0")/lib.sh"

TICKETS="${1:-1000000}"
REQUESTS="${2:-200}"
OPEN="${3:-$((TICKETS / 50))}"
PORT=8088
DATABASE=emergency_desk_bench_queue
out="$REPO_ROOT/backend/target/bench-queue.txt"

cleanup() { stop_detached bench-queue-backend; }
trap cleanup EXIT

"$REPO_ROOT/infra/postgres/ensure.sh" >/dev/null
"$REPO_ROOT/infra/keycloak/keycloak.sh" start >/dev/null
bench_jar bench-queue
fresh_db "$DATABASE"
# every request comes from one caller: its request budget must not be what is measured
RATE_LIMIT_BURST=1000000000 RATE_LIMIT_PER_SECOND=1000000000 start_backend bench-queue-backend "$PORT" "$DATABASE"

say "seeding $TICKETS tickets ($OPEN open) with COPY ..."
started=$(date +%s)
# One line a ticket, in the text format of COPY. Ids are made from the ticket's number (unique,
# spread); the newest $OPEN tickets are open, with a clock still running.
generate() {
  awk -v n="$TICKETS" -v open="$OPEN" -v now="$(date -u +%s)" 'BEGIN {
    srand(42); OFS = "\t"
    split("NEW NEW NEW IN_PROGRESS IN_PROGRESS IN_PROGRESS IN_PROGRESS DIAGNOSED SOLUTION_APPLIED PLAN_DEFINED AWAITING_CONFIRMATION RESOLVED", st, " ")
    split("PHONE EMAIL PORTAL API CHAT", ch, " ")
    span = 365 * 86400
    for (i = 1; i <= n; i++) {
      h = (i * 2654435761) % 4294967296
      id = sprintf("%08x-%04x-4%03x-a%03x-%012x", h, int(h / 7) % 65536, int(i / 65536) % 4096, h % 4096, i)
      received = now - span + int((i - 0.5) * span / n)
      at = strftime("%Y-%m-%d %H:%M:%S+00", received, 1)
      emergency = rand() < 0.3
      isopen = i > n - open
      status = isopen ? st[1 + int(rand() * 12)] : "CLOSED"
      assignee = (status == "NEW" || rand() < 0.05) ? "\\N" : "agent" (1 + int(rand() * 25))
      breached = rand() < (isopen ? 0.1 : 0.15) ? "t" : "f"
      due = isopen ? strftime("%Y-%m-%d %H:%M:%S+00", received + (emergency ? 900 : 14400), 1) : "\\N"
      print id, sprintf("EM-%07d", i), "Клиент " (1 + int(rand() * 800)), "Контакт " i % 1000, ch[1 + int(rand() * 5)],
            "Обращение " i ": не открывается шлагбаум", "Пропуск не срабатывает на въезде, ошибка повторяется.",
            emergency ? "EMERGENCY" : "STANDARD", status, at, at, at,
            emergency ? "00000000-0000-0000-0000-0000000000a1" : "00000000-0000-0000-0000-0000000000b1",
            assignee, breached, due, "{\"assessment\":{\"suggestedLevel\":\"STANDARD\"},\"participants\":[]}"
    }
  }'
}
generate | sql_in "$DATABASE" -c "SET session_replication_role = replica" \
  -c "COPY ticket (id, key, client_name, contact_name, channel, title, description, level, status, received_at,
                   created_at, updated_at, policy_id, assignee, breached, next_due_at, workflow) FROM STDIN"
# the two clocks that start at receipt; closed tickets' stopped, open ones' running
sql_in "$DATABASE" >/dev/null <<'SQL'
SET session_replication_role = replica;
SELECT setval('ticket_key_seq', (SELECT count(*) FROM ticket));
INSERT INTO sla_timer (ticket_id, metric, started_at, target_minutes, due_at, stopped_at, breached_at, generation,
                       elapsed_seconds)
SELECT t.id, m.metric, t.received_at, m.minutes, t.received_at + m.minutes * interval '1 minute',
       CASE WHEN t.status = 'CLOSED' OR (m.metric = 'FIRST_CONTACT' AND t.status <> 'NEW')
            THEN t.received_at + m.minutes * interval '40 second' END,
       CASE WHEN t.breached THEN t.received_at + m.minutes * interval '1 minute' END, 1,
       CASE WHEN t.status = 'CLOSED' OR (m.metric = 'FIRST_CONTACT' AND t.status <> 'NEW') THEN m.minutes * 40 END
FROM ticket t
CROSS JOIN LATERAL (VALUES ('FIRST_CONTACT', CASE WHEN t.level = 'EMERGENCY' THEN 15 ELSE 240 END),
                           ('RESOLUTION', CASE WHEN t.level = 'EMERGENCY' THEN 240 ELSE 1440 END)) AS m (metric, minutes);
VACUUM ANALYZE ticket;
VACUUM ANALYZE sla_timer;
SQL
seeded=$(( $(date +%s) - started ))

token=""
# R timed GETs of one query string over one kept-alive connection (after a warm-up of 20)
measure() {
  local query="$1" config="$RUN_DIR/bench-queue-curl.txt" i REQUESTS="${2:-$REQUESTS}" resource="${3:-tickets}"
  token="$(token_of agent)"
  : >"$config"
  for ((i = 0; i < 20 + REQUESTS; i++)); do
    printf 'url = "http://127.0.0.1:%s/api/v1/%s%s"\noutput = "/dev/null"\n' "$PORT" "$resource" "$query" >>"$config"
  done
  curl -s -K "$config" -H "Authorization: Bearer $token" -w '%{http_code} %{time_total}\n' >"$RUN_DIR/bench-queue-times.txt"
  local failed
  failed="$(tail -n "$REQUESTS" "$RUN_DIR/bench-queue-times.txt" | awk '$1 != 200' | wc -l)"
  printf '%s%s\n' "$(tail -n "$REQUESTS" "$RUN_DIR/bench-queue-times.txt" | awk '$1 == 200 {print $2 * 1000}' | percentiles ms)" \
    "$([[ "$failed" == 0 ]] || echo "; $failed not 200")"
}

first="$(curl -sf -H "Authorization: Bearer $(token_of agent)" "http://127.0.0.1:$PORT/api/v1/tickets")"
cursor="$(python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin).get("nextCursor") or "", safe=""))' <<<"$first")"
client="$(python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["items"][0]["clientName"]))' <<<"$first")"

say "warming up, then timing $REQUESTS requests of each queue variant ..."
measure "" 100 >/dev/null
{
  echo "tickets: $TICKETS ($OPEN open, the rest closed), 2 clocks each; seeded with COPY in ${seeded} s; $REQUESTS requests a line, page of 25"
  printf '%-34s %s\n' "first page" "$(measure "")"
  printf '%-34s %s\n' "level=EMERGENCY" "$(measure "?level=EMERGENCY")"
  printf '%-34s %s\n' "status=NEW" "$(measure "?status=NEW")"
  printf '%-34s %s\n' "status=IN_PROGRESS,DIAGNOSED" "$(measure "?status=IN_PROGRESS&status=DIAGNOSED")"
  printf '%-34s %s\n' "assignee=agent7" "$(measure "?assignee=agent7")"
  printf '%-34s %s\n' "breached=true" "$(measure "?breached=true")"
  printf '%-34s %s\n' "client (one of 800)" "$(measure "?client=$client")"
  printf '%-34s %s\n' "q=<word in every title>" "$(measure "?q=%D1%88%D0%BB%D0%B0%D0%B3%D0%B1%D0%B0%D1%83%D0%BC")"
  printf '%-34s %s\n' "second page (cursor)" "$(measure "?cursor=$cursor")"
  printf '%-34s %s\n' "limit=100" "$(measure "?limit=100")"
  # the closed history has a partial index of its own in queue order (V14)
  printf '%-34s %s\n' "status=CLOSED (history)" "$(measure "?status=CLOSED" "$REQUESTS")"
  # the summary every wallboard recompute builds: today's and this week's compliance (V15 indexes)
  printf '%-34s %s\n' "wallboard summary" "$(measure "" "$REQUESTS" wallboard)"
} | tee "$out"
