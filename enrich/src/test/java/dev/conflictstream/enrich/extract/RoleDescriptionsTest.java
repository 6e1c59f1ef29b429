package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role descriptions (round 14): attacks named as someone's part in them ("responsible for", "linked to", "suspected of
 * involvement in", "coordinating", "facilitating") tell who a person is, not that an attack happened: the arrest or
 * the strike that targeted the person is the event, and no attack event is coded from the description. The other
 * side: "suspected militants attacked", "a man suspected of theft was lynched", "launched coordinated attacks" are
 * events. Texts in our own words, in the styles of press releases, wire copy and ACLED notes of several regions.
 * Columns: text | the sub-events coded, in order ("+" between them).
 */
class RoleDescriptionsTest {
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # a role told of the person arrested or targeted: no attack of its own
        Security forces detained a commander coordinating IED attacks in Kandahar on Thursday.|Arrests
        KABUL, Afghanistan (Feb. 6) - Afghan forces arrested a Taliban facilitator in Kunduz province yesterday. The facilitator is responsible for roadside bomb attacks against Afghan forces in the district.|Arrests
        Police in Nakuru arrested two men suspected of involvement in the attack on a bus in the town.|Arrests
        Taliban Facilitator Linked to Election Attacks Captured in Ghazni|Arrests
        On 5 February 2025, the army arrested a JNIM member in Mopti (Mopti) accused of taking part in attacks on civilians.|Arrests
        # the other side: a suspect who acts, a suspect harmed, attacks launched together
        Suspected militants attacked a police post in Mandera on Sunday, killing two officers.|Armed clash
        A man suspected of witchcraft was lynched by a mob in Kisii on Monday.|Mob violence
        On 4 February 2025, militants launched coordinated attacks on three army posts near Djibo (Sahel), killing 12 soldiers.|Armed clash
        On 4 February 2025, three policemen were involved in a shootout with robbers in Kisumu (Kisumu).|Armed clash
        """)
    void aRoleIsNoEvent(String text, String subEvents) {
        ArticleText a = new ArticleText("t", null, text, AcledNotesTest.eventDate(text));
        List<String> coded = EXTRACTOR.extract(a).events().stream().map(ExtractedEvent::subtype).toList();
        assertThat(coded).as("\n" + EXTRACTOR.explain(a)).isEqualTo(Arrays.asList(subEvents.split("\\+")));
    }
}
