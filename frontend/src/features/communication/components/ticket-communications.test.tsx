import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useTicket } from '@/features/tickets/api/get-ticket';
import type { Ticket } from '@/features/tickets/api/types';
import { TicketTimers } from '@/features/tickets/components/ticket-timers';
import { renderApp } from '@/testing/render-app';
import { aTimer, aWorkflowTicket } from '@/testing/workflow-fixture';
import type { Communication } from '../api/types';
import { fakeCommunicationApi, previewsOf, recordsOf, type FakePhrase } from '../testing/fake-communication-api';
import { TicketCommunications } from './ticket-communications';

const callBackLater: FakePhrase = { phrase: 'перезвоните позже', pattern: /перезвоните\s+(?:\S+\s+)?позже/ };
const notOurProblem: FakePhrase = { phrase: 'это не наша проблема', pattern: /это не наша проблема/ };

/** The ticket page's pieces that matter here: its timers (refetched after a message) and the conversation. */
function TicketPage({ ticket }: { ticket: Ticket }) {
  const query = useTicket(ticket.id);
  return (
    <>
      {query.data && <TicketTimers timers={query.data.ticket.timers ?? []} fetchedAt={query.dataUpdatedAt} />}
      <TicketCommunications ticket={query.data?.ticket ?? ticket} />
    </>
  );
}

function openTicket(ticket: Ticket, api: ReturnType<typeof fakeCommunicationApi>) {
  return renderApp({ routes: [{ path: '/', element: <TicketPage ticket={ticket} /> }], fetch: api.fetch });
}

function aCommunication(overrides: Partial<Communication>): Communication {
  return {
    id: '20000000-0000-4000-8000-000000000001',
    channel: 'PHONE',
    direction: 'OUTBOUND',
    text: 'Здравствуйте! Мы занимаемся вашей проблемой.',
    author: 'agent',
    at: '2025-03-04T07:10:00Z',
    deliveryStatus: 'LOGGED',
    overrideWarnings: false,
    warnings: [],
    ...overrides,
  };
}

const sendButton = (name: string) => screen.getByRole('button', { name });

describe('the conversation with the client', () => {
  it('shows each entry of the log with its channel, direction, author, Moscow time, template and delivery', async () => {
    const ticket = aWorkflowTicket();
    const api = fakeCommunicationApi({
      ticket,
      log: [
        aCommunication({ id: '20000000-0000-4000-8000-000000000001', channel: 'PHONE', text: 'Позвонил, сообщил, что работаем.' }),
        aCommunication({
          id: '20000000-0000-4000-8000-000000000002',
          channel: 'EMAIL',
          at: '2025-03-04T21:30:00Z',
          subject: '[EM-000001] Статус обращения',
          text: 'Перезвоните нам позже, пожалуйста.',
          templateKind: 'STATUS_UPDATE',
          templateVersion: 2,
          deliveryStatus: 'QUEUED',
          overrideWarnings: true,
          warnings: [{ phrase: 'перезвоните позже', found: 'Перезвоните нам позже', start: 0, end: 21 }],
        }),
        aCommunication({ id: '20000000-0000-4000-8000-000000000003', channel: 'EMAIL', deliveryStatus: 'FAILED' }),
        aCommunication({ id: '20000000-0000-4000-8000-000000000004', channel: 'CHAT', direction: 'INBOUND', author: 'ivan', text: 'Спасибо!' }),
      ],
    });
    openTicket(ticket, api);

    const log = await screen.findByRole('list', { name: 'Журнал переписки' });
    const entries = within(log).getAllByRole('listitem');
    expect(entries).toHaveLength(4);
    expect(entries[0]).toHaveTextContent('04.03.2025 10:10 · Телефон · Клиенту · автор: agent');
    expect(entries[0]).toHaveTextContent('Позвонил, сообщил, что работаем.');
    expect(entries[0]).not.toHaveTextContent('Записано');

    // 21:30 UTC is already the next day in Moscow.
    expect(entries[1]).toHaveTextContent('05.03.2025 00:30 · Эл. почта · Клиенту · автор: agent Ожидает отправки');
    expect(entries[1]).toHaveTextContent('Тема: [EM-000001] Статус обращения');
    expect(entries[1]).toHaveTextContent('По шаблону «Информирование о статусе», версия 2');
    expect(entries[1]).toHaveTextContent('Отправлено вопреки предупреждению о запрещённых фразах: «Перезвоните нам позже»');
    expect(within(entries[1]!).getByText('Перезвоните нам позже', { selector: 'mark' })).toBeInTheDocument();

    expect(entries[2]).toHaveTextContent('Не отправлено');
    expect(entries[3]).toHaveTextContent('Чат · От клиента · автор: ivan');
  });

  it('marks a forbidden phrase where the preview found it and sends only with an explicit override', async () => {
    const ticket = aWorkflowTicket();
    const api = fakeCommunicationApi({ ticket, phrases: [callBackLater] });
    openTicket(ticket, api);
    const user = userEvent.setup();

    expect(await screen.findByText('С клиентом ещё не связывались.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Текст сообщения'), 'Мы всё проверили. Перезвоните нам позже, пожалуйста.');

    const preview = await screen.findByRole('region', { name: 'Предпросмотр' });
    const mark = await within(preview).findByText('Перезвоните нам позже', { selector: 'mark' });
    expect(mark.previousSibling).toHaveTextContent('Мы всё проверили.');
    expect(mark.nextSibling).toHaveTextContent(', пожалуйста.');
    expect(within(preview).getByRole('list', { name: 'Предупреждения' })).toHaveTextContent(
      'Запрещённая фраза «перезвоните позже»: «Перезвоните нам позже»',
    );
    // Typed in one go: one check after the pause, not one per key.
    expect(previewsOf(api.requests)).toHaveLength(1);

    const send = sendButton('Записать в журнал');
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription(/В тексте есть запрещённые фразы/);

    await user.click(screen.getByLabelText(/Отправить всё равно/));
    expect(send).toBeEnabled();
    await user.click(send);

    expect(await screen.findByRole('status')).toHaveTextContent('Контакт записан в журнал.');
    expect(recordsOf(api.requests).map((r) => r.body)).toEqual([
      {
        channel: 'PHONE',
        direction: 'OUTBOUND',
        text: 'Мы всё проверили. Перезвоните нам позже, пожалуйста.',
        overrideWarnings: true,
      },
    ]);
    const entry = await within(await screen.findByRole('list', { name: 'Журнал переписки' })).findByRole('listitem');
    expect(entry).toHaveTextContent('Отправлено вопреки предупреждению о запрещённых фразах: «Перезвоните нам позже»');
    expect(screen.getByLabelText('Текст сообщения')).toHaveValue('');
  });

  it('fills the text from the chosen template and refreshes the timers once it is sent', async () => {
    const ticket = aWorkflowTicket({ contactEmail: 'ivan@romashka.ru' });
    const greeting = `Здравствуйте, Иван Петров! Я Анна Агентова, занимаюсь вашим обращением ${ticket.key}.`;
    const contacted = { ...ticket, version: 4, timers: [aTimer({ state: 'MET', stoppedAt: '2025-03-04T07:12:00Z' })] };
    const api = fakeCommunicationApi({
      ticket,
      rendered: { FIRST_CONTACT: { text: greeting, subject: `[${ticket.key}] Ваше обращение принято`, missing: [], templateVersion: 3 } },
      ticketAfterRecord: contacted,
    });
    openTicket(ticket, api);
    const user = userEvent.setup();

    expect(await screen.findByTestId('timer-FIRST_CONTACT-remaining')).toHaveTextContent(/осталось/);
    await user.selectOptions(screen.getByLabelText('Канал'), 'EMAIL');
    await user.selectOptions(screen.getByLabelText('Шаблон'), 'FIRST_CONTACT');

    await waitFor(() => expect(screen.getByLabelText('Текст сообщения')).toHaveValue(greeting));
    expect(screen.getByLabelText('Тема письма')).toHaveValue(`[${ticket.key}] Ваше обращение принято`);
    expect(previewsOf(api.requests)[0]?.body).toEqual({ templateKind: 'FIRST_CONTACT' });
    const preview = await screen.findByRole('region', { name: 'Предпросмотр' });
    expect(await within(preview).findByText('Запрещённых фраз не найдено.')).toBeInTheDocument();
    expect(within(preview).getByText(greeting)).toBeInTheDocument();

    await user.click(sendButton('Отправить письмо'));

    expect(await screen.findByRole('status')).toHaveTextContent('Письмо поставлено в очередь на отправку.');
    expect(recordsOf(api.requests)[0]?.body).toEqual({
      channel: 'EMAIL',
      direction: 'OUTBOUND',
      text: greeting,
      templateKind: 'FIRST_CONTACT',
      subject: `[${ticket.key}] Ваше обращение принято`,
    });
    await waitFor(() => expect(screen.getByTestId('timer-FIRST_CONTACT-remaining')).toHaveTextContent('выполнен 04.03.2025 10:12'));
    expect(await screen.findByText('Ожидает отправки')).toBeInTheDocument();
  });

  it('flags a placeholder without a value and holds Send until the text says it', async () => {
    const ticket = aWorkflowTicket({ status: 'RESOLVED' });
    const rendered = 'Проблема решена. Причина: [нет данных: cause]. Решение: перезапуск сервиса.';
    const api = fakeCommunicationApi({
      ticket,
      rendered: { RESOLUTION_NOTICE: { text: rendered, missing: ['cause'], templateVersion: 1 } },
    });
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Шаблон'), 'RESOLUTION_NOTICE');
    await waitFor(() => expect(screen.getByLabelText('Текст сообщения')).toHaveValue(rendered));

    const warnings = await within(await screen.findByRole('region', { name: 'Предпросмотр' })).findByRole('list', { name: 'Предупреждения' });
    expect(warnings).toHaveTextContent('Нет данных: Причина (cause) — в тексте стоит «[нет данных: cause]»');
    const send = sendButton('Записать в журнал');
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription('В тексте остались места без данных — впишите сведения.');

    await user.clear(screen.getByLabelText('Текст сообщения'));
    await user.type(screen.getByLabelText('Текст сообщения'), 'Проблема решена: сбой сертификата. Решение: перезапуск сервиса.');
    await waitFor(() => expect(send).toBeEnabled());
    expect(screen.queryByRole('list', { name: 'Предупреждения' })).not.toBeInTheDocument();
  });

  it('tells in Russian why the server refused the message and offers the override then', async () => {
    const ticket = aWorkflowTicket();
    const api = fakeCommunicationApi({ ticket });
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Текст сообщения'), 'Ждите, это не наша проблема.');
    const preview = await screen.findByRole('region', { name: 'Предпросмотр' });
    expect(await within(preview).findByText('Запрещённых фраз не найдено.')).toBeInTheDocument();
    // The lead adds the phrase meanwhile.
    api.stored.phrases.push(notOurProblem);
    await user.click(sendButton('Записать в журнал'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Сообщение не отправлено: в нём есть запрещённые фразы — «это не наша проблема» («это не наша проблема»). Перефразируйте или отметьте «Отправить всё равно».',
    );
    expect(await within(preview).findByText('это не наша проблема', { selector: 'mark' })).toBeInTheDocument();
    expect(sendButton('Записать в журнал')).toBeDisabled();
    expect(screen.getByLabelText(/Отправить всё равно/)).not.toBeChecked();
  });

  it('logs what the client said without checking it and without templates', async () => {
    const ticket = aWorkflowTicket();
    const api = fakeCommunicationApi({ ticket, phrases: [notOurProblem] });
    openTicket(ticket, api);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Направление'), 'INBOUND');
    await user.selectOptions(screen.getByLabelText('Канал'), 'CHAT');
    expect(screen.queryByLabelText('Шаблон')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Текст сообщения'), 'Кажется, это не наша проблема?');
    await user.click(sendButton('Записать в журнал'));

    expect(await screen.findByRole('status')).toHaveTextContent('Контакт записан в журнал.');
    expect(previewsOf(api.requests)).toHaveLength(0);
    expect(recordsOf(api.requests)[0]?.body).toEqual({ channel: 'CHAT', direction: 'INBOUND', text: 'Кажется, это не наша проблема?' });
  });
});
