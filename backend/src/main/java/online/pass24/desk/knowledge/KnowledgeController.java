package online.pass24.desk.knowledge;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.KnowledgeApi;
import online.pass24.desk.api.model.KnowledgeArticle;
import online.pass24.desk.api.model.KnowledgeArticleWrite;
import online.pass24.desk.api.model.KnowledgeHit;
import online.pass24.desk.api.model.KnowledgeSearchResult;
import online.pass24.desk.api.model.ProblemCategory;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@Secured({Roles.AGENT, Roles.LEAD})
class KnowledgeController implements KnowledgeApi {

    private final KnowledgeBase knowledge;
    private final SecurityService security;

    KnowledgeController(KnowledgeBase knowledge, SecurityService security) {
        this.knowledge = knowledge;
        this.security = security;
    }

    @Override
    @Secured({Roles.AGENT, Roles.LEAD, Roles.DEVELOPER})
    public Mono<KnowledgeSearchResult> searchKnowledgeArticles(String cursor, String q, ProblemCategory problemType, Integer limit) {
        int size = limit == null ? 20 : limit;
        int offset = offset(cursor);
        return knowledge.search(q, problemType, offset + size + 1).collectList().map(all -> {
            List<KnowledgeHit> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + size));
            KnowledgeSearchResult result = new KnowledgeSearchResult(page);
            boolean more = all.size() > offset + size && offset + size < MAX_RESULTS;
            result.setNextCursor(more ? java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("o:" + (offset + size)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null);
            return result;
        });
    }

    private static final int MAX_RESULTS = 1000;

    /** A search's cursor is how many ranked results came before the page. */
    private static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
            int offset = Integer.parseInt(text.substring(2));
            if (!text.startsWith("o:") || offset < 0 || offset >= MAX_RESULTS) {
                throw new IllegalArgumentException(text);
            }
            return offset;
        } catch (RuntimeException e) {
            throw online.pass24.desk.problem.ApiProblem.invalidField("cursor", "is not a cursor this search gave out");
        }
    }

    @Override
    @Secured({Roles.AGENT, Roles.LEAD, Roles.DEVELOPER})
    public Mono<HttpResponse<KnowledgeArticle>> getKnowledgeArticle(UUID articleId) {
        return knowledge.find(articleId).map(KnowledgeController::tagged);
    }

    private static HttpResponse<KnowledgeArticle> tagged(KnowledgeArticle article) {
        return HttpResponse.ok(article).header(io.micronaut.http.HttpHeaders.ETAG, KnowledgeBase.etag(article));
    }

    @Override
    public Mono<HttpResponse<KnowledgeArticle>> createKnowledgeArticle(KnowledgeArticleWrite write) {
        String author = author();
        return Mono.defer(() -> knowledge.create(write, author, null))
                .map(a -> HttpResponse.created(a, URI.create("/api/v1/kb/articles/" + a.getId())));
    }

    @Override
    public Mono<HttpResponse<KnowledgeArticle>> updateKnowledgeArticle(UUID articleId, KnowledgeArticleWrite write, String ifMatch) {
        String author = author();
        return Mono.defer(() -> knowledge.update(articleId, write, author, ifMatch)).map(KnowledgeController::tagged);
    }

    @Override
    public Mono<HttpResponse<KnowledgeArticle>> createKnowledgeArticleFromTicket(UUID ticketId) {
        String author = author();
        return Mono.defer(() -> knowledge.fromTicket(ticketId, author))
                .map(a -> HttpResponse.created(a, URI.create("/api/v1/kb/articles/" + a.getId())));
    }

    @Override
    public Mono<KnowledgeSearchResult> suggestKnowledgeArticles(UUID ticketId) {
        return knowledge.suggestFor(ticketId).collectList().map(KnowledgeSearchResult::new);
    }

    private String author() {
        return security.username().orElse("unknown");
    }
}
