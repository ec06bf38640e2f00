package online.pass24.desk.tickets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A valid create body that each test bends in one place. */
final class TicketFixture {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private TicketFixture() {
        fields.put("clientName", "ООО «Бизнес-центр Северный»");
        fields.put("contactName", "Иван Петров");
        fields.put("contactPhone", "+7 (495) 123-45-67");
        fields.put("contactEmail", "ivan.petrov@example.ru");
        fields.put("channel", "PHONE");
        fields.put("title", "Турникеты не пропускают никого");
        fields.put("description", "После обновления ни один пропуск не срабатывает");
        fields.put("level", "EMERGENCY");
        fields.put("criterion", "TOTAL_OUTAGE");
    }

    static TicketFixture emergency() {
        return new TicketFixture();
    }

    static TicketFixture standard() {
        return new TicketFixture().with("level", "STANDARD").without("criterion");
    }

    TicketFixture with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    TicketFixture without(String field) {
        fields.remove(field);
        return this;
    }

    String json() {
        return fields.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + (e.getValue() instanceof String s && !s.startsWith("{") ? quote(s) : String.valueOf(e.getValue())))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
