import { useTranslation } from 'react-i18next';
import type { PhraseFinding } from '../api/types';
import { highlightSegments } from './highlight-segments';

type HighlightedTextProps = { text: string; findings: readonly PhraseFinding[]; className?: string };

/** The text with every forbidden phrase found marked where it stands; built from slices, never HTML. */
export function HighlightedText({ text, findings, className }: HighlightedTextProps) {
  const { t } = useTranslation();
  return (
    <p className={['message-text', className].filter(Boolean).join(' ')}>
      {highlightSegments(text, findings).map((segment) =>
        segment.findings.length === 0 ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <mark
            key={segment.start}
            className="forbidden-phrase"
            title={t('communication.preview.markTitle', { phrases: segment.findings.map((f) => `«${f.phrase}»`).join(', ') })}
          >
            {segment.text}
          </mark>
        ),
      )}
    </p>
  );
}
