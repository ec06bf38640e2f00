package online.pass24.desk.tickets;

import jakarta.inject.Singleton;
import online.pass24.desk.api.model.ContactChannel;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.security.Caller;
import online.pass24.desk.workflow.domain.Action;
import reactor.core.publisher.Mono;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;

/** What other features may do with a ticket: read it as the caller may, and record contacts. */
@Singleton
public class TicketAccess {

    private final TicketService tickets;
    private final TicketViews views;
    private final TicketWorkflow workflow;

    TicketAccess(TicketService tickets, TicketViews views, TicketWorkflow workflow) {
        this.tickets = tickets;
        this.views = views;
        this.workflow = workflow;
    }

    private static final Caller SYSTEM = new Caller("system", null, null, java.util.List.of(online.pass24.desk.security.Roles.LEAD), null);
    private static final java.util.List<online.pass24.desk.api.model.TicketStatus> OPEN = java.util.List.of(
            online.pass24.desk.api.model.TicketStatus.NEW, online.pass24.desk.api.model.TicketStatus.IN_PROGRESS,
            online.pass24.desk.api.model.TicketStatus.DIAGNOSED, online.pass24.desk.api.model.TicketStatus.SOLUTION_APPLIED,
            online.pass24.desk.api.model.TicketStatus.PLAN_DEFINED, online.pass24.desk.api.model.TicketStatus.AWAITING_CONFIRMATION);

    /** The open emergencies in queue order (the most urgent first), as support sees them. */
    public Mono<java.util.List<Ticket>> openEmergencies(int limit) {
        TicketService.QueueFilter filter = new TicketService.QueueFilter(OPEN, online.pass24.desk.api.model.Level.EMERGENCY,
                null, null, null, null);
        return tickets.queuePage(null, limit, filter, SYSTEM).collectList().flatMap(views::views);
    }

    /** The ticket, or 404 when the caller's tenant may not see it. */
    public Mono<Ticket> read(UUID id, Caller caller) {
        return tickets.find(id, caller).flatMap(views::view);
    }

    /**
     * The same, with the ticket row locked until the caller's transaction ends: what writes rows
     * of a ticket (an escalation) locks the ticket first, as every workflow action does.
     */
    public Mono<Ticket> readForUpdate(UUID id, Caller caller) {
        return tickets.lock(id, caller).flatMap(views::view);
    }

    /**
     * Records a contact as the workflow's CONTACT action, in its transaction, together with
     * {@code record} (built inside the transaction). An inbound message moves no clock.
     */
    public Mono<UUID> contact(UUID id, Caller caller, ContactChannel channel, String summary, OffsetDateTime at,
                              String delayReason, boolean outbound, Object input, Supplier<Mono<?>> record) {
        return workflow.act(id, caller, null, Action.CONTACT, input, step -> {
            java.time.Instant when = step.notFuture("at", at);
            if (outbound) {
                step.contacted(channel, summary, when, delayReason);
            }
            step.writes.add(record.get());
            return Mono.empty();
        });
    }
}
