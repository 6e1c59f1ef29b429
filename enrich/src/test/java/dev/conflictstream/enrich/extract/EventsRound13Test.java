package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 13, one table per rule: a zero stated in words is a known 0 (not "not stated") and a later count in
 * the sentence or the event still wins; military materiel destroyed is an event whose sub-type the means named decides;
 * a capture told in the sentence after a clash codes the territory change. Notes and wire sentences in our own words,
 * in the styles of several regions.
 */
class EventsRound13Test {
    @ParameterizedTest(name = "[{index}] killed {1} / injured {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # a zero in words: deaths, injuries, or any harm (both)
        On 3 September 2025, a landmine exploded under a police truck near Kismayo (Lower Juba). Nobody was hurt.|0|0
        On 4 September 2025, gunmen fired at a polling station in Kaduna (Kaduna); nobody was harmed.|0|0
        On 5 September 2025, an IED went off near a convoy in Sinjar (Nineveh). Officials reported no injuries or fatalities.|0|0
        On 6 September 2025, unknown men threw a grenade at a party office in Dhaka (Dhaka); no one was injured or killed.|0|0
        On 7 September 2025, mortar rounds landed near a base in Gao (Gao). There were no deaths, but three soldiers were wounded.|0|3
        Police said a homemade bomb exploded outside a bank in Puebla overnight; there were no deaths or injuries.|0|0
        # a later count wins over the zero
        On 8 September 2025, militants stormed a checkpoint in Dera Ismail Khan (Khyber Pakhtunkhwa). First reports spoke of no casualties, but officials later said four policemen were killed.|4|
        On 9 September 2025, fighters attacked an army post near Ouallam (Tillaberi). No casualties were reported at first. Two soldiers died of their wounds the next day.|2|
        """)
    void aZeroInWordsIsAKnownZero(String note, String killed, String injured) {
        AcledNotesTest.checkFigures(note, killed, injured);
    }

    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # military materiel destroyed: a battle with no means named, a strike when a drone or artillery did it
        On 10 September 2025, Ukrainian forces destroyed a Russian supply convoy near Vasylivka (Zaporizhia).|Battles|Armed clash||0
        On 11 September 2025, Ansar Allah fighters destroyed an ammunition depot of the government forces near Harib (Marib).|Battles|Armed clash||0
        On 12 September 2025, Russian drones destroyed a Ukrainian radar near Orikhiv (Zaporizhia).|Explosions/Remote violence|Air/drone strike||0
        On 13 September 2025, Turkish drones destroyed an ammunition depot of the SDF near Qamishli (Al-Hasakah).|Explosions/Remote violence|Air/drone strike||0
        On 14 September 2025, the army said its artillery destroyed an insurgent munitions store near Marawi (Lanao del Sur).|Explosions/Remote violence|Shelling/artillery/missile attack||0
        # property that is no materiel stays property destruction
        On 15 September 2025, militants destroyed a telecommunications mast near Dori (Sahel).|Strategic developments|Looting/property destruction||0
        # a capture in the sentence after a clash: the territory change; captured people are no territory
        On 16 September 2025, the army and RSF fighters clashed around Bara (North Kordofan). The RSF then captured Bara.|Battles|Non-state actor overtakes territory||0
        On 17 September 2025, Burkinabe soldiers clashed with JNIM near Djibo (Sahel). The army later retook the town.|Battles|Government regains territory||0
        On 18 September 2025, Arakan Army fighters battled junta troops near Ann (Rakhine). The rebels seized the town after two days.|Battles|Non-state actor overtakes territory||0
        On 19 September 2025, soldiers clashed with bandits near Tsafe (Zamfara). Troops captured three bandits.|Battles|Armed clash||0
        """)
    void codesTheNote(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
