package online.pass24.desk.shared;

import online.pass24.desk.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pages of a short list that is read whole in a fixed order (a ticket's messages or
 * history, the specialists): the cursor names the last item shown, so a page never repeats or
 * skips an item when others are added at the end.
 */
public final class Pages {

    /** One page and the cursor of the next, null on the last. */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    private Pages() {
    }

    public static <T> Page<T> of(List<T> all, Function<T, String> key, String cursor, Integer limit) {
        int size = limit == null ? 100 : limit;
        int start = 0;
        if (cursor != null && !cursor.isBlank()) {
            String last;
            try {
                last = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("cursor", "is not a cursor this list gave out");
            }
            start = -1;
            for (int i = 0; i < all.size(); i++) {
                if (key.apply(all.get(i)).equals(last)) {
                    start = i + 1;
                    break;
                }
            }
            if (start < 0) {
                throw ApiProblem.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
        int end = Math.min(all.size(), start + size);
        String next = end < all.size()
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(key.apply(all.get(end - 1)).getBytes(StandardCharsets.UTF_8))
                : null;
        return new Page<>(List.copyOf(all.subList(start, end)), next);
    }
}
