package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 16, one table per rule: companions after "and their", "a couple of" as two, a second killing marked as
 * more, long counted subjects, parts of the dead, a definite last victim, a charge's count is no victim; fights told as
 * pretexts, gang heads killed by the state's forces, partisans fighting partisans, raids on
 * property that harm nobody, crime nouns naming a group or the crime an arrest is about, three-word phrases ("exchange
 * of fire") read as near phrases. Notes, wire sentences and headlines in our own words, in the styles of several regions.
 */
class EventsRound16Test {
    @ParameterizedTest(name = "[{index}] killed {1} / injured {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # a companion of the group's own after "and his / their": one more victim
        Three Miners and Their Guide Killed in Ambush near Kalehe|4|
        On 3 December 2025, a farmer and his three daughters were killed when a shell hit their house near Kupiansk (Kharkiv).|4|
        On 4 December 2025, two policemen and their driver were shot dead near Dera Ismail Khan (Khyber Pakhtunkhwa).|3|
        # "a couple of" counts two, and adds like a count ("a couple of dozen" stays no count)
        On 5 December 2025, gunmen killed a couple of herders near Tahoua (Tahoua).|2|
        On 6 December 2025, a couple of farmers were hacked to death near Bokkos (Plateau).|2|
        On 7 December 2025, bandits shot dead a couple of traders and a driver near Kankara (Katsina).|3|
        # a second killing in the sentence whose count is marked as more adds
        On 9 December 2025, gunmen killed two guards at a mine near Kamituga (South Kivu) and later killed four more workers nearby.|6|
        On 10 December 2025, militants killed three villagers near Beni (North Kivu), then killed two other residents as they fled.|5|
        On 11 December 2025, soldiers killed two militants near Kidal (Kidal) and later killed two of them again, a source said.|2|
        # a long counted subject before the death word (more than eight words back)
        On 14 December 2025, two off-duty prison warders and a taxi driver were killed when gunmen opened fire near Garissa (Garissa).|3|
        On 15 December 2025, four members of a local vigilance committee and a ward chief were shot dead by bandits near Isa (Sokoto).|5|
        On 16 December 2025, at least three elderly residents of the old quarter were killed when a shell hit a shelter in Kharkiv (Kharkiv).|3|
        # a part of the dead told after the count is no more of them
        On 17 December 2025, gunmen killed four people near Bunia (Ituri); one of the dead was a nurse.|4|
        # a definite person closing the list of the dead adds one ("and the gunman fled" does not)
        On 18 December 2025, a suicide bomber struck a market in Maiduguri (Borno), killing 9 traders and the bomber.|10|
        On 19 December 2025, a gunman opened fire at a bar in Tulsa (Oklahoma), killing two patrons and the owner.|3|
        # a count that is a charge's object is no victim; the subject before the charge is
        On 12 December 2025, a bandit commander wanted for several kidnappings was shot dead by soldiers near Tsafe (Zamfara).|1|
        On 13 December 2025, a man accused of two murders was beaten to death by a mob in Sylhet (Sylhet).|1|
        # review fix: only "one of the dead" is a part told before; "five of the dead were children" is the count
        On 23 December 2025, an air strike hit a school in Khan Younis; six of the dead were children.|6|
        # review fix: a companion who did something else is not among the dead
        On 28 December 2025, gunmen killed three soldiers near Djibo (Sahel) and their commander fled into the bush.|3|
        """)
    void countsTheDead(String note, String killed, String injured) {
        AcledNotesTest.checkFigures(note, killed, injured);
    }

    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # "a couple of dozen" is no count of two
        On 8 December 2025, militants killed a couple of dozen villagers near Djibo (Sahel).|Violence against civilians|Attack||
        # a gang's member or head killed by the state's forces: a battle; unarmed, or no state named, an attack
        On 3 December 2025, police shot dead a suspected gang leader in Mombasa (Mombasa).|Battles|Armed clash||1
        On 4 December 2025, a cartel boss was shot dead by marines in Tampico (Tamaulipas).|Battles|Armed clash||1
        Police Kill Notorious Gang Kingpin in Cap-Haitien|Battles|Armed clash||1
        On 5 December 2025, police shot dead an unarmed gang member in Kayole, Nairobi (Nairobi).|Violence against civilians|Attack||1
        On 6 December 2025, a gang leader was found dead in a ditch near Naivasha (Nakuru).|Violence against civilians|Attack||1
        # three-word phrases: "exchange of fire", "came to blows"
        On 7 December 2025, police and robbers had an exchange of fire in Eldoret (Uasin Gishu).|Battles|Armed clash||
        On 8 December 2025, two groups of traders came to blows over a stall in Onitsha (Anambra).|Riots|Mob violence||
        # partisans fighting partisans are a mob, whatever they fight with
        On 9 December 2025, two factions of the ruling party clashed over a committee post in Cumilla (Chittagong).|Riots|Mob violence||
        On 10 December 2025, supporters of a councillor shot and injured three supporters of his rival in Narsingdi (Dhaka).|Riots|Mob violence||
        On 11 December 2025, activists of two party wings fought with sticks on a campus in Rajshahi (Rajshahi).|Riots|Mob violence||
        On 12 December 2025, militants attacked supporters of a candidate in Bannu (Khyber Pakhtunkhwa).|Violence against civilians|Attack||
        # a raid on property that harms nobody is the destruction or looting; on people or an armed post it is not
        On 13 December 2025, Al Shabaab fighters stormed a telecom relay site near Bardera (Gedo) and destroyed its generator.|Strategic developments|Looting/property destruction||
        On 14 December 2025, bandits raided a market in Gummi (Zamfara) and carted away grain and livestock.|Strategic developments|Looting/property destruction||
        On 15 December 2025, militants attacked a village near Fada N'Gourma (Est) and burned granaries; no casualties were reported.|Strategic developments|Looting/property destruction||0
        On 16 December 2025, militants attacked an army post near Fada N'Gourma (Est) and burned two vehicles.|Battles|Armed clash||
        On 17 December 2025, a mob raided a pharmacy in Kisii (Kisii) and looted drugs.|Riots|Mob violence||
        # a fight told as a pretext for a killing: an attack
        On 21 December 2025, police killed a suspected smuggler in a so-called gunfight in Teknaf (Chittagong).|Violence against civilians|Attack||1
        On 22 December 2025, soldiers killed two youths in a staged encounter near Imphal (Manipur).|Violence against civilians|Attack||2
        # a crime noun naming a group, or the crime an arrest is about, is no trigger
        On 18 December 2025, police arrested six members of a kidnapping syndicate in Enugu (Enugu).|Strategic developments|Arrests||
        On 19 December 2025, police arrested two men in connection with the abduction of a teacher in Kaduna (Kaduna).|Strategic developments|Arrests||
        On 20 December 2025, soldiers arrested three robbery suspects in Juba (Central Equatoria).|Strategic developments|Arrests||
        # review fixes: a state force in the sentence is no fight among partisans; police as a source do not fight a gang;
        # a settlement stormed is no raid on property
        On 24 December 2025, troops shot dead two activists of an opposition party in Kasese (Western), their supporters said.|Violence against civilians|Attack||2
        On 25 December 2025, two factions of the army fought in Juba (Central Equatoria), leaving four soldiers dead.|Battles|Armed clash||4
        On 26 December 2025, the body of a cartel boss was found dead on a road near Culiacan (Sinaloa), police said.|Violence against civilians|Attack||1
        On 27 December 2025, militants stormed the village of Dar (Hiraan) and burned the police post.|Battles|Armed clash||
        """)
    void codesTheNote(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
