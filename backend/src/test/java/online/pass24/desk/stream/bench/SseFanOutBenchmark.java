package online.pass24.desk.stream.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SSE fan-out on one backend instance: N concurrent subscribers to /api/v1/stream, then events
 * committed straight into event_log at a steady rate; each subscriber records, per event, the
 * time from the commit returning to the event's arrival. Prints p50/p90/p99/max over all
 * (subscriber, event) pairs and how many arrived.
 *
 * <p>Arguments: baseUrl jdbcUrl token subscribers events ratePerSecond
 */
public final class SseFanOutBenchmark {

    private static final Pattern BENCH = Pattern.compile("\"bench\": ?(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String token = args[2];
        int subscribers = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
        int rate = Integer.parseInt(args[5]);

        AtomicLongArray committedAt = new AtomicLongArray(events);
        // arrival instants (System.nanoTime), one slot per (subscriber, event)
        AtomicLongArray arrival = new AtomicLongArray(subscribers * events);
        AtomicLong received = new AtomicLong();
        AtomicInteger connected = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch allConnected = new CountDownLatch(subscribers);
        // several clients, each with its own selector thread: one thread reading 10,000 sockets
        // would measure the harness, not the server
        HttpClient[] clients = new HttpClient[Math.max(1, Runtime.getRuntime().availableProcessors())];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        }
        String marker = "bench-" + System.currentTimeMillis();

        List<CompletableFuture<?>> streams = new java.util.ArrayList<>();
        for (int s = 0; s < subscribers; s++) {
            int subscriber = s;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/stream?types=bench"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            streams.add(clients[s % clients.length].sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                Flow.Subscription subscription;

                public void onSubscribe(Flow.Subscription subscription) {
                    this.subscription = subscription;
                    subscription.request(Long.MAX_VALUE);
                }

                public void onNext(String line) {
                    if (line.startsWith(": connected")) {
                        connected.incrementAndGet();
                        allConnected.countDown();
                    } else if (line.startsWith("data:") && line.contains(marker)) {
                        long now = System.nanoTime();
                        Matcher m = BENCH.matcher(line);
                        if (m.find()) {
                            int event = Integer.parseInt(m.group(1));
                            arrival.set(subscriber * events + event, now);
                            received.incrementAndGet();
                        }
                    }
                }

                public void onError(Throwable throwable) {
                    failed.incrementAndGet();
                    allConnected.countDown();
                }

                public void onComplete() {
                }
            })).whenComplete((response, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                    allConnected.countDown();
                }
            }));
            if (s % 500 == 499) {
                Thread.sleep(50); // do not flood the accept queue
            }
        }
        if (!allConnected.await(120, TimeUnit.SECONDS)) {
            System.out.printf("connected %d of %d before the deadline%n", connected.get(), subscribers);
        }
        System.out.printf(Locale.ROOT, "subscribers connected: %d, failed: %d%n", connected.get(), failed.get());
        Thread.sleep(1000);

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO event_log (type, subject, occurred_at, data) VALUES ('bench.tick', 'bench', now(), CAST(? AS jsonb))")) {
            db.setAutoCommit(true);
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int e = 0; e < events; e++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    // sleep, not spin: the harness shares the machine with the backend
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                insert.setString(1, "{\"bench\": " + e + ", \"marker\": \"" + marker + "\"}");
                insert.executeUpdate();
                committedAt.set(e, System.nanoTime());
                next += interval;
            }
        }
        long expected = (long) connected.get() * events;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long[] all = new long[(int) received.get()];
        int n = 0;
        for (int i = 0; i < arrival.length() && n < all.length; i++) {
            long at = arrival.get(i);
            if (at != 0) {
                // microseconds from the commit returning to the arrival (0 if it won the race)
                all[n++] = Math.max(0, (at - committedAt.get(i % events)) / 1000);
            }
        }
        all = Arrays.copyOf(all, n);
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "events: %d at %d/s; deliveries: %d of %d (%.2f%%)%n", events, rate, n, expected,
                expected == 0 ? 0.0 : n * 100.0 / expected);
        if (n > 0) {
            System.out.printf(Locale.ROOT, "fan-out latency commit→receipt: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    all[(int) (n * 0.50)] / 1000.0, all[(int) (n * 0.90)] / 1000.0, all[Math.min(n - 1, (int) (n * 0.99))] / 1000.0,
                    all[n - 1] / 1000.0);
        }
        streams.forEach(f -> f.cancel(true));
        System.exit(0);
    }
}
