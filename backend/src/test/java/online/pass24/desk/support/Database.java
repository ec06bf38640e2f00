package online.pass24.desk.support;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain SQL against the test database, to check what was really stored. */
@Singleton
public class Database {

    private final DataSource dataSource;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql) {
        return first(sql, rows -> rows.getLong(1));
    }

    /** The first column of the first row, as text. */
    public String string(String sql) {
        return first(sql, rows -> rows.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T first(String sql, Column<T> column) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return column.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Empties the ticket tables. The schedulers of the running server may hold rows of them at
     * that moment; a deadlock with them is retried, as PostgreSQL advises.
     */
    public void clearTickets() {
        for (int attempt = 1; ; attempt++) {
            try {
                execute("DELETE FROM kb_article WHERE source_ticket_id IS NOT NULL");
                execute("TRUNCATE attachment, mail_outbox, communication, sla_due_work, sla_timer, escalation, ticket_event, ticket,"
                        + " report_dirty, report_built, report_day, report_day_minutes CASCADE");
                return;
            } catch (IllegalStateException e) {
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("deadlock")) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
