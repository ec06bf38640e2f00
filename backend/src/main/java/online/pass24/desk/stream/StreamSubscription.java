package online.pass24.desk.stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One subscriber's live feed. Subscribers do not get copies pushed at them: each reads the
 * hub's ring of recent events from its own position, as fast as its connection takes them.
 * The ring is the bounded buffer: a subscriber that falls a whole ring behind has lost events,
 * so its stream ends with a reset; nobody else waits for it.
 */
final class StreamSubscription {

    private final StreamHub hub;
    private final Predicate<StreamItem> filter;
    private final Executor loop;
    private final AtomicInteger wip = new AtomicInteger();
    private volatile FluxSink<StreamItem> sink;
    private volatile long position;
    private volatile long skipThrough;
    private volatile boolean overflowed;
    private volatile boolean done;
    private volatile boolean beat;
    private volatile long nextBeat;

    /** Not an event: what the controller turns into a heartbeat comment. */
    static final StreamItem HEARTBEAT = new StreamItem(-2, "heartbeat", java.time.Instant.EPOCH, null, null, "{}");

    /**
     * @param loop where this subscriber's connection is written (its Netty event loop): the hub
     *             drains subscribers there, so a write needs no hand-over between threads
     */
    StreamSubscription(StreamHub hub, Predicate<StreamItem> filter, Executor loop) {
        this.hub = hub;
        this.filter = filter;
        this.loop = loop;
    }

    Executor loop() {
        return loop;
    }

    /** Starts reading the ring at {@code position} (set by the hub when it registers this subscriber). */
    void startAt(long position) {
        this.position = position;
    }

    /** Live events up to this id were (or will be) replayed from the log instead. */
    void skipThrough(long seq) {
        this.skipThrough = seq;
    }

    Flux<StreamItem> live() {
        return Flux.create(emitter -> {
            sink = emitter;
            emitter.onRequest(n -> drain());
            emitter.onDispose(() -> {
                done = true;
                hub.unregister(this);
            });
            drain();
        });
    }

    /** Whether the ring has already overwritten events this subscriber has not read. */
    boolean lapped(long written, int capacity) {
        return written - position > capacity;
    }

    void markOverflowed() {
        overflowed = true;
    }

    boolean overflowed() {
        return overflowed;
    }

    /** Emits what the subscriber asked for and the ring holds; one drainer at a time. */
    void drain() {
        FluxSink<StreamItem> out = sink;
        if (out == null || wip.getAndIncrement() != 0) {
            return;
        }
        do {
            long requested = out.requestedFromDownstream();
            if (!done && requested > 0 && beat) {
                beat = false;
                out.next(HEARTBEAT);
                requested--;
            }
            while (!done && requested > 0) {
                long written = hub.written();
                if (overflowed || lapped(written, hub.capacity())) {
                    overflowed = true;
                    done = true;
                    out.complete();
                    break;
                }
                if (position >= written) {
                    break;
                }
                StreamItem item = hub.at(position);
                if (lapped(hub.written(), hub.capacity())) {
                    continue; // overwritten while read: handled as an overflow above
                }
                position++;
                if (item.seq > skipThrough && filter.test(item)) {
                    out.next(item);
                    requested--;
                }
            }
        } while (wip.decrementAndGet() != 0);
    }

    /**
     * Whether this subscriber's heartbeat is due at {@code now} (System.nanoTime); if so, the next
     * is due one interval later. The first call sets the first beat one interval ahead.
     */
    boolean beatDue(long now, long interval) {
        if (nextBeat == 0) {
            nextBeat = now + interval;
            return false;
        }
        if (now - nextBeat < 0) {
            return false;
        }
        nextBeat = now + interval;
        return true;
    }

    /** Sends a heartbeat comment as soon as the subscriber reads (one that reads nothing gets none). */
    void heartbeat() {
        beat = true;
        drain();
    }

    void close() {
        FluxSink<StreamItem> out = sink;
        done = true;
        if (out != null) {
            out.complete();
        }
    }
}
