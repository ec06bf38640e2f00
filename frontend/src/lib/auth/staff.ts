import { hasRole, type AuthSession } from './auth-session';

// People who work tickets in the SPA; a `wallboard` screen or an `integration` client is none of them.
const staffRoles = ['agent', 'lead', 'developer'] as const;

export function isStaff(session: Pick<AuthSession, 'roles'>): boolean {
  return staffRoles.some((role) => hasRole(session, role));
}

/** A support-room screen signed in as `wallboard`: it has nothing to do but show the wallboard. */
export function isWallboardOnly(session: Pick<AuthSession, 'roles'>): boolean {
  return hasRole(session, 'wallboard') && !isStaff(session);
}
