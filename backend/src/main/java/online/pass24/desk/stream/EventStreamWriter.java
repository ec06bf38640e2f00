package online.pass24.desk.stream;

import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;

import java.io.OutputStream;

/**
 * Streams an {@link EventStream}'s frames to the connection as they are: each frame is wrapped,
 * not copied or re-encoded, so the bytes of one event are shared by all its subscribers.
 */
@Singleton
@Produces(MediaType.TEXT_EVENT_STREAM)
final class EventStreamWriter implements ResponseBodyWriter<EventStream> {

    @Override
    public CloseableByteBody writePiece(ByteBodyFactory bodyFactory, HttpRequest<?> request, HttpResponse<?> response,
                                        Argument<EventStream> type, MediaType mediaType, EventStream body) {
        return bodyFactory.adapt(body.frames().map(bodyFactory.readBufferFactory()::adapt));
    }

    @Override
    public void writeTo(Argument<EventStream> type, MediaType mediaType, EventStream body, MutableHeaders outgoingHeaders,
                        OutputStream outputStream) {
        throw new CodecException("An event stream is written as it happens, never into a buffer");
    }
}
