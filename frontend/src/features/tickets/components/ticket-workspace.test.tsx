import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { routes } from '@/app/routes';
import { fakeApi, type RecordedRequest } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { aChecklist, aTimer, aWorkflowTicket, checklistCodes } from '@/testing/workflow-fixture';
import type { Ticket, TicketStatus } from '../api/types';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** The ticket endpoints: GET answers the stored ticket with its ETag; actions go to `onAction`. */
function fakeTicketApi(initial: Ticket, onAction: (request: RecordedRequest, ticket: Ticket) => Reply = () => ({ status: 500 })) {
  let ticket = initial;
  const api = fakeApi((request) => {
    if (request.method === 'GET' && request.path === `/api/v1/tickets/${ticket.id}`) {
      return { status: 200, body: ticket, headers: { ETag: `"${ticket.version}"` } };
    }
    if (request.method === 'GET' && request.path.endsWith('/events')) {
      return {
        status: 200,
        body: {
          items: [
            { id: 2, type: 'ticket.contact', actor: 'agent', occurredAt: '2025-03-04T07:10:00Z' },
            { id: 1, type: 'ticket.created', actor: 'agent', occurredAt: '2025-03-04T07:06:00Z' },
            { id: 3, type: 'sla.warning', actor: 'system', occurredAt: '2025-03-04T07:13:00Z' },
            { id: 4, type: 'custom.thing', actor: 'system', occurredAt: '2025-03-04T07:14:00Z' },
          ],
        },
      };
    }
    if (request.method === 'GET' && request.path === '/api/v1/specialists') return { status: 200, body: { items: [] } };
    const reply = onAction(request, ticket);
    if (reply.status === 200) ticket = reply.body as Ticket;
    return reply;
  });
  return { ...api, current: () => ticket };
}

function openTicket(ticket: Ticket, api: ReturnType<typeof fakeTicketApi>) {
  return renderApp({ routes, initialPath: `/tickets/${ticket.id}`, fetch: api.fetch });
}

const invalidTransition = {
  type: 'https://emergency-desk.pass24.online/problems/invalid-transition',
  title: 'Invalid transition',
  status: 409,
  detail: 'DIAGNOSIS is not allowed in NEW',
  allowedActions: ['CONTACT', 'CRITICALITY'],
};

describe('the ticket workspace', () => {
  it.each<[TicketStatus, Partial<Ticket>, number | 'done']>([
    ['NEW', {}, 1],
    ['IN_PROGRESS', {}, 2],
    ['IN_PROGRESS', { informationSkippedReason: 'Очевидно: сервер недоступен' }, 3],
    ['IN_PROGRESS', { informationCollectedAt: '2025-03-04T07:20:00Z' }, 3],
    ['DIAGNOSED', {}, 4],
    ['SOLUTION_APPLIED', {}, 5],
    ['PLAN_DEFINED', {}, 5],
    ['AWAITING_CONFIRMATION', {}, 5],
    ['RESOLVED', {}, 6],
    ['CLOSED', {}, 'done'],
  ])('highlights the step of a %s ticket (%o): %s', async (status, extra, step) => {
    const ticket = aWorkflowTicket({ status, ...extra });
    openTicket(ticket, fakeTicketApi(ticket));

    const steps = within(await screen.findByRole('navigation', { name: 'Шаги регламента' })).getAllByRole('listitem');
    expect(steps).toHaveLength(6);
    const current = steps.filter((item) => item.getAttribute('aria-current') === 'step');
    if (step === 'done') {
      expect(current).toHaveLength(0);
      expect(steps.every((item) => item.dataset.done === 'true')).toBe(true);
    } else {
      expect(current).toHaveLength(1);
      expect(current[0]).toHaveAttribute('data-testid', `workflow-step-${step}`);
      expect(steps.filter((item) => item.dataset.done === 'true')).toHaveLength(step - 1);
    }
    expect(screen.getByTestId('workflow-step-1')).toHaveTextContent('Немедленное реагирование');
    expect(screen.getByTestId('workflow-step-6')).toHaveTextContent('Завершение обращения');
  });

  it('offers a form for each allowed action and nothing else', async () => {
    const ticket = aWorkflowTicket({ allowedActions: ['CONTACT', 'CRITICALITY'] });
    openTicket(ticket, fakeTicketApi(ticket));

    expect(await screen.findByRole('button', { name: 'Зафиксировать контакт' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Подтвердить критичность' })).toBeEnabled();
    expect(screen.getByRole('form', { name: 'Контакт с клиентом' })).toBeInTheDocument();
    for (const absent of ['Зафиксировать диагноз', 'Применить решение', 'Клиент подтвердил', 'Закрыть обращение', 'Сохранить информацию']) {
      expect(screen.queryByRole('button', { name: absent })).not.toBeInTheDocument();
    }
  });

  it('records a contact with the ETag in If-Match and shows the ticket the server returns', async () => {
    const ticket = aWorkflowTicket();
    const api = fakeTicketApi(ticket, (_request, before) => ({
      status: 200,
      body: {
        ...before,
        version: 4,
        firstContact: { channel: 'PHONE', summary: 'Клиент на связи', at: '2025-03-04T07:10:00Z', by: 'agent' },
        timers: [aTimer({ state: 'MET', stoppedAt: '2025-03-04T07:10:00Z', businessSecondsRemaining: 600 })],
        allowedActions: ['CRITICALITY'],
      },
      headers: { ETag: '"4"' },
    }));
    openTicket(ticket, api);
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Контакт с клиентом' });
    await user.selectOptions(within(form).getByLabelText(/Канал связи/), 'PHONE');
    await user.type(within(form).getByLabelText(/Содержание контакта/), 'Клиент на связи');
    await user.click(within(form).getByRole('button', { name: 'Зафиксировать контакт' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Контакт с клиентом' })).not.toBeInTheDocument());
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe(`/api/v1/tickets/${ticket.id}/contact`);
    expect(post?.headers.get('If-Match')).toBe('"3"');
    expect(post?.body).toEqual({ channel: 'PHONE', summary: 'Клиент на связи' });
    expect(screen.getByTestId('record-contact')).toHaveTextContent('Клиент на связи');
    expect(screen.getByTestId('timer-FIRST_CONTACT')).toHaveAttribute('data-state', 'met');

    // The next action sends the version the server returned.
    await user.click(screen.getByRole('button', { name: 'Подтвердить критичность' }));
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    const criticality = api.requests.filter((r) => r.method === 'POST')[1];
    expect(criticality?.headers.get('If-Match')).toBe('"4"');
    expect(criticality?.body).toEqual({ confirmed: true, criterion: 'TOTAL_OUTAGE' });
  });

  it('names the missing field without asking the server', async () => {
    const ticket = aWorkflowTicket();
    const api = fakeTicketApi(ticket);
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Зафиксировать контакт' }));

    expect(screen.getByLabelText(/Содержание контакта/)).toHaveAccessibleDescription('Заполните поле.');
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("shows the server's field messages next to the fields", async () => {
    const ticket = aWorkflowTicket({ status: 'DIAGNOSED', allowedActions: ['SOLUTION'] });
    const api = fakeTicketApi(ticket, () => ({
      status: 400,
      body: {
        type: 'https://emergency-desk.pass24.online/problems/validation-error',
        title: 'Validation failed',
        status: 400,
        errors: [{ field: 'recordSolution.body.plan', message: 'обязателен для FURTHER_DIAGNOSIS' }],
      },
    }));
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText(/Путь решения/), 'FURTHER_DIAGNOSIS');
    await user.type(screen.getByLabelText(/Описание решения/), 'Нужны логи');
    await user.click(screen.getByRole('button', { name: 'Применить решение' }));

    await waitFor(() => expect(screen.getByLabelText(/План действий/)).toHaveAccessibleDescription('обязателен для FURTHER_DIAGNOSIS'));
  });

  it('lists the allowed actions when the server refuses a transition (409)', async () => {
    const ticket = aWorkflowTicket({ status: 'IN_PROGRESS', allowedActions: ['DIAGNOSIS'] });
    const api = fakeTicketApi(ticket, () => ({ status: 409, body: invalidTransition }));
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText(/Тип проблемы/), 'FUNCTIONAL');
    await user.type(screen.getByLabelText(/Причина проблемы/), 'Сбой службы');
    await user.click(screen.getByRole('button', { name: 'Зафиксировать диагноз' }));

    const notice = await screen.findByTestId('action-notice');
    expect(notice).toHaveAttribute('data-kind', 'not-allowed');
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Контакт с клиентом',
      'Подтверждение критичности',
    ]);
    expect(notice).toHaveTextContent('DIAGNOSIS is not allowed in NEW');
  });

  it('says the ticket changed and refetches it on a stale version (412)', async () => {
    const ticket = aWorkflowTicket({ allowedActions: ['RESTORATION'], status: 'SOLUTION_APPLIED' });
    const api = fakeTicketApi(ticket, () => ({
      status: 412,
      body: { type: 'https://emergency-desk.pass24.online/problems/precondition-failed', title: 'Stale', status: 412 },
    }));
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/Что проверено/), 'Проход по картам работает');
    await user.click(screen.getByRole('button', { name: 'Подтвердить восстановление' }));

    expect(await screen.findByTestId('action-notice')).toHaveTextContent('Обращение изменилось');
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'GET' && r.path === `/api/v1/tickets/${ticket.id}`)).toHaveLength(2));
  });

  it('saves the information as a merge patch of the changed fields', async () => {
    const ticket = aWorkflowTicket({
      status: 'IN_PROGRESS',
      allowedActions: ['INFORMATION', 'INFORMATION_SKIPPED'],
      information: { productVersion: '5.2', osVersion: 'Android 13' },
    });
    const api = fakeTicketApi(ticket, (_request, before) => ({
      status: 200,
      body: { ...before, version: 4, informationCollectedAt: '2025-03-04T07:30:00Z', allowedActions: ['DIAGNOSIS'] },
    }));
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/Что именно не работает/), 'Турникеты не открываются');
    await user.type(screen.getByLabelText(/Сколько пользователей затронуто/), '120');
    await user.selectOptions(screen.getByLabelText(/Есть обходное решение/), 'false');
    await user.clear(screen.getByLabelText(/Версия ОС/));
    await user.click(screen.getByRole('button', { name: 'Сохранить информацию' }));

    await screen.findByRole('button', { name: 'Зафиксировать диагноз' });
    const patch = api.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/api/v1/tickets/${ticket.id}`);
    expect(patch?.headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    expect(patch?.body).toEqual({ whatFails: 'Турникеты не открываются', affectedUsers: 120, workaroundExists: false, osVersion: null });
    expect(screen.getByTestId('workflow-step-3')).toHaveAttribute('aria-current', 'step');
  });

  it('shows the control checklist with the regulation wording, done or not', async () => {
    const ticket = aWorkflowTicket({
      checklist: aChecklist(['OUT_OF_QUEUE', 'CONTACT_WITHIN_15_MIN']).map((item) =>
        item.item === 'CONTACT_WITHIN_15_MIN' ? { ...item, evidence: 'Телефон, через 4 минуты', at: '2025-03-04T07:09:00Z' } : item,
      ),
    });
    openTicket(ticket, fakeTicketApi(ticket));

    const checklist = await screen.findByRole('region', { name: 'Контрольный чек-лист' });
    expect(within(checklist).getAllByRole('listitem')).toHaveLength(11);
    for (const code of checklistCodes) expect(screen.getByTestId(`checklist-item-${code}`)).toBeInTheDocument();
    const contact = screen.getByTestId('checklist-item-CONTACT_WITHIN_15_MIN');
    expect(contact).toHaveAttribute('data-done', 'true');
    expect(contact).toHaveTextContent('Связались с клиентом в течение 15 минут');
    expect(contact).toHaveTextContent('Телефон, через 4 минуты · 04.03.2025 10:09');
    expect(screen.getByTestId('checklist-item-RESOLVED_WITHIN_4_BUSINESS_HOURS')).toHaveAttribute('data-done', 'false');
    expect(screen.getByTestId('checklist-item-RESOLVED_WITHIN_4_BUSINESS_HOURS')).toHaveTextContent(
      'Время решения не превысило 4 рабочих часа',
    );
  });

  it('puts the owed actions of a breached resolution up front', async () => {
    const ticket = aWorkflowTicket({
      status: 'DIAGNOSED',
      timers: [aTimer({ metric: 'RESOLUTION', targetMinutes: 240, state: 'BREACHED', businessSecondsRemaining: -900, percentElapsed: 106 })],
      owedActions: [
        { action: 'STATUS_NOTICE', done: true, at: '2025-03-04T12:10:00Z' },
        { action: 'WORKAROUND', done: false },
        { action: 'ESCALATION', done: false },
        { action: 'NEW_TARGET', done: false },
      ],
    });
    openTicket(ticket, fakeTicketApi(ticket));

    const owed = await screen.findByRole('region', { name: 'Проблема не решена в срок: что нужно сделать' });
    expect(within(owed).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByTestId('owed-STATUS_NOTICE')).toHaveAttribute('data-done', 'true');
    expect(screen.getByTestId('owed-NEW_TARGET')).toHaveTextContent('Обновить срок решения в системе');
    const timer = screen.getByTestId('timer-RESOLUTION');
    expect(timer).toHaveAttribute('data-state', 'breached');
    expect(timer).toHaveTextContent(/просрочено на 15 рабочих минут/);
  });

  it('shows the history oldest first with the event types by name', async () => {
    const ticket = aWorkflowTicket();
    openTicket(ticket, fakeTicketApi(ticket));

    await waitFor(() => expect(screen.getAllByTestId('history-event')).toHaveLength(4));
    const events = screen.getAllByTestId('history-event');
    expect(events.map((event) => event.dataset.type)).toEqual(['ticket.created', 'ticket.contact', 'sla.warning', 'custom.thing']);
    expect(events[0]).toHaveTextContent('Обращение создано');
    expect(events[2]).toHaveTextContent('Предупреждение SLA');
    expect(events[3]).toHaveTextContent('custom.thing');
  });
});
