package online.pass24.desk.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface SlaRepository extends GenericRepository<SlaRows.Policy, UUID> {

    @Query("SELECT * FROM sla_policy WHERE level = :level ORDER BY version DESC LIMIT 1")
    Mono<SlaRows.Policy> currentPolicy(String level);

    @Query("SELECT * FROM sla_policy WHERE id = :id")
    Mono<SlaRows.Policy> policy(UUID id);

    @Query("""
            INSERT INTO sla_policy (id, level, version, first_contact_minutes, diagnosis_minutes, resolution_minutes,
                                    status_update_minutes, warning_thresholds, pause_allowed, business_hours,
                                    calendar_id, created_at, created_by, on_warning, on_breach)
            VALUES (:id, :level, :version, :firstContactMinutes, :diagnosisMinutes, :resolutionMinutes,
                    :statusUpdateMinutes, :warningThresholds, :pauseAllowed, :businessHours, :calendarId,
                    :createdAt, :createdBy, :onWarning, :onBreach)""")
    Mono<Long> insertPolicy(UUID id, String level, int version, int firstContactMinutes, int diagnosisMinutes,
                            int resolutionMinutes, int statusUpdateMinutes, String warningThresholds,
                            boolean pauseAllowed, boolean businessHours, @Nullable UUID calendarId,
                            Instant createdAt, String createdBy, String onWarning, String onBreach);

    @Query("SELECT * FROM sla_timer WHERE ticket_id = :ticketId ORDER BY metric")
    Flux<SlaRows.Timer> timers(UUID ticketId);

    @Query("SELECT * FROM sla_timer WHERE ticket_id IN (:ticketIds) ORDER BY ticket_id, metric")
    Flux<SlaRows.Timer> timersOf(Collection<UUID> ticketIds);

    @Query("""
            INSERT INTO sla_timer (ticket_id, metric, started_at, target_minutes, due_at, stopped_at, paused_at,
                                   paused_seconds, breached_at, extended, generation, elapsed_seconds)
            VALUES (:ticketId, :metric, :startedAt, :targetMinutes, :dueAt, :stoppedAt, :pausedAt, :pausedSeconds,
                    :breachedAt, :extended, :generation, :elapsedSeconds)
            ON CONFLICT (ticket_id, metric) DO UPDATE SET
                started_at = EXCLUDED.started_at, target_minutes = EXCLUDED.target_minutes, due_at = EXCLUDED.due_at,
                stopped_at = EXCLUDED.stopped_at, paused_at = EXCLUDED.paused_at,
                paused_seconds = EXCLUDED.paused_seconds, breached_at = EXCLUDED.breached_at,
                extended = EXCLUDED.extended, generation = EXCLUDED.generation,
                elapsed_seconds = EXCLUDED.elapsed_seconds""")
    Mono<Long> saveTimer(UUID ticketId, String metric, Instant startedAt, int targetMinutes, Instant dueAt,
                         @Nullable Instant stoppedAt, @Nullable Instant pausedAt, long pausedSeconds,
                         @Nullable Instant breachedAt, boolean extended, int generation, @Nullable Long elapsedSeconds);

    /** Drops announcements not yet due; those already due stay, to be announced once. */
    @Query("DELETE FROM sla_due_work WHERE ticket_id = :ticketId AND metric = :metric AND done_at IS NULL AND due_at > :now")
    Mono<Long> dropPending(UUID ticketId, String metric, Instant now);

    /** A breach of a new generation, unless an overdue one of an older generation still waits. */
    @Query("""
            INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
            SELECT :ticketId, :metric, :generation, 100, :dueAt
            WHERE NOT (CAST(:dueAt AS timestamptz) <= :now AND EXISTS (
                SELECT 1 FROM sla_due_work w WHERE w.ticket_id = :ticketId AND w.metric = :metric
                  AND w.threshold = 100 AND w.done_at IS NULL))
            ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING""")
    Mono<Long> scheduleBreach(UUID ticketId, String metric, int generation, Instant dueAt, Instant now);

    /** Locks the ticket unless an action holds it, and says what a notification needs of it. */
    @Query("SELECT key, assignee FROM ticket WHERE id = :ticketId FOR UPDATE SKIP LOCKED")
    Mono<Heading> tryLockTicket(UUID ticketId);

    @Query("""
            WITH timer AS (UPDATE sla_timer SET breached_at = COALESCE(breached_at, :dueAt)
                           WHERE ticket_id = :ticketId AND metric = :metric)
            UPDATE ticket SET breached = true WHERE id = :ticketId""")
    Mono<Long> recordBreach(UUID ticketId, String metric, Instant dueAt);

    @Query("SELECT 1 FROM ticket WHERE id = :ticketId FOR UPDATE")
    Mono<Integer> lockTicket(UUID ticketId);

    @Query("""
            INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
            VALUES (:ticketId, :metric, :generation, :threshold, :dueAt)
            ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING""")
    Mono<Long> schedule(UUID ticketId, String metric, int generation, int threshold, Instant dueAt);

    /** Due announcements, locked for this transaction; rows another instance holds are skipped. */
    @Query("""
            SELECT id, ticket_id, metric, generation, threshold, due_at FROM sla_due_work
            WHERE done_at IS NULL AND due_at <= :now
            ORDER BY due_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    Flux<SlaRows.DueWork> claimDue(Instant now, int limit);

    @Query("UPDATE sla_due_work SET done_at = :now WHERE id = :workId")
    Mono<Long> done(long workId, Instant now);

    @Query("SELECT * FROM sla_timer WHERE ticket_id = :ticketId AND metric = :metric FOR UPDATE")
    Mono<SlaRows.Timer> lockTimer(UUID ticketId, String metric);

    @Query("UPDATE sla_timer SET breached_at = COALESCE(breached_at, :dueAt) WHERE ticket_id = :ticketId AND metric = :metric")
    Mono<Long> markBreached(UUID ticketId, String metric, Instant dueAt);

    @Query("UPDATE ticket SET breached = true WHERE id = :ticketId")
    Mono<Long> flagTicketBreached(UUID ticketId);

    @Query("""
            INSERT INTO ticket_event (ticket_id, type, actor, occurred_at, data)
            VALUES (:ticketId, :type, 'sla', :occurredAt, CAST(:data AS jsonb))""")
    Mono<Long> ticketEvent(UUID ticketId, String type, Instant occurredAt, String data);

    /** Running timers of the tickets whose policy counts the given calendar's time. */
    @Query("""
            SELECT t.* FROM sla_timer t JOIN ticket k ON k.id = t.ticket_id JOIN sla_policy p ON p.id = k.policy_id
            WHERE t.stopped_at IS NULL AND p.business_hours AND p.calendar_id = :calendarId""")
    Flux<SlaRows.Timer> runningTimersOnCalendar(UUID calendarId);

    @Query("SELECT policy_id FROM ticket WHERE id = :ticketId")
    Mono<java.util.UUID> ticketPolicy(UUID ticketId);

    @Query("""
            UPDATE ticket SET next_due_at = (SELECT min(due_at) FROM sla_timer
                WHERE ticket_id = :ticketId AND stopped_at IS NULL AND paused_at IS NULL)
            WHERE id = :ticketId AND status <> 'CLOSED'""")
    Mono<Long> refreshNextDue(UUID ticketId);

    @Query("SELECT key, assignee FROM ticket WHERE id = :ticketId")
    Mono<Heading> ticketHeading(UUID ticketId);

    @io.micronaut.core.annotation.Introspected
    record Heading(String key, @Nullable String assignee) {
    }
}
