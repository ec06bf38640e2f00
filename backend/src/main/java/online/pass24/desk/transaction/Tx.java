package online.pass24.desk.transaction;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/** Runs a reactive chain in one R2DBC transaction, for callers that are not beans of their own. */
@Singleton
public class Tx {

    @Transactional
    public <T> Mono<T> inTransaction(Mono<T> work) {
        return Mono.defer(() -> work);
    }
}
