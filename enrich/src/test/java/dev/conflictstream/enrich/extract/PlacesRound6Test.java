package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 6, one table per rule. Columns: text | mention (empty: the first event with an admin-1 region) |
 * expected admin-1 ("-": the country; "(none)": no place of that name).
 */
class PlacesRound6Test {
    /**
     * A compass word before a country's name or demonym is the region of that country the word names: a curated one
     * ("eastern Ukraine" is Donetsk), else the one admin-1 region called by the compass word in English or in the
     * country's Romance language (Burkina Faso's "Est", Haiti's "Sud-Est", Cameroon's "West"); a country with no such
     * region stays the country. It is vaguer than any place the sentence names, and counts for the article's region
     * only when no named place has one.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Gunmen killed 6 worshippers at a mosque near Natiaboani in eastern Burkina Faso.||BF.08
        Soldiers killed 4 militants in northern Ghana on Monday.||GH.06
        Two soldiers were killed in an east Ukrainian town on Sunday.||UA.05
        At least 10 civilians killed by gunfire in east Ukrainian city||UA.05
        Gangs killed 5 people in southeastern Haiti.||HT.13
        Separatists burned a school in western Cameroon.||CM.08
        Militants attacked Sebba in northern Burkina Faso, killing 8 soldiers.||BF.12
        Gunmen killed 4 herders in northern Burkina Faso's Oudalan province.||BF.12
        Protesters marched in eastern Germany on Saturday.|Germany|-
        Protesters marched in eastern Germany on Saturday.|eastern|(none)
        """)
    void aCompassWordBeforeACountryIsItsRegion(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /** A country's compass noun after its possessive is its part, whatever word follows ("Ukraine's east kills"). */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Fighting in Ukraine's east kills five soldiers||UA.05
        Gunmen killed 3 farmers in Burkina Faso's east.||BF.08
        """)
    void aCountrysCompassNounIsItsPart(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A capital right before a hostile act, with the scene named after it ("in Kiev shelling in Gorlovka"), is the
     * government that acted, not the scene; with no other scene ("Kyiv shelling kills three") it stays the place.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Woman killed in Kiev shelling in Gorlovka - city council||UA.05
        Two civilians wounded by Kiev shelling near Makeyevka||UA.05
        Moscow airstrikes in Idlib killed 9 civilians.||SY.12
        Kyiv shelling kills three||UA.12
        Kharkiv shelling kills two in Saltivka district||UA.07
        """)
    void aCapitalBeforeAHostileActElsewhereIsTheSide(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * Russian spellings of Ukrainian names by rule: Russian o is Ukrainian i ("Dobropolye"/"Dobropillia",
     * "Belozerka"/"Bilozerka"), villages included; in an article about Ukraine or Russia a Russian spelling that a
     * place elsewhere carries as its name is still a candidate for the Ukrainian town it spells.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Ukraine says Russian shelling of Dobropolye wounded a woman.||UA.05
        Ukraine says Russian shelling of Belozerka wounded a woman.||UA.08
        Ukraine says Russian shelling of Mikhailovka wounded a woman.||UA.26
        Ukraine's army said Russian troops shelled Volchansk, killing one.||UA.07
        """)
    void russianSpellingsOfUkrainianNames(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * The second half of a hyphenated name the gazetteer lacks is no place ("Petion-Ville" is not the French region
     * "Ville"); after a place or demonym it is a name of its own ("Turkish-Syrian border").
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Gang members set fire to houses in Petion-Ville on Monday.|Ville|(none)
        Shelling hit a village on the Turkish-Syrian border.|Syrian|-
        Gunmen attacked a bus near Port-au-Prince.||HT.11
        """)
    void theSecondHalfOfAnUnknownCompoundIsNoPlace(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
