package online.pass24.desk.knowledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code kb_article}; tags are comma-separated; the search vector is generated. */
@MappedEntity("kb_article")
record KnowledgeRecord(@Id UUID id, String title, String symptoms, @Nullable String cause, String solution,
                       @Nullable String problemType, @Nullable String product, @Nullable String productVersion,
                       String tags, String author, @Nullable UUID sourceTicketId, Instant updatedAt) {
}
