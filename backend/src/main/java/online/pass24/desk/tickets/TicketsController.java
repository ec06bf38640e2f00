package online.pass24.desk.tickets;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.TicketsApi;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.api.model.TicketCreate;
import online.pass24.desk.api.model.TicketPage;
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
    private final SecurityService security;

    TicketsController(TicketService service, SecurityService security) {
        this.service = service;
        this.security = security;
    }

    @Override
    public Mono<HttpResponse<Ticket>> createTicket(TicketCreate ticketCreate) {
        Caller caller = caller();
        return Mono.defer(() -> service.open(ticketCreate, caller))
                .map(TicketMapper::toApi)
                .map(ticket -> HttpResponse.created(ticket, URI.create("/api/v1/tickets/" + ticket.getId())));
    }

    @Override
    public Mono<Ticket> getTicket(UUID ticketId) {
        Caller caller = caller();
        return Mono.defer(() -> service.find(ticketId, caller)).map(TicketMapper::toApi);
    }

    @Override
    public Mono<TicketPage> listTickets(String cursor, Integer limit) {
        Caller caller = caller();
        int size = limit == null ? DEFAULT_PAGE : limit;
        return Mono.defer(() -> service.queuePage(cursor, size, caller).collectList())
                .map(rows -> page(rows, size));
    }

    private static TicketPage page(List<TicketRecord> rows, int size) {
        boolean more = rows.size() > size;
        List<TicketRecord> shown = more ? rows.subList(0, size) : rows;
        TicketPage page = new TicketPage(shown.stream().map(TicketMapper::toApi).toList());
        page.setNextCursor(more ? TicketService.cursorAfter(shown.get(size - 1)).encode() : null);
        return page;
    }

    private Caller caller() {
        return Caller.of(security.getAuthentication().orElseThrow());
    }
}
