import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aWallboard } from '@/features/wallboard/testing/wallboard-fixture';
import { fakeApi } from '@/testing/fake-api';
import { fakeEventStreams } from '@/testing/fake-event-stream';
import { renderApp } from '@/testing/render-app';
import { routes } from '../routes';

const api = () => fakeApi(({ path }) => (path === '/api/v1/wallboard' ? { status: 200, body: aWallboard({ emergencies: [] }) } : { status: 200, body: { items: [] } }));

describe('the wallboard route', () => {
  it('is where a wallboard screen lands from /, full screen, without the desk', async () => {
    const streams = fakeEventStreams();
    const { router } = renderApp({ routes, initialPath: '/', fetch: api().fetch, streams, session: { roles: ['wallboard'] } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Экстренные обращения' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/wallboard');
    expect(screen.queryByRole('navigation', { name: 'Разделы' })).not.toBeInTheDocument();
    await waitFor(() => expect(streams.connections.map((c) => c.path)).toEqual(['/api/v1/wallboard/stream']));
  });

  it('opens for agents and leads too, who stay on the desk at /', async () => {
    const { unmount } = renderApp({ routes, initialPath: '/wallboard', fetch: api().fetch, session: { roles: ['agent', 'lead', 'wallboard'] } });
    expect(await screen.findByText('Активных экстренных обращений нет')).toBeInTheDocument();
    unmount();

    const { router } = renderApp({ routes, initialPath: '/', fetch: api().fetch, session: { roles: ['agent', 'wallboard'] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Очередь обращений' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('is closed to other users', () => {
    renderApp({ routes, initialPath: '/wallboard', session: { roles: ['developer'] } });

    expect(screen.getByRole('alert')).toHaveTextContent('Табло доступно ролям «табло», «агент» и «руководитель».');
  });
});
