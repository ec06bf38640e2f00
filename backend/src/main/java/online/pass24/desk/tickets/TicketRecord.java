package online.pass24.desk.tickets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import online.pass24.desk.api.model.Channel;
import online.pass24.desk.api.model.EmergencyCriterion;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.TicketStatus;

import java.time.Instant;
import java.util.UUID;

/** A new row of {@code ticket}, as inserted; reads go through {@link TicketRow}. */
@MappedEntity("ticket")
record TicketRecord(
        @Id UUID id,
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
        @Nullable Instant nextDueAt) {
}
