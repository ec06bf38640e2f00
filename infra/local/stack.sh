#!/usr/bin/env bash
# The whole product on this machine: PostgreSQL, Keycloak, backend (:8080), SPA (:5173).
#   up    build and start everything in the background (logs and pids in .run/)
#   down  stop what `up` started, and nothing else
#   run   up, then wait; Ctrl-C stops everything
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BACKEND_PORT="${BACKEND_PORT:-8080}"
FRONTEND_PORT="${FRONTEND_PORT:-5173}"

up() {
  "$REPO_ROOT/infra/postgres/ensure.sh"
  "$REPO_ROOT/infra/keycloak/keycloak.sh" start
  say "starting GreenMail (SMTP :3025) to catch e-mail ..."
  "$REPO_ROOT/infra/mail/greenmail.sh" start
  say "building the backend ..."
  (cd "$REPO_ROOT/backend" && ./mvnw -B -q package -DskipTests)
  say "building the SPA ..."
  frontend_deps
  (cd "$REPO_ROOT/frontend" && npm run --silent build >/dev/null)
  say "starting the backend on :$BACKEND_PORT ..."
  start_backend backend "$BACKEND_PORT" "${DATABASE_NAME:-emergency_desk}"
  say "starting the SPA on :$FRONTEND_PORT ..."
  start_frontend frontend "$FRONTEND_PORT" "$BACKEND_PORT"
  cat <<TXT

  Emergency Desk is running.
    SPA        http://127.0.0.1:$FRONTEND_PORT
    API        http://127.0.0.1:$BACKEND_PORT/api/v1   (health: /health)
    Keycloak   http://127.0.0.1:8180   (admin console: admin / admin)
    Mail       every e-mail sent is caught by GreenMail: http://127.0.0.1:8025
               (e.g. curl http://127.0.0.1:8025/api/user/lead@emergency-desk.local/messages/INBOX)
    Logs       $RUN_DIR/*.log

  Demo users (password = user name):
    agent       support specialist
    lead        head of support (also agent)
    developer   development department
    wallboard   wallboard screen
  Integration clients (client credentials):
    integration-demo / integration-demo-secret     organisation demo-client
    integration-other / integration-other-secret   organisation other-client

TXT
}

down() {
  stop_detached frontend
  stop_detached backend
  "$REPO_ROOT/infra/mail/greenmail.sh" stop
  "$REPO_ROOT/infra/keycloak/keycloak.sh" stop
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  run)
    trap 'echo; down; exit 0' INT TERM
    up || { down; exit 1; }
    say "press Ctrl-C to stop everything"
    sleep infinity & wait $!
    ;;
  *) echo "usage: $0 up|down|run" >&2; exit 2 ;;
esac
