package online.pass24.desk.problem;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When PostgreSQL rolls a request's transaction back because it collided with a concurrent one
 * (a deadlock, a serialization failure), the caller is asked to retry: 503 with Retry-After, not
 * an internal error, and nothing of the request is kept.
 */
@MicronautTest(transactional = false)
class TransactionCollisionTest {

    private static final String TICKET = """
            {"clientName":"ООО Ромашка","contactName":"Иван Петров","channel":"PHONE","level":"EMERGENCY",
             "criterion":"TOTAL_OUTAGE","title":"%s"}""";

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @AfterEach
    void dropTheCollision() {
        database.execute("DROP TRIGGER IF EXISTS collide ON ticket");
        database.execute("DROP FUNCTION IF EXISTS collide()");
    }

    @Test
    void aRequestRolledBackByADeadlockIsAskedToRetryAndChangesNothing() {
        database.clearTickets();
        // PostgreSQL reports a deadlock for this one title, as it would for a real cycle of locks
        database.execute("""
                CREATE FUNCTION collide() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.title = 'Столкновение' THEN
                        RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01';
                    END IF;
                    RETURN NEW;
                END $$""");
        database.execute("CREATE TRIGGER collide BEFORE INSERT ON ticket FOR EACH ROW EXECUTE FUNCTION collide()");
        Api api = new Api(server);
        String agent = KeycloakTokens.user("agent");
        long created = database.count("SELECT count(*) FROM event_log WHERE type = 'ticket.created'");

        Api.Response collided = api.post("/api/v1/tickets", agent, TICKET.formatted("Столкновение"));

        assertThat(collided.status()).as(collided.body()).isEqualTo(503);
        assertThat(collided.contentType()).startsWith("application/problem+json");
        assertThat(collided.header("Retry-After")).isEqualTo("1");
        assertThat(Json.parse(collided.body()).get("type").getStringValue())
                .isEqualTo("https://emergency-desk.pass24.online/problems/service-unavailable");
        assertThat(database.count("SELECT count(*) FROM ticket")).isZero();
        assertThat(database.count("SELECT count(*) FROM event_log WHERE type = 'ticket.created'")).isEqualTo(created);

        assertThat(api.post("/api/v1/tickets", agent, TICKET.formatted("Шлагбаум не открывается")).status()).isEqualTo(201);
    }
}
