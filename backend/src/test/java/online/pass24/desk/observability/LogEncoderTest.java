package online.pass24.desk.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import online.pass24.desk.support.Json;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** LOG_FORMAT picks the console format: JSON lines for a collector, the readable pattern otherwise. */
class LogEncoderTest {

    private static String encode(String format) {
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        LogEncoder encoder = new LogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setPattern("%level %logger - %msg%replace( [%X{requestId}]){' \\[\\]', ''}%n");
        encoder.start();
        MDC.put("requestId", "req-1");
        MDC.put("ticketKey", "EM-000042");
        try {
            LoggingEvent event = new LoggingEvent("test", context.getLogger("online.pass24.desk.tickets"), Level.WARN,
                    "ticket {} \"moved\"", null, new Object[] {"EM-000042"});
            event.prepareForDeferredProcessing();
            return new String(encoder.encode(event), StandardCharsets.UTF_8);
        } finally {
            MDC.clear();
        }
    }

    @Test
    void jsonIsOneObjectALineWithTheMdc() {
        String line = encode("JSON");

        assertThat(line.lines()).hasSize(1);
        var json = Json.parse(line);
        assertThat(json.get("level").getStringValue()).isEqualTo("WARN");
        assertThat(json.get("loggerName").getStringValue()).isEqualTo("online.pass24.desk.tickets");
        assertThat(json.get("formattedMessage").getStringValue()).isEqualTo("ticket EM-000042 \"moved\"");
        assertThat(json.get("mdc").get("requestId").getStringValue()).isEqualTo("req-1");
        assertThat(json.get("mdc").get("ticketKey").getStringValue()).isEqualTo("EM-000042");
        assertThat(json.get("timestamp").getLongValue()).isPositive();
    }

    @Test
    void textIsTheDefaultAndAnUnknownFormatFallsBackToIt() {
        assertThat(encode("text")).isEqualTo("WARN online.pass24.desk.tickets - ticket EM-000042 \"moved\" [req-1]\n");
        assertThat(encode("jsno")).isEqualTo(encode("text"));
    }
}
