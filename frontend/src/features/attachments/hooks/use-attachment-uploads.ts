import { useCallback, useEffect, useRef, useState } from 'react';
import { AttachmentTooLarge, maxAttachmentBytes } from '../api/accepted-files';
import { useUploadAttachment } from '../api/upload-attachment';

/** One file on its way to the ticket. */
export type AttachmentUpload = {
  id: number;
  file: File;
  /** Share of the file sent, 0–1; undefined until the browser first reports it. */
  sent: number | undefined;
  /** Why the server (or the size check) refused it; the upload has ended. */
  failure: Error | undefined;
};

/**
 * The files being uploaded to a ticket, each with its own progress and outcome. A finished file
 * leaves this list (the ticket's list shows it then); a refused one stays with its reason until
 * dismissed. Uploads still running when the component goes away are cancelled.
 */
export function useAttachmentUploads(ticketId: string) {
  const { mutateAsync } = useUploadAttachment(ticketId);
  const [uploads, setUploads] = useState<AttachmentUpload[]>([]);
  const [lastUploaded, setLastUploaded] = useState<string>();
  const nextId = useRef(0);
  const running = useRef(new Map<number, AbortController>());

  useEffect(() => {
    const controllers = running.current;
    return () => controllers.forEach((controller) => controller.abort());
  }, []);

  const change = useCallback((id: number, patch: Partial<AttachmentUpload>) => {
    setUploads((current) => current.map((upload) => (upload.id === id ? { ...upload, ...patch } : upload)));
  }, []);
  const dismiss = useCallback((id: number) => {
    setUploads((current) => current.filter((upload) => upload.id !== id));
  }, []);

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const id = nextId.current++;
        if (file.size > maxAttachmentBytes) {
          setUploads((current) => [...current, { id, file, sent: undefined, failure: new AttachmentTooLarge(file.size) }]);
          continue;
        }
        const controller = new AbortController();
        running.current.set(id, controller);
        setUploads((current) => [...current, { id, file, sent: undefined, failure: undefined }]);
        mutateAsync({
          file,
          signal: controller.signal,
          onProgress: ({ loaded, total }) => change(id, { sent: total > 0 ? loaded / total : undefined }),
        })
          .then(
            () => {
              dismiss(id);
              setLastUploaded(file.name);
            },
            (error: unknown) => {
              if (controller.signal.aborted) dismiss(id);
              else change(id, { failure: error instanceof Error ? error : new Error(String(error)) });
            },
          )
          .finally(() => running.current.delete(id));
      }
    },
    [mutateAsync, change, dismiss],
  );

  const cancel = useCallback((id: number) => running.current.get(id)?.abort(), []);

  return { uploads, lastUploaded, add, cancel, dismiss };
}
