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
    /** The fields read; each must be a string when present (other fields are ignored). */
    private static final java.util.List<String> FIELDS = java.util.List.of("id", "url", "title", "published", "source", "text");

    private JsonLinesReader() {}

    public static ReadResult readLine(String line, String origin) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new ReadResult.Rejected(origin, "invalid-json", "not JSON: " + plainWords(e), line);
        }
        if (node == null || !node.isObject()) {
            return new ReadResult.Rejected(origin, "invalid-json", "expected a JSON object {\"text\": ...}, got " + kind(node), line);
        }
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return new ReadResult.Rejected(origin, "invalid-field", "field '" + field + "' must be a string, got " + kind(value), line);
            }
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

    /** The parser's complaint without its internals (source excerpts, token names), with the column. */
    private static String plainWords(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            return "the line ends before the JSON is complete (a missing closing brace, bracket or quote?)";
        }
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        message = message.replaceAll("\\s*\\(start marker at .*", "").replaceAll("\\s*\\(code \\d+\\)", "").trim();
        return message + (e.getLocation() != null ? " at column " + e.getLocation().getColumnNr() : "");
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
