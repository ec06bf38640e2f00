import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/schema';

export type ApiClient = Client<paths>;

/** Supplies a valid access token, refreshing it first when it is about to expire. */
export type AccessTokenSource = () => Promise<string | undefined>;

type ApiClientOptions = {
  baseUrl: string;
  accessToken: AccessTokenSource;
  fetch?: typeof globalThis.fetch;
};

export function bearerTokenMiddleware(accessToken: AccessTokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const token = await accessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

export function createApiClient({ baseUrl, accessToken, fetch }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
  });
  client.use(bearerTokenMiddleware(accessToken));
  return client;
}
