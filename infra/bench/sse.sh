#!/usr/bin/env bash
# `make bench-sse`: SSE fan-out on one backend instance. Starts the backend jar on :8085 against
# a fresh database, opens N subscribers to /api/v1/stream with a Java harness on this machine,
# commits events at a steady rate and reports commit→receipt latency (p50/p90/p99) over every
# delivery, plus the backend's RSS and heap at idle and with every subscriber connected.
# Writes backend/target/bench-sse.txt. Arguments: [subscribers] [events] [rate/s].
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"

SUBSCRIBERS="${1:-10000}"
EVENTS="${2:-100}"
RATE="${3:-10}"
PORT=8085
DATABASE=emergency_desk_bench
RUN_DIR="$RUN_DIR/bench"
export RUN_DIR
mkdir -p "$RUN_DIR"
out="$REPO_ROOT/backend/target/bench-sse.txt"

cleanup() { stop_detached bench-backend; }
trap cleanup EXIT

"$REPO_ROOT/infra/postgres/ensure.sh" >/dev/null
"$REPO_ROOT/infra/keycloak/keycloak.sh" start >/dev/null
cd "$REPO_ROOT/backend"
./mvnw -B -q -DskipTests package
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null

psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE" >/dev/null
# one caller holds every stream here; the per-caller cap would stop it at ten
LOGGER_LEVELS_ONLINE_PASS24_DESK_STREAM="${STREAM_LOG:-INFO}" STREAM_MAX_PER_CALLER=$((SUBSCRIBERS + 10)) start_backend bench-backend "$PORT" "$DATABASE"
pid="$(pgrep -f -n "java -jar $BACKEND_JAR")"

rss() { awk '/VmRSS/{printf "%.0f MiB", $2/1024}' "/proc/$pid/status"; }
heap() { jcmd "$pid" GC.run >/dev/null 2>&1 || true; jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/{for(i=1;i<=NF;i++) if($i=="used"){print $(i+1); exit}}'; }

sleep 3
idle_rss="$(rss)"; idle_heap="$(heap)"
token="$(curl -sf -d grant_type=password -d client_id=emergency-desk-cli -d username=agent -d password=agent \
  http://127.0.0.1:8180/realms/emergency-desk/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"

say "subscribing $SUBSCRIBERS streams, then $EVENTS events at $RATE/s ..."
# the harness fires its events on our "go", after the memory samples below: their forced GC
# must not land in the latency measurement
rm -f "$RUN_DIR/go" && mkfifo "$RUN_DIR/go"
java -Xss256k -Dbench.await-go=true -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  online.pass24.desk.stream.bench.SseFanOutBenchmark "http://127.0.0.1:$PORT" \
  "jdbc:postgresql://127.0.0.1:5432/$DATABASE" "$token" "$SUBSCRIBERS" "$EVENTS" "$RATE" "$pid" <"$RUN_DIR/go" >"$RUN_DIR/harness.txt" &
harness=$!
exec 3>"$RUN_DIR/go"
# sample the backend while every subscriber is connected
for _ in $(seq 1 240); do grep -q "subscribers connected" "$RUN_DIR/harness.txt" 2>/dev/null && break; sleep 0.5; done
sleep 2
busy_rss="$(rss)"; busy_heap="$(heap)"
sleep 2
echo go >&3
exec 3>&-
wait "$harness"

{
  cat "$RUN_DIR/harness.txt"
  echo "backend RSS: idle $idle_rss, with the subscribers $busy_rss; heap used after GC: idle ${idle_heap:-?}, with the subscribers ${busy_heap:-?}"
} | tee "$out"
