#!/usr/bin/env bash
# Every test of the project, as `make test` runs it:
#   1.  the contract lint (Redocly) and the deployment checks (Dockerfiles, compose, k8s:
#       infra/deploy/validate.sh)
#   2.  frontend typecheck + Vitest
#   3.  backend unit + HTTP tests against the real PostgreSQL and Keycloak
#   4.  the backend jar on a fresh e2e database; the Java client's unit tests and
#       ThirdPartySystemIT against it
#   4b. the fault tests (infra/faults/run.sh, 2-4 minutes): kill -9 of a backend, a PostgreSQL
#       restart and Keycloak unreachable, under a create load; on their own backends (:8091,
#       :8092), a private PostgreSQL cluster (:5544) and a proxy to Keycloak (:18180)
#   5.  the SPA build, and Playwright in Chromium
# It starts what it needs and stops only what it started. The e2e stack uses its own ports
# (backend :8081, SPA :5174) and database, so it does not disturb a running `make up`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

E2E_BACKEND_PORT=8081
E2E_FRONTEND_PORT=5174
E2E_DATABASE=emergency_desk_e2e
RUN_DIR="$RUN_DIR/test"
export RUN_DIR
mkdir -p "$RUN_DIR"

started_keycloak=""
cleanup() {
  stop_detached e2e-frontend
  stop_detached e2e-backend
  if [[ -n "$started_keycloak" ]]; then "$REPO_ROOT/infra/keycloak/keycloak.sh" stop; fi
}
trap cleanup EXIT

"$REPO_ROOT/infra/postgres/ensure.sh"
if [[ ! -f "$RUN_DIR/keycloak.pid" ]] && ! curl -sf -o /dev/null http://127.0.0.1:8180/realms/emergency-desk/.well-known/openid-configuration; then
  started_keycloak=yes
fi
# Keycloak starts in the background while the frontend checks run.
"$REPO_ROOT/infra/keycloak/keycloak.sh" start &
keycloak_job=$!

say "1/5 contract lint and deployment checks, 2/5 frontend typecheck and unit tests"
"$REPO_ROOT/infra/deploy/validate.sh"
frontend_deps
(cd "$REPO_ROOT/frontend" && npm run --silent lint:api && npm run --silent typecheck && npm test --silent)

wait "$keycloak_job" || die "Keycloak did not start (see $RUN_DIR/keycloak.log)"

say "3/5 backend unit and integration tests (PostgreSQL database emergency_desk_test, Keycloak :8180)"
(cd "$REPO_ROOT/backend" && ./mvnw -B package)

say "4/5 the Java client for third parties: unit tests, then ThirdPartySystemIT against the e2e backend on :$E2E_BACKEND_PORT"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $E2E_DATABASE WITH (FORCE)" \
  -c "CREATE DATABASE $E2E_DATABASE" >/dev/null
# the client's test receives webhooks on 127.0.0.1, which a production backend refuses
WEBHOOKS_ALLOW_LOOPBACK=true start_backend e2e-backend "$E2E_BACKEND_PORT" "$E2E_DATABASE"
"$REPO_ROOT/backend/mvnw" -B -q -f "$REPO_ROOT/clients/java/pom.xml" verify -Ddesk.baseUrl="http://127.0.0.1:$E2E_BACKEND_PORT"

say "4b/5 fault tests: kill -9 of a backend, a PostgreSQL restart, Keycloak unreachable (infra/faults/run.sh)"
"$REPO_ROOT/infra/faults/run.sh"

say "5/5 end-to-end tests in headless Chromium"
(cd "$REPO_ROOT/frontend" && npm run --silent build >/dev/null)
start_frontend e2e-frontend "$E2E_FRONTEND_PORT" "$E2E_BACKEND_PORT"
(cd "$REPO_ROOT/frontend" && E2E_BASE_URL="http://127.0.0.1:$E2E_FRONTEND_PORT" npm run --silent e2e)

say "all tests passed"
