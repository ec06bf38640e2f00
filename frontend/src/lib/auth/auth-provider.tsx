import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthSessionContext, type AuthSession } from './auth-session';
import { KeycloakUnreachableError, signInWithKeycloak } from './keycloak';

type SignInState =
  | { phase: 'signing-in' }
  | { phase: 'signed-in'; session: AuthSession }
  | { phase: 'failed'; reason: string; unreachable: boolean };

// keycloak-js rejects with an Error, an OAuth error object or nothing at all.
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const { error: code, error_description: description } = error as Record<string, unknown>;
    return [code, description].filter((part) => typeof part === 'string').join(': ');
  }
  return typeof error === 'string' ? error : '';
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SignInState>({ phase: 'signing-in' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    signInWithKeycloak().then(
      (session) => active && setState({ phase: 'signed-in', session }),
      (error: unknown) =>
        active &&
        setState({
          phase: 'failed',
          reason: reasonOf(error),
          unreachable: error instanceof KeycloakUnreachableError,
        }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  if (state.phase === 'signing-in') {
    return <p className="app-status">{t('auth.signingIn')}</p>;
  }
  if (state.phase === 'failed') {
    return (
      <div className="app-status" role="alert">
        <p>{t(state.unreachable ? 'auth.unreachable' : 'auth.failed')}</p>
        <p className="muted">{state.unreachable ? t('auth.unreachableHint') : state.reason}</p>
        <button
          type="button"
          onClick={() => {
            setState({ phase: 'signing-in' });
            setAttempt((n) => n + 1);
          }}
        >
          {t('auth.retry')}
        </button>
      </div>
    );
  }
  return <AuthSessionContext.Provider value={state.session}>{children}</AuthSessionContext.Provider>;
}
