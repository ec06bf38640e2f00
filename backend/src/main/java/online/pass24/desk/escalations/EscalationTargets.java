package online.pass24.desk.escalations;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.EscalationSeverity;
import online.pass24.desk.calendar.CalendarStore;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How fast development must acknowledge an escalation, per severity, in business minutes of
 * the default calendar; and when the warning comes (a share of the target, 80 % by default).
 */
@Singleton
public class EscalationTargets {

    /** The clock of one escalation: its target, when it warns, when it is due. */
    public record Clock(int targetMinutes, Instant warnAt, Instant dueAt) {
    }

    private final Map<EscalationSeverity, Integer> minutes = new EnumMap<>(EscalationSeverity.class);
    private final int warningPercent;
    private final EscalationRepository repository;
    private final CalendarStore calendars;

    EscalationTargets(EscalationRepository repository, CalendarStore calendars,
                      @Value("${escalations.acknowledgement-minutes.critical:30}") int critical,
                      @Value("${escalations.acknowledgement-minutes.high:60}") int high,
                      @Value("${escalations.acknowledgement-minutes.medium:240}") int medium,
                      @Value("${escalations.acknowledgement-minutes.low:480}") int low,
                      @Value("${escalations.warning-percent:80}") int warningPercent) {
        this.repository = repository;
        this.calendars = calendars;
        minutes.put(EscalationSeverity.CRITICAL, critical);
        minutes.put(EscalationSeverity.HIGH, high);
        minutes.put(EscalationSeverity.MEDIUM, medium);
        minutes.put(EscalationSeverity.LOW, low);
        this.warningPercent = warningPercent;
    }

    public Mono<Clock> start(EscalationSeverity severity, Instant at) {
        int target = minutes.get(severity);
        return repository.defaultCalendar().flatMap(calendars::calendar)
                .defaultIfEmpty(BusinessCalendar.allTheTime(java.time.ZoneId.of("Europe/Moscow")))
                .map(calendar -> new Clock(target,
                        calendar.add(at, Duration.ofSeconds(target * 60L * warningPercent / 100)),
                        calendar.add(at, Duration.ofMinutes(target))));
    }
}
