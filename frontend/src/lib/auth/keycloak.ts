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

let signIn: Promise<AuthSession> | undefined;

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
  signIn ??= keycloak
    .init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false })
    .then((authenticated) => {
      if (!authenticated) throw new Error('Keycloak did not authenticate the user');
      return sessionOf(keycloak);
    });
  return signIn;
}
