package online.pass24.desk.attachments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface AttachmentRepository extends ReactorCrudRepository<AttachmentRepository.Row, UUID> {

    @Query("SELECT * FROM attachment WHERE ticket_id = :ticketId ORDER BY uploaded_at, id")
    Flux<Row> ofTicket(UUID ticketId);

    @Query("SELECT * FROM attachment WHERE id = :attachmentId AND ticket_id = :ticketId")
    Mono<Row> find(UUID ticketId, UUID attachmentId);

    @Query("SELECT count(*) FROM communication WHERE id = :communicationId AND ticket_id = :ticketId")
    Mono<Long> communicationOf(UUID ticketId, UUID communicationId);

    @Query("SELECT count(*) FROM escalation WHERE id = :escalationId AND ticket_id = :ticketId")
    Mono<Long> escalationOf(UUID ticketId, UUID escalationId);

    @MappedEntity("attachment")
    record Row(@Id UUID id, UUID ticketId, @Nullable UUID communicationId, @Nullable UUID escalationId, String fileName,
               String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
    }
}
