import { useTranslation } from 'react-i18next';
import { useAttachmentContent } from '../api/download-attachment';
import type { Attachment } from '../api/types';
import { useObjectUrl } from '../hooks/use-object-url';

/** A small picture of an image attachment, fetched with the bearer token. */
export function AttachmentThumbnail({ ticketId, attachment }: { ticketId: string; attachment: Attachment }) {
  const { t } = useTranslation();
  const content = useAttachmentContent(ticketId, attachment.id);
  const url = useObjectUrl(content.data);
  if (!url) return <span className="attachment-thumbnail attachment-thumbnail--empty" aria-hidden="true" />;
  return (
    <img
      className="attachment-thumbnail"
      src={url}
      alt={t('attachments.list.thumbnail', { name: attachment.fileName })}
      loading="lazy"
    />
  );
}
