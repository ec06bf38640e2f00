package online.pass24.desk.mail;

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
interface MailRepository extends GenericRepository<MailRepository.Mail, UUID> {

    @Query("""
            INSERT INTO mail_outbox (id, ticket_id, communication_id, kind, dedupe_key, recipient, subject, body,
                                     message_id, in_reply_to, status, next_attempt_at, created_at)
            VALUES (:id, :ticketId, :communicationId, :kind, :dedupeKey, :recipient, :subject, :body, :messageId,
                    :inReplyTo, 'QUEUED', :now, :now)
            ON CONFLICT (dedupe_key) DO NOTHING""")
    Mono<Long> enqueue(UUID id, @Nullable UUID ticketId, @Nullable UUID communicationId, String kind,
                       @Nullable String dedupeKey, String recipient, String subject, String body, String messageId,
                       @Nullable String inReplyTo, Instant now);

    /** Staff messages given as a JSON array of rows (see {@code MailOutbox#toStaff(List)}), in their order. */
    @Query("""
            INSERT INTO mail_outbox (id, ticket_id, communication_id, kind, dedupe_key, recipient, subject, body,
                                     message_id, in_reply_to, status, next_attempt_at, created_at)
            SELECT m.id, m.ticket_id, NULL, 'STAFF', m.dedupe_key, m.recipient, m.subject, m.body, m.message_id, NULL,
                   'QUEUED', :now, :now
            FROM jsonb_array_elements(CAST(:rows AS jsonb)) WITH ORDINALITY AS x (v, n),
                 jsonb_to_record(x.v) AS m (id uuid, ticket_id uuid, dedupe_key text, recipient text, subject text,
                                            body text, message_id text)
            ORDER BY x.n
            ON CONFLICT (dedupe_key) DO NOTHING""")
    Mono<Long> enqueueStaff(String rows, Instant now);

    @Query("""
            SELECT message_id FROM mail_outbox WHERE ticket_id = :ticketId AND kind = 'CLIENT'
            ORDER BY created_at, id LIMIT 1""")
    Mono<String> threadRoot(UUID ticketId);

    /**
     * Takes due mail for sending: queued, or left "sending" by an instance that died. The lease
     * keeps other instances off it while this one talks to the SMTP server.
     */
    @Query("""
            WITH leased AS (
                UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = :leaseUntil
                WHERE id IN (SELECT id FROM mail_outbox
                             WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now
                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id, ticket_id, communication_id, recipient, subject, body, message_id, in_reply_to, attempts)
            SELECT * FROM leased""")
    Flux<Mail> lease(Instant now, Instant leaseUntil, int limit);

    @Query("UPDATE mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :mailId")
    Mono<Long> sent(UUID mailId, Instant now);

    @Query("UPDATE mail_outbox SET status = :status, next_attempt_at = :retryAt, last_error = :error WHERE id = :mailId")
    Mono<Long> failed(UUID mailId, String status, Instant retryAt, String error);

    @Query("UPDATE communication SET delivery_status = :status WHERE id = :communicationId")
    Mono<Long> deliveryStatus(UUID communicationId, String status);

    @Introspected
    record Mail(UUID id, @Nullable UUID ticketId, @Nullable UUID communicationId, String recipient, String subject,
                String body, String messageId, @Nullable String inReplyTo, int attempts) {
    }
}
