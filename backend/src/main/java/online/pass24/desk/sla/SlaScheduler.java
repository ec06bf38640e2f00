package online.pass24.desk.sla;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import online.pass24.desk.mail.MailOutbox;
import online.pass24.desk.shared.JsonRows;
import online.pass24.desk.specialists.Specialists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Announces SLA warnings and breaches. Each instance polls the due-work table a few times a
 * second and claims rows with FOR UPDATE SKIP LOCKED; the events are written and the rows marked
 * done in one transaction, so every announcement happens exactly once across instances and
 * restarts, and one that fell due while all were down fires at the next start. A round handles
 * its batch with a fixed number of statements, whatever its size: many timers falling due
 * together (a calendar change, a morning's backlog) are announced within a second or so.
 */
@Singleton
@Requires(property = "sla.scheduler.enabled", notEquals = "false")
public class SlaScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SlaScheduler.class);

    private final SlaAnnouncer announcer;
    private final int batch;
    private final int workers;

    SlaScheduler(SlaAnnouncer announcer, @Value("${sla.scheduler.batch:500}") int batch,
                 @Value("${sla.scheduler.workers:2}") int workers) {
        this.announcer = announcer;
        this.batch = batch;
        this.workers = workers;
    }

    /**
     * Announces everything due. Several workers each take batches until a batch comes back
     * short (or one makes no progress); SKIP LOCKED gives them disjoint rows, so a burst of due
     * timers is worked in parallel transactions.
     */
    @Scheduled(fixedDelay = "${sla.scheduler.interval:200ms}", initialDelay = "1s")
    void tick() {
        try {
            Flux<SlaAnnouncer.Round> worker = Mono.defer(() -> {
                        long started = System.nanoTime();
                        return announcer.announceDue(batch).doOnNext(round -> {
                            if (round.claimed() > 0 && LOG.isDebugEnabled()) {
                                LOG.debug("SLA round: {} claimed, {} settled, {} announced in {} ms", round.claimed(),
                                        round.settled(), round.announced().size(), (System.nanoTime() - started) / 1_000_000);
                            }
                        });
                    })
                    // listeners hear of announcements only once they are committed
                    .doOnNext(round -> round.announced().forEach(announcer::publish))
                    .repeat()
                    .takeUntil(round -> round.claimed() < batch || round.settled() == 0);
            // not a request path: this scheduler thread is the one place that waits
            Flux.range(0, workers).flatMap(i -> worker, workers).blockLast(Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            LOG.warn("SLA announcements failed this round; they stay due and are retried: {}", e.getMessage());
        }
    }

    /** The transactional part, a bean of its own so the transaction advice applies. */
    @Singleton
    public static class SlaAnnouncer {

        /**
         * What one round did: rows claimed, rows settled (marked done: announced, or found
         * irrelevant), and the announcements made. Rows of tickets an action held stay due.
         */
        public record Round(int claimed, int settled, List<SlaAnnounced> announced) {
            static final Round EMPTY = new Round(0, 0, List.of());
        }

        private final SlaRepository repository;
        private final MailOutbox outbox;
        private final Specialists specialists;
        private final ApplicationEventPublisher<SlaAnnounced> publisher;
        private final SupportEscalation escalation;
        private final Clock clock;

        SlaAnnouncer(SlaRepository repository, MailOutbox outbox, Specialists specialists,
                     ApplicationEventPublisher<SlaAnnounced> publisher, SupportEscalation escalation, Clock clock) {
            this.repository = repository;
            this.outbox = outbox;
            this.specialists = specialists;
            this.publisher = publisher;
            this.escalation = escalation;
            this.clock = clock;
        }

        void publish(SlaAnnounced announced) {
            publisher.publishEventAsync(announced);
        }

        /**
         * Claims up to {@code batch} due rows and announces them. The tickets are locked first,
         * as actions do, and skipped while an action holds one: its rows stay due for the next round.
         */
        @Transactional
        public Mono<Round> announceDue(int batch) {
            Instant now = clock.instant();
            return repository.claimDue(now, batch).collectList().flatMap(rows -> rows.isEmpty() ? Mono.just(Round.EMPTY)
                    : repository.tryLockTickets(rows.stream().map(SlaRows.DueWork::ticketId).collect(Collectors.toSet()))
                            .collectMap(SlaRepository.LockedTicket::id)
                            .flatMap(tickets -> held(rows, tickets, now)));
        }

        private Mono<Round> held(List<SlaRows.DueWork> rows, Map<UUID, SlaRepository.LockedTicket> tickets, Instant now) {
            List<SlaRows.DueWork> held = rows.stream().filter(row -> tickets.containsKey(row.ticketId())).toList();
            if (held.isEmpty()) {
                return Mono.just(new Round(rows.size(), 0, List.of()));
            }
            List<Long> workIds = held.stream().map(SlaRows.DueWork::id).toList();
            return repository.lockTimersOf(tickets.keySet()).collectMap(timer -> timer.ticketId() + "/" + timer.metric())
                    .flatMap(timers -> {
                        List<SlaRows.DueWork> due = held.stream().filter(row -> {
                            SlaRows.Timer timer = timers.get(row.ticketId() + "/" + row.metric());
                            return timer != null && relevant(row, timer);
                        }).toList();
                        Mono<List<SlaAnnounced>> announced = due.isEmpty() ? Mono.just(List.of()) : announce(due, tickets, now);
                        return announced.flatMap(done -> repository.done(workIds, now)
                                .thenReturn(new Round(rows.size(), held.size(), done)));
                    });
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

        /** Writes the announcements of {@code due}: flags, ticket events with the event log, e-mails; a statement each. */
        private Mono<List<SlaAnnounced>> announce(List<SlaRows.DueWork> due, Map<UUID, SlaRepository.LockedTicket> tickets,
                                                  Instant now) {
            Set<UUID> policyIds = tickets.values().stream().map(SlaRepository.LockedTicket::policyId)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            Mono<Map<UUID, SlaRows.Policy>> policies = policyIds.isEmpty() ? Mono.just(Map.of())
                    : repository.policies(policyIds).collectMap(SlaRows.Policy::id);
            return policies.zipWhen(known -> specialists.all().collectList()).flatMap(loaded -> {
                List<Map<String, Object>> breaches = new ArrayList<>();
                List<Map<String, Object>> ticketEvents = new ArrayList<>();
                List<MailOutbox.StaffMail> mails = new ArrayList<>();
                List<SlaAnnounced> announced = new ArrayList<>();
                for (SlaRows.DueWork row : due) {
                    SlaRepository.LockedTicket ticket = tickets.get(row.ticketId());
                    boolean breach = row.threshold() == 100;
                    String type = breach ? "sla.breached" : "sla.warning";
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("ticketId", row.ticketId().toString());
                    data.put("metric", row.metric());
                    data.put("threshold", row.threshold());
                    data.put("dueAt", row.dueAt().toString());
                    data.put("announcedAt", now.toString());
                    if (breach) {
                        breaches.add(Map.of("ticket_id", row.ticketId().toString(), "metric", row.metric(),
                                "due_at", row.dueAt().toString()));
                    }
                    ticketEvents.add(ticketEvent(row.ticketId(), type, data));
                    SlaRows.Policy policy = ticket.policyId() == null ? null : loaded.getT1().get(ticket.policyId());
                    SupportEscalation.Plan plan = escalation.plan(row.ticketId(), ticket.key(), ticket.assignee(), policy,
                            row.metric(), row.threshold(), row.dueAt(), loaded.getT2());
                    mails.addAll(plan.mails());
                    if (plan.escalated() != null) {
                        ticketEvents.add(ticketEvent(row.ticketId(), "support.escalated", plan.escalated()));
                    }
                    announced.add(new SlaAnnounced(row.ticketId(), row.metric(), row.threshold(), row.dueAt()));
                }
                Mono<Long> flags = breaches.isEmpty() ? Mono.just(0L) : repository.recordBreaches(JsonRows.of(breaches));
                return flags.then(repository.ticketEvents(JsonRows.of(ticketEvents), now, clock.instant()))
                        .then(outbox.toStaff(mails))
                        .thenReturn(List.copyOf(announced));
            });
        }

        private static Map<String, Object> ticketEvent(UUID ticketId, String type, Map<String, Object> data) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ticket_id", ticketId.toString());
            row.put("type", type);
            row.put("data", data);
            return row;
        }
    }

    /** A warning (threshold below 100) or a breach (100) that was announced. */
    public record SlaAnnounced(java.util.UUID ticketId, String metric, int threshold, Instant dueAt) {
    }
}
