package online.pass24.desk.communication;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.CommunicationApi;
import online.pass24.desk.api.model.Communication;
import online.pass24.desk.api.model.CommunicationList;
import online.pass24.desk.api.model.CommunicationPreview;
import online.pass24.desk.api.model.CommunicationPreviewRequest;
import online.pass24.desk.api.model.CommunicationWrite;
import online.pass24.desk.api.model.ForbiddenPhraseList;
import online.pass24.desk.api.model.MessageTemplate;
import online.pass24.desk.api.model.MessageTemplateList;
import online.pass24.desk.api.model.MessageTemplateWrite;
import online.pass24.desk.api.model.TemplateKind;
import online.pass24.desk.communication.domain.TemplateRenderer;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.shared.EntityTags;
import io.micronaut.http.HttpHeaders;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import online.pass24.desk.transaction.Tx;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Controller
@Secured({Roles.AGENT, Roles.LEAD})
class CommunicationController implements CommunicationApi {

    private final Communications communications;
    private final CommunicationRepository repository;
    private final SecurityService security;
    private final Tx tx;
    private final Clock clock;

    CommunicationController(Communications communications, CommunicationRepository repository, SecurityService security,
                            Tx tx, Clock clock) {
        this.communications = communications;
        this.repository = repository;
        this.security = security;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Mono<CommunicationList> listCommunications(UUID ticketId, String cursor, Integer limit) {
        Caller caller = caller();
        return Mono.defer(() -> communications.list(ticketId, caller)).map(all -> {
            var page = online.pass24.desk.shared.Pages.of(all, c -> c.getId().toString(), cursor, limit);
            CommunicationList list = new CommunicationList(page.items());
            list.setNextCursor(page.nextCursor());
            return list;
        });
    }

    @Override
    public Mono<HttpResponse<Communication>> recordCommunication(UUID ticketId, CommunicationWrite write) {
        Caller caller = caller();
        return Mono.defer(() -> communications.record(ticketId, caller, write))
                .map(c -> HttpResponse.status(HttpStatus.CREATED).body(c));
    }

    @Override
    public Mono<CommunicationPreview> previewCommunication(UUID ticketId, CommunicationPreviewRequest request) {
        Caller caller = caller();
        return Mono.defer(() -> communications.preview(ticketId, caller, request.getTemplateKind(), request.getText()));
    }

    @Override
    public Mono<MessageTemplateList> listTemplates() {
        return repository.currentTemplates().map(CommunicationController::toApi).collectList().map(MessageTemplateList::new);
    }

    @Override
    public Mono<HttpResponse<MessageTemplate>> getTemplate(TemplateKind kind) {
        return repository.currentTemplate(kind.name()).map(CommunicationController::toApi)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No template " + kind)))
                .map(CommunicationController::tagged);
    }

    private static HttpResponse<MessageTemplate> tagged(MessageTemplate template) {
        return HttpResponse.ok(template).header(HttpHeaders.ETAG, EntityTags.quoted(Integer.toString(template.getVersion())));
    }

    private static HttpResponse<ForbiddenPhraseList> tagged(ForbiddenPhraseList list) {
        return HttpResponse.ok(list).header(HttpHeaders.ETAG, phrasesTag(list.getItems()));
    }

    private static String phrasesTag(List<String> phrases) {
        return EntityTags.ofContent(phrases.toArray(String[]::new));
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<HttpResponse<MessageTemplate>> putTemplate(TemplateKind kind, MessageTemplateWrite write, String ifMatch) {
        for (String[] part : new String[][]{{"subject", write.getSubject()}, {"body", write.getBody()}}) {
            try {
                TemplateRenderer.compile(part[1]);
            } catch (IllegalArgumentException e) {
                return Mono.error(ApiProblem.invalidField(part[0], e.getMessage()));
            }
        }
        String author = caller().username();
        // with If-Match, the new version is exactly the next one: a publication in between takes
        // its number first, and this one fails on the unique key instead of overwriting it
        Mono<Long> publish = repository.currentTemplate(kind.name()).map(current -> current.version()).defaultIfEmpty(0)
                .flatMap(current -> {
                    if (!EntityTags.matches(ifMatch, EntityTags.quoted(Integer.toString(current)))) {
                        return Mono.error(ApiProblem.stale("The template is at version " + current
                                + " now; read it again and retry"));
                    }
                    return ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")
                            ? repository.publishTemplate(kind.name(), write.getSubject(), write.getBody(), clock.instant(), author)
                            : repository.publishTemplateVersion(kind.name(), current + 1, write.getSubject(), write.getBody(),
                                    clock.instant(), author);
                });
        return publish
                .onErrorMap(e -> String.valueOf(e.getMessage()).contains("duplicate key"),
                        e -> ApiProblem.stale("Another version was published meanwhile; read it and retry"))
                .then(repository.currentTemplate(kind.name())).map(CommunicationController::toApi)
                .map(CommunicationController::tagged);
    }

    @Override
    public Mono<HttpResponse<ForbiddenPhraseList>> listForbiddenPhrases() {
        return repository.phrases().collectList().map(ForbiddenPhraseList::new).map(CommunicationController::tagged);
    }

    @Override
    @Secured(Roles.LEAD)
    public Mono<HttpResponse<ForbiddenPhraseList>> putForbiddenPhrases(ForbiddenPhraseList list, String ifMatch) {
        List<String> phrases = list.getItems().stream().map(String::trim).filter(p -> !p.isEmpty()).distinct().toList();
        return tx.inTransaction(() -> repository.lockPhrases()
                        .then(repository.phrases().collectList())
                        .flatMap(current -> EntityTags.matches(ifMatch, phrasesTag(current)) ? Mono.just(current)
                                : Mono.error(ApiProblem.stale("The list was changed since you read it; read it again and retry")))
                        .then(repository.clearPhrases())
                        .thenMany(Flux.fromIterable(phrases).concatMap(p -> repository.addPhrase(p, clock.instant())))
                        .then(repository.phrases().collectList()))
                .map(ForbiddenPhraseList::new).map(CommunicationController::tagged);
    }

    private static MessageTemplate toApi(CommunicationRepository.TemplateRow row) {
        MessageTemplate template = new MessageTemplate(TemplateKind.valueOf(row.kind()), row.version(), row.subject(),
                row.body(), TemplateRenderer.PLACEHOLDERS);
        template.setCreatedBy(row.createdBy());
        template.setCreatedAt(row.createdAt().atOffset(ZoneOffset.UTC));
        return template;
    }

    private Caller caller() {
        return Caller.of(security.getAuthentication().orElseThrow());
    }
}
