import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { env } from '@/config/env';
import { ApiClientProvider, createApiClient } from '@/lib/api';
import { AuthProvider, useAuth } from '@/lib/auth';

function AuthorizedApiClient({ children }: { children: ReactNode }) {
  const { accessToken } = useAuth();
  const [client] = useState(() => createApiClient({ baseUrl: env.apiBaseUrl, accessToken }));
  return <ApiClientProvider client={client}>{children}</ApiClientProvider>;
}

export function AppProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }),
  );
  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider>
        <AuthorizedApiClient>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </AuthorizedApiClient>
      </AuthProvider>
    </I18nextProvider>
  );
}
