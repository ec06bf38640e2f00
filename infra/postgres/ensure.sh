#!/usr/bin/env bash
# Make sure a PostgreSQL server answers at ${PGHOST:-127.0.0.1}:${PGPORT:-5432} (user postgres,
# trust auth) and that the databases ${APP_DB:-emergency_desk} and ${TEST_DB:-emergency_desk_test}
# exist (owned by postgres). Idempotent; silent when everything is already in place.
#
# Order: running server -> start an existing Debian cluster -> (root only) apt-get install
# postgresql, start it and trust local connections -> otherwise explain and exit 1.
set -euo pipefail

HOST="${PGHOST:-127.0.0.1}"
PORT="${PGPORT:-5432}"
APP_DB="${APP_DB:-emergency_desk}"
TEST_DB="${TEST_DB:-emergency_desk_test}"
# connect as postgres to the maintenance db, whatever the caller's PGUSER/PGDATABASE say
export PGUSER=postgres PGDATABASE=postgres PGCONNECT_TIMEOUT=5
unset PGPASSWORD 2>/dev/null || true

log() { echo "[postgres] $*" >&2; }
die() { echo "[postgres] ERROR: $*" >&2; exit 1; }
is_root() { [[ "$(id -u)" -eq 0 ]]; }

apt_install() {
  log "installing $* (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "$@" >/dev/null
}

ready() { pg_isready -q -h "$HOST" -p "$PORT" >/dev/null 2>&1; }

wait_ready() {
  local i
  for i in $(seq 1 30); do
    ready && return 0
    sleep 1
  done
  die "PostgreSQL did not become ready at $HOST:$PORT within 30s"
}

# "<version> <cluster>" of the cluster listening on $PORT, else of the first cluster; empty if none
pick_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  local by_port first
  by_port="$(pg_lsclusters -h 2>/dev/null | awk -v p="$PORT" '$3 == p {print $1, $2; exit}')"
  first="$(pg_lsclusters -h 2>/dev/null | awk 'NR == 1 {print $1, $2}')"
  echo "${by_port:-$first}"
}

start_cluster() {
  local ver="$1" name="$2"
  log "starting Debian cluster $ver/$name ..."
  pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start \
    || die "could not start cluster $ver/$name (see /var/log/postgresql/postgresql-$ver-$name.log)"
}

# Put trust rules for local socket and loopback TCP at the top of pg_hba.conf (first match wins).
trust_local() {
  local ver="$1" name="$2" hba
  hba="$(pg_conftool -s "$ver" "$name" show hba_file 2>/dev/null || true)"
  hba="${hba:-/etc/postgresql/$ver/$name/pg_hba.conf}"
  [[ -f "$hba" ]] || die "pg_hba.conf not found for cluster $ver/$name"
  if grep -q '^# emergency-desk: trust local connections' "$hba"; then
    return 0
  fi
  log "trusting local and loopback connections in $hba"
  local tmp
  tmp="$(mktemp)"
  {
    echo '# emergency-desk: trust local connections (development machine only)'
    echo 'local   all   all                  trust'
    echo 'host    all   all   127.0.0.1/32   trust'
    echo 'host    all   all   ::1/128        trust'
    echo
    cat "$hba"
  } >"$tmp"
  cat "$tmp" >"$hba"   # keep owner and mode of the original file
  rm -f "$tmp"
  pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" reload
}

# --- client tools -----------------------------------------------------------------------------
if ! command -v pg_isready >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
  if is_root; then
    apt_install postgresql-client
  else
    die "pg_isready/psql not found: install the PostgreSQL client (sudo apt-get install -y postgresql-client)"
  fi
fi

# --- server -----------------------------------------------------------------------------------
if ! ready; then
  cluster="$(pick_cluster)"
  if [[ -n "$cluster" ]]; then
    # shellcheck disable=SC2086
    start_cluster $cluster
    wait_ready
  elif is_root; then
    apt_install postgresql
    cluster="$(pick_cluster)"
    [[ -n "$cluster" ]] || die "postgresql installed but no cluster exists (try: pg_createcluster 15 main)"
    read -r ver name <<<"$cluster"
    if ! pg_lsclusters -h | awk -v v="$ver" -v n="$name" '$1 == v && $2 == n && $4 == "online" {f=1} END {exit !f}'; then
      start_cluster "$ver" "$name"
    fi
    trust_local "$ver" "$name"
    wait_ready
  else
    die "no PostgreSQL at $HOST:$PORT and no local cluster. Either start one (user postgres, trust auth)
  or, as root: apt-get install -y postgresql && pg_ctlcluster --skip-systemctl-redirect <version> main start
  (then set 'trust' for local/127.0.0.1/::1 in /etc/postgresql/<version>/main/pg_hba.conf and reload)."
  fi
fi

psql_q() { psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -tA "$@"; }

psql_q -c 'select 1' >/dev/null 2>&1 \
  || die "server at $HOST:$PORT answers but 'psql -U postgres' cannot connect (needs trust auth for user postgres)"

# --- databases --------------------------------------------------------------------------------
for db in "$APP_DB" "$TEST_DB"; do
  [[ "$db" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "invalid database name: $db"
  if [[ "$(psql_q -c "select 1 from pg_database where datname = '$db'")" != "1" ]]; then
    log "creating database $db"
    psql_q -c "create database \"$db\" owner postgres" >/dev/null
  fi
done
