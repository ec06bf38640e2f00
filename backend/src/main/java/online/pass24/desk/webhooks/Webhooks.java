package online.pass24.desk.webhooks;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Webhook;
import online.pass24.desk.api.model.WebhookAttempt;
import online.pass24.desk.api.model.WebhookCreate;
import online.pass24.desk.api.model.WebhookCreated;
import online.pass24.desk.api.model.WebhookDelivery;
import online.pass24.desk.api.model.WebhookDeliveryPage;
import online.pass24.desk.api.model.WebhookDeliveryStatus;
import online.pass24.desk.api.model.WebhookEventType;
import online.pass24.desk.api.model.WebhookPage;
import online.pass24.desk.api.model.WebhookPayload;
import online.pass24.desk.api.model.ProblemType;
import io.micronaut.http.HttpStatus;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Webhook subscriptions and their delivery log, as a lead or an integration may manage them. */
@Singleton
class Webhooks {

    private final WebhookRepository repository;
    private final UrlGuard guard;
    private final JsonMapper json;
    private final Clock clock;

    Webhooks(WebhookRepository repository, UrlGuard guard, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.json = json;
        this.clock = clock;
    }

    Mono<WebhookCreated> create(WebhookCreate body, Caller caller) {
        String organization = caller.tenant().orElse(null);
        if (organization != null && body.getOrganization() != null && !body.getOrganization().equals(organization)) {
            return Mono.error(ApiProblem.invalidField("organization", "an integration subscribes to its own organisation only"));
        }
        if (organization == null && caller.roles().contains(Roles.LEAD)) {
            organization = blankToNull(body.getOrganization());
        }
        if (body.getSecret() != null && !Signatures.valid(body.getSecret())) {
            return Mono.error(ApiProblem.invalidField("secret", "must be whsec_ followed by 24 to 64 random bytes in base64"));
        }
        String secret = body.getSecret() != null ? body.getSecret() : Signatures.newSecret();
        String owner = organization;
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String types = body.getEventTypes().stream().map(WebhookEventType::toString).sorted().collect(Collectors.joining(","));
        java.net.URI url;
        try {
            url = new java.net.URI(body.getUrl());
        } catch (java.net.URISyntaxException e) {
            return Mono.error(ApiProblem.invalidField("url", "is not a URL"));
        }
        return Mono.fromCallable(() -> guard.refusal(url)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(refusal -> refusal.isPresent()
                        ? Mono.error(new ApiProblem(ProblemType.UNSAFE_WEBHOOK_URL, HttpStatus.BAD_REQUEST,
                                "The URL may not receive webhooks: " + refusal.get(),
                                List.of(new online.pass24.desk.api.model.FieldError("url", refusal.get()))))
                        : repository.insert(id, owner, url.toString(), types, blankToNull(body.getDescription()),
                                secret, now, caller.username()))
                .then(Mono.defer(() -> repository.find(id, null)))
                .map(row -> {
                    Webhook view = toApi(row);
                    WebhookCreated created = new WebhookCreated(view.getId(), view.getUrl(), view.getEventTypes(), view.getEnabled(),
                            view.getCreatedAt(), view.getCreatedBy(), secret);
                    created.setDescription(view.getDescription());
                    created.setOrganization(view.getOrganization());
                    return created;
                });
    }

    Mono<Webhook> find(UUID id, Caller caller) {
        return subscription(id, caller).map(this::toApi);
    }

    Mono<WebhookPage> page(String cursor, int limit, Caller caller) {
        Cursor after = Cursor.decode(cursor);
        return repository.page(caller.tenant().orElse(null), after == null ? null : after.created(),
                after == null ? null : after.id(), limit + 1).collectList().map(rows -> {
            boolean more = rows.size() > limit;
            List<WebhookRepository.Subscription> shown = more ? rows.subList(0, limit) : rows;
            WebhookPage page = new WebhookPage(shown.stream().map(this::toApi).toList());
            page.setNextCursor(more ? new Cursor(shown.get(limit - 1).createdAt(), shown.get(limit - 1).id()).encode() : null);
            return page;
        });
    }

    Mono<Void> delete(UUID id, Caller caller) {
        return subscription(id, caller).flatMap(row -> repository.delete(id, clock.instant()).then(repository.dropPending(id))).then();
    }

    Mono<Webhook> enable(UUID id, Caller caller) {
        return subscription(id, caller).flatMap(row -> repository.enable(id)).then(Mono.defer(() -> repository.find(id, null)))
                .map(this::toApi);
    }

    Mono<WebhookDeliveryPage> deliveries(UUID id, String cursor, int limit, Caller caller) {
        Cursor after = Cursor.decode(cursor);
        return subscription(id, caller)
                .flatMap(row -> repository.deliveries(id, after == null ? null : after.created(), after == null ? null : after.id(),
                        limit + 1).collectList())
                .flatMap(rows -> {
                    boolean more = rows.size() > limit;
                    List<WebhookRepository.Delivery> shown = more ? rows.subList(0, limit) : rows;
                    return withAttempts(shown).map(items -> {
                        WebhookDeliveryPage page = new WebhookDeliveryPage(items);
                        page.setNextCursor(more ? new Cursor(shown.get(limit - 1).createdAt(), shown.get(limit - 1).id()).encode() : null);
                        return page;
                    });
                });
    }

    Mono<WebhookDelivery> redeliver(UUID id, UUID deliveryId, Caller caller) {
        return subscription(id, caller)
                .flatMap(row -> repository.redeliver(deliveryId, id, clock.instant()))
                .flatMap(n -> n == 0 ? Mono.error(ApiProblem.notFound("No delivery " + deliveryId)) : repository.delivery(deliveryId, id))
                .flatMap(delivery -> withAttempts(List.of(delivery))).map(list -> list.get(0));
    }

    private Mono<WebhookRepository.Subscription> subscription(UUID id, Caller caller) {
        return repository.find(id, caller.tenant().orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No webhook " + id)));
    }

    private Mono<List<WebhookDelivery>> withAttempts(List<WebhookRepository.Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Mono.just(List.of());
        }
        return repository.attempts(deliveries.stream().map(WebhookRepository.Delivery::id).toList()).collectList().map(attempts -> {
            Map<UUID, List<WebhookRepository.Attempt>> byDelivery = attempts.stream()
                    .collect(Collectors.groupingBy(WebhookRepository.Attempt::deliveryId));
            return deliveries.stream().map(d -> toApi(d, byDelivery.getOrDefault(d.id(), List.of()))).toList();
        });
    }

    private WebhookDelivery toApi(WebhookRepository.Delivery row, List<WebhookRepository.Attempt> attempts) {
        WebhookDelivery delivery = new WebhookDelivery(row.id(), row.eventId(), WebhookEventType.fromValue(row.eventType()),
                WebhookDeliveryStatus.valueOf(row.status()), attempts.stream().map(a -> {
                    WebhookAttempt attempt = new WebhookAttempt(utc(a.attemptedAt()), a.durationMs());
                    attempt.setStatusCode(a.statusCode());
                    attempt.setError(a.error());
                    return attempt;
                }).toList(), utc(row.createdAt()));
        delivery.setNextAttemptAt(utc(row.nextAttemptAt()));
        delivery.setDeliveredAt(utc(row.deliveredAt()));
        try {
            Map<String, Object> payload = json.readValue(row.payload(), Argument.mapOf(String.class, Object.class));
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) payload.getOrDefault("data", Map.of());
            delivery.setPayload(new WebhookPayload(WebhookEventType.fromValue(row.eventType()),
                    OffsetDateTime.parse(String.valueOf(payload.get("timestamp"))), data));
        } catch (IOException | RuntimeException e) {
            // the log still shows the delivery without its payload
        }
        return delivery;
    }

    private Webhook toApi(WebhookRepository.Subscription row) {
        Webhook webhook = new Webhook(row.id(), row.url(), Arrays.stream(row.eventTypes().split(","))
                .map(WebhookEventType::fromValue).toList(), row.enabled(), utc(row.createdAt()), row.createdBy());
        webhook.setDescription(row.description());
        webhook.setOrganization(row.organization());
        webhook.setDisabledAt(utc(row.disabledAt()));
        webhook.setDisabledReason(row.disabledReason());
        return webhook;
    }

    record Cursor(Instant created, UUID id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((created + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ApiProblem.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
