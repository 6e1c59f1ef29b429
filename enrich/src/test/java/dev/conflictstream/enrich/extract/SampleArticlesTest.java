package dev.conflictstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The follow-up sample articles: the defects found with `./pipeline explain` stay fixed. */
class SampleArticlesTest {

    private static Extraction run(String file, LocalDate published) throws Exception {
        String text = Files.readString(Path.of("../samples/" + file));
        return ExtractorFixture.EXTRACTOR.extract(new ArticleText(file, null, text, published));
    }

    private static Integer low(Figure f) {
        return f == null ? null : f.low();
    }

    @Test
    void kharkivShellingIsOneStrikeAndTheDronesAreDisruptedWeaponsUse() throws Exception {
        Extraction x = run("kharkiv-shelling-2025-02-08.txt", LocalDate.of(2025, 2, 8));
        assertThat(x.events())
                .extracting(ExtractedEvent::type, ExtractedEvent::subtype, e -> e.place().admin1Code(),
                        e -> low(e.killed()), e -> low(e.injured()), ExtractedEvent::date)
                .containsExactly(
                        tuple("Explosions/Remote violence", "Shelling/artillery/missile attack", "UA.07", 3, 5,
                                LocalDate.of(2025, 2, 7)),
                        tuple("Strategic developments", "Disrupted weapons use", "UA.21", 0, 0, LocalDate.of(2025, 2, 7)));
    }

    @Test
    void sumyFollowUpGivesTheRevisedToll() throws Exception {
        Extraction x = run("sumy-strike-followup-2025-02-08.txt", LocalDate.of(2025, 2, 8));
        assertThat(x.events())
                .extracting(ExtractedEvent::subtype, e -> e.place().admin1Code(), e -> low(e.killed()),
                        e -> low(e.injured()), ExtractedEvent::date)
                .containsExactly(tuple("Air/drone strike", "UA.21", 3, 11, LocalDate.of(2025, 2, 6)));
    }

    @Test
    void kramatorskMissileStrikeIsShellingWithItsFigures() throws Exception {
        Extraction x = run("donetsk-clashes-2025-02-10.txt", LocalDate.of(2025, 2, 10));
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.subtype()).isEqualTo("Shelling/artillery/missile attack");
            assertThat(e.place().name()).isEqualTo("Kramatorsk");
            assertThat(low(e.killed())).isEqualTo(2);
            assertThat(low(e.injured())).isEqualTo(7);
            assertThat(e.date()).isEqualTo(LocalDate.of(2025, 2, 9));
        });
    }
}
