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
        On 12 March 2021, gunmen said to be IS members shot and killed a shepherd near Al Mayadin (Deir ez-Zor).|Violence against civilians|Attack||1
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
        # people said to be armed fight as an armed group; owners are civilians
        On 14 April 2021, armed youth killed a policeman and a trader in Rumbek (Lakes) during a feud between two sections.|Battles|Armed clash||2
        On 4 May 2021, herders from a neighbouring community attacked shop owners in a market near Banfora (Cascades), wounding three.|Violence against civilians|Attack||0
        # a rape told in a later sentence codes the attack it belongs to
        On 2 May 2021, gunmen attacked four women fetching water near Kutum (North Darfur). The gunmen seized one of them and raped her.|Violence against civilians|Sexual violence||0
        # protesters who attack after their protest verb riot; police who protest are the protesters
        On 10 May 2021, market women demonstrated in Onitsha (Anambra) against the closure of their stalls and attacked the officials who sealed them.|Riots|Violent demonstration||0
        On 12 May 2021, in Pachuca, Hidalgo, municipal police demonstrated to demand payment of overdue bonuses. [size=no report]|Protests|Peaceful protest||0
        # a count after "by" is the killers', not the dead
        On 20 May 2021, in Natal, Rio Grande do Norte, a gang leader was killed by three rivals from another faction in a housing estate.|Battles|Armed clash||1
        # seized goods after a count's qualifier; people arrested for taking part in protests are arrests
        On 22 May 2021, in Ponta Pora, Mato Grosso do Sul, police seized about 3,2 tons of marijuana hidden in a lorry.|Strategic developments|Looting/property destruction||0
        On 23 May 2021, at least 30 people were arrested in Grodno (Grodno) for taking part in protests against the government.|Strategic developments|Arrests||0
        # a crowd facing a state's security forces riots; what followed "before being" codes only when nothing else does
        On 2 June 2021, youths in Zinder (Zinder) clashed with security forces enforcing a curfew; two youths were wounded.|Riots|Violent demonstration||0
        On 3 June 2021, a suspected goat thief was beaten by residents of Kasese (Kasese) before being arrested by police.|Riots|Mob violence||0
        # where a victim came from is no part of the victim
        On 4 June 2021, two men on a motorbike shot and killed a teenager who had deserted from the army near Nawa (Dar'a).|Violence against civilians|Attack||1
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /** ACLED's spellings of admin-1 regions that GeoNames spells otherwise (curated aliases added in the round). */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 18 June 2022, soldiers clashed with militants near Tanguieta (Atacora). Two militants were killed.|Battles|Armed clash|BJ.08|2
        On 2 March 2021, artillery shells fell on farms south of Al Aziziyah (Aljfara). No casualties were reported.|Explosions/Remote violence|Shelling/artillery/missile attack|LY.81|0
        On 7 April 2021, fishermen protested at the port of Hadibu (Suqutra) against a fishing ban. [size=no report]|Protests|Peaceful protest|YE.28|
        """)
    void acledRegionSpellings(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
