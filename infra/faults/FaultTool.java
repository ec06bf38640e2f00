import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the fault tests (infra/faults/run.sh); plain JDK 17, no dependencies.
 *
 * <pre>
 * load  key=value...           a create load with one Idempotency-Key per logical request
 * watch out=FILE every=MS url=URL [url=URL...]   polls health URLs, one "epochMs index code" line each
 * proxy listen=PORT to=HOST:PORT                 a TCP forwarder (the road to Keycloak that can be cut)
 * </pre>
 *
 * A logical request is retried with the same key and body, rotating over the targets, on
 * anything that is not an answer (connection refused or reset, no answer in time) and on 5xx,
 * 409 (the key is still being processed), 429 and 401 (a token refreshed); any other status is a
 * violation. Every 201 is recorded with the ticket id from its Location; all 201s of one key
 * must name one ticket. New logical requests start at a steady rate while the load lasts.
 * Afterwards every retried key and every twentieth other is sent again to every target: each
 * must answer 201 with the same ticket.
 */
public class FaultTool {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: FaultTool load|watch|proxy key=value...");
        }
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not key=value: " + args[i]);
            }
            options.computeIfAbsent(args[i].substring(0, eq), k -> new ArrayList<>()).add(args[i].substring(eq + 1));
        }
        switch (args[0]) {
            case "load" -> System.exit(new Load(options).run());
            case "watch" -> watch(options);
            case "proxy" -> proxy(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static String one(Map<String, List<String>> options, String key, String fallback) {
        List<String> values = options.get(key);
        if (values == null || values.isEmpty()) {
            if (fallback == null) {
                throw new IllegalArgumentException("missing " + key + "=");
            }
            return fallback;
        }
        return values.get(values.size() - 1);
    }

    // ------------------------------------------------------------------------------------------
    // load

    static final class Load {
        private static final Pattern LOCATION_ID = Pattern.compile("/api/v1/tickets/([0-9a-fA-F-]{36})$");

        private final List<String> targets;
        private final String tokenUrl;
        private final String user;
        private final String password;
        private final String tag;
        private final double rate;
        private final int concurrency;
        private final long durationMs;
        private final Duration attemptTimeout;
        private final long giveUpMs;
        private final boolean strict;
        private final Path out;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();

        private final AtomicLong slots = new AtomicLong();
        private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Logical> done = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        private volatile String token;
        private volatile long tokenAt;

        Load(Map<String, List<String>> o) {
            targets = List.of(one(o, "targets", null).split(","));
            tokenUrl = one(o, "token-url", null);
            user = one(o, "user", "agent");
            password = one(o, "password", user);
            tag = one(o, "tag", null);
            rate = Double.parseDouble(one(o, "rate", "25"));
            concurrency = Integer.parseInt(one(o, "concurrency", "8"));
            durationMs = (long) (Double.parseDouble(one(o, "duration", "20")) * 1000);
            attemptTimeout = Duration.ofMillis((long) (Double.parseDouble(one(o, "attempt-timeout", "15")) * 1000));
            giveUpMs = (long) (Double.parseDouble(one(o, "give-up", "120")) * 1000);
            strict = Boolean.parseBoolean(one(o, "strict", "false"));
            out = Path.of(one(o, "out", null));
        }

        /** One logical request: one key, one body, as many attempts as it takes. */
        static final class Logical {
            final int index;
            final String key;
            final String title;
            final Set<String> ids = new LinkedHashSet<>();
            final List<String> outcomes = new ArrayList<>();
            long latencyMs;
            boolean resolved;

            Logical(int index, String key, String title) {
                this.index = index;
                this.key = key;
                this.title = title;
            }
        }

        int run() throws Exception {
            token(true);
            long start = System.currentTimeMillis();
            long end = start + durationMs;
            System.out.printf("LOAD STARTED tag=%s targets=%s rate=%.0f/s concurrency=%d duration=%ds%n",
                    tag, targets, rate, concurrency, durationMs / 1000);
            System.out.flush();
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                Thread worker = new Thread(() -> work(start, end), "load-" + w);
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            long loadMs = System.currentTimeMillis() - start;
            List<Logical> all = new ArrayList<>(done);
            all.sort((a, b) -> Integer.compare(a.index, b.index));
            int replayChecked = strict ? 0 : checkReplays(all);
            write(all);
            report(all, loadMs, replayChecked);
            return violations.isEmpty() ? 0 : 1;
        }

        private void work(long start, long end) {
            while (true) {
                long slot = slots.getAndIncrement();
                long at = start + (long) (slot * 1000 / rate);
                // new logical requests only while the load lasts, even when the backends lag behind
                if (at >= end || System.currentTimeMillis() >= end) {
                    return;
                }
                sleepUntil(at);
                int index = (int) slot;
                String key = "faults-" + tag + "-" + String.format("%06d", index);
                Logical logical = new Logical(index, key, "faults " + tag + " #" + String.format("%06d", index));
                long began = System.currentTimeMillis();
                execute(logical);
                logical.latencyMs = System.currentTimeMillis() - began;
                done.add(logical);
            }
        }

        private String body(Logical logical) {
            return "{\"clientName\":\"Fault test\",\"contactName\":\"Load client\",\"channel\":\"API\","
                    + "\"title\":\"" + logical.title + "\",\"level\":\"STANDARD\"}";
        }

        private void execute(Logical logical) {
            long deadline = System.currentTimeMillis() + giveUpMs;
            for (int attempt = 0; ; attempt++) {
                String target = targets.get((logical.index + attempt) % targets.size());
                Answer answer = post(target, logical.key, body(logical));
                logical.outcomes.add(answer.outcome);
                count("attempts");
                if (attempt > 0) {
                    count("retries");
                }
                if (answer.status == 201) {
                    if (answer.id == null) {
                        violation(logical.key + ": 201 without a ticket Location from " + target);
                        return;
                    }
                    logical.ids.add(answer.id);
                    logical.resolved = true;
                    count("acked");
                    if (answer.replayed) {
                        count("acked-replayed");
                    }
                    if (logical.ids.size() > 1) {
                        violation(logical.key + ": two tickets for one key " + logical.ids);
                    }
                    return;
                }
                count("failed:" + answer.outcome);
                if (strict) {
                    violation(logical.key + ": " + answer.outcome + " from " + target + " (no failure allowed here) "
                            + answer.detail);
                    return;
                }
                if (!answer.retryable) {
                    violation(logical.key + ": unexpected " + answer.outcome + " from " + target + ": " + answer.detail);
                    return;
                }
                if (System.currentTimeMillis() > deadline) {
                    violation(logical.key + ": no 201 within " + giveUpMs / 1000 + "s; outcomes " + logical.outcomes);
                    return;
                }
                if (answer.status == 401) {
                    token(true);
                }
                sleep(Math.min(1000, 100L * (attempt + 1)));
            }
        }

        record Answer(int status, String outcome, boolean retryable, String id, boolean replayed, String detail) {
        }

        private Answer post(String target, String key, String body) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target + "/api/v1/tickets"))
                    .timeout(attemptTimeout)
                    .header("Authorization", "Bearer " + token(false))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                String id = response.headers().firstValue("Location").map(location -> {
                    Matcher m = LOCATION_ID.matcher(location);
                    return m.find() ? m.group(1).toLowerCase() : null;
                }).orElse(null);
                boolean replayed = response.headers().firstValue("Idempotency-Replayed").isPresent();
                boolean retryable = status >= 500 || status == 409 || status == 429 || status == 401;
                String detail = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
                return new Answer(status, String.valueOf(status), retryable, id, replayed, detail);
            } catch (HttpTimeoutException e) {
                return new Answer(0, "timeout", true, null, false, e.toString());
            } catch (IOException e) {
                return new Answer(0, "io", true, null, false, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Every key that needed a retry, and every twentieth other, sent again to every target. */
        private int checkReplays(List<Logical> all) throws InterruptedException {
            List<Logical> chosen = new ArrayList<>();
            for (Logical logical : all) {
                if (logical.resolved && (logical.outcomes.size() > 1 || logical.index % 20 == 0)) {
                    chosen.add(logical);
                }
            }
            List<Thread> threads = new ArrayList<>();
            int lanes = Math.min(concurrency, Math.max(1, chosen.size()));
            for (int lane = 0; lane < lanes; lane++) {
                final int mine = lane;
                Thread thread = new Thread(() -> {
                    for (int i = mine; i < chosen.size(); i += lanes) {
                        Logical logical = chosen.get(i);
                        String expected = logical.ids.iterator().next();
                        for (String target : targets) {
                            // an instance may still be starting again: keep trying for a while
                            long until = System.currentTimeMillis() + 90_000;
                            Answer answer;
                            while (true) {
                                answer = post(target, logical.key, body(logical));
                                if (!answer.retryable || System.currentTimeMillis() > until) {
                                    break;
                                }
                                if (answer.status == 401) {
                                    token(true);
                                }
                                sleep(500);
                            }
                            count("replay-checks");
                            if (answer.status != 201 || !expected.equals(answer.id)) {
                                violation(logical.key + ": sent again to " + target + " gave " + answer.outcome
                                        + " ticket " + answer.id + ", first answer was ticket " + expected);
                            }
                        }
                    }
                }, "replay-" + lane);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return chosen.size();
        }

        private void write(List<Logical> all) throws IOException {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (PrintWriter acked = new PrintWriter(Files.newBufferedWriter(out))) {
                for (Logical logical : all) {
                    for (String id : logical.ids) {
                        acked.println(logical.key + "\t" + logical.title + "\t" + id);
                    }
                }
            }
        }

        private void report(List<Logical> all, long loadMs, int replayChecked) throws IOException {
            List<Long> latencies = new ArrayList<>();
            int unresolved = 0;
            int retried = 0;
            for (Logical logical : all) {
                latencies.add(logical.latencyMs);
                if (!logical.resolved) {
                    unresolved++;
                }
                if (logical.outcomes.size() > 1) {
                    retried++;
                }
            }
            Collections.sort(latencies);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("requests", all.size());
            summary.put("acked", get("acked"));
            summary.put("unresolved", unresolved);
            summary.put("attempts", get("attempts"));
            summary.put("retries", get("retries"));
            summary.put("retried_requests", retried);
            summary.put("acked_replayed", get("acked-replayed"));
            StringBuilder failures = new StringBuilder();
            counters.keySet().stream().filter(k -> k.startsWith("failed:")).sorted().forEach(k ->
                    failures.append(failures.length() == 0 ? "" : ",").append(k.substring(7)).append(':').append(get(k)));
            summary.put("failed_attempts", failures.length() == 0 ? "none" : failures.toString());
            summary.put("replay_checked_keys", replayChecked);
            summary.put("replay_checks", get("replay-checks"));
            summary.put("latency_p50_ms", percentile(latencies, 0.50));
            summary.put("latency_p99_ms", percentile(latencies, 0.99));
            summary.put("latency_max_ms", latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
            summary.put("load_seconds", String.format("%.1f", loadMs / 1000.0));
            summary.put("violations", violations.size());
            StringBuilder text = new StringBuilder();
            summary.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            Files.writeString(Path.of(out + ".summary"), text);
            System.out.print(text);
            int shown = 0;
            for (String violation : violations) {
                if (shown++ == 20) {
                    System.out.println("VIOLATION ... and " + (violations.size() - 20) + " more");
                    break;
                }
                System.out.println("VIOLATION " + violation);
            }
        }

        private static long percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }

        private synchronized String token(boolean refresh) {
            if (!refresh && token != null && System.currentTimeMillis() - tokenAt < 120_000) {
                return token;
            }
            if (refresh && token != null && System.currentTimeMillis() - tokenAt < 2_000) {
                return token; // another worker just refreshed it
            }
            String form = "grant_type=password&client_id=emergency-desk-cli&username="
                    + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            for (int attempt = 0; ; attempt++) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
                    if (response.statusCode() == 200 && m.find()) {
                        token = m.group(1);
                        tokenAt = System.currentTimeMillis();
                        return token;
                    }
                    if (attempt >= 4) {
                        throw new IllegalStateException("token request gave " + response.statusCode() + ": " + response.body());
                    }
                } catch (IOException e) {
                    if (attempt >= 4) {
                        throw new UncheckedIOException(e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(1000);
            }
        }

        private void count(String name) {
            counters.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
        }

        private long get(String name) {
            AtomicLong counter = counters.get(name);
            return counter == null ? 0 : counter.get();
        }

        private void violation(String text) {
            violations.add(text);
        }
    }

    // ------------------------------------------------------------------------------------------
    // watch

    static void watch(Map<String, List<String>> options) throws Exception {
        List<String> urls = options.get("url");
        long every = Long.parseLong(one(options, "every", "200"));
        Duration timeout = Duration.ofMillis(Long.parseLong(one(options, "timeout", "2500")));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(one(options, "out", null))), true)) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                final int index = i;
                final URI uri = URI.create(urls.get(i));
                Thread thread = new Thread(() -> {
                    while (true) {
                        long at = System.currentTimeMillis();
                        String code;
                        try {
                            code = String.valueOf(http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode());
                        } catch (HttpTimeoutException e) {
                            code = "timeout";
                        } catch (IOException e) {
                            code = "refused";
                        } catch (InterruptedException e) {
                            return;
                        }
                        synchronized (out) {
                            out.println(at + " " + index + " " + code + " " + (System.currentTimeMillis() - at));
                        }
                        sleep(Math.max(0, every - (System.currentTimeMillis() - at)));
                    }
                }, "watch-" + i);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // proxy

    static void proxy(Map<String, List<String>> options) throws IOException {
        int listen = Integer.parseInt(one(options, "listen", null));
        String[] to = one(options, "to", null).split(":");
        InetSocketAddress target = new InetSocketAddress(to[0], Integer.parseInt(to[1]));
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen));
            System.out.println("PROXY LISTENING 127.0.0.1:" + listen + " -> " + target);
            System.out.flush();
            while (true) {
                Socket client = server.accept();
                Thread thread = new Thread(() -> {
                    try (client; Socket upstream = new Socket()) {
                        upstream.connect(target, 2000);
                        Thread back = new Thread(() -> pump(upstream, client));
                        back.setDaemon(true);
                        back.start();
                        pump(client, upstream);
                        back.join();
                    } catch (IOException | InterruptedException e) {
                        // the client sees its connection closed
                    }
                });
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            try {
                to.close();
                from.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    // ------------------------------------------------------------------------------------------

    static void sleepUntil(long epochMs) {
        sleep(epochMs - System.currentTimeMillis());
    }

    static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
