import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '@/lib/api';
import { useEventStream, type ConnectionState, type SseMessage } from '@/lib/sse';
import { newerSnapshot } from '../api/newer-snapshot';
import { openWallboardStream } from '../api/open-wallboard-stream';
import type { Wallboard, WallboardSnapshot } from '../api/types';
import { wallboardKeys } from '../api/wallboard-keys';

const WALLBOARD_EVENT = 'wallboard';

function wallboardOf(message: SseMessage): Wallboard | undefined {
  if (message.event !== WALLBOARD_EVENT) return undefined;
  try {
    const parsed = JSON.parse(message.data) as Partial<Wallboard> | null;
    return parsed && typeof parsed.generatedAt === 'string' && Array.isArray(parsed.emergencies) ? (parsed as Wallboard) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the summary in the query cache current from `/api/v1/wallboard/stream`; only the latest
 * summary is kept, so the screen can run for days. Returns how the connection is doing.
 */
export function useWallboardStream(): ConnectionState {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const request = useMemo(() => openWallboardStream(client), [client]);
  return useEventStream({
    request,
    onMessage: (message) => {
      const wallboard = wallboardOf(message);
      if (!wallboard) return;
      const incoming: WallboardSnapshot = { wallboard, receivedAt: Date.now() };
      queryClient.setQueryData<WallboardSnapshot>(wallboardKeys.summary(), (current) => newerSnapshot(current, incoming));
    },
    onReset: () => void queryClient.invalidateQueries({ queryKey: wallboardKeys.summary() }),
  });
}
