package online.pass24.desk.mail;

import jakarta.inject.Singleton;
import online.pass24.desk.shared.JsonRows;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Queues e-mail in the caller's transaction: call it while building the transactional chain,
 * so the message exists exactly when the change that causes it is committed.
 */
@Singleton
public class MailOutbox {

    static final String DOMAIN = "emergency-desk.pass24.online";

    private final MailRepository repository;
    private final Clock clock;

    MailOutbox(MailRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A staff e-mail to queue; its dedupe key never produces a second message. */
    public record StaffMail(String dedupeKey, UUID ticketId, String recipient, String subject, String body) {
    }

    /** A message to the client, threaded under the ticket's first e-mail. */
    public Mono<Long> toClient(UUID ticketId, UUID communicationId, String recipient, String subject, String body) {
        String messageId = "<" + communicationId + "@" + DOMAIN + ">";
        return repository.threadRoot(ticketId).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(root -> repository.enqueue(UUID.randomUUID(), ticketId, communicationId, "CLIENT", null, recipient,
                        subject, body, messageId, root.orElse(null), clock.instant()));
    }

    /** A notification to staff; the same dedupe key never produces a second message. */
    public Mono<Long> toStaff(String dedupeKey, UUID ticketId, String recipient, String subject, String body) {
        return toStaff(List.of(new StaffMail(dedupeKey, ticketId, recipient, subject, body)));
    }

    /** Many staff notifications in one statement; a dedupe key already queued is skipped. */
    public Mono<Long> toStaff(List<StaffMail> mails) {
        if (mails.isEmpty()) {
            return Mono.just(0L);
        }
        List<Map<String, Object>> rows = mails.stream().map(mail -> {
            UUID id = UUID.randomUUID();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id.toString());
            row.put("ticket_id", mail.ticketId() == null ? null : mail.ticketId().toString());
            row.put("dedupe_key", mail.dedupeKey());
            row.put("recipient", mail.recipient());
            row.put("subject", mail.subject());
            row.put("body", mail.body());
            row.put("message_id", "<" + id + "@" + DOMAIN + ">");
            return row;
        }).toList();
        return repository.enqueueStaff(JsonRows.of(rows), clock.instant());
    }
}
