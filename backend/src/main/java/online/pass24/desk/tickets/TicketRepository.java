package online.pass24.desk.tickets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface TicketRepository extends ReactorCrudRepository<TicketRecord, UUID> {

    @Query("SELECT nextval('ticket_key_seq')")
    Mono<Long> nextKeyNumber();

    /** A tenant-confined read: another organisation's ticket is simply absent. */
    @Query("SELECT * FROM ticket WHERE id = :id AND (CAST(:tenant AS text) IS NULL OR organization = :tenant)")
    Mono<TicketRecord> findVisible(UUID id, @Nullable String tenant);

    @Query("""
            SELECT * FROM ticket
            WHERE (CAST(:tenant AS text) IS NULL OR organization = :tenant)
            ORDER BY level_rank, received_at, id
            LIMIT :limit""")
    Flux<TicketRecord> queueHead(@Nullable String tenant, int limit);

    @Query("""
            SELECT * FROM ticket
            WHERE (CAST(:tenant AS text) IS NULL OR organization = :tenant)
              AND (level_rank, received_at, id) > (:levelRank, :receivedAt, :id)
            ORDER BY level_rank, received_at, id
            LIMIT :limit""")
    Flux<TicketRecord> queueAfter(@Nullable String tenant, int levelRank, Instant receivedAt, UUID id, int limit);
}
