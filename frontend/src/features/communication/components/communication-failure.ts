import type { TFunction } from 'i18next';
import { ApiError, fieldErrorsOf, isProblemOfType, problemTypes } from '@/lib/api';
import { communicationProblemTypes } from '../api/types';
import { placeholderName } from './placeholder-name';

/**
 * Why the server refused a message, in the reader's language: each problem type of the contract
 * has its own sentence; the server's English detail is kept only as a second line.
 */
export function communicationFailure(error: Error, t: TFunction): string[] {
  if (!(error instanceof ApiError)) return [t('communication.failure.network'), error.message];
  const problem = error.problem;
  if (isProblemOfType(problem, communicationProblemTypes.forbiddenPhrase)) {
    const found = (problem.findings ?? []).map((f) => t('communication.failure.finding', { found: f.found, phrase: f.phrase }));
    return [t('communication.failure.forbiddenPhrase', { found: found.join('; ') })];
  }
  if (isProblemOfType(problem, communicationProblemTypes.missingPlaceholder)) {
    const names = (problem.missing ?? []).map((name) => placeholderName(name, t));
    return [t('communication.failure.missingPlaceholder', { names: names.join(', ') })];
  }
  if (isProblemOfType(problem, problemTypes.validationError)) {
    const fields = [...fieldErrorsOf(problem)];
    const lines = fields.map(([field, messages]) => t('communication.failure.field', { field: fieldName(field, t), message: messages.join(' ') }));
    return [t('problem.validationError'), ...lines];
  }
  if (error.status === 409 || isProblemOfType(problem, problemTypes.invalidTransition)) return [t('communication.failure.notAllowed')];
  if (error.status === 412 || isProblemOfType(problem, problemTypes.preconditionFailed)) return [t('communication.failure.stale')];
  if (error.status === 403) return [t('problem.forbidden')];
  if (error.status === 404) return [t('problem.notFound')];
  return [t('problem.other', { status: error.status }), ...(problem?.detail ? [problem.detail] : [])];
}

function fieldName(field: string, t: TFunction): string {
  switch (field) {
    case 'channel':
      return t('communication.composer.channel');
    case 'direction':
      return t('communication.composer.direction');
    case 'text':
      return t('communication.composer.text');
    case 'subject':
      return t('communication.composer.subject');
    case 'at':
      return t('communication.composer.at');
    case 'delayReason':
      return t('communication.composer.delayReason');
    case 'body':
      return t('communication.templates.body');
    default:
      return field;
  }
}
