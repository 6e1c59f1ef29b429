package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input no newsroom writes: absurd figures, bytes read as text, one name repeated without end. */
class HostileInputTest {

    /** A figure beyond any one incident is no figure: never wrapped, never cut to its first digits. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Gunmen killed 9,999,999,999,999,999,999 people in Kandahar province on Monday.",
        "A missile strike on Kharkiv killed 99999999999 people on Monday.",
        "A missile strike on Kharkiv killed 4294967308 people on Monday.",
        "Shelling of Donetsk killed 900,000 people on Monday.",
        "Shelling of Donetsk killed 2,500 thousand people on Monday.",
    })
    void rejectsAbsurdDeathFigures(String sentence) {
        for (ExtractedEvent e : extract(sentence).events()) assertThat(e.killed()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "A missile strike on Kharkiv injured 99999999999 people on Monday.",
        "A missile strike on Kharkiv injured 9,999,999,999,999 people on Monday.",
    })
    void rejectsAbsurdInjuryFigures(String sentence) {
        for (ExtractedEvent e : extract(sentence).events()) assertThat(e.injured()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Clashes in Tripoli killed 1,250 people last week.|1250",
        "The offensive near Kidal killed 12,000 fighters on Monday.|12000",
    })
    void keepsLargeButPossibleFigures(String sentence, int killed) {
        assertThat(extract(sentence).events()).anySatisfy(e -> assertThat(e.killed().low()).isEqualTo(killed));
    }

    @Test
    void sumsOfFiguresNeverGoNegative() {
        String text = "Shelling of Kharkiv killed 90,000 people on Monday. Another 90,000 people were also killed.";
        for (ExtractedEvent e : extract(text).events()) {
            if (e.killed() != null) assertThat(e.killed().low()).isBetween(0, Numbers.MAX_COUNT);
        }
    }

    /** Random bytes decoded as Latin-1 or UTF-8 hold "kiA", "Die", "mob": no event and no place comes of them. */
    @Test
    void randomBytesReadAsTextGiveNoEvents() {
        Random r = new Random(7);
        for (int doc = 0; doc < 60; doc++) {
            byte[] b = new byte[4000];
            r.nextBytes(b);
            String text = new String(b, doc % 2 == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            Extraction x = extract(text);
            assertThat(x.events()).as("document %d", doc).isEmpty();
            assertThat(x.places()).as("document %d", doc).isEmpty();
        }
    }

    /** Noise words between stray symbols and mixed case are no triggers; prose with a few symbols still is. */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\u0011kiA\u00a7 3 \u00b6Die\u00ac \u0080ShoT\u00a4 \u00bbKharkiv\u00a2 \u0090mob\u00ae|0",
        "Two soldiers were kiA in Kharkiv on Monday.|0",
        "Russian shelling of Kharkiv/Izium killed 3 people (50% of them children) on Monday.|1",
    })
    void symbolsAndMixedCaseAreNoise(String text, int events) {
        assertThat(extract(text).events()).hasSize(events);
    }

    /** A name repeated 50,000 times costs per KB what a news article costs, within a small multiple. */
    @Test
    void repeatedPlaceNamesCostLinearTime() {
        String article = "Russian forces shelled the outskirts of Kharkiv on Monday, killing two civilians, the regional "
                + "governor said. In Sumy region, a drone struck a power line near Krasnopillia.\n\n";
        String normal = article.repeat(200);
        String repeated = "Kyiv, ".repeat(50_000);
        perKb(normal, 3); // warm up
        perKb(repeated, 3);
        double normalCost = perKb(normal, 5), repeatedCost = perKb(repeated, 5);
        assertThat(repeatedCost).as("ns per KB, repeated vs article").isLessThan(6 * normalCost);
    }

    private static double perKb(String text, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            extract(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best / (text.length() / 1024.0);
    }
}
