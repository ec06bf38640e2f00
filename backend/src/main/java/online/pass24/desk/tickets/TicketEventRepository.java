package online.pass24.desk.tickets;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** The ticket's history: every action is appended, in the transaction that performs it. */
@R2dbcRepository(dialect = Dialect.POSTGRES)
interface TicketEventRepository extends GenericRepository<TicketRecord, UUID> {

    @Query("""
            INSERT INTO ticket_event (ticket_id, type, actor, occurred_at, data)
            VALUES (:ticketId, :type, :actor, :occurredAt, CAST(:data AS jsonb))""")
    Mono<Long> append(UUID ticketId, String type, String actor, Instant occurredAt, String data);

    @Query("SELECT id, type, actor, occurred_at, CAST(data AS text) AS data FROM ticket_event WHERE ticket_id = :ticketId ORDER BY id")
    Flux<EventRow> history(UUID ticketId);

    @Query("""
            SELECT id, ticket_id, status, severity, created_at, ack_due_at, acknowledged_at, breached_at,
                   rejection_reason, fix_version, external_system, external_key, external_url
            FROM escalation WHERE ticket_id IN (:ticketIds) ORDER BY created_at""")
    Flux<EscalationRow> escalationsOf(Collection<UUID> ticketIds);

    @Query("""
            INSERT INTO escalation (id, ticket_id, status, severity, description, workaround, created_at, created_by,
                                    ack_target_minutes, ack_due_at, warn_at, updated_at)
            VALUES (:id, :ticketId, 'OPEN', 'HIGH', :description, :workaround, :createdAt, :createdBy,
                    :targetMinutes, :dueAt, :warnAt, :createdAt)
            ON CONFLICT DO NOTHING""")
    Mono<Long> openEscalation(UUID id, UUID ticketId, String description, @io.micronaut.core.annotation.Nullable String workaround,
                              Instant createdAt, String createdBy, int targetMinutes, Instant dueAt, Instant warnAt);

    /** A contact recorded through the workflow, as an entry of the conversation log (said, not sent). */
    @Query("""
            INSERT INTO communication (id, ticket_id, channel, direction, text, author, occurred_at, delivery_status)
            VALUES (:id, :ticketId, :channel, 'OUTBOUND', :text, :author, :occurredAt, 'LOGGED')""")
    Mono<Long> loggedContact(UUID id, UUID ticketId, String channel, String text, String author, Instant occurredAt);

    @Introspected
    record EventRow(long id, String type, String actor, Instant occurredAt, String data) {
    }

    @Introspected
    record EscalationRow(UUID id, UUID ticketId, String status, String severity, Instant createdAt, Instant ackDueAt,
                         @io.micronaut.core.annotation.Nullable Instant acknowledgedAt,
                         @io.micronaut.core.annotation.Nullable Instant breachedAt,
                         @io.micronaut.core.annotation.Nullable String rejectionReason,
                         @io.micronaut.core.annotation.Nullable String fixVersion,
                         @io.micronaut.core.annotation.Nullable String externalSystem,
                         @io.micronaut.core.annotation.Nullable String externalKey,
                         @io.micronaut.core.annotation.Nullable String externalUrl) {
    }
}
