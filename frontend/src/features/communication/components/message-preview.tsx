import { useTranslation } from 'react-i18next';
import type { CommunicationPreview } from '../api/types';
import { HighlightedText } from './highlighted-text';
import { placeholderName } from './placeholder-name';

type MessagePreviewProps = {
  id: string;
  /** The server's last check; it may be of a slightly older text while `checking`. */
  preview: CommunicationPreview | undefined;
  missing: readonly string[];
  checking: boolean;
  failed: string | undefined;
};

/** The draft as the client will read it, each forbidden phrase marked, and what is wrong with it. */
export function MessagePreview({ id, preview, missing, checking, failed }: MessagePreviewProps) {
  const { t } = useTranslation();
  const findings = preview?.forbidden ?? [];
  const clean = preview !== undefined && !checking && findings.length === 0 && missing.length === 0;
  return (
    <section className="message-preview" aria-labelledby={`${id}-heading`} aria-busy={checking}>
      <h4 id={`${id}-heading`}>{t('communication.preview.title')}</h4>
      {checking && <p className="muted">{t('communication.preview.checking')}</p>}
      {failed && (
        <p role="alert" className="error-banner">
          {t('communication.preview.failed', { reason: failed })}
        </p>
      )}
      {preview?.subject && <p className="muted">{t('communication.preview.subject', { subject: preview.subject })}</p>}
      {preview && <HighlightedText text={preview.text} findings={findings} className="message-preview__text" />}
      {(findings.length > 0 || missing.length > 0) && (
        <ul className="message-warnings" aria-label={t('communication.preview.warnings')}>
          {findings.map((finding) => (
            <li key={`${finding.start}-${finding.phrase}`} className="message-warning message-warning--phrase">
              {t('communication.preview.forbidden', { phrase: finding.phrase, found: finding.found })}
            </li>
          ))}
          {missing.map((name) => (
            <li key={name} className="message-warning message-warning--missing">
              {t('communication.preview.missing', { name: placeholderName(name, t), marker: `[нет данных: ${name}]` })}
            </li>
          ))}
        </ul>
      )}
      {clean && <p className="success-text">{t('communication.preview.clean')}</p>}
    </section>
  );
}
