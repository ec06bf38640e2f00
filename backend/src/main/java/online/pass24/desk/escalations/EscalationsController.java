package online.pass24.desk.escalations;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.EscalationsApi;
import online.pass24.desk.api.model.Escalation;
import online.pass24.desk.api.model.EscalationComment;
import online.pass24.desk.api.model.EscalationCreate;
import online.pass24.desk.api.model.EscalationFix;
import online.pass24.desk.api.model.EscalationPage;
import online.pass24.desk.api.model.EscalationReject;
import online.pass24.desk.api.model.EscalationSeverity;
import online.pass24.desk.api.model.EscalationStatus;
import online.pass24.desk.api.model.ExternalReference;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
class EscalationsController implements EscalationsApi {

    private static final int DEFAULT_PAGE = 25;

    private final Escalations escalations;
    private final SecurityService security;

    EscalationsController(Escalations escalations, SecurityService security) {
        this.escalations = escalations;
        this.security = security;
    }

    @Override
    @Secured({Roles.AGENT, Roles.LEAD})
    public Mono<HttpResponse<Escalation>> createEscalation(UUID ticketId, EscalationCreate body, String idempotencyKey) {
        Caller caller = caller();
        return Mono.defer(() -> escalations.open(ticketId, body, caller))
                .map(e -> HttpResponse.created(e, URI.create("/api/v1/escalations/" + e.getId())).header(HttpHeaders.ETAG, etag(e)));
    }

    @Override
    @Secured({Roles.DEVELOPER, Roles.LEAD, Roles.AGENT, Roles.INTEGRATION})
    public Mono<EscalationPage> listEscalations(String cursor, Integer limit, List<EscalationStatus> status,
                                                EscalationSeverity severity, UUID ticketId, Boolean breached) {
        Caller caller = caller();
        int size = limit == null ? DEFAULT_PAGE : limit;
        return Mono.defer(() -> escalations.page(cursor, size, status, severity, ticketId, breached, caller)).map(rows -> {
            boolean more = rows.size() > size;
            List<EscalationRepository.Row> shown = more ? rows.subList(0, size) : rows;
            EscalationPage page = new EscalationPage(shown.stream().map(escalations::toApi).toList());
            page.setNextCursor(more ? Escalations.Cursor.after(shown.get(size - 1)).encode() : null);
            return page;
        });
    }

    @Override
    @Secured({Roles.DEVELOPER, Roles.LEAD, Roles.AGENT, Roles.INTEGRATION})
    public Mono<HttpResponse<Escalation>> getEscalation(UUID escalationId) {
        Caller caller = caller();
        return Mono.defer(() -> escalations.find(escalationId, caller)).map(this::ok);
    }

    @Override
    @Secured(Roles.DEVELOPER)
    public Mono<HttpResponse<Escalation>> acknowledgeEscalation(UUID escalationId, String ifMatch, String idempotencyKey,
                                                                EscalationComment body) {
        return move(escalationId, Escalations.Move.ACKNOWLEDGE, ifMatch, body == null ? null : body.getComment(), null);
    }

    @Override
    @Secured(Roles.DEVELOPER)
    public Mono<HttpResponse<Escalation>> startEscalation(UUID escalationId, String ifMatch, String idempotencyKey,
                                                          EscalationComment body) {
        return move(escalationId, Escalations.Move.START, ifMatch, body == null ? null : body.getComment(), null);
    }

    @Override
    @Secured(Roles.DEVELOPER)
    public Mono<HttpResponse<Escalation>> fixEscalation(UUID escalationId, EscalationFix body, String ifMatch,
                                                        String idempotencyKey) {
        return move(escalationId, Escalations.Move.FIX, ifMatch, body.getResolution(), body.getFixVersion());
    }

    @Override
    @Secured(Roles.DEVELOPER)
    public Mono<HttpResponse<Escalation>> rejectEscalation(UUID escalationId, EscalationReject body, String ifMatch,
                                                           String idempotencyKey) {
        return move(escalationId, Escalations.Move.REJECT, ifMatch, body.getReason(), null);
    }

    @Override
    @Secured({Roles.DEVELOPER, Roles.LEAD, Roles.INTEGRATION})
    public Mono<HttpResponse<Escalation>> setEscalationExternalReference(UUID escalationId, ExternalReference body,
                                                                         String ifMatch) {
        Caller caller = caller();
        return Mono.defer(() -> escalations.link(escalationId, body, ifMatch, caller)).map(this::ok);
    }

    private Mono<HttpResponse<Escalation>> move(UUID id, Escalations.Move move, String ifMatch, String text, String fixVersion) {
        Caller caller = caller();
        return Mono.defer(() -> escalations.move(id, move, ifMatch, caller, blankToNull(text), blankToNull(fixVersion)))
                .map(this::ok);
    }

    private HttpResponse<Escalation> ok(Escalation escalation) {
        return HttpResponse.ok(escalation).header(HttpHeaders.ETAG, etag(escalation));
    }

    static String etag(Escalation escalation) {
        return "\"" + escalation.getVersion() + "\"";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Caller caller() {
        return Caller.of(security.getAuthentication().orElseThrow());
    }
}
