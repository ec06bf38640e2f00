package online.pass24.desk.escalations;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface EscalationRepository extends GenericRepository<EscalationRepository.Row, UUID> {

    String COLUMNS = """
            e.id, e.ticket_id, t.key AS ticket_key, t.title AS ticket_title, t.client_name, t.organization, t.assignee,
            e.status, e.severity, e.description, CAST(e.diagnostics AS text) AS diagnostics, e.workaround,
            e.created_at, e.created_by, e.ack_target_minutes, e.ack_due_at, e.warn_at, e.warned_at, e.breached_at,
            e.acknowledged_at, e.acknowledged_by, e.started_at, e.fixed_at, e.fixed_by, e.resolution, e.fix_version,
            e.rejected_at, e.rejected_by, e.rejection_reason, e.external_system, e.external_key, e.external_url,
            e.version""";

    // The queue order: unacknowledged first, then severity (CRITICAL..LOW), due instant, age.
    String RANK = "CASE e.severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END";

    @Query("""
            INSERT INTO escalation (id, ticket_id, status, severity, description, diagnostics, workaround, created_at,
                                    created_by, ack_target_minutes, ack_due_at, warn_at, updated_at)
            VALUES (:id, :ticketId, 'OPEN', :severity, :description, CAST(:diagnostics AS jsonb), :workaround, :now,
                    :createdBy, :targetMinutes, :dueAt, :warnAt, :now)
            ON CONFLICT DO NOTHING""")
    Mono<Long> insert(UUID id, UUID ticketId, String severity, String description, String diagnostics,
                      @Nullable String workaround, Instant now, String createdBy, int targetMinutes, Instant dueAt,
                      Instant warnAt);

    @Query("SELECT " + COLUMNS + " FROM escalation e JOIN ticket t ON t.id = e.ticket_id"
            + " WHERE e.id = :id AND (CAST(:tenant AS text) IS NULL OR t.organization = :tenant)")
    Mono<Row> find(UUID id, @Nullable String tenant);

    /** Locks the escalation for a change; its ticket is locked first, the order every writer keeps. */
    @Query("SELECT " + COLUMNS + " FROM escalation e JOIN ticket t ON t.id = e.ticket_id"
            + " WHERE e.id = :id AND (CAST(:tenant AS text) IS NULL OR t.organization = :tenant) FOR UPDATE OF t, e")
    Mono<Row> lock(UUID id, @Nullable String tenant);

    @Query("SELECT count(*) FROM escalation WHERE ticket_id = :ticketId AND status NOT IN ('FIXED', 'REJECTED')")
    Mono<Long> activeOf(UUID ticketId);

    @Query("SELECT id FROM business_calendar WHERE is_default LIMIT 1")
    Mono<UUID> defaultCalendar();

    @Query("SELECT count(*) FROM attachment WHERE ticket_id = :ticketId AND id = ANY(CAST(string_to_array(:ids, ',') AS uuid[]))")
    Mono<Long> attachmentsOf(UUID ticketId, String ids);

    @Query("SELECT " + COLUMNS + " FROM escalation e JOIN ticket t ON t.id = e.ticket_id WHERE"
            + " (CAST(:tenant AS text) IS NULL OR t.organization = :tenant)"
            + " AND ((CAST(:statuses AS text) IS NULL AND e.status NOT IN ('FIXED', 'REJECTED'))"
            + "      OR e.status = ANY(string_to_array(CAST(:statuses AS text), ',')))"
            + " AND (CAST(:severity AS text) IS NULL OR e.severity = :severity)"
            + " AND (CAST(:ticketId AS uuid) IS NULL OR e.ticket_id = :ticketId)"
            + " AND (CAST(:breached AS boolean) IS NULL OR (e.breached_at IS NOT NULL) = :breached)"
            + " AND (CAST(:afterOpen AS integer) IS NULL"
            + "      OR (CASE WHEN e.status = 'OPEN' THEN 0 ELSE 1 END, " + RANK + ", e.ack_due_at, e.created_at, e.id)"
            + "         > (:afterOpen, :afterRank, :afterDue, :afterCreated, :afterId))"
            + " ORDER BY CASE WHEN e.status = 'OPEN' THEN 0 ELSE 1 END, " + RANK + ", e.ack_due_at, e.created_at, e.id"
            + " LIMIT :limit")
    Flux<Row> page(@Nullable String tenant, @Nullable String statuses, @Nullable String severity, @Nullable UUID ticketId,
                   @Nullable Boolean breached, @Nullable Integer afterOpen, @Nullable Integer afterRank,
                   @Nullable Instant afterDue, @Nullable Instant afterCreated, @Nullable UUID afterId, int limit);

    @Query("""
            UPDATE escalation SET status = :status, acknowledged_at = :acknowledgedAt, acknowledged_by = :acknowledgedBy,
                   started_at = :startedAt, fixed_at = :fixedAt, fixed_by = :fixedBy, resolution = :resolution,
                   fix_version = :fixVersion, rejected_at = :rejectedAt, rejected_by = :rejectedBy,
                   rejection_reason = :rejectionReason, external_system = :externalSystem, external_key = :externalKey,
                   external_url = :externalUrl, version = version + 1, updated_at = :now
            WHERE id = :id""")
    Mono<Long> update(UUID id, String status, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy,
                      @Nullable Instant startedAt, @Nullable Instant fixedAt, @Nullable String fixedBy,
                      @Nullable String resolution, @Nullable String fixVersion, @Nullable Instant rejectedAt,
                      @Nullable String rejectedBy, @Nullable String rejectionReason, @Nullable String externalSystem,
                      @Nullable String externalKey, @Nullable String externalUrl, Instant now);

    @Query("""
            INSERT INTO ticket_event (ticket_id, type, actor, occurred_at, data)
            VALUES (:ticketId, :type, :actor, :now, CAST(:data AS jsonb))""")
    Mono<Long> ticketEvent(UUID ticketId, String type, String actor, Instant now, String data);

    /**
     * Claims acknowledgement clocks whose warning or breach is due and not yet announced, across
     * instances (SKIP LOCKED); the caller marks them in the same transaction. The ticket is locked
     * with its escalation, as every action on a ticket locks it first: a clock whose ticket an
     * action holds waits for a later round instead of holding the escalation the action may need
     * next (the two would deadlock).
     */
    @Query("""
            SELECT e.id, e.ticket_id, t.key AS ticket_key, t.assignee, e.severity, e.ack_due_at,
                   (e.warned_at IS NULL AND e.warn_at <= :now) AS warn,
                   (e.breached_at IS NULL AND e.ack_due_at <= :now) AS breach
            FROM escalation e JOIN ticket t ON t.id = e.ticket_id
            WHERE e.status = 'OPEN'
              AND ((e.warned_at IS NULL AND e.warn_at <= :now) OR (e.breached_at IS NULL AND e.ack_due_at <= :now))
            ORDER BY e.ack_due_at LIMIT :limit
            FOR UPDATE OF t, e SKIP LOCKED""")
    Flux<Due> claimDue(Instant now, int limit);

    @Query("""
            UPDATE escalation SET warned_at = coalesce(warned_at, :now),
                   breached_at = CASE WHEN :breach THEN coalesce(breached_at, :now) ELSE breached_at END
            WHERE id = :id""")
    Mono<Long> announced(UUID id, boolean breach, Instant now);

    @Introspected
    record Due(UUID id, UUID ticketId, String ticketKey, @Nullable String assignee, String severity, Instant ackDueAt,
               boolean warn, boolean breach) {
    }

    @Introspected
    record Row(UUID id, UUID ticketId, String ticketKey, String ticketTitle, String clientName,
               @Nullable String organization, @Nullable String assignee, String status, String severity, String description, String diagnostics,
               @Nullable String workaround, Instant createdAt, String createdBy, int ackTargetMinutes, Instant ackDueAt,
               Instant warnAt, @Nullable Instant warnedAt, @Nullable Instant breachedAt, @Nullable Instant acknowledgedAt,
               @Nullable String acknowledgedBy, @Nullable Instant startedAt, @Nullable Instant fixedAt,
               @Nullable String fixedBy, @Nullable String resolution, @Nullable String fixVersion,
               @Nullable Instant rejectedAt, @Nullable String rejectedBy, @Nullable String rejectionReason,
               @Nullable String externalSystem, @Nullable String externalKey, @Nullable String externalUrl,
               long version) {
    }
}
