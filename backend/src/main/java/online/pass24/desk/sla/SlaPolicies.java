package online.pass24.desk.sla;

import jakarta.inject.Singleton;
import online.pass24.desk.calendar.CalendarStore;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.sla.domain.Metric;
import online.pass24.desk.sla.domain.Policy;
import reactor.core.publisher.Mono;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SLA policies as domain objects, with the calendar each one counts time in. */
@Singleton
public class SlaPolicies {

    /** 24×7 policies count every hour; the zone only matters for how people read the instants. */
    private static final BusinessCalendar ALL_THE_TIME = BusinessCalendar.allTheTime(ZoneId.of("Europe/Moscow"));

    private final SlaRepository repository;
    private final CalendarStore calendars;

    SlaPolicies(SlaRepository repository, CalendarStore calendars) {
        this.repository = repository;
        this.calendars = calendars;
    }

    public Mono<Policy> current(String level) {
        return repository.currentPolicy(level).map(SlaPolicies::toDomain);
    }

    public Mono<Policy> byId(UUID id) {
        return repository.policy(id).map(SlaPolicies::toDomain);
    }

    public Mono<BusinessCalendar> calendarOf(Policy policy) {
        if (!policy.businessHours() || policy.calendarId() == null) {
            return Mono.just(ALL_THE_TIME);
        }
        return calendars.calendar(policy.calendarId());
    }

    static Policy toDomain(SlaRows.Policy row) {
        Map<Metric, Integer> targets = new EnumMap<>(Metric.class);
        targets.put(Metric.FIRST_CONTACT, row.firstContactMinutes());
        targets.put(Metric.DIAGNOSIS, row.diagnosisMinutes());
        targets.put(Metric.RESOLUTION, row.resolutionMinutes());
        targets.put(Metric.STATUS_UPDATE, row.statusUpdateMinutes());
        return new Policy(row.id(), row.level(), row.version(), targets, thresholds(row.warningThresholds()),
                row.pauseAllowed(), row.businessHours(), row.calendarId());
    }

    static List<Integer> thresholds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).sorted().distinct().toList();
    }
}
