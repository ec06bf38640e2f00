import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/features/tickets/api/types';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { aTicket } from '@/testing/ticket-fixture';
import { routes } from '../routes';

describe('creating a ticket from the queue', () => {
  it('goes from the queue to the form and back to a queue that shows the new ticket first', async () => {
    const stored: Ticket[] = [aTicket({ title: 'Старое обращение', level: 'STANDARD' })];
    const api = fakeApi(({ method, body }) => {
      if (method === 'POST') {
        const created = aTicket({ ...(body as object), key: 'EM-000900' });
        stored.unshift(created);
        return { status: 201, body: created };
      }
      return { status: 200, body: { items: stored } };
    });
    renderApp({ routes, fetch: api.fetch });
    const user = userEvent.setup();

    await screen.findByText('Старое обращение');
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Новое обращение' }));
    await user.type(await screen.findByLabelText(/Клиент \(организация\)/), 'ООО «Ромашка»');
    await user.type(screen.getByLabelText(/Контактное лицо/), 'Иван Петров');
    await user.type(screen.getByLabelText(/^Тема/), 'Турникеты не работают');
    await user.click(screen.getByRole('button', { name: 'Создать обращение' }));

    await screen.findByRole('heading', { name: 'Очередь обращений' });
    const [first] = await screen.findAllByTestId('ticket-row');
    expect(within(first!).getByText('Турникеты не работают')).toBeInTheDocument();
    expect(within(first!).getByRole('img', { name: 'Экстренное обращение' })).toBeInTheDocument();
  });
});
