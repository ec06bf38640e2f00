package online.pass24.desk.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * Histogram buckets for {@code http.server.requests}, so Prometheus can compute p50/p99 per route
 * across instances ({@code histogram_quantile}). A dozen fixed buckets instead of Micrometer's
 * seventy keep the series per route and status few.
 */
@Singleton
class HttpLatencyBuckets implements MeterFilter {

    private static final double[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (!id.getName().equals("http.server.requests")) {
            return config;
        }
        return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
    }
}
