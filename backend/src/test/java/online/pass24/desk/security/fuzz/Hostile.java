package online.pass24.desk.security.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an attacker or a broken client sends: injection payloads (each with a marker, so that
 * what was stored of it can be found again), byte sequences that are not UTF-8, and structures
 * nested far beyond any real body.
 */
final class Hostile {

    /** Marks the payloads, so a stored copy is recognised in an answer; {@link #marked} makes it unique. */
    static final String MARKER = "f7zq";

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='" + MARKER + "'</script>",
            "<img src=x onerror=window.__xss=1>" + MARKER,
            "\"><svg/onload=alert('" + MARKER + "')>",
            "javascript:alert('" + MARKER + "')",
            "'; DROP TABLE ticket; -- " + MARKER,
            "' OR '1'='1' -- " + MARKER,
            "1; SELECT pg_sleep(5); -- " + MARKER,
            "$$; DELETE FROM ticket; $$ " + MARKER,
            "{{#" + MARKER + "}}{{/" + MARKER + "}}{{{raw}}}{{> partial}}",
            "${jndi:ldap://127.0.0.1:1/" + MARKER + "}",
            "%s%n%x " + MARKER + " \\u0000 \\",
            "../../../../etc/passwd " + MARKER,
            "\r\nSet-Cookie: " + MARKER + "=1",
            "Ж\u200B\u202Eevil" + MARKER + "\uD83D\uDE00 ﷽",
            "<!--" + MARKER + "--><![CDATA[x]]>&amp;&lt;&#0;",
            "NUL\0" + MARKER);

    /** Sequences no UTF-8 decoder may accept. */
    static final List<byte[]> NOT_UTF8 = List.of(
            new byte[]{(byte) 0xC3, 0x28},                      // a lead byte without its continuation
            new byte[]{(byte) 0xA0, (byte) 0xA1},               // continuation bytes alone
            new byte[]{(byte) 0xE2, 0x28, (byte) 0xA1},
            new byte[]{(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
            new byte[]{(byte) 0xFF, (byte) 0xFE},               // never in UTF-8
            new byte[]{(byte) 0xC0, (byte) 0xAF},               // "/" in two bytes: overlong
            new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},  // a surrogate, UTF-8 encoded (CESU-8)
            new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
            new byte[]{(byte) 0xE2, (byte) 0x82});              // cut short

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Hostile() {
    }

    /** The payload with a marker of its own, so that only its own stored copy is recognised. */
    static String marked(String payload) {
        return payload.replace(MARKER, MARKER + SERIAL.incrementAndGet() + "z");
    }

    /** The unique marker {@link #marked} put into a payload. */
    static String markerOf(String marked) {
        Matcher m = Pattern.compile(MARKER + "\\d+z").matcher(marked);
        return m.find() ? m.group() : null;
    }

    static Arbitrary<String> payloads() {
        return Arbitraries.of(PAYLOADS);
    }

    /** A JSON string holding an invalid byte sequence somewhere in ordinary text. */
    static Arbitrary<byte[]> notUtf8String() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), Arbitraries.of(NOT_UTF8),
                Arbitraries.strings().alpha().ofMaxLength(8)).as((before, bad, after) -> {
            byte[] head = ("\"" + before).getBytes(StandardCharsets.UTF_8);
            byte[] tail = (after + "\"").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bad, 0, all, head.length, bad.length);
            System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
            return all;
        });
    }

    /** Arrays or objects nested {@code depth} levels deep, as raw JSON. */
    static Arbitrary<byte[]> deepNesting() {
        return Combinators.combine(Arbitraries.of(65, 100, 1_000, 10_000, 100_000), Arbitraries.of(true, false))
                .as((depth, arrays) -> {
                    StringBuilder json = new StringBuilder(depth * 6);
                    json.append((arrays ? "[" : "{\"a\":").repeat(depth)).append("1").append((arrays ? "]" : "}").repeat(depth));
                    return json.toString().getBytes(StandardCharsets.UTF_8);
                });
    }
}
