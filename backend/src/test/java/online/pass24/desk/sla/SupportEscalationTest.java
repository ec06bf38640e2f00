package online.pass24.desk.sla;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A warning or a breach escalates inside support as the ticket's policy says, once, and on the record. */
@MicronautTest(transactional = false)
class SupportEscalationTest {

    private static final String ALL_WEEK = "MONDAY 00:00-24:00;TUESDAY 00:00-24:00;WEDNESDAY 00:00-24:00;THURSDAY 00:00-24:00;"
            + "FRIDAY 00:00-24:00;SATURDAY 00:00-24:00;SUNDAY 00:00-24:00";

    @Inject
    Database database;

    @BeforeEach
    void setUp() {
        database.clearTickets();
        database.execute("DELETE FROM specialist");
        database.execute("INSERT INTO specialist (id, name, product_area, username, email, duty) VALUES "
                + "(gen_random_uuid(), 'Анна Агентова', 'СКУД', 'agent', 'agent@emergency-desk.local', '" + ALL_WEEK + "'),"
                + "(gen_random_uuid(), 'Пётр Дежурный', 'СКУД', 'duty', 'duty@emergency-desk.local', '" + ALL_WEEK + "')");
    }

    @AfterEach
    void tearDown() {
        database.execute("DELETE FROM specialist");
        database.clearTickets();
        database.execute("DELETE FROM sla_policy WHERE created_by = 'support-escalation-test'");
    }

    private UUID ticketDueNow(String policyId, int threshold) {
        UUID id = UUID.randomUUID();
        database.execute("""
                INSERT INTO ticket (id, key, client_name, contact_name, channel, title, level, status, received_at,
                                    created_at, updated_at, policy_id, assignee)
                VALUES ('%s', 'ESC-%s', 'Клиент', 'Контакт', 'PHONE', 'Сбой', 'EMERGENCY', 'IN_PROGRESS',
                        now() - interval '1 hour', now(), now(), '%s', 'agent')""".formatted(id, id.toString().substring(0, 8), policyId));
        database.execute("""
                INSERT INTO sla_timer (ticket_id, metric, started_at, target_minutes, due_at, generation)
                VALUES ('%s', 'RESOLUTION', now() - interval '1 hour', 240, now() - interval '1 second', 1)""".formatted(id));
        database.execute("""
                INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
                VALUES ('%s', 'RESOLUTION', 1, %d, now() - interval '1 second')""".formatted(id, threshold));
        return id;
    }

    private void awaitEvent(UUID ticket, String type) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline
                && database.count("SELECT count(*) FROM ticket_event WHERE ticket_id = '" + ticket + "' AND type = '" + type + "'") == 0) {
            Thread.sleep(50);
        }
    }

    @Test
    void aBreachUnderTheRegulationsPolicyTellsTheLeadAndProposesTheOnDutyColleague() throws InterruptedException {
        UUID ticket = ticketDueNow("00000000-0000-0000-0000-0000000000a1", 100);

        awaitEvent(ticket, "support.escalated");
        Thread.sleep(600);

        String where = " WHERE ticket_id = '" + ticket + "' AND type = 'support.escalated'";
        assertThat(database.count("SELECT count(*) FROM ticket_event" + where)).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM ticket_event" + where
                + " AND data->>'proposedAssignee' = 'duty' AND data->'steps' ? 'PROPOSE_REASSIGNMENT' AND data->'steps' ? 'NOTIFY_LEAD'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM mail_outbox WHERE ticket_id = '" + ticket
                + "' AND recipient = 'lead@emergency-desk.local' AND subject LIKE '%переназначение%'")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM mail_outbox WHERE ticket_id = '" + ticket
                + "' AND recipient = 'agent@emergency-desk.local'")).isEqualTo(1);
    }

    @Test
    void aPolicyThatEscalatesNothingOnAWarningLeavesTheLeadAlone() throws InterruptedException {
        database.execute("""
                INSERT INTO sla_policy (id, level, version, first_contact_minutes, diagnosis_minutes, resolution_minutes,
                                        status_update_minutes, warning_thresholds, pause_allowed, business_hours, calendar_id,
                                        created_at, created_by, on_warning, on_breach)
                VALUES ('00000000-0000-0000-0000-0000000000e9', 'EMERGENCY', 99, 15, 60, 240, 60, '50,80', false, true,
                        '00000000-0000-0000-0000-000000000001', now(), 'support-escalation-test', '', 'NOTIFY_LEAD')""");
        UUID ticket = ticketDueNow("00000000-0000-0000-0000-0000000000e9", 80);

        awaitEvent(ticket, "sla.warning");
        Thread.sleep(600);

        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE ticket_id = '" + ticket + "' AND type = 'support.escalated'")).isZero();
        assertThat(database.count("SELECT count(*) FROM mail_outbox WHERE ticket_id = '" + ticket + "' AND recipient = 'lead@emergency-desk.local'")).isZero();
        assertThat(database.count("SELECT count(*) FROM mail_outbox WHERE ticket_id = '" + ticket + "' AND recipient = 'agent@emergency-desk.local'")).isEqualTo(1);
    }
}
