package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.TestGazetteer;
import java.time.LocalDate;

/** One extractor over the shipped gazetteer for all tests. */
final class ExtractorFixture {
    static final Extractor EXTRACTOR = new Extractor(TestGazetteer.get());
    static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 7); // a Friday

    private ExtractorFixture() {}

    static Extraction extract(String text) {
        return EXTRACTOR.extract(new ArticleText("t", null, text, PUBLISHED));
    }

    static ExtractedEvent only(String text) {
        Extraction x = extract(text);
        if (x.events().size() != 1) throw new AssertionError("expected one event, got " + x.events() + "\n" + EXTRACTOR.explain(new ArticleText("t", null, text, PUBLISHED)));
        return x.events().get(0);
    }
}
