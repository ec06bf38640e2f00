#!/usr/bin/env bash
# Local Keycloak for Emergency Desk (no Docker): install | start | stop | wait | status
#
# The distribution comes from Maven (org.keycloak:keycloak-quarkus-dist, so Maven mirrors apply)
# and is unpacked once into ${EMERGENCY_DESK_CACHE:-$HOME/.cache/emergency-desk}.
# Realm: infra/keycloak/realm-emergency-desk.json, imported on start; when the file changes the
# dev database (data/h2) is dropped so the realm is imported again.
#
# Environment:
#   KEYCLOAK_PORT             HTTP port (default 8180), bound to 127.0.0.1
#   KEYCLOAK_MANAGEMENT_PORT  management/health port (default 9190)
#   KEYCLOAK_WAIT_SECONDS     readiness timeout (default 240)
#   RUN_DIR                   pid + log directory (default <repo>/.run)
#   EMERGENCY_DESK_CACHE      cache for the distribution (default ~/.cache/emergency-desk)
#   JAVA_HOME                 optional; Java 17+ (kc.sh uses $JAVA_HOME/bin/java, else `java`)
set -euo pipefail

KC_VERSION="26.7.3"
REALM="emergency-desk"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
REALM_FILE="$SCRIPT_DIR/realm-emergency-desk.json"

PORT="${KEYCLOAK_PORT:-8180}"
MGMT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9190}"
WAIT_SECONDS="${KEYCLOAK_WAIT_SECONDS:-240}"
RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
CACHE_DIR="${EMERGENCY_DESK_CACHE:-$HOME/.cache/emergency-desk}"
DIST="$CACHE_DIR/keycloak-$KC_VERSION"
BUILD_MARKER="$DIST/.emergency-desk-built"
HASH_FILE="$DIST/data/emergency-desk-realm.sha256"
PID_FILE="$RUN_DIR/keycloak.pid"
LOG_FILE="$RUN_DIR/keycloak.log"
BASE_URL="http://127.0.0.1:$PORT"
DISCOVERY_URL="$BASE_URL/realms/$REALM/.well-known/openid-configuration"

log() { echo "[keycloak] $*" >&2; }
die() { echo "[keycloak] ERROR: $*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not installed"; }

is_ready() {
  local code
  code="$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$DISCOVERY_URL" 2>/dev/null || true)"
  [[ "$code" == "200" ]]
}

# pid from the pid file if that process is alive and is a Keycloak java/kc.sh; empty otherwise
running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE" || true)"
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qi keycloak; then
    echo "$pid"
  fi
}

cmd_install() {
  need curl; need unzip; need sha256sum
  if [[ -f "$BUILD_MARKER" ]]; then
    return 0
  fi
  mkdir -p "$CACHE_DIR"
  exec 9>"$CACHE_DIR/.keycloak-install.lock"
  flock 9
  if [[ -f "$BUILD_MARKER" ]]; then   # another caller finished while we waited
    return 0
  fi
  local zip="$CACHE_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -f "$zip" ]]; then
    # the machine's Maven if any, else the project's wrapper (which fetches Maven from Central)
    local mvn_cmd="mvn" mvn_dir=""
    if ! command -v mvn >/dev/null 2>&1; then
      mvn_cmd="./mvnw"; mvn_dir="$REPO_ROOT/backend"
    fi
    log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip via Maven ..."
    local tmp
    tmp="$(mktemp -d)"
    # run outside any project so no pom.xml is picked up
    (cd "${mvn_dir:-$tmp}" && "$mvn_cmd" -q -B -N dependency:copy \
        "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        "-DoutputDirectory=$tmp/out") || { rm -rf "$tmp"; die "Maven download failed"; }
    mv "$tmp/out/keycloak-quarkus-dist-$KC_VERSION.zip" "$zip.part"
    mv "$zip.part" "$zip"
    rm -rf "$tmp"
  fi
  if [[ ! -x "$DIST/bin/kc.sh" ]]; then
    log "unpacking into $DIST ..."
    local tmpdir="$CACHE_DIR/.unpack.$$"
    rm -rf "$tmpdir" "$DIST"
    mkdir -p "$tmpdir"
    unzip -q "$zip" -d "$tmpdir"
    mv "$tmpdir/keycloak-$KC_VERSION" "$DIST"
    rm -rf "$tmpdir"
  fi
  log "building optimized server (db=dev-file, health enabled) ..."
  "$DIST/bin/kc.sh" build --db=dev-file --health-enabled=true >"$CACHE_DIR/keycloak-build.log" 2>&1 \
    || { tail -n 40 "$CACHE_DIR/keycloak-build.log" >&2; die "kc.sh build failed"; }
  touch "$BUILD_MARKER"
  # the zip is no longer needed once unpacked and built
  rm -f "$zip"
  log "installed Keycloak $KC_VERSION in $DIST"
}

cmd_wait() {
  local deadline=$((SECONDS + WAIT_SECONDS))
  until is_ready; do
    if [[ -f "$PID_FILE" && -z "$(running_pid)" ]]; then
      log "Keycloak process exited before becoming ready; log tail:"
      tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if (( SECONDS >= deadline )); then
      log "not ready after ${WAIT_SECONDS}s ($DISCOVERY_URL); log tail:"
      tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 1
  done
  log "ready: $BASE_URL/realms/$REALM"
}

cmd_start() {
  if is_ready; then
    log "already running at $BASE_URL (realm $REALM answers)"
    if [[ -f "$HASH_FILE" ]] && [[ "$(sha256sum "$REALM_FILE" | cut -d' ' -f1)" != "$(cat "$HASH_FILE")" ]]; then
      log "note: $REALM_FILE changed since the running server imported it; run 'stop' then 'start' to re-import"
    fi
    return 0
  fi
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    log "already starting (pid $pid); waiting for readiness"
    cmd_wait
    return 0
  fi
  rm -f "$PID_FILE"
  cmd_install

  mkdir -p "$RUN_DIR" "$DIST/data/import"
  cp "$REALM_FILE" "$DIST/data/import/realm-emergency-desk.json"
  local hash
  hash="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
  if [[ ! -f "$HASH_FILE" || "$(cat "$HASH_FILE")" != "$hash" ]]; then
    if [[ -d "$DIST/data/h2" ]]; then
      log "realm file changed: dropping the dev database so the realm is re-imported"
    fi
    rm -rf "$DIST/data/h2"
    echo "$hash" >"$HASH_FILE"
  fi

  log "starting Keycloak $KC_VERSION on $BASE_URL (log: $LOG_FILE)"
  : >"$LOG_FILE"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid nohup "$DIST/bin/kc.sh" start --optimized \
      --http-enabled=true \
      --http-host=127.0.0.1 \
      --http-port="$PORT" \
      --http-management-port="$MGMT_PORT" \
      --cache=local \
      --hostname="$BASE_URL" \
      --import-realm \
      </dev/null >>"$LOG_FILE" 2>&1 &
  echo $! >"$PID_FILE"
  local started=$SECONDS
  cmd_wait
  log "started in $((SECONDS - started))s (pid $(cat "$PID_FILE"))"
}

cmd_stop() {
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    log "not running (no live pid file)"
    return 0
  fi
  log "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after 30s, sending KILL"
    # kc.sh runs java as its child; setsid made kc.sh leader of its own process group,
    # so kill that group (only kc.sh and its java) rather than leave java orphaned
    if [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]]; then
      kill -KILL -- "-$pid" 2>/dev/null || true
    else
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 1
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  pid="$(running_pid)"
  if is_ready; then
    echo "keycloak: ready at $BASE_URL/realms/$REALM${pid:+ (pid $pid)}"
  elif [[ -n "$pid" ]]; then
    echo "keycloak: starting (pid $pid), not ready yet"
    return 1
  else
    echo "keycloak: not running"
    return 1
  fi
}

case "${1:-}" in
  install) cmd_install ;;
  start)   cmd_start ;;
  stop)    cmd_stop ;;
  wait)    cmd_wait ;;
  status)  cmd_status ;;
  *) echo "usage: $0 {install|start|stop|wait|status}" >&2; exit 2 ;;
esac
