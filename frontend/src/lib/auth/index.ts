export { AuthProvider } from './auth-provider';
export { AuthSessionContext, useAuth, type AuthSession } from './auth-session';
