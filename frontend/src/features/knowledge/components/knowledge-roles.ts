import { hasRole, type AuthSession } from '@/lib/auth';

/** Agents and leads write articles and get suggestions; developers only search and read. */
export function mayWriteKnowledge(session: Pick<AuthSession, 'roles'>): boolean {
  return hasRole(session, 'agent') || hasRole(session, 'lead');
}
