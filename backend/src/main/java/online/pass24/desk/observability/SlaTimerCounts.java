package online.pass24.desk.observability;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Flux;

import java.time.Instant;

/** The open SLA timers by metric, in the states the timer view gives them (running, paused, breached). */
@R2dbcRepository(dialect = Dialect.POSTGRES)
interface SlaTimerCounts extends GenericRepository<SlaTimerCounts.Row, String> {

    @Query("""
            SELECT metric,
                   count(*) FILTER (WHERE paused_at IS NULL AND due_at > :now) AS running,
                   count(*) FILTER (WHERE paused_at IS NOT NULL) AS paused,
                   count(*) FILTER (WHERE paused_at IS NULL AND due_at <= :now) AS breached
            FROM sla_timer WHERE stopped_at IS NULL GROUP BY metric""")
    Flux<Row> open(Instant now);

    @Introspected
    record Row(String metric, long running, long paused, long breached) {
    }
}
