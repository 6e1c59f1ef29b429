package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 9: the families a fresh set of real ACLED notes (Kenya, Somalia, Bangladesh, Afghanistan) showed, one
 * group per rule: more of ACLED's sentence labels, fire on travellers and herders, grievances told after a comma or a
 * place in brackets, demonstrations that are only the setting of an act, stones thrown by people who protest, crowds
 * beating people, death counts told with a hyphenated word, a hedge or "gunned down", and a region named by a stop word
 * ("Bay") last in a bracketed pair. The notes are our own words,
 * written from ACLED's sub-event definitions in the news styles of several regions; the real notes were read, never
 * copied.
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none; empty: no figure).
 */
class EventsRound9NotesTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # ACLED's labels opening a note name its sub-event type
        Change to armed group: On 2 June 2024, a dozen local policemen defected and joined Taliban fighters in Bala Murghab (Badghis).|Strategic developments|Change to group/activity||0
        Detonation: On 3 June 2024, a device went off while militants were burying it on a road near Mahaday (Middle Shabelle).|Strategic developments|Disrupted weapons use||0
        Land seizure: On 4 June 2024, settlers fenced off an olive grove belonging to a farmer near Turmus Ayya (West Bank).|Strategic developments|Looting/property destruction||0
        # gunfire opened on travellers, vehicles or herders is an attack on civilians; on a patrol it is a clash
        On 5 June 2024, gunmen opened fire on a minibus heading to Bokkos (Plateau). Two passengers were killed.|Violence against civilians|Attack||2
        On 6 June 2024, JNIM militants opened gunfire on pastoralists near Djibo (Sahel). There were no casualties.|Violence against civilians|Attack||0
        On 7 June 2024, militants opened gunfire on an army patrol near Djibo (Sahel). There were no casualties.|Battles|Armed clash||0
        # what a protest is about may follow a comma or a place in brackets: force named there is its grievance
        On 8 June 2024, lawyers held a sit-in at the district courts in Multan city (Multan, Punjab), against the assault on a colleague by unknown men.|Protests|Peaceful protest||0
        On 9 June 2024, nurses formed a human chain at the hospital gate in Sylhet (Sylhet), condemning the beating of a doctor by relatives of a patient.|Protests|Peaceful protest||0
        On 10 June 2024, boda boda riders in Kisii (Kisii) protested after a colleague was killed by a speeding lorry.|Protests|Peaceful protest||
        # demonstrations told as the setting of an act ("amid ...", "following ...") are not the event: the crowd's act is mob violence
        On 11 June 2024, unidentified people set fire to a ruling party office in Kurunegala (North Western), amid unrest following opposition demonstrations.|Riots|Mob violence||0
        On 12 June 2024, a group of people vandalised a shrine in Sylhet city (Sylhet), amid tension following student demonstrations against the government.|Riots|Mob violence||0
        On 13 June 2024, protesters set fire to a ruling party office in Kurunegala (North Western) during anti-government demonstrations.|Riots|Violent demonstration||0
        On 25 June 2024, gunmen shot dead a shopkeeper in Bogra (Rajshahi), amid tension following opposition demonstrations.|Violence against civilians|Attack||1
        On 23 June 2024, police fired tear gas at traders in Kisumu (Kisumu), following protests over new market fees.|Protests|Protest with intervention||0
        On 24 June 2024, protesters burned tyres on the main road in Rajshahi (Rajshahi), following demonstrations over exam results.|Riots|Violent demonstration||0
        # stones thrown by people who block roads or protest first: a violent demonstration
        On 14 June 2024, retired soldiers blocked the main road and threw stones at the governor's office in Garowe (Nugaal), demanding unpaid pensions.|Riots|Violent demonstration||0
        # a crowd of people beating or assaulting someone, no arms named, is mob violence (its leader is not among its hands)
        On 15 June 2024, about 20 people led by a ward councillor assaulted a school headmaster in Bhola (Barisal).|Riots|Mob violence||0
        On 16 June 2024, a group of people assaulted two bus conductors at a terminal in Eldoret (Uasin Gishu) over a fare dispute.|Riots|Mob violence||0
        On 17 June 2024, Somali and Ethiopian refugees fought with sticks over a water point in Dadaab (Garissa), leaving two dead.|Riots|Mob violence||2
        # a rocket fired during an attack on a check point is part of the ground assault: an armed clash
        On 18 June 2024, Taliban fighters hit a police pickup with a rocket in an attack on a check point in Khanabad (Kunduz); two policemen were killed.|Battles|Armed clash||2
        # killed: groups with a hyphenated word are added up; a hedge before the verb and "gunned down" keep a singular victim
        On 19 June 2024, 5 pro-government militia members and 2 Taliban fighters were killed in fighting near Tagab (Kapisa).|Battles|Armed clash||7
        On 20 June 2024, a trader was allegedly beaten to death by a mob over a stolen goat in Machakos (Machakos).|Riots|Mob violence||1
        On 21 June 2024, a well-known imam is gunned down outside a mosque in Malindi (Kilifi).|Violence against civilians|Attack||1
        # a capitalised stop word last in a bracketed "(place, region)" pair that names an admin-1 region is that region
        On 22 June 2024, Al Shabaab fighters attacked an army post in Qansaxley village (Dinsoor, Bay). Casualties unknown.|Battles|Armed clash|SO.04|
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
