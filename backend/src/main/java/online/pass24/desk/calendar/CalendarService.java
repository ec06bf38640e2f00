package online.pass24.desk.calendar;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.CalendarWrite;
import online.pass24.desk.api.model.DayExceptionWrite;
import online.pass24.desk.api.model.FieldError;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.calendar.domain.DayException;
import online.pass24.desk.calendar.domain.DayKind;
import online.pass24.desk.calendar.domain.WorkingInterval;
import online.pass24.desk.calendar.domain.XmlCalendarFormat;
import online.pass24.desk.problem.ApiProblem;
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
 * Use cases of business calendars. Every change bumps the calendar's version and appends
 * {@code calendar.changed} to the event log in the same transaction; listeners in this
 * instance hear {@link CalendarChanged} after the commit.
 */
@Singleton
class CalendarService {

    static final String DEFAULT_ID = "default";
    static final String DEFAULT_ZONE = "Europe/Moscow";

    private final CalendarRepository repository;
    private final CalendarStore store;
    private final CalendarWrites writes;
    private final ApplicationEventPublisher<CalendarChanged> publisher;
    private final Clock clock;

    CalendarService(CalendarRepository repository, CalendarStore store, CalendarWrites writes,
                    ApplicationEventPublisher<CalendarChanged> publisher, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.writes = writes;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The calendar named in a path: {@code default} or its id; anything else is not found. */
    Mono<CalendarRecord> resolve(String calendarId) {
        Mono<CalendarRecord> found;
        if (DEFAULT_ID.equals(calendarId)) {
            found = repository.findDefault();
        } else {
            try {
                found = repository.findById(UUID.fromString(calendarId));
            } catch (IllegalArgumentException e) {
                found = Mono.empty();
            }
        }
        return found.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No calendar " + calendarId)));
    }

    Mono<BusinessCalendar> calendar(String calendarId) {
        return resolve(calendarId).flatMap(row -> store.calendar(row.id()));
    }

    Flux<CalendarRecord> list() {
        return repository.listAll();
    }

    Mono<List<CalendarRows.Hours>> hours(UUID id) {
        return repository.hours(id).collectList();
    }


    Mono<CalendarRecord> create(CalendarWrite write) {
        ZoneId zone = zone(write.getZone());
        Map<DayOfWeek, List<WorkingInterval>> week = CalendarMapper.week(write.getWeeklyHours());
        return writes.create(write.getName(), zone, week);
    }

    Mono<CalendarRecord> update(String calendarId, CalendarWrite write, String ifMatch) {
        ZoneId zone = zone(write.getZone());
        Map<DayOfWeek, List<WorkingInterval>> week = CalendarMapper.week(write.getWeeklyHours());
        Long expected = ETags.expectedVersion(ifMatch);
        return resolve(calendarId)
                .flatMap(row -> changed(row.id(), "hours", writes.writeHours(row.id(), write.getName(), zone, week, expected)))
                .flatMap(repository::findById);
    }


    Mono<List<DayException>> exceptions(String calendarId, int year) {
        return resolve(calendarId).flatMapMany(row -> repository.exceptionsBetween(row.id(),
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .map(CalendarStore::exception).collectList();
    }

    Mono<DayException> exception(String calendarId, LocalDate date) {
        return resolve(calendarId).flatMapMany(row -> repository.exceptionsBetween(row.id(), date, date))
                .next().map(CalendarStore::exception)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No exception on " + date)));
    }

    Mono<DayException> putException(String calendarId, LocalDate date, DayExceptionWrite write) {
        DayException exception = exceptionOf(date, write);
        return resolve(calendarId)
                .flatMap(row -> changed(row.id(), "exception " + date, writes.writeException(row.id(), exception)))
                .thenReturn(exception);
    }


    Mono<Void> deleteException(String calendarId, LocalDate date) {
        return resolve(calendarId)
                .flatMap(row -> changed(row.id(), "exception " + date + " removed", writes.removeException(row.id(), date)))
                .then();
    }


    /** Replaces a whole year with the file's days; a bad file changes nothing. */
    Mono<XmlCalendarFormat.Year> importYear(String calendarId, String xml, Integer expectedYear) {
        XmlCalendarFormat.Year year;
        try {
            year = XmlCalendarFormat.parse(xml);
        } catch (XmlCalendarFormat.InvalidCalendarFile e) {
            return Mono.error(new ApiProblem(ProblemType.VALIDATION_ERROR, HttpStatus.BAD_REQUEST, e.getMessage(),
                    List.of(new FieldError("body", e.getMessage()))));
        }
        if (expectedYear != null && expectedYear != year.year()) {
            String message = "<calendar year=\"" + year.year() + "\">: the file is for " + year.year()
                    + ", not for " + expectedYear;
            return Mono.error(new ApiProblem(ProblemType.VALIDATION_ERROR, HttpStatus.BAD_REQUEST, message,
                    List.of(new FieldError("year", message))));
        }
        return resolve(calendarId)
                .flatMap(row -> changed(row.id(), "import " + year.year(), writes.replaceYear(row.id(), year)))
                .thenReturn(year);
    }


    Mono<String> export(String calendarId, int year) {
        return exceptions(calendarId, year)
                .map(days -> XmlCalendarFormat.write(year, days, LocalDate.now(clock)));
    }



    /** Runs a committed change, then tells this instance's listeners. */
    private Mono<UUID> changed(UUID id, String reason, Mono<UUID> change) {
        return change.flatMap(done -> repository.version(id)
                .doOnNext(version -> publisher.publishEvent(new CalendarChanged(id, version, reason)))
                .thenReturn(done));
    }

    private static DayException exceptionOf(LocalDate date, DayExceptionWrite write) {
        DayKind kind = DayKind.valueOf(write.getKind().name());
        List<WorkingInterval> hours = CalendarMapper.domainIntervals(write.getHours(), "hours");
        if (kind == DayKind.HOLIDAY && !hours.isEmpty()) {
            throw ApiProblem.invalidField("hours", "a holiday has no working hours");
        }
        return new DayException(date, kind, hours, write.getNote());
    }

    private static ZoneId zone(String zone) {
        String id = zone == null || zone.isBlank() ? DEFAULT_ZONE : zone;
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw ApiProblem.invalidField("zone", "is not an IANA time zone: " + id);
        }
        return ZoneId.of(id);
    }
}
