package online.pass24.desk.attachments;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments: typed by content, checksummed, downloadable with their names, nothing half stored. */
@MicronautTest(transactional = false)
class AttachmentApiTest {

    /** A real 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String agent;
    String ticket;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        database.clearTickets();
        ticket = Json.parse(api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","level":"EMERGENCY","title":"Ошибка"}""")
                .body()).get("id").getStringValue();
    }

    @Test
    void aScreenshotIsStoredWithItsChecksumAndComesBackWithItsCyrillicName() throws Exception {
        HttpResponse<String> upload = upload(agent, "скриншот ошибки.png", PNG);

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonNode attachment = Json.parse(upload.body());
        assertThat(attachment.get("contentType").getStringValue()).isEqualTo("image/png");
        assertThat(attachment.get("size").getLongValue()).isEqualTo(PNG.length);
        assertThat(attachment.get("sha256").getStringValue())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(
                        "/api/v1/tickets/" + ticket + "/attachments/" + attachment.get("id").getStringValue()))
                .header("Authorization", "Bearer " + agent).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%D1%81%D0%BA%D1%80%D0%B8%D0%BD%D1%88%D0%BE%D1%82%20%D0%BE%D1%88%D0%B8%D0%B1%D0%BA%D0%B8.png")
                .startsWith("attachment;");
        assertThat(Json.parse(api.get("/api/v1/tickets/" + ticket + "/attachments", agent).body()).get("items").size()).isEqualTo(1);
    }

    @Test
    void aLogIsAcceptedAsText() throws Exception {
        HttpResponse<String> upload = upload(agent, "server.log", "2026-11-26 10:00 ERROR sync failed\n".getBytes(StandardCharsets.UTF_8));

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(Json.parse(upload.body()).get("contentType").getStringValue()).isEqualTo("text/plain");
    }

    @Test
    void contentThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
        long filesBefore = storedFiles();

        HttpResponse<String> disguised = upload(agent, "photo.png", PDF);
        HttpResponse<String> program = upload(agent, "tool.exe", concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[512]));

        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(disguised.body()).contains("application/pdf").contains("photo.png");
        assertThat(program.statusCode()).isEqualTo(415);
        assertThat(database.count("SELECT count(*) FROM attachment")).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void anOversizedFileIsRefusedAndNothingIsStored() throws Exception {
        long filesBefore = storedFiles();
        byte[] big = new byte[1536 * 1024];
        Arrays.fill(big, (byte) 'x');

        HttpResponse<String> upload = upload(agent, "huge.log", big);

        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(database.count("SELECT count(*) FROM attachment")).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void wallboardsMayNotUploadAndOtherTicketsAreNotFound() throws Exception {
        assertThat(upload(KeycloakTokens.user("wallboard"), "a.png", PNG).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/tickets/6f1c0f44-2f5e-4c2a-9d55-2b1f0c7f0a11/attachments", agent).status()).isEqualTo(404);
        assertThat(database.count("SELECT count(*) FROM attachment")).isZero();
    }

    private HttpResponse<String> upload(String token, String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----desk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/tickets/" + ticket + "/attachments"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long storedFiles() throws IOException {
        Path dir = Path.of("target/attachments-test");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
