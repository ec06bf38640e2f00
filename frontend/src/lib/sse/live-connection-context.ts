import { createContext, useContext } from 'react';
import type { ConnectionState } from './event-stream';

/** The state of the app's one live event stream; absent when the user has none (not staff). */
export const LiveConnectionContext = createContext<ConnectionState | undefined>(undefined);

export function useLiveConnection(): ConnectionState | undefined {
  return useContext(LiveConnectionContext);
}
