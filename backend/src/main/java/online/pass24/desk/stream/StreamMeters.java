package online.pass24.desk.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** {@code desk.stream.subscribers{kind}}: the open event streams and wallboard streams of this instance. */
@Singleton
@Requires(beans = StreamHub.class)
class StreamMeters implements MeterBinder {

    private final StreamHub hub;
    private final WallboardBroadcaster wallboard;

    StreamMeters(StreamHub hub, WallboardBroadcaster wallboard) {
        this.hub = hub;
        this.wallboard = wallboard;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("desk.stream.subscribers", hub, StreamHub::subscriberCount)
                .description("Open server-sent event streams").tag("kind", "events").register(registry);
        Gauge.builder("desk.stream.subscribers", wallboard, WallboardBroadcaster::subscriberCount)
                .description("Open server-sent event streams").tag("kind", "wallboard").register(registry);
    }
}
