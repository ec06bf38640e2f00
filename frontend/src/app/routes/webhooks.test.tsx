import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

describe('the webhooks route', () => {
  it('lets a lead manage subscriptions', async () => {
    const api = fakeApi(() => ({ status: 200, body: { items: [] } }));
    renderApp({ routes, initialPath: '/webhooks', fetch: api.fetch, session: { roles: ['lead'] } });

    expect(await screen.findByRole('form', { name: 'Новая подписка' })).toBeInTheDocument();
    expect(await screen.findByText('Подписок нет.')).toBeInTheDocument();
  });

  it('is closed to users without the lead role', async () => {
    renderApp({ routes, initialPath: '/webhooks', session: { roles: ['agent', 'developer'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Вебхуками управляет только руководитель техподдержки.');
    expect(screen.queryByRole('form', { name: 'Новая подписка' })).not.toBeInTheDocument();
  });
});
