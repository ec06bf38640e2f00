import Keycloak from 'keycloak-js';
import { env } from '@/config/env';
import type { AuthSession } from './auth-session';

// Seconds of validity a token must still have before a request; otherwise it is refreshed.
const MIN_TOKEN_VALIDITY_SECONDS = 30;

const keycloak = new Keycloak({
  url: env.keycloakUrl,
  realm: env.keycloakRealm,
  clientId: env.keycloakClientId,
});

// How long the reachability probe waits for Keycloak before calling it unreachable.
const PROBE_TIMEOUT_MS = 5000;

let signIn: Promise<AuthSession> | undefined;

/** Keycloak did not answer: the sign-in page cannot be shown, and redirecting there would strand the user. */
export class KeycloakUnreachableError extends Error {
  constructor(readonly url: string) {
    super(`Keycloak at ${url} does not answer`);
    this.name = 'KeycloakUnreachableError';
  }
}

/**
 * Whether Keycloak answers at all. An opaque (no-cors) request needs no CORS headers: it
 * resolves for any HTTP answer and rejects only when nothing answers.
 */
export async function keycloakAnswers(
  url: string = env.keycloakUrl,
  realm: string = env.keycloakRealm,
  timeoutMs: number = PROBE_TIMEOUT_MS,
): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    await fetch(`${url.replace(/\/$/, '')}/realms/${encodeURIComponent(realm)}/.well-known/openid-configuration`, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: controller.signal,
    });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

// Realm roles travel in the access token (client scope `roles`), not in the ID token.
function realmRolesOf(instance: Keycloak): string[] {
  const roles = instance.tokenParsed?.realm_access?.roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

function sessionOf(instance: Keycloak): AuthSession {
  const claims = (instance.idTokenParsed ?? instance.tokenParsed ?? {}) as Record<string, unknown>;
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : username;
  return {
    username,
    displayName: name,
    roles: realmRolesOf(instance),
    async accessToken() {
      try {
        await instance.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
      } catch {
        if (!(await keycloakAnswers())) {
          // Keycloak is away: the backend keeps its signing keys, so a token still valid goes
          // on working; an expired one cannot be renewed until Keycloak is back.
          if (instance.token && !instance.isTokenExpired(0)) return instance.token;
          throw new KeycloakUnreachableError(env.keycloakUrl);
        }
        // The refresh token is gone too (session ended in Keycloak): sign in again.
        await instance.login();
        throw new Error('The session has expired; signing in again');
      }
      return instance.token;
    },
    logout() {
      void instance.logout({ redirectUri: window.location.origin + '/' });
    },
  };
}

/**
 * Signs the user in (redirecting to Keycloak when needed) exactly once per page load, even when
 * React mounts the provider twice.
 */
export function signInWithKeycloak(): Promise<AuthSession> {
  signIn ??= keycloakAnswers()
    .then((answers) => {
      // Checked first: init would redirect to a sign-in page that cannot load.
      if (!answers) throw new KeycloakUnreachableError(env.keycloakUrl);
      return keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
    })
    .then((authenticated) => {
      if (!authenticated) throw new Error('Keycloak did not authenticate the user');
      return sessionOf(keycloak);
    });
  // A failed attempt is not remembered: "try again" starts afresh.
  signIn.catch(() => {
    signIn = undefined;
  });
  return signIn;
}
