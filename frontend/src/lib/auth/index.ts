export { AuthProvider } from './auth-provider';
export { AuthSessionContext, hasRole, useAuth, type AuthSession } from './auth-session';
export { isStaff, isWallboardOnly } from './staff';
