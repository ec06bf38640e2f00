import type { TFunction } from 'i18next';
import { ApiError, fieldErrorsOf, isProblemOfType, problemTypes } from '@/lib/api';
import type { TicketAction } from '../../api/types';

/** What the actions panel says above the forms after a refused action. */
export type ActionNotice =
  | { kind: 'not-allowed'; allowed: TicketAction[]; detail: string | undefined }
  | { kind: 'stale' };

export type ActionFailure = {
  byField: Record<string, string[]>;
  summary: string[];
  notice?: ActionNotice;
};

/**
 * Sorts out why an action failed: a refused transition (409, with the allowed actions) and a
 * stale version (412) are told above the forms; validation messages go next to their fields.
 */
export function actionFailureOf(error: Error, fieldNames: readonly string[], t: TFunction): ActionFailure {
  if (!(error instanceof ApiError)) return { byField: {}, summary: [t('ticket.actions.failed'), error.message] };
  const problem = error.problem;
  if (error.status === 412 || isProblemOfType(problem, problemTypes.preconditionFailed)) {
    return { byField: {}, summary: [], notice: { kind: 'stale' } };
  }
  if (error.status === 409 || isProblemOfType(problem, problemTypes.invalidTransition)) {
    return {
      byField: {},
      summary: [],
      notice: { kind: 'not-allowed', allowed: [...(problem?.allowedActions ?? [])], detail: problem?.detail },
    };
  }
  const byField: Record<string, string[]> = {};
  const summary: string[] = [];
  for (const [name, messages] of fieldErrorsOf(problem)) {
    if (fieldNames.includes(name)) byField[name] = messages;
    else summary.push(...messages);
  }
  if (Object.keys(byField).length > 0 || summary.length > 0) return { byField, summary };
  return {
    byField,
    summary: [
      t('ticket.actions.failed'),
      problem?.detail ?? problem?.title ?? (error.status === 403 ? t('problem.forbidden') : t('problem.other', { status: error.status })),
    ],
  };
}
