import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import { useCommunications } from '../api/list-communications';
import type { Communication } from '../api/types';
import { communicationFailure } from './communication-failure';
import { HighlightedText } from './highlighted-text';

function CommunicationEntry({ communication }: { communication: Communication }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const { channel, direction, deliveryStatus, templateKind, templateVersion, warnings } = communication;
  return (
    <li
      className={`communication communication--${direction.toLowerCase()}`}
      data-testid="communication"
      data-direction={direction}
      data-delivery={deliveryStatus}
    >
      <p className="communication__head">
        <time dateTime={communication.at}>{formatDateTime(communication.at, language)}</time>
        {' · '}
        <strong>{t(`channel.${channel}`)}</strong>
        {' · '}
        {t(`communication.direction.${direction}`)}
        {' · '}
        <span>{t('communication.log.author', { author: communication.author })}</span>
        {deliveryStatus !== 'LOGGED' && (
          <>
            {' '}
            <span className={`delivery-status delivery-status--${deliveryStatus.toLowerCase()}`}>
              {t(`communication.deliveryStatus.${deliveryStatus}`)}
            </span>
          </>
        )}
      </p>
      {communication.subject && <p className="communication__subject">{t('communication.log.subject', { subject: communication.subject })}</p>}
      <HighlightedText text={communication.text} findings={warnings} />
      {templateKind && (
        <p className="muted">
          {templateVersion === undefined
            ? t('communication.log.template', { template: t(`communication.templateKind.${templateKind}`) })
            : t('communication.log.templateVersion', { template: t(`communication.templateKind.${templateKind}`), version: templateVersion })}
        </p>
      )}
      {communication.overrideWarnings && (
        <p className="communication__override">
          {t('communication.log.override', { phrases: warnings.map((w) => `«${w.found}»`).join(', ') })}
        </p>
      )}
    </li>
  );
}

/** What was said to and heard from the client, oldest first. */
export function CommunicationLog({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const log = useCommunications(ticketId);
  if (log.isPending) return <p className="muted">{t('communication.log.loading')}</p>;
  if (log.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('communication.log.failed', { reason: communicationFailure(log.error, t).join(' ') })}
      </p>
    );
  }
  if (log.data.items.length === 0) return <p className="muted">{t('communication.log.empty')}</p>;
  return (
    <ol className="communications-log" aria-label={t('communication.log.title')}>
      {log.data.items.map((communication) => (
        <CommunicationEntry key={communication.id} communication={communication} />
      ))}
    </ol>
  );
}
