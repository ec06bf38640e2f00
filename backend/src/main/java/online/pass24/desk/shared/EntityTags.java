package online.pass24.desk.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Entity tags for resources without a version number: a digest of what the resource holds. And
 * the one reading of {@code If-Match} every resource shares: absent or {@code *} matches;
 * otherwise any listed tag, weak or strong, equal to the current one.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String quoted(String value) {
        return "\"" + value + "\"";
    }

    /** A tag for content: the first 16 hex digits of its SHA-256. */
    public static String ofContent(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return quoted(HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return true;
        }
        String bare = current.replace("\"", "");
        return Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .anyMatch(bare::equals);
    }
}
