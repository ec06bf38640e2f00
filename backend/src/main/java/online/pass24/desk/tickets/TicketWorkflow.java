package online.pass24.desk.tickets;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.EmergencyCriterion;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.TicketAction;
import online.pass24.desk.api.model.TicketStatus;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.shared.events.EventLog;
import online.pass24.desk.sla.SlaPolicies;
import online.pass24.desk.sla.TimerStore;
import online.pass24.desk.sla.domain.Metric;
import online.pass24.desk.sla.domain.Policy;
import online.pass24.desk.sla.domain.SlaTimer;
import online.pass24.desk.workflow.domain.Action;
import online.pass24.desk.workflow.domain.Checklist;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Performs one action on one ticket in one transaction: lock the row, check the precondition
 * and the lifecycle, apply the step, move the clocks, and record the event with the state before
 * and after. Any failure leaves everything as it was.
 */
@Singleton
class TicketWorkflow {

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final TicketViews views;
    private final SlaPolicies policies;
    private final TimerStore timers;
    private final EventLog eventLog;
    private final Clock clock;

    TicketWorkflow(TicketRepository tickets, TicketEventRepository events, TicketViews views, SlaPolicies policies,
                   TimerStore timers, EventLog eventLog, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.views = views;
        this.policies = policies;
        this.timers = timers;
        this.eventLog = eventLog;
        this.clock = clock;
    }

    /** What an action sees and changes. */
    final class Step {
        final TicketRow row;
        final WorkflowDocument doc;
        final List<SlaTimer> clocks;
        final Caller caller;
        final Instant now;
        Policy policy;
        BusinessCalendar calendar;
        TicketStatus status;
        Level level;
        EmergencyCriterion criterion;
        String assignee;
        final List<Mono<?>> writes = new ArrayList<>();

        Step(TicketRow row, WorkflowDocument doc, List<SlaTimer> clocks, Caller caller, Instant now, Policy policy,
             BusinessCalendar calendar) {
            this.row = row;
            this.doc = doc;
            this.clocks = new ArrayList<>(clocks);
            this.caller = caller;
            this.now = now;
            this.policy = policy;
            this.calendar = calendar;
            this.status = row.status();
            this.level = row.level();
            this.criterion = row.criterion();
            this.assignee = row.assignee();
        }

        Optional<SlaTimer> timer(Metric metric) {
            return clocks.stream().filter(t -> t.metric() == metric).findFirst();
        }

        /** Starts a clock, or starts it again from {@code at} (status updates are periodic). */
        void startClock(Metric metric, Instant at) {
            Optional<SlaTimer> existing = timer(metric);
            if (existing.isPresent()) {
                existing.get().restart(at, policy.target(metric), calendar);
            } else {
                clocks.add(SlaTimer.start(metric, at, policy.target(metric), calendar));
            }
        }

        /**
         * A contact with the client: the first one stops FIRST_CONTACT, each one restarts the
         * STATUS_UPDATE clock; with a reason for a delay it is the status notice a breach owes.
         */
        void contacted(online.pass24.desk.api.model.ContactChannel channel, String summary, Instant at, String delayReason) {
            if (doc.firstContact == null) {
                doc.firstContact = new online.pass24.desk.api.model.ContactRecord(channel, summary, TicketViews.utc(at), caller.username());
                stopClock(Metric.FIRST_CONTACT, at);
            }
            doc.lastContactAt = at;
            if (delayReason != null && !delayReason.isBlank()) {
                doc.delayNoticeAt = at;
            }
            if (status != TicketStatus.RESOLVED) {
                startClock(Metric.STATUS_UPDATE, at);
            }
        }

        void stopClock(Metric metric, Instant at) {
            timer(metric).ifPresent(t -> t.stop(at, calendar));
        }

        /** Switches to the current policy of a level; running clocks follow it. */
        Mono<Void> changeLevel(Level to) {
            return policies.current(to.name()).flatMap(next -> policies.calendarOf(next).doOnNext(nextCalendar -> {
                policy = next;
                calendar = nextCalendar;
                level = to;
                for (SlaTimer timer : clocks) {
                    if (to == Level.EMERGENCY) {
                        // "when in doubt start as emergency": the emergency clocks start now
                        if (timer.running()) {
                            timer.restart(now, next.target(timer.metric()), nextCalendar);
                        }
                    } else {
                        // the standard policy counts from receipt, as if it had applied all along
                        boolean fromReceipt = timer.metric() == Metric.FIRST_CONTACT || timer.metric() == Metric.RESOLUTION;
                        timer.rebase(fromReceipt ? row.receivedAt() : timer.startedAt(), next.target(timer.metric()), nextCalendar);
                    }
                }
            })).then();
        }

        Instant notFuture(String field, java.time.OffsetDateTime at) {
            if (at == null) {
                return now;
            }
            Instant instant = at.toInstant();
            if (instant.isAfter(now.plusSeconds(5))) {
                throw ApiProblem.invalidField(field, "must not be in the future");
            }
            if (instant.isBefore(row.receivedAt())) {
                throw ApiProblem.invalidField(field, "must not be before the ticket was received");
            }
            return instant;
        }
    }

    /**
     * Runs {@code apply} for {@code action} on the ticket if its state allows it.
     *
     * @param input the request body, recorded in the event
     */
    @Transactional
    public Mono<UUID> act(UUID id, Caller caller, String ifMatch, Action action, Object input, Function<Step, Mono<Void>> apply) {
        return tickets.lockVisible(id, caller.tenant().orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No ticket " + id)))
                .flatMap(row -> {
                    checkPrecondition(row, ifMatch);
                    WorkflowDocument doc = views.document(row.workflowJson());
                    return Mono.zip(views.policy(row.policyId()), timers.timers(id))
                            .flatMap(loaded -> policies.calendarOf(loaded.getT1()).flatMap(calendar -> {
                                Set<Action> allowed = TicketViews.allowed(row, doc, loaded.getT1(), loaded.getT2());
                                if (!allowed.contains(action)) {
                                    return Mono.error(ApiProblem.invalidTransition(
                                            action + " is not allowed while the ticket is " + row.status(),
                                            allowed.stream().map(a -> TicketAction.valueOf(a.name())).toList()));
                                }
                                Map<String, Integer> generations = TimerStore.generations(loaded.getT2());
                                java.util.Set<online.pass24.desk.sla.domain.Metric> runningBefore = loaded.getT2().stream()
                                        .filter(SlaTimer::running).map(SlaTimer::metric).collect(java.util.stream.Collectors.toSet());
                                Step step = new Step(row, doc, loaded.getT2(), caller, clock.instant(), loaded.getT1(), calendar);
                                return Mono.defer(() -> apply.apply(step)).then(Mono.defer(() -> save(step, generations, runningBefore, action, input)));
                            }));
                });
    }

    private Mono<UUID> save(Step step, Map<String, Integer> generations,
                            java.util.Set<online.pass24.desk.sla.domain.Metric> runningBefore, Action action, Object input) {
        UUID id = step.row.id();
        boolean breached = step.clocks.stream().anyMatch(t -> t.breachedAt() != null);
        Instant nextDue = step.status == TicketStatus.CLOSED ? null : step.clocks.stream()
                .filter(t -> t.running() && !t.paused()).map(SlaTimer::dueAt).min(Instant::compareTo).orElse(null);
        String type = "ticket." + action.name().toLowerCase().replace('_', '-');
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("before", state(step.row.status(), step.row.level(), step.row.assignee()));
        data.put("after", state(step.status, step.level, step.assignee));
        data.put("input", input);
        Map<Metric, online.pass24.desk.sla.domain.TimerView> timerViews = new java.util.EnumMap<>(Metric.class);
        step.clocks.forEach(t -> timerViews.put(t.metric(), t.view(step.now, step.calendar)));
        var facts = TicketViews.facts(step.level, step.doc, timerViews);
        String problemType = step.doc.diagnosis == null || step.doc.diagnosis.getProblemType() == null
                ? null : step.doc.diagnosis.getProblemType().name();
        boolean levelChanged = step.level != step.row.level();
        return tickets.update(id, step.status.name(), step.level.name(), step.criterion == null ? null : step.criterion.name(),
                        step.assignee, step.policy.id(), breached, nextDue, step.now, views.json(step.doc), problemType,
                        Checklist.mask(Checklist.items(facts)), Checklist.mask(Checklist.successCriteria(facts)),
                        action == Action.DEADLINE_EXTENSION ? 1 : 0,
                        levelChanged && step.level == Level.STANDARD ? 1 : 0,
                        levelChanged && step.level == Level.EMERGENCY ? 1 : 0)
                .then(timers.save(id, step.clocks, generations, step.policy, step.calendar))
                .then(Mono.when(step.writes))
                .then(events.append(id, type, step.caller.username(), step.now, views.json(data)))
                .then(eventLog.append(type, id.toString(), Map.of("ticketId", id.toString(), "key", step.row.key(),
                        "status", step.status.name(), "level", step.level.name())))
                .then(Flux.fromIterable(step.clocks)
                        // a target met by this action: the stream and the wallboard hear of it at once
                        .filter(t -> runningBefore.contains(t.metric()) && t.stoppedAt() != null && t.breachedAt() == null
                                && !t.stoppedAt().isAfter(t.dueAt()))
                        .concatMap(t -> eventLog.append("sla.met", id.toString(), Map.of("ticketId", id.toString(),
                                "key", step.row.key(), "metric", t.metric().name(), "dueAt", t.dueAt().toString(),
                                "metAt", t.stoppedAt().toString())))
                        .then())
                .thenReturn(id);
    }

    private static Map<String, Object> state(TicketStatus status, Level level, String assignee) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("level", level.name());
        if (assignee != null) {
            state.put("assignee", assignee);
        }
        return state;
    }

    private static void checkPrecondition(TicketRow row, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.replace("\"", "").equals(Long.toString(row.version()))) {
            throw ApiProblem.stale("The ticket has changed since you read it (now version " + row.version()
                    + "); read it again and retry");
        }
    }
}
