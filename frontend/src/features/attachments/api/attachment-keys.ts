// A ticket's list and the content of each file are separate branches, so refreshing the list
// after an upload does not download every thumbnail again.
export const attachmentKeys = {
  all: ['attachments'] as const,
  list: (ticketId: string) => [...attachmentKeys.all, 'list', ticketId] as const,
  content: (ticketId: string, attachmentId: string) =>
    [...attachmentKeys.all, 'content', ticketId, attachmentId] as const,
};
