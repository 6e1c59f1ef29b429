package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hometowns (round 14): a person's hometown told in an apposition (", from X", ", of X" after a title or a rank, "a
 * native of X", "who hails from X") and an actor named with an abbreviation ("U.S. Army") are no event's scene: no
 * event lands in them, the event takes its own place, else the article's region or dateline. The hometown is still
 * reported as a place mention in its own region (a toponym all the same). Texts in our own words, in the styles of
 * military press releases, wire copy and local news of several regions.
 */
class HometownsTest {
    @ParameterizedTest(name = "[{index}] every event in {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # the hometown in the sentence of the event, after the speaker's title
        KANDAHAR, Afghanistan (Feb. 6) - Afghan and coalition troops killed three insurgents in Arghandab district yesterday, said Army Maj. Tom Reyes, a battalion spokesman, from Tucson, Ariz.|AF.23|Tucson|US.AZ
        Marine Sgt. Luis Vega, 24, of San Antonio, Texas, was killed by a roadside bomb in Helmand province on Tuesday, the Pentagon said.|AF.10|San Antonio|US.TX
        Police said the victim, a native of Garissa, was shot dead in Eastleigh, Nairobi, on Friday night.|KE.05|Garissa|KE.16
        The attack on the market in Baidoa killed five people, said Capt. Abdi Hassan, a police commander who hails from Kismayo.|SO.04|Kismayo|SO.09
        # the hometown in a later sentence: an event without a place of its own takes the dateline, not the hometown
        KABUL, Afghanistan - A suicide bomber killed two NATO soldiers on Monday. One of them, Sgt. Mark Dunn, from Dayton, Ohio, was on his second tour.|AF.13|Dayton|US.OH
        Gunmen attacked a checkpoint near Mopti on Sunday, killing two soldiers, said Col. Amadou Kone, the regional commander, from Sikasso.|ML.04|Sikasso|ML.06
        # the other side of the rule: "from" with no comma after a title is where things happened
        Col. Ivan Petrenko said his troops withdrew from Lyman after two days of heavy shelling.|UA.05|Lyman|UA.05
        """)
    void aHometownIsNoScene(String text, String admin1, String hometown, String hometownAdmin1) {
        ArticleText a = new ArticleText("t", null, text, AcledNotesTest.eventDate(text));
        Extraction x = EXTRACTOR.extract(a);
        String why = "\n" + EXTRACTOR.explain(a);
        assertThat(x.events()).as("events" + why).isNotEmpty();
        assertThat(x.events()).as("every event's region" + why)
                .allSatisfy(e -> assertThat(e.place() == null ? null : e.place().admin1Code()).isEqualTo(admin1));
        assertThat(x.places().stream().filter(p -> p.mention().startsWith(hometown))
                .map(p -> Objects.toString(p.place().admin1Code(), "-")).findFirst().orElse("(none)"))
                .as("the hometown, still a place" + why).isEqualTo(hometownAdmin1);
    }

    /** "U.S. Army officials", "U.K. troops": a country named by its abbreviation before a force or a person is a side. */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        KABUL, Afghanistan (Feb. 6) - Afghan forces killed two insurgents in Logar province Wednesday. "We will keep up the pressure on the networks behind these attacks," said U.S. Army Col. Ray Ortiz.|AF.17
        U.S. Army officials said two soldiers were killed by an IED in Paktika province.|AF.29
        """)
    void anAbbreviatedCountryBeforeAForceIsASide(String text, String admin1) {
        ArticleText a = new ArticleText("t", null, text, AcledNotesTest.eventDate(text));
        Extraction x = EXTRACTOR.extract(a);
        assertThat(x.events()).as("events\n" + EXTRACTOR.explain(a))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.place() == null ? null : e.place().admin1Code()).isEqualTo(admin1));
    }
}
