package online.pass24.desk.client.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookVerifierTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final String ID = "5f0c2b7e-1d55-4f7a-9a86-3c3b8e1f2a10";
    private static final byte[] BODY = """
            {"type":"ticket.created","timestamp":"2026-03-02T09:14:59.5+00:00","data":{"ticketId":"0b9e6a4c-8f1d-4e53-a7a2-9d1c3f6b5e21","key":"EM-000042","level":"STANDARD"}}"""
            .getBytes(StandardCharsets.UTF_8);

    private final String secret = newSecret();
    private final WebhookVerifier verifier = verifierAt(secret, NOW);

    @Test
    void aDeliverySignedWithTheSecretIsGenuine() {
        long sent = NOW.getEpochSecond() - 2;
        String signature = verifier.signature(ID, sent, BODY);

        assertDoesNotThrow(() -> verifier.verify(ID, Long.toString(sent), signature, BODY));
    }

    @Test
    void matchesThePublishedStandardWebhooksExample() {
        // the reference vector of the Standard Webhooks libraries, independent of our own signing
        WebhookVerifier reference = verifierAt("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Instant.ofEpochSecond(1614265330));

        assertDoesNotThrow(() -> reference.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "{\"test\": 2432232314}"));
    }

    @Test
    void aTamperedBodyIsRejected() {
        long sent = NOW.getEpochSecond();
        String signature = verifier.signature(ID, sent, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("STANDARD", "EMERGENCY").getBytes(StandardCharsets.UTF_8);

        WebhookVerificationException rejected = assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(ID, Long.toString(sent), signature, tampered));
        assertEquals("No webhook-signature matches the body", rejected.getMessage());
    }

    @Test
    void anotherDeliveryIdOrTimestampDoesNotReuseTheSignature() {
        long sent = NOW.getEpochSecond();
        String signature = verifier.signature(ID, sent, BODY);

        assertThrows(WebhookVerificationException.class,
                () -> verifier.verify("another-id", Long.toString(sent), signature, BODY));
        assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(ID, Long.toString(sent - 1), signature, BODY));
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRejected() {
        long sent = NOW.getEpochSecond();
        String forged = verifierAt(newSecret(), NOW).signature(ID, sent, BODY);

        assertThrows(WebhookVerificationException.class, () -> verifier.verify(ID, Long.toString(sent), forged, BODY));
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsRejectedEvenWhenSigned() {
        long stale = NOW.minus(Duration.ofMinutes(5)).getEpochSecond() - 1;
        long early = NOW.plus(Duration.ofMinutes(5)).getEpochSecond() + 1;

        WebhookVerificationException old = assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(ID, Long.toString(stale), verifier.signature(ID, stale, BODY), BODY));
        assertEquals("The webhook-timestamp is too old", old.getMessage());
        assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(ID, Long.toString(early), verifier.signature(ID, early, BODY), BODY));
    }

    @Test
    void aTimestampJustWithinFiveMinutesIsAccepted() {
        long edge = NOW.minus(Duration.ofMinutes(5)).getEpochSecond();

        assertDoesNotThrow(() -> verifier.verify(ID, Long.toString(edge), verifier.signature(ID, edge, BODY), BODY));
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        long sent = NOW.getEpochSecond();
        String rotatedOut = verifierAt(newSecret(), NOW).signature(ID, sent, BODY);
        String current = verifier.signature(ID, sent, BODY);
        String unknownScheme = "v1a,c29tZXRoaW5nIGVsc2U=";
        String garbage = "v1,not*base64";

        assertDoesNotThrow(() -> verifier.verify(ID, Long.toString(sent),
                String.join(" ", unknownScheme, rotatedOut, garbage, current), BODY));
        assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(ID, Long.toString(sent), String.join(" ", unknownScheme, rotatedOut, garbage), BODY));
    }

    @Test
    void headersAreFoundWhateverTheirCase() {
        long sent = NOW.getEpochSecond();
        Map<String, List<String>> headers = Map.of(
                "Webhook-id", List.of(ID),
                "WEBHOOK-TIMESTAMP", List.of(Long.toString(sent)),
                "webhook-signature", List.of(verifier.signature(ID, sent, BODY)));

        assertTrue(verifier.isValid(headers, BODY));
        assertFalse(verifier.isValid(Map.of("webhook-id", List.of(ID)), BODY));
    }

    @Test
    void missingOrMalformedHeadersAreRejected() {
        String signature = verifier.signature(ID, NOW.getEpochSecond(), BODY);

        assertThrows(WebhookVerificationException.class, () -> verifier.verify(null, "1", signature, BODY));
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(ID, "", signature, BODY));
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(ID, "yesterday", signature, BODY));
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(ID, Long.toString(NOW.getEpochSecond()), " ", BODY));
    }

    @Test
    void aSecretThatIsNotBase64IsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookVerifier("whsec_not base64!"));
        assertThrows(IllegalArgumentException.class, () -> new WebhookVerifier("whsec_"));
    }

    private static WebhookVerifier verifierAt(String secret, Instant now) {
        return new WebhookVerifier(secret, Clock.fixed(now, ZoneOffset.UTC), WebhookVerifier.DEFAULT_TOLERANCE);
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
