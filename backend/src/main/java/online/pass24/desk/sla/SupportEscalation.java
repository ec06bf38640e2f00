package online.pass24.desk.sla;

import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Specialist;
import online.pass24.desk.api.model.SupportEscalationStep;
import online.pass24.desk.notification.StaffNotifications;
import online.pass24.desk.shared.events.EventLog;
import online.pass24.desk.specialists.Specialists;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Hierarchical escalation inside support (SPEC §2, "эскалация"): a warning or a breach sets in
 * motion what the ticket's policy says — the assignee always hears; the lead when the rule
 * says NOTIFY_LEAD; with PROPOSE_REASSIGNMENT an on-duty specialist other than the assignee is
 * proposed. What was done is recorded on the ticket, in the same transaction as the
 * announcement, so it happens exactly once.
 */
@Singleton
class SupportEscalation {

    private final SlaRepository repository;
    private final StaffNotifications notifications;
    private final Specialists specialists;
    private final EventLog eventLog;
    private final io.micronaut.json.JsonMapper json;

    SupportEscalation(SlaRepository repository, StaffNotifications notifications, Specialists specialists, EventLog eventLog,
                      io.micronaut.json.JsonMapper json) {
        this.json = json;
        this.repository = repository;
        this.notifications = notifications;
        this.specialists = specialists;
        this.eventLog = eventLog;
    }

    static List<SupportEscalationStep> steps(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(SupportEscalationStep::valueOf).toList();
    }

    Mono<Void> apply(UUID ticketId, String key, String assignee, String metric, int threshold, Instant dueAt, Instant now) {
        boolean breach = threshold >= 100;
        return repository.ticketPolicy(ticketId).flatMap(repository::policy)
                .map(policy -> steps(breach ? policy.onBreach() : policy.onWarning()))
                .defaultIfEmpty(List.of(SupportEscalationStep.NOTIFY_LEAD))
                .flatMap(steps -> {
                    boolean toLead = steps.contains(SupportEscalationStep.NOTIFY_LEAD);
                    Mono<Map<String, Object>> proposal = steps.contains(SupportEscalationStep.PROPOSE_REASSIGNMENT)
                            ? propose(ticketId, key, assignee, metric, threshold) : Mono.just(Map.of());
                    return notifications.slaAnnounced(ticketId, key, assignee, metric, threshold, dueAt, toLead)
                            .then(proposal)
                            .flatMap(proposed -> steps.isEmpty() ? Mono.empty() : record(ticketId, key, metric, threshold, steps, proposed, now));
                });
    }

    private Mono<Map<String, Object>> propose(UUID ticketId, String key, String assignee, String metric, int threshold) {
        return specialists.onDuty()
                .filter(s -> s.getUsername() != null && !Objects.equals(s.getUsername(), assignee))
                .next()
                .flatMap(s -> notifications.reassignmentProposed(ticketId, key, metric, threshold, assignee, s.getUsername(), s.getName())
                        .thenReturn(proposal(s)))
                .defaultIfEmpty(Map.of("proposal", "none on duty"));
    }

    private static Map<String, Object> proposal(Specialist specialist) {
        Map<String, Object> proposed = new LinkedHashMap<>();
        proposed.put("proposedAssignee", specialist.getUsername());
        proposed.put("proposedName", specialist.getName());
        return proposed;
    }

    private Mono<Void> record(UUID ticketId, String key, String metric, int threshold, List<SupportEscalationStep> steps,
                              Map<String, Object> proposed, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketId.toString());
        data.put("key", key);
        data.put("metric", metric);
        data.put("threshold", threshold);
        data.put("steps", steps.stream().map(Enum::name).toList());
        data.putAll(proposed);
        return repository.ticketEvent(ticketId, "support.escalated", now, online.pass24.desk.shared.JsonText.of(json, data))
                .then(eventLog.append("support.escalated", ticketId.toString(), data));
    }
}
