package online.pass24.desk.tickets;

import online.pass24.desk.api.model.Ticket;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Row to contract: the only place that knows both shapes. */
final class TicketMapper {

    private TicketMapper() {
    }

    static Ticket toApi(TicketRow row) {
        Ticket ticket = new Ticket(row.id(), row.key(), row.clientName(), row.contactName(), row.channel(),
                row.title(), row.level(), row.status(), utc(row.receivedAt()), utc(row.createdAt()),
                utc(row.updatedAt()));
        ticket.setContactPhone(row.contactPhone());
        ticket.setContactEmail(row.contactEmail());
        ticket.setDescription(row.description());
        ticket.setCriterion(row.criterion());
        return ticket;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
