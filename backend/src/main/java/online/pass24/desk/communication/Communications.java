package online.pass24.desk.communication;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Communication;
import online.pass24.desk.api.model.CommunicationPreview;
import online.pass24.desk.api.model.CommunicationWrite;
import online.pass24.desk.api.model.ContactChannel;
import online.pass24.desk.api.model.DeliveryStatus;
import online.pass24.desk.api.model.Direction;
import online.pass24.desk.api.model.PhraseFinding;
import online.pass24.desk.api.model.TemplateKind;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.api.model.Timer;
import online.pass24.desk.communication.domain.ForbiddenPhrases;
import online.pass24.desk.communication.domain.RussianDurations;
import online.pass24.desk.communication.domain.TemplateRenderer;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.tickets.TicketAccess;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The conversation with the client: messages rendered from the regulation's scripts, checked
 * against the phrases never to say, and logged with the contact they are.
 */
@Singleton
class Communications {

    private static final DateTimeFormatter MOSCOW_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private final CommunicationRepository repository;
    private final TicketAccess tickets;
    private final online.pass24.desk.mail.MailOutbox outbox;
    private final JsonMapper json;
    private final online.pass24.desk.shared.events.EventLog eventLog;
    private final Clock clock;

    Communications(CommunicationRepository repository, TicketAccess tickets, online.pass24.desk.mail.MailOutbox outbox,
                   JsonMapper json, online.pass24.desk.shared.events.EventLog eventLog, Clock clock) {
        this.eventLog = eventLog;
        this.repository = repository;
        this.outbox = outbox;
        this.tickets = tickets;
        this.json = json;
        this.clock = clock;
    }

    /** A message as it would go out: text, subject, missing values, forbidden phrases. */
    record Draft(String text, String subject, Integer templateVersion, List<String> missing, List<PhraseFinding> forbidden,
                 String ticketKey, String ticketTitle, String recipient) {
    }

    /** E-mail subjects carry the ticket key, so replies and threads find their ticket. */
    static String withKey(String subject, String key, String title) {
        String text = subject == null || subject.isBlank() ? title : subject;
        return text.contains(key) ? text : "[" + key + "] " + text;
    }

    Mono<CommunicationPreview> preview(UUID ticketId, Caller caller, TemplateKind kind, String text) {
        return draft(ticketId, caller, kind, text, null).map(draft -> {
            CommunicationPreview preview = new CommunicationPreview(draft.text(), draft.missing(), draft.forbidden());
            preview.setSubject(draft.subject());
            preview.setTemplateVersion(draft.templateVersion());
            return preview;
        });
    }

    Mono<Communication> record(UUID ticketId, Caller caller, CommunicationWrite write) {
        boolean outbound = write.getDirection() == Direction.OUTBOUND;
        return draft(ticketId, caller, write.getTemplateKind(), write.getText(), write.getSubject()).flatMap(draft -> {
            if (outbound && !draft.missing().isEmpty()) {
                return Mono.error(ApiProblem.missingPlaceholders(draft.missing()));
            }
            boolean override = Boolean.TRUE.equals(write.getOverrideWarnings());
            List<PhraseFinding> warnings = outbound ? draft.forbidden() : List.of();
            if (!warnings.isEmpty() && !override) {
                return Mono.error(ApiProblem.forbiddenPhrases(warnings));
            }
            UUID id = UUID.randomUUID();
            java.time.Instant at = write.getAt() == null ? clock.instant() : write.getAt().toInstant();
            boolean email = outbound && write.getChannel() == ContactChannel.EMAIL;
            String recipient = draft.recipient();
            if (email && (recipient == null || recipient.isBlank())) {
                return Mono.error(ApiProblem.invalidField("channel", "the ticket has no contact e-mail to send to"));
            }
            DeliveryStatus status = email ? DeliveryStatus.QUEUED : DeliveryStatus.LOGGED;
            // only an e-mail has a subject; a call or a chat message is its text
            String subject = email ? withKey(draft.subject(), draft.ticketKey(), draft.ticketTitle()) : null;
            String summary = draft.text().length() > 500 ? draft.text().substring(0, 500) + "…" : draft.text();
            return tickets.contact(ticketId, caller, write.getChannel(), summary, write.getAt(), write.getDelayReason(), outbound,
                            write, () -> repository.insert(id, ticketId, write.getChannel().name(), write.getDirection().name(),
                                    subject, draft.text(), write.getTemplateKind() == null ? null : write.getTemplateKind().name(),
                                    draft.templateVersion(), caller.username(), at, status.name(), override && !warnings.isEmpty(),
                                    toJson(warnings))
                                    .then(email ? outbox.toClient(ticketId, id, recipient, subject, draft.text()) : Mono.just(0L))
                                    .then(eventLog.append("communication.recorded", ticketId.toString(), recordedEvent(
                                            ticketId, id, draft.ticketKey(), write, override && !warnings.isEmpty()))))
                    .then(repository.ofTicket(ticketId).filter(row -> row.id().equals(id)).next())
                    .map(this::toApi);
        });
    }

    private static Map<String, Object> recordedEvent(UUID ticketId, UUID id, String key, CommunicationWrite write,
                                                     boolean override) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("ticketId", ticketId.toString());
        data.put("key", key);
        data.put("communicationId", id.toString());
        data.put("channel", write.getChannel().name());
        data.put("direction", write.getDirection().name());
        if (write.getTemplateKind() != null) {
            data.put("templateKind", write.getTemplateKind().name());
        }
        data.put("overrideWarnings", override);
        return data;
    }

    Mono<List<Communication>> list(UUID ticketId, Caller caller) {
        return tickets.read(ticketId, caller).thenMany(repository.ofTicket(ticketId)).map(this::toApi).collectList();
    }

    private Mono<Draft> draft(UUID ticketId, Caller caller, TemplateKind kind, String text, String subject) {
        if (kind == null && (text == null || text.isBlank())) {
            return Mono.error(ApiProblem.invalidField("text", "give the text, or a templateKind to render it from"));
        }
        return Mono.zip(tickets.read(ticketId, caller), repository.phrases().collectList()).flatMap(loaded -> {
            Ticket ticket = loaded.getT1();
            List<String> phrases = loaded.getT2();
            if (kind == null || (text != null && !text.isBlank())) {
                // the agent's own words (perhaps an edited template): checked, not rendered
                Mono<Integer> version = kind == null ? Mono.empty() : repository.currentTemplate(kind.name()).map(t -> t.version());
                return version.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                        .map(v -> new Draft(text, subject, v.orElse(null), List.of(), findings(text, phrases),
                                ticket.getKey(), ticket.getTitle(), ticket.getContactEmail()));
            }
            return repository.currentTemplate(kind.name()).map(template -> {
                Map<String, String> values = values(ticket, caller);
                TemplateRenderer.Rendered body = TemplateRenderer.render(template.body(), values);
                TemplateRenderer.Rendered title = TemplateRenderer.render(template.subject(), values);
                List<String> missing = new java.util.ArrayList<>(body.missing());
                title.missing().stream().filter(m -> !missing.contains(m)).forEach(missing::add);
                return new Draft(body.text(), subject != null ? subject : title.text(), template.version(), missing,
                        findings(body.text(), phrases), ticket.getKey(), ticket.getTitle(), ticket.getContactEmail());
            });
        });
    }

    static Map<String, String> values(Ticket ticket, Caller caller) {
        Map<String, String> values = new HashMap<>();
        values.put("clientName", ticket.getContactName());
        values.put("specialistName", caller.name() != null ? caller.name() : caller.username());
        values.put("ticketKey", ticket.getKey());
        values.put("specialistContact", caller.email());
        if (ticket.getClosure() != null) {
            values.put("cause", ticket.getClosure().getCause());
            values.put("solution", ticket.getClosure().getSolution());
            values.put("resolutionTime", RussianDurations.format(Duration.ofMinutes(ticket.getClosure().getResolutionMinutes())));
        } else {
            if (ticket.getDiagnosis() != null) {
                values.put("cause", ticket.getDiagnosis().getCause());
            }
            if (ticket.getSolution() != null) {
                values.put("solution", ticket.getSolution().getDescription());
            }
        }
        ticket.getTimers().stream().filter(t -> t.getMetric() == online.pass24.desk.api.model.Metric.RESOLUTION)
                .map(Timer::getDueAt).findFirst()
                .ifPresent(due -> values.put("newDueTime", MOSCOW_TIME.format(due.toInstant()) + " (МСК)"));
        return values;
    }

    private static List<PhraseFinding> findings(String text, List<String> phrases) {
        return ForbiddenPhrases.find(text, phrases).stream()
                .map(f -> new PhraseFinding(f.phrase(), f.found(), f.start(), f.end())).toList();
    }

    private Communication toApi(CommunicationRepository.Row row) {
        List<PhraseFinding> warnings;
        try {
            warnings = List.of(json.readValue(row.warnings(), PhraseFinding[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Communication communication = new Communication(row.id(), ContactChannel.valueOf(row.channel()),
                Direction.valueOf(row.direction()), row.text(), row.author(), row.occurredAt().atOffset(ZoneOffset.UTC),
                DeliveryStatus.valueOf(row.deliveryStatus()), row.overrideWarnings(), warnings);
        communication.setSubject(row.subject());
        communication.setTemplateKind(row.templateKind() == null ? null : TemplateKind.valueOf(row.templateKind()));
        communication.setTemplateVersion(row.templateVersion());
        return communication;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
