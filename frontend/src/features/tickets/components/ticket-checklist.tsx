import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import type { ChecklistItem } from '../api/types';

type ChecklistProps = { items: readonly ChecklistItem[] | undefined };

function Items({ items, labelOf, testIdPrefix }: { items: readonly ChecklistItem[]; labelOf: (code: string) => string; testIdPrefix: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return (
    <ul className="checklist">
      {items.map((item) => (
        <li
          key={item.item}
          className={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'}
          data-testid={`${testIdPrefix}-${item.item}`}
          data-done={item.done}
        >
          <span className="checklist__mark" aria-hidden="true">
            {item.done ? '✓' : '○'}
          </span>
          <span className="checklist__label">
            {labelOf(item.item)}
            <span className="visually-hidden"> — {item.done ? t('ticket.checklist.done') : t('ticket.checklist.notDone')}</span>
            {(item.evidence || item.at) && (
              <span className="muted checklist__evidence">
                {item.evidence}
                {item.evidence && item.at && ' · '}
                {item.at && <time dateTime={item.at}>{formatDateTime(item.at, language)}</time>}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The regulation's control checklist, computed by the server from the ticket's data. */
export function TicketChecklist({ items }: ChecklistProps) {
  const { t, i18n } = useTranslation();
  const labelOf = (code: string) => {
    const key = `ticket.checklist.items.${code}`;
    return i18n.exists(key) ? t(key as 'ticket.checklist.items.OUT_OF_QUEUE') : code;
  };
  return (
    <section className="panel" aria-labelledby="ticket-checklist-heading">
      <h2 id="ticket-checklist-heading">{t('ticket.checklist.title')}</h2>
      {items && items.length > 0 ? (
        <Items items={items} labelOf={labelOf} testIdPrefix="checklist-item" />
      ) : (
        <p className="muted">{t('ticket.checklist.empty')}</p>
      )}
    </section>
  );
}

/** The regulation's success criteria of the ticket. */
export function SuccessCriteria({ items }: ChecklistProps) {
  const { t, i18n } = useTranslation();
  if (!items || items.length === 0) return null;
  const labelOf = (code: string) => {
    const key = `ticket.successCriteria.items.${code}`;
    return i18n.exists(key) ? t(key as 'ticket.successCriteria.items.CLIENT_CONFIRMED') : code;
  };
  return (
    <section className="panel" aria-labelledby="ticket-success-heading">
      <h2 id="ticket-success-heading">{t('ticket.successCriteria.title')}</h2>
      <Items items={items} labelOf={labelOf} testIdPrefix="success-criterion" />
    </section>
  );
}
