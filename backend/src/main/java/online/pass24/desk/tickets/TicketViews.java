package online.pass24.desk.tickets;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.ChecklistItem;
import online.pass24.desk.api.model.EscalationSummary;
import online.pass24.desk.api.model.Metric;
import online.pass24.desk.api.model.OwedAction;
import online.pass24.desk.api.model.OwedActionAction;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.api.model.TicketAction;
import online.pass24.desk.api.model.Timer;
import online.pass24.desk.api.model.TimerState;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.sla.SlaPolicies;
import online.pass24.desk.sla.TimerStore;
import online.pass24.desk.sla.domain.Policy;
import online.pass24.desk.sla.domain.SlaTimer;
import online.pass24.desk.sla.domain.TimerView;
import online.pass24.desk.workflow.domain.Checklist;
import online.pass24.desk.workflow.domain.Lifecycle;
import online.pass24.desk.workflow.domain.Status;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Builds the contract's Ticket: the row, what the steps recorded, the timers as of now, and
 * what the data says of the checklist, the success criteria, owed actions and allowed actions.
 * A page of the queue costs a fixed number of queries, whatever its size.
 */
@Singleton
public class TicketViews {

    private final SlaPolicies policies;
    private final TimerStore timers;
    private final TicketEventRepository events;
    private final JsonMapper json;
    private final Clock clock;
    /** Policy versions never change once published. */
    private final Map<UUID, Policy> policyVersions = new ConcurrentHashMap<>();

    TicketViews(SlaPolicies policies, TimerStore timers, TicketEventRepository events, JsonMapper json, Clock clock) {
        this.policies = policies;
        this.timers = timers;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    Mono<Ticket> view(TicketRow row) {
        return views(List.of(row)).map(list -> list.get(0));
    }

    Mono<List<Ticket>> views(List<TicketRow> rows) {
        if (rows.isEmpty()) {
            return Mono.just(List.of());
        }
        List<UUID> ids = rows.stream().map(TicketRow::id).toList();
        Mono<Map<UUID, List<SlaTimer>>> timersById = timers.timersOf(ids);
        Mono<Map<UUID, List<TicketEventRepository.EscalationRow>>> escalations = events.escalationsOf(ids).collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(TicketEventRepository.EscalationRow::ticketId)));
        Mono<Map<UUID, Policy>> policiesById = Flux.fromIterable(rows.stream().map(TicketRow::policyId).distinct().toList())
                .concatMap(this::policy).collectMap(Policy::id);
        return Mono.zip(timersById, escalations, policiesById).flatMap(loaded ->
                Flux.fromIterable(loaded.getT3().values()).concatMap(p -> policies.calendarOf(p).map(c -> Map.entry(p.id(), c)))
                        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                        .map(calendars -> {
                            Instant now = clock.instant();
                            List<Ticket> tickets = new ArrayList<>();
                            for (TicketRow row : rows) {
                                Policy policy = loaded.getT3().get(row.policyId());
                                tickets.add(assemble(row, document(row.workflowJson()),
                                        loaded.getT1().getOrDefault(row.id(), List.of()), policy,
                                        calendars.get(policy.id()), loaded.getT2().getOrDefault(row.id(), List.of()), now));
                            }
                            return tickets;
                        }));
    }

    Mono<Policy> policy(UUID id) {
        Policy cached = policyVersions.get(id);
        return cached != null ? Mono.just(cached) : policies.byId(id).doOnNext(p -> policyVersions.put(id, p));
    }

    Ticket assemble(TicketRow row, WorkflowDocument doc, List<SlaTimer> timerList, Policy policy, BusinessCalendar calendar,
                    List<TicketEventRepository.EscalationRow> escalationRows, Instant now) {
        Ticket ticket = TicketMapper.toApi(row);
        ticket.setVersion(row.version());
        ticket.setAssignee(row.assignee());
        ticket.setPolicyVersion(policy.version());
        ticket.setAssessment(doc.assessment);
        ticket.setParticipants(doc.participants);
        ticket.setFirstContact(doc.firstContact);
        ticket.setCriticality(doc.criticality);
        ticket.setInformation(doc.information);
        ticket.setInformationCollectedAt(utc(doc.informationCollectedAt));
        ticket.setInformationSkippedReason(doc.informationSkippedReason);
        ticket.setDiagnosis(doc.diagnosis);
        ticket.setSolution(doc.solution);
        ticket.setRestoration(doc.restoration);
        ticket.setConfirmation(doc.confirmation);
        ticket.setClosure(doc.closure);

        List<Timer> apiTimers = new ArrayList<>();
        Map<online.pass24.desk.sla.domain.Metric, TimerView> views = new java.util.EnumMap<>(online.pass24.desk.sla.domain.Metric.class);
        for (SlaTimer timer : timerList.stream().sorted(Comparator.comparing(SlaTimer::metric)).toList()) {
            TimerView view = timer.view(now, calendar);
            views.put(timer.metric(), view);
            Timer api = new Timer(Metric.valueOf(timer.metric().name()), utc(timer.startedAt()), timer.targetMinutes(),
                    utc(timer.dueAt()), TimerState.valueOf(view.state().name()), view.businessSecondsRemaining(),
                    view.percentElapsed());
            api.setStoppedAt(utc(timer.stoppedAt()));
            api.setBreachedAt(utc(timer.breachedAt()));
            api.setExtended(timer.extended());
            api.setPaused(timer.paused());
            api.setBusinessHours(policy.businessHours());
            apiTimers.add(api);
        }
        ticket.setTimers(apiTimers);

        Checklist.Facts facts = facts(row.level(), doc, views);
        ticket.setChecklist(Checklist.items(facts).stream().map(TicketViews::item).toList());
        ticket.setSuccessCriteria(Checklist.successCriteria(facts).stream().map(TicketViews::item).toList());

        ticket.setEscalations(escalationRows.stream().map(TicketViews::escalation).toList());
        ticket.setOwedActions(owed(doc, timerList, escalationRows));
        ticket.setAllowedActions(allowed(row, doc, policy, timerList).stream()
                .map(a -> TicketAction.valueOf(a.name())).toList());
        return ticket;
    }

    static java.util.Set<online.pass24.desk.workflow.domain.Action> allowed(TicketRow row, WorkflowDocument doc, Policy policy,
                                                                            List<SlaTimer> timerList) {
        boolean paused = timerList.stream().anyMatch(SlaTimer::paused);
        return Lifecycle.allowed(new Lifecycle.Facts(Status.valueOf(row.status().name()), doc.informationDone(),
                policy.pauseAllowed(), paused));
    }

    private static List<OwedAction> owed(WorkflowDocument doc, List<SlaTimer> timerList,
                                         List<TicketEventRepository.EscalationRow> escalations) {
        Optional<SlaTimer> resolution = timerList.stream()
                .filter(t -> t.metric() == online.pass24.desk.sla.domain.Metric.RESOLUTION && t.breachedAt() != null).findFirst();
        if (resolution.isEmpty()) {
            return List.of();
        }
        Instant breachedAt = resolution.get().breachedAt();
        List<OwedAction> owed = new ArrayList<>();
        owed.add(owedAction(OwedActionAction.STATUS_NOTICE,
                doc.delayNoticeAt != null && !doc.delayNoticeAt.isBefore(breachedAt) ? doc.delayNoticeAt : null));
        owed.add(owedAction(OwedActionAction.WORKAROUND,
                doc.solution != null && doc.solution.getWorkaround() != null && !doc.solution.getWorkaround().isBlank()
                        ? doc.solution.getAt().toInstant() : null));
        owed.add(owedAction(OwedActionAction.ESCALATION, escalations.isEmpty() ? null : escalations.get(0).createdAt()));
        owed.add(owedAction(OwedActionAction.NEW_TARGET, doc.resolutionExtendedAt));
        return owed;
    }

    private static OwedAction owedAction(OwedActionAction action, Instant doneAt) {
        OwedAction owed = new OwedAction(action, doneAt != null);
        owed.setAt(utc(doneAt));
        return owed;
    }

    /** What the checklist and the success criteria are computed from. */
    static Checklist.Facts facts(online.pass24.desk.api.model.Level level, WorkflowDocument doc,
                                 Map<online.pass24.desk.sla.domain.Metric, TimerView> views) {
        return new Checklist.Facts(
                level == online.pass24.desk.api.model.Level.EMERGENCY,
                doc.criticality == null ? null : doc.criticality.getProcessingStartedAt().toInstant(),
                doc.firstContact == null ? null : doc.firstContact.getAt().toInstant(),
                met(views, online.pass24.desk.sla.domain.Metric.FIRST_CONTACT),
                doc.informationCollectedAt,
                doc.informationSkippedAt,
                doc.diagnosis == null ? null : doc.diagnosis.getAt().toInstant(),
                met(views, online.pass24.desk.sla.domain.Metric.DIAGNOSIS),
                doc.diagnosis != null && doc.diagnosis.getProblemType() != null && !doc.diagnosis.getCause().isBlank(),
                doc.solution == null ? null : doc.solution.getAt().toInstant(),
                met(views, online.pass24.desk.sla.domain.Metric.RESOLUTION),
                doc.restoration == null ? null : doc.restoration.getAt().toInstant(),
                doc.confirmation == null ? null : doc.confirmation.getAt().toInstant(),
                doc.closure == null ? null : doc.closure.getAt().toInstant(),
                doc.closure == null ? null : doc.closure.getAt().toInstant());
    }

    private static boolean met(Map<online.pass24.desk.sla.domain.Metric, TimerView> views, online.pass24.desk.sla.domain.Metric metric) {
        TimerView view = views.get(metric);
        return view != null && view.state() == online.pass24.desk.sla.domain.TimerState.MET;
    }

    private static ChecklistItem item(Checklist.Item item) {
        ChecklistItem api = new ChecklistItem(item.code(), item.done());
        api.setEvidence(item.evidence());
        api.setAt(utc(item.at()));
        return api;
    }

    WorkflowDocument document(String text) {
        try {
            return text == null || text.isBlank() ? new WorkflowDocument() : json.readValue(text, WorkflowDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EscalationSummary escalation(TicketEventRepository.EscalationRow e) {
        EscalationSummary summary = new EscalationSummary(e.id(), online.pass24.desk.api.model.EscalationStatus.valueOf(e.status()),
                online.pass24.desk.api.model.EscalationSeverity.valueOf(e.severity()), utc(e.createdAt()));
        summary.setAcknowledgementDueAt(utc(e.ackDueAt()));
        summary.setAcknowledgedAt(e.acknowledgedAt() == null ? null : utc(e.acknowledgedAt()));
        summary.setAcknowledgementBreached(e.breachedAt() != null
                || (e.acknowledgedAt() != null && e.acknowledgedAt().isAfter(e.ackDueAt())));
        summary.setRejectionReason(e.rejectionReason());
        summary.setFixVersion(e.fixVersion());
        if (e.externalSystem() != null) {
            summary.setExternalReference(new online.pass24.desk.api.model.ExternalReference(
                    online.pass24.desk.api.model.ExternalReferenceSystem.valueOf(e.externalSystem()), e.externalKey(), e.externalUrl()));
        }
        return summary;
    }

    String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
