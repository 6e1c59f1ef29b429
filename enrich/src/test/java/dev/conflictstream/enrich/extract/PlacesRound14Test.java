package dev.conflictstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 14 (headlines that name no place below the country; services named by a common word; names that go on in
 * Arabic; unit words of one country), one table per rule. Columns, unless a table says otherwise: text | mention
 * (empty: the first event with an admin-1 region) | expected admin-1 ("(none)": no place of that name).
 */
class PlacesRound14Test {
    /**
     * An event its article places only in the country stays a country-level event: no region is guessed for it
     * (a prior such as "Ukraine's war is in Donetsk" would put events in tallies no sentence names), and a capital
     * named as a side or a source never places it. Columns: text | the events' country.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Three Ukrainian paratroopers die in rebel ambush, ministry says|UA
        Four Ukrainian servicemen wounded in past day: Kiev military|UA
        Congolese army says 12 rebels killed in fresh fighting|CD
        Nigerian troops repel insurgent attack, 7 killed|NG
        """)
    void countryLevelEventsGetNoGuessedRegion(String text, String country) {
        ArticleText a = new ArticleText("t", null, text, AcledNotesTest.eventDate(text));
        List<ExtractedEvent> events = ExtractorFixture.EXTRACTOR.extract(a).events();
        assertThat(events).as(ExtractorFixture.EXTRACTOR.explain(a)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.place().countryCode()).isEqualTo(country);
            assertThat(e.place().admin1Code()).isNull();
            assertThat(e.geoPrecision()).isEqualTo(3);
        });
    }

    /**
     * A common word naming a service ("Marine", "Law", "Navy", "Customs") is no place of its own; Kenya's "Coast" stays
     * an area (a region word of its own).
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Marine officials said two aviators died when their jet crashed near Yuma, Ariz.|Marine|(none)
        Law enforcement officers detained the gunman outside a mall in Tulsa.|Law|(none)
        Navy divers recovered two bodies from the harbor at Pensacola, Fla.|Navy|(none)
        Marine officials said two aviators died when their jet crashed near Yuma, Ariz.||US.AZ
        Law enforcement officers detained the gunman outside a mall in Tulsa.|Tulsa|US.OK
        """)
    void serviceWordsAreNoPlaces(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A name whose match stops before a hyphenated Arabic article and a capitalised word ("Jal el-Dib", "Nabatieh
     * al-Fawqa") goes on in Arabic: its head is a place of an Arabic-speaking country or Israel, or none; a short note
     * about the Arab world or Israel folds no Russian spellings of Ukrainian names.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Demonstrators set tyres alight on the highway at Jal el-Dib north of Beirut.|Jal|(none)
        An Israeli drone hit a car on the road to Nabatieh al-Tahta, killing two.|Nabatieh al-Tahta|LB.07
        Israeli jets struck a house on the edge of Nabatieh al-Wusta, wounding three.||LB.07
        Israeli tanks shelled farmland between Odaisseh and Kfar Kila.|Odaisseh|(none)
        """)
    void namesGoingOnInArabicStayInTheArabWorld(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A local unit word of one country ("upazila", "hromada", "barangay", "woreda", "cercle") votes for it
     * ({@link UnitWordHomes}); after "upazila of", a district of that country stays a candidate beside a foreign town
     * that lies in a district of its own name, and the article's country decides; a date before a comma is no town for
     * a postal code ("On 2 May, AL activists").
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 3 April 2024, robbers shot a trader dead in Muksudpur upazila of Gopalganj.||BD.81
        On 3 April 2024, police arrested five smugglers in the district of Gopalganj in Bihar.||IN.34
        On 5 April, AL and BNP activists clashed in Sonagazi upazila of Feni, injuring eight.|AL|(none)
        On Sunday, CA officials said the fire had spread.|CA|(none)
        """)
    void unitWordsTellTheirCountry(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
