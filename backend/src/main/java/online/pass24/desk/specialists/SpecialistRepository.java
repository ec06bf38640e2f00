package online.pass24.desk.specialists;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;

import java.util.Collection;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface SpecialistRepository extends ReactorCrudRepository<SpecialistRecord, UUID> {

    @Query("SELECT * FROM specialist ORDER BY product_area, name")
    Flux<SpecialistRecord> listAll();

    @Query("SELECT * FROM specialist WHERE id IN (:ids)")
    Flux<SpecialistRecord> findAllByIds(Collection<UUID> ids);

    @Query("SELECT * FROM specialist WHERE id = :id FOR UPDATE")
    reactor.core.publisher.Mono<SpecialistRecord> lock(UUID id);
}
