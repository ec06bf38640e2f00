package online.pass24.desk.stream;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.model.Problem;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.problem.Problems;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/stream} and {@code /api/v1/wallboard/stream}: server-sent events, resumable
 * with Last-Event-ID, filtered by the caller's role and tenant, with heartbeats, a bounded buffer
 * per subscriber and a cap on concurrent streams per caller.
 */
@Controller("/api/v1")
@Requires(beans = StreamHub.class)
class StreamController {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z.-]{0,63}");
    private static final Event<String> HEARTBEAT = Event.of("").comment("heartbeat");

    private final StreamHub hub;
    private final WallboardBroadcaster wallboard;
    private final SecurityService security;
    private final JsonMapper json;
    private final Duration heartbeat;
    private final Duration retry;
    private final int perCaller;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

    StreamController(StreamHub hub, WallboardBroadcaster wallboard, SecurityService security, JsonMapper json,
                     @Value("${stream.heartbeat:15s}") Duration heartbeat,
                     @Value("${stream.retry:3s}") Duration retry,
                     @Value("${stream.max-per-caller:10}") int perCaller) {
        this.hub = hub;
        this.wallboard = wallboard;
        this.security = security;
        this.json = json;
        this.heartbeat = heartbeat;
        this.retry = retry;
        this.perCaller = perCaller;
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Secured({Roles.AGENT, Roles.LEAD, Roles.DEVELOPER, Roles.INTEGRATION, Roles.WALLBOARD})
    HttpResponse<?> stream(@QueryValue @Nullable List<String> types, @QueryValue @Nullable UUID ticket,
                           @QueryValue @Nullable Long lastEventId, @Header("Last-Event-ID") @Nullable String lastEventIdHeader) {
        Caller caller = Caller.of(security.getAuthentication().orElseThrow());
        long last = lastSeen(lastEventId, lastEventIdHeader);
        boolean summaryOnly = summaryOnly(caller);
        Predicate<StreamItem> filter = visibleTo(caller, summaryOnly).and(wanted(types, ticket));
        if (!admit(caller)) {
            return tooMany();
        }
        StreamSubscription subscription = new StreamSubscription(hub, filter);
        long head = hub.register(subscription);
        subscription.skipThrough(Math.max(last, head));

        Flux<Event<String>> before = last < 0 || last >= head ? Flux.empty()
                : hub.prunedThrough().flatMapMany(pruned -> last < pruned
                ? Flux.just(reset(head, "The events since " + last + " are no longer kept; refetch, then carry on"))
                : hub.replay(last, head, filter).map(item -> event(item, summaryOnly)));
        subscription.skipGreeting();
        Flux<Event<String>> live = subscription.live().map(item -> event(item, summaryOnly))
                .concatWith(Flux.defer(() -> subscription.overflowed()
                        ? Flux.just(reset(hub.dispatched(), "This stream fell too far behind; refetch and reconnect"))
                        : Flux.empty()));
        Flux<Event<String>> events = Flux.just(Event.of("").comment("connected").retry(retry))
                .concatWith(before).concatWith(live)
                .doFinally(signal -> {
                    hub.unregister(subscription);
                    release(caller);
                });
        return raw(events);
    }

    @Get(value = "/wallboard/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Secured({Roles.WALLBOARD, Roles.AGENT, Roles.LEAD})
    HttpResponse<?> wallboard() {
        Caller caller = Caller.of(security.getAuthentication().orElseThrow());
        if (!admit(caller)) {
            return tooMany();
        }
        Flux<Event<String>> events = Flux.just(Event.of("").comment("connected").retry(retry))
                .concatWith(wallboard.updates().map(board -> Event.of(board).name("wallboard")))
                .doFinally(signal -> release(caller));
        return streaming(events);
    }

    /** The event stream as it is: its heartbeats come from the hub's subscription. */
    private static HttpResponse<?> raw(Flux<Event<String>> events) {
        return HttpResponse.ok(events)
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache, no-transform")
                .header("X-Accel-Buffering", "no");
    }

    private HttpResponse<?> streaming(Flux<Event<String>> events) {
        Flux<Event<String>> withHeartbeats = events.publish(shared -> Flux.merge(shared,
                Flux.interval(heartbeat, heartbeat).map(tick -> HEARTBEAT).takeUntilOther(shared.then())));
        return HttpResponse.ok(withHeartbeats)
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache, no-transform")
                .header("X-Accel-Buffering", "no");
    }

    private Event<String> event(StreamItem item, boolean summaryOnly) {
        if (item == StreamSubscription.HEARTBEAT) {
            return HEARTBEAT;
        }
        return Event.of(item.json(json, summaryOnly)).id(Long.toString(item.seq)).name(item.type);
    }

    private static Event<String> reset(long head, String reason) {
        return Event.of("{\"reason\":\"" + reason + "\",\"head\":" + head + "}").id(Long.toString(head)).name("reset");
    }

    private static long lastSeen(Long query, String header) {
        if (header != null && !header.isBlank()) {
            try {
                long value = Long.parseLong(header.trim());
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // fall through to the problem
            }
            throw ApiProblem.invalidField("Last-Event-ID", "must be an event id this stream gave out");
        }
        return query == null ? -1 : query;
    }

    /** Support staff see everything; an integration its organisation; a wallboard summaries. */
    private static boolean summaryOnly(Caller caller) {
        return !isStaff(caller) && !caller.roles().contains(Roles.INTEGRATION) && caller.roles().contains(Roles.WALLBOARD);
    }

    private static boolean isStaff(Caller caller) {
        return caller.roles().contains(Roles.AGENT) || caller.roles().contains(Roles.LEAD) || caller.roles().contains(Roles.DEVELOPER);
    }

    private static Predicate<StreamItem> visibleTo(Caller caller, boolean summaryOnly) {
        if (isStaff(caller)) {
            return item -> true;
        }
        String tenant = caller.tenant().orElse(null);
        if (tenant != null) {
            return item -> item.ticketId != null && Objects.equals(tenant, item.organization);
        }
        if (summaryOnly) {
            return StreamItem::summaryGrade;
        }
        return item -> false;
    }

    private static Predicate<StreamItem> wanted(List<String> types, UUID ticket) {
        List<String> families = new ArrayList<>();
        if (types != null) {
            for (String entry : types) {
                for (String type : entry.split(",")) {
                    String trimmed = type.trim();
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    if (!TYPE.matcher(trimmed).matches()) {
                        throw ApiProblem.invalidField("types", "«" + trimmed + "» is not an event type or family");
                    }
                    families.add(trimmed);
                }
            }
        }
        Predicate<StreamItem> byType = families.isEmpty() ? item -> true
                : item -> families.stream().anyMatch(f -> item.type.equals(f) || item.type.startsWith(f + "."));
        return ticket == null ? byType : byType.and(item -> ticket.equals(item.ticketId));
    }

    private boolean admit(Caller caller) {
        AtomicInteger count = open.computeIfAbsent(caller.username(), k -> new AtomicInteger());
        if (count.incrementAndGet() > perCaller) {
            count.decrementAndGet();
            return false;
        }
        return true;
    }

    private void release(Caller caller) {
        AtomicInteger count = open.get(caller.username());
        if (count != null) {
            count.decrementAndGet();
        }
    }

    private HttpResponse<?> tooMany() {
        Problem problem = Problems.of(ProblemType.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS,
                "At most " + perCaller + " streams at once per caller; close one first");
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem);
    }
}
