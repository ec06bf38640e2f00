package online.pass24.desk.stream;

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
interface StreamRepository extends GenericRepository<StreamRepository.Row, Long> {

    /**
     * One round of the sequencer, in one statement (its own transaction): only the holder of the
     * advisory lock moves committed pending events into the stream, in event order, with their
     * ticket and its organisation resolved once here, and announces the new head at commit.
     * Statements holding the lock commit one after another, so stream ids appear in order.
     */
    String SEQUENCE = """
            WITH lock AS (
                SELECT pg_try_advisory_xact_lock(7155170001) AS got
            ), moved AS (
                DELETE FROM stream_pending WHERE (SELECT got FROM lock) AND event_id = ANY (ARRAY(
                    SELECT event_id FROM stream_pending ORDER BY event_id LIMIT :limit FOR UPDATE SKIP LOCKED))
                RETURNING event_id
            ), inserted AS (
                INSERT INTO stream_event (event_id, type, subject, occurred_at, data, ticket_id, organization)
                SELECT e.id, e.type, e.subject, e.occurred_at, e.data, t.id, t.organization
                FROM moved m CROSS JOIN LATERAL (SELECT * FROM event_log l WHERE l.id = m.event_id) e
                LEFT JOIN ticket t ON t.id = CASE WHEN e.data ->> 'ticketId' ~ '^[0-9a-fA-F-]{36}$'
                                                  THEN CAST(e.data ->> 'ticketId' AS uuid) END
                ORDER BY e.id
                RETURNING seq
            ), notified AS (
                SELECT pg_notify('stream_event', CAST(max(seq) AS text)) FROM inserted HAVING count(*) > 0
            )
            SELECT (SELECT count(*) FROM inserted) AS moved, (SELECT coalesce(max(seq), 0) FROM inserted) AS head,
                   (SELECT count(*) FROM notified) AS announced""";

    @Query(SEQUENCE)
    Mono<Moved> sequence(int limit);

    @Query("SELECT coalesce(max(seq), 0) FROM stream_event")
    Mono<Long> head();

    @Query("""
            SELECT seq, type, occurred_at, CAST(data AS text) AS data, ticket_id, organization
            FROM stream_event WHERE seq > :after AND seq <= :upTo ORDER BY seq LIMIT :limit""")
    Flux<Row> between(long after, long upTo, int limit);

    @Query("SELECT pruned_through FROM stream_retention WHERE id = 1")
    Mono<Long> prunedThrough();

    @Query("""
            WITH gone AS (DELETE FROM stream_event WHERE sequenced_at < :before RETURNING seq)
            UPDATE stream_retention SET pruned_through = greatest(pruned_through, (SELECT coalesce(max(seq), 0) FROM gone))
            WHERE id = 1""")
    Mono<Long> prune(Instant before);

    @Introspected
    record Moved(long moved, long head, long announced) {
    }

    @Introspected
    record Row(long seq, String type, Instant occurredAt, String data, @Nullable UUID ticketId,
               @Nullable String organization) {
    }
}
