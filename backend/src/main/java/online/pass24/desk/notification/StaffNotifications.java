package online.pass24.desk.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import online.pass24.desk.mail.MailOutbox;
import online.pass24.desk.shared.events.EventLog;
import online.pass24.desk.specialists.Specialists;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staff reminders (SPEC §4): a new emergency reaches the agents on duty; a warning or a breach
 * reaches the assignee and the head of support. Each is an in-app event and an e-mail, queued
 * in the caller's transaction; dedupe keys keep any of them from going out twice.
 */
@Singleton
public class StaffNotifications {

    private static final DateTimeFormatter MOSCOW = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Moscow"));

    private final MailOutbox outbox;
    private final EventLog eventLog;
    private final Specialists specialists;
    private final String leadEmail;
    private final String developmentEmail;
    private final String staffDomain;

    StaffNotifications(MailOutbox outbox, EventLog eventLog, Specialists specialists,
                       @Value("${notifications.lead-email:lead@emergency-desk.local}") String leadEmail,
                       @Value("${notifications.staff-email-domain:emergency-desk.local}") String staffDomain,
                       @Value("${notifications.development-email:development@emergency-desk.local}") String developmentEmail) {
        this.developmentEmail = developmentEmail;
        this.outbox = outbox;
        this.eventLog = eventLog;
        this.specialists = specialists;
        this.leadEmail = leadEmail;
        this.staffDomain = staffDomain;
    }

    public Mono<Void> newEmergency(UUID ticketId, String key, String title) {
        return specialists.onDuty().filter(s -> s.getEmail() != null).collectList().flatMap(onDuty -> {
            List<String> recipients = onDuty.stream().map(s -> s.getEmail()).distinct().toList();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("ticketId", ticketId.toString());
            data.put("key", key);
            data.put("recipients", recipients);
            return Flux.fromIterable(recipients)
                    .concatMap(to -> outbox.toStaff("new-emergency:" + ticketId + ":" + to, ticketId, to,
                            "[" + key + "] Новое экстренное обращение",
                            "Поступило экстренное обращение " + key + ": " + title + "\n\nОбработать вне очереди: связаться с клиентом в течение 15 минут."))
                    .then(eventLog.append("notification.new-emergency", ticketId.toString(), data));
        });
    }

    /**
     * The e-mails of one SLA warning or breach: to the assignee (at the address listed for them,
     * else their staff address) and, when {@code toLead}, to the head of support.
     */
    public List<MailOutbox.StaffMail> slaMails(UUID ticketId, String key, @Nullable String assignee,
                                               @Nullable String assigneeEmail, String metric, int threshold,
                                               Instant dueAt, boolean toLead) {
        List<String> recipients = new ArrayList<>();
        if (assignee != null) {
            recipients.add(assigneeEmail != null ? assigneeEmail : assignee + "@" + staffDomain);
        }
        if (toLead && !recipients.contains(leadEmail)) {
            recipients.add(leadEmail);
        }
        boolean breach = threshold >= 100;
        String subject = "[" + key + "] " + (breach ? "Нарушен срок SLA: " : "Срок SLA под угрозой (" + threshold + " %): ") + metricName(metric);
        String body = (breach ? "Срок " : "Истекло " + threshold + " % срока ") + metricName(metric) + " по обращению " + key
                + (breach ? " истёк " : ", срок ") + MOSCOW.format(dueAt) + " (МСК).";
        return recipients.stream()
                .map(address -> new MailOutbox.StaffMail("sla:" + ticketId + ":" + metric + ":" + threshold + ":" + dueAt + ":" + address,
                        ticketId, address, subject, body))
                .toList();
    }

    /** A new escalation reaches the development department; its clock reaches it and the lead. */
    public Mono<Void> escalation(UUID escalationId, UUID ticketId, String key, String what, boolean toLead, String body) {
        List<String> recipients = toLead ? List.of(developmentEmail, leadEmail) : List.of(developmentEmail);
        return Flux.fromIterable(recipients.stream().distinct().toList())
                .concatMap(to -> outbox.toStaff("escalation:" + escalationId + ":" + what + ":" + to, ticketId, to,
                        "[" + key + "] " + body.lines().findFirst().orElse(body), body))
                .then();
    }

    /** The e-mail that asks the head of support to move a ticket to an on-duty specialist. */
    public MailOutbox.StaffMail reassignmentMail(UUID ticketId, String key, String metric, int threshold, @Nullable String assignee,
                                                 String proposed, String proposedName) {
        String body = "По обращению " + key + " " + (threshold >= 100 ? "нарушен срок " : "под угрозой срок ") + metricName(metric)
                + ". Предлагается переназначить обращение" + (assignee == null ? "" : " с " + assignee) + " на дежурного специалиста "
                + proposedName + " (" + proposed + ").";
        return new MailOutbox.StaffMail("reassign:" + ticketId + ":" + metric + ":" + threshold + ":" + proposed, ticketId, leadEmail,
                "[" + key + "] Предложено переназначение", body);
    }

    /** Support hears what development decided: the assignee and the lead. */
    public Mono<Void> escalationDecided(UUID escalationId, UUID ticketId, String key, String assignee, String status,
                                        String body) {
        Mono<String> assigneeMail = assignee == null ? Mono.empty()
                : specialists.emailOf(assignee).defaultIfEmpty(assignee + "@" + staffDomain);
        return assigneeMail.map(List::of).defaultIfEmpty(List.of()).flatMapMany(first -> {
                    List<String> all = new ArrayList<>(first);
                    if (!all.contains(leadEmail)) {
                        all.add(leadEmail);
                    }
                    return Flux.fromIterable(all);
                })
                .concatMap(to -> outbox.toStaff("escalation:" + escalationId + ":" + status + ":" + to, ticketId, to,
                        "[" + key + "] " + body.lines().findFirst().orElse(body), body))
                .then();
    }

    private static String metricName(String metric) {
        return switch (metric) {
            case "FIRST_CONTACT" -> "первого контакта";
            case "DIAGNOSIS" -> "диагностики";
            case "RESOLUTION" -> "решения";
            default -> "информирования клиента";
        };
    }
}
