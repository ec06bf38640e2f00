package online.pass24.desk.stream;

import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/**
 * Gives logged events their stream ids. Only the holder of the advisory lock sequences, so the
 * stream's transactions commit one after another and its ids become visible in order.
 */
@Singleton
class Sequencer {

    static final int BATCH = 1000;

    private final StreamRepository repository;

    Sequencer(StreamRepository repository) {
        this.repository = repository;
    }

    /** One round: how many events it sequenced (0 when another instance holds the lock). */
    public Mono<Long> round() {
        return repository.sequence(BATCH).map(StreamRepository.Moved::moved);
    }
}
