import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApiClient } from '@/lib/api';
import { isStaff, useAuth } from '@/lib/auth';
import { LiveConnectionContext, useEventStream } from '@/lib/sse';
import { createInvalidationBatch } from './invalidation-batch';
import { liveEventOf } from './live-event';
import { openLiveEventStream } from './open-live-event-stream';
import { REPORT_REFRESH_MS, staleQueriesAfter, staleReportsAfter } from './stale-queries';

/**
 * The staff's one connection to `/api/v1/stream`: every event marks the queries it changes
 * stale, so the views on screen refetch instead of polling (the SLA reports no more often than
 * every REPORT_REFRESH_MS); the header shows how it is doing.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const session = useAuth();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const staff = isStaff(session);
  const request = useMemo(() => (staff ? openLiveEventStream(client) : undefined), [staff, client]);
  const [batch] = useState(() => createInvalidationBatch(queryClient));
  const [reports] = useState(() => createInvalidationBatch(queryClient, REPORT_REFRESH_MS));
  useEffect(
    () => () => {
      batch.dispose();
      reports.dispose();
    },
    [batch, reports],
  );

  const state = useEventStream({
    request,
    onMessage: (message) => {
      const event = liveEventOf(message);
      batch.add(staleQueriesAfter(event));
      reports.add(staleReportsAfter(event));
    },
    onReset: () => {
      reports.dispose();
      batch.everything();
    },
  });

  return <LiveConnectionContext.Provider value={request ? state : undefined}>{children}</LiveConnectionContext.Provider>;
}
