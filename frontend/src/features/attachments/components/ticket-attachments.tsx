import { useTranslation } from 'react-i18next';
import { hasRole, useAuth } from '@/lib/auth';
import { AttachmentDropZone } from './attachment-drop-zone';
import { AttachmentList } from './attachment-list';
import './attachments.css';

/** The ticket's screenshots and logs, and a drop zone to add more. */
export function TicketAttachments({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const session = useAuth();
  // Developers read attachments; only support adds them (the server checks the role again).
  const canUpload = hasRole(session, 'agent') || hasRole(session, 'lead');
  return (
    <section className="panel ticket-attachments" aria-labelledby="ticket-attachments-heading">
      <h2 id="ticket-attachments-heading">{t('attachments.title')}</h2>
      <AttachmentList ticketId={ticketId} />
      {canUpload && <AttachmentDropZone ticketId={ticketId} />}
    </section>
  );
}
