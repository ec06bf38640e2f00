import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage } from '@/lib/i18n';
import { acceptedFileTypes, maxAttachmentBytes } from '../api/accepted-files';
import { useAttachmentUploads } from '../hooks/use-attachment-uploads';
import { formatFileSize } from './format-file-size';
import { UploadItem } from './upload-item';

/** Where files are dropped or chosen, and the list of those on their way to the ticket. */
export function AttachmentDropZone({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const { uploads, lastUploaded, add, cancel, dismiss } = useAttachmentUploads(ticketId);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = `ticket-attachments-hint-${ticketId}`;

  function handleDragOver(event: DragEvent<HTMLDivElement>) {
    // Without this the browser would open the dropped file instead of handing it over.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function handleDragLeave(event: DragEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  }

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add(Array.from(event.dataTransfer.files));
  }

  return (
    <div className="attachment-uploads">
      <div
        className="attachment-drop-zone"
        data-testid="attachment-drop-zone"
        data-dragging={dragging || undefined}
        onDragEnter={handleDragOver}
        onDragOver={handleDragOver}
        onDragLeave={handleDragLeave}
        onDrop={handleDrop}
      >
        <p className="attachment-drop-zone__prompt">
          {t('attachments.upload.dropHere')}{' '}
          <button type="button" className="button" aria-describedby={hintId} onClick={() => input.current?.click()}>
            {t('attachments.upload.choose')}
          </button>
        </p>
        <p id={hintId} className="field-hint">
          {t('attachments.upload.hint', { limit: formatFileSize(maxAttachmentBytes, t, language) })}
        </p>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={acceptedFileTypes}
          data-testid="attachment-file-input"
          onChange={(event) => {
            add(Array.from(event.target.files ?? []));
            // Choosing the same file again must fire change again.
            event.target.value = '';
          }}
        />
      </div>
      {uploads.length > 0 && (
        <ul className="attachment-upload-list" aria-label={t('attachments.upload.listLabel')}>
          {uploads.map((upload) => (
            <UploadItem key={upload.id} upload={upload} onCancel={cancel} onDismiss={dismiss} />
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {lastUploaded ? t('attachments.upload.done', { name: lastUploaded }) : ''}
      </p>
    </div>
  );
}
