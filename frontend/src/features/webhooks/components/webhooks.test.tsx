import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import type { Webhook, WebhookCreate, WebhookDelivery } from '../api/types';
import { Webhooks } from './webhooks';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function aWebhook(overrides: Partial<Webhook> = {}): Webhook {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    url: 'https://crm.example/hooks/desk',
    eventTypes: ['ticket.created', 'sla.breached'],
    enabled: true,
    createdAt: '2025-03-01T09:00:00Z',
    createdBy: 'lead',
    ...overrides,
  };
}

const deliveries: WebhookDelivery[] = [
  {
    id: 'd0000000-0000-4000-8000-000000000002',
    eventId: 42,
    eventType: 'sla.breached',
    status: 'PENDING',
    attempts: [
      { at: '2025-03-04T07:00:00Z', statusCode: 500, durationMs: 1200 },
      { at: '2025-03-04T07:01:00Z', error: 'connect timed out', durationMs: 10000 },
    ],
    nextAttemptAt: '2025-03-04T07:05:00Z',
    createdAt: '2025-03-04T07:00:00Z',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000001',
    eventId: 41,
    eventType: 'ticket.created',
    status: 'DELIVERED',
    attempts: [{ at: '2025-03-04T06:00:00Z', statusCode: 204, durationMs: 85 }],
    createdAt: '2025-03-04T06:00:00Z',
    deliveredAt: '2025-03-04T06:00:01Z',
  },
];

/** The webhook endpoints over a list of subscriptions; `createAnswersLost` POSTs fail without an answer. */
function fakeWebhooks(initial: Webhook[], { createAnswersLost = 0 } = {}) {
  let stored = [...initial];
  let lost = 0;
  const api = fakeApi(({ method, path, body }) => {
    if (method === 'GET' && path === '/api/v1/webhooks') return { status: 200, body: { items: stored } };
    if (method === 'POST' && path === '/api/v1/webhooks') {
      if (lost < createAnswersLost) {
        lost += 1;
        throw new TypeError('Failed to fetch');
      }
      const write = body as WebhookCreate;
      const { secret: _secret, ...rest } = write;
      const created: Webhook = { ...rest, id: 'b0000000-0000-4000-8000-000000000099', enabled: true, createdAt: '2025-03-04T10:00:00Z', createdBy: 'lead' };
      stored = [created, ...stored];
      return { status: 201, body: { ...created, secret: SECRET }, headers: { Location: `/api/v1/webhooks/${created.id}` } };
    }
    const match = /^\/api\/v1\/webhooks\/([^/]+)(\/.*)?$/.exec(path);
    const webhook = stored.find((one) => one.id === match?.[1]);
    if (!webhook) return { status: 404, body: { type: 'https://emergency-desk.pass24.online/problems/not-found', title: 'Not found', status: 404 } };
    const rest = match?.[2] ?? '';
    if (method === 'DELETE' && rest === '') {
      stored = stored.filter((one) => one !== webhook);
      return { status: 204 };
    }
    if (method === 'POST' && rest === '/enable') {
      const enabled: Webhook = { ...webhook, enabled: true, disabledReason: undefined, disabledAt: undefined };
      stored = stored.map((one) => (one === webhook ? enabled : one));
      return { status: 200, body: enabled };
    }
    if (method === 'GET' && rest === '/deliveries') return { status: 200, body: { items: deliveries } };
    const redeliver = /^\/deliveries\/([^/]+)\/redeliver$/.exec(rest);
    if (method === 'POST' && redeliver) {
      const delivery = deliveries.find((one) => one.id === redeliver[1]);
      return { status: 202, body: { ...delivery, status: 'PENDING' } };
    }
    return { status: 404, body: { type: 'https://emergency-desk.pass24.online/problems/not-found', title: 'Not found', status: 404 } };
  });
  return { ...api, changes: () => api.requests.filter((r) => r.method !== 'GET') };
}

function openWebhooks(api: { fetch: typeof fetch }) {
  return renderApp({ routes: [{ path: '/webhooks', element: <Webhooks /> }], initialPath: '/webhooks', fetch: api.fetch, session: { roles: ['lead'] } });
}

describe('the webhooks page', () => {
  it('subscribes a URL and shows the signing secret once', async () => {
    const api = fakeWebhooks([]);
    openWebhooks(api);
    const user = userEvent.setup();
    expect(await screen.findByText('Подписок нет.')).toBeInTheDocument();

    const form = within(screen.getByRole('form', { name: 'Новая подписка' }));
    await user.click(form.getByRole('button', { name: 'Подписать' }));
    expect(form.getByText('Выберите хотя бы одно событие.')).toBeInTheDocument();
    expect(api.changes()).toHaveLength(0);

    await user.type(form.getByLabelText(/Адрес \(URL\)/), 'https://crm.example/hooks/desk');
    await user.click(form.getByLabelText(/Эскалация изменена/));
    await user.click(form.getByLabelText(/Обращение создано/));
    await user.type(form.getByLabelText('Описание'), 'CRM клиента');
    await user.type(form.getByLabelText('Организация'), 'ООО «Ромашка»');
    await user.click(form.getByRole('button', { name: 'Подписать' }));

    const secret = within(await screen.findByRole('region', { name: 'Подписка создана: секрет подписи' }));
    expect(secret.getByTestId('webhook-secret-value')).toHaveTextContent(SECRET);
    expect(secret.getByRole('alert')).toHaveTextContent('больше он показан не будет');
    const [post] = api.changes();
    expect(post?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(post?.body).toEqual({
      url: 'https://crm.example/hooks/desk',
      eventTypes: ['ticket.created', 'escalation.changed'],
      description: 'CRM клиента',
      organization: 'ООО «Ромашка»',
    });

    await user.click(secret.getByRole('button', { name: 'Скопировать секрет' }));
    expect(await secret.findByText('Секрет скопирован.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    // The list shows the new subscription, never its secret.
    const item = within(await screen.findByTestId('webhook'));
    expect(item.getByRole('heading', { name: 'https://crm.example/hooks/desk' })).toBeInTheDocument();
    expect(item.getByText('ООО «Ромашка»')).toBeInTheDocument();
    expect(screen.getAllByText(SECRET)).toHaveLength(1);

    await user.click(secret.getByRole('button', { name: 'Я сохранил секрет, скрыть' }));
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    expect(form.getByLabelText(/Адрес \(URL\)/)).toHaveValue('');
  });

  it('shows the delivery log with status codes, errors and durations, and sends a delivery again', async () => {
    const api = fakeWebhooks([aWebhook()]);
    openWebhooks(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Журнал доставок' }));
    const log = within(screen.getByRole('region', { name: 'Журнал доставок' }));
    const [pending, delivered] = await log.findAllByTestId('webhook-delivery');

    expect(within(pending!).getByText('Ожидает отправки')).toBeInTheDocument();
    expect(within(pending!).getByText('Нарушение SLA')).toBeInTheDocument();
    const attempts = within(pending!).getAllByTestId('webhook-attempt');
    expect(attempts[0]).toHaveTextContent('04.03.2025 10:00 — HTTP 500, 1200 мс');
    expect(attempts[1]).toHaveTextContent('04.03.2025 10:01 — нет ответа (connect timed out), 10000 мс');
    expect(within(pending!).getByText('04.03.2025 10:05')).toBeInTheDocument();
    expect(within(delivered!).getByText('Доставлено')).toBeInTheDocument();
    expect(within(delivered!).getByTestId('webhook-attempt')).toHaveTextContent('HTTP 204, 85 мс');

    const readsBefore = api.requests.filter((r) => r.path.endsWith('/deliveries')).length;
    await user.click(within(pending!).getByRole('button', { name: /^Отправить повторно/ }));

    expect(await log.findByRole('status')).toHaveTextContent('Доставка поставлена в очередь повторно.');
    const [redeliver] = api.changes();
    expect(redeliver?.method).toBe('POST');
    expect(redeliver?.path).toBe(`/api/v1/webhooks/${aWebhook().id}/deliveries/${deliveries[0]!.id}/redeliver`);
    await waitFor(() => expect(api.requests.filter((r) => r.path.endsWith('/deliveries')).length).toBeGreaterThan(readsBefore));
  });

  it('shows why a subscription was disabled and enables it again', async () => {
    const api = fakeWebhooks([aWebhook({ enabled: false, disabledReason: 'Доставки не проходят 24 часа', disabledAt: '2025-03-03T09:00:00Z' })]);
    openWebhooks(api);
    const user = userEvent.setup();

    const item = within(await screen.findByTestId('webhook'));
    expect(item.getByText('Отключена')).toBeInTheDocument();
    expect(item.getByText('Причина: Доставки не проходят 24 часа')).toBeInTheDocument();
    await user.click(item.getByRole('button', { name: 'Включить снова' }));

    await waitFor(() => expect(screen.getByTestId('webhook')).toHaveAttribute('data-enabled', 'true'));
    expect(api.changes()[0]?.path).toBe(`/api/v1/webhooks/${aWebhook().id}/enable`);
    expect(screen.queryByRole('button', { name: 'Включить снова' })).not.toBeInTheDocument();
  });

  it('deletes a subscription only after confirmation', async () => {
    const api = fakeWebhooks([aWebhook()]);
    openWebhooks(api);
    const user = userEvent.setup();

    const item = within(await screen.findByTestId('webhook'));
    await user.click(item.getByRole('button', { name: 'Удалить' }));
    const confirm = within(item.getByRole('group', { name: /Удалить подписку https:\/\/crm\.example\/hooks\/desk\?/ }));
    await user.click(confirm.getByRole('button', { name: 'Отмена' }));
    expect(api.changes()).toHaveLength(0);

    await user.click(item.getByRole('button', { name: 'Удалить' }));
    await user.click(item.getByRole('button', { name: 'Да, удалить' }));

    expect(await screen.findByText('Подписок нет.')).toBeInTheDocument();
    expect(api.changes()).toEqual([expect.objectContaining({ method: 'DELETE', path: `/api/v1/webhooks/${aWebhook().id}` })]);
  });

  it('keeps the same Idempotency-Key when the answer to a subscription was lost', async () => {
    const api = fakeWebhooks([], { createAnswersLost: 1 });
    openWebhooks(api);
    const user = userEvent.setup();

    const form = within(await screen.findByRole('form', { name: 'Новая подписка' }));
    await user.type(form.getByLabelText(/Адрес \(URL\)/), 'https://crm.example/hooks/desk');
    await user.click(form.getByLabelText(/Обращение создано/));
    await user.click(form.getByRole('button', { name: 'Подписать' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Сервер не ответил');
    await user.click(form.getByRole('button', { name: 'Подписать' }));

    expect(await screen.findByTestId('webhook-secret-value')).toHaveTextContent(SECRET);
    const [lost, retried] = api.changes();
    expect(lost?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(retried?.headers.get('Idempotency-Key')).toBe(lost?.headers.get('Idempotency-Key'));
  });
});
