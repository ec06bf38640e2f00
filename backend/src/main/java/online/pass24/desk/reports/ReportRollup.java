package online.pass24.desk.reports;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Keeps the per-day rollups of old days current. Every instance runs it; days are claimed with
 * FOR UPDATE SKIP LOCKED inside {@code report_rollup_due}, so two never build the same day, and a
 * day whose writer has not committed waits for the next round.
 */
@Singleton
@Requires(property = "reports.rollup.enabled", notEquals = "false")
class ReportRollup {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRollup.class);
    private static final int BATCH = 20;

    private final Days days;

    ReportRollup(Days days) {
        this.days = days;
    }

    @Scheduled(fixedDelay = "${reports.rollup.interval:5s}", initialDelay = "2s")
    void tick() {
        try {
            Integer built;
            do {
                // not a request path: the scheduler's thread is the one place that waits
                built = days.rollUp(BATCH).blockOptional(Duration.ofMinutes(2)).orElse(0);
            } while (built == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Report rollups failed this round; the days stay dirty and are read live: {}", e.getMessage());
        }
    }

    @R2dbcRepository(dialect = Dialect.POSTGRES)
    interface Days extends GenericRepository<Object, Long> {
        @Query("SELECT report_rollup_due(:batch)")
        Mono<Integer> rollUp(int batch);
    }
}
