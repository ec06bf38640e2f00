package online.pass24.desk.stream;

import reactor.core.publisher.Flux;

/**
 * A {@code text/event-stream} response body: frames already encoded by {@link SseFrames}, written
 * to the connection as they come by {@link EventStreamWriter}.
 */
record EventStream(Flux<byte[]> frames) {
}
