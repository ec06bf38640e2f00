import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import { isImage } from '../api/accepted-files';
import { useSaveAttachment } from '../api/download-attachment';
import type { Attachment } from '../api/types';
import { AttachmentThumbnail } from './attachment-thumbnail';
import { formatFileSize } from './format-file-size';

const SHA256_SHOWN = 12;

/** One stored file: what it is, who added it when, its checksum and a download. */
export function AttachmentRow({ ticketId, attachment }: { ticketId: string; attachment: Attachment }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const save = useSaveAttachment(ticketId);
  const { fileName, contentType, size, sha256, uploadedBy, uploadedAt } = attachment;
  return (
    <tr data-testid="attachment" data-attachment-id={attachment.id}>
      <th scope="row" className="attachment__file">
        {isImage(contentType) && <AttachmentThumbnail ticketId={ticketId} attachment={attachment} />}
        <span className="attachment__name">{fileName}</span>
      </th>
      <td className="attachment__size">{formatFileSize(size, t, language)}</td>
      <td>
        <code>{contentType}</code>
      </td>
      <td>{uploadedBy}</td>
      <td>
        <time dateTime={uploadedAt}>{formatDateTime(uploadedAt, language)}</time>
      </td>
      <td>
        <code className="attachment__sha256" title={sha256}>
          {sha256.length > SHA256_SHOWN ? `${sha256.slice(0, SHA256_SHOWN)}…` : sha256}
        </code>
      </td>
      <td>
        <button
          type="button"
          className="button button--small"
          disabled={save.isPending}
          aria-label={t('attachments.list.downloadFile', { name: fileName })}
          onClick={() => save.mutate(attachment)}
        >
          {save.isPending ? t('attachments.list.downloading') : t('attachments.list.download')}
        </button>
        {save.error && (
          <p role="alert" className="field-error">
            {t('attachments.list.downloadFailed', { name: fileName, reason: save.error.message })}
          </p>
        )}
      </td>
    </tr>
  );
}
