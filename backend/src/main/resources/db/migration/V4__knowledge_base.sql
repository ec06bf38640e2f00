-- Knowledge base of known solutions (SPEC §5), searched with Russian full-text search: the
-- `russian` configuration stems words, so "не работает турникет" finds "Турникеты не работают".

CREATE TABLE kb_article (
    id                uuid        PRIMARY KEY,
    title             text        NOT NULL,
    symptoms          text        NOT NULL,
    cause             text,
    solution          text        NOT NULL,
    problem_type      text        CHECK (problem_type IN ('ACCESS', 'FUNCTIONAL', 'PERFORMANCE', 'PRODUCT_DEFECT')),
    product           text,
    product_version   text,
    tags              text        NOT NULL DEFAULT '',
    author            text        NOT NULL,
    source_ticket_id  uuid        REFERENCES ticket (id),
    updated_at        timestamptz NOT NULL,
    -- title weighs most, then symptoms and tags, then cause and solution
    search            tsvector    GENERATED ALWAYS AS (
        setweight(to_tsvector('russian', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('russian', coalesce(symptoms, '') || ' ' || coalesce(tags, '')), 'B') ||
        setweight(to_tsvector('russian', coalesce(cause, '') || ' ' || coalesce(solution, '')), 'C')
    ) STORED
);

CREATE INDEX kb_article_search_idx ON kb_article USING gin (search);
CREATE INDEX kb_article_updated_idx ON kb_article (updated_at DESC);
