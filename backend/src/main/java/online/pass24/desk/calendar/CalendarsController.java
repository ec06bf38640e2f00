package online.pass24.desk.calendar;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import online.pass24.desk.api.CalendarsApi;
import online.pass24.desk.api.model.BusinessTimeSpan;
import online.pass24.desk.api.model.BusinessTimeSum;
import online.pass24.desk.api.model.Calendar;
import online.pass24.desk.api.model.CalendarDay;
import online.pass24.desk.api.model.CalendarDayList;
import online.pass24.desk.api.model.CalendarImportResult;
import online.pass24.desk.api.model.CalendarList;
import online.pass24.desk.api.model.CalendarWrite;
import online.pass24.desk.api.model.DayException;
import online.pass24.desk.api.model.DayExceptionList;
import online.pass24.desk.api.model.DayExceptionWrite;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.calendar.domain.DayKind;
import online.pass24.desk.calendar.domain.XmlCalendarFormat;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Calendars: read by anyone signed in, changed by the head of support. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class CalendarsController implements CalendarsApi {

    static final int MAX_IMPORT_BYTES = 1024 * 1024;
    static final int MAX_DAYS = 400;

    private final CalendarService service;

    CalendarsController(CalendarService service) {
        this.service = service;
    }

    @Override
    public Mono<CalendarList> listCalendars(String cursor, Integer limit) {
        return service.list()
                .concatMap(row -> service.hours(row.id()).map(hours -> CalendarMapper.toApi(row, hours)))
                .collectList().map(all -> {
                    var page = online.pass24.desk.shared.Pages.of(all, c -> c.getId(), cursor, limit);
                    CalendarList list = new CalendarList(page.items());
                    list.setNextCursor(page.nextCursor());
                    return list;
                });
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<HttpResponse<Calendar>> createCalendar(CalendarWrite write) {
        return Mono.defer(() -> service.create(write)).flatMap(this::withHours)
                .map(calendar -> HttpResponse.created(calendar, URI.create("/api/v1/calendars/" + calendar.getId()))
                        .header(HttpHeaders.ETAG, ETags.of(calendar.getVersion())));
    }

    @Override
    public Mono<HttpResponse<Calendar>> getCalendar(String calendarId) {
        return service.resolve(calendarId).flatMap(this::withHours).map(CalendarsController::tagged);
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<HttpResponse<Calendar>> updateCalendar(String calendarId, CalendarWrite write, String ifMatch) {
        return Mono.defer(() -> service.update(calendarId, write, ifMatch)).flatMap(this::withHours)
                .map(CalendarsController::tagged);
    }

    @Override
    public Mono<DayExceptionList> listCalendarExceptions(String calendarId, Integer year) {
        return service.exceptions(calendarId, year)
                .map(days -> new DayExceptionList(days.stream().map(CalendarMapper::toApi).toList()));
    }

    @Override
    public Mono<DayException> getCalendarException(String calendarId, LocalDate date) {
        return service.exception(calendarId, known("date", date)).map(CalendarMapper::toApi);
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<DayException> putCalendarException(String calendarId, LocalDate date, DayExceptionWrite write) {
        return Mono.defer(() -> service.putException(calendarId, known("date", date), write)).map(CalendarMapper::toApi);
    }

    @Override
    @Secured(Roles.LEAD)
    // 204 has no body: a client that accepts only JSON must not get 406 for it
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    public Mono<HttpResponse<Void>> deleteCalendarException(String calendarId, LocalDate date) {
        return service.deleteException(calendarId, known("date", date)).thenReturn(HttpResponse.noContent());
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<CalendarImportResult> importCalendarYear(String calendarId, String body, Integer year) {
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_IMPORT_BYTES) {
            return Mono.error(new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "A calendar file may be at most 1 MiB", List.of()));
        }
        return Mono.defer(() -> service.importYear(calendarId, body, year))
                .zipWith(service.resolve(calendarId))
                .map(done -> new CalendarImportResult(done.getT2().id().toString(), done.getT1().year(),
                        (int) done.getT1().count(DayKind.HOLIDAY), (int) done.getT1().count(DayKind.SHORTENED),
                        (int) done.getT1().count(DayKind.WORKING_DAY)));
    }

    @Override
    public Mono<String> exportCalendarYear(String calendarId, Integer year) {
        return service.export(calendarId, year);
    }

    @Override
    public Mono<CalendarDayList> listCalendarDays(String calendarId, LocalDate from, LocalDate to) {
        known("from", from);
        known("to", to);
        if (to.isBefore(from)) {
            return Mono.error(ApiProblem.invalidField("to", "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Mono.error(ApiProblem.invalidField("to", "at most " + MAX_DAYS + " days at once"));
        }
        return service.calendar(calendarId).map(calendar -> {
            List<CalendarDay> days = new ArrayList<>();
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                days.add(CalendarMapper.day(calendar, date));
            }
            return new CalendarDayList(days);
        });
    }

    @Override
    public Mono<BusinessTimeSum> addBusinessTime(String calendarId, String from, Integer minutes) {
        OffsetDateTime start = instant("from", from);
        return service.calendar(calendarId).map(calendar -> {
            Instant due = calendar.add(start.toInstant(), Duration.ofMinutes(minutes));
            return new BusinessTimeSum(start, minutes, due.atZone(calendar.zone()).toOffsetDateTime());
        });
    }

    @Override
    public Mono<BusinessTimeSpan> businessTimeBetween(String calendarId, String from, String to) {
        OffsetDateTime start = instant("from", from);
        OffsetDateTime end = instant("to", to);
        if (end.isBefore(start)) {
            return Mono.error(ApiProblem.invalidField("to", "must not be before from"));
        }
        return service.calendar(calendarId).map(calendar -> {
            long seconds = calendar.between(start.toInstant(), end.toInstant()).getSeconds();
            return new BusinessTimeSpan(seconds / 60, seconds);
        });
    }

    private Mono<Calendar> withHours(CalendarRecord row) {
        return service.hours(row.id()).map(hours -> CalendarMapper.toApi(row, hours));
    }

    private static HttpResponse<Calendar> tagged(Calendar calendar) {
        return HttpResponse.ok(calendar).header(HttpHeaders.ETAG, ETags.of(calendar.getVersion()));
    }

    /** An ISO-8601 instant with offset; a '+' that a query string turned into a space is forgiven. */
    private static OffsetDateTime instant(String field, String text) {
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(text.trim().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(field, "must be an ISO-8601 instant with offset, e.g. 2026-11-03T15:00:00+03:00");
        }
        known(field, instant.toLocalDate());
        return instant;
    }

    /**
     * Calendars know the years a production calendar can be imported for; beyond them a date is
     * refused, not computed (the year ±999999999 overflowed the arithmetic into a 500).
     */
    private static LocalDate known(String field, LocalDate date) {
        if (date.getYear() < XmlCalendarFormat.MIN_YEAR || date.getYear() > XmlCalendarFormat.MAX_YEAR) {
            throw ApiProblem.invalidField(field, "must be in the years " + XmlCalendarFormat.MIN_YEAR + " to "
                    + XmlCalendarFormat.MAX_YEAR);
        }
        return date;
    }
}
