#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts: copies the built SPA into the served
# directory with the placeholders baked in at build time replaced by this container's settings.
# The SPA reads its settings from the bundle (import.meta.env), so this is where they go.
set -eu

# overridable for the deployment checks (infra/deploy/validate.sh), fixed in the image
src="${DESK_SPA_SOURCE:-/usr/share/emergency-desk/spa}"
dst="${DESK_SPA_ROOT:-/usr/share/nginx/html}"

fail() { echo "$0: $*" >&2; exit 1; }

# The values end up inside JavaScript string literals: allow only what URLs and ids need.
allowed() {
  name="$1" value="$2" pattern="$3"
  printf '%s' "$value" | grep -Eq "$pattern" || fail "$name='$value' is not allowed (expected $pattern)"
}

strip_slashes() {
  value="$1"
  while [ "${value%/}" != "$value" ]; do value="${value%/}"; done
  printf '%s' "$value"
}

keycloak_url="$(strip_slashes "${DESK_KEYCLOAK_URL:-}")"
realm="${DESK_KEYCLOAK_REALM:-emergency-desk}"
client_id="${DESK_KEYCLOAK_CLIENT_ID:-emergency-desk-spa}"
api_base_url="$(strip_slashes "${DESK_API_BASE_URL:-}")"

[ -d "$src" ] || fail "the built SPA is missing at $src"
if grep -rqs "__DESK_KEYCLOAK_URL__" "$src"; then
  [ -n "$keycloak_url" ] || fail "DESK_KEYCLOAK_URL is not set: Keycloak's URL as the browser reaches it, e.g. https://auth.example.com"
fi
url_pattern='^https?://[A-Za-z0-9.:_~%/-]+$'
[ -z "$keycloak_url" ] || allowed DESK_KEYCLOAK_URL "$keycloak_url" "$url_pattern"
[ -z "$api_base_url" ] || allowed DESK_API_BASE_URL "$api_base_url" "$url_pattern"
allowed DESK_KEYCLOAK_REALM "$realm" '^[A-Za-z0-9._-]+$'
allowed DESK_KEYCLOAK_CLIENT_ID "$client_id" '^[A-Za-z0-9._-]+$'

# A fresh copy at every start, so a changed setting takes effect on restart.
find "$dst" -mindepth 1 -delete
cp -R "$src"/. "$dst"/
find "$dst" -type f \( -name '*.js' -o -name '*.html' \) -exec sed -i \
  -e "s|__DESK_KEYCLOAK_URL__|$keycloak_url|g" \
  -e "s|__DESK_KEYCLOAK_REALM__|$realm|g" \
  -e "s|__DESK_KEYCLOAK_CLIENT_ID__|$client_id|g" \
  -e "s|__DESK_API_BASE_URL__|$api_base_url|g" {} +

echo "$0: SPA configured for Keycloak ${keycloak_url:-(built in)} realm $realm client $client_id, API ${api_base_url:-same origin}"
