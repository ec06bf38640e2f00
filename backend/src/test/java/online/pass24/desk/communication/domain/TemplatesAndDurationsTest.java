package online.pass24.desk.communication.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplatesAndDurationsTest {

    @ParameterizedTest(name = "{0} min = {1}")
    @CsvSource({"135, 2 часа 15 минут", "60, 1 час", "300, 5 часов", "21, 21 минута", "22, 22 минуты", "25, 25 минут",
            "1320, 22 часа", "0, 0 минут", "661, 11 часов 1 минута"})
    void durationsAreWrittenTheRussianWay(long minutes, String text) {
        assertThat(RussianDurations.format(Duration.ofMinutes(minutes))).isEqualTo(text);
    }

    @Test
    void placeholdersAreFilledAndAMissingOneIsFlaggedNotBlank() {
        TemplateRenderer.Rendered rendered = TemplateRenderer.render(
                "Здравствуйте, {{clientName}}! Причина: {{cause}}. Обращение {{ticketKey}}.",
                Map.of("clientName", "Иван <Петров>", "ticketKey", "EM-000042"));

        assertThat(rendered.text()).isEqualTo("Здравствуйте, Иван <Петров>! Причина: [нет данных: cause]. Обращение EM-000042.");
        assertThat(rendered.missing()).containsExactly("cause");
    }

    @Test
    void anUnknownPlaceholderOrBrokenSyntaxIsRefused() {
        assertThatThrownBy(() -> TemplateRenderer.compile("{{clientNam}}")).hasMessageContaining("clientNam");
        assertThatThrownBy(() -> TemplateRenderer.compile("{{#cause}} без конца")).isInstanceOf(IllegalArgumentException.class);
    }
}
