#!/usr/bin/env bash
# `make bench-startup`: cold start to ready, and RSS at idle. The backend jar on :8090 against a
# database that is up and already migrated (one unmeasured start migrates it first); then S
# times: a new JVM (`java -jar`, no flags), timed from the launch to the first 200 of
# /health/readiness (polled every 50 ms), then left idle for 10 s and its RSS read, then stopped.
# Each line gives the median of the S starts. Writes backend/target/bench-startup.txt.
# Arguments: [starts].
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"
source "$(dirname "$0")/lib.sh"

STARTS="${1:-5}"
PORT=8090
DATABASE=emergency_desk_bench_startup
READY="http://127.0.0.1:$PORT/health/readiness"
out="$REPO_ROOT/backend/target/bench-startup.txt"

cleanup() { stop_detached bench-startup-backend; }
trap cleanup EXIT

"$REPO_ROOT/infra/postgres/ensure.sh" >/dev/null
"$REPO_ROOT/infra/keycloak/keycloak.sh" start >/dev/null
bench_jar bench-startup
fresh_db "$DATABASE"
port_busy "$PORT" && die "port $PORT is taken"

start_detached bench-startup-backend env PORT="$PORT" DATABASE_NAME="$DATABASE" java -jar "$BACKEND_JAR"
wait_http "$READY" 90 "$RUN_DIR/bench-startup-backend.log"
stop_detached bench-startup-backend

ready_ms=(); micronaut_ms=(); rss_mib=()
for ((run = 1; run <= STARTS; run++)); do
  t0=$(date +%s%N)
  start_detached bench-startup-backend env PORT="$PORT" DATABASE_NAME="$DATABASE" java -jar "$BACKEND_JAR"
  until curl -sf -o /dev/null -m 1 "$READY"; do
    (( $(date +%s%N) - t0 < 90000000000 )) || { tail -20 "$RUN_DIR/bench-startup-backend.log" >&2; die "not ready in 90 s"; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  ready_ms+=("$(( (t1 - t0) / 1000000 ))")
  micronaut_ms+=("$(grep -o 'Startup completed in [0-9]*ms' "$RUN_DIR/bench-startup-backend.log" | grep -o '[0-9]*' | tail -1)")
  sleep 10
  rss_mib+=("$(rss_of "$(java_pid_of bench-startup-backend)")")
  stop_detached bench-startup-backend
  say "start $run: ready in ${ready_ms[-1]} ms (Micronaut says ${micronaut_ms[-1]:-?} ms), RSS idle ${rss_mib[-1]} MiB"
done

{
  echo "starts: $STARTS, each a new JVM (java -jar, default flags) against a migrated database"
  echo "launch to /health/readiness 200: median $(printf '%s\n' "${ready_ms[@]}" | median) ms (each: ${ready_ms[*]} ms)"
  echo "Micronaut's own 'Startup completed': median $(printf '%s\n' "${micronaut_ms[@]}" | median) ms (each: ${micronaut_ms[*]} ms)"
  echo "RSS after 10 s idle: median $(printf '%s\n' "${rss_mib[@]}" | median) MiB (each: ${rss_mib[*]} MiB)"
} | tee "$out"
