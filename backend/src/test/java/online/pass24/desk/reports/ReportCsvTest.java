package online.pass24.desk.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a spreadsheet makes of a field: never a formula, never a split cell, never "12,5". */
class ReportCsvTest {

    @Test
    void aTextThatLooksLikeAFormulaIsDefused() {
        assertThat(ReportCsv.field("=HYPERLINK(\"http://evil\")", ';')).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(ReportCsv.field("+7 900", ',')).isEqualTo("'+7 900");
        assertThat(ReportCsv.field("@agent", ',')).isEqualTo("'@agent");
        assertThat(ReportCsv.field("-12.5", ',')).isEqualTo("-12.5");
    }

    @Test
    void aFieldWithTheSeparatorAQuoteOrALineBreakIsQuoted() {
        assertThat(ReportCsv.field("ООО «Ромашка»; филиал", ';')).isEqualTo("\"ООО «Ромашка»; филиал\"");
        assertThat(ReportCsv.field("ООО «Ромашка»; филиал", ',')).isEqualTo("ООО «Ромашка»; филиал");
        assertThat(ReportCsv.field("a\nb", ',')).isEqualTo("\"a\nb\"");
    }

    @Test
    void numbersAreWrittenWithADotAndNoGroupingWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ru-RU"));
            assertThat(ReportCsv.number(12.5)).isEqualTo("12.5");
            assertThat(ReportCsv.number(1234567.0)).isEqualTo("1234567");
            assertThat(ReportCsv.number(null)).isEmpty();
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
