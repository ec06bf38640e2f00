import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage } from '@/lib/i18n';
import { isImage, maxAttachmentBytes } from '../api/accepted-files';
import type { AttachmentUpload } from '../hooks/use-attachment-uploads';
import { useObjectUrl } from '../hooks/use-object-url';
import { formatFileSize } from './format-file-size';
import { uploadFailureMessage } from './upload-failure';

type UploadItemProps = {
  upload: AttachmentUpload;
  onCancel: (id: number) => void;
  onDismiss: (id: number) => void;
};

/** A file on its way: a preview of an image, its progress, or why it was refused. */
export function UploadItem({ upload, onCancel, onDismiss }: UploadItemProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const { id, file, sent, failure } = upload;
  const preview = useObjectUrl(isImage(file.type) ? file : undefined);
  const percent = sent === undefined ? undefined : Math.round(sent * 100);
  return (
    <li className="attachment-upload" data-testid="attachment-upload" data-state={failure ? 'failed' : 'uploading'}>
      {preview && (
        <img className="attachment-thumbnail" src={preview} alt={t('attachments.upload.preview', { name: file.name })} />
      )}
      <div className="attachment-upload__body">
        <p className="attachment-upload__name">
          {file.name} <span className="muted">{formatFileSize(file.size, t, language)}</span>
        </p>
        {failure ? (
          <p role="alert" className="field-error">
            {uploadFailureMessage(failure, file.name, formatFileSize(maxAttachmentBytes, t, language), t)}
          </p>
        ) : (
          <p className="attachment-upload__progress">
            <progress
              max={100}
              {...(percent === undefined ? {} : { value: percent })}
              aria-label={t('attachments.upload.progress', { name: file.name })}
            />{' '}
            <span className="muted" aria-hidden="true">
              {percent === undefined
                ? t('attachments.upload.starting')
                : new Intl.NumberFormat(language, { style: 'percent' }).format(percent / 100)}
            </span>
          </p>
        )}
      </div>
      {failure ? (
        <button
          type="button"
          className="button button--small"
          aria-label={t('attachments.upload.dismissFile', { name: file.name })}
          onClick={() => onDismiss(id)}
        >
          {t('attachments.upload.dismiss')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--small"
          aria-label={t('attachments.upload.cancelFile', { name: file.name })}
          onClick={() => onCancel(id)}
        >
          {t('attachments.upload.cancel')}
        </button>
      )}
    </li>
  );
}
