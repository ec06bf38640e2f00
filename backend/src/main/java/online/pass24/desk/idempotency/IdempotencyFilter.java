package online.pass24.desk.idempotency;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import online.pass24.desk.api.model.Problem;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.problem.Problems;
import online.pass24.desk.shared.ContractTypes;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on every POST. The key is claimed (one row per caller and key) before
 * the request runs, with a lease; the response is stored when it is done and replayed to any
 * retry with the same body for 24 h. A different body under the key gets 422; a retry while the
 * first is still running waits for it a little, then gets 409. A request whose instance died
 * mid-way is taken over once its lease runs out; creating a ticket also marks the ticket with
 * the key in its own transaction, so even that retry finds the ticket instead of making one.
 */
@Filter("/api/**")
public class IdempotencyFilter implements HttpServerFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private final IdempotencyRepository repository;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration lease;
    private final Duration wait;

    IdempotencyFilter(IdempotencyRepository repository, JsonMapper json, Clock clock,
                      @Value("${idempotency.lease:60s}") Duration lease,
                      @Value("${idempotency.wait:10s}") Duration wait) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.lease = lease;
        this.wait = wait;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String key = request.getHeaders().get(HEADER);
        if (request.getMethod() != HttpMethod.POST || key == null) {
            return chain.proceed(request);
        }
        if (key.isBlank() || key.length() > 200) {
            return Mono.just(problem(ProblemType.VALIDATION_ERROR, HttpStatus.BAD_REQUEST,
                    "The Idempotency-Key header must have 1 to 200 characters", request));
        }
        String caller = request.getUserPrincipal().map(java.security.Principal::getName).orElse(null);
        if (caller == null) {
            return chain.proceed(request);
        }
        return fingerprint(request).flatMap(hash -> begin(caller, key, hash, request, Instant.now().plus(wait)))
                .flatMap(decision -> decision.response() != null ? Mono.just(decision.response())
                        : Mono.from(chain.proceed(request)).flatMap(response -> finish(caller, key, response))
                        .onErrorResume(e -> repository.release(caller, key).then(Mono.error(e))));
    }

    /** Either a response to give now (replay, conflict) or permission to run the request. */
    private record Decision(MutableHttpResponse<?> response) {
        static final Decision RUN = new Decision(null);
    }

    private Mono<Decision> begin(String caller, String key, String hash, HttpRequest<?> request, Instant giveUpAt) {
        Instant now = clock.instant();
        return repository.claim(caller, key, hash, now, now.plus(lease)).flatMap(claimed -> claimed > 0 ? Mono.just(Decision.RUN)
                : repository.find(caller, key).flatMap(row -> {
                    if (row.createdAt().isBefore(now.minus(RETENTION))) {
                        return repository.renewExpired(caller, key, hash, now, now.plus(lease), now.minus(RETENTION))
                                .flatMap(n -> n > 0 ? Mono.just(Decision.RUN) : begin(caller, key, hash, request, giveUpAt));
                    }
                    if (!row.requestHash().equals(hash)) {
                        return Mono.just(new Decision(problem(ProblemType.IDEMPOTENCY_KEY_REUSED, HttpStatus.UNPROCESSABLE_ENTITY,
                                "This Idempotency-Key was used for a different request; use a new key for a new request", request)));
                    }
                    if (row.status() != null) {
                        return Mono.just(new Decision(replay(row)));
                    }
                    if (row.lockedUntil() != null && row.lockedUntil().isBefore(now)) {
                        return repository.takeOver(caller, key, now, now.plus(lease))
                                .flatMap(n -> n > 0 ? Mono.just(Decision.RUN) : begin(caller, key, hash, request, giveUpAt));
                    }
                    if (Instant.now().isAfter(giveUpAt)) {
                        MutableHttpResponse<?> busy = problem(ProblemType.IDEMPOTENCY_IN_PROGRESS, HttpStatus.CONFLICT,
                                "A request with this Idempotency-Key is still being processed; retry shortly", request);
                        busy.header(HttpHeaders.RETRY_AFTER, "1");
                        return Mono.just(new Decision(busy));
                    }
                    // the first request is still running: wait for its answer a little
                    return Mono.delay(Duration.ofMillis(50)).then(Mono.defer(() -> begin(caller, key, hash, request, giveUpAt)));
                })
                // the row vanished between claim and read (released after a failure): try again
                .switchIfEmpty(Mono.defer(() -> begin(caller, key, hash, request, giveUpAt))));
    }

    private Mono<MutableHttpResponse<?>> finish(String caller, String key, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() >= 500) {
            return repository.release(caller, key).thenReturn(response);
        }
        byte[] body;
        try {
            body = response.getBody().isPresent() ? json.writeValueAsBytes(response.getBody().get()) : null;
        } catch (IOException e) {
            LOG.warn("Could not keep the response under an idempotency key: {}", e.getMessage());
            return repository.release(caller, key).thenReturn(response);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            response.getHeaders().get(name, String.class).ifPresent(value -> headers.put(name, value));
        }
        String contentType = response.getContentType().map(MediaType::toString)
                .orElse(response.getBody().orElse(null) instanceof Problem ? MediaType.APPLICATION_JSON_PROBLEM : MediaType.APPLICATION_JSON);
        String headerJson = online.pass24.desk.shared.JsonText.of(json, headers);
        Mono<MutableHttpResponse<?>> kept = repository.complete(caller, key, response.getStatus().getCode(), contentType,
                headerJson, body, clock.instant()).thenReturn(response);
        return kept.onErrorResume(e -> {
            LOG.warn("Could not keep the response under an idempotency key: {}", e.getMessage());
            return Mono.<MutableHttpResponse<?>>just(response);
        });
    }

    private MutableHttpResponse<?> replay(IdempotencyRepository.Row row) {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(row.status()));
        if (row.headers() != null) {
            try {
                Map<String, String> headers = json.readValue(row.headers(), Argument.mapOf(String.class, String.class));
                headers.forEach(response::header);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        response.header(REPLAYED, "true");
        if (row.body() != null) {
            response.contentType(row.contentType() == null ? MediaType.APPLICATION_JSON : row.contentType());
            response.body(row.body());
        }
        return response;
    }

    /** What makes two requests "the same": method, path, query and body (multipart: its size and type). */
    private static Mono<String> fingerprint(HttpRequest<?> request) {
        String head = request.getMethodName() + " " + request.getUri();
        boolean multipart = request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        if (multipart || !(request instanceof ServerHttpRequest<?> server)) {
            return Mono.just(sha256((head + "\n" + request.getContentType().map(MediaType::toString).orElse("") + "\n"
                    + request.getContentLength()).getBytes(StandardCharsets.UTF_8)));
        }
        Optional<byte[]> buffered = request.getAttribute(ContractTypes.BODY_BYTES, byte[].class);
        if (buffered.isPresent()) {
            return Mono.just(sha256(head, buffered.get()));
        }
        var copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
        return Mono.fromFuture(copy.buffer()).map(available -> {
            try (available) {
                return sha256(head, available.toByteArray());
            }
        });
    }

    private static String sha256(String head, byte[] body) {
        byte[] headBytes = (head + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return sha256(all);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MutableHttpResponse<?> problem(ProblemType type, HttpStatus status, String detail, HttpRequest<?> request) {
        Problem problem = Problems.of(type, status, detail);
        problem.setInstance(request.getPath());
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem);
    }

    /** Keys are kept 24 h. */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void purge() {
        repository.purge(clock.instant().minus(RETENTION)).onErrorResume(e -> Mono.empty()).subscribe();
    }
}
