package online.pass24.desk.attachments;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The attachment store: a directory with one file per attachment id. A file is written under
 * {@code .incoming/} while it streams in and moved into place in one atomic rename once whole,
 * so a crash mid-upload leaves nothing but a temporary file, which the next start removes.
 */
@Singleton
class AttachmentStore {

    /** Tika reads its type tables when first used (an upload), not during the start. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    private final Path root;
    private final Path incoming;

    AttachmentStore(@Value("${attachments.dir:.data/attachments}") String dir) {
        this.root = Path.of(dir).toAbsolutePath();
        this.incoming = root.resolve(".incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the attachment store at " + root, e);
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try (Stream<Path> leftovers = Files.list(incoming)) {
            leftovers.forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An upload received whole into a temporary file, with what its content says it is. */
    record Received(Path file, long size, String sha256, String detectedType) {
    }

    Received receive(InputStream content) throws IOException {
        Path temp = incoming.resolve(UUID.randomUUID().toString());
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try (InputStream in = new DigestInputStream(content, sha)) {
            size = Files.copy(in, temp);
        }
        String type;
        try (InputStream in = Files.newInputStream(temp)) {
            type = Detector.TIKA.detect(in);
        }
        return new Received(temp, size, HexFormat.of().formatHex(sha.digest()), type);
    }

    /** What the name alone suggests; null when the name says nothing. */
    static String typeByName(String fileName) {
        String type = Detector.TIKA.detect(fileName);
        return "application/octet-stream".equals(type) ? null : type;
    }

    void keep(Received received, UUID id) throws IOException {
        Files.move(received.file(), root.resolve(id.toString()), StandardCopyOption.ATOMIC_MOVE);
    }

    void discard(Path file) {
        file.toFile().delete();
    }

    Path path(UUID id) {
        return root.resolve(id.toString());
    }
}
