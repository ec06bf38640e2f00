package online.pass24.desk.stream;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The instance's end of the live stream. It LISTENs on PostgreSQL: {@code stream_pending}
 * wakes the sequencer, {@code stream_event} says the stream grew, and this instance reads what
 * it has not dispatched yet, in order, and offers it to its subscribers. A notification that is
 * lost (a dropped connection) costs nothing: a round every second catches up from the log.
 */
@Singleton
@Requires(property = "stream.enabled", notEquals = "false")
public class StreamHub {

    private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);

    private final StreamRepository repository;
    private final Sequencer sequencer;
    private final Clock clock;
    private final PostgresqlConnectionFactory listenerFactory;
    private final Duration retention;
    private final Duration heartbeat;
    private volatile Disposable beating;
    /** Live subscribers by the event loop that writes their connections. */
    private final Map<Executor, Set<StreamSubscription>> groups = new ConcurrentHashMap<>();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean pollAgain = new AtomicBoolean();
    private final AtomicBoolean sequencing = new AtomicBoolean();
    private final AtomicBoolean sequenceAgain = new AtomicBoolean();
    private volatile long dispatched = -1;
    private final StreamItem[] ring;
    private final int page;
    private volatile long written;
    private volatile Disposable listening;
    /** The listening connection also reads the stream: no pool in the way of the fan-out. */
    private volatile PostgresqlConnection reader;

    StreamHub(StreamRepository repository, Sequencer sequencer, Clock clock,
              @Value("${database.host}") String host, @Value("${database.port}") int port,
              @Value("${database.name}") String database, @Value("${database.user}") String user,
              @Value("${database.password:}") String password,
              @Value("${stream.retention:48h}") Duration retention,
              @Value("${stream.buffer:10000}") int capacity,
              @Value("${stream.heartbeat:15s}") Duration heartbeat) {
        this.heartbeat = heartbeat;
        this.ring = new StreamItem[capacity];
        this.page = Math.max(1, Math.min(1000, capacity / 4));
        this.repository = repository;
        this.sequencer = sequencer;
        this.clock = clock;
        this.retention = retention;
        PostgresqlConnectionConfiguration.Builder config = PostgresqlConnectionConfiguration.builder()
                .host(host).port(port).database(database).username(user).applicationName("emergency-desk-stream");
        if (password != null && !password.isEmpty()) {
            config.password(password);
        }
        this.listenerFactory = new PostgresqlConnectionFactory(config.build());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        dispatched = repository.head().blockOptional(Duration.ofSeconds(30)).orElse(0L);
        listening = Mono.defer(() -> listenerFactory.create())
                .flatMapMany(this::listen)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5))
                        .doBeforeRetry(signal -> LOG.warn("Stream listener lost its connection; reconnecting: {}",
                                signal.failure().getMessage())))
                .subscribe(channel -> {
                    LOG.debug("notified on {}", channel);
                    if (channel.equals("stream_pending")) {
                        sequence();
                    } else {
                        poll();
                    }
                }, e -> LOG.error("Stream listener stopped", e));
        // a round checks who is due; a quarter of the interval keeps each beat close to its time
        long round = Math.max(50, Math.min(1000, heartbeat.toMillis() / 4));
        beating = Schedulers.parallel().schedulePeriodically(this::heartbeats, round, round, TimeUnit.MILLISECONDS);
    }

    private Flux<String> listen(PostgresqlConnection connection) {
        reader = connection;
        return connection.createStatement("LISTEN stream_pending").execute().flatMap(r -> r.getRowsUpdated()).then()
                .thenMany(connection.createStatement("LISTEN stream_event").execute().flatMap(r -> r.getRowsUpdated()))
                // connected (again): whatever happened meanwhile is caught up at once
                .thenMany(Flux.just("stream_pending", "stream_event"))
                .concatWith(connection.getNotifications().map(n -> n.getName()))
                .doFinally(signal -> {
                    if (reader == connection) {
                        reader = null;
                    }
                    Mono.from(connection.close()).subscribe(v -> { }, e -> { });
                });
    }

    @PreDestroy
    void stop() {
        if (listening != null) {
            listening.dispose();
        }
        if (beating != null) {
            beating.dispose();
        }
        groups.values().forEach(members -> members.forEach(StreamSubscription::close));
    }

    /** The safety net for lost notifications, and the round that prunes the log. */
    @Scheduled(fixedDelay = "${stream.catch-up:1s}", initialDelay = "2s")
    void catchUp() {
        sequence();
        poll();
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void prune() {
        repository.prune(clock.instant().minus(retention)).subscribe(n -> { }, e -> LOG.warn("Pruning the stream failed: {}", e.getMessage()));
    }

    /** Sequences pending events, one round at a time on this instance. */
    void sequence() {
        if (!sequencing.compareAndSet(false, true)) {
            sequenceAgain.set(true);
            return;
        }
        sequenceRound().doOnNext(moved -> LOG.debug("sequenced {}", moved))
                .expand(moved -> moved >= Sequencer.BATCH ? sequenceRound() : Mono.empty())
                .then()
                .doFinally(signal -> {
                    sequencing.set(false);
                    if (sequenceAgain.getAndSet(false)) {
                        sequence();
                    }
                })
                .subscribe(v -> { }, e -> LOG.warn("Sequencing the stream failed; retried shortly: {}", e.getMessage()));
    }

    /** Reads and dispatches what the stream has beyond what this instance dispatched. */
    void poll() {
        if (dispatched < 0 || !polling.compareAndSet(false, true)) {
            pollAgain.set(true);
            return;
        }
        Mono.defer(() -> newer(dispatched))
                .expand(rows -> {
                    LOG.debug("dispatching {} events", rows.size());
                    rows.forEach(row -> dispatch(StreamItem.of(row)));
                    wake();
                    return rows.size() == page ? newer(dispatched) : Mono.empty();
                })
                .then()
                .doFinally(signal -> {
                    polling.set(false);
                    if (pollAgain.getAndSet(false)) {
                        poll();
                    }
                })
                .subscribe(v -> { }, e -> LOG.warn("Reading the stream failed; retried shortly: {}", e.getMessage()));
    }

    /** A sequencer round, over the listening connection when there is one (one statement, one round trip). */
    private Mono<Long> sequenceRound() {
        PostgresqlConnection connection = reader;
        if (connection == null) {
            return sequencer.round();
        }
        return connection.createStatement(StreamRepository.SEQUENCE.replace(":limit", "$1")).bind("$1", Sequencer.BATCH).execute()
                .flatMap(result -> result.map((row, meta) -> row.get("moved", Long.class)))
                .next().defaultIfEmpty(0L)
                .onErrorResume(e -> sequencer.round());
    }

    /** The next page of the stream after {@code after}, over the listening connection when there is one. */
    private Mono<List<StreamRepository.Row>> newer(long after) {
        PostgresqlConnection connection = reader;
        if (connection == null) {
            return repository.between(after, Long.MAX_VALUE, page).collectList();
        }
        return connection.createStatement("SELECT seq, type, occurred_at, CAST(data AS text) AS data, ticket_id, organization"
                        + " FROM stream_event WHERE seq > $1 ORDER BY seq LIMIT $2")
                .bind("$1", after).bind("$2", page).execute()
                .flatMap(result -> result.map((row, meta) -> new StreamRepository.Row(row.get("seq", Long.class),
                        row.get("type", String.class), row.get("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                        row.get("data", String.class), row.get("ticket_id", java.util.UUID.class),
                        row.get("organization", String.class))))
                .collectList()
                .onErrorResume(e -> repository.between(after, Long.MAX_VALUE, page).collectList());
    }

    /** Puts an event into the ring; subscribers are woken once per page read. */
    private synchronized void dispatch(StreamItem item) {
        if (item.seq <= dispatched) {
            return;
        }
        ring[(int) (written % ring.length)] = item;
        written++;
        dispatched = item.seq;
    }

    /**
     * Lets every subscriber read what is new; one that fell a whole ring behind is cut off.
     */
    private void wake() {
        long now = written;
        eachOnItsLoop(subscriber -> {
            if (subscriber.lapped(now, ring.length)) {
                subscriber.markOverflowed();
                unregister(subscriber);
            }
            subscriber.drain();
        });
        listeners.forEach(Runnable::run);
    }

    /**
     * Heartbeat comments, each subscriber's every {@code stream.heartbeat} from when it connected:
     * staggered, so thousands of streams opened together do not all beat at the same instant
     * and hold up an event's fan-out.
     */
    void heartbeats() {
        long now = System.nanoTime();
        eachOnItsLoop(subscriber -> {
            if (subscriber.beatDue(now, heartbeat.toNanos())) {
                subscriber.heartbeat();
            }
        });
    }

    /**
     * Runs {@code work} for every subscriber on the event loop that owns its connection, one task
     * per loop, so the writes it causes go straight to the connections.
     */
    private void eachOnItsLoop(java.util.function.Consumer<StreamSubscription> work) {
        groups.forEach((loop, members) -> loop.execute(() -> members.forEach(work)));
    }

    /** Registers a live subscriber at the ring's head; returns the last id dispatched before it. */
    synchronized long register(StreamSubscription subscriber) {
        subscriber.startAt(written);
        subscriber.beatDue(System.nanoTime(), heartbeat.toNanos());
        groups.computeIfAbsent(subscriber.loop(), loop -> ConcurrentHashMap.newKeySet()).add(subscriber);
        subscribers.incrementAndGet();
        return dispatched;
    }

    long written() {
        return written;
    }

    int capacity() {
        return ring.length;
    }

    StreamItem at(long position) {
        return ring[(int) (position % ring.length)];
    }

    void unregister(StreamSubscription subscriber) {
        Set<StreamSubscription> members = groups.get(subscriber.loop());
        if (members != null && members.remove(subscriber)) {
            subscribers.decrementAndGet();
        }
    }

    int subscriberCount() {
        return subscribers.get();
    }

    /** Something to run after each dispatched event (the wallboard's recompute trigger). */
    void onDispatch(Runnable listener) {
        listeners.add(listener);
    }

    long dispatched() {
        return dispatched;
    }

    /** Events already in the log after {@code after} up to {@code upTo}, for a resume. */
    Flux<StreamItem> replay(long after, long upTo, Predicate<StreamItem> filter) {
        return page(after, upTo).filter(filter);
    }

    private Flux<StreamItem> page(long after, long upTo) {
        return repository.between(after, upTo, page).map(StreamItem::of).collectList().flatMapMany(items -> {
            Flux<StreamItem> these = Flux.fromIterable(items);
            return items.size() == page ? these.concatWith(Flux.defer(() -> page(items.get(items.size() - 1).seq, upTo))) : these;
        });
    }

    Mono<Long> prunedThrough() {
        return repository.prunedThrough().defaultIfEmpty(0L);
    }
}
