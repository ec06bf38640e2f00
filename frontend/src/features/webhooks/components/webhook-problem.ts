import type { TFunction } from 'i18next';
import { ApiError, fieldErrorsOf, isProblemOfType, type ProblemType } from '@/lib/api';

const unsafeWebhookUrl = 'https://emergency-desk.pass24.online/problems/unsafe-webhook-url' satisfies ProblemType;

/** What the form shows after a refusal: messages next to their fields, the rest above. */
export type WebhookFailure = { byField: Record<string, string[]>; summary: string[] };

export const noWebhookFailure: WebhookFailure = { byField: {}, summary: [] };

export function webhookFailureOf(error: Error, fieldNames: readonly string[], t: TFunction): WebhookFailure {
  if (!(error instanceof ApiError)) return { byField: {}, summary: [t('webhooks.problem.noAnswer', { reason: error.message })] };
  const problem = error.problem;
  if (isProblemOfType(problem, unsafeWebhookUrl)) return { byField: { url: [t('webhooks.problem.unsafeUrl')] }, summary: [] };
  const byField: Record<string, string[]> = {};
  const summary: string[] = [];
  for (const [name, messages] of fieldErrorsOf(problem)) {
    if (fieldNames.includes(name)) byField[name] = messages;
    else summary.push(...messages);
  }
  if (Object.keys(byField).length > 0 || summary.length > 0) return { byField, summary };
  if (error.status === 403) return { byField, summary: [t('webhooks.problem.forbidden')] };
  if (error.status === 404) return { byField, summary: [t('webhooks.problem.notFound')] };
  return { byField, summary: [problem?.detail ?? problem?.title ?? t('webhooks.problem.status', { status: error.status })] };
}

/** One line for a failed button (enable, delete, redeliver). */
export function webhookErrorOf(error: Error, t: TFunction): string {
  const { byField, summary } = webhookFailureOf(error, [], t);
  return [...summary, ...Object.values(byField).flat()].join(' ');
}
