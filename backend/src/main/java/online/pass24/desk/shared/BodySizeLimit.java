package online.pass24.desk.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.problem.Problems;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The server accepts large multipart uploads; every other body is held to 1 MiB, so a JSON or
 * XML body can never be large enough to hurt.
 */
@Filter("/api/**")
public class BodySizeLimit implements HttpServerFilter {

    static final long MAX_BODY = 1024 * 1024;

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        long length = request.getContentLength();
        boolean multipart = request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        if (!multipart && length > MAX_BODY) {
            var problem = Problems.of(ProblemType.PAYLOAD_TOO_LARGE, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "The body is " + length + " bytes; at most " + MAX_BODY + " are accepted here");
            problem.setInstance(request.getPath());
            return Mono.just(io.micronaut.http.HttpResponse.<Object>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE).body(problem));
        }
        return chain.proceed(request);
    }
}
