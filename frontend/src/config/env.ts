// The build-time environment, read and checked once; the rest of the app imports `env`.
type Env = {
  keycloakUrl: string;
  keycloakRealm: string;
  keycloakClientId: string;
  apiBaseUrl: string;
};

function nonEmpty(value: string | undefined, fallback: string): string {
  const trimmed = value?.trim();
  return trimmed ? trimmed : fallback;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function parseEnv(source: Record<string, string | undefined>): Env {
  return {
    keycloakUrl: withoutTrailingSlash(nonEmpty(source.VITE_KEYCLOAK_URL, 'http://127.0.0.1:8180')),
    keycloakRealm: nonEmpty(source.VITE_KEYCLOAK_REALM, 'emergency-desk'),
    keycloakClientId: nonEmpty(source.VITE_KEYCLOAK_CLIENT_ID, 'emergency-desk-spa'),
    // Empty means the SPA's own origin (vite preview/dev proxy /api to the backend).
    apiBaseUrl: withoutTrailingSlash(source.VITE_API_BASE_URL?.trim() ?? ''),
  };
}

export const env: Env = parseEnv(import.meta.env as Record<string, string | undefined>);
