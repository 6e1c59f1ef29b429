package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 8: the families round 7 left (remote fire exchanged between two armed sides, guns with grenades
 * against an armed side, an attack followed by an exchange of fire, protests whose grievance names force, "accused
 * of", disputes and rival gangs), one group per rule. The notes are our own words, written from ACLED's sub-event
 * definitions in the news styles of several regions; the real notes were read, never copied.
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none; empty: no figure).
 */
class EventsRound8NotesTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # ACLED: two armed sides exchanging artillery, mortars or rockets fight a battle; one side firing is shelling
        On 2 April 2024, Houthi fighters and forces loyal to the government exchanged artillery on the Mokha front (Taizz). One soldier was killed.|Battles|Armed clash||1
        On 3 April 2024, the SAF and the Rapid Support Forces traded mortar fire across the river in Omdurman (Khartoum).|Battles|Armed clash||0
        On 4 April 2024, Indian and Pakistani troops exchanged artillery and mortar fire along the Line of Control in Poonch (Jammu and Kashmir).|Battles|Armed clash||0
        On 5 April 2024, government artillery shelled the town of Ariha (Idlib), injuring four civilians.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        # firearms together with grenades or rocket-propelled grenades against an armed side: an armed clash
        On 6 April 2024, in Zamora, Michoacan, armed men attacked a state police patrol with firearms and hand grenades. Two agents died.|Battles|Armed clash||2
        On 7 April 2024, militants fired rifles and rocket-propelled grenades at a police post in Lakki Marwat (Khyber Pakhtunkhwa). One constable was killed.|Battles|Armed clash||1
        On 8 April 2024, unknown men threw a grenade into a bakery in Tumaco (Narino), injuring three customers.|Explosions/Remote violence|Grenade||0
        # an attack on civilians answered by an armed side with an exchange of fire: one battle
        On 9 April 2024, an unidentified armed group attacked a herders' camp near Karimama (Alibori). Soldiers intervened and exchanged fire with the attackers.|Battles|Armed clash||0
        On 10 April 2024, gunmen stormed a hamlet near Kajuru (Kaduna) at night; police and vigilantes responded and engaged them in a gunfight.|Battles|Armed clash||0
        # a grievance that names force, arrests or abductions is what the protest is about, not force used on it
        On 11 April 2024, media workers demonstrated in Sukkur (Sindh) against the detention of a television reporter and demanded that he be freed.|Protests|Peaceful protest||0
        On 12 April 2024, after a young man died in police custody, shopkeepers held a protest in Rangpur (Rangpur) demanding action against the officers involved.|Protests|Peaceful protest||0
        On 13 April 2024, families who say their sons were abducted by an armed group continued their sit-in before the governor's office in Van (Van).|Protests|Peaceful protest||0
        On 14 April 2024, police used tear gas on traders protesting against new taxes in Kisumu (Kisumu).|Protests|Protest with intervention||0
        # a protest attacked by someone other than the police is a protest with intervention
        On 15 April 2024, a party councillor and his supporters attacked a rally of villagers demanding drinking water in Comilla (Chittagong).|Protests|Protest with intervention||0
        # "accused of": an accusation is no event and the accused is who the act is done to
        On 16 April 2024, a group of residents attacked health workers in Patna (Bihar), accusing them of bringing the virus into the village, and damaged their vehicle.|Riots|Mob violence||0
        On 17 April 2024, militants shot dead a village elder accused of spying for the army near Bannu (Khyber Pakhtunkhwa).|Violence against civilians|Attack||1
        Around 3 May 2024 (as reported), in Ecatepec, Mexico, a group of people attacked two traffic officers, accusing them of extorting drivers, and damaged their motorbikes.|Riots|Mob violence||0
        On 4 May 2024, unidentified people attacked a police post in Dori (Sahel) with rifles.|Battles|Armed clash||0
        On 18 April 2024, police arrested a teacher accused of inciting violence in Bahir Dar (Amhara).|Strategic developments|Arrests||0
        # a fight in a private dispute, or a communal fight without arms, is mob violence
        On 19 April 2024, a herder killed a farmer with a club in a dispute over a damaged field near Nikki (Borgou).|Riots|Mob violence||1
        On 20 April 2024, two brothers were stabbed to death by relatives during a quarrel over an inheritance in Okara (Punjab).|Riots|Mob violence||2
        On 21 April 2024, a commuter was stabbed to death during an argument outside a bar in Glasgow, police said.|Violence against civilians|Attack||1
        On 22 April 2024, a land dispute between two families in Mardan (Khyber Pakhtunkhwa) turned violent and one man was killed.|Riots|Mob violence||1
        # communities fighting without arms are a mob; people who exchange fire are armed, whoever they are
        On 5 May 2024, members of two neighbouring communities clashed over farmland near Ikom (Cross River), leaving one dead.|Riots|Mob violence||1
        On 6 May 2024, villagers from two clans exchanged fire over a water point near Galkayo (Mudug).|Battles|Armed clash||0
        # a household is a family's home: an attack on civilians
        On 7 May 2024, men armed with machetes attacked a household near Oicha (Nord-Kivu), killing three people.|Violence against civilians|Attack||3
        # security measures and levies: strategic developments
        On 8 May 2024, the governor imposed a curfew in Yola (Adamawa) for a week.|Strategic developments|Change to group/activity||0
        On 9 May 2024, JNIM militants collected zakat from herders near Nampala (Segou).|Strategic developments|Other||0
        # killed: one more person after a counted group; "were also killed" adds to the deaths told before
        On 10 May 2024, three soldiers and a civilian were killed when militants attacked a checkpoint in Bannu (Khyber Pakhtunkhwa).|Battles|Armed clash||4
        On 11 May 2024, JNIM militants killed four gendarmes in an attack on a post near Kantchari (Est). Two assailants were also killed.|Battles|Armed clash||6
        # a member of one gang killed by members of a rival gang: gangs are armed groups, an armed clash
        On 21 April 2024, in Manaus, Amazonas, a drug trafficker was shot dead by members of a rival faction.|Battles|Armed clash||1
        On 22 April 2024, in Tegucigalpa, Francisco Morazan, a gang member was killed by rival gang members in the Kennedy neighbourhood.|Battles|Armed clash||1
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
