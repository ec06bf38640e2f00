import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ConnectionBadge } from '@/components/live/connection-badge';
import { paths } from '@/config/paths';
import { hasRole, useAuth } from '@/lib/auth';
import { useLiveConnection } from '@/lib/sse';
import { LanguageSwitch } from './language-switch';

export function AppHeader() {
  const { t } = useTranslation();
  const session = useAuth();
  const { displayName, logout } = session;
  const live = useLiveConnection();
  return (
    <header className="app-header">
      <div className="app-brand">
        <strong>{t('app.name')}</strong>
        <span className="muted">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('nav.main')} className="app-nav">
        <NavLink to={paths.queue.getHref()} end>
          {t('nav.queue')}
        </NavLink>
        <NavLink to={paths.newTicket.getHref()}>{t('nav.newTicket')}</NavLink>
        {(hasRole(session, 'developer') || hasRole(session, 'lead') || hasRole(session, 'agent')) && (
          <NavLink to={paths.escalations.getHref()}>{t('nav.escalations')}</NavLink>
        )}
        <NavLink to={paths.knowledge.getHref()}>{t('nav.knowledge')}</NavLink>
        {hasRole(session, 'lead') && <NavLink to={paths.templates.getHref()}>{t('nav.templates')}</NavLink>}
        {hasRole(session, 'lead') && <NavLink to={paths.webhooks.getHref()}>{t('nav.webhooks')}</NavLink>}
        {hasRole(session, 'lead') && <NavLink to={paths.calendar.getHref()}>{t('nav.calendar')}</NavLink>}
        {hasRole(session, 'lead') && <NavLink to={paths.slaPolicies.getHref()}>{t('nav.slaPolicies')}</NavLink>}
        {hasRole(session, 'lead') && <NavLink to={paths.dashboard.getHref()}>{t('nav.dashboard')}</NavLink>}
        {hasRole(session, 'lead') && <NavLink to={paths.reports.getHref()}>{t('nav.reports')}</NavLink>}
      </nav>
      <div className="app-user">
        {live && <ConnectionBadge state={live} />}
        <LanguageSwitch />
        <span data-testid="current-user" title={t('header.signedInAs', { name: displayName })}>
          {displayName}
        </span>
        <button type="button" className="button" onClick={logout}>
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
