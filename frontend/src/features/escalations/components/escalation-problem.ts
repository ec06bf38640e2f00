import type { TFunction } from 'i18next';
import { ApiError, fieldErrorsOf, isProblemOfType, problemTypes, type ProblemType } from '@/lib/api';

const forbiddenPhrase = 'https://emergency-desk.pass24.online/problems/forbidden-phrase' satisfies ProblemType;
const missingPlaceholder = 'https://emergency-desk.pass24.online/problems/missing-placeholder' satisfies ProblemType;
const idempotencyInProgress = 'https://emergency-desk.pass24.online/problems/idempotency-in-progress' satisfies ProblemType;
const rateLimited = 'https://emergency-desk.pass24.online/problems/rate-limited' satisfies ProblemType;

/** Why a request about an escalation failed, sorted by what the screen should do about it. */
export type EscalationProblem =
  /** No HTTP answer: the request may or may not have reached the server. */
  | { kind: 'no-answer'; reason: string }
  /** 412: the escalation changed since it was read. */
  | { kind: 'stale' }
  /** 409: the state does not allow it (the ticket is closed, or development already has it). */
  | { kind: 'conflict'; detail: string | undefined }
  /** The same request is still running, or the caller's budget is spent: wait and retry. */
  | { kind: 'retry-later' }
  /** 422 on the client notice: the template misses values or holds a forbidden phrase. */
  | { kind: 'notice-refused'; message: string }
  /** 400 with messages per field; those of other fields go to the summary. */
  | { kind: 'invalid'; byField: Record<string, string[]>; summary: string[] }
  | { kind: 'other'; message: string };

function asksToRetryLater(error: ApiError): boolean {
  return error.status === 429 || isProblemOfType(error.problem, idempotencyInProgress) || isProblemOfType(error.problem, rateLimited);
}

// The server's detail is English; the agent reads the same facts in the UI's language.
function noticeRefusalOf(error: ApiError, t: TFunction): string | undefined {
  const problem = error.problem;
  if (isProblemOfType(problem, missingPlaceholder)) {
    return t('escalations.problem.missingPlaceholder', { names: (problem.missing ?? []).join(', ') });
  }
  if (isProblemOfType(problem, forbiddenPhrase)) {
    const phrases = (problem.findings ?? []).map((finding) => `«${finding.found}»`).join(', ');
    return t('escalations.problem.forbiddenPhrase', { phrases });
  }
  return undefined;
}

export function escalationProblemOf(error: Error, fieldNames: readonly string[], t: TFunction): EscalationProblem {
  if (!(error instanceof ApiError)) return { kind: 'no-answer', reason: error.message };
  const problem = error.problem;
  if (error.status === 412 || isProblemOfType(problem, problemTypes.preconditionFailed)) return { kind: 'stale' };
  if (asksToRetryLater(error)) return { kind: 'retry-later' };
  if (error.status === 409 || isProblemOfType(problem, problemTypes.invalidTransition)) {
    return { kind: 'conflict', detail: problem?.detail };
  }
  const refusal = noticeRefusalOf(error, t);
  if (refusal) return { kind: 'notice-refused', message: refusal };
  const byField: Record<string, string[]> = {};
  const summary: string[] = [];
  for (const [name, messages] of fieldErrorsOf(problem)) {
    if (fieldNames.includes(name)) byField[name] = messages;
    else summary.push(...messages);
  }
  if (Object.keys(byField).length > 0 || summary.length > 0) return { kind: 'invalid', byField, summary };
  if (error.status === 403) return { kind: 'other', message: t('escalations.problem.forbidden') };
  if (error.status === 404) return { kind: 'other', message: t('escalations.problem.notFound') };
  return { kind: 'other', message: problem?.detail ?? problem?.title ?? t('escalations.problem.status', { status: error.status }) };
}

/**
 * Whether the next attempt needs a new `Idempotency-Key`. The server replays its first answer
 * to a key, and refuses the key with a different body: after it has answered with a refusal
 * (nothing was created, and the agent may now change the form) the key is spent. With no
 * answer, a server error or "still running", the same key makes the retry safe.
 */
export function spendsIdempotencyKey(error: Error): boolean {
  return error instanceof ApiError && error.status < 500 && !asksToRetryLater(error);
}
