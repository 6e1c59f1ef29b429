package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events and killed round 12: the families a fresh set of real ACLED notes from outside Ukraine (the Middle East, Latin
 * America, the Sahel and West Africa, the Horn of Africa, South and South-East Asia) showed, one group per rule: armed
 * people killed by an unknown or one-sided hand are a clash, a killing told before an arrest or a seizure codes the
 * event, fights of two sides named as fighting each other or of a crowd told by its size are riots, shoot-outs, warning
 * shots, shots fired at people or at positions, passives whose agent follows the verb, the other side's dead in a second
 * clause, counts of agents after "shot to death by" and things seized after a killing. The notes are our own words,
 * written from ACLED's sub-event definitions in the news styles of several regions; the real notes were read, never copied.
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none; empty: no figure).
 */
class EventsRound12NotesTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # armed people (on duty) shot dead or found dead: a battle, whoever's hand; former or off-duty ones, or civilians, an attack
        On 3 July 2025, unidentified gunmen shot dead a police constable at a checkpoint in Bannu (Khyber Pakhtunkhwa).|Battles|Armed clash||1
        On 4 July 2025, a member of a pro-government militia was found dead near his post in Al Mayadin (Deir ez-Zor).|Battles|Armed clash||1
        On 5 July 2025, in Culiacan, Sinaloa, armed men gunned down two state police officers outside a shop. 2 fatalities.|Battles|Armed clash||2
        On 6 July 2025, gunmen shot dead a retired soldier at his home in Ilorin (Kwara).|Violence against civilians|Attack||1
        On 7 July 2025, in Tegucigalpa, a bus driver was shot dead by two men on a motorcycle. 1 fatality.|Violence against civilians|Attack||1
        # a killing told before an arrest or a seizure codes the event
        On 8 July 2025, gunmen shot two cattle traders to death near Kaura (Kaduna) and seized 40 cows from them.|Violence against civilians|Attack||2
        On 9 July 2025, soldiers killed three militants in a raid near Mandera (Mandera) and arrested two others.|Battles|Armed clash||3
        On 10 July 2025, police arrested a man in Nakuru (Nakuru) who had stabbed his neighbour.|Strategic developments|Arrests||0
        # two sides named as fighting each other, or a crowd told by its size, with no arms: a riot
        On 11 July 2025, members of two rival parties fought one another at a polling station in Gitega (Gitega) during the campaign.|Riots|Mob violence||0
        On 12 July 2025, hundreds of young men clashed with police in Tripoli (North) after a football match.|Riots|Violent demonstration||0
        On 13 July 2025, two clans fought each other over a well near Galkayo (Mudug).|Battles|Armed clash||0
        On 14 July 2025, dozens of militants clashed with soldiers near Palma (Cabo Delgado).|Battles|Armed clash||0
        # shoot-outs, warning shots, shots fired at people or at a force's positions
        On 15 July 2025, in Sao Goncalo, Rio de Janeiro, a shoot-out broke out when military police approached a car. One suspect was killed and another was detained.|Battles|Armed clash||1
        On 16 July 2025, soldiers fired warning shots in the air near a disputed border village in Batken (Batken).|Strategic developments|Other||0
        On 17 July 2025, police fired warning shots to disperse protesters in Lagos (Lagos).|Protests|Protest with intervention||0
        On 18 July 2025, unidentified men fired shots at a local politician as he left his house in Sialkot (Punjab). He escaped unhurt.|Violence against civilians|Attack||0
        On 19 July 2025, Azerbaijani forces fired with small arms on the positions of Armenian forces near Tegh (Syunik).|Battles|Armed clash||0
        # a passive with its agent right after the verb: the subject is the victim
        On 20 July 2025, a trader was tied up and beaten by police officers in Cap-Haitien (Nord).|Violence against civilians|Attack||0
        # killed: the other side's dead in a second clause, the agents' count after "by", things seized after a killing
        On 21 July 2025, Houthi forces attacked army positions in Hays (Al Hudaydah). Three Houthi fighters were killed, while two soldiers died.|Battles|Armed clash||5
        On 22 July 2025, JNIM militants attacked a gendarmerie post near Nioro (Kayes); two gendarmes were killed and four assailants died in the fighting.|Battles|Armed clash||6
        On 23 July 2025, in Barranquilla, Atlantico, a young man was shot to death by three armed men in the El Bosque neighbourhood.|Violence against civilians|Attack||1
        On 24 July 2025, three soldiers were killed and two others were injured when militants attacked a post near Djibo (Sahel).|Battles|Armed clash||3
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
