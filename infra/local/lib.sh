# Shared helpers of the local scripts (sourced, not run).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
export RUN_DIR
BACKEND_JAR="$REPO_ROOT/backend/target/emergency-desk-backend-0.1.0-SNAPSHOT.jar"

say() { echo "[$(basename "$0" .sh)] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# Wait until a URL answers 2xx, or fail with the tail of a log.
wait_http() {
  local url="$1" seconds="$2" log="${3:-}" i
  for ((i = 0; i < seconds * 2; i++)); do
    if curl -sf -o /dev/null -m 2 "$url"; then return 0; fi
    sleep 0.5
  done
  [[ -n "$log" && -f "$log" ]] && tail -n 40 "$log" >&2
  die "$url did not answer within ${seconds}s"
}

# Start a command detached, with its pid and log under $RUN_DIR/<name>.{pid,log}.
start_detached() {
  local name="$1"; shift
  mkdir -p "$RUN_DIR"
  setsid nohup "$@" >"$RUN_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

# Stop what start_detached started (its whole process group), if it still runs.
stop_detached() {
  local name="$1" pid i
  local pid_file="$RUN_DIR/$name.pid"
  [[ -f "$pid_file" ]] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

port_busy() { (echo >"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1; }

frontend_deps() {
  if [[ ! -d "$REPO_ROOT/frontend/node_modules" || "$REPO_ROOT/frontend/package-lock.json" -nt "$REPO_ROOT/frontend/node_modules/.package-lock.json" ]]; then
    say "installing frontend dependencies (npm ci) ..."
    (cd "$REPO_ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Start the backend jar against a database, on a port; waits for its health.
start_backend() {
  local name="$1" port="$2" database="$3"
  port_busy "$port" && die "port $port is taken: is another backend running? (make down)"
  start_detached "$name" env PORT="$port" DATABASE_NAME="$database" java -jar "$BACKEND_JAR"
  wait_http "http://127.0.0.1:$port/health" 90 "$RUN_DIR/$name.log"
}

# Serve the production build of the SPA, proxying /api to a backend.
start_frontend() {
  local name="$1" port="$2" api_port="$3"
  port_busy "$port" && die "port $port is taken: is another frontend running? (make down)"
  start_detached "$name" env -C "$REPO_ROOT/frontend" API_PROXY_TARGET="http://127.0.0.1:$api_port" \
    "$REPO_ROOT/frontend/node_modules/.bin/vite" preview --host 127.0.0.1 --port "$port" --strictPort
  wait_http "http://127.0.0.1:$port/" 60 "$RUN_DIR/$name.log"
}
