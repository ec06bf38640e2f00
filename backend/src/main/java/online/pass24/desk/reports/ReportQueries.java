package online.pass24.desk.reports;

import online.pass24.desk.api.model.ReportGrouping;

/**
 * The two statements a report runs, in one snapshot: the sums per group, and the histograms of
 * business minutes per group and metric with the ranks medians and percentiles are read at.
 * Periods and levels are read from the per-day rollups where they are built and clean, and from
 * {@code report_ticket} for the other days; agents, clients and problem types from
 * {@code report_ticket}. Group expressions come from a closed set, never from the caller.
 */
final class ReportQueries {

    /** What a live read sums per group: the same columns the rollup keeps per day. */
    private static final String LIVE_SUMS = """
            count(*) AS tickets,
            count(*) FILTER (WHERE fc_state > 0) AS fc_count, count(*) FILTER (WHERE fc_state = 2) AS fc_met,
            count(*) FILTER (WHERE fc_state = 3) AS fc_breached,
            count(*) FILTER (WHERE dg_state > 0) AS dg_count, count(*) FILTER (WHERE dg_state = 2) AS dg_met,
            count(*) FILTER (WHERE dg_state = 3) AS dg_breached,
            count(*) FILTER (WHERE rs_state > 0) AS rs_count, count(*) FILTER (WHERE rs_state = 2) AS rs_met,
            count(*) FILTER (WHERE rs_state = 3) AS rs_breached,
            count(*) FILTER (WHERE su_state > 0) AS su_count, count(*) FILTER (WHERE su_state = 2) AS su_met,
            count(*) FILTER (WHERE su_state = 3) AS su_breached,
            count(*) FILTER (WHERE checklist & 1 <> 0) AS c0, count(*) FILTER (WHERE checklist & 2 <> 0) AS c1,
            count(*) FILTER (WHERE checklist & 4 <> 0) AS c2, count(*) FILTER (WHERE checklist & 8 <> 0) AS c3,
            count(*) FILTER (WHERE checklist & 16 <> 0) AS c4, count(*) FILTER (WHERE checklist & 32 <> 0) AS c5,
            count(*) FILTER (WHERE checklist & 64 <> 0) AS c6, count(*) FILTER (WHERE checklist & 128 <> 0) AS c7,
            count(*) FILTER (WHERE checklist & 256 <> 0) AS c8, count(*) FILTER (WHERE checklist & 512 <> 0) AS c9,
            count(*) FILTER (WHERE checklist & 1024 <> 0) AS c10,
            count(*) FILTER (WHERE success & 1 <> 0) AS s0, count(*) FILTER (WHERE success & 2 <> 0) AS s1,
            count(*) FILTER (WHERE success & 4 <> 0) AS s2, count(*) FILTER (WHERE success & 8 <> 0) AS s3,
            count(*) FILTER (WHERE success & 16 <> 0) AS s4, count(*) FILTER (WHERE success & 31 = 31) AS s_all,
            sum(extensions) AS extensions, sum(downgrades) AS downgrades, sum(upgrades) AS upgrades,
            sum(escalations) AS escalations""";

    /** The summed columns, in the order {@link #LIVE_SUMS} names them. */
    static final String[] COLUMNS = {"tickets",
            "fc_count", "fc_met", "fc_breached", "dg_count", "dg_met", "dg_breached",
            "rs_count", "rs_met", "rs_breached", "su_count", "su_met", "su_breached",
            "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10",
            "s0", "s1", "s2", "s3", "s4", "s_all", "extensions", "downgrades", "upgrades", "escalations"};

    /** Days of the period whose rollup can be trusted, and the others, read live. */
    private static final String DAYS = """
            clean AS (
                SELECT b.day FROM report_built b
                WHERE b.day BETWEEN $1 AND $2 AND b.day < report_live_from()
                  AND NOT EXISTS (SELECT 1 FROM report_dirty d WHERE d.day = b.day)),
            live AS (
                SELECT coalesce(array_agg(g.day), '{}') AS days
                FROM (SELECT CAST(s AS date) AS day FROM generate_series(CAST($1 AS date), CAST($2 AS date), interval '1 day') s) g
                WHERE g.day NOT IN (SELECT day FROM clean))""";

    /** The live days' histograms, from report_ticket. */
    private static final String LIVE_MINUTES = """
                SELECT r.day, r.level, m.metric, m.minutes, count(*) AS n FROM report_ticket r
                CROSS JOIN LATERAL (VALUES (0, r.fc_minutes), (1, r.dg_minutes), (2, r.rs_minutes), (3, r.su_minutes))
                    AS m (metric, minutes)
                WHERE r.day = ANY (CAST((SELECT days FROM live) AS date[])) AND m.minutes IS NOT NULL
                GROUP BY r.day, r.level, m.metric, m.minutes
            """;

    private static final String LEVEL = "(CAST($3 AS text) IS NULL OR level = $3)";

    private static final String MINUTES = """
            CROSS JOIN LATERAL (VALUES (0, r.fc_minutes), (1, r.dg_minutes), (2, r.rs_minutes), (3, r.su_minutes))
                AS m (metric, minutes)""";

    private ReportQueries() {
    }

    /**
     * The minute histograms of the period as rows (day, level, metric, minutes, n), where day is
     * the first day of what the row covers: whole weeks or months that lie inside the period with
     * every day built and clean come from their sums (a year is 53 or 12 of them, not 365), the
     * other clean days from their own rows, and the rest live from {@code report_ticket}.
     */
    private static String periodHistogram(ReportGrouping grouping) {
        String table;
        String column;
        String start;
        String end;
        switch (grouping) {
            case WEEK -> {
                table = "report_week_minutes";
                column = "week";
                start = "CAST(date_trunc('week', CAST(day AS timestamp)) AS date)";
                end = "p.start + 6";
            }
            case MONTH, LEVEL -> {
                table = "report_month_minutes";
                column = "month";
                start = "CAST(date_trunc('month', CAST(day AS timestamp)) AS date)";
                end = "CAST(p.start + interval '1 month' AS date) - 1";
            }
            default -> {
                return """
                        hist AS (
                            SELECT day, level, metric, minutes, n FROM report_day_minutes
                            WHERE day BETWEEN $1 AND $2 AND day IN (SELECT day FROM clean)
                            UNION ALL
                        """ + LIVE_MINUTES + ")";
            }
        }
        return """
                whole AS (
                    SELECT p.start FROM (SELECT DISTINCT %1$s AS start FROM clean) p
                    WHERE p.start >= $1 AND %2$s <= $2
                      AND (SELECT count(*) FROM clean c WHERE c.day BETWEEN p.start AND %2$s) = %2$s - p.start + 1),
                hist AS (
                    SELECT %3$s AS day, level, metric, minutes, n FROM %4$s WHERE %3$s IN (SELECT start FROM whole)
                    UNION ALL
                    SELECT day, level, metric, minutes, n FROM report_day_minutes
                    WHERE day IN (SELECT day FROM clean WHERE %1$s NOT IN (SELECT start FROM whole))
                    UNION ALL
                """.formatted(start, end, column, table) + LIVE_MINUTES + ")";
    }

    static boolean byPeriod(ReportGrouping grouping) {
        return switch (grouping) {
            case DAY, WEEK, MONTH, LEVEL -> true;
            case AGENT, CLIENT, PROBLEM_TYPE -> false;
        };
    }

    /** The group's key as text, over a row that has {@code day} and {@code level} (and for the others, report_ticket's). */
    private static String key(ReportGrouping grouping) {
        return switch (grouping) {
            case DAY -> "to_char(day, 'YYYY-MM-DD')";
            case WEEK -> "to_char(date_trunc('week', day), 'YYYY-MM-DD')";
            case MONTH -> "to_char(day, 'YYYY-MM')";
            case LEVEL -> "level";
            case AGENT -> "assignee";
            case CLIENT -> "client";
            case PROBLEM_TYPE -> "problem_type";
        };
    }

    /** Parameters: $1 first day, $2 last day, $3 level or null. Rows: key, total (0/1), then {@link #COLUMNS}. */
    static String sums(ReportGrouping grouping) {
        String key = key(grouping);
        StringBuilder outer = new StringBuilder();
        for (String column : COLUMNS) {
            outer.append(", sum(").append(column).append(") AS ").append(column);
        }
        String source = byPeriod(grouping)
                ? "WITH " + DAYS + """
                ,
                src AS (
                    SELECT * FROM report_day WHERE day BETWEEN $1 AND $2 AND day IN (SELECT day FROM clean)
                    UNION ALL
                    SELECT day, level,
                """ + LIVE_SUMS + """

                    FROM report_ticket WHERE day = ANY (CAST((SELECT days FROM live) AS date[])) GROUP BY day, level)
                SELECT %1$s AS key, GROUPING(%1$s) AS total%2$s FROM src WHERE %3$s GROUP BY GROUPING SETS ((%1$s), ())
                """.formatted(key, outer, LEVEL)
                : "SELECT %1$s AS key, GROUPING(%1$s) AS total, %2$s FROM report_ticket WHERE day BETWEEN $1 AND $2 AND %3$s GROUP BY GROUPING SETS ((%1$s), ())"
                .formatted(key, LIVE_SUMS, LEVEL);
        return source;
    }

    /**
     * Parameters as {@link #sums}. Rows: key, total, metric (0 first contact … 3 status update),
     * n stopped clocks, and for the median and the 90th percentile the minutes at the ranks below
     * and above the interpolated position (as percentile_cont places it).
     */
    static String minutes(ReportGrouping grouping) {
        String key = key(grouping);
        String histogram = byPeriod(grouping)
                ? "WITH " + DAYS + ",\n" + periodHistogram(grouping) + """
                ,
                g AS (
                    SELECT %1$s AS key, GROUPING(%1$s) AS total, metric, minutes, sum(n) AS n FROM hist WHERE %2$s
                    GROUP BY GROUPING SETS ((%1$s, metric, minutes), (metric, minutes))),
                """.formatted(key, LEVEL)
                : """
                WITH g AS (
                    SELECT %1$s AS key, GROUPING(%1$s) AS total, m.metric, m.minutes, count(*) AS n FROM report_ticket r
                """.formatted(key) + MINUTES + """

                    WHERE r.day BETWEEN $1 AND $2 AND %2$s AND m.minutes IS NOT NULL
                    GROUP BY GROUPING SETS ((%1$s, m.metric, m.minutes), (m.metric, m.minutes))),
                """.formatted(key, LEVEL);
        return histogram + """
                c AS (
                    SELECT key, total, metric, minutes,
                           sum(n) OVER (PARTITION BY key, total, metric ORDER BY minutes) AS below,
                           sum(n) OVER (PARTITION BY key, total, metric) AS n
                    FROM g)
                SELECT key, total, metric, max(n) AS n,
                       min(minutes) FILTER (WHERE below > floor(0.5 * (n - 1))) AS p50_low,
                       min(minutes) FILTER (WHERE below > ceil(0.5 * (n - 1))) AS p50_high,
                       min(minutes) FILTER (WHERE below > floor(0.9 * (n - 1))) AS p90_low,
                       min(minutes) FILTER (WHERE below > ceil(0.9 * (n - 1))) AS p90_high
                FROM c GROUP BY key, total, metric
                """;
    }
}
