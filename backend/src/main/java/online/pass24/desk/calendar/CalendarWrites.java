package online.pass24.desk.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.calendar.domain.DayException;
import online.pass24.desk.calendar.domain.WorkingInterval;
import online.pass24.desk.calendar.domain.XmlCalendarFormat;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.shared.events.EventLog;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactions that change calendars: each bumps the version and logs
 * {@code calendar.changed} together with the change, or does nothing at all.
 */
@Singleton
class CalendarWrites {

    private final CalendarRepository repository;
    private final EventLog eventLog;
    private final Clock clock;

    CalendarWrites(CalendarRepository repository, EventLog eventLog, Clock clock) {
        this.repository = repository;
        this.eventLog = eventLog;
        this.clock = clock;
    }

    @Transactional
    public Mono<CalendarRecord> create(String name, ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week) {
        CalendarRecord row = new CalendarRecord(UUID.randomUUID(), name, zone.getId(), false, 1, clock.instant());
        return repository.save(row)
                .flatMap(saved -> putWeek(saved.id(), week).thenReturn(saved));
    }

    @Transactional
    public Mono<UUID> writeHours(UUID id, String name, ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week, Long expected) {
        return repository.rename(id, name, zone.getId(), expected, clock.instant())
                .flatMap(updated -> updated == 0 ? Mono.error(ETags.stale()) : putWeek(id, week))
                .then(logChange(id, "hours"))
                .thenReturn(id);
    }

    @Transactional
    public Mono<UUID> writeException(UUID id, DayException exception) {
        return repository.putException(id, exception.date(), exception.kind().name(),
                        WorkingInterval.format(exception.hours()), exception.note())
                .then(repository.touch(id, null, clock.instant()))
                .then(logChange(id, "exception " + exception.date()))
                .thenReturn(id);
    }

    @Transactional
    public Mono<UUID> removeException(UUID id, LocalDate date) {
        return repository.deleteException(id, date)
                .flatMap(deleted -> deleted == 0
                        ? Mono.<Long>error(ApiProblem.notFound("No exception on " + date))
                        : repository.touch(id, null, clock.instant()))
                .then(logChange(id, "exception " + date + " removed"))
                .thenReturn(id);
    }

    @Transactional
    public Mono<UUID> replaceYear(UUID id, XmlCalendarFormat.Year year) {
        return repository.deleteExceptionsBetween(id, LocalDate.of(year.year(), 1, 1), LocalDate.of(year.year(), 12, 31))
                .thenMany(Flux.fromIterable(year.days()))
                .concatMap(day -> repository.putException(id, day.date(), day.kind().name(), "", day.note()))
                .then(repository.touch(id, null, clock.instant()))
                .then(logChange(id, "import " + year.year()))
                .thenReturn(id);
    }

    private Mono<Void> putWeek(UUID id, Map<DayOfWeek, List<WorkingInterval>> week) {
        return Flux.fromArray(DayOfWeek.values())
                .concatMap(day -> repository.putHours(id, (short) day.getValue(),
                        WorkingInterval.format(week.getOrDefault(day, List.of()))))
                .then();
    }

    private Mono<Void> logChange(UUID id, String reason) {
        return repository.version(id).flatMap(version -> eventLog.append("calendar.changed", id.toString(),
                Map.of("calendarId", id.toString(), "version", version, "reason", reason)));
    }
}
