package online.pass24.desk.sla;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two backend instances on one database announce every due breach exactly once, and a breach
 * that fell due while no instance ran is announced once by the next one to start. This test's
 * own context runs no scheduler, so only the instances it starts announce.
 */
@MicronautTest(transactional = false)
@Property(name = "sla.scheduler.enabled", value = "false")
class ExactlyOnceAnnouncementTest {

    private static final int TIMERS = 200;

    @Inject
    Database database;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void clean() {
        database.clearTickets();
    }

    @Test
    void twoInstancesAnnounceTwoHundredBreachesExactlyOnce() throws InterruptedException {
        try (EmbeddedServer a = instance(); EmbeddedServer b = instance()) {
            seedTimersDueWithin(TIMERS, 1, 4);

            waitForBreaches(TIMERS, Duration.ofSeconds(20));
            Thread.sleep(1000); // a duplicate would arrive after the last original

            assertThat(breachEvents()).isEqualTo(TIMERS);
            assertThat(database.count("SELECT count(DISTINCT ticket_id) FROM ticket_event WHERE type = 'sla.breached'")).isEqualTo(TIMERS);
            assertThat(database.count("SELECT count(*) FROM event_log WHERE type = 'sla.breached'")).isGreaterThanOrEqualTo(TIMERS);
            assertThat(database.count("SELECT count(*) FROM sla_due_work WHERE done_at IS NULL")).isZero();
            assertThat(database.count("SELECT count(*) FROM sla_timer WHERE breached_at IS NULL")).isZero();
            assertThat(a.isRunning() && b.isRunning()).isTrue();
        }
    }

    @Test
    void aBreachDueWhileEveryInstanceWasDownIsAnnouncedOnceAtTheNextStart() throws InterruptedException {
        seedTimersDueWithin(20, -120, -60);
        Thread.sleep(500);
        assertThat(breachEvents()).isZero();

        try (EmbeddedServer restarted = instance()) {
            waitForBreaches(20, Duration.ofSeconds(15));
        }
        try (EmbeddedServer again = instance()) {
            Thread.sleep(1500);
        }

        assertThat(breachEvents()).isEqualTo(20);
    }

    @Test
    void aTicketAnActionHoldsKeepsItsBreachDueWhileTheRestOfTheBatchIsAnnounced() throws Exception {
        seedTimersDueWithin(20, -60, -30);
        String held = database.string("SELECT id FROM ticket ORDER BY key LIMIT 1");
        try (Connection action = dataSource.getConnection()) {
            action.setAutoCommit(false);
            try (Statement lock = action.createStatement()) {
                lock.execute("SELECT 1 FROM ticket WHERE id = '" + held + "' FOR UPDATE");
            }
            try (EmbeddedServer instance = instance()) {
                waitForBreaches(19, Duration.ofSeconds(15));
                Thread.sleep(500);
                assertThat(breachEvents()).isEqualTo(19);
                assertThat(database.count("SELECT count(*) FROM sla_due_work WHERE done_at IS NULL AND ticket_id = '" + held + "'"))
                        .isEqualTo(1);

                action.rollback(); // the action ends; the next round takes its breach up
                waitForBreaches(20, Duration.ofSeconds(15));
                Thread.sleep(500);
            }
        }
        assertThat(breachEvents()).isEqualTo(20);
        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type = 'sla.breached' AND ticket_id = '" + held + "'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM sla_due_work WHERE done_at IS NULL")).isZero();
    }

    private EmbeddedServer instance() {
        return ApplicationContext.run(EmbeddedServer.class,
                Map.of("sla.scheduler.enabled", "true", "sla.scheduler.interval", "100ms", "micronaut.server.port", "-1"), "test");
    }

    /** Tickets with a running FIRST_CONTACT timer each, due between {@code from} and {@code to} seconds from now. */
    private void seedTimersDueWithin(int count, int from, int to) {
        database.execute("""
                INSERT INTO ticket (id, key, client_name, contact_name, channel, title, level, status, received_at,
                                    created_at, updated_at, policy_id)
                SELECT gen_random_uuid(), 'LOAD-' || n, 'Клиент', 'Контакт', 'API', 'Нагрузка ' || n, 'EMERGENCY', 'NEW',
                       now() - interval '1 hour', now(), now(), '00000000-0000-0000-0000-0000000000a1'
                FROM generate_series(1, %d) AS n""".formatted(count));
        database.execute("""
                INSERT INTO sla_timer (ticket_id, metric, started_at, target_minutes, due_at, generation)
                SELECT id, 'FIRST_CONTACT', received_at, 15,
                       now() + make_interval(secs => %d + (%d - %d) * random()), 1
                FROM ticket""".formatted(from, to, from));
        database.execute("""
                INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
                SELECT ticket_id, metric, generation, 100, due_at FROM sla_timer""");
    }

    private long breachEvents() {
        return database.count("SELECT count(*) FROM ticket_event WHERE type = 'sla.breached'");
    }

    private void waitForBreaches(int expected, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (breachEvents() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
