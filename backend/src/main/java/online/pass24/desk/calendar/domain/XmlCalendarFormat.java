package online.pass24.desk.calendar.domain;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The machine-readable production calendar of xmlcalendar.ru:
 * {@code <calendar year="2026"><holidays><holiday id="1" title="…"/></holidays>
 * <days><day d="MM.DD" t="1|2|3" h="…" f="MM.DD"/></days></calendar>}. Type 1 is a day off,
 * 2 a shortened working day (a Saturday with it is worked), 3 a worked weekend day.
 * Parsed with DTDs and external entities refused, so the file cannot reach anything.
 */
public final class XmlCalendarFormat {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    private static final Pattern DAY = Pattern.compile("\\d{2}\\.\\d{2}");
    /** The format is three levels deep; a file nested far deeper is not one, whatever it holds. */
    private static final int MAX_DEPTH = 16;

    private XmlCalendarFormat() {
    }

    /** One year of exceptions as read from a file. */
    public record Year(int year, List<DayException> days) {
        public long count(DayKind kind) {
            return days.stream().filter(d -> d.kind() == kind).count();
        }
    }

    /** A file that is not a well-formed, consistent calendar; the message names the element. */
    public static final class InvalidCalendarFile extends Exception {
        public InvalidCalendarFile(String message) {
            super(message, null, false, false);
        }
    }

    public static Year parse(String xml) throws InvalidCalendarFile {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            return read(reader);
        } catch (XMLStreamException e) {
            throw new InvalidCalendarFile("not well-formed XML"
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNumber() : "")
                    + ": " + firstLine(e.getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static Year read(XMLStreamReader reader) throws XMLStreamException, InvalidCalendarFile {
        Integer year = null;
        Map<String, String> holidays = new HashMap<>();
        List<RawDay> rawDays = new ArrayList<>();
        boolean inDays = false;
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                throw new InvalidCalendarFile("<" + reader.getLocalName() + "> (line " + line(reader)
                        + "): elements nest deeper than " + MAX_DEPTH + " levels");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            switch (event) {
                case XMLStreamConstants.DTD ->
                        throw new InvalidCalendarFile("<!DOCTYPE> (line " + line(reader) + "): DTDs and entities are not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new InvalidCalendarFile("&" + reader.getLocalName() + "; (line " + line(reader) + "): entities are not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    if (year == null) {
                        if (!"calendar".equals(name)) {
                            throw new InvalidCalendarFile("<" + name + "> (line " + line(reader) + "): the root element must be <calendar>");
                        }
                        year = parseYear(reader);
                    } else if ("days".equals(name)) {
                        inDays = true;
                    } else if ("holiday".equals(name)) {
                        String id = reader.getAttributeValue(null, "id");
                        if (id == null || id.isBlank()) {
                            throw new InvalidCalendarFile("<holiday> (line " + line(reader) + "): attribute id is required");
                        }
                        String title = reader.getAttributeValue(null, "title");
                        holidays.put(id, title == null ? "" : title);
                    } else if ("day".equals(name)) {
                        if (!inDays) {
                            throw new InvalidCalendarFile("<day> (line " + line(reader) + "): must be inside <days>");
                        }
                        rawDays.add(new RawDay(line(reader), reader.getAttributeValue(null, "d"),
                                reader.getAttributeValue(null, "t"), reader.getAttributeValue(null, "h"),
                                reader.getAttributeValue(null, "f")));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if ("days".equals(reader.getLocalName())) {
                        inDays = false;
                    }
                }
                default -> {
                    // text, comments and unknown elements carry nothing we need
                }
            }
        }
        if (year == null) {
            throw new InvalidCalendarFile("the file has no <calendar> element");
        }
        return new Year(year, days(year, rawDays, holidays));
    }

    private static int parseYear(XMLStreamReader reader) throws InvalidCalendarFile {
        String text = reader.getAttributeValue(null, "year");
        try {
            int year = Integer.parseInt(text == null ? "" : text.trim());
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new NumberFormatException();
            }
            return year;
        } catch (NumberFormatException e) {
            throw new InvalidCalendarFile("<calendar year=\"" + text + "\"> (line " + line(reader)
                    + "): year must be a number from " + MIN_YEAR + " to " + MAX_YEAR);
        }
    }

    private record RawDay(int line, String d, String t, String h, String f) {
        String describe() {
            StringBuilder text = new StringBuilder("<day");
            if (d != null) {
                text.append(" d=\"").append(d).append('"');
            }
            if (t != null) {
                text.append(" t=\"").append(t).append('"');
            }
            return text.append("> (line ").append(line).append(')').toString();
        }
    }

    private static List<DayException> days(int year, List<RawDay> rawDays, Map<String, String> holidays)
            throws InvalidCalendarFile {
        Map<LocalDate, DayException> days = new LinkedHashMap<>();
        for (RawDay raw : rawDays) {
            LocalDate date = date(year, raw.d(), raw, "d");
            DayKind kind = switch (raw.t() == null ? "" : raw.t().trim()) {
                case "1" -> DayKind.HOLIDAY;
                case "2" -> DayKind.SHORTENED;
                case "3" -> DayKind.WORKING_DAY;
                default -> throw new InvalidCalendarFile(raw.describe() + ": unknown day type t=\"" + raw.t()
                        + "\" (1 day off, 2 shortened, 3 working day)");
            };
            String note = "";
            if (raw.h() != null) {
                if (!holidays.containsKey(raw.h())) {
                    throw new InvalidCalendarFile(raw.describe() + ": refers to holiday h=\"" + raw.h()
                            + "\" that <holidays> does not declare");
                }
                note = holidays.get(raw.h());
            }
            if (raw.f() != null) {
                LocalDate from = date(year, raw.f(), raw, "f");
                note = (note.isEmpty() ? "" : note + "; ") + "перенос с " + from;
            }
            if (days.put(date, new DayException(date, kind, List.of(), note)) != null) {
                throw new InvalidCalendarFile(raw.describe() + ": the day " + date + " is listed twice");
            }
        }
        return List.copyOf(days.values());
    }

    private static LocalDate date(int year, String text, RawDay raw, String attribute) throws InvalidCalendarFile {
        if (text == null || !DAY.matcher(text.trim()).matches()) {
            throw new InvalidCalendarFile(raw.describe() + ": attribute " + attribute + " must be MM.DD, got \"" + text + "\"");
        }
        String[] parts = text.trim().split("\\.");
        try {
            return LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException e) {
            throw new InvalidCalendarFile(raw.describe() + ": no such date " + year + "-" + parts[0] + "-" + parts[1]);
        }
    }

    /** The exceptions of one year in the same format; explicit hours are not representable there. */
    public static String write(int year, List<DayException> exceptions, LocalDate madeOn) {
        TreeMap<LocalDate, DayException> sorted = new TreeMap<>();
        exceptions.stream().filter(e -> e.date().getYear() == year).forEach(e -> sorted.put(e.date(), e));
        Map<String, Integer> holidayIds = new LinkedHashMap<>();
        for (DayException day : sorted.values()) {
            if (day.kind() == DayKind.HOLIDAY && !day.note().isBlank()) {
                holidayIds.putIfAbsent(day.note(), holidayIds.size() + 1);
            }
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("calendar");
            xml.writeAttribute("year", Integer.toString(year));
            xml.writeAttribute("lang", "ru");
            xml.writeAttribute("date", madeOn.toString().replace('-', '.'));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("holidays");
            for (Map.Entry<String, Integer> holiday : holidayIds.entrySet()) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("holiday");
                xml.writeAttribute("id", holiday.getValue().toString());
                xml.writeAttribute("title", holiday.getKey());
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("days");
            for (DayException day : sorted.values()) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("day");
                xml.writeAttribute("d", String.format("%02d.%02d", day.date().getMonthValue(), day.date().getDayOfMonth()));
                xml.writeAttribute("t", switch (day.kind()) {
                    case HOLIDAY -> "1";
                    case SHORTENED -> "2";
                    case WORKING_DAY -> "3";
                });
                Integer holiday = holidayIds.get(day.note());
                if (day.kind() == DayKind.HOLIDAY && holiday != null) {
                    xml.writeAttribute("h", holiday.toString());
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
        return out.toString();
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation().getLineNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String text = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return text.lines().findFirst().orElse(text).trim();
    }
}
