package dev.conflictstream.launcher;

import dev.conflictstream.enrich.EventRecords;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.ingest.ArticleIds;
import dev.conflictstream.ingest.read.ArticleDraft;
import dev.conflictstream.ingest.read.ArticleFiles;
import dev.conflictstream.ingest.read.ReadResult;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.ConflictEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code explain} shows around the extractor's trace: the article as ingest would read it
 * (title, date line, body: the same readers), where its publication date came from, and at the
 * end the events exactly as enrich would publish them, one readable line each.
 */
final class Explanation {
    /** The article to explain and, in words, where its publication date came from. */
    record Input(Article article, String dateSource) {}

    private Explanation() {}

    /** A file read by ingest's readers (the first article in it); a rejection is a {@link UserError}. */
    static Input fromFile(Path file, LocalDate published) {
        List<ReadResult> results = new ArrayList<>();
        ArticleFiles.read(List.of(file), results::add);
        for (ReadResult result : results) {
            if (result instanceof ReadResult.Rejected rejected) {
                throw new UserError("ingest would reject " + rejected.origin() + ": " + rejected.message());
            }
        }
        ArticleDraft draft = ((ReadResult.Parsed) results.get(0)).article();
        String source = published != null ? "--published"
                : draft.published() != null ? "the file (its date line or published field, read as ingest reads it)"
                : null;
        return new Input(article(draft, published != null ? published : draft.published()), dated(source, results.size()));
    }

    /** Text given on the command line or stdin: the whole of it is the body. */
    static Input fromText(String text, LocalDate published) {
        ArticleDraft draft = new ArticleDraft(null, null, null, published, null, text, "explain");
        return new Input(article(draft, published), dated(published != null ? "--published" : null, 1));
    }

    private static String dated(String source, int articles) {
        String date = source == null
                ? "none: relative dates ('on Thursday', 'yesterday') stay unresolved and events take the ingest day; give --published YYYY-MM-DD"
                : "from " + source;
        return articles > 1 ? date + "; the file holds " + articles + " articles, the first is explained" : date;
    }

    private static Article article(ArticleDraft draft, LocalDate published) {
        return Article.newBuilder().setId(ArticleIds.of(draft)).setUrl(draft.url()).setTitle(draft.title())
                .setPublished(published).setSource(draft.source()).setText(draft.text()).setOrigin(draft.origin())
                .setIngestedAt(Instant.now()).build();
    }

    /** The header, the extractor's trace, and the final events. */
    static String explain(Extractor extractor, Input input) {
        Article article = input.article();
        StringBuilder out = new StringBuilder();
        out.append("== article\n");
        if (article.getTitle() != null) {
            out.append("  title: ").append(article.getTitle()).append('\n');
        }
        out.append("  published: ").append(article.getPublished() == null ? "-" : article.getPublished())
                .append(" (").append(input.dateSource()).append(")\n");
        out.append(extractor.explain(EventRecords.articleText(article)));
        List<ConflictEvent> events = EventRecords.of(article, extractor.extract(EventRecords.articleText(article)).events(), Extractor.VERSION);
        out.append("== final events, as enrich publishes them (").append(events.size()).append(")\n");
        events.forEach(e -> out.append("  ").append(line(e)).append('\n'));
        return out.toString();
    }

    static String line(ConflictEvent e) {
        String place = e.getPlace() == null ? "no place"
                : e.getPlace().getName() + " (" + (e.getPlace().getAdmin1Code() != null ? e.getPlace().getAdmin1Code() : e.getPlace().getCountryCode())
                        + ", geo precision " + e.getGeoPrecision() + ")";
        return e.getEventDate() + " (" + precision(e.getDatePrecision()) + ") " + e.getEventType() + " / " + e.getSubEventType()
                + " at " + place + figure(", killed ", e.getKilled()) + figure(", injured ", e.getInjured())
                + (e.getActors().isEmpty() ? "" : ", actors " + String.join(" vs ", e.getActors()))
                + (e.getClaimedBy() == null ? "" : ", claimed by " + e.getClaimedBy())
                + String.format(Locale.ROOT, ", confidence %.2f", e.getConfidence())
                + "\n    \"" + e.getEvidence().getText() + "\"";
    }

    private static String precision(int datePrecision) {
        return switch (datePrecision) {
            case 2 -> "within a week";
            case 3 -> "within a month";
            default -> "day";
        };
    }

    private static String figure(String label, CasualtyFigure f) {
        if (f == null) {
            return "";
        }
        return label + (f.getLow() == f.getHigh() ? String.valueOf(f.getLow()) : f.getLow() + "-" + f.getHigh()) + " ('" + f.getText() + "')";
    }
}
