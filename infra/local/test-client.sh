#!/usr/bin/env bash
# The Java client for third parties (clients/java), as `make test-client` runs it: the client is
# generated from the contract and unit-tested, then ThirdPartySystemIT plays an integration
# against a backend with the generated client (token, webhook, idempotent ticket, another
# organisation's 404).
#   DESK_BASE_URL set:  against that backend (it must allow webhooks to loopback:
#                       WEBHOOKS_ALLOW_LOOPBACK=true), with the Keycloak at DESK_TOKEN_URL or :8180
#   otherwise:          builds the backend jar and starts it on :8082 with a fresh database
#                       emergency_desk_client_test; stops only what it started
# `make test` runs the same test against its own end-to-end backend.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CLIENT_BACKEND_PORT=8082
CLIENT_DATABASE=emergency_desk_client_test
RUN_DIR="$RUN_DIR/test-client"
export RUN_DIR
mkdir -p "$RUN_DIR"

started_keycloak=""
cleanup() {
  stop_detached client-backend
  if [[ -n "$started_keycloak" ]]; then "$REPO_ROOT/infra/keycloak/keycloak.sh" stop; fi
}
trap cleanup EXIT

base_url="${DESK_BASE_URL:-}"
if [[ -z "$base_url" ]]; then
  "$REPO_ROOT/infra/postgres/ensure.sh"
  if [[ ! -f "$RUN_DIR/keycloak.pid" ]] && ! curl -sf -o /dev/null http://127.0.0.1:8180/realms/emergency-desk/.well-known/openid-configuration; then
    started_keycloak=yes
  fi
  "$REPO_ROOT/infra/keycloak/keycloak.sh" start
  say "building the backend ..."
  (cd "$REPO_ROOT/backend" && ./mvnw -B -q package -DskipTests)
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $CLIENT_DATABASE WITH (FORCE)" \
    -c "CREATE DATABASE $CLIENT_DATABASE" >/dev/null
  say "starting the backend on :$CLIENT_BACKEND_PORT (database $CLIENT_DATABASE) ..."
  WEBHOOKS_ALLOW_LOOPBACK=true start_backend client-backend "$CLIENT_BACKEND_PORT" "$CLIENT_DATABASE"
  base_url="http://127.0.0.1:$CLIENT_BACKEND_PORT"
fi

say "the Java client: unit tests, then ThirdPartySystemIT against $base_url"
token_url=()
[[ -n "${DESK_TOKEN_URL:-}" ]] && token_url=(-Ddesk.tokenUrl="$DESK_TOKEN_URL")
"$REPO_ROOT/backend/mvnw" -B -q -f "$REPO_ROOT/clients/java/pom.xml" verify -Ddesk.baseUrl="$base_url" "${token_url[@]}"
say "the Java client passed"
