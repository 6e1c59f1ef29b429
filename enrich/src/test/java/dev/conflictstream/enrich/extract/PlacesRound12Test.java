package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 12 (ACLED-style notes from the Sahel, South Asia, the Middle East and Latin America whose village the
 * gazetteer lacks; US local news with hometowns and namesakes across state lines), one table per rule. Columns:
 * text | mention (empty: the first event with an admin-1 region) | expected admin-1 ("(none)": no place of that name).
 */
class PlacesRound12Test {
    /**
     * A district of another country (GeoNames admin-2, `tools/gazetteer/build.mjs`) is found by its name before a unit
     * word ("department", "LGA", "cercle", "district", "municipality"), after "the district / municipality of", or last
     * in ACLED's brackets, and places a village the gazetteer lacks in the district's admin-1 region.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 9 May 2023, gunmen on motorcycles killed a herder near Wuro Sawa village, Tessaoua department.||NE.04
        On 9 May 2023, police dispersed protesters in the village of Kolo Pahari, Lakhisarai district.||IN.34
        On 9 May 2023, an IED hit a patrol between two villages of the district of Sudhanoti.||PK.06
        On 9 May 2023, JNIM militants burned granaries in the village of Yaro (Kelbo, Soum).||BF.12
        On 9 May 2023, unidentified gunmen killed a trader in the village of Kpankpanga (Madjoari, Kompienga).||BF.08
        On 9 May 2023, residents blocked a road in Zaongo (Pissila, Sanmatenga).||BF.05
        Bandits torched a school in the municipality of Mallama overnight.|Mallama|CO.20
        """)
    void aDistrictPlacesTheVillageItHolds(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A city's quarter ("the X district of Baghdad") is the city's, and a name known only as a district abroad gives way
     * in an article about another country ("Cairo's Haram district" is no Haram of Norway).
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A car bomb went off in the Karrada district of Baghdad, killing four.||IQ.07
        Egyptian police said two officers were shot in Cairo's Haram district.|Haram district|(none)
        Egyptian police said two officers were shot in Cairo's Haram district.||EG.11
        """)
    void aQuarterIsItsCitys(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * Inside ACLED's brackets the last name qualifies the names before it ("(Pobe-Mengao, Soum)": no Pobe of Benin), and
     * a bracket may open at a name the gazetteer lacks ("Teli (Kougny, Nayala)": no Tieli of China).
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 4 March 2023, gunmen killed two herders in the village of Gaskinde (Pobe-Mengao, Soum).||BF.12
        On 9 May 2023, militants stormed a police post in Teli (Kougny, Nayala).||BF.01
        On 9 May 2023, militants stormed a police post in Teli (Kougny, Nayala).|Teli|(none)
        """)
    void theBracketsLastNameQualifiesTheRest(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * "A Lebanon teen", "a Paris man": a name between an article and a person noun is a hometown; in an article whose
     * other names lie in one country it is the local namesake there (inside a region the article names first, else near
     * another of its towns), also when it is a country's name, and it keeps that reading.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A Lebanon teen was shot at a party in Hermitage, Tennessee police said.|Lebanon|US.TN
        A Mexico woman was hurt in a crash near Fulton, Missouri troopers said.|Mexico|US.MO
        A Paris man was charged with assault after a fight in Cynthiana.|Paris|US.KY
        Officials in Paris said a French soldier was killed in Mali.|Paris|FR.11
        Lebanon's army said a soldier was wounded near Tyre.|Lebanon|-
        """)
    void aHometownIsTheLocalNamesake(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * When the article's other names all lie in one US state, a town read in another state takes its namesake in that
     * state, or across the state line near another of its towns ("A Columbus man ... in Phenix City, Alabama" is
     * Columbus, Georgia).
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        An Athens woman was robbed at gunpoint in Decatur, Alabama police said.|Athens|US.AL
        An Athens woman was robbed at gunpoint in Decatur, Alabama police said.|Decatur|US.AL
        A Columbus man was arrested after a stabbing in Phenix City, Alabama.|Columbus|US.GA
        Deputies said the man was stabbed in Athens, Tenn., on Sunday.|Athens|US.TN
        """)
    void aNamesakeInTheArticlesOneState(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /** "Fort Moore", "Camp Lejeune": a name after a capitalised "Fort" or "Camp" is the base's namesake, no town. */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Two soldiers were wounded in a shooting at Fort Moore, the Army said.|Moore|(none)
        A man was shot in Fort Worth on Sunday.|Fort Worth|US.TX
        """)
    void aBasesNamesakeIsNoTown(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
