package online.pass24.desk.stream;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.netty.DefaultHttpCompressionStrategy;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import jakarta.inject.Singleton;

/**
 * Micronaut's compression rule (text-based responses from the configured threshold up), except for
 * event streams. A browser asks for gzip, and a compressed stream needs a deflater of its own per
 * connection (some 256 KiB of zlib state) that compresses every event again for every subscriber:
 * an event of a few hundred bytes gains next to nothing, and thousands of wallboards and agents
 * would cost the instance gigabytes and the shared frame of {@link SseFrames} its point.
 */
@Singleton
@Replaces(DefaultHttpCompressionStrategy.class)
final class EventStreamCompression implements HttpCompressionStrategy {

    private final int threshold;
    private final int level;
    private final int maxZstdEncodeSize;

    EventStreamCompression(NettyHttpServerConfiguration configuration) {
        this.threshold = configuration.getCompressionThreshold();
        this.level = configuration.getCompressionLevel();
        this.maxZstdEncodeSize = configuration.getMaxZstdEncodeSize();
    }

    @Override
    public boolean isEnabled() {
        return threshold >= 0;
    }

    @Override
    public boolean shouldCompress(HttpResponse response) {
        String contentType = response.headers().get(HttpHeaderNames.CONTENT_TYPE);
        if (!isEnabled() || contentType == null || contentType.startsWith(MediaType.TEXT_EVENT_STREAM)) {
            return false;
        }
        long length = HttpUtil.getContentLength(response, -1L);
        return (length == -1 || length >= threshold) && MediaType.isTextBased(contentType);
    }

    @Override
    public int getCompressionLevel() {
        return level;
    }

    @Override
    public int getMaxZstdEncodeSize() {
        return maxZstdEncodeSize;
    }
}
