import type { Ticket } from '../../api/types';
import type { ActionNotice } from './action-failure';

/** What every action form knows: the ticket on screen, its ETag, and where to report refusals. */
export type ActionFormProps = {
  ticket: Ticket;
  etag: string | undefined;
  onNotice: (notice: ActionNotice | undefined) => void;
};

/** Only the fields that were filled in: blank optional text is left out of the body. */
export function filled<T extends Record<string, unknown>>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== '' && value !== undefined)) as T;
}
