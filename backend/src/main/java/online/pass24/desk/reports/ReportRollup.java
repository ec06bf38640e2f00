package online.pass24.desk.reports;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.r2dbc.operations.R2dbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
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

    private final R2dbcOperations operations;

    ReportRollup(R2dbcOperations operations) {
        this.operations = operations;
    }

    @Scheduled(fixedDelay = "${reports.rollup.interval:5s}", initialDelay = "2s")
    void tick() {
        try {
            Integer built;
            do {
                // not a request path: the scheduler's thread is the one place that waits
                built = rollUp().blockOptional(Duration.ofMinutes(2)).orElse(0);
            } while (built == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Report rollups failed this round; the days stay dirty and are read live: {}", e.getMessage());
        }
    }

    /** One round, one statement: its own transaction, so the claimed days are released at its end. */
    private Mono<Integer> rollUp() {
        return Mono.from(operations.withConnection(connection -> Flux.from(connection
                        .createStatement("SELECT report_rollup_due($1) AS built").bind("$1", BATCH).execute())
                .concatMap(result -> result.map((row, metadata) -> row.get("built", Integer.class)))
                .next()));
    }
}
