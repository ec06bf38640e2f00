export { RESET_EVENT, runEventStream, type ConnectionState, type EventStreamOptions, type EventStreamRequest } from './event-stream';
export { LiveConnectionContext, useLiveConnection } from './live-connection-context';
export { DEFAULT_RETRY_MS, reconnectDelay } from './reconnect-delay';
export { createSseParser, type SseMessage, type SseParser } from './sse-parser';
export { useEventStream } from './use-event-stream';
