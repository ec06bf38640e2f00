package online.pass24.desk.communication;

import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Communication;
import online.pass24.desk.api.model.CommunicationWrite;
import online.pass24.desk.api.model.ContactChannel;
import online.pass24.desk.api.model.Direction;
import online.pass24.desk.api.model.TemplateKind;
import online.pass24.desk.security.Caller;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Notices other features send the client from a template (an escalation's hand-over, say):
 * recorded in the ticket's communications and mailed like any message, in the caller's
 * transaction. A notice with a missing value or a forbidden phrase fails, and so does the
 * caller's change: the client is never told half a story.
 */
@Singleton
public class ClientNotices {

    private final Communications communications;

    ClientNotices(Communications communications) {
        this.communications = communications;
    }

    public Mono<Communication> send(UUID ticketId, Caller caller, TemplateKind kind, ContactChannel channel) {
        CommunicationWrite write = new CommunicationWrite(channel, Direction.OUTBOUND);
        write.setTemplateKind(kind);
        return communications.record(ticketId, caller, write);
    }
}
