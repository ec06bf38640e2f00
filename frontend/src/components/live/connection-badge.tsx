import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '@/lib/sse';
import './connection-badge.css';

type ConnectionBadgeProps = { state: ConnectionState; className?: string };

/**
 * Whether live updates arrive: a coloured dot and a word. Screen readers get the whole phrase;
 * it is not a live region, so a brief reconnection does not interrupt anyone.
 */
export function ConnectionBadge({ state, className }: ConnectionBadgeProps) {
  const { t } = useTranslation();
  const word = t(`connection.${state}`);
  const label = t('connection.label', { state: word });
  return (
    <span
      title={label}
      className={['connection-badge', `connection-badge--${state}`, className].filter(Boolean).join(' ')}
      data-testid="connection-badge"
      data-state={state}
    >
      <span className="connection-badge__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('connection.prefix')}</span>
      {word}
    </span>
  );
}
