package online.pass24.desk.communication.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForbiddenPhrasesTest {

    private static final List<String> REGULATION = List.of(
            "Это займет много времени", "Мы не гарантируем решение в срок", "Это не наша проблема");

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "Это займет много времени.",
            "ЭТО ЗАЙМЁТ МНОГО ВРЕМЕНИ!",
            "Боюсь, это, к сожалению, займёт очень много времени",
            "Мы, увы, не гарантируем решения в срок",
            "мы не можем гарантировать решение в срок",
            "Честно говоря, это вообще не наша проблема.",
            "Это — не наши проблемы"})
    void variantsOfTheForbiddenPhrasesAreFound(String text) {
        assertThat(ForbiddenPhrases.find(text, REGULATION)).hasSize(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "Мы гарантируем решение в срок.",
            "Это займёт не больше часа, мы уже работаем.",
            "Проблема на нашей стороне, исправляем.",
            "Время решения: 2 часа 15 минут"})
    void harmlessTextIsNotFlagged(String text) {
        assertThat(ForbiddenPhrases.find(text, REGULATION)).isEmpty();
    }

    @Test
    void aFindingSaysWhereItIs() {
        String text = "Здравствуйте! Это не наша проблема, обратитесь к интегратору.";

        ForbiddenPhrases.Finding finding = ForbiddenPhrases.find(text, REGULATION).get(0);

        assertThat(finding.phrase()).isEqualTo("Это не наша проблема");
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("Это не наша проблема");
        assertThat(finding.found()).isEqualTo("Это не наша проблема");
    }
}
