package online.pass24.desk.escalations;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.notification.StaffNotifications;
import online.pass24.desk.shared.events.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Announces acknowledgement warnings and breaches of escalations, as the SLA scheduler does for
 * tickets: rows claimed with SKIP LOCKED, announced and marked in one transaction, so each is
 * announced exactly once across instances and restarts.
 */
@Singleton
@Requires(property = "sla.scheduler.enabled", notEquals = "false")
class EscalationClocks {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationClocks.class);
    private static final int BATCH = 50;

    private final Announcer announcer;

    EscalationClocks(Announcer announcer) {
        this.announcer = announcer;
    }

    @Scheduled(fixedDelay = "${sla.scheduler.interval:200ms}", initialDelay = "1s")
    void tick() {
        try {
            int claimed;
            do {
                claimed = announcer.announceDue(BATCH).blockOptional(Duration.ofSeconds(30)).orElse(0);
            } while (claimed == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Escalation announcements failed this round; they stay due and are retried: {}", e.getMessage());
        }
    }

    @Singleton
    static class Announcer {

        private static final DateTimeFormatter MOSCOW = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .withZone(ZoneId.of("Europe/Moscow"));

        private final EscalationRepository repository;
        private final EventLog eventLog;
        private final StaffNotifications staff;
        private final io.micronaut.json.JsonMapper json;
        private final Clock clock;

        Announcer(EscalationRepository repository, EventLog eventLog, StaffNotifications staff,
                  io.micronaut.json.JsonMapper json, Clock clock) {
            this.json = json;
            this.repository = repository;
            this.eventLog = eventLog;
            this.staff = staff;
            this.clock = clock;
        }

        @Transactional
        public Mono<Integer> announceDue(int batch) {
            Instant now = clock.instant();
            return repository.claimDue(now, batch).collectList().flatMap(rows -> Flux.fromIterable(rows)
                    .concatMap(row -> announce(row, now)).then(Mono.just(rows.size())));
        }

        /** A clock found past both its warning and its due instant announces both, in that order. */
        private Mono<Void> announce(EscalationRepository.Due row, Instant now) {
            return repository.announced(row.id(), row.breach(), now)
                    .then(row.warn() ? announce(row, false, now) : Mono.empty())
                    .then(row.breach() ? announce(row, true, now) : Mono.empty());
        }

        private Mono<Void> announce(EscalationRepository.Due row, boolean breach, Instant now) {
            String type = breach ? "escalation.acknowledgement-breached" : "escalation.acknowledgement-warning";
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("escalationId", row.id().toString());
            data.put("severity", row.severity());
            data.put("dueAt", row.ackDueAt().toString());
            data.put("announcedAt", now.toString());
            Map<String, Object> logged = new LinkedHashMap<>();
            logged.put("ticketId", row.ticketId().toString());
            logged.put("key", row.ticketKey());
            logged.putAll(data);
            String body = (breach ? "Нарушен срок подтверждения эскалации " : "Срок подтверждения эскалации под угрозой: ")
                    + row.ticketKey() + " (" + row.severity() + "), срок " + MOSCOW.format(row.ackDueAt()) + " (МСК).";
            return repository.ticketEvent(row.ticketId(), type, "system", now, online.pass24.desk.shared.JsonText.of(json, data))
                    .then(eventLog.append(type, row.ticketId().toString(), logged))
                    .then(staff.escalation(row.id(), row.ticketId(), row.ticketKey(), breach ? "breached" : "warning",
                            true, body));
        }
    }
}
