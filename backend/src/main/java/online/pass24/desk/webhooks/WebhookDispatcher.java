package online.pass24.desk.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers webhooks at least once. Logged events are fanned out from the outbox into one
 * delivery per subscription; due deliveries are leased (so instances share them and one that
 * dies mid-send gives them back), signed, and POSTed. A 2xx ends a delivery; anything else is
 * retried with exponential backoff and jitter until the retry window (24 h) has passed, when
 * the delivery fails and its subscription is disabled.
 */
// created with the context, not at its first round: its delivery meters are scraped from the start
@Context
@Requires(property = "webhooks.dispatcher.enabled", notEquals = "false")
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 50;

    private final WebhookRepository repository;
    private final UrlGuard guard;
    private final Clock clock;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration retryWindow;
    private final Duration timeout;
    private final HttpClient http;
    private final Counter delivered;
    private final Counter failed;
    private final Counter disabled;

    WebhookDispatcher(WebhookRepository repository, UrlGuard guard, Clock clock, MeterRegistry meters,
                      @Value("${webhooks.retry.base:5s}") Duration retryBase,
                      @Value("${webhooks.retry.max:1h}") Duration retryMax,
                      @Value("${webhooks.retry.window:24h}") Duration retryWindow,
                      @Value("${webhooks.timeout:10s}") Duration timeout) {
        this.repository = repository;
        this.guard = guard;
        this.clock = clock;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.retryWindow = retryWindow;
        this.timeout = timeout;
        // never follow redirects: a redirect could lead past the address check
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        // desk.webhook.deliveries{outcome}: delivered; failed (an attempt, retried later); disabled (given up)
        this.delivered = outcomes(meters, "delivered");
        this.failed = outcomes(meters, "failed");
        this.disabled = outcomes(meters, "disabled");
    }

    private static Counter outcomes(MeterRegistry meters, String outcome) {
        return Counter.builder("desk.webhook.deliveries").description("Webhook delivery attempts by outcome")
                .tag("outcome", outcome).register(meters);
    }

    @Scheduled(fixedDelay = "${webhooks.interval:300ms}", initialDelay = "1s")
    void tick() {
        try {
            long fanned;
            do {
                fanned = repository.fanOut(clock.instant(), 200).blockOptional(Duration.ofSeconds(30)).orElse(0L);
            } while (fanned == 200);
            Instant now = clock.instant();
            repository.lease(now, now.plus(timeout.multipliedBy(3)), BATCH)
                    .flatMap(this::deliver, 16)
                    .then().block(timeout.multipliedBy(4));
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatch failed this round; deliveries stay due and are retried: {}", e.getMessage());
        }
    }

    private Mono<Void> deliver(WebhookRepository.Lease lease) {
        URI url = URI.create(lease.url());
        Instant started = clock.instant();
        return Mono.fromCallable(() -> guard.refusal(url)).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .flatMap(refusal -> {
                    if (refusal.isPresent()) {
                        return outcome(lease, started, null, "refused: " + refusal.get());
                    }
                    long timestamp = started.getEpochSecond();
                    String id = lease.id().toString();
                    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                            .header("Content-Type", "application/json")
                            .header("User-Agent", "EmergencyDesk-Webhooks/1")
                            .header("webhook-id", id)
                            .header("webhook-timestamp", Long.toString(timestamp))
                            .header("webhook-signature", Signatures.sign(lease.secret(), id, timestamp, lease.payload()))
                            .POST(HttpRequest.BodyPublishers.ofString(lease.payload()))
                            .build();
                    return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                            .flatMap(response -> outcome(lease, started, response.statusCode(), null))
                            .onErrorResume(e -> outcome(lease, started, null, e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                });
    }

    private Mono<Void> outcome(WebhookRepository.Lease lease, Instant started, Integer status, String error) {
        Instant now = clock.instant();
        long millis = Duration.between(started, now).toMillis();
        Mono<Long> logged = repository.attempt(lease.id(), started, status, truncate(error), millis);
        if (status != null && status >= 200 && status < 300) {
            return logged.then(repository.delivered(lease.id(), now)).doOnSuccess(done -> delivered.increment()).then();
        }
        Instant retry = now.plus(backoff(lease.attempts()));
        if (retry.isAfter(lease.createdAt().plus(retryWindow))) {
            String reason = "Deliveries kept failing for " + retryWindow.toHours() + " h; last: "
                    + (status != null ? "HTTP " + status : truncate(error));
            return logged.then(repository.failed(lease.id()))
                    .then(repository.disable(lease.subscriptionId(), now, reason)).doOnSuccess(done -> disabled.increment()).then();
        }
        return logged.then(repository.retryAt(lease.id(), retry)).doOnSuccess(done -> failed.increment()).then();
    }

    /** base·2^(n−1), at most max, times a jitter between ½ and 1½. */
    Duration backoff(int attempts) {
        long base = retryBase.toMillis();
        long exponential = attempts >= 31 ? Long.MAX_VALUE : base * (1L << Math.max(0, attempts - 1));
        long capped = Math.min(Math.max(exponential, base), retryMax.toMillis());
        return Duration.ofMillis((long) (capped * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }
}
