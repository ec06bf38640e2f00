import { createContext, useContext } from 'react';
import type { AccessTokenSource } from '@/lib/api/client';

/** What the rest of the app may know about the signed-in user; tokens stay inside lib/. */
export type AuthSession = {
  username: string;
  displayName: string;
  /** Realm roles from the access token (`agent`, `lead`, …); the server checks them again. */
  roles: readonly string[];
  accessToken: AccessTokenSource;
  logout: () => void;
};

export const AuthSessionContext = createContext<AuthSession | null>(null);

export function useAuth(): AuthSession {
  const session = useContext(AuthSessionContext);
  if (!session) throw new Error('useAuth must be used inside <AuthProvider>');
  return session;
}

export function hasRole(session: Pick<AuthSession, 'roles'>, role: string): boolean {
  return session.roles.includes(role);
}
