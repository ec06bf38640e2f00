import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApiClient } from '@/lib/api';
import { isStaff, useAuth } from '@/lib/auth';
import { LiveConnectionContext, useEventStream } from '@/lib/sse';
import { createInvalidationBatch } from './invalidation-batch';
import { liveEventOf } from './live-event';
import { openLiveEventStream } from './open-live-event-stream';
import { staleQueriesAfter } from './stale-queries';

/**
 * The staff's one connection to `/api/v1/stream`: every event marks the queries it changes
 * stale, so the views on screen refetch instead of polling; the header shows how it is doing.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const session = useAuth();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const staff = isStaff(session);
  const request = useMemo(() => (staff ? openLiveEventStream(client) : undefined), [staff, client]);
  const [batch] = useState(() => createInvalidationBatch(queryClient));
  useEffect(() => () => batch.dispose(), [batch]);

  const state = useEventStream({
    request,
    onMessage: (message) => batch.add(staleQueriesAfter(liveEventOf(message))),
    onReset: () => batch.everything(),
  });

  return <LiveConnectionContext.Provider value={request ? state : undefined}>{children}</LiveConnectionContext.Provider>;
}
