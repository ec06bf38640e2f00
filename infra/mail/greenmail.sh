#!/usr/bin/env bash
# A local GreenMail (SMTP 127.0.0.1:3025, IMAP 3143, REST API and web page 8025) that catches
# every e-mail the backend sends during `make run`. Fetched from Maven Central once and cached.
#   start | stop
set -euo pipefail
VERSION=2.1.3
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE_DIR="${EMERGENCY_DESK_CACHE:-$HOME/.cache/emergency-desk}"
JAR="$CACHE_DIR/greenmail-standalone-$VERSION.jar"
source "$REPO_ROOT/infra/local/lib.sh"

install() {
  [[ -f "$JAR" ]] && return 0
  mkdir -p "$CACHE_DIR"
  local mvn_cmd=(mvn) dir
  dir="$(mktemp -d)"
  command -v mvn >/dev/null 2>&1 || { mvn_cmd=("$REPO_ROOT/backend/mvnw"); dir="$REPO_ROOT/backend"; }
  say "downloading com.icegreen:greenmail-standalone:$VERSION via Maven ..."
  (cd "$dir" && "${mvn_cmd[@]}" -q -B -N dependency:copy "-Dartifact=com.icegreen:greenmail-standalone:$VERSION" \
      "-DoutputDirectory=$CACHE_DIR")
}

case "${1:-}" in
  start)
    install
    if port_busy 3025; then say "something already listens on 3025: using it"; exit 0; fi
    start_detached greenmail java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap \
      -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
      -Dgreenmail.api.port=8025 -Dgreenmail.api.hostname=127.0.0.1 -jar "$JAR"
    for _ in $(seq 1 60); do port_busy 3025 && exit 0; sleep 0.5; done
    die "GreenMail did not open 127.0.0.1:3025 (see $RUN_DIR/greenmail.log)"
    ;;
  stop) stop_detached greenmail ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
