package online.pass24.desk.webhooks;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.WebhooksApi;
import online.pass24.desk.api.model.Webhook;
import online.pass24.desk.api.model.WebhookCreate;
import online.pass24.desk.api.model.WebhookCreated;
import online.pass24.desk.api.model.WebhookDelivery;
import online.pass24.desk.api.model.WebhookDeliveryPage;
import online.pass24.desk.api.model.WebhookPage;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.UUID;

@Controller
@Secured({Roles.LEAD, Roles.INTEGRATION})
class WebhooksController implements WebhooksApi {

    private static final int DEFAULT_PAGE = 25;

    private final Webhooks webhooks;
    private final SecurityService security;

    WebhooksController(Webhooks webhooks, SecurityService security) {
        this.webhooks = webhooks;
        this.security = security;
    }

    @Override
    public Mono<HttpResponse<WebhookCreated>> createWebhook(WebhookCreate body, String idempotencyKey) {
        Caller caller = caller();
        return Mono.defer(() -> webhooks.create(body, caller))
                .map(created -> HttpResponse.created(created, URI.create("/api/v1/webhooks/" + created.getId())));
    }

    @Override
    public Mono<WebhookPage> listWebhooks(String cursor, Integer limit) {
        Caller caller = caller();
        return Mono.defer(() -> webhooks.page(cursor, limit == null ? DEFAULT_PAGE : limit, caller));
    }

    @Override
    public Mono<Webhook> getWebhook(UUID webhookId) {
        Caller caller = caller();
        return Mono.defer(() -> webhooks.find(webhookId, caller));
    }

    @Override
    // 204 has no body: a client that accepts only JSON must not get 406 for it
    @io.micronaut.http.annotation.Produces({io.micronaut.http.MediaType.APPLICATION_JSON,
            io.micronaut.http.MediaType.APPLICATION_JSON_PROBLEM})
    public Mono<HttpResponse<Void>> deleteWebhook(UUID webhookId) {
        Caller caller = caller();
        return Mono.defer(() -> webhooks.delete(webhookId, caller)).then(Mono.just(HttpResponse.noContent()));
    }

    @Override
    public Mono<Webhook> enableWebhook(UUID webhookId, String idempotencyKey) {
        Caller caller = caller();
        return Mono.defer(() -> webhooks.enable(webhookId, caller));
    }

    @Override
    public Mono<WebhookDeliveryPage> listWebhookDeliveries(UUID webhookId, String cursor, Integer limit) {
        Caller caller = caller();
        return Mono.defer(() -> webhooks.deliveries(webhookId, cursor, limit == null ? DEFAULT_PAGE : limit, caller));
    }

    @Override
    public Mono<HttpResponse<WebhookDelivery>> redeliverWebhook(UUID webhookId, UUID deliveryId, String idempotencyKey) {
        Caller caller = caller();
        return Mono.defer(() -> webhooks.redeliver(webhookId, deliveryId, caller))
                .map(delivery -> HttpResponse.status(HttpStatus.ACCEPTED).body(delivery));
    }

    private Caller caller() {
        return Caller.of(security.getAuthentication().orElseThrow());
    }
}
