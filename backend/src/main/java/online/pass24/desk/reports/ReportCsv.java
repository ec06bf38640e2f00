package online.pass24.desk.reports;

import online.pass24.desk.api.model.MetricReport;
import online.pass24.desk.api.model.RateReport;
import online.pass24.desk.api.model.SlaReport;
import online.pass24.desk.api.model.SlaReportRow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Russian Excel reads the
 * Cyrillic right), one line per group and a final total line. The separator is a comma or a
 * semicolon; numbers are always written with a dot and no grouping, whatever the locale.
 */
final class ReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final Map<String, String> RUSSIAN = Map.ofEntries(
            Map.entry("group", "Группа"), Map.entry("tickets", "Обращений"),
            Map.entry("FIRST_CONTACT", "Первый контакт"), Map.entry("DIAGNOSIS", "Диагностика"),
            Map.entry("RESOLUTION", "Решение или план"), Map.entry("STATUS_UPDATE", "Информирование"),
            Map.entry("count", "всего"), Map.entry("met", "в срок"), Map.entry("breached", "нарушено"),
            Map.entry("running", "идёт"), Map.entry("compliance %", "соблюдение %"),
            Map.entry("median min", "медиана мин"), Map.entry("p90 min", "p90 мин"),
            Map.entry("checklist", "Чек-лист"), Map.entry("criterion", "Критерий успеха"),
            Map.entry("all criteria %", "Все критерии успеха %"), Map.entry("extensions", "Продления срока"),
            Map.entry("downgrades", "Понижения уровня"), Map.entry("upgrades", "Повышения уровня"),
            Map.entry("escalations", "Эскалации в разработку"), Map.entry("TOTAL", "ИТОГО"));

    private ReportCsv() {
    }

    static byte[] write(SlaReport report, char separator, boolean russian) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(label("group", russian));
        header.add(label("tickets", russian));
        for (MetricReport metric : report.getTotal().getMetrics()) {
            String name = label(metric.getMetric().name(), russian);
            for (String column : List.of("count", "met", "breached", "running", "compliance %", "median min", "p90 min")) {
                header.add(name + ": " + label(column, russian));
            }
        }
        for (RateReport item : report.getTotal().getChecklist()) {
            header.add(label("checklist", russian) + ": " + item.getItem() + " %");
        }
        for (RateReport item : report.getTotal().getSuccessCriteria()) {
            header.add(label("criterion", russian) + ": " + item.getItem() + " %");
        }
        header.add(label("all criteria %", russian));
        for (String column : List.of("extensions", "downgrades", "upgrades", "escalations")) {
            header.add(label(column, russian));
        }
        line(out, header, separator);
        for (SlaReportRow row : report.getRows()) {
            line(out, values(row.getKey() == null ? "" : row.getKey(), row), separator);
        }
        line(out, values(label("TOTAL", russian), report.getTotal()), separator);
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    private static List<String> values(String key, SlaReportRow row) {
        List<String> values = new ArrayList<>();
        values.add(key);
        values.add(Integer.toString(row.getTickets()));
        for (MetricReport metric : row.getMetrics()) {
            values.add(Integer.toString(metric.getCount()));
            values.add(Integer.toString(metric.getMet()));
            values.add(Integer.toString(metric.getBreached()));
            values.add(Integer.toString(metric.getRunning()));
            values.add(number(metric.getCompliancePercent()));
            values.add(number(metric.getMedianMinutes()));
            values.add(number(metric.getP90Minutes()));
        }
        row.getChecklist().forEach(item -> values.add(number(item.getPercent())));
        row.getSuccessCriteria().forEach(item -> values.add(number(item.getPercent())));
        values.add(number(row.getAllCriteria().getPercent()));
        values.add(Integer.toString(row.getExtensions()));
        values.add(Integer.toString(row.getDowngrades()));
        values.add(Integer.toString(row.getUpgrades()));
        values.add(Integer.toString(row.getEscalations()));
        return values;
    }

    /** Plain digits with a dot: "12.5", "40" — never "12,5" or "1 000". */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    private static String label(String name, boolean russian) {
        return russian ? RUSSIAN.getOrDefault(name, name) : name;
    }

    private static void line(StringBuilder out, List<String> fields, char separator) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(field(fields.get(i), separator));
        }
        out.append("\r\n");
    }

    /**
     * Quoted when it holds the separator, a quote or a line break; a text that a spreadsheet would
     * take for a formula (=, +, -, @ first) is prefixed with an apostrophe.
     */
    static String field(String value, char separator) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
