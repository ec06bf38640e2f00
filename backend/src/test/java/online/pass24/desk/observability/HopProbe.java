package online.pass24.desk.observability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** A request whose chain moves to another thread before it logs: does the MDC come along? */
@Controller("/observability-probe")
@Requires(property = "observability.probe", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
class HopProbe {

    static final Logger LOG = LoggerFactory.getLogger("desk.probe");

    @Get(produces = MediaType.TEXT_PLAIN)
    Mono<String> hop() {
        String before = Thread.currentThread().getName();
        return Mono.delay(Duration.ofMillis(20)).map(tick -> {
            LOG.info("after a hop from {} to {}", before, Thread.currentThread().getName());
            return "ok";
        });
    }
}
