package online.pass24.desk.idempotency;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Mono;

import java.time.Instant;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyRepository extends GenericRepository<IdempotencyRepository.Row, String> {

    /** Claims the key for a first request; 0 when it is already known. */
    @Query("""
            INSERT INTO idempotency_key (caller, key, request_hash, created_at, locked_until)
            VALUES (:caller, :key, :hash, :now, :leaseUntil)
            ON CONFLICT DO NOTHING""")
    Mono<Long> claim(String caller, String key, String hash, Instant now, Instant leaseUntil);

    @Query("""
            SELECT caller, key, request_hash, status, content_type, CAST(headers AS text) AS headers, body, created_at,
                   locked_until, completed_at
            FROM idempotency_key WHERE caller = :caller AND key = :key""")
    Mono<Row> find(String caller, String key);

    /** A key older than the retention window starts afresh. */
    @Query("""
            UPDATE idempotency_key SET request_hash = :hash, status = NULL, content_type = NULL, headers = NULL,
                   body = NULL, created_at = :now, locked_until = :leaseUntil, completed_at = NULL
            WHERE caller = :caller AND key = :key AND created_at < :expiredBefore""")
    Mono<Long> renewExpired(String caller, String key, String hash, Instant now, Instant leaseUntil, Instant expiredBefore);

    /** Takes over a request whose instance died before it finished (its lease ran out). */
    @Query("""
            UPDATE idempotency_key SET locked_until = :leaseUntil
            WHERE caller = :caller AND key = :key AND status IS NULL AND locked_until < :now""")
    Mono<Long> takeOver(String caller, String key, Instant now, Instant leaseUntil);

    @Query("""
            UPDATE idempotency_key SET status = :status, content_type = :contentType, headers = CAST(:headers AS jsonb),
                   body = :body, completed_at = :now, locked_until = NULL
            WHERE caller = :caller AND key = :key""")
    Mono<Long> complete(String caller, String key, int status, @Nullable String contentType, String headers,
                        @Nullable byte[] body, Instant now);

    /** A request that failed on the server's side may run again under its key. */
    @Query("DELETE FROM idempotency_key WHERE caller = :caller AND key = :key AND status IS NULL")
    Mono<Long> release(String caller, String key);

    @Query("DELETE FROM idempotency_key WHERE created_at < :before")
    Mono<Long> purge(Instant before);

    @Introspected
    record Row(String caller, String key, String requestHash, @Nullable Integer status, @Nullable String contentType,
               @Nullable String headers, @Nullable byte[] body, Instant createdAt, @Nullable Instant lockedUntil,
               @Nullable Instant completedAt) {
    }
}
