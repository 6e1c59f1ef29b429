package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a place name is read in its article: region names several countries share and region names in another
 * language (a place given with its region is read in the region of that name that holds it, and the region name
 * follows the article's country, never the largest namesake region elsewhere); Russian spellings of Ukrainian
 * places; demonyms that name the side that acted, not the scene.
 *
 * <p>Columns of every table: text | mention (empty: the first event with an admin-1 region) | expected admin-1 ("-": the country).
 */
class PlaceReadingsTest {
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
        On 16 May 2023, ADF rebels killed 10 civilians in Beni territory (Nord-Kivu).||CD.11
        On 4 June 2023, Mai-Mai militia clashed with FARDC in Uvira (Uvira, Sud-Kivu).||CD.12
        On 3 July 2023, Boko Haram militants attacked Goza (Far North).||CM.12
        On 8 July 2023, gunmen killed a trader in Cap-Haitien (Nord).||HT.09
        Police said two people were killed in clashes in Bolgatanga, Upper East Region, on Friday.||GH.10
        Atlanta police said the Georgia law took effect Monday.|Georgia|US.GA
        Georgia and Russia fought a war in 2008.|Georgia|-
        A man from Toluca, Mexico, was arrested on Friday.|Mexico|-
        """)
    void regionFollowsTheTownAndTheCountry(String text, String mention, String admin1) {
        check(text, mention, admin1);
    }

    /** Russian spellings of Ukrainian names meet the Ukrainian names by rule (NameKey.slavic). */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Civilian killed in Stanitsa Luganskaya shelling||UA.14
        Shelling of Shchastye leaves one dead||UA.14
        Two civilians wounded in shelling of Krasnogorovka||UA.05
        Militia say Ukrainian troops shelled Yasinovataya||UA.05
        On 6 May 2023, Russian forces shelled Zolochev (Bohodukhiv, Kharkiv).||UA.07
        On 7 May 2023, Russian forces shelled Gulyaypole (Polohy, Zaporizhia).||UA.26
        Shelling kills two in Lisichansk||UA.14
        """)
    void russianSpellingsFindUkrainianPlaces(String text, String mention, String admin1) {
        check(text, mention, admin1);
    }

    /** A demonym before a force, a weapon or an attack names who acted: the town decides the article's country. */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Russian forces shelled Avdeyevka on Monday.||UA.05
        Russian forces shelled Orikhiv on Monday, wounding two residents.||UA.26
        Israeli strikes hit Jabalia overnight, killing 9.||PS.GZ
        Israeli troops raided Tubas and arrested 5 men.||PS.WE
        Sudanese army jets bombed Kutum on Tuesday, killing 4 civilians.||SD.55
        Russian warplanes bombed Kafr Nabl, killing five civilians.||SY.12
        American drones struck Al Shabaab fighters near Jilib.||SO.08
        Ethiopian troops clashed with Fano fighters near Lalibela.||ET.46
        """)
    void actingSidesDoNotSetTheCountry(String text, String mention, String admin1) {
        check(text, mention, admin1);
    }

    /** A dateline says where the report was filed: the body's own place, even one named later, comes first. */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        KABUL, Afghanistan (AP) — A bomb killed five people on Sunday. The blast hit a market in the capital of Logar province, police said.||AF.17
        MOGADISHU, Somalia — Militants attacked a base in Gedo region on Sunday, killing 4 soldiers.||SO.06
        KABUL, Afghanistan (AP) — Gunmen killed three people in Nangarhar province on Saturday, police said.||AF.18
        KHARTOUM, Sudan (AP) — Shelling killed seven people in El Fasher on Sunday, activists said.||SD.55
        KABUL, Afghanistan (AP) — A roadside bomb killed four police officers on Sunday, officials said.||AF.13
        KYIV, Ukraine (AP) — Russian strikes killed two people overnight, officials in the Sumy region said.||UA.21
        """)
    void datelinesYieldToTheBody(String text, String mention, String admin1) {
        check(text, mention, admin1);
    }

    @Test
    void aDatelineYieldsToAProvinceNamedInALaterParagraph() {
        check("KABUL, Afghanistan (AP) — A suicide bomber killed 10 people on Sunday.\n\n"
                + "The attack happened in the eastern province of Nangarhar, the governor's spokesman said.", null, "AF.18");
    }

    /** A place naming a body is a toponym (geoparsing corpora mark it), neither a person's name nor a scene. */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        The Dublin Arts Council announced its summer programme.|Dublin|IE.L
        The Georgia Department of Transportation closed a lane on I-75 near Macon.|Georgia|US.GA
        Members of the Red Deer Skating Association met on Monday.|Red Deer|CA.01
        """)
    void bodiesNamedAfterPlacesKeepThePlace(String text, String mention, String admin1) {
        check(text, mention, admin1);
    }

    /** US local news: a county or a state named next to a town decides between its namesakes. */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Clarke County officials in Athens approved the new bus routes.|Athens|US.GA
        Franklin County commissioners met Tuesday in Columbus to discuss the budget.|Columbus|US.OH
        Muscogee County school officials said classes in Columbus will resume Monday.|Columbus|US.GA
        The Texas Department of Public Safety said the chase ended in Paris.|Paris|US.TX
        Kentucky State Police said the crash happened near Paris, in Bourbon County.|Paris|US.KY
        Hamilton County prosecutors charged a Cincinnati man with fraud.|Hamilton County|US.OH
        """)
    void countiesAndStatesDecideBetweenNamesakes(String text, String mention, String admin1) {
        check(text, mention, admin1);
    }

    static void check(String text, String mention, String admin1) {
        ArticleText a = new ArticleText("t", null, text, AcledNotesTest.eventDate(text));
        Extraction x = EXTRACTOR.extract(a);
        String got = mention == null
                ? x.events().stream().map(e -> e.place() == null ? null : e.place().admin1Code()).filter(Objects::nonNull).findFirst().orElse(null)
                : x.places().stream().filter(p -> p.mention().equals(mention)).map(p -> Objects.toString(p.place().admin1Code(), "-")).findFirst().orElse("(none)");
        assertThat(got).as(EXTRACTOR.explain(a)).isEqualTo(admin1);
    }
}
