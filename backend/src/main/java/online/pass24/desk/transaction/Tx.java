package online.pass24.desk.transaction;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/**
 * Runs a reactive chain in one R2DBC transaction, for callers that are not beans of their own.
 * The chain is built inside the transaction: repositories bind to the transaction when they
 * are called, not when their publisher is subscribed.
 */
@Singleton
public class Tx {

    @Transactional
    public <T> Mono<T> inTransaction(Supplier<Mono<T>> work) {
        return work.get();
    }
}
