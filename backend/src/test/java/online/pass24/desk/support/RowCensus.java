package online.pass24.desk.support;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds, counted in one statement: the rows of every table and, where a table
 * versions its rows, the sum of their versions. Two equal censuses before and after a request
 * mean it wrote nothing (an UPDATE bumps a version, an INSERT or DELETE a count).
 *
 * <p>Left out are the tables the server's own workers fill and drain on their clock, whatever
 * the requests do: the live stream's sequencing, the webhook fan-out and its attempts, and the
 * migration history.
 */
@Singleton
public class RowCensus {

    private static final Set<String> CHURNED_BY_WORKERS = Set.of("stream_pending", "stream_event", "stream_retention",
            "webhook_outbox", "webhook_delivery", "webhook_attempt", "flyway_schema_history",
            // the report rollup job builds and retires days in the background
            "report_dirty", "report_built", "report_day", "report_day_minutes", "report_week_minutes",
            "report_month_minutes");

    private final DataSource dataSource;
    private String query;

    public RowCensus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, Long> take() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (query == null) {
                query = build(statement);
            }
            try (ResultSet row = statement.executeQuery(query)) {
                row.next();
                Map<String, Long> census = new LinkedHashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    census.put(row.getMetaData().getColumnLabel(i), row.getLong(i));
                }
                return census;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String build(Statement statement) throws SQLException {
        Map<String, Boolean> versioned = new LinkedHashMap<>();
        try (ResultSet tables = statement.executeQuery("""
                SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public'
                       AND c.table_name = t.table_name AND c.column_name = 'version' AND c.data_type IN ('integer', 'bigint'))
                FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                ORDER BY t.table_name""")) {
            while (tables.next()) {
                if (!CHURNED_BY_WORKERS.contains(tables.getString(1))) {
                    versioned.put(tables.getString(1), tables.getBoolean(2));
                }
            }
        }
        List<String> columns = new ArrayList<>();
        versioned.forEach((table, hasVersion) -> {
            columns.add("(SELECT count(*) FROM \"" + table + "\") AS \"" + table + "\"");
            if (hasVersion) {
                columns.add("(SELECT coalesce(sum(version), 0) FROM \"" + table + "\") AS \"" + table + ".version\"");
            }
        });
        return "SELECT " + String.join(", ", columns);
    }
}
