package online.pass24.desk.sla;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import online.pass24.desk.calendar.CalendarChanged;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.sla.domain.SlaTimer;
import online.pass24.desk.transaction.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * When a calendar's hours or exceptions change, the running timers that count its time get
 * new due instants (and new announcements). The instance that made the change does it.
 */
@Singleton
class CalendarRecompute {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarRecompute.class);

    private final SlaRepository repository;
    private final SlaPolicies policies;
    private final TimerStore timers;
    private final Tx tx;
    private final online.pass24.desk.shared.events.EventLog eventLog;

    CalendarRecompute(SlaRepository repository, SlaPolicies policies, TimerStore timers, Tx tx,
                      online.pass24.desk.shared.events.EventLog eventLog) {
        this.eventLog = eventLog;
        this.repository = repository;
        this.policies = policies;
        this.timers = timers;
        this.tx = tx;
    }

    @EventListener
    void onCalendarChanged(CalendarChanged change) {
        recompute(change).subscribe(
                count -> LOG.info("calendar {} changed ({}): {} running SLA timers recomputed", change.calendarId(), change.reason(), count),
                error -> LOG.error("recomputing timers after calendar {} changed failed", change.calendarId(), error));
    }

    Mono<Long> recompute(CalendarChanged change) {
        return tx.inTransaction(() -> repository.runningTimersOnCalendar(change.calendarId())
                // lock the ticket first, as actions do, then read the timer again: it may have moved meanwhile
                .concatMap(candidate -> repository.lockTicket(candidate.ticketId())
                        .then(repository.lockTimer(candidate.ticketId(), candidate.metric()))
                        .filter(row -> row.stoppedAt() == null))
                .concatMap(row -> repository.ticketPolicy(row.ticketId())
                        .flatMap(policies::byId)
                        .flatMap(policy -> policies.calendarOf(policy).flatMap(calendar -> {
                            SlaTimer timer = row.toDomain();
                            Map<String, Integer> before = Map.of(timer.metric().name(), timer.generation());
                            java.time.Instant dueBefore = timer.dueAt();
                            if (!timer.paused()) {
                                timer.recompute(calendar);
                            }
                            Mono<Void> announce = timer.dueAt().equals(dueBefore) ? Mono.empty()
                                    : eventLog.append("sla.recomputed", row.ticketId().toString(), Map.of(
                                            "ticketId", row.ticketId().toString(), "metric", timer.metric().name(),
                                            "dueAt", timer.dueAt().toString(), "previousDueAt", dueBefore.toString(),
                                            "reason", "calendar " + change.reason()));
                            return timers.save(row.ticketId(), List.of(timer), before, policy, calendar)
                                    .then(repository.refreshNextDue(row.ticketId()))
                                    .then(announce);
                        })))
                .count());
    }
}
