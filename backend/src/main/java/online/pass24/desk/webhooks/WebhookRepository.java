package online.pass24.desk.webhooks;

import io.micronaut.core.annotation.Introspected;
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
interface WebhookRepository extends GenericRepository<WebhookRepository.Subscription, UUID> {

    String SUBSCRIPTION = """
            id, organization, url, array_to_string(event_types, ',') AS event_types, description, secret, enabled,
            disabled_at, disabled_reason, created_at, created_by""";

    @Query("""
            INSERT INTO webhook_subscription (id, organization, url, event_types, description, secret, created_at, created_by)
            VALUES (:id, :organization, :url, string_to_array(:eventTypes, ','), :description, :secret, :now, :createdBy)""")
    Mono<Long> insert(UUID id, @Nullable String organization, String url, String eventTypes, @Nullable String description,
                      String secret, Instant now, String createdBy);

    /** A subscription the caller may manage: any for a lead (tenant null), its own for an integration. */
    @Query("SELECT " + SUBSCRIPTION + " FROM webhook_subscription WHERE id = :id AND deleted_at IS NULL"
            + " AND (CAST(:tenant AS text) IS NULL OR organization = :tenant)")
    Mono<Subscription> find(UUID id, @Nullable String tenant);

    @Query("SELECT " + SUBSCRIPTION + " FROM webhook_subscription WHERE deleted_at IS NULL"
            + " AND (CAST(:tenant AS text) IS NULL OR organization = :tenant)"
            + " AND (CAST(:afterCreated AS timestamptz) IS NULL OR (created_at, id) < (:afterCreated, :afterId))"
            + " ORDER BY created_at DESC, id DESC LIMIT :limit")
    Flux<Subscription> page(@Nullable String tenant, @Nullable Instant afterCreated, @Nullable UUID afterId, int limit);

    @Query("UPDATE webhook_subscription SET deleted_at = :now, enabled = false WHERE id = :id AND deleted_at IS NULL")
    Mono<Long> delete(UUID id, Instant now);

    @Query("DELETE FROM webhook_delivery WHERE subscription_id = :id AND status = 'PENDING'")
    Mono<Long> dropPending(UUID id);

    @Query("UPDATE webhook_subscription SET enabled = true, disabled_at = NULL, disabled_reason = NULL WHERE id = :id")
    Mono<Long> enable(UUID id);

    @Query("""
            UPDATE webhook_subscription SET enabled = false, disabled_at = :now, disabled_reason = :reason
            WHERE id = :id AND enabled""")
    Mono<Long> disable(UUID id, Instant now, String reason);

    /**
     * Fans a batch of logged events out to the subscriptions that want them (the event type and,
     * for an organisation's subscription, its tickets only), and takes them off the outbox, in
     * one statement; SKIP LOCKED lets several instances share the work.
     */
    @Query("""
            WITH batch AS (
                SELECT event_id FROM webhook_outbox ORDER BY event_id LIMIT :limit FOR UPDATE SKIP LOCKED
            ), events AS (
                SELECT e.id, e.occurred_at, e.data, t.organization,
                       CASE WHEN e.type = 'ticket.created' THEN 'ticket.created'
                            WHEN e.type LIKE 'ticket.%' THEN 'ticket.changed'
                            WHEN e.type IN ('sla.warning', 'sla.breached') THEN e.type
                            WHEN e.type = 'escalation.created' THEN 'escalation.created'
                            WHEN e.type LIKE 'escalation.%' THEN 'escalation.changed'
                            WHEN e.type LIKE 'communication.%' THEN 'communication.recorded' END AS hook_type
                FROM batch b JOIN event_log e ON e.id = b.event_id
                LEFT JOIN ticket t ON t.id = CASE WHEN e.data ->> 'ticketId' ~ '^[0-9a-fA-F-]{36}$'
                                                  THEN CAST(e.data ->> 'ticketId' AS uuid) END
            ), inserted AS (
                INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, status, next_attempt_at,
                                              created_at)
                SELECT gen_random_uuid(), s.id, ev.id, ev.hook_type,
                       CAST(json_build_object('type', ev.hook_type, 'timestamp', ev.occurred_at, 'data', ev.data) AS text),
                       'PENDING', :now, :now
                FROM events ev JOIN webhook_subscription s
                     ON s.enabled AND s.deleted_at IS NULL AND ev.hook_type = ANY(s.event_types)
                        AND (s.organization IS NULL OR s.organization = ev.organization)
                ON CONFLICT DO NOTHING
                RETURNING 1
            )
            DELETE FROM webhook_outbox WHERE event_id IN (SELECT event_id FROM batch)""")
    Mono<Long> fanOut(Instant now, int limit);

    /** Leases due deliveries of enabled subscriptions; another instance skips them until the lease ends. */
    @Query("""
            WITH due AS (
                SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND s.enabled AND s.deleted_at IS NULL
                  AND (d.locked_until IS NULL OR d.locked_until < :now)
                ORDER BY d.next_attempt_at LIMIT :limit
                FOR UPDATE OF d SKIP LOCKED
            )
            UPDATE webhook_delivery d SET locked_until = :leaseUntil, attempts = d.attempts + 1
            FROM due, webhook_subscription s
            WHERE d.id = due.id AND s.id = d.subscription_id
            RETURNING d.id, d.subscription_id, d.payload, d.attempts, d.created_at, s.url, s.secret""")
    Flux<Lease> lease(Instant now, Instant leaseUntil, int limit);

    @Query("""
            INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
            VALUES (:deliveryId, :at, :statusCode, :error, :durationMs)""")
    Mono<Long> attempt(UUID deliveryId, Instant at, @Nullable Integer statusCode, @Nullable String error, long durationMs);

    @Query("UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = :now, locked_until = NULL, next_attempt_at = NULL WHERE id = :id")
    Mono<Long> delivered(UUID id, Instant now);

    @Query("UPDATE webhook_delivery SET next_attempt_at = :retryAt, locked_until = NULL WHERE id = :id")
    Mono<Long> retryAt(UUID id, Instant retryAt);

    @Query("UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, locked_until = NULL WHERE id = :id")
    Mono<Long> failed(UUID id);

    @Query("""
            UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = :now, locked_until = NULL
            WHERE id = :id AND subscription_id = :subscriptionId""")
    Mono<Long> redeliver(UUID id, UUID subscriptionId, Instant now);

    @Query("""
            SELECT id, subscription_id, event_id, event_type, payload, status, attempts, next_attempt_at, created_at,
                   delivered_at
            FROM webhook_delivery WHERE subscription_id = :subscriptionId
              AND (CAST(:afterCreated AS timestamptz) IS NULL OR (created_at, id) < (:afterCreated, :afterId))
            ORDER BY created_at DESC, id DESC LIMIT :limit""")
    Flux<Delivery> deliveries(UUID subscriptionId, @Nullable Instant afterCreated, @Nullable UUID afterId, int limit);

    @Query("""
            SELECT id, subscription_id, event_id, event_type, payload, status, attempts, next_attempt_at, created_at,
                   delivered_at
            FROM webhook_delivery WHERE id = :id AND subscription_id = :subscriptionId""")
    Mono<Delivery> delivery(UUID id, UUID subscriptionId);

    @Query("""
            SELECT delivery_id, attempted_at, status_code, error, duration_ms FROM webhook_attempt
            WHERE delivery_id IN (:deliveryIds) ORDER BY id""")
    Flux<Attempt> attempts(Collection<UUID> deliveryIds);

    @Introspected
    record Subscription(UUID id, @Nullable String organization, String url, String eventTypes, @Nullable String description,
                        String secret, boolean enabled, @Nullable Instant disabledAt, @Nullable String disabledReason,
                        Instant createdAt, String createdBy) {
    }

    @Introspected
    record Lease(UUID id, UUID subscriptionId, String payload, int attempts, Instant createdAt, String url, String secret) {
    }

    @Introspected
    record Delivery(UUID id, UUID subscriptionId, long eventId, String eventType, String payload, String status,
                    int attempts, @Nullable Instant nextAttemptAt, Instant createdAt, @Nullable Instant deliveredAt) {
    }

    @Introspected
    record Attempt(UUID deliveryId, Instant attemptedAt, @Nullable Integer statusCode, @Nullable String error,
                   long durationMs) {
    }
}
