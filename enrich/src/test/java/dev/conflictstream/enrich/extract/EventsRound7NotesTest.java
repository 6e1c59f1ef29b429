package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 7: the error families a sample of real ACLED notes from outside Ukraine showed (ACLED's note labels,
 * "IS" as the group, asides in brackets, seizures, closing fatality counts, victims and sites), one group per rule.
 * The notes are our own words, written for the round; the real notes were read, never copied.
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none; empty: no figure).
 */
class EventsRound7NotesTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # ACLED's label before the colon names the sub-event type, whatever trigger words follow
        Movement of forces: On 3 March 2023, dozens of armed men on motorbikes were seen heading towards Kalale (Borgou); residents feared they would attack the village.|Strategic developments|Change to group/activity||0
        Security measures: On 5 March 2023, authorities shut the market of Tanguieta (Atakora) for fear of an attack by militants.|Strategic developments|Change to group/activity||0
        Displacement: On 7 March 2023, families from two hamlets near Djibo (Sahel) fled to the town after threats by an armed group.|Strategic developments|Other||0
        Non-violent activity: On 8 March 2023, militants gathered villagers near Mopti (Mopti) to preach and then left.|Strategic developments|Other||0
        # an upper-case IS between ordinary words is the Islamic State, not the verb
        On 12 March 2021, gunmen thought to belong to IS shot and killed a shepherd near Al Mayadin (Deir ez-Zor).|Violence against civilians|Attack||1
        On 2 June 2021, IS fighters attacked an army checkpoint near Tikrit (Salah ad Din), killing two soldiers.|Battles|Armed clash||2
        # an aside in brackets negates nothing outside them
        On 9 October 2022, a soldier or a gunman (the reports do not agree) shot and killed a trader in Gao (Gao).|Violence against civilians|Attack||1
        # seized drugs and smuggled goods are a seizure (looting/property destruction), not the arrests that come with it
        On 4 May 2021, federal police seized 2,3 tons of cocaine from a truck near Cuiaba (Mato Grosso). Two men were arrested.|Strategic developments|Looting/property destruction||0
        On 6 May 2021, customs officers seized 40,000 packets of smuggled cigarettes at the port of Latakia (Latakia).|Strategic developments|Looting/property destruction||0
        # a blade killing
        On 2 January 2023, unknown assailants slit the throat of a herder near Segbana (Alibori).|Violence against civilians|Attack||
        # violating a curfew or a lockdown is no battle; violating a ceasefire is
        On 28 April 2021, a mob threw stones at police in Moradabad (Uttar Pradesh) when officers stopped two men who were violating the curfew.|Riots|Mob violence||0
        On 3 June 2021, rebels violated the ceasefire near Kalehe (South Kivu) and fired on an army position.|Battles|Armed clash||0
        # what victims were suspected of is no part of them; an armed group's base is no civilian target
        On 1 December 2022, soldiers killed three civilians suspected of helping militants near Materi (Atakora).|Violence against civilians|Attack||3
        On 7 May 2021, regional forces raided an al Shabaab base close to a village in Bari (Bari); one militant was killed.|Battles|Armed clash||1
        # ACLED's closing fatality count is the note's total, not more deaths on top
        On 9 May 2021, in Culiacan, Sinaloa, two gunmen attacked a shopkeeper outside his store. The shopkeeper died. 1 fatality.|Violence against civilians|Attack||1
        On 11 May 2021, in Irapuato, Guanajuato, armed men ambushed a police patrol. Four officers died. 4 fatalities.|Battles|Armed clash||4
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
