package online.pass24.desk.sla;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.shared.events.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Announces SLA warnings and breaches. Each instance polls the due-work table a few times a
 * second and claims rows with FOR UPDATE SKIP LOCKED; the event is written and the row marked
 * done in one transaction, so every announcement happens exactly once across instances and
 * restarts, and one that fell due while all were down fires at the next start.
 */
@Singleton
@Requires(property = "sla.scheduler.enabled", notEquals = "false")
public class SlaScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SlaScheduler.class);
    private static final int BATCH = 200;

    private final SlaAnnouncer announcer;

    SlaScheduler(SlaAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Scheduled(fixedDelay = "${sla.scheduler.interval:200ms}", initialDelay = "1s")
    void tick() {
        try {
            int claimed;
            do {
                // not a request path: this scheduler thread is the one place that waits
                claimed = announcer.announceDue(BATCH).blockOptional(Duration.ofSeconds(30)).orElse(0);
            } while (claimed == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("SLA announcements failed this round; they stay due and are retried: {}", e.getMessage());
        }
    }

    /** The transactional part, a bean of its own so the transaction advice applies. */
    @Singleton
    public static class SlaAnnouncer {

        private final SlaRepository repository;
        private final EventLog eventLog;
        private final ApplicationEventPublisher<SlaAnnounced> publisher;
        private final Clock clock;

        SlaAnnouncer(SlaRepository repository, EventLog eventLog, ApplicationEventPublisher<SlaAnnounced> publisher, Clock clock) {
            this.repository = repository;
            this.eventLog = eventLog;
            this.publisher = publisher;
            this.clock = clock;
        }

        @Transactional
        public Mono<Integer> announceDue(int batch) {
            Instant now = clock.instant();
            return repository.claimDue(now, batch).collectList().flatMap(rows -> Flux.fromIterable(rows)
                    .concatMap(row -> announce(row, now).then(repository.done(row.id(), now)))
                    .then(Mono.just(rows.size())));
        }

        private Mono<Void> announce(SlaRows.DueWork row, Instant now) {
            return repository.lockTimer(row.ticketId(), row.metric())
                    .filter(timer -> timer.generation() == row.generation()
                            && (timer.stoppedAt() == null || timer.stoppedAt().isAfter(row.dueAt()))
                            && (timer.pausedAt() == null || timer.pausedAt().isAfter(row.dueAt())))
                    .flatMap(timer -> {
                        boolean breach = row.threshold() == 100;
                        String type = breach ? "sla.breached" : "sla.warning";
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("ticketId", row.ticketId().toString());
                        data.put("metric", row.metric());
                        data.put("threshold", row.threshold());
                        data.put("dueAt", row.dueAt().toString());
                        data.put("announcedAt", now.toString());
                        String json = Json.object(data);
                        Mono<Long> flags = breach
                                ? repository.markBreached(row.ticketId(), row.metric()).then(repository.flagTicketBreached(row.ticketId()))
                                : Mono.just(0L);
                        return flags.then(repository.ticketEvent(row.ticketId(), type, now, json))
                                .then(eventLog.append(type, row.ticketId().toString(), data))
                                .doOnSuccess(v -> publisher.publishEventAsync(new SlaAnnounced(row.ticketId(), row.metric(), row.threshold(), row.dueAt())));
                    });
        }
    }

    /** A warning (threshold below 100) or a breach (100) that was announced. */
    public record SlaAnnounced(java.util.UUID ticketId, String metric, int threshold, Instant dueAt) {
    }
}
