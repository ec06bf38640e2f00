package online.pass24.desk.tickets;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** The ticket's history: every action is appended, in the transaction that performs it. */
@R2dbcRepository(dialect = Dialect.POSTGRES)
interface TicketEventRepository extends GenericRepository<TicketRecord, UUID> {

    @Query("""
            INSERT INTO ticket_event (ticket_id, type, actor, occurred_at, data)
            VALUES (:ticketId, :type, :actor, :occurredAt, CAST(:data AS jsonb))""")
    Mono<Long> append(UUID ticketId, String type, String actor, Instant occurredAt, String data);
}
