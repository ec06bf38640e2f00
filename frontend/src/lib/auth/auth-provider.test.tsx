import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, languageStorageKey } from '@/lib/i18n';
import { memoryStorage } from '@/testing/memory-storage';
import { AuthProvider } from './auth-provider';
import { useAuth } from './auth-session';
import { KeycloakUnreachableError, keycloakAnswers, signInWithKeycloak } from './keycloak';

vi.mock('./keycloak', async (importOriginal) => {
  const original = await importOriginal<typeof import('./keycloak')>();
  return { ...original, signInWithKeycloak: vi.fn() };
});

function Greeting() {
  return <p>{useAuth().displayName}</p>;
}

function renderProvider() {
  const i18n = createI18n(memoryStorage({ [languageStorageKey]: 'ru' }));
  return render(
    <I18nextProvider i18n={i18n}>
      <AuthProvider>
        <Greeting />
      </AuthProvider>
    </I18nextProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(signInWithKeycloak).mockReset();
});

describe('signing in', () => {
  it('says the sign-in server is unreachable and signs in on "try again" once it answers', async () => {
    vi.mocked(signInWithKeycloak)
      .mockRejectedValueOnce(new KeycloakUnreachableError('http://127.0.0.1:8180'))
      .mockResolvedValueOnce({
        username: 'agent',
        displayName: 'Анна Агентова',
        roles: ['agent'],
        accessToken: () => Promise.resolve('token'),
        logout: () => undefined,
      });
    renderProvider();

    expect(await screen.findByRole('alert')).toHaveTextContent('Сервер входа (Keycloak) недоступен.');
    await userEvent.click(screen.getByRole('button', { name: 'Повторить' }));

    expect(await screen.findByText('Анна Агентова')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the reason Keycloak gave for any other failure', async () => {
    vi.mocked(signInWithKeycloak).mockRejectedValueOnce({ error: 'invalid_client', error_description: 'unknown client' });
    renderProvider();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось войти в систему.');
    expect(alert).toHaveTextContent('invalid_client: unknown client');
  });
});

describe('the Keycloak probe', () => {
  it('counts any answer as reachable and a network failure as not', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await keycloakAnswers('http://kc.example/', 'desk')).toBe(true);
    expect(fetch).toHaveBeenCalledWith(
      'http://kc.example/realms/desk/.well-known/openid-configuration',
      expect.objectContaining({ mode: 'no-cors' }),
    );

    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await keycloakAnswers('http://kc.example', 'desk')).toBe(false);
  });

  it('gives up on a Keycloak that does not answer in time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })),
    );
    expect(await keycloakAnswers('http://kc.example', 'desk', 20)).toBe(false);
  });
});
