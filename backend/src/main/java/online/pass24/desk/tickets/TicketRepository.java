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

    String COLUMNS = "t.*, CAST(t.workflow AS text) AS workflow_json";

    /** Everything the queue filters on; null means "any". Closed tickets only when asked for. */
    String FILTERS = """
            (CAST(:tenant AS text) IS NULL OR t.organization = :tenant)
            AND ((CAST(:statuses AS text) IS NULL AND t.status <> 'CLOSED')
                 OR t.status = ANY(string_to_array(CAST(:statuses AS text), ',')))
            AND (CAST(:level AS text) IS NULL OR t.level = :level)
            AND (CAST(:assignee AS text) IS NULL OR t.assignee = :assignee)
            AND (CAST(:client AS text) IS NULL OR t.client_name = :client)
            AND (CAST(:breached AS boolean) IS NULL OR t.breached = :breached)
            AND (CAST(:text AS text) IS NULL OR t.key ILIKE :text OR t.title ILIKE :text
                 OR t.client_name ILIKE :text OR t.description ILIKE :text)
            """;

    @Query("SELECT nextval('ticket_key_seq')")
    Mono<Long> nextKeyNumber();

    /** A tenant-confined read: another organisation's ticket is simply absent. */
    @Query("SELECT " + COLUMNS + " FROM ticket t WHERE t.id = :id AND (CAST(:tenant AS text) IS NULL OR t.organization = :tenant)")
    Mono<TicketRow> findVisible(UUID id, @Nullable String tenant);

    /** The same, locking the row for the action that changes it. */
    @Query("SELECT " + COLUMNS + " FROM ticket t WHERE t.id = :id AND (CAST(:tenant AS text) IS NULL OR t.organization = :tenant) FOR UPDATE")
    Mono<TicketRow> lockVisible(UUID id, @Nullable String tenant);

    @Query("SELECT " + COLUMNS + " FROM ticket t WHERE " + FILTERS
            + " ORDER BY t.level_rank, t.breached_rank, t.queue_due, t.received_at, t.id LIMIT :limit")
    Flux<TicketRow> queueHead(@Nullable String tenant, @Nullable String statuses, @Nullable String level,
                              @Nullable String assignee, @Nullable String client, @Nullable Boolean breached,
                              @Nullable String text, int limit);

    @Query("SELECT " + COLUMNS + " FROM ticket t WHERE " + FILTERS
            + " AND (t.level_rank, t.breached_rank, t.queue_due, t.received_at, t.id)"
            + " > (:levelRank, :breachedRank, :queueDue, :receivedAt, :id)"
            + " ORDER BY t.level_rank, t.breached_rank, t.queue_due, t.received_at, t.id LIMIT :limit")
    Flux<TicketRow> queueAfter(@Nullable String tenant, @Nullable String statuses, @Nullable String level,
                               @Nullable String assignee, @Nullable String client, @Nullable Boolean breached,
                               @Nullable String text, short levelRank, short breachedRank, Instant queueDue,
                               Instant receivedAt, UUID id, int limit);

    @Query("""
            UPDATE ticket SET status = :status, level = :level, criterion = :criterion, assignee = :assignee,
                   policy_id = :policyId, breached = :breached, next_due_at = :nextDueAt, updated_at = :updatedAt,
                   version = version + 1, workflow = CAST(:workflow AS jsonb), problem_type = :problemType,
                   checklist_mask = :checklistMask, success_mask = :successMask,
                   extensions = extensions + :extensionsAdded, downgrades = downgrades + :downgradesAdded,
                   upgrades = upgrades + :upgradesAdded
            WHERE id = :id""")
    Mono<Long> update(UUID id, String status, String level, @Nullable String criterion, @Nullable String assignee,
                      UUID policyId, boolean breached, @Nullable Instant nextDueAt, Instant updatedAt, String workflow,
                      @Nullable String problemType, int checklistMask, int successMask, int extensionsAdded,
                      int downgradesAdded, int upgradesAdded);

    @Query("UPDATE ticket SET idempotency = :marker WHERE id = :id")
    Mono<Long> markIdempotent(UUID id, String marker);

    @Query("SELECT id FROM ticket WHERE idempotency = :marker")
    Mono<UUID> byIdempotency(String marker);

    @Query("UPDATE ticket SET workflow = CAST(:workflow AS jsonb) WHERE id = :id")
    Mono<Long> setWorkflow(UUID id, String workflow);
}
