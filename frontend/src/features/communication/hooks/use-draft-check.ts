import { usePreviewCommunication } from '../api/preview-communication';
import type { CommunicationPreview, PhraseFinding, TemplateKind } from '../api/types';
import { missingPlaceholders } from './missing-placeholders';
import { useDebouncedValue } from './use-debounced-value';

const PREVIEW_DELAY_MS = 300;

type Draft = { ticketId: string; text: string; subject: string; templateKind: TemplateKind | undefined; enabled: boolean };

export type DraftCheck = {
  /** What to show: the last answer, perhaps about a slightly older text while `checking`. */
  shown: CommunicationPreview | undefined;
  /** The text on screen has not been checked yet. */
  checking: boolean;
  /** The check of the text on screen failed; the server checks again on sending. */
  failure: Error | undefined;
  /** Forbidden phrases in the text on screen (none until it is checked). */
  findings: PhraseFinding[];
  /** Placeholders without a value: reported by the server or still marked in the text. */
  missing: string[];
};

/** The server's check of a draft, asked once the agent pauses typing. */
export function useDraftCheck({ ticketId, text, subject, templateKind, enabled }: Draft): DraftCheck {
  const settled = useDebouncedValue(text, PREVIEW_DELAY_MS);
  const request = enabled && settled.trim() !== '' ? { text: settled, ...(templateKind ? { templateKind } : {}) } : undefined;
  const preview = usePreviewCommunication(ticketId, request);
  const current = settled === text;
  // An answer counts only when it is about the text on screen now.
  const checked = current && !preview.isPlaceholderData ? preview.data : undefined;
  const failure = current && preview.isError ? preview.error : undefined;
  return {
    shown: checked ?? preview.data,
    checking: enabled && text.trim() !== '' && !checked && !failure,
    failure: failure ?? undefined,
    findings: checked?.forbidden ?? [],
    missing: enabled ? missingPlaceholders(checked?.missing ?? [], text, subject) : [],
  };
}
