package online.pass24.desk.tickets;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import online.pass24.desk.api.model.Channel;
import online.pass24.desk.api.model.EmergencyCriterion;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.TicketStatus;

import java.time.Instant;
import java.util.UUID;

/** A ticket as read, with its workflow document as JSON text. */
@Introspected
record TicketRow(
        UUID id,
        String key,
        @Nullable String organization,
        String clientName,
        String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        Channel channel,
        String title,
        @Nullable String description,
        Level level,
        @Nullable EmergencyCriterion criterion,
        TicketStatus status,
        Instant receivedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        UUID policyId,
        @Nullable String assignee,
        boolean breached,
        @Nullable Instant nextDueAt,
        short levelRank,
        short breachedRank,
        Instant queueDue,
        String workflowJson) {
}
