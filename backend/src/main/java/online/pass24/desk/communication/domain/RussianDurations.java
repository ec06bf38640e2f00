package online.pass24.desk.communication.domain;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.time.Duration;
import java.util.Map;

/**
 * Durations written the Russian way with the plural rules of CLDR ("1 час", "2 часа 15 минут",
 * "5 часов"), never by hand-made endings.
 */
public final class RussianDurations {

    private static final ULocale RUSSIAN = new ULocale("ru");
    private static final String PATTERN = "{hours, plural, =0 {} one {# час} few {# часа} many {# часов} other {# часа}}"
            + "{both, select, yes { } other {}}"
            + "{minutes, plural, =0 {} one {# минута} few {# минуты} many {# минут} other {# минуты}}";

    private RussianDurations() {
    }

    public static String format(Duration duration) {
        long totalMinutes = Math.max(0, duration.toMinutes());
        long hours = totalMinutes / 60;
        long minutes = totalMinutes % 60;
        if (totalMinutes == 0) {
            return new MessageFormat("{minutes, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}", RUSSIAN)
                    .format(Map.of("minutes", 0));
        }
        return new MessageFormat(PATTERN, RUSSIAN).format(Map.of("hours", hours, "minutes", minutes,
                "both", hours > 0 && minutes > 0 ? "yes" : "no")).trim();
    }
}
