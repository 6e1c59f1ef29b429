package dev.conflictstream.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePrefixesTest {
    private final Gazetteer g = TestGazetteer.get();

    @ParameterizedTest(name = "{0}: prefixes {1}")
    @CsvSource(delimiter = '|', value = {
        "Kyiv |",
        "Deir ez-Zor | Deir;Deir ez",
        "Ivano-Frankivsk | Ivano",
        "Bosnia and Herzegovina | Bosnia;Bosnia and",
        "Ma'rib | Ma",
        "Santa Cruz de la Sierra | Santa;Santa Cruz;Santa Cruz de;Santa Cruz de la"
    })
    void aNameKeyTellsTheKeysOfItsFirstTokensShortestFirst(String name, String prefixes) {
        List<Long> told = new ArrayList<>();
        long key = NameKey.of(name, told::add);
        assertThat(key).isEqualTo(NameKey.of(name));
        List<Long> expected = new ArrayList<>();
        if (prefixes != null) for (String p : prefixes.split(";")) expected.add(NameKey.of(p));
        assertThat(told).isEqualTo(expected);
    }

    /** The variant key drops an Arabic article, the Slavic key keeps it: "Al Qamishli" is one word to the one, two to the other. */
    @ParameterizedTest(name = "{0}: variant prefix {1}, Slavic prefixes {2}")
    @CsvSource({"Deir ez-Zor, Deir, Deir;Deir ez", "Khan Yunis, Khan, Khan", "Stanytsia Luhanska, Stanytsia, Stanytsia",
        "Al Qamishli, , Al"})
    void variantAndSlavicKeysTellTheirPrefixesToo(String name, String variantFirst, String slavicPrefixes) {
        List<Long> variant = new ArrayList<>(), slavic = new ArrayList<>();
        assertThat(NameKey.variant(name, variant::add)).isEqualTo(NameKey.variant(name));
        assertThat(NameKey.slavic(name, slavic::add)).isEqualTo(NameKey.slavic(name));
        assertThat(variant).isEqualTo(variantFirst == null ? List.of() : List.of(NameKey.variant(variantFirst)));
        assertThat(slavic).isEqualTo(Arrays.stream(slavicPrefixes.split(";")).map(NameKey::slavic).toList());
    }

    @Test
    void neverDeniesAPrefixAddedAndDeniesMostOtherKeys() {
        Random r = new Random(11);
        NamePrefixes p = new NamePrefixes();
        long[] added = new long[50_000];
        for (int i = 0; i < added.length; i++) {
            added[i] = r.nextLong();
            p.add(added[i]);
            if (i % 3 == 0) p.add(added[i]); // duplicates, as many names share a first word
        }
        p.freeze();
        for (long k : added) assertThat(p.mayContinue(k)).isTrue();
        int passed = 0;
        for (int i = 0; i < 100_000; i++) if (p.mayContinue(r.nextLong())) passed++;
        assertThat(passed).as("false positives of 100,000").isLessThan(4_000);
    }

    @ParameterizedTest(name = "{0} may start a longer name")
    @CsvSource({"Deir", "Deir ez", "Bosnia and", "Santa Cruz de la", "North", "Kursk", "Ras al", "New", "Saint", "Al"})
    void theGazetteerKnowsItsNamesFirstTokens(String tokens) {
        assertThat(g.nameMayContinue(NameKey.of(tokens))).isTrue();
    }

    @ParameterizedTest(name = "{0} starts no longer name")
    @CsvSource({"Biden", "Prime Minister", "Associated Press", "Foreign Minister", "Reuters", "Bosnia and Herzegovina"})
    void mostWordsOfTheNewsStartNoLongerName(String tokens) {
        assertThat(g.nameMayContinue(NameKey.of(tokens))).isFalse();
    }

    @ParameterizedTest(name = "{0} may start a longer variant name")
    @CsvSource({"Deir", "Khan", "Stanytsia"})
    void theVariantIndexKnowsItsFirstTokens(String word) {
        assertThat(g.variantMayContinue(NameKey.variant(word)) || g.variantMayContinue(NameKey.slavic(word))).isTrue();
    }
}
