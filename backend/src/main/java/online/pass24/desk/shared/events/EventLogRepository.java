package online.pass24.desk.shared.events;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Mono;

import java.time.Instant;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface EventLogRepository extends GenericRepository<EventLogRepository.Row, Long> {

    @Query("""
            INSERT INTO event_log (type, subject, occurred_at, data)
            VALUES (:type, :subject, :occurredAt, CAST(:data AS jsonb))""")
    Mono<Long> append(String type, String subject, Instant occurredAt, String data);

    @MappedEntity("event_log")
    record Row(@Id Long id, String type, String subject, Instant occurredAt) {
    }
}
