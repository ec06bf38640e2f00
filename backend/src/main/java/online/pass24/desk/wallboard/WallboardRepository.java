package online.pass24.desk.wallboard;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface WallboardRepository extends GenericRepository<WallboardRepository.Counts, UUID> {

    /**
     * Emergency targets that ended since {@code from}: met (stopped in time, never breached) and
     * breached (stopped late, or announced as breached); plus the emergencies breached since then.
     */
    @Query("""
            SELECT
              count(*) FILTER (WHERE st.stopped_at >= :from AND st.stopped_at <= st.due_at AND st.breached_at IS NULL) AS met,
              count(*) FILTER (WHERE (st.stopped_at >= :from AND (st.stopped_at > st.due_at OR st.breached_at IS NOT NULL))
                                  OR (st.stopped_at IS NULL AND st.breached_at >= :from)) AS breached,
              count(DISTINCT st.ticket_id) FILTER (WHERE st.breached_at >= :from
                                  OR (st.stopped_at >= :from AND st.stopped_at > st.due_at)) AS breached_tickets
            FROM sla_timer st JOIN ticket t ON t.id = st.ticket_id
            WHERE t.level = 'EMERGENCY' AND (st.stopped_at >= :from OR st.breached_at >= :from)""")
    Mono<Counts> since(Instant from);

    @Query("""
            SELECT count(*) FROM ticket
            WHERE level = 'EMERGENCY' AND status NOT IN ('RESOLVED', 'CLOSED')""")
    Mono<Long> openEmergencies();

    @Introspected
    record Counts(long met, long breached, long breachedTickets) {
    }
}
