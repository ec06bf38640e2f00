package online.pass24.desk.reports;

import io.micronaut.data.r2dbc.operations.R2dbcOperations;
import io.r2dbc.postgresql.api.PostgresTransactionDefinition;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Row;
import jakarta.inject.Singleton;
import online.pass24.desk.api.model.Level;
import online.pass24.desk.api.model.Metric;
import online.pass24.desk.api.model.MetricReport;
import online.pass24.desk.api.model.RateReport;
import online.pass24.desk.api.model.ReportGrouping;
import online.pass24.desk.api.model.SlaReport;
import online.pass24.desk.api.model.SlaReportRow;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.workflow.domain.Checklist;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SLA report (SPEC §6): per group, each metric's clocks met and breached with compliance,
 * median and p90 business minutes; the checklist's and the success criteria's completion; and
 * extensions, downgrades, upgrades and escalations apart. Read in one repeatable-read snapshot,
 * so the sums and the times describe the same tickets.
 */
@Singleton
public class SlaReports {

    /** Three years of days: a long report is a query plan's business, not an accident. */
    static final int MAX_DAYS = 3 * 366;
    private static final Metric[] METRICS = {Metric.FIRST_CONTACT, Metric.DIAGNOSIS, Metric.RESOLUTION, Metric.STATUS_UPDATE};
    private static final String[] PREFIX = {"fc", "dg", "rs", "su"};

    private final R2dbcOperations operations;
    private final Clock clock;

    SlaReports(R2dbcOperations operations, Clock clock) {
        this.operations = operations;
        this.clock = clock;
    }

    public Mono<SlaReport> report(LocalDate from, LocalDate to, ReportGrouping grouping, Level level) {
        if (to.isBefore(from)) {
            return Mono.error(ApiProblem.invalidField("to", "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Mono.error(ApiProblem.invalidField("to", "a report covers at most " + MAX_DAYS + " days"));
        }
        String levelName = level == null ? null : level.name();
        return Mono.from(operations.withConnection(connection -> read(connection, from, to, grouping, levelName)))
                .map(loaded -> assemble(from, to, grouping, level, loaded));
    }

    private record Loaded(String zone, List<Map<String, Object>> sums, List<Map<String, Object>> minutes) {
    }

    private Mono<Loaded> read(Connection connection, LocalDate from, LocalDate to, ReportGrouping grouping, String level) {
        Mono<Loaded> work = Mono.from(connection.createStatement("SET LOCAL jit = off").execute())
                .flatMap(r -> Mono.from(r.getRowsUpdated()))
                .then(single(connection, "SELECT report_zone() AS zone").map(row -> (String) row.get("zone")))
                .flatMap(zone -> query(connection, ReportQueries.sums(grouping), from, to, level).collectList()
                        .flatMap(sums -> query(connection, ReportQueries.minutes(grouping), from, to, level).collectList()
                                .map(minutes -> new Loaded(zone, sums, minutes))));
        return Mono.from(connection.beginTransaction(PostgresTransactionDefinition.from(IsolationLevel.REPEATABLE_READ).readOnly()))
                .then(work)
                .flatMap(loaded -> Mono.from(connection.commitTransaction()).thenReturn(loaded))
                .onErrorResume(e -> Mono.from(connection.rollbackTransaction()).then(Mono.error(e)));
    }

    private static Mono<Map<String, Object>> single(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute()).concatMap(r -> r.map(Rows::of)).next();
    }

    private static Flux<Map<String, Object>> query(Connection connection, String sql, LocalDate from, LocalDate to, String level) {
        var statement = connection.createStatement(sql).bind("$1", from).bind("$2", to);
        if (level == null) {
            statement.bindNull("$3", String.class);
        } else {
            statement.bind("$3", level);
        }
        return Flux.from(statement.execute()).concatMap(r -> r.map(Rows::of));
    }

    /** A row as column name → value, read while the driver still holds it. */
    private static final class Rows {
        static Map<String, Object> of(Row row, io.r2dbc.spi.RowMetadata metadata) {
            Map<String, Object> values = new HashMap<>();
            for (var column : metadata.getColumnMetadatas()) {
                values.put(column.getName(), row.get(column.getName()));
            }
            return values;
        }
    }

    private SlaReport assemble(LocalDate from, LocalDate to, ReportGrouping grouping, Level level, Loaded loaded) {
        Map<GroupKey, Map<Integer, Map<String, Object>>> times = new HashMap<>();
        for (Map<String, Object> row : loaded.minutes()) {
            times.computeIfAbsent(GroupKey.of(row), k -> new HashMap<>()).put(number(row.get("metric")).intValue(), row);
        }
        SlaReportRow total = null;
        List<SlaReportRow> rows = new ArrayList<>();
        for (Map<String, Object> sums : loaded.sums()) {
            GroupKey key = GroupKey.of(sums);
            SlaReportRow row = row(key.key(), sums, times.getOrDefault(key, Map.of()));
            if (key.total()) {
                total = row;
            } else {
                rows.add(row);
            }
        }
        if (total == null) {
            total = row(null, Map.of(), Map.of());
        }
        Comparator<SlaReportRow> order = ReportQueries.byPeriod(grouping) && grouping != ReportGrouping.LEVEL
                ? Comparator.comparing(SlaReportRow::getKey)
                : Comparator.comparing(SlaReportRow::getTickets).reversed()
                        .thenComparing(SlaReportRow::getKey, Comparator.nullsLast(Comparator.naturalOrder()));
        rows.sort(order);
        SlaReport report = new SlaReport(from, to, loaded.zone(), grouping, clock.instant().atOffset(ZoneOffset.UTC), rows, total);
        report.setLevel(level);
        return report;
    }

    private record GroupKey(String key, boolean total) {
        static GroupKey of(Map<String, Object> row) {
            return new GroupKey((String) row.get("key"), number(row.get("total")).intValue() == 1);
        }
    }

    private static SlaReportRow row(String key, Map<String, Object> sums, Map<Integer, Map<String, Object>> times) {
        int tickets = count(sums, "tickets");
        List<MetricReport> metrics = new ArrayList<>();
        for (int i = 0; i < METRICS.length; i++) {
            int met = count(sums, PREFIX[i] + "_met");
            int breached = count(sums, PREFIX[i] + "_breached");
            int all = count(sums, PREFIX[i] + "_count");
            MetricReport metric = new MetricReport(METRICS[i], all, met, breached, all - met - breached);
            metric.setCompliancePercent(percent(met, met + breached));
            Map<String, Object> time = times.get(i);
            if (time != null) {
                metric.setMedianMinutes(percentile(time, "p50", 0.5));
                metric.setP90Minutes(percentile(time, "p90", 0.9));
            }
            metrics.add(metric);
        }
        List<RateReport> checklist = new ArrayList<>();
        for (int i = 0; i < Checklist.ITEMS.size(); i++) {
            checklist.add(rate(Checklist.ITEMS.get(i), count(sums, "c" + i), tickets));
        }
        List<RateReport> criteria = new ArrayList<>();
        for (int i = 0; i < Checklist.CRITERIA.size(); i++) {
            criteria.add(rate(Checklist.CRITERIA.get(i), count(sums, "s" + i), tickets));
        }
        SlaReportRow row = new SlaReportRow(tickets, metrics, checklist, criteria, rate("ALL", count(sums, "s_all"), tickets),
                count(sums, "extensions"), count(sums, "downgrades"), count(sums, "upgrades"), count(sums, "escalations"));
        row.setKey(key);
        return row;
    }

    private static RateReport rate(String item, int done, int of) {
        return new RateReport(item, done, percent(done, of));
    }

    /** As percentile_cont: the value at rank p·(n−1), interpolated between its neighbours. */
    private static Double percentile(Map<String, Object> time, String name, double p) {
        long n = number(time.get("n")).longValue();
        Number low = number(time.get(name + "_low"));
        Number high = number(time.get(name + "_high"));
        if (n == 0 || low == null || high == null) {
            return null;
        }
        double rank = p * (n - 1);
        double value = low.doubleValue() + (rank - Math.floor(rank)) * (high.doubleValue() - low.doubleValue());
        return Math.round(value * 10) / 10.0;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static int count(Map<String, Object> sums, String column) {
        Number value = number(sums.get(column));
        return value == null ? 0 : value.intValue();
    }

    private static Number number(Object value) {
        return (Number) value;
    }
}
