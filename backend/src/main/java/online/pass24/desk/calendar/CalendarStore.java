package online.pass24.desk.calendar;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.calendar.domain.DayException;
import online.pass24.desk.calendar.domain.DayKind;
import online.pass24.desk.calendar.domain.WorkingInterval;
import reactor.core.publisher.Mono;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business calendars as domain objects, kept compiled in memory between uses. Each use checks
 * the stored version (one primary-key read), so a change made through another backend
 * instance is seen at once.
 */
@Singleton
public class CalendarStore {

    private record Cached(long version, BusinessCalendar calendar) {
    }

    private final CalendarRepository repository;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    CalendarStore(CalendarRepository repository) {
        this.repository = repository;
    }

    public Mono<BusinessCalendar> calendar(UUID id) {
        return repository.version(id).flatMap(version -> {
            Cached cached = cache.get(id);
            if (cached != null && cached.version() == version) {
                return Mono.just(cached.calendar());
            }
            return load(id).doOnNext(calendar -> cache.put(id, new Cached(version, calendar)));
        });
    }

    @EventListener
    void onChange(CalendarChanged change) {
        cache.remove(change.calendarId());
    }

    private Mono<BusinessCalendar> load(UUID id) {
        return Mono.zip(repository.findById(id), repository.hours(id).collectList(), repository.exceptions(id).collectList())
                .map(rows -> new BusinessCalendar(ZoneId.of(rows.getT1().zone()), week(rows.getT2()),
                        rows.getT3().stream().map(CalendarStore::exception).toList()));
    }

    static Map<DayOfWeek, List<WorkingInterval>> week(List<CalendarRows.Hours> rows) {
        Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (CalendarRows.Hours row : rows) {
            week.put(DayOfWeek.of(row.dayOfWeek()), WorkingInterval.parseList(row.intervals()));
        }
        return week;
    }

    static DayException exception(CalendarRows.Exception row) {
        return new DayException(row.day(), DayKind.valueOf(row.kind()), WorkingInterval.parseList(row.intervals()), row.note());
    }
}
