package dev.conflictstream.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain-text articles as news sites are saved: a title line, a date line
 * ("Fri 7th Feb, 2025"), then the body. Trailing site navigation ("More Quick Read
 * Articles »", "Share this", "Read more") is dropped so it never reaches the extractor.
 */
public final class TextArticleReader {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(?:.*[»›]\\s*|more\\b.*\\barticles?\\b.*|read more\\b.*|share (?:this|on)\\b.*"
                    + "|subscribe\\b.*|related(?: articles| stories)?:?|advertisement|follow us\\b.*)$");

    private TextArticleReader() {}

    public static ReadResult read(String content, String origin) {
        List<String> lines = new ArrayList<>(content.replace("\r\n", "\n").lines().toList());
        while (!lines.isEmpty() && (lines.get(lines.size() - 1).isBlank()
                || BOILERPLATE.matcher(lines.get(lines.size() - 1).trim()).matches())) {
            lines.remove(lines.size() - 1);
        }
        int index = skipBlank(lines, 0);
        if (index >= lines.size()) {
            return new ReadResult.Rejected(origin, "empty", "file has no text", content);
        }
        String title = lines.get(index).trim();
        index = skipBlank(lines, index + 1);
        var published = index < lines.size() ? Dates.parse(lines.get(index)) : java.util.Optional.<java.time.LocalDate>empty();
        if (published.isPresent()) {
            index++;
        }
        String body = String.join("\n", lines.subList(Math.min(index, lines.size()), lines.size())).strip();
        if (body.isEmpty()) {
            return new ReadResult.Rejected(origin, "empty", "file has a title but no body", content);
        }
        return new ReadResult.Parsed(new ArticleDraft(null, null, title, published.orElse(null), null, body, origin));
    }

    private static int skipBlank(List<String> lines, int from) {
        int index = from;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
        return index;
    }
}
