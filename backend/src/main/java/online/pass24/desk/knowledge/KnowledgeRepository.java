package online.pass24.desk.knowledge;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface KnowledgeRepository extends ReactorCrudRepository<KnowledgeRecord, UUID> {

    String HIT_COLUMNS = """
            a.id, a.title, a.symptoms, a.cause, a.solution, a.problem_type, a.product, a.product_version, a.tags,
            a.author, a.source_ticket_id, a.updated_at, ts_rank_cd(a.search, q.query) AS score,
            ts_headline('russian',
                replace(replace(replace(a.symptoms || ' … ' || a.solution, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12') AS snippet""";

    @Query("SELECT " + HIT_COLUMNS + """
             FROM kb_article a, websearch_to_tsquery('russian', :text) AS q(query)
            WHERE a.search @@ q.query AND (CAST(:problemType AS text) IS NULL OR a.problem_type = :problemType)
            ORDER BY score DESC, a.updated_at DESC
            LIMIT :limit""")
    Flux<Hit> search(String text, @Nullable String problemType, int limit);

    @Query("""
            SELECT * FROM kb_article
            WHERE CAST(:problemType AS text) IS NULL OR problem_type = :problemType
            ORDER BY updated_at DESC LIMIT :limit""")
    Flux<KnowledgeRecord> newest(@Nullable String problemType, int limit);

    /** Any word of the ticket's text may match: the lexemes of its text joined with OR. */
    @Query("SELECT " + HIT_COLUMNS + """
             FROM kb_article a,
                 (SELECT to_tsquery('simple', string_agg(quote_literal(v.lexeme), ' | ')) AS query
                  FROM ticket t, unnest(to_tsvector('russian',
                        coalesce(t.title, '') || ' ' || coalesce(t.description, '') || ' '
                        || coalesce(t.workflow -> 'information' ->> 'whatFails', '') || ' '
                        || coalesce(t.workflow -> 'diagnosis' ->> 'cause', ''))) AS v
                  WHERE t.id = :ticketId) AS q
            WHERE q.query IS NOT NULL AND a.search @@ q.query
            ORDER BY score DESC, a.updated_at DESC
            LIMIT 5""")
    Flux<Hit> suggestFor(UUID ticketId);

    @Query("""
            SELECT t.id, t.title, t.status, t.description,
                   t.workflow -> 'information' ->> 'whatFails' AS what_fails,
                   t.workflow -> 'information' ->> 'productVersion' AS product_version,
                   t.workflow -> 'diagnosis' ->> 'problemType' AS problem_type,
                   coalesce(t.workflow -> 'closure' ->> 'cause', t.workflow -> 'diagnosis' ->> 'cause') AS cause,
                   coalesce(t.workflow -> 'closure' ->> 'solution', t.workflow -> 'solution' ->> 'description') AS solution
            FROM ticket t WHERE t.id = :ticketId""")
    Mono<TicketSource> ticketSource(UUID ticketId);

    @Introspected
    record Hit(UUID id, String title, String symptoms, @Nullable String cause, String solution,
               @Nullable String problemType, @Nullable String product, @Nullable String productVersion, String tags,
               String author, @Nullable UUID sourceTicketId, Instant updatedAt, float score, String snippet) {

        KnowledgeRecord record() {
            return new KnowledgeRecord(id, title, symptoms, cause, solution, problemType, product, productVersion, tags,
                    author, sourceTicketId, updatedAt);
        }
    }

    @Introspected
    record TicketSource(UUID id, String title, String status, @Nullable String description, @Nullable String whatFails,
                        @Nullable String productVersion, @Nullable String problemType, @Nullable String cause,
                        @Nullable String solution) {
    }

    /** Holds the article against concurrent edits for the rest of the transaction. */
    @io.micronaut.data.annotation.Query("SELECT updated_at FROM kb_article WHERE id = :id FOR UPDATE")
    reactor.core.publisher.Mono<java.time.Instant> lockUpdatedAt(UUID id);
}
