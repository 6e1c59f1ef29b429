package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events round 5: notes for the families left after the events round (docs/extraction.md, "Left after the round")
 * and the families seen outside Ukraine, one group per rule. Written for the round and used to develop
 * it; {@link HeldOutEventsTest} ({@code events5.psv}) measures it.
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none).
 */
class EventsRound5NotesTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # a state force that struck a vehicle, a car, a motorcycle or people: from the air (drones), not shelling
        On 5 May 2024, Israeli forces struck a car in Nabatieh (Nabatieh), killing 2 people.|Explosions/Remote violence|Air/drone strike||2
        On 6 May 2024, Israeli forces struck a group of people near Khan Younis (Gaza Strip). 4 fatalities.|Explosions/Remote violence|Air/drone strike||4
        On 7 May 2024, Turkish forces struck a vehicle carrying SDF members near Kobani (Aleppo).|Explosions/Remote violence|Air/drone strike||0
        On 8 May 2024, Russian forces struck Kharkiv (Kharkiv). 3 civilians were killed.|Explosions/Remote violence|Shelling/artillery/missile attack||3
        # partisans are an armed group, not rioters
        On 9 May 2024, partisans attacked a Russian military convoy near Melitopol (Zaporizhia).|Battles|Armed clash||0
        On 10 May 2024, partisans blew up a railway line near Tokmak (Zaporizhia).|Explosions/Remote violence|Remote explosive/landmine/IED||0
        # farmer-herder fights: armed men of a community are an armed clash, unarmed villagers a mob
        On 11 May 2024, armed herders and farmers clashed in Guma (Benue), leaving 5 dead.|Battles|Armed clash||5
        On 12 May 2024, Dogon and Fulani militias fought near Koro (Mopti). 7 people were killed.|Battles|Armed clash||7
        On 13 May 2024, farmers and herders fought with sticks over crop damage in Mayo-Kebbi (Mayo-Kebbi Est), injuring 4.|Riots|Mob violence||0
        # off-duty soldiers and police, and a civilian killed by a state force in an operation
        On 14 May 2024, unidentified gunmen shot dead an off-duty policeman in Orlu (Imo).|Violence against civilians|Attack||1
        On 15 May 2024, a soldier on leave was killed by suspected Ambazonian separatists in Bamenda (North-West).|Violence against civilians|Attack||1
        On 16 May 2024, a civilian was killed by soldiers during a cordon and search operation in Kupwara (Jammu and Kashmir).|Violence against civilians|Attack||1
        On 17 May 2024, security forces killed a civilian during a military operation in Tibati (Adamaoua).|Violence against civilians|Attack||1
        # arrested and later killed
        On 18 May 2024, soldiers arrested 3 young men in Djibo (Sahel) and later executed them.|Violence against civilians|Attack||3
        On 19 May 2024, police arrested a suspect in Jessore (Khulna) who was later killed in a so-called crossfire.|Violence against civilians|Attack||1
        # burned alive: the victims are the count
        On 20 May 2024, militants burned alive 2 villagers in Kalehe (South Kivu).|Violence against civilians|Attack||2
        On 21 May 2024, a man was burned alive by unknown assailants in Cap-Haitien (Nord).|Violence against civilians|Attack||1
        On 22 May 2024, residents burned alive a suspected kidnapper in Delmas (Ouest).|Riots|Mob violence||1
        # entered a village and preached: an armed group's show of presence (Other)
        On 23 May 2024, JNIM militants entered the village of Sarafere (Timbuktu) and preached in the mosque.|Strategic developments|Other||0
        On 24 May 2024, al-Shabaab fighters entered Hiraan and held a religious sermon for residents.|Strategic developments|Other||0
        # clan and family fights that turned violent: a mob unless armed groups fight
        On 25 May 2024, a land dispute between two clans turned violent in Jowhar (Middle Shabelle), and 3 people were killed.|Riots|Mob violence||3
        On 26 May 2024, a quarrel between neighbours turned violent in Sheikhupura (Punjab), injuring 3.|Riots|Mob violence||0
        # casualties and killed-and-wounded are not deaths
        On 27 May 2024, JNIM militants ambushed an army convoy near Nara (Koulikoro). 15 soldiers were killed and wounded.|Battles|Armed clash||0
        On 28 May 2024, al-Shabaab attacked an AMISOM base in Baraawe (Lower Shabelle), causing heavy casualties. 30 casualties were reported.|Battles|Armed clash||0
        On 29 May 2024, a roadside bomb hit a police vehicle in Tank (Khyber Pakhtunkhwa), leaving 5 casualties.|Explosions/Remote violence|Remote explosive/landmine/IED||0
        # among the injured: part of them
        On 30 May 2024, Russian forces shelled Nikopol (Dnipropetrovsk), injuring 6 people. Among the injured were 2 children.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        # tolls since, this month, in total: not the incident's figure
        On 31 May 2024, an Israeli airstrike hit a school in Nuseirat (Gaza Strip), killing 18 people. The ministry said the death toll since October had reached 36,000.|Explosions/Remote violence|Air/drone strike||18
        # landmines and UXO harming civilians
        On 1 June 2024, a boy was killed when a mine left over from the war exploded in Taiz (Taiz).|Explosions/Remote violence|Remote explosive/landmine/IED||1
        On 2 June 2024, 2 children were killed when a grenade they were playing with exploded in Kandahar (Kandahar).|Explosions/Remote violence|Grenade||2
        On 3 June 2024, a farmer was wounded by an old mortar round that exploded while he ploughed his field in Ninewa.|Explosions/Remote violence|Remote explosive/landmine/IED||0
        # strategic developments
        On 4 June 2024, the army shot down 3 drones launched by the Houthis over Marib (Marib).|Strategic developments|Disrupted weapons use||0
        On 5 June 2024, bomb disposal experts defused a landmine planted on the road to Kidal (Kidal).|Strategic developments|Disrupted weapons use||0
        On 6 June 2024, ISWAP fighters looted food supplies and burned houses in Gubio (Borno).|Strategic developments|Looting/property destruction||0
        On 7 June 2024, the government and FARC dissidents signed a ceasefire in Cali (Valle del Cauca).|Strategic developments|Agreement||0
        On 8 June 2024, Taliban took over the district headquarters in Sar-e Pul without any fighting.|Strategic developments|Non-violent transfer of territory||0
        On 12 June 2024, 25 ADF fighters surrendered to the FARDC in Beni (North Kivu).|Strategic developments|Change to group/activity||0
        # off-duty and unarmed members of a force are victims; on duty they fight
        On 13 June 2024, gunmen killed 2 policemen at a checkpoint in Ikom (Cross River).|Battles|Armed clash||2
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
