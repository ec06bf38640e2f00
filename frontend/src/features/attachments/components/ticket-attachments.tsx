/** The ticket's screenshots and logs, and a drop zone to add more. */
export function TicketAttachments(_props: { ticketId: string }) {
  return null;
}
