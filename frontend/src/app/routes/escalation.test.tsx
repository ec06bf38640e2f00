import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anEscalation } from '@/features/escalations/testing/escalation-fixture';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

describe('the escalation route', () => {
  it('opens the escalation named in the address, with the ticket link', async () => {
    const escalation = anEscalation();
    const api = fakeApi(() => ({ status: 200, body: escalation, headers: { ETag: '"1"' } }));
    renderApp({ routes, initialPath: `/escalations/${escalation.id}`, fetch: api.fetch, session: { roles: ['developer'] } });

    expect(await screen.findByRole('link', { name: `Обращение ${escalation.ticketKey}` })).toHaveAttribute('href', `/tickets/${escalation.ticketId}`);
    expect(api.requests[0]?.path).toBe(`/api/v1/escalations/${escalation.id}`);
    expect(screen.getByRole('region', { name: 'Действия разработки' })).toBeInTheDocument();
  });

  it('is closed to other users', async () => {
    renderApp({ routes, initialPath: '/escalations/10000000-0000-4000-8000-000000000001', session: { roles: ['integration'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Очередь разработки доступна');
  });
});
