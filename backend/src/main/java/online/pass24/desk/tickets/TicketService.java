package online.pass24.desk.tickets;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.TicketCreate;
import online.pass24.desk.api.model.TicketStatus;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.tickets.domain.Intake;
import online.pass24.desk.tickets.domain.QueueCursor;
import online.pass24.desk.tickets.domain.TicketKey;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Use cases of the queue: opening a ticket, reading one, paging through the queue. */
@Singleton
class TicketService {

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final Clock clock;
    private final JsonMapper json;

    TicketService(TicketRepository tickets, TicketEventRepository events, Clock clock, JsonMapper json) {
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    Mono<TicketRecord> open(TicketCreate request, Caller caller) {
        Instant receivedAt = Intake.receivedAt(
                        request.getReceivedAt() == null ? null : request.getReceivedAt().toInstant(), clock)
                .orElseThrow(() -> ApiProblem.invalidField("receivedAt", "must not be in the future"));
        Instant now = clock.instant();
        return tickets.nextKeyNumber()
                .map(number -> new TicketRecord(
                        UUID.randomUUID(),
                        TicketKey.of(number),
                        caller.tenant().orElse(null),
                        request.getClientName(),
                        request.getContactName(),
                        blankToNull(request.getContactPhone()),
                        blankToNull(request.getContactEmail()),
                        request.getChannel(),
                        request.getTitle(),
                        blankToNull(request.getDescription()),
                        request.getLevel(),
                        request.getCriterion(),
                        TicketStatus.NEW,
                        receivedAt,
                        now,
                        now,
                        0))
                .flatMap(tickets::save)
                .flatMap(ticket -> events.append(ticket.id(), "ticket.created", caller.username(), now, created(ticket))
                        .thenReturn(ticket));
    }

    Mono<TicketRecord> find(UUID id, Caller caller) {
        return tickets.findVisible(id, caller.tenant().orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No ticket " + id)));
    }

    /** One page in queue order plus one extra row that tells whether another page exists. */
    Flux<TicketRecord> queuePage(String cursor, int limit, Caller caller) {
        String tenant = caller.tenant().orElse(null);
        if (cursor == null || cursor.isEmpty()) {
            return tickets.queueHead(tenant, limit + 1);
        }
        QueueCursor position = QueueCursor.decode(cursor)
                .orElseThrow(() -> ApiProblem.invalidField("cursor", "is not a cursor issued by this server"));
        return tickets.queueAfter(tenant, position.levelRank(), position.receivedAt(), position.id(), limit + 1);
    }

    static QueueCursor cursorAfter(TicketRecord ticket) {
        return new QueueCursor(Intake.levelRank(ticket.level() == Level.EMERGENCY), ticket.receivedAt(), ticket.id());
    }

    private String created(TicketRecord ticket) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("key", ticket.key());
        data.put("level", ticket.level().name());
        data.put("status", ticket.status().name());
        data.put("receivedAt", ticket.receivedAt().toString());
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
