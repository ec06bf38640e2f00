package online.pass24.desk.sla;

import jakarta.inject.Singleton;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.sla.domain.Policy;
import online.pass24.desk.sla.domain.SlaTimer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes timers in the caller's transaction. Writing a timer whose due instant moved
 * replaces its pending announcements with those of the new generation.
 */
@Singleton
public class TimerStore {

    private final SlaRepository repository;
    private final Clock clock;

    TimerStore(SlaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Mono<List<SlaTimer>> timers(UUID ticketId) {
        return repository.timers(ticketId).map(SlaRows.Timer::toDomain).collectList();
    }

    public Mono<Map<UUID, List<SlaTimer>>> timersOf(Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return repository.timersOf(ticketIds).collectList()
                .map(rows -> rows.stream().collect(Collectors.groupingBy(SlaRows.Timer::ticketId,
                        Collectors.mapping(SlaRows.Timer::toDomain, Collectors.toList()))));
    }

    /** Saves the timers; those whose generation changed get their announcements scheduled anew. */
    public Mono<Void> save(UUID ticketId, List<SlaTimer> timers, Map<String, Integer> generationsBefore,
                           Policy policy, BusinessCalendar calendar) {
        Instant now = clock.instant();
        return Flux.fromIterable(timers).concatMap(timer -> {
            Mono<Long> saved = repository.saveTimer(ticketId, timer.metric().name(), timer.startedAt(), timer.targetMinutes(),
                    timer.dueAt(), timer.stoppedAt(), timer.pausedAt(), timer.pausedSeconds(), timer.breachedAt(),
                    timer.extended(), timer.generation(), timer.elapsedSeconds(calendar));
            Integer before = generationsBefore.get(timer.metric().name());
            boolean rescheduled = before == null || before != timer.generation();
            if (!rescheduled && timer.running()) {
                return saved;
            }
            return saved.then(repository.dropPending(ticketId, timer.metric().name(), now))
                    .thenMany(Flux.fromIterable(timer.running() && !timer.paused()
                            ? timer.thresholds(policy.warningThresholds(), calendar) : List.of()))
                    // a warning already behind us is not news; a breach is, even late, but only once
                    .filter(t -> t.percent() == 100 ? t.at().isAfter(now) || timer.breachedAt() == null : t.at().isAfter(now))
                    .concatMap(t -> t.percent() == 100
                            ? repository.scheduleBreach(ticketId, timer.metric().name(), timer.generation(), t.at(), now)
                            : repository.schedule(ticketId, timer.metric().name(), timer.generation(), t.percent(), t.at()))
                    .then(Mono.just(0L));
        }).then();
    }

    public static Map<String, Integer> generations(List<SlaTimer> timers) {
        return timers.stream().collect(Collectors.toMap(t -> t.metric().name(), SlaTimer::generation));
    }
}
