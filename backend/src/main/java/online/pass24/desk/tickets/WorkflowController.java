package online.pass24.desk.tickets;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.WorkflowApi;
import online.pass24.desk.api.model.*;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import online.pass24.desk.sla.domain.Metric;
import online.pass24.desk.sla.domain.SlaTimer;
import online.pass24.desk.specialists.Specialists;
import online.pass24.desk.knowledge.KnowledgeBase;
import online.pass24.desk.workflow.domain.Action;
import online.pass24.desk.workflow.domain.Lifecycle;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** The regulation's steps as explicit actions (SPEC §2), each validated, evented and versioned. */
@Controller
@Secured({Roles.AGENT, Roles.LEAD})
class WorkflowController implements WorkflowApi {

    private final TicketWorkflow workflow;
    private final TicketService tickets;
    private final TicketViews views;
    private final TicketEventRepository events;
    private final Specialists specialists;
    private final KnowledgeBase knowledge;
    private final SecurityService security;
    private final JsonMapper json;
    private final online.pass24.desk.escalations.EscalationTargets escalationTargets;

    WorkflowController(TicketWorkflow workflow, TicketService tickets, TicketViews views, TicketEventRepository events,
                       Specialists specialists, KnowledgeBase knowledge, SecurityService security, JsonMapper json,
                       online.pass24.desk.escalations.EscalationTargets escalationTargets) {
        this.escalationTargets = escalationTargets;
        this.workflow = workflow;
        this.tickets = tickets;
        this.views = views;
        this.events = events;
        this.specialists = specialists;
        this.knowledge = knowledge;
        this.security = security;
        this.json = json;
    }

    @Override
    public Mono<HttpResponse<Ticket>> recordContact(UUID ticketId, ContactAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.CONTACT, body, step -> {
            java.time.Instant at = step.notFuture("at", body.getAt());
            step.contacted(body.getChannel(), body.getSummary(), at, body.getDelayReason());
            // a contact is part of the conversation with the client: it shows in the log too
            step.writes.add(events.loggedContact(UUID.randomUUID(), step.row.id(), body.getChannel().name(),
                    body.getSummary(), step.caller.username(), at));
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> decideCriticality(UUID ticketId, CriticalityAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.CRITICALITY, body, step -> {
            boolean confirmed = Boolean.TRUE.equals(body.getConfirmed());
            EmergencyCriterion criterion = body.getCriterion() != null ? body.getCriterion() : step.criterion;
            if (confirmed && step.level == Level.EMERGENCY && criterion == null) {
                throw ApiProblem.invalidField("criterion", "confirming an emergency needs its criterion: TOTAL_OUTAGE or CRITICAL_DEFECT");
            }
            if (!confirmed && (body.getJustification() == null || body.getJustification().isBlank())) {
                throw ApiProblem.invalidField("justification", "a rejected emergency needs a justification");
            }
            CriticalityRecord record = new CriticalityRecord(confirmed, TicketViews.utc(step.now), TicketViews.utc(step.now),
                    step.caller.username());
            record.setCriterion(confirmed ? criterion : null);
            record.setJustification(body.getJustification());
            step.doc.criticality = record;
            step.criterion = confirmed ? criterion : step.criterion;
            step.status = TicketStatus.IN_PROGRESS;
            Mono<Void> downgrade = Mono.empty();
            if (!confirmed && step.level == Level.EMERGENCY) {
                step.doc.downgradeReason = DowngradeReason.NOT_CRITICAL.name();
                downgrade = step.changeLevel(Level.STANDARD);
            }
            return downgrade.then(Mono.fromRunnable(() -> step.startClock(Metric.DIAGNOSIS, step.now)));
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> updateTicketInformation(UUID ticketId, TicketInformation body, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Mono.error(new ApiProblem(ProblemType.PRECONDITION_REQUIRED, HttpStatus.PRECONDITION_REQUIRED,
                    "Send the ticket's ETag in If-Match to change its information", List.of()));
        }
        return act(ticketId, ifMatch, Action.INFORMATION, body, step -> {
            if (body.getProblemStartedAt() != null && body.getProblemStartedAt().toInstant().isAfter(step.now.plusSeconds(5))) {
                throw ApiProblem.invalidField("problemStartedAt", "must not be in the future");
            }
            step.doc.information = merge(step.doc.information, body);
            if (step.doc.informationCollectedAt == null) {
                step.doc.informationCollectedAt = step.now;
            }
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> skipInformation(UUID ticketId, InformationSkippedAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.INFORMATION_SKIPPED, body, step -> {
            step.doc.informationSkippedReason = body.getReason();
            step.doc.informationSkippedAt = step.now;
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> recordDiagnosis(UUID ticketId, DiagnosisAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.DIAGNOSIS, body, step -> knownSolution(body.getKnowledgeArticleId()).then(Mono.fromRunnable(() -> {
            DiagnosisRecord record = new DiagnosisRecord(body.getProblemType(), body.getCause(), TicketViews.utc(step.now),
                    step.caller.username());
            record.setKnowledgeArticleId(body.getKnowledgeArticleId());
            step.doc.diagnosis = record;
            step.stopClock(Metric.DIAGNOSIS, step.now);
            step.status = TicketStatus.DIAGNOSED;
        })));
    }

    /** A linked known solution must exist in the knowledge base. */
    private Mono<Void> knownSolution(String articleId) {
        if (articleId == null || articleId.isBlank()) {
            return Mono.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(articleId);
        } catch (IllegalArgumentException e) {
            return Mono.error(ApiProblem.invalidField("knowledgeArticleId", "is not an article id"));
        }
        return knowledge.exists(id).flatMap(found -> found ? Mono.<Void>empty()
                : Mono.error(ApiProblem.invalidField("knowledgeArticleId", "names no article of the knowledge base")));
    }

    @Override
    public Mono<HttpResponse<Ticket>> recordSolution(UUID ticketId, SolutionAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.SOLUTION, body, step -> {
            Lifecycle.SolutionPath path = Lifecycle.SolutionPath.valueOf(body.getPath().name());
            if (path != Lifecycle.SolutionPath.KNOWN_SOLUTION && (body.getPlan() == null || body.getPlan().isBlank())) {
                throw ApiProblem.invalidField("plan", "a plan of action is required for " + body.getPath());
            }
            SolutionRecord record = new SolutionRecord(body.getPath(), body.getDescription(), TicketViews.utc(step.now),
                    step.caller.username());
            record.setWorkaround(body.getWorkaround());
            record.setPlan(body.getPlan());
            step.doc.solution = record;
            // the success criterion: a solution applied or a plan defined stops the resolution clock
            step.stopClock(Metric.RESOLUTION, step.now);
            step.status = TicketStatus.valueOf(Lifecycle.next(
                    online.pass24.desk.workflow.domain.Status.valueOf(step.status.name()), Action.SOLUTION, path).name());
            if (path == Lifecycle.SolutionPath.PRODUCT_DEFECT) {
                // A defect goes to development: unless an escalation is already open (the
                // escalation dialog), a minimal one is opened here with a HIGH severity.
                step.writes.add(escalationTargets.start(online.pass24.desk.api.model.EscalationSeverity.HIGH, step.now)
                        .flatMap(clock -> events.openEscalation(UUID.randomUUID(), step.row.id(),
                                body.getDescription() + (body.getPlan() == null ? "" : "\n\n" + body.getPlan()),
                                body.getWorkaround(), step.now, step.caller.username(), clock.targetMinutes(),
                                clock.dueAt(), clock.warnAt())));
            }
            return addParticipants(step, body.getSpecialistIds(), "specialistIds");
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> recordRestoration(UUID ticketId, RestorationAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.RESTORATION, body, step -> {
            step.doc.restoration = new RestorationRecord(body.getVerified(), TicketViews.utc(step.now), step.caller.username());
            step.status = TicketStatus.AWAITING_CONFIRMATION;
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> recordConfirmation(UUID ticketId, ConfirmationAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.CONFIRMATION, body, step -> {
            Instant at = step.notFuture("at", body.getAt());
            step.doc.confirmation = new ConfirmationRecord(body.getConfirmedBy(), body.getChannel(), TicketViews.utc(at),
                    step.caller.username());
            step.status = TicketStatus.RESOLVED;
            step.stopClock(Metric.STATUS_UPDATE, at);
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> reopenTicket(UUID ticketId, ReopenAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.REOPEN, body, step -> {
            step.doc.restoration = null;
            step.doc.confirmation = null;
            step.status = TicketStatus.IN_PROGRESS;
            step.startClock(Metric.STATUS_UPDATE, step.now);
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> closeTicket(UUID ticketId, CloseAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.CLOSE, body, step -> {
            Instant resolved = step.doc.confirmation != null ? step.doc.confirmation.getAt().toInstant() : step.now;
            long minutes = step.calendar.between(step.row.receivedAt(), resolved).toMinutes();
            ClosureRecord record = new ClosureRecord(body.getCause(), body.getSolution(), minutes, TicketViews.utc(step.now),
                    step.caller.username());
            record.setRecommendations(body.getRecommendations());
            step.doc.closure = record;
            step.status = TicketStatus.CLOSED;
            step.clocks.forEach(t -> t.stop(step.now, step.calendar));
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> changeLevel(UUID ticketId, LevelChangeAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.LEVEL_CHANGE, body, step -> {
            if (body.getLevel() == step.level) {
                throw ApiProblem.invalidField("level", "the ticket is already " + body.getLevel());
            }
            if (body.getLevel() == Level.STANDARD && body.getReason() == null) {
                throw ApiProblem.invalidField("reason", "a downgrade needs a reason code");
            }
            step.doc.downgradeReason = body.getLevel() == Level.STANDARD ? body.getReason().name() : null;
            return step.changeLevel(body.getLevel());
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> extendDeadline(UUID ticketId, DeadlineExtensionAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.DEADLINE_EXTENSION, body, step -> {
            Metric metric = Metric.valueOf(body.getMetric().name());
            SlaTimer timer = step.timer(metric).filter(SlaTimer::running)
                    .orElseThrow(() -> ApiProblem.invalidField("metric", metric + " is not running"));
            Instant clockAt = timer.pausedAt() != null ? timer.pausedAt() : step.now;
            boolean wasBreached = timer.breachedAt() != null || !clockAt.isBefore(timer.dueAt());
            if (wasBreached) {
                timer.markBreached();
            }
            timer.retarget(body.getTargetMinutes(), true, step.calendar);
            if (metric == Metric.RESOLUTION && wasBreached) {
                step.doc.resolutionExtendedAt = step.now;
            }
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> pauseTimers(UUID ticketId, PauseAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.PAUSE, body, step -> {
            step.clocks.stream().filter(SlaTimer::running).forEach(t -> t.pause(step.now));
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> resumeTimers(UUID ticketId, ResumeAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.RESUME, body, step -> {
            step.clocks.stream().filter(SlaTimer::paused).forEach(t -> t.resume(step.now, step.calendar));
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> assignTicket(UUID ticketId, AssignmentAction body, String ifMatch) {
        Caller caller = caller();
        if (!caller.roles().contains(Roles.LEAD) && !body.getAssignee().equals(caller.username())) {
            return Mono.error(ApiProblem.forbidden("An agent may only take a ticket; the head of support assigns others"));
        }
        return act(ticketId, ifMatch, Action.ASSIGNMENT, body, step -> {
            step.assignee = body.getAssignee();
            return Mono.empty();
        });
    }

    @Override
    public Mono<HttpResponse<Ticket>> addParticipants(UUID ticketId, ParticipantsAction body, String ifMatch) {
        return act(ticketId, ifMatch, Action.PARTICIPANTS, body, step -> addParticipants(step, body.getSpecialistIds(), "specialistIds"));
    }

    @Override
    @Secured({Roles.AGENT, Roles.LEAD, Roles.INTEGRATION})
    public Mono<TimerList> getTicketTimers(UUID ticketId) {
        Caller caller = caller();
        return Mono.defer(() -> tickets.find(ticketId, caller)).flatMap(views::view).map(t -> new TimerList(t.getTimers()));
    }

    @Override
    @Secured({Roles.AGENT, Roles.LEAD, Roles.INTEGRATION})
    public Mono<TicketEventList> getTicketEvents(UUID ticketId, String cursor, Integer limit) {
        Caller caller = caller();
        return Mono.defer(() -> tickets.find(ticketId, caller))
                .flatMap(row -> events.history(row.id()).map(this::event).collectList())
                .map(all -> {
                    var page = online.pass24.desk.shared.Pages.of(all, e -> Long.toString(e.getId()), cursor, limit);
                    TicketEventList list = new TicketEventList(page.items());
                    list.setNextCursor(page.nextCursor());
                    return list;
                });
    }

    private TicketEvent event(TicketEventRepository.EventRow row) {
        TicketEvent event = new TicketEvent(row.id(), row.type(), row.actor(), TicketViews.utc(row.occurredAt()));
        try {
            event.setData(json.readValue(row.data(), Map.class));
        } catch (IOException e) {
            event.setData(Map.of());
        }
        return event;
    }

    private Mono<Void> addParticipants(TicketWorkflow.Step step, List<UUID> ids, String field) {
        return specialists.participants(ids, field).doOnNext(found -> {
            List<Participant> all = new ArrayList<>(step.doc.participants == null ? List.of() : step.doc.participants);
            for (Participant participant : found) {
                if (all.stream().noneMatch(p -> Objects.equals(p.getSpecialistId(), participant.getSpecialistId()))) {
                    all.add(participant);
                }
            }
            step.doc.participants = all;
        }).then();
    }

    private Mono<HttpResponse<Ticket>> act(UUID ticketId, String ifMatch, Action action, Object body,
                                           Function<TicketWorkflow.Step, Mono<Void>> apply) {
        Caller caller = caller();
        return Mono.defer(() -> workflow.act(ticketId, caller, ifMatch, action, body, apply))
                .flatMap(id -> tickets.find(id, caller))
                .flatMap(views::view)
                .map(ticket -> HttpResponse.ok(ticket).header(HttpHeaders.ETAG, TicketsController.etag(ticket)));
    }

    private static TicketInformation merge(TicketInformation current, TicketInformation patch) {
        TicketInformation merged = current == null ? new TicketInformation() : current;
        if (patch.getProblemStartedAt() != null) merged.setProblemStartedAt(patch.getProblemStartedAt());
        if (patch.getWhatFails() != null) merged.setWhatFails(patch.getWhatFails());
        if (patch.getTriggerActions() != null) merged.setTriggerActions(patch.getTriggerActions());
        if (patch.getAffectedUsers() != null) merged.setAffectedUsers(patch.getAffectedUsers());
        if (patch.getWorkaroundExists() != null) merged.setWorkaroundExists(patch.getWorkaroundExists());
        if (patch.getProductVersion() != null) merged.setProductVersion(patch.getProductVersion());
        if (patch.getDeviceModel() != null) merged.setDeviceModel(patch.getDeviceModel());
        if (patch.getOsVersion() != null) merged.setOsVersion(patch.getOsVersion());
        if (patch.getRemoteAccessGranted() != null) merged.setRemoteAccessGranted(patch.getRemoteAccessGranted());
        return merged;
    }

    private Caller caller() {
        return Caller.of(security.getAuthentication().orElseThrow());
    }
}
