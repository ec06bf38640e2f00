#!/usr/bin/env bash
# Offline checks of everything that deploys Emergency Desk (no Docker engine, no cluster):
#   1. the Dockerfiles: Docker's language-service lint plus the images' own rules
#   2. the SPA image's start-up script (runtime settings) and nginx template
#   3. infra/compose.yaml: Debian's docker-compose resolves it, dclint checks it against the
#      compose-spec schema, infra/.env.example covers its variables
#   4. the CI workflow (.github/workflows/images.yml) against the workflow schema
#   5. the Kubernetes overlays: rendered by `kubectl kustomize`, every object validated against
#      the Kubernetes schemas (built-in kinds) or schemas/ (CloudNativePG, Keycloak Operator),
#      the realm import checked against infra/keycloak/realm-emergency-desk.json
# Each checker also runs a self-test on broken inputs, so a checker that passes everything fails.
# Needs: node + npm (node modules installed here with `npm ci`, then offline), kubectl with
# kustomize v4+, docker-compose (Debian package). `make test-deploy` runs it; so does step 1 of
# infra/local/test.sh.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"
say() { echo "[validate] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# ---- tools ------------------------------------------------------------------------------------
missing=()
command -v node >/dev/null 2>&1 || missing+=("node (Debian: nodejs)")
command -v npm >/dev/null 2>&1 || missing+=("npm (Debian: npm)")
command -v docker-compose >/dev/null 2>&1 || missing+=("docker-compose (Debian: apt-get install --no-install-recommends docker-compose)")
command -v kubectl >/dev/null 2>&1 || missing+=("kubectl with kustomize v4 or later (Kubernetes' own package; Debian's kubernetes-client is too old)")
((${#missing[@]} == 0)) || die "missing tools: ${missing[*]}"
kustomize_version="$(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\).*/\1/p')"
[[ -n "$kustomize_version" && "$kustomize_version" -ge 4 ]] \
  || die "kubectl's kustomize is ${kustomize_version:-missing}; the overlays need v4 or later (kubectl 1.21+)"

if [[ ! -d "$HERE/node_modules" || "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]]; then
  say "installing the checkers (npm ci in infra/deploy) ..."
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
checks=0
pass() { checks=$((checks + 1)); say "ok: $*"; }

cd "$REPO_ROOT"

# ---- 1. Dockerfiles ---------------------------------------------------------------------------
node "$HERE/lint-dockerfiles.mjs" --self-test >/dev/null
node "$HERE/lint-dockerfiles.mjs" backend/Dockerfile frontend/Dockerfile >/dev/null
pass "Dockerfiles (backend, frontend) lint clean"

# ---- 2. the SPA image's start-up script and nginx template ------------------------------------
runtime_config=frontend/docker/40-desk-runtime-config.sh
mkdir -p "$WORK/spa/assets" "$WORK/html"
printf 'const e={VITE_KEYCLOAK_URL:`__DESK_KEYCLOAK_URL__`,VITE_KEYCLOAK_REALM:`__DESK_KEYCLOAK_REALM__`,VITE_KEYCLOAK_CLIENT_ID:`__DESK_KEYCLOAK_CLIENT_ID__`,VITE_API_BASE_URL:`__DESK_API_BASE_URL__`};\n' \
  >"$WORK/spa/assets/index-abc123.js"
echo '<!doctype html><script src="/assets/index-abc123.js"></script>' >"$WORK/spa/index.html"
spa_env=(DESK_SPA_SOURCE="$WORK/spa" DESK_SPA_ROOT="$WORK/html")
env "${spa_env[@]}" DESK_KEYCLOAK_URL=https://auth.example.com/ sh "$runtime_config" >/dev/null
grep -q 'VITE_KEYCLOAK_URL:`https://auth.example.com`,VITE_KEYCLOAK_REALM:`emergency-desk`,VITE_KEYCLOAK_CLIENT_ID:`emergency-desk-spa`,VITE_API_BASE_URL:``' \
  "$WORK/html/assets/index-abc123.js" || die "$runtime_config did not fill in the settings"
! grep -rq '__DESK_' "$WORK/html" || die "$runtime_config left placeholders behind"
if env "${spa_env[@]}" sh "$runtime_config" >/dev/null 2>&1; then die "$runtime_config accepted a missing DESK_KEYCLOAK_URL"; fi
if env "${spa_env[@]}" DESK_KEYCLOAK_URL='https://x`+alert(1)+`' sh "$runtime_config" >/dev/null 2>&1; then
  die "$runtime_config accepted a URL that would break out of the JavaScript string"
fi
# the template's ${...} are filled by envsubst from the container's environment: only these
template_vars="$(grep -o '\${[A-Za-z_]*}' frontend/nginx.conf | sort -u | tr '\n' ' ')"
[[ "$template_vars" == '${DESK_BACKEND} ' ]] || die "frontend/nginx.conf uses unexpected template variables: $template_vars"
for directive in 'proxy_buffering off;' 'proxy_read_timeout 3600s;' 'try_files $uri $uri/ /index.html;' 'X-Accel-Buffering'; do
  grep -qF "$directive" frontend/nginx.conf || die "frontend/nginx.conf lacks '$directive' (SSE / SPA fallback)"
done
pass "SPA start-up script fills in and guards the runtime settings; nginx template in shape"

# ---- 3. compose -------------------------------------------------------------------------------
docker-compose --env-file infra/.env.example -f infra/compose.yaml config -q
grep -v '^POSTGRES_PASSWORD=' infra/.env.example >"$WORK/no-secret.env"
if docker-compose --env-file "$WORK/no-secret.env" -f infra/compose.yaml config -q >/dev/null 2>&1; then
  die "infra/compose.yaml starts without POSTGRES_PASSWORD: the required-variable guard is gone"
fi
"$HERE/node_modules/.bin/dclint" --config "$HERE/dclint.yaml" --color=false infra/compose.yaml >"$WORK/dclint.log" 2>&1 \
  || { cat "$WORK/dclint.log" >&2; die "dclint: infra/compose.yaml breaks the compose spec or a rule"; }
compose_vars="$(grep -o '\${[A-Z_][A-Z0-9_]*' infra/compose.yaml | cut -c3- | sort -u)"
for variable in $compose_vars; do
  grep -q "^$variable=" infra/.env.example || die "infra/compose.yaml uses \${$variable}, which infra/.env.example does not list"
done
sed 's/healthcheck:/healthchek:/' infra/compose.yaml >"$WORK/broken-compose.yaml"
if "$HERE/node_modules/.bin/dclint" --config "$HERE/dclint.yaml" "$WORK/broken-compose.yaml" >/dev/null 2>&1; then
  die "dclint accepted a compose file with an unknown service key"
fi
pass "infra/compose.yaml resolves (docker-compose), matches the compose-spec schema (dclint), .env.example complete"

# ---- 4. CI workflow ---------------------------------------------------------------------------
"$HERE/node_modules/.bin/action-validator" .github/workflows/images.yml 2>"$WORK/action.log" >/dev/null \
  || { cat "$WORK/action.log" >&2; die ".github/workflows/images.yml is not a valid workflow"; }
sed 's/runs-on:/runs-onn:/' .github/workflows/images.yml >"$WORK/broken-workflow.yml"
if "$HERE/node_modules/.bin/action-validator" "$WORK/broken-workflow.yml" >/dev/null 2>&1; then
  die "the workflow validator accepted a job without runs-on"
fi
pass ".github/workflows/images.yml matches the workflow schema"

# ---- 5. Kubernetes ----------------------------------------------------------------------------
node "$HERE/render-realm-import.mjs" --check
rendered=()
for overlay in infra/k8s/overlays/*/; do
  name="$(basename "$overlay")"
  kubectl kustomize "$overlay" >"$WORK/$name.yaml" || die "kubectl kustomize $overlay failed"
  rendered+=("$name=$WORK/$name.yaml")
done
((${#rendered[@]} > 0)) || die "no overlays under infra/k8s/overlays"
node "$HERE/validate-manifests.mjs" "${rendered[@]}"
node "$HERE/validate-manifests.mjs" --self-test "${rendered[0]#*=}" >/dev/null
pass "Kubernetes overlays (${#rendered[@]}) render and validate; the realm import matches the realm file"

say "all $checks groups of deployment checks passed"
