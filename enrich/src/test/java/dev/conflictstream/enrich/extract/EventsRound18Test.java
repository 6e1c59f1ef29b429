package dev.conflictstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 18, one table per rule family, from the ACLED codebook's sub-event definitions and the news styles of
 * the Sahel, the Horn of Africa, the Middle East, South Asia, Latin America and US local news: "an estimated N", an age
 * that stands for the person; surrenders told without the word, coups told as power seized, suicide bombers named
 * otherwise, bases set up with more words between, people made protesters by a participle, bombs thrown by hand
 * (ACLED's grenade), disappearances told by unknown whereabouts, people carried away, teenagers as plain people; and
 * the controls each rule must leave alone. Notes, wire sentences and headlines in our own words.
 */
class EventsRound18Test {
    @ParameterizedTest(name = "[{index}] killed {1} / injured {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # "an estimated N": the article belongs to the estimate, the count follows
        On 2 March 2026, troops killed an estimated 35 insurgents in an operation near Marte (Borno).|35|
        On 3 March 2026, an airstrike killed an estimated 12 fighters at a training site near Buale (Middle Juba).|12|
        # a hyphenated age after an article, with no noun of its own, is the person
        A 22-year-old was shot and killed in a parking lot in west Dallas early Sunday, police said.|1|
        Police said a 15-year-old was stabbed to death after a fight near a bus stop in Newark on Friday.|1|
        On 4 March 2026, gunmen shot dead a 40-year-old on his farm near Bokkos (Plateau).|1|
        # a convict is a person
        On 5 April 2026, an escaped convict was shot dead after firing at police near Maceio (Alagoas).|1|
        # controls: an age with its own noun counts once
        A 30-year-old woman was killed in a shooting in Columbus, Ohio, on Monday night.|1|
        """)
    void countsTheDead(String note, String killed, String injured) {
        AcledNotesTest.checkFigures(note, killed, injured);
    }

    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # a group's surrender told without the word: a change to group/activity
        On 5 March 2026, 40 Boko Haram members gave themselves up to troops in Gwoza (Borno).|Strategic developments|Change to group/activity||
        On 6 March 2026, six al-Shabaab fighters handed themselves over to the army in Baidoa (Bay).|Strategic developments|Change to group/activity||
        On 7 March 2026, about 60 Maoist cadres laid down their arms before the police in Bijapur (Chhattisgarh).|Strategic developments|Change to group/activity||
        # a coup told by its act, above the arrest of the president
        On 8 March 2026, army officers seized power in Niamey (Niamey) and detained the head of state.|Strategic developments|Other||
        # a suicide bomber named otherwise, or told by the act
        On 9 March 2026, a suicide attacker struck a mosque in Maiduguri (Borno), killing six worshippers.|Explosions/Remote violence|Suicide bomb||6
        On 10 March 2026, a woman blew herself up at a checkpoint in Konduga (Borno), killing three vigilantes.|Explosions/Remote violence|Suicide bomb||3
        # a base set up with more words between verb and noun
        On 11 March 2026, the army established a new forward operating base in Dinsoor (Bay).|Strategic developments|Headquarters or base established||
        On 12 March 2026, JNIM militants set up a large new training camp near Menaka (Menaka).|Strategic developments|Headquarters or base established||
        # unarmed people named protesters by a participle: force on them is force on a protest
        On 13 March 2026, police opened fire on farmers demanding higher crop prices in Sheikhupura (Punjab), killing two.|Protests|Excessive force against protesters||2
        On 14 March 2026, soldiers shot dead a miner protesting against the closure of a pit in Kamituga (South Kivu).|Protests|Excessive force against protesters||1
        # a bomb thrown by hand is ACLED's grenade
        On 15 March 2026, miscreants hurled two crude bombs at a ruling party office in Narsingdi (Dhaka), injuring four.|Explosions/Remote violence|Grenade||
        On 16 March 2026, a bomb thrown from a passing car exploded outside a bar in Cucuta (Norte de Santander), wounding five.|Explosions/Remote violence|Grenade||
        # a disappearance told by unknown whereabouts; people carried away by an armed group
        On 17 March 2026, men in plain clothes took a student leader from his hostel in Turbat (Balochistan); his whereabouts remain unknown.|Violence against civilians|Abduction/forced disappearance||
        On 18 March 2026, gunmen carried away 25 passengers from a bus near Funtua (Katsina).|Violence against civilians|Abduction/forced disappearance||
        # teenagers are plain people: their shooting is an attack on civilians
        Three teenagers were shot, one fatally, near a skate park in Tacoma, Wash., on Saturday night.|Violence against civilians|Attack||1
        # review of round 18: an age followed by its own noun, or joined with more people, counts them all
        On 1 April 2026, gunmen shot dead a 45-year-old Afghan farmer and his two sons in Herat (Herat).|Violence against civilians|Attack||3
        On 2 April 2026, gunmen attacked a 30-year-old base in Helmand (Helmand), killing four soldiers.|Battles|Armed clash||4
        """)
    void codesTheNote(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # a camp for the displaced is no base
        On 19 March 2026, the aid agency set up a new camp for displaced families near Dolow (Gedo).|Headquarters or base established
        On 20 March 2026, the government opened two new refugee camps near Gambella (Gambela).|Headquarters or base established
        # a fire bomb thrown keeps its own rows, never a grenade
        On 21 March 2026, unknown men hurled a petrol bomb at a shop in Chattogram (Chattogram), damaging its shutter.|Grenade
        On 22 March 2026, petrol bombs were thrown at a police van in Rajshahi (Rajshahi).|Grenade
        # a demand of armed men or kidnappers is no protest
        On 23 March 2026, gunmen demanding ransom abducted a pharmacist near Okene (Kogi).|Peaceful protest
        On 24 March 2026, the kidnappers demanding a ransom freed two traders near Lokoja (Kogi).|Peaceful protest
        # one suspect who turns himself in is no change of a group
        On 25 March 2026, a man suspected of killing his neighbour turned himself in to police in Eldoret (Uasin Gishu).|Change to group/activity
        # a call to lay down arms is no surrender
        On 26 March 2026, the governor urged bandits to lay down their arms in Gusau (Zamfara).|Change to group/activity
        # review of round 18: each rule kept to its own reading
        On 27 March 2026, police laid out the seized weapons at a press conference in Lahore (Punjab).|Change to group/activity
        On 28 March 2026, RSF fighters seized power stations in Bahri (Khartoum).|Other
        On 29 March 2026, militants set up roadblocks outside the army base in Gao (Gao).|Headquarters or base established
        On 30 March 2026, police said the suspect, whose whereabouts are unknown, fled to Kabul (Kabul) after the robbery.|Abduction/forced disappearance
        On 31 March 2026, the bomb threw debris across a market in Quetta (Balochistan), killing five people.|Grenade
        """)
    void readsNoRow(String note, String notSubtype) {
        var events = ExtractorFixture.EXTRACTOR.extract(new ArticleText("t", null, note, ExtractorFixture.PUBLISHED)).events();
        assertThat(events).noneMatch(ev -> ev.subtype().equals(notSubtype));
    }
}
