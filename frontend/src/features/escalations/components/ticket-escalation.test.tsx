import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useTicket } from '@/features/tickets/api/get-ticket';
import type { Ticket } from '@/features/tickets/api/types';
import { fakeApi, type RecordedRequest } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { aWorkflowTicket } from '@/testing/workflow-fixture';
import type { Attachment } from '../api/types';
import { anEscalation, anEscalationSummary } from '../testing/escalation-fixture';
import { TicketEscalation } from './ticket-escalation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function aDiagnosedTicket(overrides: Partial<Ticket> = {}): Ticket {
  return aWorkflowTicket({
    status: 'PLAN_DEFINED',
    channel: 'EMAIL',
    title: 'Не открываются шлагбаумы',
    description: 'С утра шлагбаумы на въезде не реагируют на пропуска.',
    information: {
      whatFails: 'Открытие шлагбаума по пропуску',
      affectedUsers: 120,
      productVersion: '5.12.3',
      deviceModel: 'Контроллер PASS-C2',
      osVersion: 'Linux 5.10',
      triggerActions: '1. Поднести пропуск к считывателю\n2. Шлагбаум не открывается',
    },
    diagnosis: { problemType: 'PRODUCT_DEFECT', cause: 'Синхронизация пропусков падает после обновления 5.12', at: '2025-03-04T08:00:00Z', by: 'agent' },
    solution: {
      path: 'PRODUCT_DEFECT',
      description: 'Перезапустили синхронизацию, не помогло',
      workaround: 'Открывать шлагбаум вручную из приложения охраны',
      plan: 'Передать в разработку',
      at: '2025-03-04T08:30:00Z',
      by: 'agent',
    },
    ...overrides,
  });
}

const attachments: Attachment[] = [
  { id: 'a0000000-0000-4000-8000-000000000001', fileName: 'sync.log', contentType: 'text/plain', size: 20480, sha256: 'aa', uploadedBy: 'agent', uploadedAt: '2025-03-04T08:10:00Z' },
  { id: 'a0000000-0000-4000-8000-000000000002', fileName: 'экран.png', contentType: 'image/png', size: 512, sha256: 'bb', uploadedBy: 'agent', uploadedAt: '2025-03-04T08:11:00Z' },
];

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** The ticket, its attachments, and `onCreate` answering each POST of an escalation. */
function fakeTicketWithEscalations(initial: Ticket, onCreate: (request: RecordedRequest, attempt: number) => Reply) {
  let ticket = initial;
  let attempts = 0;
  const api = fakeApi((request) => {
    if (request.method === 'GET' && request.path === `/api/v1/tickets/${ticket.id}`) {
      return { status: 200, body: ticket, headers: { ETag: `"${ticket.version}"` } };
    }
    if (request.method === 'GET' && request.path === `/api/v1/tickets/${ticket.id}/attachments`) {
      return { status: 200, body: { items: attachments } };
    }
    if (request.method === 'POST' && request.path === `/api/v1/tickets/${ticket.id}/escalations`) {
      attempts += 1;
      const reply = onCreate(request, attempts);
      if (reply.status === 201) {
        const created = reply.body as ReturnType<typeof anEscalation>;
        ticket = {
          ...ticket,
          version: (ticket.version ?? 0) + 1,
          escalations: [{ id: created.id, status: 'OPEN', severity: created.severity, createdAt: created.createdAt, acknowledgementDueAt: created.acknowledgement.dueAt }],
        };
      }
      return reply;
    }
    return { status: 404, body: { type: 'https://emergency-desk.pass24.online/problems/not-found', title: 'Not found', status: 404 } };
  });
  return { ...api, posts: () => api.requests.filter((r) => r.method === 'POST'), ticketReads: () => api.requests.filter((r) => r.method === 'GET' && r.path === `/api/v1/tickets/${ticket.id}`) };
}

// The ticket page in small: the panel gets the ticket from the same query the workspace uses.
function TicketPage({ ticketId }: { ticketId: string }) {
  const query = useTicket(ticketId);
  return query.data ? <TicketEscalation ticket={query.data.ticket} /> : null;
}

function renderTicketPage(ticket: Ticket, api: { fetch: typeof fetch }) {
  return renderApp({ routes: [{ path: '/', element: <TicketPage ticketId={ticket.id} /> }], fetch: api.fetch });
}

const created = (request: RecordedRequest): Reply => {
  const escalation = anEscalation({ severity: (request.body as { severity: 'CRITICAL' }).severity });
  return { status: 201, body: escalation, headers: { ETag: '"1"', Location: `/api/v1/escalations/${escalation.id}` } };
};

describe('the escalation dialog', () => {
  it('is prefilled from the ticket and retries a lost request with the same Idempotency-Key', async () => {
    const ticket = aDiagnosedTicket();
    const api = fakeTicketWithEscalations(ticket, (request, attempt) => {
      if (attempt === 1) throw new TypeError('Failed to fetch');
      return created(request);
    });
    renderTicketPage(ticket, api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Передать в разработку' }));
    const dialog = within(await screen.findByRole('dialog', { name: `Передать в разработку: ${ticket.key}` }));

    const description = dialog.getByLabelText(/Описание дефекта/);
    expect(description).toHaveValue(
      [
        'Не открываются шлагбаумы',
        'С утра шлагбаумы на въезде не реагируют на пропуска.',
        [
          'Что не работает: Открытие шлагбаума по пропуску',
          'Затронуто пользователей: 120',
          'Причина (диагностика поддержки): Синхронизация пропусков падает после обновления 5.12',
          'Что сделала поддержка: Перезапустили синхронизацию, не помогло',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(dialog.getByLabelText('Версия продукта')).toHaveValue('5.12.3');
    expect(dialog.getByLabelText('Окружение')).toHaveValue('Устройство: Контроллер PASS-C2\nОС: Linux 5.10');
    expect(dialog.getByLabelText('Шаги воспроизведения')).toHaveValue('1. Поднести пропуск к считывателю\n2. Шлагбаум не открывается');
    expect(dialog.getByLabelText('Временное решение, предложенное клиенту')).toHaveValue('Открывать шлагбаум вручную из приложения охраны');
    expect(dialog.getByLabelText('Уведомить клиента о передаче в разработку')).toBeChecked();
    expect(dialog.getByLabelText('Канал уведомления')).toHaveValue('EMAIL');
    expect(await dialog.findByLabelText(/sync\.log/)).not.toBeChecked();
    expect(dialog.getByText(/^sync\.log/)).toHaveTextContent('sync.log (20 КБ)');
    expect(dialog.getByText(/^экран\.png/)).toHaveTextContent('экран.png (512 Б)');

    // Severity is required: nothing is sent without it.
    await user.click(dialog.getByRole('button', { name: 'Создать эскалацию' }));
    expect(dialog.getByLabelText(/Серьёзность/)).toHaveAccessibleDescription(expect.stringContaining('Выберите серьёзность.'));
    expect(api.posts()).toHaveLength(0);

    await user.selectOptions(dialog.getByLabelText(/Серьёзность/), 'Критическая');
    await user.click(dialog.getByLabelText(/sync\.log/));
    await user.type(dialog.getByLabelText('Логи'), 'ERROR sync failed');
    await user.click(dialog.getByRole('button', { name: 'Создать эскалацию' }));

    expect(await dialog.findByRole('alert')).toHaveTextContent('Сервер не ответил');
    expect(dialog.getByRole('alert')).toHaveTextContent('вторая эскалация не будет создана');
    const readsBefore = api.ticketReads().length;

    await user.click(dialog.getByRole('button', { name: 'Создать эскалацию' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Эскалация передана в разработку.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [lost, retried] = api.posts();
    expect(lost?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(retried?.headers.get('Idempotency-Key')).toBe(lost?.headers.get('Idempotency-Key'));
    expect(retried?.body).toEqual(lost?.body);
    expect(retried?.body).toEqual({
      description: (description as HTMLTextAreaElement).value,
      severity: 'CRITICAL',
      diagnostics: {
        productVersion: '5.12.3',
        environment: 'Устройство: Контроллер PASS-C2\nОС: Linux 5.10',
        logs: 'ERROR sync failed',
        stepsToReproduce: '1. Поднести пропуск к считывателю\n2. Шлагбаум не открывается',
        attachmentIds: [attachments[0]!.id],
      },
      workaround: 'Открывать шлагбаум вручную из приложения охраны',
      notifyClient: true,
      noticeChannel: 'EMAIL',
    });

    // The ticket query was invalidated: the new escalation shows, and no second one can be started.
    await waitFor(() => expect(api.ticketReads().length).toBeGreaterThan(readsBefore));
    expect(await screen.findByTestId('ticket-escalation-item')).toHaveAttribute('data-status', 'OPEN');
    expect(screen.queryByRole('button', { name: 'Передать в разработку' })).not.toBeInTheDocument();
  });

  it('explains a refused client notice in Russian and suggests sending without it', async () => {
    const ticket = aDiagnosedTicket();
    const api = fakeTicketWithEscalations(ticket, (request, attempt) =>
      attempt === 1
        ? {
            status: 422,
            body: {
              type: 'https://emergency-desk.pass24.online/problems/missing-placeholder',
              title: 'Missing placeholder',
              status: 422,
              detail: 'The template needs values the ticket does not have yet: expectedAt',
              missing: ['expectedAt'],
            },
          }
        : created(request),
    );
    renderTicketPage(ticket, api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Передать в разработку' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.selectOptions(dialog.getByLabelText(/Серьёзность/), 'HIGH');
    await user.click(dialog.getByRole('button', { name: 'Создать эскалацию' }));

    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('Уведомление клиенту не составить: в обращении не хватает значений для шаблона (expectedAt).');
    expect(alert).toHaveTextContent('снимите отметку «Уведомить клиента»');
    expect(alert).not.toHaveTextContent('The template needs');

    await user.click(dialog.getByRole('button', { name: 'Не уведомлять клиента' }));
    expect(dialog.getByLabelText('Уведомить клиента о передаче в разработку')).not.toBeChecked();
    expect(dialog.getByLabelText('Канал уведомления')).toBeDisabled();
    await user.click(dialog.getByRole('button', { name: 'Создать эскалацию' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Эскалация передана в разработку.');
    const [refused, sent] = api.posts();
    expect(sent?.body).toMatchObject({ severity: 'HIGH', notifyClient: false });
    expect(sent?.body).not.toHaveProperty('noticeChannel');
    // The server answered the first key: a changed request goes under a new one.
    expect(sent?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(sent?.headers.get('Idempotency-Key')).not.toBe(refused?.headers.get('Idempotency-Key'));
  });

  it('makes a new Idempotency-Key for each opening of the dialog', async () => {
    const ticket = aDiagnosedTicket();
    const api = fakeTicketWithEscalations(ticket, () => {
      throw new TypeError('Failed to fetch');
    });
    renderTicketPage(ticket, api);
    const user = userEvent.setup();

    for (let opening = 0; opening < 2; opening += 1) {
      await user.click(await screen.findByRole('button', { name: 'Передать в разработку' }));
      const dialog = within(await screen.findByRole('dialog'));
      await user.selectOptions(dialog.getByLabelText(/Серьёзность/), 'LOW');
      await user.click(dialog.getByRole('button', { name: 'Создать эскалацию' }));
      await dialog.findByRole('alert');
      await user.click(dialog.getByRole('button', { name: 'Отмена' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }

    const [first, second] = api.posts().map((request) => request.headers.get('Idempotency-Key'));
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);
  });
});

describe('the ticket escalation panel', () => {
  function renderPanel(ticket: Ticket, roles: string[] = ['agent']) {
    return renderApp({ routes: [{ path: '/', element: <TicketEscalation ticket={ticket} /> }], session: { roles } });
  }

  it('shows the state of each escalation: status, severity, acknowledgement, tracker, fix and rejection', () => {
    const overdue = anEscalationSummary({
      status: 'OPEN',
      severity: 'CRITICAL',
      acknowledgementDueAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
      acknowledgementBreached: true,
      externalReference: { system: 'JIRA', key: 'PASS-123', url: 'https://jira.example/browse/PASS-123' },
    });
    const fixed = anEscalationSummary({ status: 'FIXED', severity: 'HIGH', acknowledgedAt: '2025-03-04T09:00:00Z', fixVersion: '5.12.4' });
    const rejected = anEscalationSummary({ status: 'REJECTED', severity: 'LOW', rejectionReason: 'Настройки контроллера, не дефект' });
    renderPanel(aDiagnosedTicket({ escalations: [overdue, fixed, rejected] }));

    const [first, second, third] = screen.getAllByTestId('ticket-escalation-item');
    expect(within(first!).getByTestId('escalation-status')).toHaveTextContent('Ждёт подтверждения');
    expect(within(first!).getByTestId('escalation-severity')).toHaveTextContent('Критическая');
    expect(within(first!).getByTestId('acknowledgement')).toHaveAttribute('data-state', 'overdue');
    expect(within(first!).getByTestId('acknowledgement')).toHaveTextContent(/^Просрочено на 2 часа/);
    expect(within(first!).getByRole('link', { name: 'Jira PASS-123' })).toHaveAttribute('href', 'https://jira.example/browse/PASS-123');
    expect(within(first!).getByRole('link', { name: 'Открыть эскалацию' })).toHaveAttribute('href', `/escalations/${overdue.id}`);
    expect(within(second!).getByTestId('escalation-status')).toHaveTextContent('Исправлено');
    expect(within(second!).getByText('5.12.4')).toBeInTheDocument();
    expect(within(second!).getByTestId('acknowledgement')).toHaveTextContent('Принята 04.03.2025 12:00');
    expect(within(third!).getByText('Настройки контроллера, не дефект')).toBeInTheDocument();
    // Development still works on the first one: no second hand-over.
    expect(screen.queryByRole('button', { name: 'Передать в разработку' })).not.toBeInTheDocument();
  });

  it('offers a new hand-over once the previous ones are fixed or rejected', () => {
    renderPanel(aDiagnosedTicket({ escalations: [anEscalationSummary({ status: 'REJECTED' }), anEscalationSummary({ status: 'FIXED' })] }));
    expect(screen.getByRole('button', { name: 'Передать в разработку' })).toBeInTheDocument();
  });

  it('offers no hand-over on a closed ticket, nor to a developer', () => {
    const { unmount } = renderPanel(aDiagnosedTicket({ status: 'CLOSED' }));
    expect(screen.queryByRole('button', { name: 'Передать в разработку' })).not.toBeInTheDocument();
    unmount();
    renderPanel(aDiagnosedTicket(), ['developer']);
    expect(screen.queryByRole('button', { name: 'Передать в разработку' })).not.toBeInTheDocument();
  });

  it('lets a lead hand over too', () => {
    renderPanel(aDiagnosedTicket(), ['lead']);
    expect(screen.getByRole('button', { name: 'Передать в разработку' })).toBeInTheDocument();
  });
});
