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
        # wider styles: West Bank, LoC, Indian encounters, Sahel, Lake Chad, Haiti, Colombia, Mexico, US
        On 14 June 2024, Israeli forces raided Tulkarm (Tulkarm) and clashed with Palestinian militants. 3 militants were killed.|Battles|Armed clash||3
        On 16 June 2024, Indian and Pakistani troops exchanged fire across the Line of Control in Poonch (Jammu and Kashmir).|Battles|Armed clash||0
        On 17 June 2024, police killed a suspected gangster in an encounter in Ghaziabad (Uttar Pradesh).|Battles|Armed clash||1
        On 18 June 2024, armed men killed a social leader in Tumaco (Narino).|Violence against civilians|Attack||1
        On 19 June 2024, members of a criminal group shot dead 4 people at a bar in Celaya (Guanajuato).|Violence against civilians|Attack||4
        On 20 June 2024, the military torched 50 houses in Kani (Sagaing).|Strategic developments|Looting/property destruction||0
        On 21 June 2024, RSF fighters stormed the village of Wad Rawah (Al Jazirah), looted property and killed 3 civilians.|Violence against civilians|Attack||3
        On 22 June 2024, Fano militiamen attacked an ENDF camp in Lalibela (Amhara), claiming the lives of 5 soldiers.|Battles|Armed clash||5
        On 23 June 2024, at least 4 people lost their lives when gunmen attacked a bus in Bandiagara (Mopti).|Violence against civilians|Attack||4
        On 24 June 2024, al-Shabaab militants ambushed a KDF convoy in Lamu (Lamu). One of the attackers was killed.|Battles|Armed clash||1
        On 25 June 2024, a TTP commander was killed in a drone strike in Khost (Khost).|Explosions/Remote violence|Air/drone strike||1
        On 26 June 2024, BLA militants blew up a gas pipeline in Dera Bugti (Balochistan).|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 27 June 2024, the SDF arrested 6 suspected ISIS members in a raid in Shuhayl (Deir ez-Zor).|Strategic developments|Arrests||0
        On 28 June 2024, Houthi forces detained 9 UN staff members in Sanaa (Amanat al Asimah).|Strategic developments|Arrests||0
        On 29 June 2024, Hezbollah launched a drone at an IDF position in Metula (Northern District).|Explosions/Remote violence|Air/drone strike||0
        On 30 June 2024, the IDF bombarded the outskirts of Khiam (Nabatieh) with artillery.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 1 July 2024, HTS fighters shelled regime positions in Saraqib (Idlib).|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 2 July 2024, a Turkish drone strike killed 2 YPG fighters near Tal Rifaat (Aleppo).|Explosions/Remote violence|Air/drone strike||2
        On 3 July 2024, gunmen on motorcycles attacked worshippers at a mosque in Tillaberi (Tillaberi), killing 18.|Violence against civilians|Attack||18
        On 4 July 2024, Wagner forces and the FAMa carried out an operation in Moura (Mopti), killing dozens of civilians.|Violence against civilians|Attack||12
        On 5 July 2024, JNIM militants attacked VDP positions in Kaya (Centre-Nord). 11 VDP were killed.|Battles|Armed clash||11
        On 6 July 2024, Koglweogo members killed 4 suspected thieves in Fada N'Gourma (Est).|Violence against civilians|Attack||4
        On 7 July 2024, unknown gunmen killed the chief of Gorom-Gorom (Sahel) in his home.|Violence against civilians|Attack||1
        On 8 July 2024, ISWAP fighters overran a military base in Malam Fatori (Borno) and seized weapons.|Battles|Non-state actor overtakes territory||0
        On 9 July 2024, the Nigerian Air Force struck ISWAP camps in the Lake Chad area (Borno), killing scores of terrorists.|Explosions/Remote violence|Air/drone strike||20
        On 10 July 2024, a man died after being shot by a police officer in Durban (KwaZulu-Natal).|Violence against civilians|Attack||1
        On 11 July 2024, an explosion at an arms depot in Kidal (Kidal) killed 2 people.|Explosions/Remote violence|Remote explosive/landmine/IED||2
        On 12 July 2024, a woman died on the spot when a stray bullet hit her in Port-au-Prince (Ouest) during clashes between gangs.|Battles|Armed clash||1
        On 13 July 2024, Viv Ansanm gang members attacked the police station in Mirebalais (Centre) and freed prisoners.|Battles|Armed clash||0
        On 14 July 2024, ELN guerrillas kidnapped a soldier in Saravena (Arauca).|Violence against civilians|Abduction/forced disappearance||0
        On 15 July 2024, FARC dissidents attacked a police station in Jamundi (Valle del Cauca) with explosives.|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 16 July 2024, a police officer was killed and another injured when gunmen opened fire on their patrol in Culiacan (Sinaloa).|Battles|Armed clash||1
        On 17 July 2024, the bodies of 3 men were found in a car in Zamora (Michoacan).|Violence against civilians|Attack||3
        On 18 July 2024, al-Shabaab militants carried out a mortar attack on Mogadishu airport (Banaadir).|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 19 July 2024, SNA forces and clan militias clashed in Beledweyne (Hiraan) over a land dispute. 4 people were killed.|Battles|Armed clash||4
        On 20 July 2024, Maoists killed a villager in Sukma (Chhattisgarh), accusing him of being a police informer.|Violence against civilians|Attack||1
        On 21 July 2024, security forces recovered the body of a kidnapped trader in Zamfara (Zamfara).|Violence against civilians|Attack||1
        On 22 July 2024, Israeli forces shot and injured a Palestinian man near Hebron (Hebron).|Violence against civilians|Attack||0
        On 23 July 2024, police shot dead 2 suspected robbers in Kampala (Central).|Violence against civilians|Attack||2
        On 24 July 2024, the junta declared a general mobilisation in Bamako (Bamako).|Strategic developments|Change to group/activity||0
        On 25 July 2024, around 200 Amhara militiamen joined Fano in Gondar (Amhara).|Strategic developments|Change to group/activity||0
        On 26 July 2024, gunmen set fire to a school in Kumba (South-West).|Strategic developments|Looting/property destruction||0
        On 27 July 2024, suspected herders killed 12 villagers in Bokkos (Plateau).|Violence against civilians|Attack||12
        On 28 July 2024, suspected gang members killed a man and injured 2 in a drive-by shooting in Chicago.|Violence against civilians|Attack||1
        # ACLED labels, actor names with years, weapons by name, casualty phrasings
        Movement of forces: On 29 July 2024, Russian forces moved equipment and troops towards Tokmak (Zaporizhia).|Strategic developments|Change to group/activity||0
        Weapons seizure: On 30 July 2024, SBU officers found a weapons cache in Kharkiv (Kharkiv).|Strategic developments|Disrupted weapons use||0
        Defusal: On 31 July 2024, deminers defused 12 explosive objects in Izium (Kharkiv).|Strategic developments|Disrupted weapons use||0
        Property destruction: On 1 August 2024, Israeli settlers uprooted 200 olive trees in Turmus Ayya (Ramallah and al-Bireh).|Strategic developments|Looting/property destruction||0
        On 2 August 2024, Military Forces of Myanmar (2021-) burned down 40 houses in Kani (Sagaing).|Strategic developments|Looting/property destruction||0
        On 3 August 2024, Military Forces of Myanmar (2021-) killed 3 civilians in Myinmu (Sagaing).|Violence against civilians|Attack||3
        On 4 August 2024, HTS militants targeted a regime position with an ATGM in Jabal al-Zawiya (Idlib).|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 5 August 2024, a Russian Lancet loitering munition hit a Ukrainian howitzer near Kherson (Kherson).|Explosions/Remote violence|Air/drone strike||0
        On 6 August 2024, a regime sniper shot and killed a civilian in Daraa al-Balad (Daraa).|Violence against civilians|Attack||1
        On 7 August 2024, unidentified gunmen opened fire on a family in Salamanca (Guanajuato), killing 4 people and wounding 2 others.|Violence against civilians|Attack||4
        On 8 August 2024, a man shot and killed his neighbour in Dallas.|Violence against civilians|Attack||1
        On 9 August 2024, JNIM militants attacked Dori (Sahel), leaving 7 soldiers dead and 10 injured.|Battles|Armed clash||7
        On 10 August 2024, an IED attack on a military convoy resulted in 3 fatalities near Gao (Gao).|Explosions/Remote violence|Remote explosive/landmine/IED||3
        On 11 August 2024, an airstrike on a market in Wad Medani (Al Jazirah) claimed 6 lives.|Explosions/Remote violence|Air/drone strike||6
        On 12 August 2024, the attack left 9 people dead in Bunia (Ituri). ADF militants attacked the village with machetes.|Violence against civilians|Attack||9
        On 13 August 2024, dozos killed 5 Fulani civilians in Bankass (Mopti).|Violence against civilians|Attack||5
        On 14 August 2024, a Russian suicide drone hit an apartment building in Sumy (Sumy), injuring 3.|Explosions/Remote violence|Air/drone strike||0
        On 15 August 2024, Pakistani security forces foiled a terror plot and seized suicide vests in Bannu (Khyber Pakhtunkhwa).|Strategic developments|Disrupted weapons use||0
        On 16 August 2024, the Tatmadaw bombed a monastery in Sagaing (Sagaing), killing 4 monks.|Explosions/Remote violence|Air/drone strike||4
        On 17 August 2024, unknown attackers killed 2 Chinese miners at a mining site in Kamituga (South Kivu).|Violence against civilians|Attack||2
        On 18 August 2024, the Houthis attacked a commercial ship off Hodeidah (Al Hudaydah) with a missile.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 19 August 2024, US forces intercepted 3 Houthi drones over the Red Sea.|Strategic developments|Disrupted weapons use||0
        On 20 August 2024, the Pakistani army said it killed 6 militants in a shootout in Tank (Khyber Pakhtunkhwa).|Battles|Armed clash||6
        On 21 August 2024, 3 soldiers died and 5 were injured when their vehicle hit a landmine near Mandera (Mandera).|Explosions/Remote violence|Remote explosive/landmine/IED||3
        # protests as ACLED notes tell them around the world: gatherings for a cause, strikes, boycotts, shutdowns
        On 22 August 2024, around 100 people gathered in Rabat (Rabat-Sale-Kenitra) in solidarity with the people of Gaza. [size=around 100]|Protests|Peaceful protest||0
        On 23 August 2024, residents assembled in front of the municipal office in Pokhara (Gandaki) calling for the repair of roads.|Protests|Peaceful protest||0
        On 24 August 2024, health workers began an indefinite strike in Kano (Kano) over unpaid salaries.|Protests|Peaceful protest||0
        On 25 August 2024, transport workers downed tools in Harare (Harare) to press for better pay.|Protests|Peaceful protest||0
        On 26 August 2024, opposition supporters held a motorcade in Lusaka (Lusaka) against the arrest of their leader.|Protests|Peaceful protest||0
        On 27 August 2024, dozens of lawyers boycotted court proceedings in Lahore (Punjab) against the judicial amendment.|Protests|Peaceful protest||0
        On 28 August 2024, students gathered at the university in Yaounde (Centre) to commemorate a classmate killed by police last year.|Protests|Peaceful protest||0
        On 29 August 2024, traders closed their shops in Srinagar (Jammu and Kashmir) in response to a shutdown call by separatists.|Protests|Peaceful protest||0
        On 30 August 2024, the police used water cannon against protesters in Tbilisi (Tbilisi) and detained 20 of them.|Protests|Protest with intervention||0
        On 31 August 2024, protesters blocked the Pan-American Highway in Cajamarca (Cajamarca) with stones and tree trunks.|Protests|Peaceful protest||0
        On 1 September 2024, a group of women held a vigil in Istanbul (Istanbul) for victims of femicide. Police did not intervene.|Protests|Peaceful protest||0
        On 2 September 2024, residents of Kasarani (Nairobi) staged a demonstration over the demolition of their homes; police lobbed tear gas.|Protests|Protest with intervention||0
        On 3 September 2024, football fans clashed with riot police outside the stadium in Belgrade (Belgrade). 12 officers were injured.|Riots|Violent demonstration||0
        On 4 September 2024, angry residents set ablaze a police post in Kariobangi (Nairobi) after a man died in custody.|Riots|Mob violence||0
        # casualty phrasings and crowds
        On 6 September 2024, gunmen attacked a checkpoint in Kurram (Khyber Pakhtunkhwa), killing a soldier and a civilian.|Battles|Armed clash||2
        On 7 September 2024, unknown gunmen shot dead a police officer and his son in Quetta (Balochistan).|Violence against civilians|Attack||2
        On 8 September 2024, an Israeli drone strike on a car in Tyre (South) killed 2 Hezbollah members, including a commander.|Explosions/Remote violence|Air/drone strike||2
        On 9 September 2024, a bomb exploded at a bus station in Quetta (Balochistan), killing at least 15 people and injuring dozens.|Explosions/Remote violence|Remote explosive/landmine/IED||15
        # events round 12: ACLED codes "over / more than N" in its own notes as N (this row read 13, the next integer)
        On 10 September 2024, over a dozen people were killed when RSF shells hit a market in El Fasher (North Darfur).|Explosions/Remote violence|Shelling/artillery/missile attack||12
        On 11 September 2024, a suicide bomber struck a wedding in Maiduguri (Borno). Nine people died, including the attacker.|Explosions/Remote violence|Suicide bomb||9
        On 12 September 2024, supporters of the NPP attacked NDC supporters at a polling station in Accra (Greater Accra), injuring 4.|Riots|Mob violence||0
        On 13 September 2024, Hindu nationalist activists vandalised a church in Bareilly (Uttar Pradesh).|Riots|Mob violence||0
        On 14 September 2024, demonstrators stormed the parliament in Nairobi (Nairobi) and set part of it on fire.|Riots|Violent demonstration||0
        On 16 September 2024, a policeman was killed and 3 others wounded in an attack on a police station in Tank (Khyber Pakhtunkhwa).|Battles|Armed clash||1
        On 17 September 2024, armed men killed 6 people, among them a child, in Guaymas (Sonora).|Violence against civilians|Attack||6
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
