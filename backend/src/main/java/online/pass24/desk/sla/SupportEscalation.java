package online.pass24.desk.sla;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Specialist;
import online.pass24.desk.api.model.SupportEscalationStep;
import online.pass24.desk.mail.MailOutbox;
import online.pass24.desk.notification.StaffNotifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Hierarchical escalation inside support (SPEC §2, "эскалация"): a warning or a breach sets in
 * motion what the ticket's policy says — the assignee always hears; the lead when the rule
 * says NOTIFY_LEAD; with PROPOSE_REASSIGNMENT an on-duty specialist other than the assignee is
 * proposed. The announcer writes what a plan says in the same transaction as the announcement,
 * so it happens exactly once.
 */
@Singleton
class SupportEscalation {

    private final StaffNotifications notifications;

    SupportEscalation(StaffNotifications notifications) {
        this.notifications = notifications;
    }

    static List<SupportEscalationStep> steps(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(SupportEscalationStep::valueOf).toList();
    }

    /**
     * What one announcement sets in motion.
     *
     * @param mails     the e-mails to queue
     * @param escalated the data of the {@code support.escalated} event, or null when the policy names no step
     */
    record Plan(List<MailOutbox.StaffMail> mails, @Nullable Map<String, Object> escalated) {
    }

    /**
     * Plans the escalation of a warning or breach of a ticket under {@code policy} (none: the lead
     * hears), given every listed specialist as of now.
     */
    Plan plan(UUID ticketId, String key, @Nullable String assignee, @Nullable SlaRows.Policy policy, String metric,
              int threshold, Instant dueAt, List<Specialist> staff) {
        boolean breach = threshold >= 100;
        List<SupportEscalationStep> steps = policy == null ? List.of(SupportEscalationStep.NOTIFY_LEAD)
                : steps(breach ? policy.onBreach() : policy.onWarning());
        String assigneeEmail = assignee == null ? null : staff.stream()
                .filter(s -> assignee.equals(s.getUsername()) && s.getEmail() != null)
                .map(Specialist::getEmail).findFirst().orElse(null);
        List<MailOutbox.StaffMail> mails = new ArrayList<>(notifications.slaMails(ticketId, key, assignee, assigneeEmail, metric,
                threshold, dueAt, steps.contains(SupportEscalationStep.NOTIFY_LEAD)));
        Map<String, Object> proposed = Map.of();
        if (steps.contains(SupportEscalationStep.PROPOSE_REASSIGNMENT)) {
            Optional<Specialist> candidate = staff.stream()
                    .filter(s -> Boolean.TRUE.equals(s.getOnDutyNow()))
                    .filter(s -> s.getUsername() != null && !Objects.equals(s.getUsername(), assignee))
                    .findFirst();
            if (candidate.isPresent()) {
                Specialist specialist = candidate.get();
                mails.add(notifications.reassignmentMail(ticketId, key, metric, threshold, assignee, specialist.getUsername(),
                        specialist.getName()));
                proposed = proposal(specialist);
            } else {
                proposed = Map.of("proposal", "none on duty");
            }
        }
        if (steps.isEmpty()) {
            return new Plan(mails, null);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketId.toString());
        data.put("key", key);
        data.put("metric", metric);
        data.put("threshold", threshold);
        data.put("steps", steps.stream().map(Enum::name).toList());
        data.putAll(proposed);
        return new Plan(mails, data);
    }

    private static Map<String, Object> proposal(Specialist specialist) {
        Map<String, Object> proposed = new LinkedHashMap<>();
        proposed.put("proposedAssignee", specialist.getUsername());
        proposed.put("proposedName", specialist.getName());
        return proposed;
    }
}
