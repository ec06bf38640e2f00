import { useEffect, useRef, useState } from 'react';
import { runEventStream, type ConnectionState, type EventStreamRequest } from './event-stream';
import type { SseMessage } from './sse-parser';

type UseEventStreamOptions = {
  /** How to open the stream; `undefined` keeps it closed. Keep it stable: a new one reconnects. */
  request: EventStreamRequest | undefined;
  onMessage: (message: SseMessage) => void;
  onReset?: () => void;
};

/** Holds a server-sent events connection while mounted and tells how it is doing. */
export function useEventStream({ request, onMessage, onReset }: UseEventStreamOptions): ConnectionState {
  const [state, setState] = useState<ConnectionState>(request ? 'connecting' : 'closed');
  const handlers = useRef({ onMessage, onReset });
  useEffect(() => {
    handlers.current = { onMessage, onReset };
  });

  useEffect(() => {
    if (!request) {
      setState('closed');
      return undefined;
    }
    const stop = new AbortController();
    void runEventStream({
      request,
      signal: stop.signal,
      onMessage: (message) => handlers.current.onMessage(message),
      onReset: () => handlers.current.onReset?.(),
      // A stopped stream reports `closed` late; by then a remount may have started the next one.
      onStateChange: (next) => {
        if (!stop.signal.aborted) setState(next);
      },
    });
    return () => stop.abort();
  }, [request]);

  return state;
}
