package dev.conflictstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The article the product was described with: four events, nothing from the policy paragraphs. */
class SeedArticleTest {
    private static final Path SEED = Path.of("../samples/kursk-2025-02-07.txt");

    @Test
    void extractsTheFourEventsACarefulCoderWouldRecord() throws Exception {
        String text = Files.readString(SEED);
        Extraction x = ExtractorFixture.EXTRACTOR.extract(new ArticleText("seed", null, text, LocalDate.of(2025, 2, 7)));
        assertThat(x.events())
                .extracting(ExtractedEvent::type, ExtractedEvent::subtype, e -> e.place().admin1Code(),
                        e -> e.killed() == null ? null : e.killed().low())
                .containsExactlyInAnyOrder(
                        tuple("Battles", "Armed clash", "RU.41", null),
                        tuple("Battles", "Armed clash", "RU.41", null),
                        tuple("Explosions/Remote violence", "Air/drone strike", "UA.21", 2),
                        tuple("Strategic developments", "Arrests", "UA.11", null));
    }

    @Test
    void placesTheAdvanceNearSudzhaOnTheDayOfTheFootage() throws Exception {
        String text = Files.readString(SEED);
        Extraction x = ExtractorFixture.EXTRACTOR.extract(new ArticleText("seed", null, text, LocalDate.of(2025, 2, 7)));
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.place().name()).isEqualTo("Sudzha");
            assertThat(e.place().mention()).isEqualTo("Sudscha");
            assertThat(e.geoPrecision()).isEqualTo(2);
            assertThat(e.date()).isEqualTo(LocalDate.of(2025, 2, 6));
        });
        assertThat(x.events()).filteredOn(e -> e.subtype().equals("Air/drone strike")).singleElement()
                .satisfies(e -> assertThat(e.killed().qualifier()).isEqualTo(Qualifier.AT_LEAST));
    }

    @Test
    void nothingComesFromTheDiplomacyNatoSanctionsChildrenOrFundingParagraphs() throws Exception {
        String text = Files.readString(SEED);
        Extraction x = ExtractorFixture.EXTRACTOR.extract(new ArticleText("seed", null, text, LocalDate.of(2025, 2, 7)));
        int diplomacy = text.indexOf("Amidst this turmoil");
        int lastGround = text.indexOf("On the ground in Kursk");
        int nato = text.indexOf("Former U.S. Army General");
        for (ExtractedEvent e : x.events()) {
            boolean inDiplomacy = e.evidenceStart() >= diplomacy && e.evidenceStart() < lastGround;
            boolean afterGround = e.evidenceStart() >= nato;
            assertThat(inDiplomacy || afterGround).as("event from policy paragraphs: " + e).isFalse();
        }
    }
}
