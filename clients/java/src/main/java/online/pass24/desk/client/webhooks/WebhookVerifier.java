package online.pass24.desk.client.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that a webhook delivery really comes from Emergency Desk and is fresh, as
 * <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> describes it.
 *
 * <p>Each delivery carries three headers: {@code webhook-id} (the delivery's id, the same on every
 * retry), {@code webhook-timestamp} (Unix seconds when it was sent) and {@code webhook-signature}
 * (one or more space-separated {@code v1,<base64>} entries). Each entry is the HMAC-SHA256 of
 * {@code {id}.{timestamp}.{body}}, keyed with the base64-decoded part of the subscription's
 * {@code whsec_…} secret. Several entries appear while a secret is being rotated; one match is
 * enough.
 *
 * <p>Verify the raw bytes of the body exactly as they arrived, before parsing them: a JSON
 * library that re-serialises the payload changes it and the signature no longer matches.
 * Deliveries are at least once, so also drop a {@code webhook-id} you have already handled.
 *
 * <pre>{@code
 * WebhookVerifier verifier = new WebhookVerifier(System.getenv("DESK_WEBHOOK_SECRET"));
 * server.createContext("/desk-events", exchange -> {
 *     byte[] body = exchange.getRequestBody().readAllBytes();
 *     try {
 *         verifier.verify(exchange.getRequestHeaders(), body);
 *     } catch (WebhookVerificationException e) {
 *         exchange.sendResponseHeaders(400, -1);
 *         return;
 *     }
 *     // handle the event, then answer 2xx quickly
 * });
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class WebhookVerifier {

    /** How far the sender's clock may be from ours; older deliveries could be replays. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private final Clock clock;
    private final Duration tolerance;

    /**
     * @param secret the subscription's secret as {@code createWebhook} returned it
     *               ({@code whsec_<base64>}); the bare base64 part is accepted too
     */
    public WebhookVerifier(String secret) {
        this(secret, Clock.systemUTC(), DEFAULT_TOLERANCE);
    }

    /** For tests and for receivers that want a different clock or tolerance. */
    public WebhookVerifier(String secret, Clock clock, Duration tolerance) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            this.key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The webhook secret is not whsec_ followed by base64", e);
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("The webhook secret is empty");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    /**
     * Verifies a delivery given its headers, looked up regardless of case (pass
     * {@code HttpExchange.getRequestHeaders()}, {@code java.net.http.HttpHeaders.map()}, or the
     * like).
     *
     * @throws WebhookVerificationException when a header is missing, the timestamp is outside the
     *                                      tolerance, or no signature matches
     */
    public void verify(Map<String, List<String>> headers, byte[] body) throws WebhookVerificationException {
        verify(header(headers, ID_HEADER), header(headers, TIMESTAMP_HEADER), header(headers, SIGNATURE_HEADER), body);
    }

    /**
     * Verifies a delivery given the values of its three headers and its raw body.
     *
     * @throws WebhookVerificationException when a value is missing, the timestamp is outside the
     *                                      tolerance, or no signature matches
     */
    public void verify(String id, String timestamp, String signatures, byte[] body) throws WebhookVerificationException {
        if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
            throw new WebhookVerificationException("A webhook-id, webhook-timestamp or webhook-signature header is missing");
        }
        Objects.requireNonNull(body, "body");
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("The webhook-timestamp is not a number of seconds");
        }
        Instant sent = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(tolerance))) {
            throw new WebhookVerificationException("The webhook-timestamp is too old");
        }
        if (sent.isAfter(now.plus(tolerance))) {
            throw new WebhookVerificationException("The webhook-timestamp is too far in the future");
        }
        byte[] expected = sign(id, seconds, body);
        boolean matched = false;
        for (String entry : signatures.trim().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !VERSION.equals(entry.substring(0, comma))) {
                continue; // another scheme (e.g. a future v1a) is not ours to judge
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // constant time, and every entry is compared, so timing tells nothing about which matched
            matched |= MessageDigest.isEqual(expected, given);
        }
        if (!matched) {
            throw new WebhookVerificationException("No webhook-signature matches the body");
        }
    }

    /** The same as {@link #verify(String, String, String, byte[])} for a body already read as UTF-8 text. */
    public void verify(String id, String timestamp, String signatures, String body) throws WebhookVerificationException {
        verify(id, timestamp, signatures, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the delivery is genuine and fresh, for callers that need no reason. */
    public boolean isValid(Map<String, List<String>> headers, byte[] body) {
        try {
            verify(headers, body);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    /**
     * The {@code webhook-signature} value Emergency Desk would send for this delivery: for tests
     * of a receiver, which can then post itself a signed delivery.
     */
    public String signature(String id, long timestamp, byte[] body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(sign(id, timestamp, body));
    }

    private byte[] sign(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)
                    && header.getValue() != null && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
