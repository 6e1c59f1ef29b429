package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 14, one table per rule: people taken told without "abduct" or "kidnap"; a bomb that went off; dead found
 * by people who did not kill them; what a crowd holds up; violence after a movement of forces; materiel abandoned or of
 * one's own destroyed; an escape unhurt as a stated zero; the other side's dead told in a later sentence add to the
 * first side's. Notes and wire sentences in our own words, in the styles of several regions.
 */
class EventsRound14Test {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # people taken: forced or bundled into a vehicle, marched or herded into the bush ("whisked away" left out at merge:
        # bodyguards whisk ministers away)
        On 2 October 2025, four armed men forced a schoolteacher into a white car outside a school in Kaduna (Kaduna).|Violence against civilians|Abduction/forced disappearance||
        On 3 October 2025, unidentified men bundled a human rights lawyer into a van in Karachi (Sindh).|Violence against civilians|Abduction/forced disappearance||
        On 4 October 2025, bandits herded about twenty villagers into the bush near Kankara (Katsina).|Violence against civilians|Abduction/forced disappearance||
        On 5 October 2025, gunmen stopped a bus near Tillaberi (Tillaberi) and marched six passengers into the forest.|Violence against civilians|Abduction/forced disappearance||
        On 6 October 2025, armed men took two aid workers from their compound in Kidal (Kidal) to an unknown location.|Violence against civilians|Abduction/forced disappearance||
        On 6 October 2025, unknown men took away a village chief from his house near Kalehe (South Kivu).|Violence against civilians|Abduction/forced disappearance||
        # controls: people driven into camps, attackers who fled to an unknown destination, things taken away, police
        On 8 October 2025, bandits looted shops near Kankara (Katsina) and took away dozens of cattle.|Strategic developments|Looting/property destruction||
        On 8 October 2025, police took away two suspects from a hideout in Kisumu (Kisumu).|Strategic developments|Arrests||
        On 7 October 2025, attacks by ADF rebels forced hundreds of families into camps near Beni (North Kivu).|Battles|Armed clash||
        On 7 October 2025, gunmen shot dead a trader in Jos (Plateau) and fled to an unknown destination.|Violence against civilians|Attack||1
        # a bomb that went off: a remote explosive, also with deaths; a grenade keeps its row
        On 8 October 2025, a bomb went off near a police post in Peshawar (Khyber Pakhtunkhwa), wounding three officers.|Explosions/Remote violence|Remote explosive/landmine/IED||
        On 9 October 2025, two crude bombs went off outside a party office in Rajshahi (Rajshahi).|Explosions/Remote violence|Remote explosive/landmine/IED||
        An explosive device went off at a bus stop in Mogadishu on Sunday, killing three civilians, police said.|Explosions/Remote violence|Remote explosive/landmine/IED||3
        On 10 October 2025, a hand grenade went off in a market in Bunia (Ituri), injuring five people.|Explosions/Remote violence|Grenade||
        # the dead found: the finders are no mob
        On 11 October 2025, villagers found the bodies of three herders near Mopti (Mopti).|Violence against civilians|Attack||3
        On 12 October 2025, the bodies of two young men were discovered by residents on a road near Cuernavaca (Morelos).|Violence against civilians|Attack||2
        # control: a crowd that killed is a mob
        On 13 October 2025, residents beat a suspected thief to death in Kisii (Kisii).|Riots|Mob violence||1
        # what a crowd holds up names its protest across a comma
        On 14 October 2025, supporters of an opposition party assembled in Tyre, and held up portraits of their leader.|Protests|Peaceful protest||
        # violence after a movement of forces codes the event
        On 15 October 2025, army units were deployed to villages near Paletwa (Chin). The troops then fired mortar shells at the surrounding hills.|Explosions/Remote violence|Shelling/artillery/missile attack||
        # materiel abandoned or of one's own destroyed is property, not combat
        On 16 October 2025, soldiers destroyed an abandoned insurgent vehicle near Macomia (Cabo Delgado).|Strategic developments|Looting/property destruction||
        On 17 October 2025, withdrawing troops blew up their own fuel depot near Menaka (Menaka).|Strategic developments|Looting/property destruction||
        # control: the enemy's materiel destroyed stays combat
        On 18 October 2025, soldiers destroyed two insurgent vehicles near Macomia (Cabo Delgado).|Battles|Armed clash||
        """)
    void codesTheNote(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    @ParameterizedTest(name = "[{index}] killed {1} / injured {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # an escape unhurt is a zero stated in words
        On 14 October 2025, gunmen opened fire on the car of a judge in Quetta (Balochistan); the judge escaped unhurt.|0|0
        On 15 October 2025, a roadside bomb struck a patrol near Gao (Gao). The soldiers were unharmed, the army said.|0|0
        # a count in the sentence still wins over the escape
        On 16 October 2025, militants ambushed a convoy near Bannu (Khyber Pakhtunkhwa); the commander escaped unhurt but two of his guards were killed.|2|
        # the other side's dead in a later sentence add; the same side's are a detail
        On 17 October 2025, Al Shabaab fighters attacked a checkpoint near Afgooye (Lower Shabelle). Three soldiers were killed. The army said five militants were killed in the fighting.|8|
        On 18 October 2025, bandits raided a police station in Gusau (Zamfara); two policemen died. Four attackers were killed as officers fought back.|6|
        On 19 October 2025, troops clashed with JNIM near Djibo (Sahel), killing six militants. Two soldiers were killed.|8|
        On 20 October 2025, troops clashed with militants near Palma (Cabo Delgado). Four soldiers were killed. The four soldiers killed were from a special unit.|4|
        On 21 October 2025, insurgents attacked an army base near Monguno (Borno), killing seven soldiers. Three soldiers were killed by a mortar round.|7|
        """)
    void countsTheDead(String note, String killed, String injured) {
        AcledNotesTest.checkFigures(note, killed, injured);
    }

    /**
     * The round's phrases where they tell no violence (found in review at merge): a going that is not "off", a person
     * whisked away or a vehicle forced, and the dead found by residents (no mob).
     */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 22 October 2025, the officer in charge went to the market in Kirkuk (Kirkuk) after a bomb threat.|
        On 23 October 2025, bodyguards whisked the minister away from a hotel in Nairobi (Nairobi).|
        On 24 October 2025, police forced a truck to stop at a checkpoint near Gao (Gao).|
        On 25 October 2025, two bodies were found by residents near Cuernavaca (Morelos).|Attack
        """)
    void phrasesThatTellNoViolence(String note, String subEvents) {
        ArticleText a = new ArticleText("acled", null, note, AcledNotesTest.eventDate(note));
        List<String> coded = EXTRACTOR.extract(a).events().stream().map(ExtractedEvent::subtype).toList();
        assertThat(coded).as("\n" + EXTRACTOR.explain(a)).isEqualTo(subEvents == null ? List.of() : List.of(subEvents));
    }
}
