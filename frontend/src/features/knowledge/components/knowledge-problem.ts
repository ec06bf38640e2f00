import type { TFunction } from 'i18next';
import { ApiError, fieldErrorsOf, isProblemOfType, problemTypes, type ProblemType } from '@/lib/api';

const idempotencyInProgress = 'https://emergency-desk.pass24.online/problems/idempotency-in-progress' satisfies ProblemType;
const rateLimited = 'https://emergency-desk.pass24.online/problems/rate-limited' satisfies ProblemType;

/** Why a knowledge request failed, sorted by what the screen should do about it. */
export type KnowledgeProblem =
  /** 412: someone saved the article after it was read. */
  | { kind: 'stale' }
  /** 400 with messages per field; those of unknown fields go to the summary. */
  | { kind: 'invalid'; byField: Record<string, string[]>; summary: string[] }
  | { kind: 'other'; message: string };

function asksToRetryLater(error: ApiError): boolean {
  return error.status === 429 || isProblemOfType(error.problem, idempotencyInProgress) || isProblemOfType(error.problem, rateLimited);
}

// `tags[3]` is a message about the tags field.
function fieldOf(name: string): string {
  return name.replace(/\[\d+\]$/, '');
}

/** The server's detail is English: the agent reads the same facts in the UI's language. */
export function knowledgeProblemOf(error: Error, fieldNames: readonly string[], t: TFunction): KnowledgeProblem {
  if (!(error instanceof ApiError)) return { kind: 'other', message: t('knowledge.problem.noAnswer', { reason: error.message }) };
  const problem = error.problem;
  if (error.status === 412 || isProblemOfType(problem, problemTypes.preconditionFailed)) return { kind: 'stale' };
  if (asksToRetryLater(error)) return { kind: 'other', message: t('knowledge.problem.retryLater') };
  if (error.status === 409 || isProblemOfType(problem, problemTypes.invalidTransition)) {
    return { kind: 'other', message: t('knowledge.problem.ticketNotClosed') };
  }
  const byField: Record<string, string[]> = {};
  const summary: string[] = [];
  for (const [name, messages] of fieldErrorsOf(problem)) {
    const field = fieldOf(name);
    if (fieldNames.includes(field)) byField[field] = [...(byField[field] ?? []), ...messages];
    else summary.push(...messages);
  }
  if (Object.keys(byField).length > 0 || summary.length > 0) return { kind: 'invalid', byField, summary };
  if (error.status === 400) return { kind: 'other', message: t('knowledge.problem.invalid') };
  if (error.status === 401) return { kind: 'other', message: t('knowledge.problem.unauthorized') };
  if (error.status === 403) return { kind: 'other', message: t('knowledge.problem.forbidden') };
  if (error.status === 404) return { kind: 'other', message: t('knowledge.problem.notFound') };
  return { kind: 'other', message: problem?.title ?? t('knowledge.problem.status', { status: error.status }) };
}

/**
 * Whether the next attempt needs a new `Idempotency-Key`. The server replays its first answer
 * to a key: after a refusal (nothing was created; the form or the ticket may change) the key
 * is spent. With no answer, a server error or "still running", the same key keeps a retry safe.
 */
export function spendsIdempotencyKey(error: Error): boolean {
  return error instanceof ApiError && error.status < 500 && !asksToRetryLater(error);
}
