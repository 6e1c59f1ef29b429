package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static dev.conflictstream.enrich.extract.ExtractorFixture.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places decided by the article's region: a small namesake far away, or a town of another region, does not
 * place an event reported from the article's region; a current primary name beats a historic alternate one.
 * Each row is a short article (paragraphs separated by "/"), the sentence whose event is checked, and the
 * expected place, admin-1 and precision.
 */
class PlaceFocusTest {

    private static Extraction run(String article) {
        return EXTRACTOR.extract(new ArticleText("t", null, article.replace(" / ", "\n\n"), PUBLISHED));
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2} {3} precision {4}")
    @CsvSource(delimiter = '|', value = {
        // Udachne is a Crimean village's alternate name; the report is from Donetsk
        "Fighting near Pokrovsk / Ukrainian troops repelled Russian attacks near Pokrovsk in the Donetsk region on Thursday, the General Staff said. / "
                + "Meanwhile, a Russian missile strike on Kramatorsk killed two people. / "
                + "Fierce clashes took place near the villages of Kotlyne and Udachne, southwest of Pokrovsk, where Russian forces attempted to cut a key supply road."
                + "|Fierce clashes|Pokrovsk|UA.05|2",
        // a small town of a neighbouring region, named beside a town of the article's region
        "Fighting intensifies near Pokrovsk / Ukrainian troops repelled Russian attacks near Pokrovsk in the Donetsk region on Thursday, the General Staff said. / "
                + "Later, heavy fighting was reported near Mezhova, west of Pokrovsk."
                + "|heavy fighting|Pokrovsk|UA.05|2",
        // "Pokrovsk" is also an old name of Engels (Saratov, Russia) and a Yakutian town; "Russian" names a side
        "Russian shelling of Pokrovsk kills two|Russian shelling|Pokrovsk|UA.05|1",
        "Russian troops shelled Pokrovsk overnight, killing two civilians.|Russian troops|Pokrovsk|UA.05|1",
        "Russian strike on Pokrovsk kills two / A Russian glide bomb hit Pokrovsk on Thursday, killing two civilians, the regional governor said."
                + "|Russian glide bomb|Pokrovsk|UA.05|1",
    })
    void eventTakesThePlaceOfTheArticlesRegion(String article, String sentence, String place, String admin1, int precision) {
        Extraction x = run(article);
        assertThat(article).contains(sentence);
        // the sentence's event, or the event of the same type, region and day it was merged into
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.place().name()).isEqualTo(place);
            assertThat(e.place().admin1Code()).isEqualTo(admin1);
            assertThat(e.geoPrecision()).isEqualTo(precision);
        });
        assertThat(x.events()).noneMatch(e -> "UA.11".equals(e.place().admin1Code()) || "RU".equals(e.place().countryCode()));
    }

    @ParameterizedTest(name = "[{index}] {1} is not a place")
    @CsvSource(delimiter = '|', value = {
        "Miss Smith said the fire was contained.|Miss",
        "Ill health forced him out, officials said.|Ill",
        "He said, Man. United would win.|Man",
    })
    void abbreviationsNeedTheTownCommaAbbrevForm(String article, String notPlace) {
        assertThat(run(article).places()).noneMatch(p -> p.mention().equals(notPlace));
    }

    @ParameterizedTest(name = "[{index}] {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "Russian shelling of Pokrovsk kills two|Pokrovsk|UA.05",
        // "Town, Ky." datelines: the state abbreviation is a place and decides a same-named town
        "LAUREL COUNTY, Ky. (WKYT) - A man is dead after a crash on Thursday. He was identified as Donnie Ray Smith of London.|London|US.KY",
        "LAUREL COUNTY, Ky. (WKYT) - A man is dead after a crash on Thursday.|Ky|US.KY",
        "Officials in Edmonton, Alta. said the fire was contained.|Edmonton|CA.01",
        "Fighting near Pokrovsk / Ukrainian troops repelled attacks near Pokrovsk and Kramatorsk in the Donetsk region. / "
                + "Clashes took place near Udachne.|Udachne|-",
    })
    void mentionsResolveNearTheArticlesOtherPlaces(String article, String mention, String admin1) {
        Extraction x = run(article);
        var m = x.places().stream().filter(p -> p.mention().equals(mention)).findFirst();
        if (admin1.equals("-")) {
            // a far small namesake is dropped rather than guessed
            assertThat(m).isEmpty();
        } else {
            assertThat(m).isPresent();
            assertThat(m.get().place().admin1Code()).isEqualTo(admin1);
        }
    }

    @Test
    void aFocusRegionGeoNamesNoLongerListsNeverBreaksTheArticle() {
        // Norway's counties before the 2020 reform: their admin-1 codes have no region entry any more
        Extraction x = run("Two DPR military servicemen killed in shelling by Ukrainian troops. / "
                + "The authority ordered all poultry in Rogaland, Vestfold, Buskerud, Telemark, Østfold, Akershus, Hedmark, "
                + "Oppland, Vest-Agder and Aust-Agder to be kept indoors.");
        assertThat(x.events()).hasSize(1);
        assertThat(x.events().get(0).place()).isNotNull();
    }

    @Test
    void aCountryKeepsItsNameFromItsOwnCapital() {
        Extraction x = run("Health officials in Mexico City and in Texas confirmed new cases on Monday. "
                + "The United States and Canada reported more cases. Mexico has closed schools.");
        var mexico = x.places().stream().filter(p -> p.mention().equals("Mexico")).findFirst().orElseThrow();
        assertThat(mexico.place().countryCode()).isEqualTo("MX");
        assertThat(mexico.place().geonameId()).isNull();
        assertThat(mexico.place().admin1Code()).isNull();
    }

    @Test
    void donetskSampleHasNoBattleInCrimea() throws Exception {
        String text = Files.readString(Path.of("../samples/donetsk-clashes-2025-02-10.txt"));
        Extraction x = EXTRACTOR.extract(new ArticleText("d", null, text, LocalDate.of(2025, 2, 10)));
        assertThat(x.events()).isNotEmpty();
        assertThat(x.events()).allSatisfy(e -> assertThat(e.place().admin1Code()).isEqualTo("UA.05"));
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("Battles");
            assertThat(e.place().name()).isEqualTo("Pokrovsk");
            assertThat(e.geoPrecision()).isEqualTo(2);
        });
    }
}
