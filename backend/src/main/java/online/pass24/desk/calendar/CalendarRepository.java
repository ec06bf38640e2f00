package online.pass24.desk.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface CalendarRepository extends ReactorCrudRepository<CalendarRecord, UUID> {

    @Query("SELECT * FROM business_calendar WHERE is_default")
    Mono<CalendarRecord> findDefault();

    @Query("SELECT * FROM business_calendar ORDER BY is_default DESC, name, id")
    Flux<CalendarRecord> listAll();

    /** The version read by a cache to learn whether its copy is still current. */
    @Query("SELECT version FROM business_calendar WHERE id = :id")
    Mono<Long> version(UUID id);

    /** Bumps the version; with an expected version, only when nobody changed it meanwhile. */
    @Query("""
            UPDATE business_calendar SET version = version + 1, updated_at = :now
            WHERE id = :id AND (CAST(:expected AS bigint) IS NULL OR version = :expected)""")
    Mono<Long> touch(UUID id, @Nullable Long expected, Instant now);

    @Query("""
            UPDATE business_calendar SET name = :name, zone = :zone, version = version + 1, updated_at = :now
            WHERE id = :id AND (CAST(:expected AS bigint) IS NULL OR version = :expected)""")
    Mono<Long> rename(UUID id, String name, String zone, @Nullable Long expected, Instant now);

    @Query("SELECT calendar_id, day_of_week, intervals FROM business_calendar_hours WHERE calendar_id = :id ORDER BY day_of_week")
    Flux<CalendarRows.Hours> hours(UUID id);

    @Query("""
            INSERT INTO business_calendar_hours (calendar_id, day_of_week, intervals) VALUES (:id, :dayOfWeek, :intervals)
            ON CONFLICT (calendar_id, day_of_week) DO UPDATE SET intervals = EXCLUDED.intervals""")
    Mono<Long> putHours(UUID id, short dayOfWeek, String intervals);

    @Query("SELECT calendar_id, day, kind, intervals, note FROM business_calendar_exception WHERE calendar_id = :id ORDER BY day")
    Flux<CalendarRows.Exception> exceptions(UUID id);

    @Query("""
            SELECT calendar_id, day, kind, intervals, note FROM business_calendar_exception
            WHERE calendar_id = :id AND day BETWEEN :from AND :to ORDER BY day""")
    Flux<CalendarRows.Exception> exceptionsBetween(UUID id, LocalDate from, LocalDate to);

    @Query("""
            INSERT INTO business_calendar_exception (calendar_id, day, kind, intervals, note)
            VALUES (:id, :day, :kind, :intervals, :note)
            ON CONFLICT (calendar_id, day) DO UPDATE
            SET kind = EXCLUDED.kind, intervals = EXCLUDED.intervals, note = EXCLUDED.note""")
    Mono<Long> putException(UUID id, LocalDate day, String kind, String intervals, String note);

    @Query("DELETE FROM business_calendar_exception WHERE calendar_id = :id AND day = :day")
    Mono<Long> deleteException(UUID id, LocalDate day);

    @Query("DELETE FROM business_calendar_exception WHERE calendar_id = :id AND day BETWEEN :from AND :to")
    Mono<Long> deleteExceptionsBetween(UUID id, LocalDate from, LocalDate to);
}
