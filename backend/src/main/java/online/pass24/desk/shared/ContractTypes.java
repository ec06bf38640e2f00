package online.pass24.desk.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import online.pass24.desk.api.model.FieldError;
import online.pass24.desk.api.model.Problem;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.problem.Problems;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Holds requests to the contract's types before they are bound: the JSON body to the types of
 * its model ({@link JsonTypeCheck}), boolean parameters to {@code true} or {@code false}
 * (binding reads any other word as false), and no parameter may hold a NUL character (PostgreSQL
 * text cannot, and the query would fail with 500). A request that does not fit gets 400 problem+json
 * naming the fields, and reaches no controller, so it writes nothing. A JSON body sent in chunks
 * (no Content-Length) is held to BodySizeLimit's 1 MiB here. Runs after authentication,
 * so a caller who may not call learns nothing about the shape of the body.
 */
@Filter("/api/**")
public class ContractTypes implements HttpServerFilter {

    /**
     * The request attribute holding the JSON body this filter buffered ({@code byte[]}). Later
     * filters read it from here: a second split of the same body trips Micronaut's shared buffer.
     */
    public static final String BODY_BYTES = ContractTypes.class.getName() + ".body";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 2; // before the rate limit and idempotency filters
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<RouteInfo<?>> route = RouteAttributes.getRouteInfo(request);
        if (route.isEmpty()) {
            return chain.proceed(request);
        }
        List<FieldError> errors = parameterErrors(request, route.get());
        if (!errors.isEmpty()) {
            return Mono.just(problem(request, errors));
        }
        Optional<Argument<?>> body = route.get().getRequestBodyType();
        boolean json = request.getContentType().map(ContractTypes::isJson).orElse(false);
        if (body.isEmpty() || !json || !(request instanceof ServerHttpRequest<?> server)) {
            return chain.proceed(request);
        }
        var copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
        return Mono.fromFuture(copy.buffer()).flatMap(available -> {
            JsonTypeCheck.Verdict verdict;
            try (available) {
                if (available.length() > BodySizeLimit.MAX_BODY) {
                    // sent in chunks, without a Content-Length for BodySizeLimit to judge
                    return Mono.just(tooLarge(request, available.length()));
                }
                byte[] bytes = available.toByteArray();
                request.setAttribute(BODY_BYTES, bytes);
                verdict = JsonTypeCheck.check(bytes, body.get());
            }
            if (verdict.fits()) {
                return Mono.from(chain.proceed(request));
            }
            if (verdict.unreadable() != null) {
                Problem problem = Problems.of(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, verdict.unreadable());
                problem.setInstance(request.getPath());
                return Mono.just(respond(problem));
            }
            return Mono.just(problem(request, verdict.errors()));
        });
    }

    private static List<FieldError> parameterErrors(HttpRequest<?> request, RouteInfo<?> route) {
        List<FieldError> errors = new ArrayList<>();
        request.getParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                errors.add(new FieldError(name, JsonTypeCheck.NUL));
            }
        });
        if (request.getPath().indexOf('\0') >= 0) {
            errors.add(new FieldError("path", JsonTypeCheck.NUL));
        }
        if (!(route instanceof MethodBasedRouteInfo<?, ?> method)) {
            return errors;
        }
        for (Argument<?> argument : method.getTargetMethod().getArguments()) {
            if (argument.getType() != Boolean.class && argument.getType() != boolean.class) {
                continue;
            }
            var annotations = argument.getAnnotationMetadata();
            boolean query = annotations.hasAnnotation(QueryValue.class);
            if (!query && !annotations.hasAnnotation(Header.class)) {
                continue;
            }
            String name = annotations.stringValue(query ? QueryValue.class : Header.class).orElse(argument.getName());
            List<String> values = query ? request.getParameters().getAll(name) : request.getHeaders().getAll(name);
            for (String value : values) {
                String word = value.trim().toLowerCase(Locale.ROOT);
                if (!word.equals("true") && !word.equals("false")) {
                    errors.add(new FieldError(name, "must be true or false"));
                }
            }
        }
        return errors;
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private static MutableHttpResponse<?> problem(HttpRequest<?> request, List<FieldError> errors) {
        Problem problem = Problems.of(ProblemType.VALIDATION_ERROR, HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setErrors(errors);
        problem.setInstance(request.getPath());
        return respond(problem);
    }

    private static MutableHttpResponse<?> tooLarge(HttpRequest<?> request, long length) {
        Problem problem = Problems.of(ProblemType.PAYLOAD_TOO_LARGE, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "The body is " + length + " bytes; at most " + BodySizeLimit.MAX_BODY + " are accepted here");
        problem.setInstance(request.getPath());
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body(problem);
    }

    private static MutableHttpResponse<?> respond(Problem problem) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem);
    }
}
