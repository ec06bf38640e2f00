import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { aTicket } from '@/testing/ticket-fixture';
import type { Ticket } from '../api/types';
import { CreateTicketForm } from './create-ticket-form';

function routesWithForm(onCreated: (ticket: Ticket) => void = () => undefined) {
  return [{ path: '/tickets/new', element: <CreateTicketForm onCreated={onCreated} /> }];
}

async function fillRequiredFields() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Клиент \(организация\)/), 'ООО «Ромашка»');
  await user.type(screen.getByLabelText(/Контактное лицо/), 'Иван Петров');
  await user.type(screen.getByLabelText(/^Тема/), 'Не открываются турникеты');
  return user;
}

const validationProblem = {
  type: 'https://emergency-desk.pass24.online/problems/validation-error',
  title: 'Validation failed',
  status: 400,
  detail: 'The request has 2 invalid fields',
  errors: [
    { field: 'contactEmail', message: 'must be a well-formed email address' },
    { field: 'createTicket.body.contactPhone', message: 'must match "^\\+?[0-9 ()\\-]{3,32}$"' },
  ],
};

describe('CreateTicketForm', () => {
  it("shows the server's messages next to the fields they name", async () => {
    const api = fakeApi(() => ({ status: 400, body: validationProblem }));
    renderApp({ routes: routesWithForm(), initialPath: '/tickets/new', fetch: api.fetch });

    const user = await fillRequiredFields();
    await user.type(screen.getByLabelText(/Эл. почта контакта/), 'not-an-email');
    await user.type(screen.getByLabelText(/Телефон контакта/), 'abc');
    await user.click(screen.getByRole('button', { name: 'Создать обращение' }));

    const email = screen.getByLabelText(/Эл. почта контакта/);
    await screen.findByText('must be a well-formed email address');
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
    expect(email).toBeInvalid();
    expect(screen.getByLabelText(/Телефон контакта/)).toHaveAccessibleDescription(/must match/);
    expect(screen.getByLabelText(/Клиент \(организация\)/)).not.toHaveAccessibleDescription();
    expect(screen.getByLabelText(/Клиент \(организация\)/)).toBeValid();
    // Field errors are shown by the fields; the summary detail is not repeated on top.
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
  });

  it('shows the problem detail on top when no field is named', async () => {
    const api = fakeApi(() => ({
      status: 400,
      body: {
        type: 'https://emergency-desk.pass24.online/problems/malformed-request',
        title: 'Malformed request',
        status: 400,
        detail: 'receivedAt lies in the future',
      },
    }));
    renderApp({ routes: routesWithForm(), initialPath: '/tickets/new', fetch: api.fetch });

    const user = await fillRequiredFields();
    await user.click(screen.getByRole('button', { name: 'Создать обращение' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('receivedAt lies in the future');
  });

  it('sends an emergency ticket by default, without empty optional fields, and reports the new ticket', async () => {
    const api = fakeApi(({ body }) => ({
      status: 201,
      body: aTicket({ ...(body as object), key: 'EM-000777' }),
    }));
    const onCreated = vi.fn();
    renderApp({ routes: routesWithForm(onCreated), initialPath: '/tickets/new', fetch: api.fetch });

    const user = await fillRequiredFields();
    await user.selectOptions(screen.getByLabelText(/Канал обращения/), 'EMAIL');
    await user.selectOptions(screen.getByLabelText(/Критерий экстренности/), 'TOTAL_OUTAGE');
    await user.click(screen.getByRole('button', { name: 'Создать обращение' }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ key: 'EM-000777' });
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe('/api/v1/tickets');
    expect(post?.headers.get('Authorization')).toBe('Bearer test-access-token');
    expect(post?.body).toEqual({
      clientName: 'ООО «Ромашка»',
      contactName: 'Иван Петров',
      channel: 'EMAIL',
      title: 'Не открываются турникеты',
      level: 'EMERGENCY',
      criterion: 'TOTAL_OUTAGE',
    });
  });

  it('sends the received time as an instant with an offset', async () => {
    const api = fakeApi(({ body }) => ({ status: 201, body: aTicket(body as object) }));
    const onCreated = vi.fn();
    renderApp({ routes: routesWithForm(onCreated), initialPath: '/tickets/new', fetch: api.fetch });

    const user = await fillRequiredFields();
    await user.type(screen.getByLabelText(/Время поступления/), '2025-03-04T10:15');
    await user.click(screen.getByRole('button', { name: 'Создать обращение' }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    const sent = (api.requests[0]?.body as { receivedAt?: string }).receivedAt;
    expect(sent).toBe(new Date('2025-03-04T10:15').toISOString());
  });
});
