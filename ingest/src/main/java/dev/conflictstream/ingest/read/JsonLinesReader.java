package dev.conflictstream.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One article per line: {@code {id?, url?, title?, published?, source?, text}}. Fields other
 * than these (e.g. evaluation {@code gold}) are ignored. A line that is not such an object is
 * rejected with its line number; the rest of the file goes on.
 */
public final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesReader() {}

    public static ReadResult readLine(String line, String origin) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new ReadResult.Rejected(origin, "invalid-json", "not JSON: " + e.getOriginalMessage(), line);
        }
        if (node == null || !node.isObject()) {
            return new ReadResult.Rejected(origin, "invalid-json", "expected a JSON object", line);
        }
        String text = text(node, "text");
        if (text == null || text.isBlank()) {
            return new ReadResult.Rejected(origin, "missing-text", "field 'text' is missing or empty", line);
        }
        String published = text(node, "published");
        var date = Dates.parse(published);
        if (published != null && !published.isBlank() && date.isEmpty()) {
            return new ReadResult.Rejected(origin, "invalid-date", "field 'published' is not a date: " + published, line);
        }
        return new ReadResult.Parsed(new ArticleDraft(text(node, "url"), text(node, "id"), text(node, "title"), date.orElse(null), text(node, "source"), text, origin));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
