package online.pass24.desk.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import online.pass24.desk.sla.SlaScheduler;
import online.pass24.desk.sla.domain.Metric;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code desk.sla.announcements{metric, kind}}: the warnings and breaches this instance
 * announced (each is announced once, by one instance: sum over instances). A meter binder, so
 * the counters exist at zero from the start rather than from the first announcement.
 */
@Singleton
class SlaAnnouncementCounter implements MeterBinder {

    static final String NAME = "desk.sla.announcements";

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (Metric metric : Metric.values()) {
            counter(metric.name(), "warning");
            counter(metric.name(), "breach");
        }
    }

    @EventListener
    void announced(SlaScheduler.SlaAnnounced announced) {
        Counter counter = counter(announced.metric(), announced.threshold() >= 100 ? "breach" : "warning");
        if (counter != null) {
            counter.increment();
        }
    }

    private Counter counter(String metric, String kind) {
        MeterRegistry meters = registry;
        if (meters == null) {
            return null;
        }
        return counters.computeIfAbsent(metric + "/" + kind, k -> Counter.builder(NAME)
                .description("SLA warnings and breaches announced").tag("metric", metric).tag("kind", kind)
                .register(meters));
    }
}
