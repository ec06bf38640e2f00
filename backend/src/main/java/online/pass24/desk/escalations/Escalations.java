package online.pass24.desk.escalations;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.ContactChannel;
import online.pass24.desk.api.model.Escalation;
import online.pass24.desk.api.model.EscalationCreate;
import online.pass24.desk.api.model.EscalationDiagnostics;
import online.pass24.desk.api.model.EscalationSeverity;
import online.pass24.desk.api.model.EscalationStatus;
import online.pass24.desk.api.model.EscalationTimer;
import online.pass24.desk.api.model.ExternalReference;
import online.pass24.desk.api.model.TemplateKind;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.api.model.TicketStatus;
import online.pass24.desk.api.model.TimerState;
import online.pass24.desk.communication.ClientNotices;
import online.pass24.desk.notification.StaffNotifications;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.shared.events.EventLog;
import online.pass24.desk.tickets.TicketAccess;
import online.pass24.desk.transaction.Tx;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Escalations to development (SPEC §2): support hands a product defect over with everything
 * development needs; development acknowledges against a clock, works, fixes or rejects; a
 * connector links the tracker task. Every change is a ticket event and a logged event.
 */
@Singleton
public class Escalations {

    /** What the development side may do in each state. */
    enum Move { ACKNOWLEDGE, START, FIX, REJECT }

    private final EscalationRepository repository;
    private final EscalationTargets targets;
    private final TicketAccess tickets;
    private final ClientNotices notices;
    private final StaffNotifications staff;
    private final EventLog eventLog;
    private final Tx tx;
    private final JsonMapper json;
    private final Clock clock;

    Escalations(EscalationRepository repository, EscalationTargets targets, TicketAccess tickets, ClientNotices notices,
                StaffNotifications staff, EventLog eventLog, Tx tx, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.targets = targets;
        this.tickets = tickets;
        this.notices = notices;
        this.staff = staff;
        this.eventLog = eventLog;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    Mono<Escalation> open(UUID ticketId, EscalationCreate body, Caller caller) {
        UUID id = UUID.randomUUID();
        // the ticket first, then its escalation: a workflow action on the same ticket locks in that order
        return tx.inTransaction(() -> tickets.readForUpdate(ticketId, caller).flatMap(ticket -> {
            if (ticket.getStatus() == TicketStatus.CLOSED) {
                return Mono.error(ApiProblem.invalidTransition("The ticket is closed; reopen is not possible, open a new ticket", List.of()));
            }
            Instant now = clock.instant();
            List<UUID> attachments = body.getDiagnostics() == null || body.getDiagnostics().getAttachmentIds() == null
                    ? List.of() : List.copyOf(body.getDiagnostics().getAttachmentIds());
            Mono<Void> attachmentsBelong = attachments.isEmpty() ? Mono.empty()
                    : repository.attachmentsOf(ticketId, String.join(",", attachments.stream().map(UUID::toString).toList()))
                    .flatMap(n -> n == attachments.size() ? Mono.<Void>empty()
                            : Mono.error(ApiProblem.invalidField("diagnostics.attachmentIds", "names files that are not this ticket's attachments")));
            return attachmentsBelong
                    .then(targets.start(body.getSeverity(), now))
                    .flatMap(clock -> repository.insert(id, ticketId, body.getSeverity().name(), body.getDescription(),
                            toJson(body.getDiagnostics() == null ? new EscalationDiagnostics() : body.getDiagnostics()),
                            blankToNull(body.getWorkaround()), now, caller.username(), clock.targetMinutes(), clock.dueAt(),
                            clock.warnAt()))
                    .flatMap(inserted -> inserted == 0
                            ? Mono.error(ApiProblem.invalidTransition("The ticket already has an escalation development is working on", List.of()))
                            : Mono.just(inserted))
                    .then(Mono.defer(() -> recorded(ticketId, ticket.getKey(), "escalation.created", caller.username(), now,
                            Map.of("escalationId", id.toString(), "severity", body.getSeverity().name(), "status", "OPEN"))))
                    .then(Mono.defer(() -> Boolean.FALSE.equals(body.getNotifyClient()) ? Mono.empty()
                            : notices.send(ticketId, caller, TemplateKind.ESCALATION_NOTICE, noticeChannel(body, ticket)).then()))
                    .then(Mono.defer(() -> staff.escalation(id, ticketId, ticket.getKey(), "created", false,
                            "Новая эскалация в разработку (" + body.getSeverity() + "): " + ticket.getTitle()
                                    + "\n\n" + body.getDescription())))
                    .then(Mono.defer(() -> repository.find(id, null)));
        })).map(this::toApi);
    }

    Mono<Escalation> find(UUID id, Caller caller) {
        return repository.find(id, caller.tenant().orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No escalation " + id)))
                .map(this::toApi);
    }

    Mono<Escalation> move(UUID id, Move move, String ifMatch, Caller caller, String text, String fixVersion) {
        return change(id, ifMatch, caller, row -> {
            EscalationStatus from = EscalationStatus.valueOf(row.status());
            if (!allowed(from).contains(move)) {
                return Mono.error(ApiProblem.invalidTransition(move.name().toLowerCase() + " is not allowed while the escalation is "
                        + from + "; allowed: " + allowed(from).stream().map(m -> m.name().toLowerCase()).toList(), List.of()));
            }
            Instant now = clock.instant();
            String who = caller.username();
            Instant ackAt = row.acknowledgedAt();
            String ackBy = row.acknowledgedBy();
            if (ackAt == null && move != Move.REJECT) {
                ackAt = now;
                ackBy = who;
            }
            EscalationStatus to = switch (move) {
                case ACKNOWLEDGE -> EscalationStatus.ACKNOWLEDGED;
                case START -> EscalationStatus.IN_PROGRESS;
                case FIX -> EscalationStatus.FIXED;
                case REJECT -> EscalationStatus.REJECTED;
            };
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("escalationId", id.toString());
            data.put("before", from.name());
            data.put("status", to.name());
            if (text != null) {
                data.put(move == Move.REJECT ? "reason" : move == Move.FIX ? "resolution" : "comment", text);
            }
            if (fixVersion != null) {
                data.put("fixVersion", fixVersion);
            }
            Mono<Void> tell = switch (move) {
                case FIX -> staff.escalationDecided(id, row.ticketId(), row.ticketKey(), assigneeOf(row), "FIXED",
                        "Разработка исправила ошибку по обращению " + row.ticketKey()
                                + (fixVersion == null ? "" : " (версия " + fixVersion + ")") + "\n\n" + text);
                case REJECT -> staff.escalationDecided(id, row.ticketId(), row.ticketKey(), assigneeOf(row), "REJECTED",
                        "Разработка отклонила эскалацию по обращению " + row.ticketKey() + "\n\nПричина: " + text);
                default -> Mono.empty();
            };
            return repository.update(id, to.name(), ackAt, ackBy,
                            move == Move.START ? now : row.startedAt(),
                            move == Move.FIX ? now : row.fixedAt(), move == Move.FIX ? who : row.fixedBy(),
                            move == Move.FIX ? text : row.resolution(), move == Move.FIX ? fixVersion : row.fixVersion(),
                            move == Move.REJECT ? now : row.rejectedAt(), move == Move.REJECT ? who : row.rejectedBy(),
                            move == Move.REJECT ? text : row.rejectionReason(),
                            row.externalSystem(), row.externalKey(), row.externalUrl(), now)
                    .then(recorded(row.ticketId(), row.ticketKey(), switch (move) {
                        case ACKNOWLEDGE -> "escalation.acknowledged";
                        case START -> "escalation.started";
                        case FIX -> "escalation.fixed";
                        case REJECT -> "escalation.rejected";
                    }, who, now, data))
                    .then(tell);
        });
    }

    Mono<Escalation> link(UUID id, ExternalReference reference, String ifMatch, Caller caller) {
        URI url;
        try {
            url = new URI(reference.getUrl());
        } catch (java.net.URISyntaxException e) {
            return Mono.error(ApiProblem.invalidField("url", "is not a URL"));
        }
        if (url.getScheme() == null || !List.of("http", "https").contains(url.getScheme().toLowerCase()) || url.getHost() == null) {
            return Mono.error(ApiProblem.invalidField("url", "must be an absolute http or https URL"));
        }
        return change(id, ifMatch, caller, row -> {
            Instant now = clock.instant();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("escalationId", id.toString());
            data.put("status", row.status());
            data.put("externalSystem", reference.getSystem().name());
            data.put("externalKey", reference.getKey());
            data.put("externalUrl", reference.getUrl());
            return repository.update(id, row.status(), row.acknowledgedAt(), row.acknowledgedBy(), row.startedAt(),
                            row.fixedAt(), row.fixedBy(), row.resolution(), row.fixVersion(), row.rejectedAt(),
                            row.rejectedBy(), row.rejectionReason(), reference.getSystem().name(), reference.getKey(),
                            reference.getUrl(), now)
                    .then(recorded(row.ticketId(), row.ticketKey(), "escalation.linked", caller.username(), now, data));
        });
    }

    private Mono<Escalation> change(UUID id, String ifMatch, Caller caller,
                                    Function<EscalationRepository.Row, Mono<Void>> apply) {
        return tx.inTransaction(() -> repository.lock(id, caller.tenant().orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No escalation " + id)))
                .flatMap(row -> {
                    if (!online.pass24.desk.shared.EntityTags.matches(ifMatch, Long.toString(row.version()))) {
                        return Mono.error(ApiProblem.stale("The escalation has changed since you read it (now version "
                                + row.version() + "); read it again and retry"));
                    }
                    return apply.apply(row).then(Mono.defer(() -> repository.find(id, null)));
                })).map(this::toApi);
    }

    static List<Move> allowed(EscalationStatus status) {
        return switch (status) {
            case OPEN -> List.of(Move.ACKNOWLEDGE, Move.START, Move.REJECT);
            case ACKNOWLEDGED -> List.of(Move.START, Move.FIX, Move.REJECT);
            case IN_PROGRESS -> List.of(Move.FIX, Move.REJECT);
            case FIXED, REJECTED -> List.of();
        };
    }

    private Mono<Void> recorded(UUID ticketId, String key, String type, String actor, Instant now, Map<String, Object> data) {
        Map<String, Object> logged = new LinkedHashMap<>();
        logged.put("ticketId", ticketId.toString());
        logged.put("key", key);
        logged.putAll(data);
        return repository.ticketEvent(ticketId, type, actor, now, toJson(data))
                .then(eventLog.append(type, ticketId.toString(), logged));
    }

    private static String assigneeOf(EscalationRepository.Row row) {
        return row.assignee();
    }

    private static ContactChannel noticeChannel(EscalationCreate body, Ticket ticket) {
        if (body.getNoticeChannel() != null) {
            return body.getNoticeChannel();
        }
        return ticket.getContactEmail() != null && !ticket.getContactEmail().isBlank() ? ContactChannel.EMAIL : ContactChannel.PORTAL;
    }

    Escalation toApi(EscalationRepository.Row row) {
        Instant now = clock.instant();
        EscalationTimer timer = new EscalationTimer(row.ackTargetMinutes(), utc(row.ackDueAt()), timerState(row, now));
        timer.setWarnedAt(utc(row.warnedAt()));
        timer.setBreachedAt(utc(row.breachedAt()));
        timer.setAcknowledgedAt(utc(row.acknowledgedAt()));
        Escalation escalation = new Escalation(row.id(), row.ticketId(), row.ticketKey(), row.ticketTitle(), row.clientName(),
                EscalationStatus.valueOf(row.status()), EscalationSeverity.valueOf(row.severity()), row.description(),
                utc(row.createdAt()), row.createdBy(), timer, row.version());
        escalation.setDiagnostics(fromJson(row.diagnostics()));
        escalation.setWorkaround(row.workaround());
        escalation.setAcknowledgedBy(row.acknowledgedBy());
        escalation.setStartedAt(utc(row.startedAt()));
        escalation.setFixedAt(utc(row.fixedAt()));
        escalation.setResolution(row.resolution());
        escalation.setFixVersion(row.fixVersion());
        escalation.setRejectedAt(utc(row.rejectedAt()));
        escalation.setRejectionReason(row.rejectionReason());
        if (row.externalSystem() != null) {
            escalation.setExternalReference(new ExternalReference(online.pass24.desk.api.model.ExternalReferenceSystem.valueOf(row.externalSystem()),
                    row.externalKey(), row.externalUrl()));
        }
        return escalation;
    }

    /** Met when acknowledged in time; breached once late (acknowledged or not); else running. */
    static TimerState timerState(EscalationRepository.Row row, Instant now) {
        Instant end = row.acknowledgedAt() != null ? row.acknowledgedAt() : row.rejectedAt();
        if (end != null) {
            return end.isAfter(row.ackDueAt()) ? TimerState.BREACHED : TimerState.MET;
        }
        return now.isAfter(row.ackDueAt()) || row.breachedAt() != null ? TimerState.BREACHED : TimerState.RUNNING;
    }

    /** A cursor is the sort key of the last row shown. */
    record Cursor(int open, int rank, Instant due, Instant created, UUID id) {
        String encode() {
            String text = open + "|" + rank + "|" + due + "|" + created + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Instant.parse(parts[2]),
                        Instant.parse(parts[3]), UUID.fromString(parts[4]));
            } catch (RuntimeException e) {
                throw ApiProblem.invalidField("cursor", "is not a cursor this list gave out");
            }
        }

        static Cursor after(EscalationRepository.Row row) {
            int rank = switch (row.severity()) {
                case "CRITICAL" -> 0;
                case "HIGH" -> 1;
                case "MEDIUM" -> 2;
                default -> 3;
            };
            return new Cursor(row.status().equals("OPEN") ? 0 : 1, rank, row.ackDueAt(), row.createdAt(), row.id());
        }
    }

    Mono<List<EscalationRepository.Row>> page(String cursor, int limit, List<EscalationStatus> statuses,
                                              EscalationSeverity severity, UUID ticketId, Boolean breached, Caller caller) {
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        String statusList = statuses == null || statuses.isEmpty() ? null
                : String.join(",", statuses.stream().map(Enum::name).toList());
        return repository.page(caller.tenant().orElse(null), statusList, severity == null ? null : severity.name(), ticketId,
                        breached, after == null ? null : after.open(), after == null ? null : after.rank(),
                        after == null ? null : after.due(), after == null ? null : after.created(),
                        after == null ? null : after.id(), limit + 1)
                .collectList();
    }

    private EscalationDiagnostics fromJson(String text) {
        try {
            return json.readValue(text, EscalationDiagnostics.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toJson(Object value) {
        return online.pass24.desk.shared.JsonText.of(json, value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
