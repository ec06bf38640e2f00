import { describe, expect, it, vi } from 'vitest';
import { fakeApi, TEST_API_BASE_URL } from '@/testing/fake-api';
import { createApiClient } from './client';

describe('createApiClient', () => {
  it('asks for a fresh token before every request and sends it as a bearer token', async () => {
    const api = fakeApi(() => ({ status: 200, body: { items: [] } }));
    const tokens = ['first-token', 'refreshed-token'];
    const accessToken = vi.fn(() => Promise.resolve(tokens.shift()));
    const client = createApiClient({ baseUrl: TEST_API_BASE_URL, accessToken, fetch: api.fetch });

    await client.GET('/api/v1/tickets');
    await client.GET('/api/v1/tickets');

    expect(accessToken).toHaveBeenCalledTimes(2);
    expect(api.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer first-token',
      'Bearer refreshed-token',
    ]);
  });

  it('sends no request when no token can be had', async () => {
    const api = fakeApi(() => ({ status: 200, body: { items: [] } }));
    const client = createApiClient({
      baseUrl: TEST_API_BASE_URL,
      accessToken: () => Promise.reject(new Error('session expired')),
      fetch: api.fetch,
    });

    await expect(client.GET('/api/v1/tickets')).rejects.toThrow('session expired');
    expect(api.requests).toHaveLength(0);
  });
});
