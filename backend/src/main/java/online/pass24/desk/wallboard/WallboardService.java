package online.pass24.desk.wallboard;

import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Compliance;
import online.pass24.desk.api.model.EscalationStatus;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.api.model.TicketStatus;
import online.pass24.desk.api.model.Timer;
import online.pass24.desk.api.model.TimerState;
import online.pass24.desk.api.model.Wallboard;
import online.pass24.desk.api.model.WallboardTicket;
import online.pass24.desk.api.model.WallboardTimer;
import online.pass24.desk.tickets.TicketAccess;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;

/**
 * The support room's numbers (SPEC §4): emergencies open, at risk, breached today, awaiting the
 * client, escalated; compliance today and this week, by Moscow days; and each open emergency's
 * running timers, most urgent first. No contact details: a wall is public.
 */
@Singleton
public class WallboardService {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final int AT_RISK_PERCENT = 80;
    private static final int SHOWN = 100;

    private final TicketAccess tickets;
    private final WallboardRepository repository;
    private final Clock clock;

    WallboardService(TicketAccess tickets, WallboardRepository repository, Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.clock = clock;
    }

    public Mono<Wallboard> current() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(MOSCOW).toLocalDate();
        Instant dayStart = today.atStartOfDay(MOSCOW).toInstant();
        Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(MOSCOW).toInstant();
        return Mono.zip(tickets.openEmergencies(SHOWN), repository.openEmergencies(), repository.since(dayStart),
                repository.since(weekStart)).map(loaded -> {
            List<Ticket> open = loaded.getT1();
            List<WallboardTicket> cards = open.stream().map(WallboardService::card)
                    .sorted(Comparator.comparing(WallboardService::urgency)).toList();
            int atRisk = (int) cards.stream().filter(c -> c.getTimers().stream()
                    .anyMatch(t -> t.getState() == TimerState.RUNNING && t.getPercentElapsed() >= AT_RISK_PERCENT)).count();
            int awaiting = (int) open.stream().filter(t -> t.getStatus() == TicketStatus.AWAITING_CONFIRMATION).count();
            int escalated = (int) cards.stream().filter(c -> Boolean.TRUE.equals(c.getEscalated())).count();
            return new Wallboard(now.atOffset(ZoneOffset.UTC), loaded.getT2().intValue(), atRisk,
                    (int) loaded.getT3().breachedTickets(), awaiting, escalated, compliance(loaded.getT3()),
                    compliance(loaded.getT4()), cards);
        });
    }

    private static Compliance compliance(WallboardRepository.Counts counts) {
        long ended = counts.met() + counts.breached();
        return new Compliance((int) counts.met(), (int) counts.breached(),
                ended == 0 ? null : Math.round(counts.met() * 1000.0 / ended) / 10.0);
    }

    private static WallboardTicket card(Ticket ticket) {
        List<WallboardTimer> timers = (ticket.getTimers() == null ? List.<Timer>of() : ticket.getTimers()).stream()
                .filter(t -> t.getStoppedAt() == null)
                .map(WallboardService::timer)
                .sorted(Comparator.comparingLong(WallboardTimer::getBusinessSecondsRemaining))
                .toList();
        WallboardTicket card = new WallboardTicket(ticket.getId(), ticket.getKey(), ticket.getTitle(), ticket.getClientName(),
                ticket.getStatus(), timers);
        card.setAssignee(ticket.getAssignee());
        card.setEscalated(ticket.getEscalations() != null && ticket.getEscalations().stream()
                .anyMatch(e -> e.getStatus() != EscalationStatus.FIXED && e.getStatus() != EscalationStatus.REJECTED));
        return card;
    }

    private static WallboardTimer timer(Timer timer) {
        WallboardTimer view = new WallboardTimer(timer.getMetric(), timer.getDueAt(), timer.getTargetMinutes(), timer.getState(),
                timer.getPercentElapsed().doubleValue(), timer.getBusinessSecondsRemaining());
        view.setBusinessHours(timer.getBusinessHours());
        return view;
    }

    /** Breached first, then the least time left; a ticket without running timers last. */
    private static long urgency(WallboardTicket card) {
        return card.getTimers().isEmpty() ? Long.MAX_VALUE : card.getTimers().get(0).getBusinessSecondsRemaining();
    }
}
