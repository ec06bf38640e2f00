import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, type RecordedRequest } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import type { Escalation, EscalationStatus } from '../api/types';
import { anEscalation } from '../testing/escalation-fixture';
import { EscalationWorkspace } from './escalation-workspace';

const problem = (status: number, type: string, detail?: string) => ({
  status,
  body: { type: `https://emergency-desk.pass24.online/problems/${type}`, title: type, status, ...(detail ? { detail } : {}) },
});

const moves: Record<string, { from: EscalationStatus[]; to: EscalationStatus }> = {
  acknowledge: { from: ['OPEN'], to: 'ACKNOWLEDGED' },
  start: { from: ['OPEN', 'ACKNOWLEDGED'], to: 'IN_PROGRESS' },
  fix: { from: ['ACKNOWLEDGED', 'IN_PROGRESS'], to: 'FIXED' },
  reject: { from: ['OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS'], to: 'REJECTED' },
};

/** One escalation as the server keeps it: versioned, moved only with a matching If-Match. */
function fakeEscalationApi(initial: Escalation, refuse?: (request: RecordedRequest) => { status: number; body: unknown } | undefined) {
  const server = { escalation: initial };
  const reply = () => ({ status: 200, body: server.escalation, headers: { ETag: `"${server.escalation.version}"` } });
  const api = fakeApi((request) => {
    const { method, path, headers, body } = request;
    const base = `/api/v1/escalations/${server.escalation.id}`;
    if (method === 'GET' && path === base) return reply();
    if (method === 'GET' && path === `/api/v1/tickets/${server.escalation.ticketId}/attachments`) {
      return {
        status: 200,
        body: { items: [{ id: 'a0000000-0000-4000-8000-000000000001', fileName: 'sync.log', contentType: 'text/plain', size: 10, sha256: 'aa', uploadedBy: 'agent', uploadedAt: '2025-03-04T08:10:00Z' }] },
      };
    }
    const refusal = refuse?.(request);
    if (refusal) return refusal;
    if (headers.get('If-Match') !== `"${server.escalation.version}"`) return problem(412, 'precondition-failed', 'stale');
    const now = new Date().toISOString();
    const move = path.startsWith(`${base}/`) ? path.slice(base.length + 1) : '';
    if (method === 'PUT' && move === 'external-reference') {
      server.escalation = { ...server.escalation, externalReference: body as Escalation['externalReference'], version: server.escalation.version + 1 };
      return reply();
    }
    const rule = moves[move];
    if (method !== 'POST' || !rule) return problem(404, 'not-found');
    if (!rule.from.includes(server.escalation.status)) return problem(409, 'invalid-transition', `${move} is not allowed`);
    const text = (body ?? {}) as { reason?: string; resolution?: string; fixVersion?: string };
    server.escalation = {
      ...server.escalation,
      status: rule.to,
      version: server.escalation.version + 1,
      acknowledgement: move === 'reject' ? server.escalation.acknowledgement : { ...server.escalation.acknowledgement, state: 'MET', acknowledgedAt: now },
      ...(text.reason ? { rejectionReason: text.reason, rejectedAt: now } : {}),
      ...(text.resolution ? { resolution: text.resolution, fixedAt: now } : {}),
      ...(text.fixVersion ? { fixVersion: text.fixVersion } : {}),
    };
    return reply();
  });
  return { ...api, server, changes: () => api.requests.filter((r) => r.method !== 'GET') };
}

function openEscalation(escalation: Escalation, api: { fetch: typeof fetch }, roles: string[] = ['developer']) {
  return renderApp({
    routes: [{ path: '/escalations/:escalationId', element: <EscalationWorkspace escalationId={escalation.id} /> }],
    initialPath: `/escalations/${escalation.id}`,
    fetch: api.fetch,
    session: { roles },
  });
}

const status = () => screen.getByTestId('escalation-workspace').getAttribute('data-status');

describe('the escalation page', () => {
  it('shows the hand-over: ticket link, description, diagnostics and the acknowledgement clock', async () => {
    const escalation = anEscalation({
      workaround: 'Открывать вручную',
      diagnostics: {
        productVersion: '5.12.3',
        environment: 'Контроллер PASS-C2',
        stepsToReproduce: 'Поднести пропуск',
        logs: 'ERROR sync failed',
        attachmentIds: ['a0000000-0000-4000-8000-000000000001'],
      },
    });
    openEscalation(escalation, fakeEscalationApi(escalation), ['agent']);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Эскалация: Не открываются шлагбаумы');
    expect(screen.getByRole('link', { name: `Обращение ${escalation.ticketKey}` })).toHaveAttribute('href', `/tickets/${escalation.ticketId}`);
    expect(screen.getByText('Шлагбаумы не открываются по пропускам с 9:00.')).toBeInTheDocument();
    expect(screen.getByText('Открывать вручную')).toBeInTheDocument();
    const diagnostics = within(screen.getByRole('region', { name: 'Диагностика' }));
    expect(diagnostics.getByText('5.12.3')).toBeInTheDocument();
    expect(diagnostics.getByText('ERROR sync failed')).toBeInTheDocument();
    expect(await diagnostics.findByText('sync.log')).toBeInTheDocument();
    expect(screen.getByTestId('acknowledgement')).toHaveAttribute('data-state', 'running');
    expect(screen.getByTestId('acknowledgement')).toHaveTextContent(/^Осталось 39 минут/);
    expect(screen.getByText('1 рабочий час')).toBeInTheDocument();
    // Only development moves an escalation; only development and the lead link the tracker task.
    expect(screen.queryByRole('region', { name: 'Действия разработки' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Задача в трекере' })).not.toBeInTheDocument();
  });

  it('lets a developer acknowledge with If-Match from the ETag', async () => {
    const escalation = anEscalation({ version: 4 });
    const api = fakeEscalationApi(escalation);
    openEscalation(escalation, api);
    const user = userEvent.setup();

    const acknowledge = within(await screen.findByRole('form', { name: 'Подтвердить получение' }));
    await user.type(acknowledge.getByLabelText('Комментарий'), 'Смотрим');
    await user.click(acknowledge.getByRole('button', { name: 'Подтвердить получение' }));

    await waitFor(() => expect(status()).toBe('ACKNOWLEDGED'));
    const [post] = api.changes();
    expect(post?.path).toBe(`/api/v1/escalations/${escalation.id}/acknowledge`);
    expect(post?.headers.get('If-Match')).toBe('"4"');
    expect(post?.body).toEqual({ comment: 'Смотрим' });
    expect(screen.getByTestId('escalation-status')).toHaveTextContent('Принята разработкой');
    expect(screen.getByTestId('acknowledgement')).toHaveAttribute('data-state', 'acknowledged');
    // The next moves go with the new version.
    expect(screen.queryByRole('form', { name: 'Подтвердить получение' })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('form', { name: 'Начать работу' })).getByRole('button', { name: 'Начать работу' }));
    await waitFor(() => expect(status()).toBe('IN_PROGRESS'));
    expect(api.changes()[1]?.headers.get('If-Match')).toBe('"5"');
    expect(api.changes()[1]?.body).toEqual({});
  });

  it('requires a reason to reject', async () => {
    const escalation = anEscalation();
    const api = fakeEscalationApi(escalation);
    openEscalation(escalation, api);
    const user = userEvent.setup();

    const reject = within(await screen.findByRole('form', { name: 'Отклонить' }));
    await user.click(reject.getByRole('button', { name: 'Отклонить эскалацию' }));

    expect(reject.getByLabelText(/Причина/)).toHaveAccessibleDescription('Заполните это поле.');
    expect(reject.getByLabelText(/Причина/)).toBeInvalid();
    expect(api.changes()).toHaveLength(0);

    await user.type(reject.getByLabelText(/Причина/), 'Неверная настройка контроллера у клиента');
    await user.click(reject.getByRole('button', { name: 'Отклонить эскалацию' }));

    await waitFor(() => expect(status()).toBe('REJECTED'));
    const [post] = api.changes();
    expect(post?.path).toBe(`/api/v1/escalations/${escalation.id}/reject`);
    expect(post?.headers.get('If-Match')).toBe('"1"');
    expect(post?.body).toEqual({ reason: 'Неверная настройка контроллера у клиента' });
    expect(screen.getAllByText('Неверная настройка контроллера у клиента').length).toBeGreaterThan(0);
    expect(screen.getByText('Эскалация закрыта, действий больше нет.')).toBeInTheDocument();
  });

  it('fixes with the resolution and the fix version', async () => {
    const escalation = anEscalation({ status: 'IN_PROGRESS' });
    const api = fakeEscalationApi(escalation);
    openEscalation(escalation, api);
    const user = userEvent.setup();

    const fix = within(await screen.findByRole('form', { name: 'Исправлено' }));
    await user.type(fix.getByLabelText(/Что сделано/), 'Исправлена синхронизация');
    await user.type(fix.getByLabelText('Версия с исправлением'), '5.12.4');
    await user.click(fix.getByRole('button', { name: 'Отметить исправленным' }));

    await waitFor(() => expect(status()).toBe('FIXED'));
    expect(api.changes()[0]?.body).toEqual({ resolution: 'Исправлена синхронизация', fixVersion: '5.12.4' });
    expect(screen.getByText('5.12.4')).toBeInTheDocument();
  });

  it('tells what is allowed now when the server refuses the move (409)', async () => {
    const escalation = anEscalation({ status: 'OPEN' });
    const api = fakeEscalationApi(escalation, (request) => {
      if (!request.path.endsWith('/acknowledge')) return undefined;
      // Someone started the work in the same version window; the server says no.
      api.server.escalation = { ...api.server.escalation, status: 'IN_PROGRESS' };
      return problem(409, 'invalid-transition', 'acknowledge is not allowed while the escalation is IN_PROGRESS; allowed: [fix, reject]');
    });
    openEscalation(escalation, api);
    const user = userEvent.setup();

    await user.click(within(await screen.findByRole('form', { name: 'Подтвердить получение' })).getByRole('button', { name: 'Подтвердить получение' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Это действие недоступно: эскалация сейчас в статусе «В работе».'));
    expect(alert).toHaveTextContent('Доступно сейчас: Исправлено, Отклонить.');
    expect(screen.getByRole('form', { name: 'Исправлено' })).toBeInTheDocument();
  });

  it('says the escalation changed and reloads it when the ETag is stale (412)', async () => {
    const escalation = anEscalation({ status: 'OPEN', version: 1 });
    const api = fakeEscalationApi(escalation);
    openEscalation(escalation, api);
    const user = userEvent.setup();
    const acknowledge = within(await screen.findByRole('form', { name: 'Подтвердить получение' }));

    // Another developer acknowledged it meanwhile.
    api.server.escalation = { ...api.server.escalation, status: 'ACKNOWLEDGED', version: 2 };
    await user.click(acknowledge.getByRole('button', { name: 'Подтвердить получение' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Эскалация изменилась, пока вы её смотрели: показана актуальная версия.');
    await waitFor(() => expect(status()).toBe('ACKNOWLEDGED'));
    expect(api.changes()[0]?.headers.get('If-Match')).toBe('"1"');
  });

  it('lets a lead link the task in the tracker with If-Match', async () => {
    const escalation = anEscalation({ version: 7 });
    const api = fakeEscalationApi(escalation);
    openEscalation(escalation, api, ['lead']);
    const user = userEvent.setup();

    const form = within(await screen.findByRole('form', { name: 'Задача в трекере' }));
    await user.selectOptions(form.getByLabelText(/Система/), 'JIRA');
    await user.type(form.getByLabelText(/Номер задачи/), 'PASS-123');
    await user.type(form.getByLabelText(/Ссылка/), 'javascript:alert(1)');
    await user.click(form.getByRole('button', { name: 'Сохранить ссылку' }));
    expect(form.getByLabelText(/Ссылка/)).toHaveAccessibleDescription('Нужна ссылка, начинающаяся с http:// или https://.');
    expect(api.changes()).toHaveLength(0);

    await user.clear(form.getByLabelText(/Ссылка/));
    await user.type(form.getByLabelText(/Ссылка/), 'https://jira.example/browse/PASS-123');
    await user.click(form.getByRole('button', { name: 'Сохранить ссылку' }));

    expect(await form.findByRole('status')).toHaveTextContent('Ссылка на задачу сохранена.');
    const [put] = api.changes();
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(`/api/v1/escalations/${escalation.id}/external-reference`);
    expect(put?.headers.get('If-Match')).toBe('"7"');
    expect(put?.body).toEqual({ system: 'JIRA', key: 'PASS-123', url: 'https://jira.example/browse/PASS-123' });
    expect(await screen.findByRole('link', { name: 'Jira PASS-123' })).toHaveAttribute('href', 'https://jira.example/browse/PASS-123');
    expect(screen.queryByRole('region', { name: 'Действия разработки' })).not.toBeInTheDocument();
  });
});
