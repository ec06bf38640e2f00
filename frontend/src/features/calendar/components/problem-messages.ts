import type { TFunction } from 'i18next';
import { ApiError, isProblemOfType, problemTypes } from '@/lib/api';

/**
 * What the server said went wrong, for a reader: the problem's `detail` (e.g. which XML element
 * is at fault) and each `errors[].message`; a generic line when the body was no problem.
 */
export function problemMessages(error: Error, t: TFunction): string[] {
  if (!(error instanceof ApiError)) return [error.message];
  const problem = error.problem;
  const fallback = isProblemOfType(problem, problemTypes.payloadTooLarge)
    ? t('problem.payloadTooLarge')
    : error.status === 403
      ? t('problem.forbidden')
      : t('problem.other', { status: error.status });
  const messages = [problem?.detail ?? problem?.title ?? fallback];
  for (const { message } of problem?.errors ?? []) {
    if (!messages.includes(message)) messages.push(message);
  }
  return messages;
}
