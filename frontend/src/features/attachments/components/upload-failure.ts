import type { TFunction } from 'i18next';
import { ApiError, isProblemOfType, problemTypes, type ProblemType } from '@/lib/api';
import { AttachmentTooLarge, isAcceptedByName } from '../api/accepted-files';

const unsupportedMediaType = 'https://emergency-desk.pass24.online/problems/unsupported-media-type' satisfies ProblemType;

/**
 * Why a file was refused, in the reader's language. The server sends one problem type for a type
 * off the allow-list and for content that contradicts the name: a name that promises an accepted
 * type tells the two apart. A proxy's 413 or 415 without a problem body reads the same.
 */
export function uploadFailureMessage(error: Error, fileName: string, limit: string, t: TFunction): string {
  if (error instanceof AttachmentTooLarge) return t('attachments.upload.errors.tooLarge', { limit });
  if (!(error instanceof ApiError)) return t('attachments.upload.errors.network');
  const { problem, status } = error;
  if (isProblemOfType(problem, problemTypes.payloadTooLarge) || (!problem && status === 413)) {
    return t('attachments.upload.errors.tooLarge', { limit });
  }
  if (isProblemOfType(problem, unsupportedMediaType) || (!problem && status === 415)) {
    return isAcceptedByName(fileName)
      ? t('attachments.upload.errors.contentMismatch')
      : t('attachments.upload.errors.typeNotAllowed');
  }
  if (isProblemOfType(problem, problemTypes.forbidden) || status === 403) return t('attachments.upload.errors.forbidden');
  if (isProblemOfType(problem, problemTypes.notFound) || status === 404) return t('attachments.upload.errors.notFound');
  return t('attachments.upload.errors.other', { status });
}
