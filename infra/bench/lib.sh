# Helpers of the benchmarks of issue 9 (create, queue, breach, startup); sourced after
# infra/local/lib.sh, not run.
BENCH_DIR="$REPO_ROOT/infra/bench"
RUN_DIR="$REPO_ROOT/.run/bench"
export RUN_DIR
mkdir -p "$RUN_DIR" "$REPO_ROOT/backend/target"

# Builds the backend jar (BENCH_SKIP_BUILD=1 keeps an existing one; BENCH_JAR=path benchmarks
# that jar instead) and runs a private copy of it, so a rebuild of backend/target during the run
# cannot pull classes from under the JVM.
bench_jar() {
  local name="$1"
  if [[ -n "${BENCH_JAR:-}" ]]; then
    BACKEND_JAR="$BENCH_JAR"
  elif [[ "${BENCH_SKIP_BUILD:-}" != 1 || ! -f "$BACKEND_JAR" ]]; then
    (cd "$REPO_ROOT/backend" && ./mvnw -B -q -DskipTests package)
  fi
  cp "$BACKEND_JAR" "$RUN_DIR/$name.jar"
  BACKEND_JAR="$RUN_DIR/$name.jar"
}

fresh_db() {
  psql -q -X -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null 2>&1
}

sql_in() {
  local database="$1"; shift
  psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$database" "$@"
}

# An access token of a demo user (password = user name) from the local Keycloak.
token_of() {
  curl -sf -d grant_type=password -d client_id=emergency-desk-cli -d username="$1" -d password="$1" \
    http://127.0.0.1:8180/realms/emergency-desk/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# Numbers on stdin (one a line) → "p50 … p90 … p99 … max …" with a unit (nearest rank).
percentiles() {
  local unit="${1:-ms}" format="${2:-%.1f}"
  sort -g | awk -v u="$unit" -v f="$format" '
    { v[NR] = $1 }
    function rank(p,  r) { r = int(p / 100 * NR); if (r < p / 100 * NR) r++; if (r < 1) r = 1; return v[r] }
    END {
      if (NR == 0) { print "no samples"; exit }
      printf "p50 " f " %s, p90 " f " %s, p99 " f " %s, max " f " %s (n = %d)\n", rank(50), u, rank(90), u, rank(99), u, v[NR], u, NR
    }'
}

# The median of numbers on stdin.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

rss_of() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status"; }

# The pid of the java process start_detached began under a name (setsid: it leads its group).
java_pid_of() { cat "$RUN_DIR/$1.pid"; }
