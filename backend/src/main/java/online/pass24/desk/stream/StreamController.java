package online.pass24.desk.stream;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
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
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
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
    /** Where a subscriber whose connection is not a Netty channel is drained. */
    private static final Executor ELSEWHERE = task -> Schedulers.parallel().schedule(task);

    private final StreamHub hub;
    private final WallboardBroadcaster wallboard;
    private final SecurityService security;
    private final JsonMapper json;
    private final Duration heartbeat;
    private final Duration retry;
    private final int perCaller;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final EventStreamWriter writer;

    StreamController(StreamHub hub, WallboardBroadcaster wallboard, SecurityService security, JsonMapper json, EventStreamWriter writer,
                     @Value("${stream.heartbeat:15s}") Duration heartbeat,
                     @Value("${stream.retry:3s}") Duration retry,
                     @Value("${stream.max-per-caller:10}") int perCaller) {
        this.hub = hub;
        this.wallboard = wallboard;
        this.security = security;
        this.json = json;
        this.writer = writer;
        this.heartbeat = heartbeat;
        this.retry = retry;
        this.perCaller = perCaller;
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Secured({Roles.AGENT, Roles.LEAD, Roles.DEVELOPER, Roles.INTEGRATION, Roles.WALLBOARD})
    HttpResponse<?> stream(@QueryValue @Nullable List<String> types, @QueryValue @Nullable UUID ticket,
                           @QueryValue @Nullable Long lastEventId, @Header("Last-Event-ID") @Nullable String lastEventIdHeader,
                           HttpRequest<?> request) {
        Caller caller = Caller.of(security.getAuthentication().orElseThrow());
        long last = lastSeen(lastEventId, lastEventIdHeader);
        boolean summaryOnly = summaryOnly(caller);
        Predicate<StreamItem> filter = visibleTo(caller, summaryOnly).and(wanted(types, ticket));
        if (!admit(caller)) {
            return tooMany();
        }
        StreamSubscription subscription = new StreamSubscription(hub, filter, loopOf(request));
        long head = hub.register(subscription);
        subscription.skipThrough(Math.max(last, head));

        Flux<byte[]> before = last < 0 || last >= head ? Flux.empty()
                : hub.prunedThrough().flatMapMany(pruned -> last < pruned
                ? Flux.just(reset(head, "The events since " + last + " are no longer kept; refetch, then carry on"))
                : hub.replay(last, head, filter).map(item -> frame(item, summaryOnly)));
        Flux<byte[]> live = subscription.live().map(item -> frame(item, summaryOnly))
                .concatWith(Flux.defer(() -> subscription.overflowed()
                        ? Flux.just(reset(hub.dispatched(), "This stream fell too far behind; refetch and reconnect"))
                        : Flux.empty()));
        Flux<byte[]> events = Flux.just(SseFrames.opening("connected", retry))
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
        Flux<byte[]> events = Flux.just(SseFrames.opening("connected", retry))
                .concatWith(wallboard.updates().map(board -> SseFrames.event(null, "wallboard", board)))
                .doFinally(signal -> release(caller));
        return raw(events.publish(shared -> Flux.merge(shared,
                Flux.interval(heartbeat, heartbeat).map(tick -> SseFrames.HEARTBEAT).takeUntilOther(shared.then()))));
    }

    /** The frames as they are, through the writer that shares one event's bytes among its subscribers. */
    private HttpResponse<?> raw(Flux<byte[]> frames) {
        MutableHttpResponse<EventStream> response = HttpResponse.ok(new EventStream(frames))
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache, no-transform")
                .header("X-Accel-Buffering", "no");
        response.bodyWriter(writer);
        return response;
    }

    /** The event loop that writes this request's connection. */
    private static Executor loopOf(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> netty ? netty.getChannelHandlerContext().channel().eventLoop() : ELSEWHERE;
    }

    private byte[] frame(StreamItem item, boolean summaryOnly) {
        if (item == StreamSubscription.HEARTBEAT) {
            return SseFrames.HEARTBEAT;
        }
        return item.frame(json, summaryOnly);
    }

    private static byte[] reset(long head, String reason) {
        return SseFrames.event(Long.toString(head), "reset", "{\"reason\":\"" + reason + "\",\"head\":" + head + "}");
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
        // tested once per event and subscriber: plain arrays, nothing allocated per test
        String[] exact = families.toArray(String[]::new);
        String[] prefixes = families.stream().map(f -> f + ".").toArray(String[]::new);
        Predicate<StreamItem> byType = families.isEmpty() ? item -> true : item -> {
            for (int i = 0; i < exact.length; i++) {
                if (item.type.equals(exact[i]) || item.type.startsWith(prefixes[i])) {
                    return true;
                }
            }
            return false;
        };
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
