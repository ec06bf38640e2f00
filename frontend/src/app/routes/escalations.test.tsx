import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

describe('the development queue route', () => {
  it.each([['developer'], ['lead'], ['agent']])('shows the queue to a %s', async (role) => {
    const api = fakeApi(() => ({ status: 200, body: { items: [] } }));
    renderApp({ routes, initialPath: '/escalations?severity=HIGH', fetch: api.fetch, session: { roles: [role] } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Очередь разработки' })).toBeInTheDocument();
    expect(await screen.findByText('Эскалаций нет.')).toBeInTheDocument();
    expect(api.requests[0]?.path).toBe('/api/v1/escalations');
    expect(api.requests[0]?.search.get('severity')).toBe('HIGH');
  });

  it('is closed to other users', async () => {
    renderApp({ routes, initialPath: '/escalations', session: { roles: ['integration'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Очередь разработки доступна разработчикам, агентам и руководителю техподдержки.');
  });
});
