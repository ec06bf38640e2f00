package online.pass24.desk.knowledge;

import jakarta.inject.Singleton;
import online.pass24.desk.api.model.KnowledgeArticle;
import online.pass24.desk.api.model.KnowledgeArticleWrite;
import online.pass24.desk.api.model.KnowledgeHit;
import online.pass24.desk.api.model.ProblemCategory;
import online.pass24.desk.problem.ApiProblem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Known solutions: found by Russian full-text search, suggested for tickets, documented from them. */
@Singleton
public class KnowledgeBase {

    private final KnowledgeRepository repository;
    private final Clock clock;

    private final online.pass24.desk.transaction.Tx tx;

    KnowledgeBase(KnowledgeRepository repository, Clock clock, online.pass24.desk.transaction.Tx tx) {
        this.tx = tx;
        this.repository = repository;
        this.clock = clock;
    }

    /** True when the article exists: a diagnosis may only link a real known solution. */
    public Mono<Boolean> exists(UUID id) {
        return repository.existsById(id);
    }

    Flux<KnowledgeHit> search(String text, ProblemCategory problemType, int limit) {
        String type = problemType == null ? null : problemType.name();
        if (text == null || text.isBlank()) {
            return repository.newest(type, limit).map(row -> new KnowledgeHit(toApi(row), 0.0));
        }
        return repository.search(text.trim(), type, limit).map(KnowledgeBase::hit);
    }

    Flux<KnowledgeHit> suggestFor(UUID ticketId) {
        return repository.ticketSource(ticketId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No ticket " + ticketId)))
                .thenMany(repository.suggestFor(ticketId).map(KnowledgeBase::hit));
    }

    Mono<KnowledgeArticle> find(UUID id) {
        return repository.findById(id).map(KnowledgeBase::toApi)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No article " + id)));
    }

    Mono<KnowledgeArticle> create(KnowledgeArticleWrite write, String author, UUID sourceTicketId) {
        return repository.save(record(UUID.randomUUID(), write, author, sourceTicketId)).map(KnowledgeBase::toApi);
    }

    /** An article's entity tag: the instant of its last change, to the microsecond as stored. */
    static String etag(KnowledgeArticle article) {
        java.time.Instant at = article.getUpdatedAt().toInstant();
        return online.pass24.desk.shared.EntityTags.quoted(Long.toString(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000));
    }

    Mono<KnowledgeArticle> update(UUID id, KnowledgeArticleWrite write, String author, String ifMatch) {
        return tx.inTransaction(() -> repository.lockUpdatedAt(id)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No article " + id)))
                .flatMap(ignored -> repository.findById(id))
                .flatMap(existing -> online.pass24.desk.shared.EntityTags.matches(ifMatch, etag(toApi(existing)))
                        ? repository.update(record(id, write, author, existing.sourceTicketId()))
                        : Mono.error(ApiProblem.stale("The article was changed since you read it; read it again and retry"))))
                .map(KnowledgeBase::toApi);
    }

    /** "Решение задокументировано для будущего использования": an article prefilled from a closed ticket. */
    Mono<KnowledgeArticle> fromTicket(UUID ticketId, String author) {
        return repository.ticketSource(ticketId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No ticket " + ticketId)))
                .flatMap(ticket -> {
                    if (!"CLOSED".equals(ticket.status())) {
                        return Mono.error(ApiProblem.invalidTransition(
                                "Only a closed ticket's solution is documented; this one is " + ticket.status(), List.of()));
                    }
                    KnowledgeArticleWrite write = new KnowledgeArticleWrite(ticket.title(),
                            firstNonBlank(ticket.whatFails(), ticket.description(), ticket.title()),
                            firstNonBlank(ticket.solution(), "—"));
                    write.setCause(ticket.cause());
                    write.setProductVersion(ticket.productVersion());
                    write.setProblemType(ticket.problemType() == null ? null : ProblemCategory.valueOf(ticket.problemType()));
                    return create(write, author, ticketId);
                });
    }

    private KnowledgeRecord record(UUID id, KnowledgeArticleWrite write, String author, UUID sourceTicketId) {
        String tags = write.getTags() == null ? "" : String.join(",", write.getTags().stream().map(String::trim)
                .filter(t -> !t.isEmpty()).distinct().toList());
        return new KnowledgeRecord(id, write.getTitle(), write.getSymptoms(), write.getCause(), write.getSolution(),
                write.getProblemType() == null ? null : write.getProblemType().name(), write.getProduct(),
                write.getProductVersion(), tags, author, sourceTicketId, clock.instant());
    }

    private static KnowledgeHit hit(KnowledgeRepository.Hit row) {
        KnowledgeHit hit = new KnowledgeHit(toApi(row.record()), Math.round(row.score() * 10000) / 10000.0);
        hit.setSnippet(row.snippet());
        return hit;
    }

    static KnowledgeArticle toApi(KnowledgeRecord row) {
        List<String> tags = row.tags().isBlank() ? List.of() : Arrays.asList(row.tags().split(","));
        KnowledgeArticle article = new KnowledgeArticle(row.id(), row.title(), row.symptoms(), row.solution(), tags,
                row.author(), row.updatedAt().atOffset(ZoneOffset.UTC));
        article.setCause(row.cause());
        article.setProblemType(row.problemType() == null ? null : ProblemCategory.valueOf(row.problemType()));
        article.setProduct(row.product());
        article.setProductVersion(row.productVersion());
        article.setSourceTicketId(row.sourceTicketId());
        return article;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
