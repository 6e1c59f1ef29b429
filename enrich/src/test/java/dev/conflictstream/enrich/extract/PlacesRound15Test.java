package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 15 (districts named without a unit word; a region named as the speaking administration; namesakes
 * decided by the country whose police speak; a state abbreviation ending a sentence), one table per rule. Columns:
 * text | mention (empty: the first event with an admin-1 region) | expected admin-1 ("(none)": no place of that name).
 */
class PlacesRound15Test {
    /**
     * A run of capitalised words after "in", "near" or "outside" that names no town or region but a district of the
     * gazetteer (GeoNames admin-2) is that district, placed in its region; a possessive ("in Mustafa's shop") and words
     * no district carries stay what they were.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 18 May 2021, a roadside bomb struck a police pickup near Chahar Dara.||AF.24
        On 2 March 2020, Al Shabaab fighters ambushed troops outside Balcad.||SO.13
        On 4 May 2021, gunmen killed two farmers in Adan Yabaal.||SO.13
        On 6 May 2021, Al Shabaab fighters shelled an army base in Ceel Buur.||SO.05
        On 9 June 2022, two men were shot in Mustafa's shop in Herat.||AF.11
        Lawmakers clashed in Parliament over the budget, and two were injured.|Parliament|(none)
        """)
    void bareDistrictNamesAreDistricts(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A region named with its administration's level and the body that speaks ("the Somali regional government said",
     * "Sindh provincial police said", "Kaduna state government officials said") is a source, not the scene: the town
     * the sentence names places the event. A level word before anything else ("the city centre") or in a place unit
     * ("local government area") leaves the name the scene.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 1 July 2022, the Somali regional government said Afar militiamen killed six herders in Gewane.||ET.45
        On 1 July 2022, Sindh provincial police said bandits kidnapped four traders near Rahim Yar Khan.||PK.04
        On 1 July 2022, Kaduna state government officials said gunmen killed nine villagers in Zurmi.||NG.57
        A bomb exploded in the Maiduguri city centre on Monday, killing five traders.||NG.27
        """)
    void aSpeakingAdministrationIsNoScene(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A demonym before police, gendarmes or an interior ministry ("Lebanese police said") names a body that serves at
     * home: it votes for its country as the country's name would, so a town shared with another country's capital
     * (Tripoli, Hyderabad) follows it. An army may fight abroad and keeps the actor's small vote.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Lebanese police said a gunman wounded two people at a wedding in Tripoli.||LB.09
        Libyan police said gunmen kidnapped a businessman in Tripoli.||LY.77
        Pakistani police said rioters burned a bus in Hyderabad.||PK.05
        Indian police arrested six men after a clash in Hyderabad.||IN.40
        """)
    void policeOfACountryTellItsNamesake(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * "Minot, N.D. Militants attacked ...": a two-letter dotted abbreviation after a town and a comma ends the sentence
     * when a capitalised word and then a lower-case one follow, so the next sentence's event takes its own place, not
     * the hometown's; a name going on ("D.C. Police Department") keeps one sentence.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        She grew up in Sioux Falls, S.D. Gunmen killed her in Kabul on Tuesday.||AF.13
        He was born in Minot, N.D. Militants attacked his patrol in Kunar province.||AF.34
        Protesters gathered in Washington, D.C. Police Department officers watched.||US.DC
        Fighting near Goma, D.R. Congo on Monday killed 12 civilians.||CD.11
        """)
    void aStateAbbreviationEndsItsSentence(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
