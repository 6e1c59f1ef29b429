package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 11 (ACLED-style notes from East Africa and South Asia, US local news), one table per rule. Columns:
 * text | mention (empty: the first event with an admin-1 region) | expected admin-1 ("(none)": no place of that name).
 */
class PlacesRound11Test {
    /**
     * Where people come from is not where they are: a name right before "refugees", "migrants", "nationals" and the
     * like, or after "refugees from" / "nationals of", and the names listed with it, neither place the event nor vote
     * for its country. A camp's own name before "refugee camp" is still its place.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Eritrean refugees were beaten by guards at a holding centre in Gedaref, two were hurt||SD.39
        Police in Moyale, Marsabit county, detained 30 Ethiopian migrants on Tuesday||KE.34
        Afghan nationals were attacked by a mob in Peshawar on Friday||PK.03
        Refugees from Somalia protested over cuts in rations at a camp in Garissa county||KE.16
        Migrants from Eritrea and from Ethiopia were shot at near the border town of Kassala||SD.52
        Somali and Ethiopian migrants were attacked in Mandera town||KE.33
        Sudanese refugees clashed with locals in Adre, eastern Chad, leaving three dead|Sudanese|-
        Gunmen attacked the Dadaab refugee camp in Garissa county, killing a guard||KE.16
        """)
    void whereThePeopleComeFromIsNoScene(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * An all-capitals word of four or more letters amid mixed-case words is an organisation's acronym, not a town by
     * a name it shares ("(NISA)" is no Nice); a capitals dateline opening the paragraph keeps its town.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Government forces (NISA) clashed with Al Shabaab fighters near Afgooye||SO.14
        Government forces (NISA) clashed with Al Shabaab fighters near Afgooye|NISA|(none)
        KABUL, Afghanistan - A roadside bomb killed two policemen in Kabul on Monday||AF.13
        MOGADISHU, Somalia - Mortar rounds landed near the airport in Mogadishu||SO.02
        """)
    void anAcronymIsNoTown(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * ACLED's "Place area, Unit (District, Region)": the brackets qualify the name before the comma too, so a name of
     * a region abroad ("Ghat", Libya) gives way to the bracketed region when it holds no namesake.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Rival supporters clashed at the Bazar Ghat area, Sonargaon upazila (Narayanganj, Dhaka), leaving five injured||BD.81
        Rival supporters clashed at the Bazar Ghat area, Sonargaon upazila (Narayanganj, Dhaka), leaving five injured|Ghat area|(none)
        """)
    void theBracketsQualifyTheNameBeforeTheComma(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * In an article whose other names lie in one country, a town name with a namesake there, near another of the
     * article's towns or inside a region it names, is that namesake and not a bigger town abroad.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A Florence man was shot dead in Muscle Shoals on Sunday night, police said.|Florence|US.AL
        Deputies said a Dublin man opened fire at a bar in Pleasanton.|Dublin|US.CA
        Police in Paris said a man was stabbed near the Eiffel Tower.|Paris|FR.11
        Officials in Moscow said drones hit an oil depot in Bryansk.|Moscow|RU.48
        """)
    void aLocalNamesakeBeatsOneAbroad(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
