import { useTranslation } from 'react-i18next';
import { useAttachments } from '../api/list-attachments';
import { AttachmentRow } from './attachment-row';

/** The ticket's stored files, oldest first. */
export function AttachmentList({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const attachments = useAttachments(ticketId);
  if (attachments.isPending) return <p className="muted">{t('attachments.list.loading')}</p>;
  if (attachments.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('attachments.list.failed', { reason: attachments.error.message })}
      </p>
    );
  }
  if (attachments.data.items.length === 0) return <p className="muted">{t('attachments.list.empty')}</p>;
  return (
    <div className="attachment-list">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('attachments.list.columns.file')}</th>
            <th scope="col">{t('attachments.list.columns.size')}</th>
            <th scope="col">{t('attachments.list.columns.type')}</th>
            <th scope="col">{t('attachments.list.columns.uploadedBy')}</th>
            <th scope="col">{t('attachments.list.columns.uploadedAt')}</th>
            <th scope="col">{t('attachments.list.columns.sha256')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('attachments.list.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {attachments.data.items.map((attachment) => (
            <AttachmentRow key={attachment.id} ticketId={ticketId} attachment={attachment} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
