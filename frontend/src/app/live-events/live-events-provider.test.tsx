import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { communicationKeys } from '@/features/communication/api/communication-keys';
import { escalationKeys } from '@/features/escalations/api/escalation-keys';
import { ticketKeys } from '@/features/tickets/api/ticket-keys';
import { knowledgeKeys } from '@/features/knowledge/api/knowledge-keys';
import { reportKeys } from '@/features/reports/api/report-keys';
import { fakeEventStreams, type StreamEventWrite } from '@/testing/fake-event-stream';
import { renderApp } from '@/testing/render-app';
import { RootLayout } from '../routes/root-layout';
import { REPORT_REFRESH_MS } from './stale-queries';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

// Every view the desk may have cached, for ticket A and ticket B.
const cached = {
  queue: ticketKeys.queue({}),
  breachedQueue: ticketKeys.queue({ breached: true }),
  ticketA: ticketKeys.detail(A),
  historyA: ticketKeys.events(A),
  ticketB: ticketKeys.detail(B),
  historyB: ticketKeys.events(B),
  messagesA: communicationKeys.log(A),
  messagesB: communicationKeys.log(B),
  escalationQueue: escalationKeys.queue({}),
  escalation: escalationKeys.detail('e-1'),
  article: knowledgeKeys.article('kb-1'),
} satisfies Record<string, QueryKey>;
type View = keyof typeof cached;

const deskRoutes = [{ element: <RootLayout />, children: [{ path: '/', element: <p>Очередь обращений</p> }] }];

function renderDesk(roles: string[] = ['agent']) {
  const streams = fakeEventStreams();
  const rendered = renderApp({ routes: deskRoutes, streams, session: { roles } });
  for (const key of Object.values(cached)) rendered.queryClient.setQueryData(key, { cached: true });
  return { ...rendered, streams };
}

function staleViews(queryClient: QueryClient): View[] {
  return (Object.keys(cached) as View[]).filter((view) => queryClient.getQueryState(cached[view])?.isInvalidated);
}

function streamEvent(id: number, type: string, ticketId?: string): StreamEventWrite {
  return {
    id,
    event: type,
    data: { id, type, occurredAt: '2026-03-03T07:05:00Z', ...(ticketId ? { ticketId } : {}), data: { ticketId, key: 'EM-000001' } },
  };
}

describe('live events on the desk', () => {
  it.each([
    ['ticket.created', ['queue', 'breachedQueue', 'ticketA', 'historyA']],
    ['ticket.diagnosis', ['queue', 'breachedQueue', 'ticketA', 'historyA']],
    ['ticket.contact', ['queue', 'breachedQueue', 'ticketA', 'historyA', 'messagesA']],
    ['sla.warning', ['queue', 'breachedQueue', 'ticketA', 'historyA']],
    ['sla.breached', ['queue', 'breachedQueue', 'ticketA', 'historyA']],
    ['communication.recorded', ['queue', 'breachedQueue', 'ticketA', 'historyA', 'messagesA']],
    ['escalation.created', ['ticketA', 'historyA', 'escalationQueue', 'escalation']],
  ] as const)('%s makes the views it changes stale, and only those', async (type, expected) => {
    const { streams, queryClient } = renderDesk();
    const connection = await streams.connection(1);

    connection.send(streamEvent(1, type, A));

    await waitFor(() => expect(staleViews(queryClient)).toEqual(expected));
  });

  it('refreshes each view once for a burst of events', async () => {
    const { streams, queryClient } = renderDesk();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const connection = await streams.connection(1);

    connection.write(
      [streamEvent(1, 'sla.warning', A), streamEvent(2, 'sla.warning', B), streamEvent(3, 'ticket.diagnosis', A)]
        .map(({ id, event, data }) => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
        .join(''),
    );

    await waitFor(() => expect(staleViews(queryClient)).toEqual(['queue', 'breachedQueue', 'ticketA', 'historyA', 'ticketB', 'historyB']));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      ticketKeys.queues(),
      ticketKeys.detail(A),
      ticketKeys.events(A),
      ticketKeys.detail(B),
      ticketKeys.events(B),
    ]);
  });

  it('refreshes the SLA reports after ticket and SLA events, once per five seconds however many', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { streams, queryClient } = renderDesk(['agent', 'lead']);
      const report = reportKeys.sla({ from: '2026-03-01', to: '2026-03-31', groupBy: 'week', level: 'EMERGENCY' });
      queryClient.setQueryData(report, { cached: true });
      const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
      const reportRefreshes = () => invalidate.mock.calls.filter(([filters]) => filters?.queryKey === reportKeys.all).length;
      const connection = await streams.connection(1);

      connection.send(streamEvent(1, 'sla.breached', A));
      connection.send(streamEvent(2, 'ticket.diagnosis', B));
      connection.send(streamEvent(3, 'communication.recorded', A));
      await waitFor(() => expect(staleViews(queryClient)).toContain('queue'));
      expect(queryClient.getQueryState(report)?.isInvalidated).toBe(false);

      await vi.advanceTimersByTimeAsync(REPORT_REFRESH_MS);
      expect(queryClient.getQueryState(report)?.isInvalidated).toBe(true);
      expect(reportRefreshes()).toBe(1);

      // a family that changes no report
      connection.send(streamEvent(4, 'calendar.changed'));
      await vi.advanceTimersByTimeAsync(REPORT_REFRESH_MS);
      expect(reportRefreshes()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refetches everything on a reset and keeps listening', async () => {
    const { streams, queryClient } = renderDesk();
    const connection = await streams.connection(1);

    connection.send({ id: 9, event: 'reset', data: { id: 9, type: 'reset', occurredAt: '2026-03-03T07:05:00Z', data: {} } });

    await waitFor(() => expect(staleViews(queryClient)).toEqual(Object.keys(cached)));
    expect(connection.closed).toBe(false);
  });

  it('ignores what it does not know', async () => {
    const { streams, queryClient } = renderDesk();
    const connection = await streams.connection(1);

    connection.send(streamEvent(1, 'calendar.changed'));
    connection.write('event: ticket.created\ndata: not json\n\n');

    await waitFor(() => expect(staleViews(queryClient)).toEqual(['queue', 'breachedQueue']));
  });

  it('connects with a fresh token each time and resumes from the last event', async () => {
    const tokens = ['token-1', 'token-2'];
    const streams = fakeEventStreams();
    renderApp({ routes: deskRoutes, streams, session: { accessToken: () => Promise.resolve(tokens.shift() ?? 'token-n') } });
    const first = await streams.connection(1);
    expect(first.path).toBe('/api/v1/stream');
    expect(first.headers.get('Authorization')).toBe('Bearer token-1');
    expect(first.headers.get('Accept')).toBe('text/event-stream');

    first.write('retry: 10\n\n');
    first.send(streamEvent(41, 'ticket.created', A));
    first.end();

    const second = await streams.connection(2);
    expect(second.headers.get('Authorization')).toBe('Bearer token-2');
    expect(second.headers.get('Last-Event-ID')).toBe('41');
  });

  it('shows in the header whether live updates arrive', async () => {
    const streams = fakeEventStreams();
    renderApp({ routes: deskRoutes, streams });
    const badge = screen.getByTestId('connection-badge');
    expect(badge).toHaveTextContent('Подключение…');

    const first = await streams.connection(1);
    await waitFor(() => expect(badge).toHaveTextContent('Обновления в реальном времени: В эфире'));

    streams.refuse(503);
    first.end();
    await waitFor(() => expect(badge).toHaveTextContent('Переподключение…'));
    expect(badge).toHaveAttribute('data-state', 'reconnecting');
  });

  it('opens no stream for someone who is not staff', () => {
    const { streams } = renderDesk(['integration']);

    expect(screen.queryByTestId('connection-badge')).not.toBeInTheDocument();
    expect(streams.connections).toHaveLength(0);
  });
});
