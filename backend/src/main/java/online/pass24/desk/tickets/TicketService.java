package online.pass24.desk.tickets;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.EmergencyAssessment;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.TicketCreate;
import online.pass24.desk.api.model.TicketStatus;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.shared.events.EventLog;
import online.pass24.desk.sla.SlaPolicies;
import online.pass24.desk.sla.TimerStore;
import online.pass24.desk.sla.domain.Metric;
import online.pass24.desk.sla.domain.SlaTimer;
import online.pass24.desk.tickets.domain.Intake;
import online.pass24.desk.tickets.domain.QueueCursor;
import online.pass24.desk.tickets.domain.TicketKey;
import online.pass24.desk.workflow.domain.Assessment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Use cases of the queue: opening a ticket, reading one, paging through the queue. */
@Singleton
class TicketService {

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final TicketViews views;
    private final SlaPolicies policies;
    private final TimerStore timers;
    private final EventLog eventLog;
    private final online.pass24.desk.notification.StaffNotifications notifications;
    private final Clock clock;

    TicketService(TicketRepository tickets, TicketEventRepository events, TicketViews views, SlaPolicies policies,
                  TimerStore timers, EventLog eventLog, online.pass24.desk.notification.StaffNotifications notifications,
                  Clock clock) {
        this.notifications = notifications;
        this.tickets = tickets;
        this.events = events;
        this.views = views;
        this.policies = policies;
        this.timers = timers;
        this.eventLog = eventLog;
        this.clock = clock;
    }

    /** Registers the request and starts the clocks that run from receipt: first contact and resolution. */
    /** The marker a ticket created under an idempotency key keeps: the caller and the key. */
    static String idempotencyMarker(Caller caller, String key) {
        return key == null || key.isBlank() ? null : caller.username() + "\n" + key;
    }

    /** The ticket a caller already created under this key, if any. */
    Mono<UUID> createdUnder(Caller caller, String key) {
        String marker = idempotencyMarker(caller, key);
        return marker == null ? Mono.empty() : tickets.byIdempotency(marker);
    }

    @Transactional
    Mono<UUID> open(TicketCreate request, Caller caller, String idempotencyKey) {
        String marker = idempotencyMarker(caller, idempotencyKey);
        Instant given = request.getReceivedAt() == null ? null : request.getReceivedAt().toInstant();
        if (Intake.beforeCalendars(given)) {
            throw ApiProblem.invalidField("receivedAt", "must not be before " + Intake.EARLIEST);
        }
        Instant receivedAt = Intake.receivedAt(given, clock)
                .orElseThrow(() -> ApiProblem.invalidField("receivedAt", "must not be in the future"));
        Instant now = clock.instant();
        WorkflowDocument doc = new WorkflowDocument();
        doc.assessment = assessed(request.getAssessment());
        return policies.current(request.getLevel().name()).flatMap(policy -> policies.calendarOf(policy).flatMap(calendar -> {
            List<SlaTimer> clocks = List.of(
                    SlaTimer.start(Metric.FIRST_CONTACT, receivedAt, policy.target(Metric.FIRST_CONTACT), calendar),
                    SlaTimer.start(Metric.RESOLUTION, receivedAt, policy.target(Metric.RESOLUTION), calendar));
            Instant nextDue = clocks.stream().map(SlaTimer::dueAt).min(Instant::compareTo).orElseThrow();
            return tickets.nextKeyNumber()
                    .map(number -> new TicketRecord(UUID.randomUUID(), TicketKey.of(number), caller.tenant().orElse(null),
                            request.getClientName(), request.getContactName(), blankToNull(request.getContactPhone()),
                            blankToNull(request.getContactEmail()), request.getChannel(), request.getTitle(),
                            blankToNull(request.getDescription()), request.getLevel(), request.getCriterion(),
                            TicketStatus.NEW, receivedAt, now, now, 0, policy.id(), null, false, nextDue))
                    .flatMap(tickets::save)
                    .flatMap(ticket -> (marker == null ? Mono.just(0L) : tickets.markIdempotent(ticket.id(), marker))
                            .then(tickets.setWorkflow(ticket.id(), views.json(doc)))
                            .then(timers.save(ticket.id(), clocks, Map.of(), policy, calendar))
                            .then(events.append(ticket.id(), "ticket.created", caller.username(), now, views.json(Map.of(
                                    "key", ticket.key(), "level", ticket.level().name(), "status", ticket.status().name(),
                                    "receivedAt", ticket.receivedAt().toString(), "policyVersion", policy.version()))))
                            .then(eventLog.append("ticket.created", ticket.id().toString(), Map.of(
                                    "ticketId", ticket.id().toString(), "key", ticket.key(), "level", ticket.level().name())))
                            .then(ticket.level() == Level.EMERGENCY
                                    ? notifications.newEmergency(ticket.id(), ticket.key(), ticket.title()) : Mono.empty())
                            .thenReturn(ticket.id()));
        }));
    }

    Mono<TicketRow> find(UUID id, Caller caller) {
        return tickets.findVisible(id, caller.tenant().orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No ticket " + id)));
    }

    /** The same, locking the row for a change that belongs to the ticket (the order every action locks in). */
    Mono<TicketRow> lock(UUID id, Caller caller) {
        return tickets.lockVisible(id, caller.tenant().orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No ticket " + id)));
    }

    /** The filters of the queue; null fields mean "any". */
    record QueueFilter(List<TicketStatus> statuses, Level level, String assignee, String client, Boolean breached, String text) {
    }

    /** One page in queue order plus one extra row that tells whether another page exists. */
    Flux<TicketRow> queuePage(String cursor, int limit, QueueFilter filter, Caller caller) {
        String tenant = caller.tenant().orElse(null);
        String statuses = filter.statuses() == null || filter.statuses().isEmpty() ? null
                : filter.statuses().stream().map(Enum::name).collect(Collectors.joining(","));
        String level = filter.level() == null ? null : filter.level().name();
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        if (cursor == null || cursor.isEmpty()) {
            return tickets.queueHead(tenant, statuses, level, filter.assignee(), filter.client(), filter.breached(), text, limit + 1);
        }
        QueueCursor position = QueueCursor.decode(cursor)
                .orElseThrow(() -> ApiProblem.invalidField("cursor", "is not a cursor issued by this server"));
        return tickets.queueAfter(tenant, statuses, level, filter.assignee(), filter.client(), filter.breached(), text,
                position.levelRank(), position.breachedRank(), position.queueDue(), position.receivedAt(), position.id(), limit + 1);
    }

    static QueueCursor cursorAfter(TicketRow ticket) {
        return new QueueCursor(ticket.levelRank(), ticket.breachedRank(), ticket.queueDue(), ticket.receivedAt(), ticket.id());
    }

    private static EmergencyAssessment assessed(EmergencyAssessment given) {
        EmergencyAssessment assessment = given == null ? new EmergencyAssessment() : given;
        boolean emergency = Assessment.suggestsEmergency(assessment.getSystemUnusable(), assessment.getCriticalErrorConfirmed(),
                assessment.getMostUsersAffected(), assessment.getWorkaroundExists());
        assessment.setSuggestedLevel(emergency ? Level.EMERGENCY : Level.STANDARD);
        return assessment;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
