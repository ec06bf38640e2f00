import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { languageStorageKey } from '@/lib/i18n';
import { LiveConnectionContext, type ConnectionState } from '@/lib/sse';
import { renderApp } from '@/testing/render-app';
import { AppHeader } from './app-header';

const headerRoutes = [{ path: '/', element: <AppHeader /> }];

describe('AppHeader', () => {
  it('speaks Russian by default and shows who is signed in', () => {
    renderApp({ routes: headerRoutes });

    expect(screen.getByRole('link', { name: 'Очередь' })).toBeInTheDocument();
    expect(screen.getByTestId('current-user')).toHaveTextContent('Анна Агентова');
  });

  it('switches the labels to English and remembers the choice', async () => {
    const { storage } = renderApp({ routes: headerRoutes });

    await userEvent.selectOptions(screen.getByLabelText('Язык интерфейса'), 'en');

    expect(screen.getByRole('link', { name: 'Queue' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New ticket' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Очередь' })).not.toBeInTheDocument();
    expect(storage.getItem(languageStorageKey)).toBe('en');
  });

  it('starts in the language saved earlier', () => {
    renderApp({ routes: headerRoutes, language: 'en' });

    expect(screen.getByRole('link', { name: 'Queue' })).toBeInTheDocument();
  });

  it('links to the calendar only for a shift lead', () => {
    const { unmount } = renderApp({ routes: headerRoutes, session: { roles: ['agent'] } });
    expect(screen.queryByRole('link', { name: 'Календарь' })).not.toBeInTheDocument();
    unmount();

    renderApp({ routes: headerRoutes, session: { roles: ['agent', 'lead'] } });
    expect(screen.getByRole('link', { name: 'Календарь' })).toHaveAttribute('href', '/calendar');
  });

  it('links to the SLA policies only for a lead', () => {
    const { unmount } = renderApp({ routes: headerRoutes, session: { roles: ['agent'] } });
    expect(screen.queryByRole('link', { name: 'SLA-политики' })).not.toBeInTheDocument();
    unmount();

    renderApp({ routes: headerRoutes, session: { roles: ['agent', 'lead'] } });
    expect(screen.getByRole('link', { name: 'SLA-политики' })).toHaveAttribute('href', '/sla-policies');
  });

  it("links to today's summary and the SLA reports only for a lead", () => {
    const { unmount } = renderApp({ routes: headerRoutes, session: { roles: ['agent'] } });
    expect(screen.queryByRole('link', { name: 'Сводка' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Отчёты' })).not.toBeInTheDocument();
    unmount();

    renderApp({ routes: headerRoutes, session: { roles: ['agent', 'lead'] } });
    expect(screen.getByRole('link', { name: 'Сводка' })).toHaveAttribute('href', '/dashboard');
    expect(screen.getByRole('link', { name: 'Отчёты' })).toHaveAttribute('href', '/reports');
  });

  it.each([
    ['open', 'В эфире'],
    ['connecting', 'Подключение…'],
    ['reconnecting', 'Переподключение…'],
    ['closed', 'Нет связи'],
  ] as const)('shows a live connection that is %s as «%s», labelled for screen readers', (state: ConnectionState, word) => {
    const routes = [{ path: '/', element: <LiveConnectionContext.Provider value={state}><AppHeader /></LiveConnectionContext.Provider> }];
    renderApp({ routes });

    const badge = screen.getByTestId('connection-badge');
    expect(badge).toHaveTextContent(`Обновления в реальном времени: ${word}`);
    expect(badge).toHaveAttribute('title', `Обновления в реальном времени: ${word}`);
    expect(badge).toHaveAttribute('data-state', state);
  });

  it('shows no connection when the user has no live stream', () => {
    renderApp({ routes: headerRoutes });

    expect(screen.queryByTestId('connection-badge')).not.toBeInTheDocument();
  });

  it('logs out through the auth session', async () => {
    const logout = vi.fn();
    renderApp({ routes: headerRoutes, session: { logout } });

    await userEvent.click(screen.getByRole('button', { name: 'Выйти' }));

    expect(logout).toHaveBeenCalledOnce();
  });
});
