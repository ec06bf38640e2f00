package online.pass24.desk.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * POST /api/v1/tickets as the demo agent, in phases run one after another (each waits for the
 * previous one's requests to finish, then a few quiet seconds): a warm-up (8 callers), the
 * lowest fixed rate, the maximum with a closed model (N users, each sending its next request when
 * the previous one is answered; several runs), then the higher fixed rates. A fixed rate is an
 * open model (constantUsersPerSec: a new request every 1/rate s whatever the answers). Each phase
 * names its request ("create @500/s", "create max 32 users #1"), so Gatling's report is per phase;
 * after() writes this run's table (sent, 201s, others, 201/s, percentiles) for create.sh.
 *
 * Settings come from the environment: BENCH_BASE_URL, BENCH_TOKEN_URL, BENCH_USER,
 * BENCH_RATES ("100,500,1000"), BENCH_DURATION (s per rate), BENCH_WARMUP (s, 8 callers),
 * BENCH_MAX_USERS, BENCH_MAX_DURATION (s per run), BENCH_MAX_RUNS, BENCH_PAUSE (s between
 * phases), BENCH_RESULTS (the table's file).
 */
public class CreateTicketSimulation extends Simulation {

    private static final String BASE_URL = env("BENCH_BASE_URL", "http://127.0.0.1:8087");
    private static final String TOKEN_URL = env("BENCH_TOKEN_URL",
            "http://127.0.0.1:8180/realms/emergency-desk/protocol/openid-connect/token");
    private static final String USER = env("BENCH_USER", "agent");
    private static final List<Integer> RATES = Arrays.stream(env("BENCH_RATES", "100,500,1000").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    private static final int DURATION = Integer.parseInt(env("BENCH_DURATION", "30"));
    private static final int WARMUP = Integer.parseInt(env("BENCH_WARMUP", "10"));
    private static final int MAX_USERS = Integer.parseInt(env("BENCH_MAX_USERS", "32"));
    /** Quiet seconds before each phase, so the previous one's stragglers are done. */
    private static final Duration PAUSE = Duration.ofSeconds(Integer.parseInt(env("BENCH_PAUSE", "5")));
    private static final int MAX_DURATION = Integer.parseInt(env("BENCH_MAX_DURATION", Integer.toString(DURATION)));
    /** The maximum is measured this many times, one run after another; create.sh takes the median. */
    private static final int MAX_RUNS = Integer.parseInt(env("BENCH_MAX_RUNS", "3"));

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String[] CLIENTS = {"ООО Ромашка", "АО Вектор", "ЖК Северный", "БЦ Меридиан", "ТСЖ Луч"};
    private static final String[] CHANNELS = {"PHONE", "EMAIL", "PORTAL", "CHAT"};

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            // keep-alive connections shared by all virtual users, as an API client's pool would be
            .shareConnections();

    /** A valid TicketCreate (api/openapi.yaml): a standard request, a new title each time. */
    private static String body() {
        long n = SEQUENCE.incrementAndGet();
        return """
                {"clientName":"%s","contactName":"Иван Петров","contactPhone":"+7 900 111-22-33",\
                "contactEmail":"ivan@romashka.example","channel":"%s","level":"STANDARD",\
                "title":"Не открываются ворота, заявка %d","description":"Пропуск не срабатывает на въезде, \
                проверили считыватель, ошибка повторяется."}""".formatted(CLIENTS[(int) (n % CLIENTS.length)],
                CHANNELS[(int) (n % CHANNELS.length)], n);
    }

    private static ChainBuilder create(String name) {
        Phase phase = Phase.named(name);
        return exec(session -> {
            phase.sent();
            return session.remove("rt").remove("code");
        }).exec(http(name).post("/api/v1/tickets")
                .header("Authorization", session -> "Bearer " + Tokens.current())
                .body(StringBody(session -> body()))
                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("code"), status().is(201)))
                .exec(session -> {
                    phase.answered(session.contains("code") ? session.getInt("code") : 0,
                            session.contains("rt") ? session.getInt("rt") : -1);
                    return session;
                });
    }

    private static ScenarioBuilder phase(String name) {
        return scenario(name).exec(create(name));
    }

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        if (WARMUP > 0) {
            // eight callers in a loop: the JIT warms up, and a slow start leaves no backlog behind;
            // loops end between requests (exitASAP false), so every request sent is counted
            phases.add(scenario("warm-up").during(Duration.ofSeconds(WARMUP), false).on(create("warm-up"))
                    .injectOpen(atOnceUsers(8)));
        }
        List<PopulationBuilder> rates = new ArrayList<>();
        for (int rate : RATES) {
            rates.add(phase("create @" + rate + "/s").injectOpen(nothingFor(PAUSE), constantUsersPerSec(rate).during(DURATION)));
        }
        List<PopulationBuilder> maximum = new ArrayList<>();
        for (int run = 1; MAX_USERS > 0 && run <= MAX_RUNS; run++) {
            String name = "create max " + MAX_USERS + " users #" + run;
            maximum.add(scenario(name).during(Duration.ofSeconds(MAX_DURATION), false).on(create(name))
                    // N users at once, each looping: a closed model of N concurrent callers
                    .injectOpen(nothingFor(PAUSE), atOnceUsers(MAX_USERS)));
        }
        // the lowest rate (more warm-up), then the maximum, then the higher rates: a closed model
        // leaves no backlog behind, while a rate the backend cannot keep up with leaves requests
        // still running after their callers gave up
        if (!rates.isEmpty()) {
            phases.add(rates.remove(0));
        }
        phases.addAll(maximum);
        phases.addAll(rates);
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        Tokens.current(); // fail before the load if Keycloak does not answer
        setUp(chain).protocols(protocol);
    }

    @Override
    public void after() {
        String file = env("BENCH_RESULTS", "target/bench-create-results.txt");
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-26s %8s %8s %6s %9s %8s %8s %8s %8s%n",
                "phase", "sent", "201", "other", "201/s", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        List<Phase> all = List.copyOf(Phase.ALL.values());
        // the fixed rates in ascending order, then the maximum
        all.stream().filter(p -> p.name.startsWith("create @")).forEach(p -> out.append(p.line()).append('\n'));
        all.stream().filter(p -> p.name.startsWith("create max")).forEach(p -> out.append(p.line()).append('\n'));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), out.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.print(out);
    }

    /**
     * What one phase saw: requests sent, 201s with their response times, anything else (another
     * status, a timeout, a refused connection); its span runs from the first request sent to the
     * last answer, so "201/s" is the throughput the backend achieved in that phase.
     */
    static final class Phase {
        /** In the order the phases run (they are declared in that order, on one thread). */
        static final java.util.Map<String, Phase> ALL = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

        final String name;
        private final java.util.concurrent.atomic.LongAdder sent = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder other = new java.util.concurrent.atomic.LongAdder();
        private final java.util.List<Long> created = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile long firstSentNanos;
        private volatile long lastAnsweredNanos;

        private Phase(String name) {
            this.name = name;
        }

        static Phase named(String name) {
            return ALL.computeIfAbsent(name, Phase::new);
        }

        void sent() {
            if (firstSentNanos == 0) {
                synchronized (this) {
                    if (firstSentNanos == 0) {
                        firstSentNanos = System.nanoTime();
                    }
                }
            }
            sent.increment();
        }

        void answered(int status, long millis) {
            if (status == 201 && millis >= 0) {
                created.add(millis);
            } else {
                other.increment();
            }
            lastAnsweredNanos = System.nanoTime();
        }

        String line() {
            long[] ms;
            synchronized (created) {
                ms = created.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            double seconds = Math.max(1e-9, (lastAnsweredNanos - firstSentNanos) / 1e9);
            return String.format("%-26s %8d %8d %6d %9.1f %8s %8s %8s %8s", name, sent.sum(), ms.length, other.sum(),
                    ms.length / seconds, pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.length == 0 ? "-" : Long.toString(ms[ms.length - 1]));
        }

        /** Nearest rank. */
        private static String pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return "-";
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return Long.toString(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The agent's access token (password grant of the CLI client), fetched again before it expires. */
    static final class Tokens {
        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private static final Pattern ACCESS = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern EXPIRES = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
        private static volatile String token;
        private static volatile long refreshAtNanos;

        static String current() {
            if (token == null || System.nanoTime() > refreshAtNanos) {
                synchronized (Tokens.class) {
                    if (token == null || System.nanoTime() > refreshAtNanos) {
                        fetch();
                    }
                }
            }
            return token;
        }

        private static void fetch() {
            String form = "grant_type=password&client_id=emergency-desk-cli&username=" + enc(USER) + "&password=" + enc(USER);
            try {
                HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher access = ACCESS.matcher(response.body());
                if (response.statusCode() != 200 || !access.find()) {
                    throw new IllegalStateException("no token from " + TOKEN_URL + ": " + response.statusCode() + " " + response.body());
                }
                Matcher expires = EXPIRES.matcher(response.body());
                long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 300;
                token = access.group(1);
                // a minute early, so no request carries a token about to expire
                refreshAtNanos = System.nanoTime() + Duration.ofSeconds(Math.max(10, seconds - 60)).toNanos();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
