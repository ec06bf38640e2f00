package online.pass24.desk.security.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code security-matrix.txt}: per operation of the contract, where it is and the status each
 * caller must get. Blank-separated columns; lines starting with {@code #} are comments.
 */
public final class MatrixTable {

    public static final String RESOURCE = "/security-matrix.txt";

    /** One row: the operation, its method and path as the table states them, and the expected statuses. */
    public record Row(String operation, String method, String path, Map<Caller, Integer> expected) {

        /** The first of the given callers that may call the operation (a 2xx), or null. */
        public Caller firstAllowed(List<Caller> candidates) {
            return candidates.stream().filter(c -> expected.get(c) < 300).findFirst().orElse(null);
        }
    }

    private MatrixTable() {
    }

    public static Map<String, Row> read() {
        String text;
        try (InputStream in = MatrixTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).toList();
        String[] header = lines.get(0);
        List<Caller> columns = new ArrayList<>();
        for (int i = 3; i < header.length; i++) {
            columns.add(Caller.ofColumn(header[i]));
        }
        if (!EnumSet.copyOf(columns).equals(EnumSet.allOf(Caller.class)) || columns.size() != Caller.values().length) {
            throw new IllegalStateException(RESOURCE + " must have one column per caller, has " + columns);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String[] cells : lines.subList(1, lines.size())) {
            if (cells.length != header.length) {
                throw new IllegalStateException(RESOURCE + ": a row of " + cells.length + " cells: " + String.join(" ", cells));
            }
            Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
            for (int i = 0; i < columns.size(); i++) {
                expected.put(columns.get(i), Integer.parseInt(cells[3 + i]));
            }
            if (rows.put(cells[0], new Row(cells[0], cells[1], cells[2], expected)) != null) {
                throw new IllegalStateException(RESOURCE + ": a second row for " + cells[0]);
            }
        }
        return rows;
    }
}
