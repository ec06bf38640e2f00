#!/usr/bin/env bash
# `make bench-create`: create-ticket throughput and latency against the physical limit.
#  1. The backend jar on :8087 against a fresh database, its rate limit raised out of the way.
#  2. Gatling (infra/bench/gatling, Java DSL) POSTs valid standard tickets as the demo agent: a
#     warm-up (8 callers in a loop), the lowest rate, the maximum with a closed model (N users,
#     each sending the next request when its previous one is answered) three times for D/3 s,
#     then the higher rates. Each rate runs D s with an open model (a new request every 1/rate s,
#     whatever the answers); 5 quiet seconds between phases. Throughput is 201s per second of
#     each phase's span.
#  3. The backend is stopped and pgbench runs infra/bench/pgbench-create.sql (the same writes in
#     one transaction, on a copy of the same fresh schema) with C clients, three times for D/3 s:
#     the physical limit of this machine. The ratio of the medians, backend max / pgbench, is
#     measured here, side by side.
# Writes backend/target/bench-create.txt. Arguments: [seconds per phase] [rates] [max users].
# Environment: PGBENCH_CLIENTS (8), BENCH_WARMUP (15 s), BENCH_SKIP_BUILD=1 to reuse the jar,
# BENCH_JAR=path to benchmark a given jar.
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"
source "$(dirname "$0")/lib.sh"

DURATION="${1:-30}"
RATES="${2:-100,500,1000}"
MAX_USERS="${3:-32}"
PGBENCH_CLIENTS="${PGBENCH_CLIENTS:-8}"
RUNS=3
RUN_SECONDS=$(( DURATION / RUNS > 5 ? DURATION / RUNS : 5 ))
PORT=8087
DATABASE=emergency_desk_bench_create
PGBENCH_DATABASE=emergency_desk_bench_pgbench
out="$REPO_ROOT/backend/target/bench-create.txt"

PGBENCH="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)"
[[ -n "$PGBENCH" ]] || die "pgbench is missing: it ships with Debian's PostgreSQL server package (apt-get install postgresql-15)"

cleanup() { stop_detached bench-create-backend; }
trap cleanup EXIT

"$REPO_ROOT/infra/postgres/ensure.sh" >/dev/null
"$REPO_ROOT/infra/keycloak/keycloak.sh" start >/dev/null
bench_jar bench-create
(cd "$BENCH_DIR/gatling" && "$REPO_ROOT/backend/mvnw" -B -q test-compile)

fresh_db "$DATABASE"
fresh_db "$PGBENCH_DATABASE"
# one caller (the agent) sends every request: its budget must not be what is measured; no mail
# relay runs here (a standard ticket queues no mail anyway)
MAIL_ENABLED=false RATE_LIMIT_BURST=1000000000 RATE_LIMIT_PER_SECOND=1000000000 start_backend bench-create-backend "$PORT" "$DATABASE"
# pgbench gets the very schema Flyway just built, with its reference rows (policies, calendar)
pg_dump -h 127.0.0.1 -U postgres "$DATABASE" | sql_in "$PGBENCH_DATABASE" >/dev/null

say "Gatling: warm-up, then ${DURATION} s at each of $RATES req/s and $RUNS × ${RUN_SECONDS} s with $MAX_USERS users ..."
results="$RUN_DIR/bench-create-gatling.txt"
rm -f "$results"
(cd "$BENCH_DIR/gatling" && BENCH_BASE_URL="http://127.0.0.1:$PORT" BENCH_RATES="$RATES" BENCH_DURATION="$DURATION" \
  BENCH_WARMUP="${BENCH_WARMUP:-15}" BENCH_MAX_USERS="$MAX_USERS" BENCH_MAX_DURATION="$RUN_SECONDS" BENCH_MAX_RUNS="$RUNS" \
  BENCH_RESULTS="$results" \
  "$REPO_ROOT/backend/mvnw" -B gatling:test >"$RUN_DIR/bench-create-gatling.log" 2>&1) \
  || { tail -40 "$RUN_DIR/bench-create-gatling.log" >&2; die "Gatling failed"; }
[[ -s "$results" ]] || { tail -40 "$RUN_DIR/bench-create-gatling.log" >&2; die "Gatling wrote no results"; }
report="$(grep -o 'file://.*index.html' "$RUN_DIR/bench-create-gatling.log" | tail -1 | sed 's|^file://||')"
created="$(sql_in "$DATABASE" -A -t -c "SELECT count(*) FROM ticket")"
stop_detached bench-create-backend

say "pgbench: $PGBENCH_CLIENTS clients, $RUNS × ${RUN_SECONDS} s ..."
sql_in "$PGBENCH_DATABASE" -c "VACUUM ANALYZE" >/dev/null
pg_runs=()
for ((run = 1; run <= RUNS; run++)); do
  "$PGBENCH" -h 127.0.0.1 -U postgres -n -c "$PGBENCH_CLIENTS" -j "$(( PGBENCH_CLIENTS < 2 ? PGBENCH_CLIENTS : 2 ))" -T "$RUN_SECONDS" -f "$BENCH_DIR/pgbench-create.sql" \
    "$PGBENCH_DATABASE" >"$RUN_DIR/bench-create-pgbench.txt" 2>&1 || { cat "$RUN_DIR/bench-create-pgbench.txt" >&2; die "pgbench failed"; }
  pg_runs+=("$(awk '/^tps = /{printf "%.1f tx/s (latency average %s ms, %s failed)", $3, lat, failed} /^latency average/{lat = $4} /number of failed transactions/{failed = $5}' \
    "$RUN_DIR/bench-create-pgbench.txt")")
done
pg_tps="$(printf '%s\n' "${pg_runs[@]}" | awk '{print $1}' | median)"

max_tps="$(grep '^create max' "$results" | awk '{print $(NF-4)}' | median)"
ratio="$(awk -v b="$max_tps" -v p="$pg_tps" 'BEGIN { printf "%.2f", (p > 0 ? b / p : 0) }')"
p99_500="$(awk '$1 == "create" && $2 == "@500/s" {print $(NF-1)}' "$results")"

{
  echo "Gatling: open model at each rate for ${DURATION} s; closed model with $MAX_USERS users, $RUNS runs of ${RUN_SECONDS} s; backend on :$PORT"
  cat "$results"
  echo "tickets in the backend's database afterwards: $created"
  for ((run = 1; run <= RUNS; run++)); do
    echo "pgbench run $run, the same writes in one transaction, $PGBENCH_CLIENTS clients, ${RUN_SECONDS} s: ${pg_runs[run - 1]}"
  done
  echo "backend max (median of $RUNS): $max_tps req/s; pgbench (median of $RUNS): $pg_tps tx/s"
  echo "ratio backend max / pgbench: $ratio (target >= 0.5)"
  echo "p99 at 500 req/s: ${p99_500:--} ms (target < 25 ms)"
  [[ -n "$report" ]] && echo "Gatling report: ${report#"$REPO_ROOT/"}"
} | tee "$out"
