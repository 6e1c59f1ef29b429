package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The events round: ACLED-style notes for the error families still open after {@link WorldNotesTest} (the
 * one-event rule with fire in support of a ground assault, one-sided killings of plain people, fights of
 * unorganised groups, strategic developments, triggers told by the weapon or the result, ordnance left from
 * fighting, and deaths that are not the incident's: recaps, restated counts, tallies, grievances, mourning).
 * Written for the round and used to develop it; {@link HeldOutEventsTest} measures it.
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none).
 */
class EventsRoundNotesTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # one-event rule: clash with shelling/strikes in support
        On 4 March 2023, SAF troops and RSF fighters clashed in Bahri (Khartoum), with the SAF using artillery and airstrikes. 10 fatalities.|Battles|Armed clash||10
        On 8 March 2023, Al Shabaab militants fired upon an SNA patrol with small arms, grenade launchers and machine guns near Jowhar (Middle Shabelle).|Battles|Armed clash||0
        On 9 March 2023, the army fought ISWAP fighters near Gwoza (Borno), backed by air support. 12 insurgents were killed.|Battles|Armed clash||12
        On 10 March 2023, PDF fighters attacked a junta outpost in Kalay (Sagaing); the military responded with airstrikes. 4 soldiers were killed.|Battles|Armed clash||4
        On 11 March 2023, Houthi forces attempted to advance on government positions in Harib (Marib), supported by drones and artillery. 6 fatalities.|Battles|Armed clash||6
        # VAC vs battles
        On 12 March 2023, a man was found dead with stab wounds in Juba (Central Equatoria).|Violence against civilians|Attack||1
        On 13 March 2023, gunmen shot 3 merchants at a market in Beni (North Kivu). 3 fatalities.|Violence against civilians|Attack||3
        On 14 March 2023, a farmer was stabbed to death by herders in Makurdi (Benue).|Violence against civilians|Attack||1
        On 15 March 2023, the bodies of 7 people were discovered in a ditch in Irapuato (Guanajuato).|Violence against civilians|Attack||7
        On 16 March 2023, unknown assailants hacked a village chief to death in Kalehe (South Kivu).|Violence against civilians|Attack||1
        On 17 March 2023, armed men killed a motorcycle taxi driver in Butembo (North Kivu).|Violence against civilians|Attack||1
        On 18 March 2023, an unidentified armed group shot and killed a civilian in Tafas (Daraa).|Violence against civilians|Attack||1
        # riots
        On 19 March 2023, supporters of the BNP and the Awami League clashed in Bogura (Rajshahi), injuring 15 people.|Riots|Mob violence||0
        On 21 March 2023, residents clashed with police in Kisumu (Kisumu) during a protest against the election results. 2 people were killed.|Riots|Violent demonstration||2
        On 22 March 2023, a mob attacked two men suspected of cattle theft in Mbarara (Western), killing one.|Riots|Mob violence||1
        On 23 March 2023, PTI and PML-N workers exchanged blows in Gujranwala (Punjab).|Riots|Mob violence||0
        On 24 March 2023, students of rival groups fought with sticks on the campus in Chittagong (Chittagong).|Riots|Mob violence||0
        On 25 March 2023, an angry crowd torched a police vehicle in Kibera, Nairobi (Nairobi).|Riots|Mob violence||0
        # strategic developments
        On 26 March 2023, reinforcements of the Malian army arrived in Tessalit (Kidal).|Strategic developments|Change to group/activity||0
        On 27 March 2023, a convoy of M23 fighters moved towards Sake (North Kivu).|Strategic developments|Change to group/activity||0
        On 28 March 2023, RSF fighters looted homes and shops in El Fasher (North Darfur).|Strategic developments|Looting/property destruction||0
        On 29 March 2023, unidentified men destroyed a telecommunications tower in Mandera (Mandera).|Strategic developments|Looting/property destruction||0
        On 30 March 2023, the government and the ELN signed an agreement in Bogota (Bogota D.C.).|Strategic developments|Agreement||0
        On 31 March 2023, police arrested 3 people suspected of links to the ADF in Kasese (Western).|Strategic developments|Arrests||0
        On 1 April 2023, Taliban took over a police headquarters without resistance in Panjshir (Panjshir).|Strategic developments|Non-violent transfer of territory||0
        On 2 April 2023, Israeli air defences intercepted a drone launched from Lebanon over Kiryat Shmona (Northern District).|Strategic developments|Disrupted weapons use||0
        On 3 April 2023, Ukrainian forces shot down a Russian drone over Sumy (Sumy).|Strategic developments|Disrupted weapons use||0
        On 4 April 2023, security forces found and defused a roadside bomb in Kurram (Khyber Pakhtunkhwa).|Strategic developments|Disrupted weapons use||0
        On 5 April 2023, police recovered explosives and detonators from a house in Peshawar (Khyber Pakhtunkhwa).|Strategic developments|Disrupted weapons use||0
        On 6 April 2023, the army dismantled an IED factory in Mosul (Ninawa).|Strategic developments|Disrupted weapons use||0
        # missing triggers
        On 7 April 2023, Russian forces struck Kherson (Kherson) with a guided bomb. 1 civilian was killed.|Explosions/Remote violence|Air/drone strike||1
        On 8 April 2023, Ukrainian forces hit a Russian tank with a drone near Bakhmut (Donetsk).|Explosions/Remote violence|Air/drone strike||0
        On 11 April 2023, Ukrainian forces destroyed 3 Russian tanks near Marinka (Donetsk).|Battles|Armed clash||0
        On 12 April 2023, the army eliminated 4 terrorists in Idlib (Idlib).|Battles|Armed clash||4
        On 13 April 2023, Ukrainian forces liquidated a group of Russian soldiers near Kreminna (Luhansk). 7 fatalities.|Battles|Armed clash||7
        On 14 April 2023, Russian forces lost 12 soldiers in fighting near Vuhledar (Donetsk).|Battles|Armed clash||12
        On 15 April 2023, Ukrainian forces advanced near Bakhmut (Donetsk).|Battles|Armed clash||0
        On 16 April 2023, Russian forces broke through Ukrainian defences near Avdiivka (Donetsk).|Battles|Armed clash||0
        # UXO
        On 17 April 2023, two children were killed when an unexploded shell they were playing with exploded in Daraa (Daraa).|Explosions/Remote violence|Remote explosive/landmine/IED||2
        On 18 April 2023, a shepherd was wounded by a landmine explosion near Hama (Hama).|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 19 April 2023, a boy was killed by a remnant of war in Lashkar Gah (Helmand).|Explosions/Remote violence|Remote explosive/landmine/IED||1
        # casualties
        On 20 April 2023, JNIM and FAMa clashed near Diafarabe (Mopti). 8 people were killed and wounded.|Battles|Armed clash||0
        On 21 April 2023, Fano and ENDF clashed in Debre Markos (Amhara), causing 14 casualties.|Battles|Armed clash||0
        On 22 April 2023, a woman died after gunmen attacked a bus near Garissa (Garissa).|Violence against civilians|Attack||1
        On 23 April 2023, a man was killed by unidentified gunmen in Chiquimula (Chiquimula).|Violence against civilians|Attack||1
        On 24 April 2023, Ukrainian and Russian forces clashed near Bakhmut (Donetsk). The enemy lost 900 soldiers in the last 24 hours, according to the ministry.|Battles|Armed clash||0
        On 25 April 2023, gunmen attacked a village in Bokkos (Plateau), killing 5 people. Among the injured were two children.|Violence against civilians|Attack||5
        On 26 April 2023, Al Shabaab attacked an AMISOM base in Bulo Marer (Lower Shabelle). 4 soldiers were killed. The 4 soldiers killed were Ugandan.|Battles|Armed clash||4
        On 27 April 2023, armed men shot dead a trader in Goma (North Kivu). Last week, 5 people were killed in the same area.|Violence against civilians|Attack||1
        On 28 April 2023, protesters gathered in Nairobi (Nairobi) to denounce police brutality, an issue that killed 3 people in June.|Protests|Peaceful protest||0
        On 29 April 2023, residents protested in Bamenda (Northwest) against the killing of a taxi driver. Police did not intervene and no arrests were made.|Protests|Peaceful protest||0
        On 30 April 2023, teachers protested in Lagos (Lagos). Police later arrested 4 of the protesters.|Protests|Protest with intervention||0
        On 2 May 2023, PDF fighters ambushed a military convoy in Myaing (Magway), an attack that killed 6 soldiers.|Battles|Armed clash||6
        On 3 May 2023, TTP militants attacked a check post in Tank (Khyber Pakhtunkhwa), killing 2 policemen. In total, 50 policemen have been killed in the district since January.|Battles|Armed clash||2
        On 4 May 2023, a man was stabbed to death in Kingston (Kingston).|Violence against civilians|Attack||1
        # more notes of the round: other regions and styles
        On 5 May 2023, Israeli forces shot and killed a Palestinian man during a raid in Nablus (Nablus).|Violence against civilians|Attack||1
        On 6 May 2023, Palestinian gunmen opened fire at Israeli forces during a raid in Jenin (Jenin). No injuries were reported.|Battles|Armed clash||0
        On 7 May 2023, Israeli settlers set fire to Palestinian vehicles in Huwara (Nablus).|Strategic developments|Looting/property destruction||0
        On 8 May 2023, a detainee died in custody after being tortured by police in Lahore (Punjab).|Violence against civilians|Attack||1
        On 9 May 2023, a bomb planted on a motorcycle exploded near a police van in Quetta (Balochistan), injuring 5 policemen.|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 10 May 2023, security forces conducted an intelligence-based operation in Dera Ismail Khan (Khyber Pakhtunkhwa), killing 4 terrorists.|Battles|Armed clash||4
        On 11 May 2023, police killed 3 suspected robbers in a shootout in Recife (Pernambuco).|Battles|Armed clash||3
        On 12 May 2023, supporters of the opposition set up roadblocks with burning tyres in Kinshasa (Kinshasa).|Riots|Violent demonstration||0
        On 13 May 2023, hundreds of people attended the funeral of a slain activist in Suwayda (As-Suwayda), chanting anti-government slogans.|Protests|Peaceful protest||0
        On 14 May 2023, a mob of villagers set fire to the house of a suspected witch in Kitui (Kitui).|Riots|Mob violence||0
        On 15 May 2023, two groups of youths clashed with machetes over a land dispute in Kasai (Kasai). 2 people were killed.|Riots|Mob violence||2
        On 16 May 2023, 5 people were kidnapped by gunmen on the road to Kaduna (Kaduna).|Violence against civilians|Abduction/forced disappearance||0
        On 17 May 2023, a woman was raped by soldiers in Bambari (Ouaka).|Violence against civilians|Sexual violence||0
        On 18 May 2023, police detained 14 PTI workers in Faisalabad (Punjab).|Strategic developments|Arrests||0
        On 19 May 2023, police arrested 5 activists in Harare (Harare) for allegedly planning a protest.|Strategic developments|Arrests||0
        On 21 May 2023, police shot dead a protester during a demonstration against the election results in Maputo (Maputo).|Protests|Excessive force against protesters||1
        On 22 May 2023, unidentified gunmen shot and injured a man in Tripoli (Tripoli).|Violence against civilians|Attack||0
        On 23 May 2023, members of the Zintan and Misrata militias clashed in Tripoli (Tripoli). 3 fatalities.|Battles|Armed clash||3
        On 24 May 2023, the SAF retook the Jebel Moya area (Sennar) after clashes with the RSF. 10 RSF fighters were killed.|Battles|Government regains territory||10
        On 26 May 2023, the military junta released 20 political prisoners in Bamako (Bamako).|Strategic developments|Other||0
        On 27 May 2023, a drone strike by the Tatmadaw hit a village in Kyaukme (Shan), killing 2 children and injuring 5 others.|Explosions/Remote violence|Air/drone strike||2
        On 28 May 2023, an IED exploded near a police vehicle in Bannu (Khyber Pakhtunkhwa). No casualties were reported.|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 29 May 2023, Houthi snipers shot dead a child in Taiz (Taizz).|Violence against civilians|Attack||1
        On 30 May 2023, unidentified assailants threw an explosive device at the house of a politician in Imphal (Manipur).|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 31 May 2023, 2 people were killed and 12 injured in clashes between Hausa and Fulani youths in Zango (Katsina).|Riots|Mob violence||2
        On 2 June 2023, FARC dissidents killed 4 indigenous youths who had tried to escape recruitment in Putumayo (Putumayo).|Violence against civilians|Attack||4
        On 3 June 2023, the Myanmar military torched about 200 houses in Kani (Sagaing).|Strategic developments|Looting/property destruction||0
        On 4 June 2023, Ethiopian forces carried out a drone strike on a Fano gathering in Bahir Dar (Amhara). 7 fatalities.|Explosions/Remote violence|Air/drone strike||7
        On 5 June 2023, the SAF and the RSF agreed to a 72-hour ceasefire in Khartoum (Khartoum).|Strategic developments|Agreement||0
        On 6 June 2023, police clashed with artisanal miners in Kolwezi (Lualaba). 1 miner was killed.|Riots|Violent demonstration||1
        On 7 June 2023, militants attacked a polio vaccination team in Bajaur (Khyber Pakhtunkhwa), killing a health worker.|Violence against civilians|Attack||1
        On 8 June 2023, a vehicle carrying civilians struck a landmine near Tessalit (Kidal). 4 people died.|Explosions/Remote violence|Remote explosive/landmine/IED||4
        On 9 June 2023, fighting between the FARDC and M23 in Kibumba (North Kivu) killed 4 civilians, hit by stray shells.|Battles|Armed clash||4
        On 11 June 2023, Turkish warplanes bombed PKK positions in the Qandil mountains (Erbil). Fatalities unknown.|Explosions/Remote violence|Air/drone strike||0
        On 12 June 2023, a man was lynched by a mob after being accused of stealing a motorbike in Kampala (Central).|Riots|Mob violence||1
        On 13 June 2023, residents of Kibera (Nairobi) blocked the road with stones and burning tyres to protest against a demolition.|Riots|Violent demonstration||0
        On 14 June 2023, two miners were attacked and wounded by unidentified armed men near Kolwezi (Lualaba).|Violence against civilians|Attack||0
        On 3 March 2024, Russian forces struck Kharkiv (Kharkiv). 2 civilians were injured.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 3 March 2024, Russian forces hit Nikopol (Dnipropetrovsk) with a drone. 1 civilian was killed.|Explosions/Remote violence|Air/drone strike||1
        On 3 March 2024, Ukrainian forces fired from a HIMARS at Russian positions near Tokmak (Zaporizhia).|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 3 March 2024, Russian forces fired at Kherson city (Kherson) with artillery. 1 civilian was killed.|Explosions/Remote violence|Shelling/artillery/missile attack||1
        On 3 March 2024, a Russian FPV drone hit a car in Beryslav (Kherson), injuring a man.|Explosions/Remote violence|Air/drone strike||0
        On 3 March 2024, Ukrainian forces destroyed a Russian tank near Avdiivka (Donetsk).|Battles|Armed clash||0
        On 3 March 2024, Russian forces advanced near Krynky (Kherson).|Battles|Armed clash||0
        On 3 March 2024, Russian troops broke through near Ocheretyne (Donetsk).|Battles|Armed clash||0
        On 3 March 2024, Ukrainian forces repelled a Russian attack near Robotyne (Zaporizhia). The enemy lost 15 soldiers.|Battles|Armed clash||15
        On 3 March 2024, an unexploded cluster munition exploded in a field near Izium (Kharkiv), killing a tractor driver.|Explosions/Remote violence|Remote explosive/landmine/IED||1
        On 3 March 2024, a civilian was injured after stepping on a landmine near Balakliia (Kharkiv).|Explosions/Remote violence|Remote explosive/landmine/IED||0
        On 3 March 2024, Ukrainian air defence downed 3 Shahed drones over Mykolaiv (Mykolaiv).|Strategic developments|Disrupted weapons use||0
        On 3 March 2024, Ukrainian forces shelled Horlivka (Donetsk), killing 2 civilians and wounding 4. Among the wounded were 2 children.|Explosions/Remote violence|Shelling/artillery/missile attack||2
        On 3 March 2024, Russian aviation launched an airstrike on Vovchansk (Kharkiv). 3 people were killed and wounded.|Explosions/Remote violence|Air/drone strike||0
        On 3 March 2024, Ukrainian forces eliminated a Russian sabotage group near Kupiansk (Kharkiv). 5 Russian soldiers were killed.|Battles|Armed clash||5
        On 3 March 2024, Russian forces carried out a missile strike on Odesa (Odesa), killing 12 people. Earlier this week, a strike on the city killed 5.|Explosions/Remote violence|Shelling/artillery/missile attack||12
        On 3 March 2024, Russian forces shelled Kherson (Kherson). A woman died.|Explosions/Remote violence|Shelling/artillery/missile attack||1
        On 3 March 2024, Russian forces dropped explosives from a drone on a car in Kherson (Kherson), injuring 2.|Explosions/Remote violence|Air/drone strike||0
        # ACLED labels, translated forms, totals and victims named by kin
        Defusal: On 4 July 2023, the army defused an IED planted on the road to Kismayo (Lower Juba).|Strategic developments|Disrupted weapons use||0
        Weapons seizure: On 5 July 2023, police seized 20 rifles and ammunition in Maiduguri (Borno).|Strategic developments|Disrupted weapons use||0
        Non-violent activity: On 6 July 2023, JNIM militants held a meeting with residents of Djibo (Sahel) and asked them to pay zakat.|Strategic developments|Other||0
        On 7 July 2023, an armed confrontation between members of the CJNG and the Sinaloa Cartel took place in Zacatecas (Zacatecas). 5 fatalities.|Battles|Armed clash||5
        On 8 July 2023, an exchange of fire between police and gang members took place in Port-au-Prince (Ouest). 2 gang members were killed.|Battles|Armed clash||2
        On 9 July 2023, a woman was burned alive by her husband in Kandahar (Kandahar).|Violence against civilians|Attack||1
        On 10 July 2023, unknown gunmen attacked a bus in Mandera (Mandera). A total of 6 passengers were killed.|Violence against civilians|Attack||6
        On 11 July 2023, a drone strike killed 5 people, mostly civilians, in Sanaa (Amanat al Asimah).|Explosions/Remote violence|Air/drone strike||5
        On 12 July 2023, gunmen attacked a house in Bokkos (Plateau), killing the owner and his wife.|Violence against civilians|Attack||2
        On 13 July 2023, bandits killed three members of the same family in Zurmi (Zamfara).|Violence against civilians|Attack||3
        On 15 July 2023, Russian aviation launched KAB guided aerial bombs at Vovchansk (Kharkiv).|Explosions/Remote violence|Air/drone strike||0
        On 16 July 2023, Ukrainian forces hit Russian positions near Kreminna (Luhansk).|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 17 July 2023, 4 Russian soldiers were killed by a Ukrainian FPV drone near Bakhmut (Donetsk).|Explosions/Remote violence|Air/drone strike||4
        On 18 July 2023, the Taliban killed a former police officer in Kunduz (Kunduz).|Violence against civilians|Attack||1
        On 19 July 2023, a mortar shell landed on a house in Mogadishu (Banadir), killing 3 members of a family.|Explosions/Remote violence|Shelling/artillery/missile attack||3
        On 20 July 2023, Pakistani security forces killed 2 terrorists in an exchange of fire in North Waziristan (Khyber Pakhtunkhwa).|Battles|Armed clash||2
        On 21 July 2023, Myanmar military troops raided a village in Myinmu (Sagaing) and killed 7 villagers.|Violence against civilians|Attack||7
        On 23 July 2023, gunmen stormed a bar in Cartagena (Bolivar) and killed 4 customers.|Violence against civilians|Attack||4
        On 24 July 2023, a grenade attack on a nightclub in Bujumbura (Bujumbura Mairie) wounded 12 people.|Explosions/Remote violence|Grenade||0
        On 25 July 2023, M23 rebels killed 2 civilians in Kishishe (North Kivu), accusing them of collaborating with the FDLR.|Violence against civilians|Attack||2
        On 26 July 2023, members of a local militia executed a suspected thief in public in Ituri (Ituri).|Violence against civilians|Attack||1
        On 28 July 2023, heavy fighting broke out between SAF and RSF in Nyala (South Darfur), killing 30 people including 12 civilians.|Battles|Armed clash||30
        On 29 July 2023, the Israeli army demolished a Palestinian house in Jenin (Jenin) belonging to the family of an attacker.|Strategic developments|Looting/property destruction||0
        On 30 July 2023, 3 soldiers died and 5 were injured when their vehicle hit a landmine in Tigray (Tigray).|Explosions/Remote violence|Remote explosive/landmine/IED||3
        On 31 July 2023, the Colombian army killed an ELN commander in a bombing in Arauca (Arauca).|Explosions/Remote violence|Air/drone strike||1
        # encounters, neutralised fighters, strikes on places, armed strikes, raids, the cause of a riot
        On 1 August 2023, NPA rebels and the AFP had an encounter in Las Navas (Northern Samar). 2 rebels were killed.|Battles|Armed clash||2
        On 2 August 2023, troops neutralised 5 terrorists in an ambush in Gwoza (Borno).|Battles|Armed clash||5
        On 3 August 2023, an Israeli strike on a house in Deir al-Balah (Gaza Strip) killed 7 people.|Explosions/Remote violence|Air/drone strike||7
        On 4 August 2023, Israeli strikes hit the outskirts of Damascus (Damascus). No casualties were reported.|Explosions/Remote violence|Air/drone strike||0
        On 5 August 2023, Palestinian youths threw stones at Israeli forces in Beita (Nablus), who responded with rubber bullets and tear gas.|Riots|Mob violence||0
        On 7 August 2023, the ELN declared an armed strike in Choco (Choco).|Strategic developments|Other||0
        On 8 August 2023, junta troops raided a village in Monywa (Sagaing) and arrested 10 villagers.|Strategic developments|Arrests||0
        On 9 August 2023, Israeli forces raided Tulkarem (Tulkarm) and arrested 6 Palestinians.|Strategic developments|Arrests||0
        On 10 August 2023, security forces opened fire on protesters in Khartoum (Khartoum), killing 3.|Protests|Excessive force against protesters||3
        On 11 August 2023, police killed a suspected criminal in an encounter in Aligarh (Uttar Pradesh).|Battles|Armed clash||1
        On 12 August 2023, RSF fighters attacked and looted the village of Wad Ashana (North Kordofan), killing 20 villagers.|Violence against civilians|Attack||20
        On 13 August 2023, Houthi forces attacked a commercial ship in the Red Sea off Hodeidah (Al Hudaydah) with missiles.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 14 August 2023, ISIS militants attacked a PMF checkpoint in Tarmiyah (Baghdad), killing 2 PMF members.|Battles|Armed clash||2
        On 15 August 2023, during a police operation in the Complexo da Mare favela in Rio de Janeiro (Rio de Janeiro), police exchanged fire with drug traffickers, killing 4 suspects.|Battles|Armed clash||4
        On 16 August 2023, AL and BNP activists clashed in Feni (Chittagong). 20 people were injured.|Riots|Mob violence||0
        On 17 August 2023, a mob attacked a police station in Bihar Sharif (Bihar) after a youth died in police custody.|Riots|Mob violence||0
        On 18 August 2023, unidentified armed men torched 3 trucks on the road to Bunia (Ituri).|Strategic developments|Looting/property destruction||0
        On 20 August 2023, the army destroyed a bridge used by militants near Damboa (Borno).|Strategic developments|Looting/property destruction||0
        On 21 August 2023, 2 women were killed when a shell hit their house in Kadugli (South Kordofan).|Explosions/Remote violence|Shelling/artillery/missile attack||2
        On 22 August 2023, an unidentified armed group shot and killed a man on a motorbike in Nyala (South Darfur).|Violence against civilians|Attack||1
        On 23 August 2023, 3 people were shot dead by unknown gunmen in Tegucigalpa (Francisco Morazan).|Violence against civilians|Attack||3
        On 24 August 2023, Wazalendo militiamen killed a civilian accused of being an M23 informant in Masisi (North Kivu).|Violence against civilians|Attack||1
        On 25 August 2023, a roadside bomb killed 2 soldiers and wounded 3 others in Bakool (Bakool).|Explosions/Remote violence|Remote explosive/landmine/IED||2
        # a strike is the means of an attack on positions ("with artillery"), or fire in support of it ("with artillery support")
        On 4 March 2024, Russian forces attacked Ukrainian positions near Avdiivka (Donetsk) with artillery.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 4 March 2024, Ukrainian forces attacked Russian positions near Kreminna (Luhansk) with FPV drones.|Explosions/Remote violence|Air/drone strike||0
        On 4 March 2024, Russian forces attacked Ukrainian positions near Synkivka (Kharkiv), with artillery support. Casualties unknown.|Battles|Armed clash||0
        On 4 March 2024, Russian forces stormed Ukrainian positions near Krynky (Kherson) under the cover of drones.|Battles|Armed clash||0
        # how ACLED notes state deaths: groups, ages, unknown numbers, parts, the day before
        On 1 September 2023, ISWAP militants attacked a military post in Monguno (Borno). 2 fatalities were reported.|Battles|Armed clash||2
        On 1 September 2023, gunmen attacked a village in Bokkos (Plateau), killing one and injuring two.|Violence against civilians|Attack||1
        On 1 September 2023, an IED exploded in Kabul (Kabul). The explosion resulted in 3 deaths.|Explosions/Remote violence|Remote explosive/landmine/IED||3
        On 1 September 2023, the SAF shelled Omdurman (Khartoum). Three people, including a child, were killed.|Explosions/Remote violence|Shelling/artillery/missile attack||3
        On 1 September 2023, the RSF and the SAF clashed in El Obeid (North Kordofan). 1 RSF fighter and 2 SAF soldiers were killed.|Battles|Armed clash||3
        On 1 September 2023, Al Shabaab attacked an SNA base in Hiraan (Hiraan), killing 2 soldiers and 5 militants.|Battles|Armed clash||7
        On 1 September 2023, the FAMa and JNIM clashed in Sofara (Mopti). 3 soldiers and an unknown number of militants were killed.|Battles|Armed clash||3
        On 1 September 2023, an airstrike hit a market in Tabayin (Sagaing). At least 10 people, mostly women and children, died.|Explosions/Remote violence|Air/drone strike||10
        On 1 September 2023, Fano and ENDF clashed in Gondar (Amhara). The clashes left 5 dead on both sides.|Battles|Armed clash||5
        On 1 September 2023, Russian forces shelled Kherson (Kherson). A civilian was killed and another injured.|Explosions/Remote violence|Shelling/artillery/missile attack||1
        On 1 September 2023, militants attacked a checkpoint in Bannu (Khyber Pakhtunkhwa). One of the attackers was killed.|Battles|Armed clash||1
        On 1 September 2023, gunmen shot at a car in Culiacan (Sinaloa), killing a 12-year-old boy.|Violence against civilians|Attack||1
        On 1 September 2023, gunmen killed 2 people, aged 25 and 30, in Celaya (Guanajuato).|Violence against civilians|Attack||2
        On 1 September 2023, an airstrike killed a child and wounded his mother in Idlib (Idlib).|Explosions/Remote violence|Air/drone strike||1
        On 1 September 2023, hundreds of residents protested in Goma (North Kivu) over the death of 3 people in an ADF attack.|Protests|Peaceful protest||0
        On 1 September 2023, an IED attack on a police vehicle in Peshawar (Khyber Pakhtunkhwa) left 4 policemen dead and 6 injured.|Explosions/Remote violence|Remote explosive/landmine/IED||4
        On 1 September 2023, 2 people were killed in an attack by unknown gunmen in Tillaberi (Tillaberi).|Violence against civilians|Attack||2
        On 1 September 2023, bandits killed 5 vigilantes in Zurmi (Zamfara).|Battles|Armed clash||5
        On 1 September 2023, 6 bodies with gunshot wounds were found in Tijuana (Baja California).|Violence against civilians|Attack||6
        On 1 September 2023, a Russian missile strike on Odesa (Odesa) killed 2 people and injured 10. The day before, a drone strike had killed 1 person.|Explosions/Remote violence|Shelling/artillery/missile attack||2
        On 1 September 2023, Israeli forces killed 3 Palestinian militants during a raid in Jenin (Jenin).|Battles|Armed clash||3
        On 1 September 2023, unidentified gunmen killed a police officer in Nyala (South Darfur).|Battles|Armed clash||1
        # assemblies dispersed, arrests at a protest, beatings, student fights, parades and checkpoints, jets as the means
        On 2 October 2023, about 200 members of the Jamaat-e-Islami staged a protest rally in Karachi (Sindh) against inflation.|Protests|Peaceful protest||0
        On 2 October 2023, market women in Accra (Greater Accra) shut their stalls and marched to parliament over high taxes.|Protests|Peaceful protest||0
        On 2 October 2023, students of the University of Khartoum chanted slogans against the war in Port Sudan (Red Sea).|Protests|Peaceful protest||0
        On 2 October 2023, members of civil society organised a sit-in in front of the governorate in Tripoli (Tripoli).|Protests|Peaceful protest||0
        On 2 October 2023, residents of Lilongwe (Central Region) demonstrated against power cuts. Police fired teargas and arrested 15 people.|Protests|Protest with intervention||0
        On 2 October 2023, a protest by opposition supporters in Lusaka (Lusaka) was blocked by police.|Protests|Protest with intervention||0
        On 2 October 2023, police dispersed a gathering of PTI workers in Islamabad (Islamabad).|Protests|Protest with intervention||0
        On 2 October 2023, protesters in Bamenda (Northwest) set fire to a police post after the death of a motorcyclist.|Riots|Violent demonstration||0
        On 2 October 2023, angry youths burned a police vehicle and blocked roads in Eldoret (Uasin Gishu) after a colleague was killed by police.|Riots|Violent demonstration||0
        On 2 October 2023, a crowd of residents beat a man suspected of being a thief in Mombasa (Mombasa). He died of his injuries.|Riots|Mob violence||1
        On 2 October 2023, members of two rival student groups clashed at Dhaka University in Dhaka (Dhaka).|Riots|Mob violence||0
        On 2 October 2023, Israeli settlers attacked a Palestinian family in Hebron (Hebron) and injured 2 people.|Violence against civilians|Attack||0
        On 2 October 2023, the Sudanese army deployed troops to El Fasher (North Darfur).|Strategic developments|Change to group/activity||0
        On 2 October 2023, the M23 withdrew from Kibumba (North Kivu) and handed the town over to the EACRF.|Strategic developments|Non-violent transfer of territory||0
        On 2 October 2023, the Houthis held a military parade in Sanaa (Amanat al Asimah).|Strategic developments|Other||0
        On 2 October 2023, police confiscated a consignment of arms in Bunia (Ituri).|Strategic developments|Disrupted weapons use||0
        On 2 October 2023, Indian police arrested a suspected militant in Srinagar (Jammu and Kashmir) and recovered a pistol.|Strategic developments|Arrests||0
        On 2 October 2023, militants set up an illegal checkpoint on the road to Jowhar (Middle Shabelle) and extorted money from drivers.|Strategic developments|Other||0
        On 2 October 2023, Al Shabaab militants executed a man accused of spying in Buale (Middle Juba).|Violence against civilians|Attack||1
        On 2 October 2023, gunmen kidnapped and later released a businessman in Kano (Kano).|Violence against civilians|Abduction/forced disappearance||0
        On 2 October 2023, a Houthi drone was shot down by coalition forces over Marib (Marib).|Strategic developments|Disrupted weapons use||0
        On 2 October 2023, a Russian Shahed drone hit an energy facility in Odesa (Odesa).|Explosions/Remote violence|Air/drone strike||0
        On 2 October 2023, Russian troops broke into Ukrainian positions near Bakhmut (Donetsk) and were repelled.|Battles|Armed clash||0
        On 2 October 2023, the Myanmar military attacked the village of Kyun Taw (Sagaing) with fighter jets, killing 3 civilians.|Explosions/Remote violence|Air/drone strike||3
        On 2 October 2023, two people were injured when a grenade exploded in a market in Bujumbura (Bujumbura Mairie).|Explosions/Remote violence|Grenade||0
        On 2 October 2023, a teenager was killed by a stray bullet during a shootout between gangs in Port-au-Prince (Ouest).|Battles|Armed clash||1
        On 2 October 2023, police shot and killed a man during a protest in Nairobi (Nairobi).|Protests|Excessive force against protesters||1
        # wire news: leads of agency reports from the same theatres
        Gunmen killed 12 villagers in an overnight raid on a village in Nigeria's Plateau state, local officials said on Monday.|Violence against civilians|Attack||12
        At least seven people were killed when a bomb exploded at a crowded bus station in northeast Nigeria on Saturday, police said.|Explosions/Remote violence|Remote explosive/landmine/IED||7
        Security forces killed 15 militants in a raid on their hideout in northwest Pakistan, the military said on Tuesday.|Battles|Armed clash||15
        Thousands of protesters took to the streets of Dhaka on Sunday demanding the resignation of the prime minister.|Protests|Peaceful protest||0
        Police in Kenya fired tear gas at protesters in Nairobi on Wednesday as demonstrations over tax increases turned violent.|Riots|Violent demonstration||0
        Israeli air strikes killed at least 20 people across the Gaza Strip overnight, health officials said.|Explosions/Remote violence|Air/drone strike||20
        Sudan's paramilitary Rapid Support Forces attacked the city of El Fasher on Friday, killing at least 30 civilians, activists said.|Violence against civilians|Attack||30
        Two soldiers were killed and four wounded when militants ambushed an army convoy in Mali's Timbuktu region.|Battles|Armed clash||2
        A suicide bomber killed 15 people at a mosque in northwest Pakistan during Friday prayers, officials said.|Explosions/Remote violence|Suicide bomb||15
        Armed men abducted more than 100 students from a school in Kaduna state, residents said.|Violence against civilians|Abduction/forced disappearance||0
        Mexican authorities found the bodies of nine men dumped on a road in the state of Zacatecas on Thursday.|Violence against civilians|Attack||9
        Haitian gangs torched homes and killed at least 12 people in an attack on a neighbourhood of Port-au-Prince, the UN said.|Violence against civilians|Attack||12
        Myanmar's military junta carried out air strikes on a village in Sagaing region, killing at least 40 people including children.|Explosions/Remote violence|Air/drone strike||40
        Colombian troops clashed with FARC dissidents in the department of Cauca, leaving four rebels dead, the army said.|Battles|Armed clash||4
        Indian security forces shot dead three suspected militants in a gunfight in Kashmir's Kupwara district on Tuesday.|Battles|Armed clash||3
        Russian missile strikes on Kyiv killed five people and injured 20 others early on Thursday, officials said.|Explosions/Remote violence|Shelling/artillery/missile attack||5
        Ukraine said its forces had shot down 30 of 35 drones launched by Russia overnight.|Strategic developments|Disrupted weapons use||0
        A landmine blast killed three children who were herding goats in Afghanistan's Helmand province.|Explosions/Remote violence|Remote explosive/landmine/IED||3
        Police arrested more than 50 opposition activists in Uganda's capital Kampala ahead of a planned protest.|Strategic developments|Arrests||0
        An angry mob lynched two men accused of kidnapping a child in Bolivia's Potosi region.|Riots|Mob violence||2
        # people taken by an armed group are abducted; de facto authorities and state forces arrest
        On 3 November 2023, bandits seized 3 travellers on the Funtua road (Katsina).|Violence against civilians|Abduction/forced disappearance||0
        On 3 November 2023, Al Shabaab militants detained 5 elders in Bulo Burte (Hiraan).|Violence against civilians|Abduction/forced disappearance||0
        On 3 November 2023, the Taliban arrested a journalist in Kabul (Kabul).|Strategic developments|Arrests||0
        On 3 November 2023, gunmen took 6 workers hostage at a mine in Kenieba (Kayes).|Violence against civilians|Abduction/forced disappearance||0
        On 3 November 2023, police arrested 4 suspected bandits in Gusau (Zamfara).|Strategic developments|Arrests||0
        On 3 November 2023, Houthi forces detained 10 UN staff members in Sanaa (Amanat al Asimah).|Strategic developments|Arrests||0
        On 3 November 2023, a JNIM militant was arrested by the army in Mopti (Mopti).|Strategic developments|Arrests||0
        # Ukraine: aviation, air defence systems as targets, drones dropping munitions, repelled advances
        On 5 March 2024, Russian forces attempted to advance near Novomykhailivka (Donetsk) but were repelled.|Battles|Armed clash||0
        On 5 March 2024, Ukrainian forces carried out a drone attack on an oil refinery in Novoshakhtinsk (Rostov).|Explosions/Remote violence|Air/drone strike||0
        On 5 March 2024, Russian forces launched S-300 missiles at Kharkiv city (Kharkiv), injuring 3 people.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 5 March 2024, the Ukrainian Air Force struck Russian positions near Krynky (Kherson).|Explosions/Remote violence|Air/drone strike||0
        On 5 March 2024, Russian aviation struck Kupiansk (Kharkiv). 1 civilian was killed.|Explosions/Remote violence|Air/drone strike||1
        On 5 March 2024, Russian forces fired a Grad MLRS at Beryslav (Kherson). No casualties were reported.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 5 March 2024, a Russian reconnaissance drone was shot down near Zaporizhzhia (Zaporizhia).|Strategic developments|Disrupted weapons use||0
        On 5 March 2024, Russian forces attacked Ukrainian positions near Robotyne (Zaporizhia). According to the Ukrainian military, the attack was repelled.|Battles|Armed clash||0
        On 5 March 2024, Russian forces shelled Ukrainian positions near Orikhiv (Zaporizhia) with mortars and artillery. Casualties unknown.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 5 March 2024, Russian forces took control of Berdychi (Donetsk).|Battles|Non-state actor overtakes territory||0
        On 5 March 2024, Ukrainian forces struck a Russian air defence system in Crimea (Crimea) with ATACMS missiles.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 5 March 2024, a Russian drone dropped an explosive on a civilian car in Nikopol (Dnipropetrovsk), killing the driver.|Explosions/Remote violence|Air/drone strike||1
        On 5 March 2024, Russian forces shelled Vovchansk (Kharkiv), killing 2 civilians. The same day, Russian forces also shelled Kupiansk.|Explosions/Remote violence|Shelling/artillery/missile attack||2
        # protests for the detained, marches people join, flash mobs, arrests told in a relative clause
        On 4 December 2023, members of the teachers' union held a press conference and a protest march in Kinshasa (Kinshasa).|Protests|Peaceful protest||0
        On 4 December 2023, over 1,000 farmers blocked the motorway near Lahore (Punjab) with tractors.|Protests|Peaceful protest||0
        On 4 December 2023, supporters of the detained opposition leader gathered outside the court in Dakar (Dakar) and chanted slogans.|Protests|Peaceful protest||0
        On 4 December 2023, relatives of detained activists staged a hunger strike in Tunis (Tunis).|Protests|Peaceful protest||0
        On 4 December 2023, hundreds of people took part in a march against gender-based violence in Lima (Lima).|Protests|Peaceful protest||0
        On 4 December 2023, Kurdish protesters burned tyres and threw stones at police in Diyarbakir (Diyarbakir).|Riots|Violent demonstration||0
        On 4 December 2023, protesters in Nairobi (Nairobi) looted shops and clashed with police.|Riots|Violent demonstration||0
        On 4 December 2023, police used live ammunition against protesters in Conakry (Conakry), wounding 8.|Protests|Protest with intervention||0
        On 4 December 2023, villagers demonstrated against a mining company in Kolwezi (Lualaba) and the police arrested 3 of them.|Protests|Protest with intervention||0
        On 4 December 2023, a mob burned the house of a local chief in Uvira (South Kivu) accusing him of witchcraft.|Riots|Mob violence||0
        On 4 December 2023, residents attacked and injured 2 police officers who had arrested a motorcyclist in Goma (North Kivu).|Riots|Mob violence||0
        On 4 December 2023, women marched to the governor's office in Maiduguri (Borno) to demand the release of their husbands.|Protests|Peaceful protest||0
        On 4 December 2023, dozens of people protested peacefully in Sidi Bouzid (Sidi Bouzid) over water shortages.|Protests|Peaceful protest||0
        On 4 December 2023, students rallied in Yangon (Yangon) in a flash mob against the military junta.|Protests|Peaceful protest||0
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
