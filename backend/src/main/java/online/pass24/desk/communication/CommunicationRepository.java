package online.pass24.desk.communication;

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
interface CommunicationRepository extends GenericRepository<CommunicationRepository.Row, UUID> {

    @Query("""
            INSERT INTO communication (id, ticket_id, channel, direction, subject, text, template_kind, template_version,
                                       author, occurred_at, delivery_status, override_warnings, warnings)
            VALUES (:id, :ticketId, :channel, :direction, :subject, :text, :templateKind, :templateVersion, :author,
                    :occurredAt, :deliveryStatus, :overrideWarnings, CAST(:warnings AS jsonb))""")
    Mono<Long> insert(UUID id, UUID ticketId, String channel, String direction, @Nullable String subject, String text,
                      @Nullable String templateKind, @Nullable Integer templateVersion, String author, Instant occurredAt,
                      String deliveryStatus, boolean overrideWarnings, String warnings);

    @Query("""
            SELECT id, ticket_id, channel, direction, subject, text, template_kind, template_version, author, occurred_at,
                   delivery_status, override_warnings, CAST(warnings AS text) AS warnings
            FROM communication WHERE ticket_id = :ticketId ORDER BY occurred_at, id""")
    Flux<Row> ofTicket(UUID ticketId);

    @Query("SELECT DISTINCT ON (kind) * FROM message_template ORDER BY kind, version DESC")
    Flux<TemplateRow> currentTemplates();

    @Query("SELECT * FROM message_template WHERE kind = :kind ORDER BY version DESC LIMIT 1")
    Mono<TemplateRow> currentTemplate(String kind);

    @Query("""
            INSERT INTO message_template (kind, version, subject, body, created_at, created_by)
            SELECT :kind, coalesce(max(version), 0) + 1, :subject, :body, :createdAt, :createdBy
            FROM message_template WHERE kind = :kind""")
    Mono<Long> publishTemplate(String kind, String subject, String body, Instant createdAt, String createdBy);

    @Query("""
            INSERT INTO message_template (kind, version, subject, body, created_at, created_by)
            VALUES (:kind, :version, :subject, :body, :createdAt, :createdBy)""")
    Mono<Long> publishTemplateVersion(String kind, int version, String subject, String body, Instant createdAt, String createdBy);

    /** Serialises replacements of the phrase list (the list has no row of its own to lock). */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('forbidden_phrase'))) AS locked")
    Mono<Integer> lockPhrases();

    @Query("SELECT phrase FROM forbidden_phrase ORDER BY phrase")
    Flux<String> phrases();

    @Query("DELETE FROM forbidden_phrase")
    Mono<Long> clearPhrases();

    @Query("INSERT INTO forbidden_phrase (phrase, added_at) VALUES (:phrase, :addedAt) ON CONFLICT DO NOTHING")
    Mono<Long> addPhrase(String phrase, Instant addedAt);

    @Introspected
    record Row(UUID id, UUID ticketId, String channel, String direction, @Nullable String subject, String text,
               @Nullable String templateKind, @Nullable Integer templateVersion, String author, Instant occurredAt,
               String deliveryStatus, boolean overrideWarnings, String warnings) {
    }

    @Introspected
    record TemplateRow(String kind, int version, String subject, String body, Instant createdAt, String createdBy) {
    }
}
