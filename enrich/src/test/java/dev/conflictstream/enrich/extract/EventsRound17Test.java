package dev.conflictstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 17, one table per rule: civilians named by trade or kin, a count outside the clause of the death word
 * (people arrested after a killing), parts of the dead after a stated toll, "and N more" with the verb left out,
 * "another died" after a semicolon; attacks with looting, killings after firing on a state force, arrests after a
 * killing, a civilian place naming an attack noun, "bomb attack" rows, three-word phrases with their middle word.
 * Notes, wire sentences and headlines in our own words, in the styles of several regions.
 */
class EventsRound17Test {
    @ParameterizedTest(name = "[{index}] killed {1} / injured {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # civilians named by trade, kin or circumstance are victims like any person noun
        On 2 January 2026, gunmen killed a barber and a tailor in their shop in Bawku (Upper East).|2|
        On 3 January 2026, militants shot dead a headmaster near Mandera (Mandera).|1|
        On 4 January 2026, a grenade tossed into a restaurant in Goma (North Kivu) killed a waitress and wounded six customers.|1|6
        On 5 January 2026, a lawmaker and his two nephews were killed in an ambush near Jalalabad (Nangarhar).|3|
        # a count before a subordinate clause is no victim of the death word in it
        On 6 January 2026, police detained five youths after a watchman was stabbed to death in Kisumu (Kisumu).|1|
        On 7 January 2026, three brothers were arrested when their neighbour was found dead in Gujranwala (Punjab).|1|
        On 8 January 2026, two soldiers were killed when their patrol hit a mine near Kidal (Kidal).|2|
        # a part of the dead after a stated toll is restated, not added; alone it is still the count
        On 9 January 2026, at least 15 people were killed when a shell hit a market in Kharkiv (Kharkiv). Six of the dead were women.|15|
        On 10 January 2026, a drone struck a wedding near Sennar (Sennar); five of those killed were children.|5|
        # "and N more" with the death verb left out adds; "and N others" with a verb of their own does not
        On 11 January 2026, four passengers died at the scene and two more in hospital after a bus hit a mine near Djibo (Sahel).|6|
        On 12 January 2026, three soldiers were killed and two more later, the army said, near Tillaberi (Tillaberi).|5|
        On 13 January 2026, two policemen were killed and three others wounded in an attack near Bannu (Khyber Pakhtunkhwa).|2|3
        # "another died" after a semicolon is one more victim
        On 14 January 2026, bandits shot dead a driver near Gusau (Zamfara); another died on the way to hospital.|2|
        """)
    void countsTheDead(String note, String killed, String injured) {
        AcledNotesTest.checkFigures(note, killed, injured);
    }

    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # people attacked as well as robbed: an attack on civilians; robbed and nobody harmed: the looting
        On 15 January 2026, rustlers attacked herders near Moroto (Northern), killing one, and drove off 200 cows.|Violence against civilians|Attack||1
        On 16 January 2026, gunmen looted a shop in Bunia (Ituri) after beating the shopkeeper.|Violence against civilians|Attack||
        On 17 January 2026, bandits raided a market in Anka (Zamfara) and carted off grain and goats.|Strategic developments|Looting/property destruction||
        # killed after firing on a state force: an armed clash; shot by police with no fire of his own: an attack
        On 18 January 2026, a suspect opened fire on officers at a roadblock in Nakuru (Nakuru) and was shot dead.|Battles|Armed clash||1
        A Tulsa man who fired at troopers during a chase was shot and killed Friday night, police said.|Battles|Armed clash||1
        On 19 January 2026, police shot dead a hawker during a street clearance in Mombasa (Mombasa).|Violence against civilians|Attack||1
        # an arrest after a killing: the killing codes the event
        On 20 January 2026, two men were arrested after a shopkeeper was killed in Kano (Kano).|Violence against civilians|Attack||1
        # a civilian place before the attack noun names its target
        Toll from Friday's mosque attack in northern Nigeria rises to 19|Violence against civilians|Attack||19
        Army post attack leaves 4 soldiers dead near Menaka|Battles|Armed clash||4
        # a bomb named with its attack is a remote explosive; a fire bomb keeps its own row
        On 22 January 2026, a bomb attack on a checkpoint in Quetta (Balochistan) killed two policemen.|Explosions/Remote violence|Remote explosive/landmine/IED||2
        # three-word phrases need their middle word
        On 23 January 2026, two gangs came to blows over a taxi rank in Durban (KwaZulu-Natal).|Riots|Mob violence||
        """)
    void codesTheNote(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # a fire bomb's word before "bomb attack" keeps the fire bomb's reading
        On 24 January 2026, youths hurled a petrol bomb attack at a police post in Sylhet (Sylhet).|Remote explosive/landmine/IED
        # the middle word of a three-word phrase must be there
        On 25 January 2026, a crowd came with blows and sticks to the market in Onitsha (Anambra).|Mob violence
        """)
    void readsNoRow(String note, String notSubtype) {
        var events = ExtractorFixture.EXTRACTOR.extract(new ArticleText("t", null, note, ExtractorFixture.PUBLISHED)).events();
        assertThat(events).noneMatch(ev -> ev.subtype().equals(notSubtype));
    }
}
