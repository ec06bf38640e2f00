package online.pass24.desk.tickets;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.TicketsApi;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.api.model.TicketCreate;
import online.pass24.desk.api.model.TicketPage;
import online.pass24.desk.api.model.TicketStatus;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@Secured({Roles.AGENT, Roles.LEAD, Roles.INTEGRATION})
class TicketsController implements TicketsApi {

    private static final int DEFAULT_PAGE = 25;

    private final TicketService service;
    private final TicketViews views;
    private final SecurityService security;

    TicketsController(TicketService service, TicketViews views, SecurityService security) {
        this.service = service;
        this.views = views;
        this.security = security;
    }

    @Override
    public Mono<HttpResponse<Ticket>> createTicket(TicketCreate ticketCreate, String idempotencyKey) {
        Caller caller = caller();
        // A ticket already created under the key (its response lost to a crash) is the answer;
        // two racing creations meet at the unique marker, and the loser finds the winner's.
        return Mono.defer(() -> service.createdUnder(caller, idempotencyKey)
                        .switchIfEmpty(Mono.defer(() -> service.open(ticketCreate, caller, idempotencyKey)))
                        .onErrorResume(e -> idempotencyKey != null && String.valueOf(e.getMessage()).contains("ticket_idempotency_uq"),
                                e -> service.createdUnder(caller, idempotencyKey)))
                .flatMap(id -> service.find(id, caller))
                .flatMap(views::view)
                .map(ticket -> HttpResponse.created(ticket, URI.create("/api/v1/tickets/" + ticket.getId()))
                        .header(HttpHeaders.ETAG, etag(ticket)));
    }

    @Override
    public Mono<HttpResponse<Ticket>> getTicket(UUID ticketId) {
        Caller caller = caller();
        return Mono.defer(() -> service.find(ticketId, caller)).flatMap(views::view)
                .map(ticket -> HttpResponse.ok(ticket).header(HttpHeaders.ETAG, etag(ticket)));
    }

    @Override
    public Mono<TicketPage> listTickets(String cursor, Integer limit, List<TicketStatus> status, Level level,
                                        String assignee, String client, Boolean breached, String q) {
        Caller caller = caller();
        int size = limit == null ? DEFAULT_PAGE : limit;
        TicketService.QueueFilter filter = new TicketService.QueueFilter(status, level, assignee, client, breached, q);
        return Mono.defer(() -> service.queuePage(cursor, size, filter, caller).collectList())
                .flatMap(rows -> {
                    boolean more = rows.size() > size;
                    List<TicketRow> shown = more ? rows.subList(0, size) : rows;
                    return views.views(shown).map(items -> {
                        TicketPage page = new TicketPage(items);
                        page.setNextCursor(more ? TicketService.cursorAfter(shown.get(size - 1)).encode() : null);
                        return page;
                    });
                });
    }

    static String etag(Ticket ticket) {
        return "\"" + ticket.getVersion() + "\"";
    }

    private Caller caller() {
        return Caller.of(security.getAuthentication().orElseThrow());
    }
}
