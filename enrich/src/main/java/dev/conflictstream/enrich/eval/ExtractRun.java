package dev.conflictstream.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Batch extraction over JSON Lines documents ({@code id, text, published, title}; anything else,
 * such as {@code gold}, is ignored) into the Predictions format, one line per document in input order.
 * A malformed line is reported and skipped, never fatal. Used by {@code ./pipeline extract}.
 */
public final class ExtractRun {
    /** One-line outcome of a run. */
    public record Summary(int documents, int events, int places, int malformed, long millis) {
        @Override
        public String toString() {
            double secs = Math.max(1, millis) / 1000.0;
            return String.format(java.util.Locale.ROOT,
                    "extract %s: %d documents, %d events, %d places, %d malformed lines, %.1f s (%.0f docs/s)",
                    Extractor.VERSION, documents, events, places, malformed, secs, documents / secs);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractRun() {}

    /** Runs with the default gazetteer. */
    public static Summary run(Reader jsonl, Writer predictions, PrintStream progress) {
        return run(new Extractor(Gazetteer.loadDefault()), jsonl, predictions, progress);
    }

    public static Summary run(Extractor extractor, Reader jsonl, Writer predictions, PrintStream progress) {
        long t0 = System.nanoTime();
        int docs = 0, events = 0, places = 0, malformed = 0, lineNo = 0;
        try {
            BufferedReader in = jsonl instanceof BufferedReader b ? b : new BufferedReader(jsonl, 1 << 16);
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode doc;
                try {
                    doc = JSON.readTree(line);
                } catch (IOException e) {
                    malformed++;
                    if (progress != null) progress.println("line " + lineNo + ": not JSON, skipped");
                    continue;
                }
                if (doc == null || !doc.isObject() || !doc.hasNonNull("id")) {
                    malformed++;
                    if (progress != null) progress.println("line " + lineNo + ": no id, skipped");
                    continue;
                }
                String id = doc.get("id").asText();
                ArticleText a = new ArticleText(id, text(doc, "title"), text(doc, "text"), date(doc.get("published")));
                Extraction x = extractor.extract(a);
                predictions.write(PredictionsWriter.toJsonLine(id, x));
                predictions.write('\n');
                docs++;
                events += x.events().size();
                places += x.places().size();
                if (progress != null && docs % 10_000 == 0) progress.println("extract: " + docs + " documents");
            }
            predictions.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Summary s = new Summary(docs, events, places, malformed, (System.nanoTime() - t0) / 1_000_000);
        if (progress != null) progress.println(s);
        return s;
    }

    private static String text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode n) {
        if (n == null || n.isNull()) return null;
        String s = n.asText();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
