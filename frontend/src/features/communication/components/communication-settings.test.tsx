import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TemplatesRoute } from '@/app/routes/templates';
import { fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import type { MessageTemplate, MessageTemplateWrite, TemplateKind } from '../api/types';

const placeholders = ['clientName', 'specialistName', 'ticketKey', 'specialistContact', 'cause', 'solution', 'resolutionTime', 'newDueTime'];

function aTemplate(kind: TemplateKind, version: number, body: string): MessageTemplate {
  return { kind, version, subject: '[{{ticketKey}}] Обращение', body, placeholders, createdBy: 'lead', createdAt: '2025-02-01T06:00:00Z' };
}

/** Templates versioned by `If-Match` the way every mutable resource of the contract is; phrases stored whole. */
function fakeSettingsApi({ publishedMeanwhile = false } = {}) {
  const templates = new Map<string, MessageTemplate>([
    ['FIRST_CONTACT', aTemplate('FIRST_CONTACT', 3, 'Здравствуйте, {{clientName}}! Я {{specialistName}}.')],
    ['CLOSURE', aTemplate('CLOSURE', 1, 'Обращение {{ticketKey}} закрыто.')],
  ]);
  const stored = { phrases: ['Перезвоните позже', 'Это не наша проблема', 'Займёт много времени'] };
  const api = fakeApi(({ method, path, body, headers }) => {
    const kind = /^\/api\/v1\/templates\/([A-Z_]+)$/.exec(path)?.[1];
    if (method === 'GET' && path === '/api/v1/templates') return { status: 200, body: { items: [...templates.values()] } };
    if (kind && method === 'GET') {
      const template = templates.get(kind)!;
      return { status: 200, body: template, headers: { ETag: `"${template.version}"` } };
    }
    if (kind && method === 'PUT') {
      const current = templates.get(kind)!;
      if (publishedMeanwhile || headers.get('If-Match') !== `"${current.version}"`) {
        templates.set(kind, { ...current, version: current.version + 1, body: 'Версия коллеги.' });
        return { status: 412, body: { type: 'https://emergency-desk.pass24.online/problems/precondition-failed', title: 'Stale', status: 412 } };
      }
      const next = { ...current, ...(body as MessageTemplateWrite), version: current.version + 1 };
      templates.set(kind, next);
      return { status: 200, body: next, headers: { ETag: `"${next.version}"` } };
    }
    if (method === 'GET' && path === '/api/v1/forbidden-phrases') return { status: 200, body: { items: stored.phrases } };
    if (method === 'PUT' && path === '/api/v1/forbidden-phrases') {
      stored.phrases = (body as { items: string[] }).items;
      return { status: 200, body: { items: stored.phrases } };
    }
    return { status: 404, body: { type: 'https://emergency-desk.pass24.online/problems/not-found', title: 'Not found', status: 404 } };
  });
  return { ...api, templates, stored };
}

const lead = { roles: ['lead', 'agent'] };
// The page as routed at /templates, without the rest of the app.
const routes = [{ path: '/templates', element: <TemplatesRoute /> }];

describe('the templates and forbidden phrases page', () => {
  it('publishes a new version of a template with If-Match and shows the values it may use', async () => {
    const api = fakeSettingsApi();
    renderApp({ routes, initialPath: '/templates', fetch: api.fetch, session: lead });
    const user = userEvent.setup();

    const kinds = within(await screen.findByRole('navigation', { name: 'Виды сообщений' }));
    expect(await kinds.findByRole('button', { name: 'Первый контакт версия 3' })).toHaveAttribute('aria-current', 'true');
    expect(kinds.getByRole('button', { name: 'Закрытие обращения версия 1' })).toBeInTheDocument();
    expect(kinds.getByRole('button', { name: 'Изменение приоритета нет версии' })).toBeInTheDocument();

    const editor = within(await screen.findByRole('form', { name: 'Шаблон «Первый контакт»' }));
    expect(editor.getByText('Версия 3 от 01.02.2025 09:00, автор lead')).toBeInTheDocument();
    const values = within(editor.getByRole('region', { name: 'Доступные значения' }));
    expect(values.getAllByRole('listitem')).toHaveLength(8);
    expect(values.getByText('Новый срок (МСК) (newDueTime)')).toBeInTheDocument();

    const body = editor.getByLabelText('Текст шаблона');
    await user.clear(body);
    await user.type(body, 'Добрый день! Номер обращения: ');
    await user.click(values.getByRole('button', { name: 'Вставить Номер обращения (ticketKey)' }));
    await user.click(editor.getByRole('button', { name: 'Опубликовать версию' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Опубликована версия 4.');
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/v1/templates/FIRST_CONTACT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toEqual({ subject: '[{{ticketKey}}] Обращение', body: 'Добрый день! Номер обращения: {{ticketKey}}' });
    await waitFor(() => expect(screen.getByTestId('template-FIRST_CONTACT-version')).toHaveTextContent('Версия 4'));
    await waitFor(() => expect(kinds.getByRole('button', { name: 'Первый контакт версия 4' })).toBeInTheDocument());

    await user.click(kinds.getByRole('button', { name: 'Закрытие обращения версия 1' }));
    expect(await screen.findByRole('form', { name: 'Шаблон «Закрытие обращения»' })).toBeInTheDocument();
    expect(screen.getByLabelText('Текст шаблона')).toHaveValue('Обращение {{ticketKey}} закрыто.');
  });

  it('warns of a value the server does not know and, when someone published first, shows their version', async () => {
    const api = fakeSettingsApi({ publishedMeanwhile: true });
    renderApp({ routes, initialPath: '/templates', fetch: api.fetch, session: lead });
    const user = userEvent.setup();

    const editor = within(await screen.findByRole('form', { name: 'Шаблон «Первый контакт»' }));
    await user.type(editor.getByLabelText('Текст шаблона'), ' {{{{managerName}}');
    expect(editor.getByText('Сервер не знает значений {{managerName}} и не примет такую версию.')).toBeInTheDocument();
    await user.click(editor.getByRole('button', { name: 'Опубликовать версию' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Пока вы редактировали, опубликовали другую версию.');
    await waitFor(() => expect(screen.getByLabelText('Текст шаблона')).toHaveValue('Версия коллеги.'));
    expect(screen.getByTestId('template-FIRST_CONTACT-version')).toHaveTextContent('Версия 4');
  });

  it('edits, removes and adds forbidden phrases and stores the list whole', async () => {
    const api = fakeSettingsApi();
    renderApp({ routes, initialPath: '/templates', fetch: api.fetch, session: lead });
    const user = userEvent.setup();

    const phrases = within(await screen.findByRole('form', { name: 'Запрещённые фразы' }));
    expect(await phrases.findByLabelText('Фраза 1')).toHaveValue('Перезвоните позже');
    await user.clear(phrases.getByLabelText('Фраза 1'));
    await user.type(phrases.getByLabelText('Фраза 1'), 'Перезвоните завтра');
    await user.click(phrases.getByRole('button', { name: 'Удалить фразу «Это не наша проблема»' }));
    await user.type(phrases.getByLabelText('Новая фраза'), 'Мы ничего не можем сделать');
    await user.click(phrases.getByRole('button', { name: 'Добавить' }));
    await user.type(phrases.getByLabelText('Новая фраза'), 'перезвоните ЗАВТРА{Enter}');
    expect(phrases.getByRole('alert')).toHaveTextContent('Фраза «перезвоните ЗАВТРА» уже есть в списке.');

    await user.click(phrases.getByRole('button', { name: 'Сохранить список' }));

    expect(await phrases.findByRole('status')).toHaveTextContent('Список сохранён: 3 фразы.');
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({
      items: ['Перезвоните завтра', 'Займёт много времени', 'Мы ничего не можем сделать'],
    });
  });

  it('is closed to users without the lead role', async () => {
    renderApp({ routes, initialPath: '/templates', session: { roles: ['agent'] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Шаблоны и запрещённые фразы может менять только руководитель техподдержки.');
  });
});
