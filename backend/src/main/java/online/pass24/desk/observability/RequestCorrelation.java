package online.pass24.desk.observability;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import online.pass24.desk.api.model.Ticket;
import online.pass24.desk.api.model.TicketPage;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Flux;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane one, a new one
 * otherwise, returned in the response. The id, and the ticket a {@code /api/v1/tickets/{id}/…}
 * request concerns, go into the MDC of every line logged for the request — also on the threads
 * its reactive chain moves to (Micronaut's propagated context carries the MDC) — and the request
 * ends with one access line.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class RequestCorrelation implements HttpServerFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String REQUEST_ID = "requestId";
    public static final String TICKET_ID = "ticketId";
    public static final String TICKET_KEY = "ticketKey";

    private static final Logger ACCESS = LoggerFactory.getLogger("desk.access");
    /** What a caller's id may look like: enough for UUIDs and trace ids, nothing that could forge a log line. */
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TICKET_PATH = Pattern.compile("^/api/v1/tickets/([0-9a-fA-F-]{36})(?:/.*)?$");

    private final TicketKeys ticketKeys;

    RequestCorrelation(TicketKeys ticketKeys) {
        this.ticketKeys = ticketKeys;
    }

    @Override
    public int getOrder() {
        // before metrics, tracing and security, so a refused request has its id too
        return ServerFilterPhase.FIRST.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        long started = System.nanoTime();
        String requestId = requestId(request.getHeaders().get(HEADER));
        Map<String, String> mdc = new LinkedHashMap<>();
        Map<String, String> inherited = MDC.getCopyOfContextMap();
        if (inherited != null) {
            mdc.putAll(inherited);
        }
        mdc.put(REQUEST_ID, requestId);
        UUID ticket = ticketIn(request.getPath());
        if (ticket != null) {
            mdc.put(TICKET_ID, ticket.toString());
            String key = ticketKeys.of(ticket);
            if (key != null) {
                mdc.put(TICKET_KEY, key);
            }
        }
        PropagatedContext context = PropagatedContext.getOrEmpty().plus(new MdcPropagationContext(mdc));
        Publisher<MutableHttpResponse<?>> responses;
        try (PropagatedContext.Scope ignored = context.propagate()) {
            responses = chain.proceed(request);
        }
        return Flux.from(responses).doOnNext(response -> {
            response.header(HEADER, requestId);
            String key = learnKeys(response, ticket);
            try (PropagatedContext.Scope ignored = context.propagate()) {
                if (key != null) {
                    MDC.put(TICKET_KEY, key);
                }
                logAccess(request, response, started);
            }
        });
    }

    static String requestId(String given) {
        return given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    static UUID ticketIn(String path) {
        Matcher matcher = TICKET_PATH.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return UUID.fromString(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Remembers the keys of the tickets in the body; returns the key of the one the request concerns. */
    private String learnKeys(MutableHttpResponse<?> response, UUID ticket) {
        Object body = response.getBody().orElse(null);
        if (body instanceof Ticket one) {
            ticketKeys.remember(one.getId(), one.getKey());
            return one.getKey();
        }
        if (body instanceof TicketPage page && page.getItems() != null) {
            page.getItems().forEach(item -> ticketKeys.remember(item.getId(), item.getKey()));
        }
        return ticket == null ? null : ticketKeys.of(ticket);
    }

    private static void logAccess(HttpRequest<?> request, MutableHttpResponse<?> response, long started) {
        // probes and scrapes come every few seconds from every replica: their lines only on DEBUG
        boolean management = request.getPath().startsWith("/health") || request.getPath().equals("/prometheus");
        if (management ? !ACCESS.isDebugEnabled() : !ACCESS.isInfoEnabled()) {
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        // fields of their own in a JSON line, for a log collector to filter and sum
        MDC.put("method", request.getMethodName());
        MDC.put("path", request.getPath());
        MDC.put("status", Integer.toString(response.code()));
        MDC.put("durationMs", Long.toString(millis));
        String format = "{} {} {} {} ms";
        Object[] arguments = {request.getMethodName(), request.getPath(), response.code(), millis};
        if (management) {
            ACCESS.debug(format, arguments);
        } else {
            ACCESS.info(format, arguments);
        }
    }
}
