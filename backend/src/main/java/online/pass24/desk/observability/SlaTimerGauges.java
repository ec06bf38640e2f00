package online.pass24.desk.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import online.pass24.desk.sla.domain.Metric;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code desk.sla.timers{metric, state}}: how many open timers are running, paused or already
 * past due. Counted in one query every {@code observability.sla-timers.refresh} (15 s) and kept,
 * so a scrape never touches the database.
 */
@Singleton
class SlaTimerGauges implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(SlaTimerGauges.class);
    static final String NAME = "desk.sla.timers";

    private final SlaTimerCounts counts;
    private final Clock clock;
    private final Map<Metric, AtomicLong> running = new EnumMap<>(Metric.class);
    private final Map<Metric, AtomicLong> paused = new EnumMap<>(Metric.class);
    private final Map<Metric, AtomicLong> breached = new EnumMap<>(Metric.class);

    SlaTimerGauges(SlaTimerCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
        for (Metric metric : Metric.values()) {
            running.put(metric, new AtomicLong());
            paused.put(metric, new AtomicLong());
            breached.put(metric, new AtomicLong());
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Metric metric : Metric.values()) {
            register(registry, metric, "running", running.get(metric));
            register(registry, metric, "paused", paused.get(metric));
            register(registry, metric, "breached", breached.get(metric));
        }
    }

    private static void register(MeterRegistry registry, Metric metric, String state, AtomicLong value) {
        Gauge.builder(NAME, value, AtomicLong::get)
                .description("Open SLA timers by state, counted every refresh")
                .tag("metric", metric.name()).tag("state", state)
                .register(registry);
    }

    @Scheduled(fixedDelay = "${observability.sla-timers.refresh:15s}", initialDelay = "3s")
    void refresh() {
        try {
            // the scheduler's own thread: waiting here holds up no request
            List<SlaTimerCounts.Row> rows = counts.open(clock.instant()).collectList()
                    .blockOptional(Duration.ofSeconds(10)).orElse(List.of());
            for (Metric metric : Metric.values()) {
                SlaTimerCounts.Row row = rows.stream().filter(r -> r.metric().equals(metric.name())).findFirst()
                        .orElse(new SlaTimerCounts.Row(metric.name(), 0, 0, 0));
                running.get(metric).set(row.running());
                paused.get(metric).set(row.paused());
                breached.get(metric).set(row.breached());
            }
        } catch (RuntimeException e) {
            LOG.warn("Counting the SLA timers failed; the gauges keep their last values: {}", e.getMessage());
        }
    }
}
