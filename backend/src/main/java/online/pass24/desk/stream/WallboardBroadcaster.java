package online.pass24.desk.stream;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import online.pass24.desk.wallboard.WallboardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One wallboard computation shared by every wallboard on this instance: recomputed shortly after
 * any event reaches the instance (several events in a burst make one recompute) and every 30 s
 * so the percentages advance; each subscriber gets the latest and skips what it could not keep up
 * with.
 */
@Singleton
@Requires(beans = StreamHub.class)
class WallboardBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(WallboardBroadcaster.class);
    private static final Duration SETTLE = Duration.ofMillis(150);

    private final WallboardService wallboard;
    private final JsonMapper json;
    private final Sinks.Many<String> latest = Sinks.many().replay().latest();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Computations are numbered as they start; one that ends after a later one is dropped. */
    private final AtomicLong started = new AtomicLong();
    private long published; // guarded by this

    WallboardBroadcaster(WallboardService wallboard, JsonMapper json, StreamHub hub) {
        this.wallboard = wallboard;
        this.json = json;
        hub.onDispatch(this::changed);
    }

    Flux<String> updates() {
        if (!scheduled.get() && latest.currentSubscriberCount() == 0) {
            changed();
        }
        return latest.asFlux().onBackpressureLatest();
    }

    int subscriberCount() {
        return latest.currentSubscriberCount();
    }

    /** Something happened: recompute once the burst has settled. */
    void changed() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        Mono.delay(SETTLE).then(Mono.defer(() -> {
                    scheduled.set(false);
                    long number = started.incrementAndGet();
                    return wallboard.current().map(board -> new Computed(number, online.pass24.desk.shared.JsonText.of(json, board)));
                }))
                .subscribe(this::publish, e -> LOG.warn("The wallboard could not be computed: {}", e.getMessage()));
    }

    /**
     * Sends a computed board unless a computation that started later was sent already: two may
     * overlap when events keep coming, and the older one must not overwrite the newer.
     */
    private synchronized void publish(Computed computed) {
        if (computed.number() <= published) {
            return;
        }
        published = computed.number();
        latest.emitNext(computed.board(), Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
    }

    private record Computed(long number, String board) {
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "30s")
    void tick() {
        if (latest.currentSubscriberCount() > 0) {
            changed();
        }
    }
}
