import { useTranslation } from 'react-i18next';
import type { OwedAction } from '../api/types';

/** After a RESOLUTION breach: what the regulation's special case owes, done or not. */
export function OwedActions({ owed }: { owed: readonly OwedAction[] | undefined }) {
  const { t } = useTranslation();
  if (!owed || owed.length === 0) return null;
  return (
    <section className="panel owed-actions" role="region" aria-labelledby="owed-actions-heading" data-testid="owed-actions">
      <h2 id="owed-actions-heading">{t('ticket.owed.title')}</h2>
      <ul className="checklist">
        {owed.map((item) => (
          <li
            key={item.action}
            className={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'}
            data-testid={`owed-${item.action}`}
            data-done={item.done}
          >
            <span className="checklist__mark" aria-hidden="true">
              {item.done ? '✓' : '!'}
            </span>
            <span>
              {t(`ticket.owed.items.${item.action}`)}{' '}
              <span className="muted">({item.done ? t('ticket.owed.done') : t('ticket.owed.pending')})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
