package dev.conflictstream.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    @Test
    void readsTheEvaluationFormatIgnoringGold() {
        ReadResult result = JsonLinesReader.readLine(
                "{\"id\":\"ucdp-1\",\"published\":\"2014-01-22\",\"title\":null,\"text\":\"Two shot dead in Kiev\",\"gold\":{}}",
                "f.jsonl:3");

        ArticleDraft article = ((ReadResult.Parsed) result).article();
        assertThat(article.externalId()).isEqualTo("ucdp-1");
        assertThat(article.published()).isEqualTo(LocalDate.of(2014, 1, 22));
        assertThat(article.text()).isEqualTo("Two shot dead in Kiev");
        assertThat(article.origin()).isEqualTo("f.jsonl:3");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"text\": \"unterminated          | invalid-json",
            "[1,2,3]                            | invalid-json",
            "{\"title\":\"no text\"}            | missing-text",
            "{\"text\":\"x\",\"published\":\"soon\"} | invalid-date",
    })
    void rejectsBadLinesWithAReason(String line, String reason) {
        ReadResult result = JsonLinesReader.readLine(line.trim(), "f.jsonl:7");

        assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        assertThat(((ReadResult.Rejected) result).reason()).isEqualTo(reason);
        assertThat(((ReadResult.Rejected) result).origin()).isEqualTo("f.jsonl:7");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"text\": 12345}                          | field 'text' must be a string, got a number",
            "{\"text\": \"x\", \"published\": [2025]}   | field 'published' must be a string, got a list",
            "{\"text\": \"x\", \"title\": true}          | field 'title' must be a string, got true/false",
            "{\"text\": \"unterminated                 | not JSON: the line ends before the JSON is complete",
            "{text: 1}                                | not JSON: Unexpected character ('t'): was expecting double-quote to start field name at column 2",
            "[1,2,3]                                  | expected a JSON object {\"text\": ...}, got a list",
    })
    void namesTheProblemInPlainWords(String line, String message) {
        ReadResult.Rejected rejected = (ReadResult.Rejected) JsonLinesReader.readLine(line.trim(), "f.jsonl:7");

        assertThat(rejected.message()).startsWith(message).doesNotContain("Source:").doesNotContain("REDACTED").doesNotContain("(code");
    }
}
