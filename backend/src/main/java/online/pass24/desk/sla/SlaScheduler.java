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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private static final int BATCH = 50;

    private final SlaAnnouncer announcer;

    SlaScheduler(SlaAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Scheduled(fixedDelay = "${sla.scheduler.interval:200ms}", initialDelay = "1s")
    void tick() {
        try {
            SlaAnnouncer.Round round;
            do {
                // not a request path: this scheduler thread is the one place that waits
                round = announcer.announceDue(BATCH).blockOptional(Duration.ofSeconds(30)).orElse(SlaAnnouncer.Round.EMPTY);
                // listeners hear of announcements only once they are committed
                round.announced().forEach(announcer::publish);
            } while (round.claimed() == BATCH && !round.announced().isEmpty());
        } catch (RuntimeException e) {
            LOG.warn("SLA announcements failed this round; they stay due and are retried: {}", e.getMessage());
        }
    }

    /** The transactional part, a bean of its own so the transaction advice applies. */
    @Singleton
    public static class SlaAnnouncer {

        /** What one round claimed and announced. */
        public record Round(int claimed, List<SlaAnnounced> announced) {
            static final Round EMPTY = new Round(0, List.of());
        }

        private final SlaRepository repository;
        private final EventLog eventLog;
        private final online.pass24.desk.notification.StaffNotifications notifications;
        private final ApplicationEventPublisher<SlaAnnounced> publisher;
        private final SupportEscalation escalation;
        private final Clock clock;

        SlaAnnouncer(SlaRepository repository, EventLog eventLog, online.pass24.desk.notification.StaffNotifications notifications,
                     ApplicationEventPublisher<SlaAnnounced> publisher, SupportEscalation escalation, Clock clock) {
            this.escalation = escalation;
            this.repository = repository;
            this.notifications = notifications;
            this.eventLog = eventLog;
            this.publisher = publisher;
            this.clock = clock;
        }

        void publish(SlaAnnounced announced) {
            publisher.publishEventAsync(announced);
        }

        @Transactional
        public Mono<Round> announceDue(int batch) {
            Instant now = clock.instant();
            return repository.claimDue(now, batch).collectList().flatMap(rows -> Flux.fromIterable(rows)
                    .concatMap(row -> announce(row, now))
                    .collectList()
                    .map(done -> new Round(rows.size(), done.stream().flatMap(Optional::stream).toList())));
        }

        /**
         * Announces one due row. The ticket is locked first, as actions do, and skipped while an
         * action holds it: the row stays due and is taken up in the next round.
         */
        private Mono<Optional<SlaAnnounced>> announce(SlaRows.DueWork row, Instant now) {
            return repository.tryLockTicket(row.ticketId())
                    .flatMap(ticket -> repository.lockTimer(row.ticketId(), row.metric())
                            .flatMap(timer -> relevant(row, timer) ? record(row, ticket, now).map(Optional::of) : Mono.just(Optional.<SlaAnnounced>empty()))
                            .defaultIfEmpty(Optional.empty())
                            .flatMap(result -> repository.done(row.id(), now).thenReturn(result)))
                    .defaultIfEmpty(Optional.empty());
        }

        /**
         * A row counts only if the clock ran past its instant: a clock stopped or paused at or
         * before it was in time. A row of an older generation is only left when it was already
         * due then, so, if the clock ran past it, it happened.
         */
        private static boolean relevant(SlaRows.DueWork row, SlaRows.Timer timer) {
            boolean clockRanPastIt = (timer.stoppedAt() == null || timer.stoppedAt().isAfter(row.dueAt()))
                    && (timer.pausedAt() == null || timer.pausedAt().isAfter(row.dueAt()));
            return clockRanPastIt && row.generation() <= timer.generation();
        }

        private Mono<SlaAnnounced> record(SlaRows.DueWork row, SlaRepository.Heading ticket, Instant now) {
            boolean breach = row.threshold() == 100;
            String type = breach ? "sla.breached" : "sla.warning";
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("ticketId", row.ticketId().toString());
            data.put("metric", row.metric());
            data.put("threshold", row.threshold());
            data.put("dueAt", row.dueAt().toString());
            data.put("announcedAt", now.toString());
            Mono<Long> flags = breach ? repository.recordBreach(row.ticketId(), row.metric(), row.dueAt()) : Mono.just(0L);
            return flags.then(repository.ticketEvent(row.ticketId(), type, now, Json.object(data)))
                    .then(eventLog.append(type, row.ticketId().toString(), data))
                    .then(escalation.apply(row.ticketId(), ticket.key(), ticket.assignee(), row.metric(),
                            row.threshold(), row.dueAt(), now))
                    .thenReturn(new SlaAnnounced(row.ticketId(), row.metric(), row.threshold(), row.dueAt()));
        }
    }

    /** A warning (threshold below 100) or a breach (100) that was announced. */
    public record SlaAnnounced(java.util.UUID ticketId, String metric, int threshold, Instant dueAt) {
    }
}
