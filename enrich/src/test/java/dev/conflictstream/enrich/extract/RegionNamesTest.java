package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Region names several countries share and region names in another language: a place given with its region is
 * read in the region of that name that holds it, and the region name follows the article's country, never the
 * largest namesake region elsewhere.
 *
 * <p>Columns: text | mention (empty: the first event with an admin-1 region) | expected admin-1 ("-": the country).
 */
class RegionNamesTest {
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 3 March 2023, Ambazonian separatists attacked a gendarmerie post in Kumbo (Bui, Nord-Ouest), killing 2 gendarmes.||CM.07
        On 4 March 2023, Ambazonian separatists abducted a teacher in Buea (Fako, Sud-Ouest).||CM.09
        On 5 March 2023, gang members killed 2 people in Port-de-Paix (Nord-Ouest).||HT.03
        On 6 March 2023, JNIM militants attacked soldiers in Titao (Loroum, Nord).||BF.10
        On 7 March 2023, militants attacked a village near Gorom-Gorom (Oudalan, Sahel), killing 5 civilians.||BF.12
        On 8 March 2023, Boko Haram militants killed 4 farmers near Kolofata (Mayo-Sava, Extreme-Nord).||CM.12
        On 9 March 2023, armed men kidnapped a trader in Garoua (Benoue, Nord).||CM.13
        On 11 March 2023, youths clashed with police in Yendi (Northern), killing 1 person.||GH.06
        On 12 March 2023, LRA remnants attacked a village near Kitgum (Northern).||UG.N
        On 13 March 2023, police dispersed protesters in Mbarara (Western).||UG.W
        On 14 March 2023, police dispersed a protest in Kasama (Northern).||ZM.05
        On 15 March 2023, fishermen protested in Trincomalee (Eastern).||LK.37
        On 17 March 2023, PTI supporters clashed with police in Hyderabad (Sindh).||PK.05
        On 18 March 2023, students protested in Hyderabad (Telangana).||IN.40
        On 19 March 2023, farmers protested in Cordoba (Cordoba) against drought measures.||AR.05
        On 20 March 2023, residents protested in Monteria (Cordoba).||CO.12
        Separatists killed two soldiers in Kumbo, North-West region, the army said.||CM.07
        Police said two people were killed in clashes in Bolgatanga, Upper East Region, on Friday.||GH.10
        Atlanta police said the Georgia law took effect Monday.|Georgia|US.GA
        Georgia and Russia fought a war in 2008.|Georgia|-
        """)
    void regionFollowsTheTownAndTheCountry(String text, String mention, String admin1) {
        ArticleText a = new ArticleText("t", null, text, AcledNotesTest.eventDate(text));
        Extraction x = EXTRACTOR.extract(a);
        String got = mention == null
                ? x.events().stream().map(e -> e.place() == null ? null : e.place().admin1Code()).filter(Objects::nonNull).findFirst().orElse(null)
                : x.places().stream().filter(p -> p.mention().equals(mention)).map(p -> Objects.toString(p.place().admin1Code(), "-")).findFirst().orElse("(none)");
        assertThat(got).as(EXTRACTOR.explain(a)).isEqualTo(admin1);
    }
}
