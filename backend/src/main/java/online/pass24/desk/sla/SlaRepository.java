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

    @Query("SELECT 1 FROM ticket WHERE id = :ticketId FOR UPDATE")
    Mono<Integer> lockTicket(UUID ticketId);

    @Query("""
            INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
            VALUES (:ticketId, :metric, :generation, :threshold, :dueAt)
            ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING""")
    Mono<Long> schedule(UUID ticketId, String metric, int generation, int threshold, Instant dueAt);

    /** Locks the tickets no action holds, and says what a notification needs of each. */
    @Query("SELECT id, key, assignee, policy_id FROM ticket WHERE id IN (:ticketIds) FOR UPDATE SKIP LOCKED")
    Flux<LockedTicket> tryLockTickets(Collection<UUID> ticketIds);

    @Query("SELECT * FROM sla_timer WHERE ticket_id = :ticketId AND metric = :metric FOR UPDATE")
    Mono<SlaRows.Timer> lockTimer(UUID ticketId, String metric);

    /** The timers of tickets this transaction holds, locked. */
    @Query("SELECT * FROM sla_timer WHERE ticket_id IN (:ticketIds) FOR UPDATE")
    Flux<SlaRows.Timer> lockTimersOf(Collection<UUID> ticketIds);

    @Query("SELECT * FROM sla_policy WHERE id IN (:ids)")
    Flux<SlaRows.Policy> policies(Collection<UUID> ids);

    /** Breaches given as a JSON array of {ticket_id, metric, due_at}: the timer keeps its first breach, the ticket is flagged. */
    @Query("""
            WITH b AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS b (ticket_id uuid, metric text, due_at timestamptz)),
                 timer AS (UPDATE sla_timer t SET breached_at = COALESCE(t.breached_at, b.due_at)
                           FROM b WHERE t.ticket_id = b.ticket_id AND t.metric = b.metric)
            UPDATE ticket SET breached = true WHERE id IN (SELECT ticket_id FROM b)""")
    Mono<Long> recordBreaches(String rows);

    /**
     * Ticket events given as a JSON array of {ticket_id, type, data}, written by 'sla' in their
     * order, and each appended to the global event log in the same statement (as EventLog does).
     */
    @Query("""
            WITH written AS (
                INSERT INTO ticket_event (ticket_id, type, actor, occurred_at, data)
                SELECT e.ticket_id, e.type, 'sla', :occurredAt, e.data
                FROM jsonb_array_elements(CAST(:rows AS jsonb)) WITH ORDINALITY AS x (v, n),
                     jsonb_to_record(x.v) AS e (ticket_id uuid, type text, data jsonb)
                ORDER BY x.n
                RETURNING id, ticket_id, type, data)
            INSERT INTO event_log (type, subject, occurred_at, data)
            SELECT type, CAST(ticket_id AS text), :loggedAt, data FROM written ORDER BY id""")
    Mono<Long> ticketEvents(String rows, Instant occurredAt, Instant loggedAt);

    @Query("UPDATE sla_due_work SET done_at = :now WHERE id IN (:workIds)")
    Mono<Long> done(Collection<Long> workIds, Instant now);

    /** Due announcements, locked for this transaction; rows another instance holds are skipped. */
    @Query("""
            SELECT id, ticket_id, metric, generation, threshold, due_at FROM sla_due_work
            WHERE done_at IS NULL AND due_at <= :now
            ORDER BY due_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    Flux<SlaRows.DueWork> claimDue(Instant now, int limit);

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

    @io.micronaut.core.annotation.Introspected
    record LockedTicket(UUID id, String key, @Nullable String assignee, @Nullable UUID policyId) {
    }
}
