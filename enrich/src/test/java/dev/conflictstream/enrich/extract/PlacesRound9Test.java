package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 9 (UCDP-style headlines of the Ukrainian front), one table per rule. Columns: text | mention (empty:
 * the first event with an admin-1 region) | expected admin-1 ("-": the country; "(none)": no place of that name).
 */
class PlacesRound9Test {
    /**
     * A Russian romanisation of a Ukrainian town's own name ("Ochakov", "Izyum", "Lisichansk": the same name by the
     * Slavic key of the gazetteer) is that name, not an exonym: it is no weaker than the Ukrainian spelling, so a
     * headline that names no country still finds the town. Another Russian spelling of a notable town's Russian name
     * ("Nikolayev", where GeoNames writes "Nikolaev") finds that town too, even where a village carries the spelling
     * as an alternate name: the bigger town wins.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Russians shell Ochakov, wounding four||UA.16
        Shelling of Ochakov leaves two hurt|Ochakov|UA.16
        Missile hits Lisichansk bakery, separatists say||UA.14
        Izyum shelled overnight||UA.07
        Sniper kills soldier near Avdeyevka||UA.05
        Missile strike kills three in Nikolayev||UA.16
        Russian missiles hit Nikolayev port|Nikolayev|UA.16
        """)
    void aRussianSpellingIsTheUkrainianName(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * "from X" after a hostile act or a weapon names where the fire came from; the event lies where it landed, the
     * other place of the sentence, also across a few words ("fire from Russian positions near Belgorod", "from Russia's
     * Kursk region"). A place left behind ("withdrew from X") is still the scene, and the origin is still a place
     * mention.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Shelling from Belgorod hits Kharkiv suburbs||UA.07
        Shelling from Belgorod hits Kharkiv suburbs|Belgorod|RU.09
        Rockets fired from Gaza hit Sderot, wounding a woman||IL.01
        Missiles launched from Belarus killed two in Zhytomyr||UA.27
        Russian troops withdrew from Kherson under fire||UA.08
        Artillery fire from Russian positions near Belgorod wounds two in Vovchansk||UA.07
        Shelling from Russia's Kursk region kills man in Sumy oblast village||UA.21
        Shelling from Russia hits Sumy||UA.21
        """)
    void theOriginOfFireIsNotTheScene(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A people named right before what they did ("Russians shell", "Israelis shot") is the side that acted: it names
     * no scene and barely votes for the article's country, so the town after the verb keeps its own country.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Israelis shot a man dead near Jenin||PS.WE
        Russians shell Ochakov, wounding four|Russians|-
        Russians stormed Soledar, killing two defenders||UA.05
        """)
    void aPeopleBeforeItsDeedIsTheSide(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
