package online.pass24.desk.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.annotation.Scheduled;
import online.pass24.desk.api.model.Problem;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.problem.Problems;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A request budget per caller (the token's subject, or the address of an anonymous caller): a
 * token bucket that allows a burst and refills steadily. Beyond it, 429 with Retry-After. The
 * budget is kept per backend instance; the stream endpoints, which hold one long request, are
 * limited by their own connection cap instead.
 */
@Filter("/api/**")
public class RateLimitFilter implements HttpServerFilter {

    private record Entry(Bucket bucket, long lastUsedNanos) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final long capacity;
    private final long refillPerSecond;

    RateLimitFilter(@Value("${rate-limit.enabled:true}") boolean enabled,
                    @Value("${rate-limit.burst:200}") long capacity,
                    @Value("${rate-limit.per-second:50}") long refillPerSecond) {
        this.enabled = enabled;
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1; // before the idempotency filter, after authentication
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!enabled || request.getPath().endsWith("/stream")) {
            return chain.proceed(request);
        }
        String caller = request.getUserPrincipal().map(Principal::getName)
                .orElseGet(() -> "address:" + request.getRemoteAddress().getAddress().getHostAddress());
        Bucket bucket = buckets.compute(caller, (key, entry) -> new Entry(entry == null ? newBucket() : entry.bucket(),
                System.nanoTime())).bucket();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Mono.from(chain.proceed(request)).map(response ->
                    response.header("RateLimit-Remaining", Long.toString(probe.getRemainingTokens())));
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        Problem problem = Problems.of(ProblemType.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from " + caller + "; retry after " + seconds + " s");
        problem.setInstance(request.getPath());
        return Mono.just(HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refillPerSecond, Duration.ofSeconds(1)).build())
                .build();
    }

    /** Callers idle for ten minutes have a full bucket anyway: forget them. */
    @Scheduled(fixedDelay = "1m")
    void forgetIdle() {
        long cutoff = System.nanoTime() - TimeUnit.MINUTES.toNanos(10);
        buckets.entrySet().removeIf(e -> e.getValue().lastUsedNanos() < cutoff);
    }
}
