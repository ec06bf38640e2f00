// What the server accepts (api/openapi.yaml, uploadAttachment; AttachmentsController.ALLOWED).
// The server stays the authority: these only spare the user a pointless upload and name the
// reason of a refusal.

/** "At most 25 MiB" by the contract. */
export const maxAttachmentBytes = 25 * 1024 * 1024;

// Names whose extension says a type on the allow-list: images, PDF, text logs, ZIP and GZIP.
const acceptedExtensions = ['png', 'jpg', 'jpeg', 'jpe', 'gif', 'webp', 'bmp', 'pdf', 'txt', 'log', 'text', 'csv', 'zip', 'gz'];

/** For the file dialog's `accept`: a hint, the user may still pick any file. */
export const acceptedFileTypes = acceptedExtensions.map((extension) => `.${extension}`).join(',');

/** Whether the name alone suggests a type the server accepts. */
export function isAcceptedByName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && acceptedExtensions.includes(fileName.slice(dot + 1).toLowerCase());
}

export function isImage(contentType: string): boolean {
  return contentType.startsWith('image/');
}

/** A file refused before upload because it exceeds {@link maxAttachmentBytes}. */
export class AttachmentTooLarge extends Error {
  constructor(readonly size: number) {
    super(`The file is ${size} bytes; at most ${maxAttachmentBytes} are accepted`);
    this.name = 'AttachmentTooLarge';
  }
}
