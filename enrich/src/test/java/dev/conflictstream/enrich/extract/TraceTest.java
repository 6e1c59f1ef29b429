package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static dev.conflictstream.enrich.extract.ExtractorFixture.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The extractor's trace: nothing kept on the production path, the whole reasoning in explain. */
class TraceTest {
    private static final String REPORT = "Russian forces shelled the town of Kupiansk in the Kharkiv region on Friday, "
            + "killing three civilians and injuring five, the regional governor said. Ben Hodges said the attack was expected.";

    @Test
    void noneKeepsNothingAndSaysItIsOff() {
        Trace none = Trace.NONE;
        assertThat(none.on()).isFalse();
        assertThat(none.add("a").add("xyz", 0, 2).add('c').add(42L).add(new Object()).end()).isSameAs(none);
        assertThat(none).hasToString("");
    }

    @Test
    void aRecordingKeepsEveryPartInOrder() {
        Trace rec = Trace.recording();
        assertThat(rec.on()).isTrue();
        rec.add("score=").add(130).add(' ').add("a Kharkiv b", 2, 9).add(" ").add(Qualifier.EXACT).end();
        assertThat(rec).hasToString("score=130 Kharkiv EXACT\n");
    }

    @Test
    void recordingsAreIndependent() {
        Trace a = Trace.recording(), b = Trace.recording();
        a.add("only in a");
        assertThat(b).hasToString("");
    }

    @Test
    void explainStillExplainsPlacesTriggersFiguresAndEvents() {
        String trace = EXTRACTOR.explain(new ArticleText("t", null, REPORT, PUBLISHED));
        assertThat(trace)
                .contains("== places")
                .contains("'Ben Hodges' a person's name: not a place")
                .containsPattern("'Kupiansk' candidates=\\d+ -> Kup")
                .contains("== sentence 0")
                .contains("trigger 'shelled'")
                .contains("figure 'three' -> 3 EXACT")
                .contains("== events");
    }

    @Test
    void explainCodesTheTextAsExtractDoes() {
        ArticleText article = new ArticleText("t", null, REPORT, PUBLISHED);
        Extraction extracted = EXTRACTOR.extract(article);
        assertThat(extracted.events()).isNotEmpty();
        String trace = EXTRACTOR.explain(article);
        for (ExtractedEvent e : extracted.events()) assertThat(trace).contains("  " + e + "\n");
    }
}
