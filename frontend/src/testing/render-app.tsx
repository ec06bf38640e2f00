import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { ApiClientProvider, createApiClient } from '@/lib/api';
import { AuthSessionContext, type AuthSession } from '@/lib/auth';
import { createI18n, languageStorageKey, type Language } from '@/lib/i18n';
import { TEST_API_BASE_URL } from './fake-api';
import { fakeEventStreams } from './fake-event-stream';
import { memoryStorage } from './memory-storage';

type RenderAppOptions = {
  routes: RouteObject[];
  initialPath?: string;
  fetch?: typeof globalThis.fetch;
  language?: Language;
  session?: Partial<AuthSession>;
  /**
   * The SSE endpoints, apart from the test's `fetch`; by default they never answer, so a page
   * with a live connection renders as it did before it had one.
   */
  streams?: ReturnType<typeof fakeEventStreams>;
};

export const testSession: AuthSession = {
  username: 'agent',
  displayName: 'Анна Агентова',
  roles: ['agent'],
  accessToken: () => Promise.resolve('test-access-token'),
  logout: () => undefined,
};

/** Renders routes with the app's providers, a fake backend and a signed-in user. */
export function renderApp({ routes, initialPath = '/', fetch, language = 'ru', session, streams = fakeEventStreams(undefined, { hold: true }) }: RenderAppOptions) {
  const storage = memoryStorage({ [languageStorageKey]: language });
  const i18n = createI18n(storage);
  const auth: AuthSession = { ...testSession, ...session };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const apiClient = createApiClient({
    baseUrl: TEST_API_BASE_URL,
    accessToken: auth.accessToken,
    fetch: (input, init) =>
      streams.serves(input)
        ? streams.fetch(input, init)
        : (fetch ?? (() => Promise.reject(new Error('no API expected in this test'))))(input, init),
  });
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const wrap = (children: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <AuthSessionContext.Provider value={auth}>
        <ApiClientProvider client={apiClient}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ApiClientProvider>
      </AuthSessionContext.Provider>
    </I18nextProvider>
  );
  return { ...render(wrap(<RouterProvider router={router} />)), router, storage, i18n, queryClient, streams };
}
