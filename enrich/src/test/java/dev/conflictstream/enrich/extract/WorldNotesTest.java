package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ACLED-style notes from the world's conflict zones beyond Ukraine, written for this test in the news styles
 * of each region (armed groups, forces and places as ACLED names them there), coded by the codebook's own
 * sub-event definitions: one-sided killing of unarmed people is violence against civilians, unorganised
 * crowds riot, a protest is coded by what protesters do and what is done to them, a grievance a protest
 * names is not an event, and killed is the deaths of the incident only ("killed and wounded" and
 * "casualties" are not deaths; "between 10 and 15" is 10; "no casualties" is 0).
 *
 * <p>Columns as in {@link AcledNotesTest}: note | type | sub-event type | admin-1 (empty: not checked) |
 * killed (empty: no figure; 0: none stated as none).
 */
class WorldNotesTest {
    /** Sahel and Lake Chad: Mali, Burkina Faso, Niger, Nigeria. */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 12 March 2023, JNIM militants attacked a FAMa position in Boni (Hombori, Douentza, Mopti). 5 soldiers were killed.|Battles|Armed clash|ML.04|5
        On 3 May 2023, unidentified gunmen shot dead a trader in Maiduguri (Borno). 1 fatality.|Violence against civilians|Attack|NG.27|1
        On 2 March 2023, suspected Fulani militia killed 3 farmers on their farm in Guma (Benue). 3 fatalities.|Violence against civilians|Attack|NG.26|3
        On 5 March 2023, bandits abducted 10 people in Maru (Zamfara).|Violence against civilians|Abduction/forced disappearance|NG.57|
        On 10 March 2023, around 50 teachers held a sit-in in front of the Ministry of Education in Niamey (Niamey) to demand payment of salary arrears. [size=around 50]|Protests|Peaceful protest|NE.08|
        On 28 May 2023, VDP and JNIM militants clashed near Djibo (Soum, Sahel). Dozens of militants were killed.|Battles|Armed clash|BF.12|12
        On 29 May 2023, unidentified armed men burned down a school in Kaya (Centre-Nord).|Strategic developments|Looting/property destruction|BF.05|
        On 30 May 2023, ISSP militants stole cattle from herders in Tillaberi (Tillaberi).|Strategic developments|Looting/property destruction|NE.09|
        On 1 June 2023, dozens of residents took to the streets in Kano (Kano) to denounce rising food prices.|Protests|Peaceful protest|NG.29|
        On 6 June 2023, Nigerian Air Force jets bombed bandit hideouts in Tsafe (Zamfara). 20 bandits were killed.|Explosions/Remote violence|Air/drone strike|NG.57|20
        On 11 June 2023, the Malian army retook control of Tessit (Gao) from ISGS militants.|Battles|Government regains territory|ML.09|
        On 15 June 2023, unidentified gunmen killed 3 people in a village in Kajuru (Kaduna). 3 fatalities.|Violence against civilians|Attack|NG.23|3
        On 16 June 2023, armed bandits attacked Gidan Goga village (Zamfara) and killed 12 villagers.|Violence against civilians|Attack|NG.57|12
        On 17 June 2023, unidentified gunmen ambushed a police patrol in Awka (Anambra), killing 2 policemen.|Battles|Armed clash|NG.25|2
        On 25 June 2023, JNIM militants imposed a blockade on the town of Boni (Mopti).|Strategic developments|Other|ML.04|
        On 28 June 2023, Boko Haram militants killed 7 fishermen near Kukawa (Borno).|Violence against civilians|Attack|NG.27|7
        On 29 June 2023, the attack claimed the lives of 6 soldiers in Tillia (Tahoua), after ISSP militants attacked their position.|Battles|Armed clash|NE.06|6
        On 1 July 2023, JNIM militants attacked Djibo (Sahel), leaving 40 dead among VDP and soldiers.|Battles|Armed clash|BF.12|40
        On 4 July 2023, 12 people were killed and 20 injured when gunmen attacked a bus near Bandiagara (Mopti).|Violence against civilians|Attack|ML.04|12
        On 19 July 2023, unidentified gunmen kidnapped an Indian engineer in Zinder (Zinder).|Violence against civilians|Abduction/forced disappearance|NE.07|
        On 21 July 2023, three soldiers were killed when militants attacked a checkpoint in Arbinda (Sahel).|Battles|Armed clash||3
        On 30 July 2023, JNIM militants burned down the homes of villagers in Yirgou (Centre-Nord).|Strategic developments|Looting/property destruction|BF.05|
        On 31 July 2023, the Burkinabe army deployed reinforcements to Djibo (Sahel).|Strategic developments|Change to group/activity|BF.12|
        On 2 February 2023, suspected JNIM militants killed 4 civilians in Sollé (Loroum, Nord). 4 fatalities.|Violence against civilians|Attack|BF.10|4
        On 4 February 2023, armed bandits kidnapped 15 travellers along the Kaduna-Abuja highway in Kaduna (Kaduna).|Violence against civilians|Abduction/forced disappearance|NG.23|
        On 6 February 2023, IS Sahel militants attacked a Nigerien army patrol near Tillia (Tahoua), killing seventeen soldiers.|Battles|Armed clash|NE.06|17
        On 7 February 2023, the Nigerian Army repelled an attack by ISWAP on their base in Damboa (Borno), killing 20 insurgents.|Battles|Armed clash|NG.27|20
        On 8 February 2023, unidentified gunmen killed a Catholic priest in Kafanchan (Kaduna).|Violence against civilians|Attack|NG.23|1
        On 11 March 2023, a soldier was killed when militants ambushed a patrol near Ansongo (Gao).|Battles|Armed clash|ML.09|1
        On 12 March 2023, 2 FAMa soldiers were killed and 5 others wounded after their vehicle hit an explosive device near Douentza (Mopti).|Explosions/Remote violence|Remote explosive/landmine/IED|ML.04|2
        On 13 March 2023, the attack left 7 dead, including 3 children, in Seytenga (Seno, Sahel).|Violence against civilians|Attack|BF.12|7
        On 14 March 2023, JNIM militants killed 12 civilians and 3 VDP in an attack on Tougan (Sourou, Boucle du Mouhoun). 15 fatalities.|Battles|Armed clash|BF.01|15
        On 30 March 2023, twenty-five people were killed when gunmen attacked Mowoi village in Kaura (Kaduna).|Violence against civilians|Attack|NG.23|25
        On 31 March 2023, JNIM militants looted livestock and burned granaries in a village near Dori (Seno, Sahel).|Strategic developments|Looting/property destruction|BF.12|
        On 3 April 2023, JNIM militants attacked a VDP post in Gorgadji (Seno, Sahel). 6 fatalities.|Battles|Armed clash||6
        On 3 April 2023, ISWAP militants attacked a military base in Dikwa (Borno), killing nine soldiers.|Battles|Armed clash||9
        On 3 April 2023, gunmen attacked Kuru village (Plateau), leaving 14 dead.|Violence against civilians|Attack||14
        On 3 April 2023, a soldier was killed when militants attacked a checkpoint in Kidal (Kidal).|Battles|Armed clash||1
        On 3 April 2023, at least twelve people were killed when gunmen attacked a market in Bandiagara (Mopti).|Violence against civilians|Attack||12
        On 3 April 2023, around 30 militants were killed in an airstrike in Sambisa forest (Borno).|Explosions/Remote violence|Air/drone strike||30
        On 3 April 2023, FAMa and JNIM militants clashed in Nara (Koulikoro). No casualties were reported.|Battles|Armed clash||0
        On 3 April 2023, suspected Fulani herdsmen killed a farmer and his two sons in Agatu (Benue).|Violence against civilians|Attack||3
        On 3 April 2023, unidentified gunmen stabbed a trader to death in Kano (Kano).|Violence against civilians|Attack||1
        On 3 April 2023, a landmine explosion killed one herder and wounded two others near Menaka (Menaka).|Explosions/Remote violence|Remote explosive/landmine/IED||1
        """)
    void sahelAndLakeChad(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /** Horn of Africa and Sudan: Somalia, Ethiopia, Sudan, Kenya. */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 5 April 2023, Al Shabaab detonated an IED targeting an SNA vehicle near Afgoye (Lower Shabelle). 2 soldiers were killed.|Explosions/Remote violence|Remote explosive/landmine/IED|SO.14|2
        On 4 April 2023, Al Shabaab militants attacked SNA forces in Balcad (Middle Shabelle), sparking a clash. 3 SNA soldiers were killed.|Battles|Armed clash|SO.13|3
        On 6 April 2023, Al Shabaab militants threw a hand grenade at a restaurant in Mogadishu (Banadir), injuring 4 civilians.|Explosions/Remote violence|Grenade|SO.02|
        On 8 April 2023, an unknown gunman shot and killed a clan elder in Mogadishu (Banadir).|Violence against civilians|Attack|SO.02|1
        On 10 April 2023, Fano militia and ENDF forces clashed in Kobo (North Wello, Amhara). Fatalities unknown.|Battles|Armed clash|ET.46|
        On 15 April 2023, the RSF shelled residential areas in Omdurman (Khartoum), killing 5 civilians.|Explosions/Remote violence|Shelling/artillery/missile attack|SD.29|5
        On 7 June 2023, a US airstrike targeted Al Shabaab militants near Jilib (Middle Juba). 4 militants were killed.|Explosions/Remote violence|Air/drone strike|SO.08|4
        On 8 June 2023, a suicide bomber blew himself up at a checkpoint in Mogadishu (Banadir), killing 6 people including 3 soldiers.|Explosions/Remote violence|Suicide bomb|SO.02|6
        On 12 June 2023, the Transitional Government and the Tigray People's Liberation Front signed a peace agreement in Addis Ababa (Addis Ababa).|Strategic developments|Agreement|ET.44|
        On 13 June 2023, 30 Al Shabaab militants surrendered to the SNA in Baidoa (Bay).|Strategic developments|Change to group/activity|SO.04|
        On 26 June 2023, SNA forces and Al Shabaab militants fought in Galcad (Galgaduud). 10 to 15 militants were killed.|Battles|Armed clash||10
        On 30 June 2023, RSF fighters looted homes and shops in El Fasher (North Darfur).|Strategic developments|Looting/property destruction|SD.55|
        On 17 July 2023, two people were killed when rival clans clashed over grazing land in Galkayo (Mudug).|Battles|Armed clash|SO.10|2
        On 23 July 2023, Al Shabaab militants fired mortars at Mogadishu airport (Banadir). No fatalities were reported.|Explosions/Remote violence|Shelling/artillery/missile attack|SO.02|0
        On 24 July 2023, an airstrike by the Sudanese Armed Forces hit a market in Nyala (South Darfur), killing at least 20 civilians.|Explosions/Remote violence|Air/drone strike|SD.49|20
        On 9 February 2023, Al Shabaab militants executed two men accused of spying for the government in Jilib (Middle Juba).|Violence against civilians|Attack|SO.08|2
        On 10 February 2023, SNA forces, supported by clan militias, recaptured the town of Hiran Bulo (Hiraan) from Al Shabaab.|Battles|Government regains territory|SO.07|
        On 11 February 2023, a landmine blast killed three children herding livestock near Dhusamareb (Galguduud).|Explosions/Remote violence|Remote explosive/landmine/IED|SO.05|3
        On 12 February 2023, ENDF drone strike killed at least 8 people in a market in Dera (North Shewa, Amhara).|Explosions/Remote violence|Air/drone strike|ET.46|8
        On 13 February 2023, OLA militants abducted 20 civilians in Gida Ayana (East Welega, Oromia).|Violence against civilians|Abduction/forced disappearance||
        On 15 February 2023, the SAF carried out airstrikes on RSF positions in Bahri (Khartoum). Casualties unknown.|Explosions/Remote violence|Air/drone strike|SD.29|
        On 16 February 2023, RSF fighters raped two women in their home in El Geneina (West Darfur).|Violence against civilians|Sexual violence|SD.47|
        On 17 March 2023, protesters threw stones at police and burned tyres in Nairobi (Nairobi). Police responded with tear gas.|Riots|Violent demonstration|KE.05|
        On 19 March 2023, Kenyan police arrested 6 suspected Al Shabaab members in Mandera (Mandera).|Strategic developments|Arrests|KE.33|
        On 20 March 2023, Al Shabaab militants destroyed a telecommunications mast in Lamu (Lamu).|Strategic developments|Looting/property destruction|KE.30|
        On 3 April 2023, the explosion claimed the lives of 4 civilians in Mogadishu (Banadir).|Explosions/Remote violence|Remote explosive/landmine/IED||4
        On 3 April 2023, SNA forces and Al Shabaab militants clashed in Bulo Burde (Hiraan). Between 10 and 15 militants were killed.|Battles|Armed clash||10
        On 3 April 2023, dozens of civilians were killed by RSF fighters in Misterei (West Darfur).|Violence against civilians|Attack||12
        On 3 April 2023, Al Shabaab militants killed 2 SNA soldiers and wounded 4 others in an ambush near Mahaday (Middle Shabelle).|Battles|Armed clash||2
        """)
    void hornOfAfricaAndSudan(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /** Middle East: Syria, Iraq, Yemen, Israel and Palestine. */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 1 May 2023, an IED planted in a car exploded in Al Bab (Aleppo), wounding 3 civilians.|Explosions/Remote violence|Remote explosive/landmine/IED|SY.09|
        On 3 May 2023, ISIS militants attacked SDF members in Thiban (Deir ez Zor), killing 2 SDF members.|Battles|Armed clash||2
        On 4 May 2023, Turkish forces shelled the village of Tal Rifaat (Aleppo). No casualties reported.|Explosions/Remote violence|Shelling/artillery/missile attack|SY.09|0
        On 5 May 2023, unidentified gunmen assassinated a lawyer in Basra (Basrah).|Violence against civilians|Attack|IQ.02|1
        On 7 May 2023, Houthi forces launched a drone attack on pro-government positions in Harib (Marib). 2 soldiers were killed.|Explosions/Remote violence|Air/drone strike|YE.14|2
        On 9 May 2023, Israeli forces raided Jenin refugee camp (West Bank) and clashed with Palestinian militants. 3 militants were killed.|Battles|Armed clash|PS.WE|3
        On 11 May 2023, Israeli settlers attacked Palestinian farmers near Huwwara (West Bank), injuring 2.|Violence against civilians|Attack|PS.WE|
        On 5 June 2023, Israeli forces demolished 2 Palestinian houses in Hebron (West Bank).|Strategic developments|Looting/property destruction|PS.WE|
        On 9 June 2023, a roadside bomb struck a police vehicle in Kirkuk (Kirkuk). 2 policemen were killed.|Explosions/Remote violence|Remote explosive/landmine/IED|IQ.13|2
        On 10 July 2023, the Syrian regime forces fired missiles at the outskirts of Idlib city (Idlib). 1 civilian was killed.|Explosions/Remote violence|Shelling/artillery/missile attack|SY.12|1
        On 11 July 2023, an unexploded ordnance exploded and killed 2 children in Dara (Daraa).|Explosions/Remote violence|Remote explosive/landmine/IED|SY.06|2
        On 12 July 2023, Israeli forces shot dead a Palestinian man near Nablus (West Bank).|Violence against civilians|Attack|PS.WE|1
        On 13 July 2023, Palestinian youths threw stones at Israeli forces in Beita (West Bank). Israeli forces fired tear gas and rubber bullets.|Riots|Mob violence|PS.WE|
        On 14 July 2023, Israeli aircraft struck a Hamas site in Khan Younis (Gaza Strip). No casualties.|Explosions/Remote violence|Air/drone strike|PS.GZ|0
        On 20 July 2023, Houthi forces shelled Taiz city (Taizz), wounding 3 children.|Explosions/Remote violence|Shelling/artillery/missile attack|YE.25|
        On 17 February 2023, Syrian regime forces shelled the village of Kansafra (Idlib), killing a child.|Explosions/Remote violence|Shelling/artillery/missile attack|SY.12|1
        On 18 February 2023, an explosive device planted in a motorcycle went off in Azaz (Aleppo), killing 2 people and wounding 7.|Explosions/Remote violence|Remote explosive/landmine/IED|SY.09|2
        On 19 February 2023, ISIS militants attacked truffle hunters near Al-Sukhnah (Homs), killing 53 civilians.|Violence against civilians|Attack|SY.11|53
        On 20 February 2023, Iraqi security forces arrested 3 ISIS suspects in Mosul (Nineveh).|Strategic developments|Arrests|IQ.15|
        On 21 February 2023, Houthi snipers shot and killed a woman in Taiz city (Taizz).|Violence against civilians|Attack|YE.25|1
        On 22 February 2023, Israeli forces killed 11 Palestinians during a raid in Nablus (West Bank), clashing with Palestinian gunmen.|Battles|Armed clash|PS.WE|11
        On 23 February 2023, Palestinian militants fired rockets from Gaza towards Sderot (Southern District). No casualties reported.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 3 April 2023, Houthi shelling killed two children and injured a woman in Taizz (Taizz).|Explosions/Remote violence|Shelling/artillery/missile attack||2
        """)
    void middleEast(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /** South Asia and Myanmar: Afghanistan, Pakistan, India, Bangladesh, Myanmar. */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 20 June 2023, around 200 residents protested in Lahore (Punjab) against power cuts. No injuries reported.|Protests|Peaceful protest|PK.04|0
        On 12 May 2023, Taliban forces arrested a former ANDSF member in Taloqan (Takhar).|Strategic developments|Arrests|AF.26|
        On 14 May 2023, unidentified militants lobbed a hand grenade at a police station in Turbat (Balochistan). No casualties were reported.|Explosions/Remote violence|Grenade|PK.02|0
        On 16 May 2023, CPI (Maoist) militants killed a villager on suspicion of being a police informer in Bijapur (Chhattisgarh).|Violence against civilians|Attack|IN.37|1
        On 17 May 2023, BJP and TMC supporters clashed in Nandigram (West Bengal). 5 people were injured.|Riots|Mob violence|IN.28|
        On 18 May 2023, military forces set fire to houses in Kani village (Sagaing).|Strategic developments|Looting/property destruction|MM.10|
        On 19 May 2023, PDF fighters detonated a landmine targeting a military column in Gangaw (Magway). 4 soldiers were killed.|Explosions/Remote violence|Remote explosive/landmine/IED|MM.15|4
        On 3 June 2023, students demonstrated at the University of Dhaka (Dhaka) demanding justice for a murdered classmate.|Protests|Peaceful protest|BD.81|
        On 14 June 2023, security forces defused an IED planted on a road in Peshawar (Khyber Pakhtunkhwa).|Strategic developments|Disrupted weapons use|PK.03|
        On 23 June 2023, military forces carried out an air strike on Pa Zi Gyi village (Sagaing), killing around 100 people.|Explosions/Remote violence|Air/drone strike|MM.10|100
        On 27 June 2023, Pakistani Army soldiers killed 4 militants during an intelligence-based operation in North Waziristan (Khyber Pakhtunkhwa).|Battles|Armed clash|PK.03|4
        On 2 July 2023, an ISKP suicide bomber detonated his vest at a political rally in Bajaur (Khyber Pakhtunkhwa), killing 54 people.|Explosions/Remote violence|Suicide bomb|PK.03|54
        On 3 July 2023, unidentified assailants stabbed a man to death in Karachi (Sindh).|Violence against civilians|Attack|PK.05|1
        On 5 July 2023, Myanmar military troops raided Letpanhla village (Sagaing) and killed 5 villagers.|Violence against civilians|Attack|MM.10|5
        On 16 July 2023, Taliban forces executed a former soldier in Kandahar (Kandahar).|Violence against civilians|Attack|AF.23|1
        On 22 July 2023, military forces launched an offensive against KIA positions in Hpakant (Kachin). Eleven soldiers were killed.|Battles|Armed clash|MM.04|11
        On 26 July 2023, a mob beat to death a man accused of blasphemy in Sialkot (Punjab).|Riots|Mob violence|PK.04|1
        On 24 February 2023, Taliban forces clashed with NRF fighters in Panjshir (Panjshir). 4 NRF fighters were killed.|Battles|Armed clash|AF.42|4
        On 25 February 2023, a magnetic bomb attached to a vehicle exploded in Jalalabad (Nangarhar), injuring 2 people.|Explosions/Remote violence|Remote explosive/landmine/IED|AF.18|
        On 26 February 2023, BLA militants attacked an FC checkpost in Kech (Balochistan), killing 2 FC personnel.|Battles|Armed clash|PK.02|2
        On 27 February 2023, hundreds of lawyers boycotted courts and protested in Karachi (Sindh) against the killing of a colleague. [size=hundreds]|Protests|Peaceful protest|PK.05|
        On 28 February 2023, security forces killed 3 militants in an encounter in Pulwama (Jammu and Kashmir).|Battles|Armed clash|IN.12|3
        On 1 March 2023, Kuki and Meitei mobs clashed in Moreh (Manipur), torching several houses. 2 people were killed.|Riots|Mob violence|IN.17|2
        On 2 March 2023, Myanmar military troops torched over 100 houses in Mingin (Sagaing).|Strategic developments|Looting/property destruction|MM.10|
        On 3 March 2023, the Arakan Army seized a military outpost in Paletwa (Chin).|Battles|Non-state actor overtakes territory|MM.02|
        On 28 March 2023, no fatalities were reported after unidentified gunmen fired at a police station in Quetta (Balochistan).|Battles|Armed clash|PK.02|0
        On 29 March 2023, the clashes claimed the lives of 9 militants and 2 soldiers in Datta Khel (North Waziristan, Khyber Pakhtunkhwa).|Battles|Armed clash|PK.03|11
        On 3 April 2023, the Taliban and NRF fighters clashed in Andarab (Baghlan). 7 people were killed and wounded.|Battles|Armed clash||
        On 3 April 2023, TTP militants attacked a police station in Bannu (Khyber Pakhtunkhwa). Fatalities: 3.|Battles|Armed clash||3
        On 3 April 2023, a roadside bomb hit a bus in Kurram (Khyber Pakhtunkhwa), killing eleven passengers, including two women.|Explosions/Remote violence|Remote explosive/landmine/IED||11
        """)
    void southAsiaAndMyanmar(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /** Latin America and the Caribbean: Mexico, Colombia, Brazil, Haiti. */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 20 May 2023, the body of a man with gunshot wounds was found in Acapulco (Guerrero).|Violence against civilians|Attack|MX.12|1
        On 22 May 2023, ELN militants clashed with the army in Tame (Arauca). 2 soldiers were killed.|Battles|Armed clash|CO.03|2
        On 23 May 2023, FARC dissidents killed a social leader in Suarez (Cauca).|Violence against civilians|Attack|CO.09|1
        On 25 May 2023, members of the 400 Mawozo gang kidnapped 5 people in Croix-des-Bouquets (Ouest).|Violence against civilians|Abduction/forced disappearance|HT.11|
        On 26 May 2023, residents lynched 13 suspected gang members in Port-au-Prince (Ouest).|Riots|Mob violence|HT.11|13
        On 27 May 2023, police clashed with gang members in Cite Soleil (Ouest). 4 gang members were killed.|Battles|Armed clash|HT.11|4
        On 19 June 2023, cartel gunmen killed a family of 4 in their home in Celaya (Guanajuato).|Violence against civilians|Attack|MX.11|4
        On 20 June 2023, 3 bodies were found in a ravine in Zitacuaro (Michoacan).|Violence against civilians|Attack|MX.16|3
        On 21 June 2023, police arrested 5 suspected gang members in Medellin (Antioquia).|Strategic developments|Arrests|CO.02|
        On 6 July 2023, residents of Bamenda (Nord-Ouest) protested the killing of a motorcycle taxi driver by soldiers. [size=no report]|Protests|Peaceful protest|CM.07|
        On 8 July 2023, Ambazonian separatists clashed with soldiers in Batibo (Nord-Ouest). 3 separatists were killed.|Battles|Armed clash|CM.07|3
        On 15 July 2023, gunmen killed a police officer in Tumaco (Narino).|Battles|Armed clash|CO.20|1
        On 28 July 2023, gang members attacked a police station in Mirebalais (Centre), killing 3 officers.|Battles|Armed clash|HT.07|3
        On 4 March 2023, gunmen shot dead 6 people at a party in Tlaquepaque (Jalisco).|Violence against civilians|Attack|MX.14|6
        On 5 March 2023, the bodies of 5 men were discovered in a car in Zacatecas (Zacatecas).|Violence against civilians|Attack|MX.32|5
        On 6 March 2023, members of the Gulf Clan clashed with FARC dissidents in Briceño (Antioquia). Several fatalities were reported.|Battles|Armed clash|CO.02|3
        On 7 March 2023, ELN militants detonated an explosive device on the Cano Limon oil pipeline in Saravena (Arauca).|Explosions/Remote violence|Remote explosive/landmine/IED||
        On 8 March 2023, military police killed 4 suspects during an operation in the Complexo da Mare (Rio de Janeiro).|Battles|Armed clash||4
        On 9 March 2023, gang members set fire to houses in Carrefour-Feuilles, Port-au-Prince (Ouest).|Strategic developments|Looting/property destruction|HT.11|
        On 10 March 2023, hundreds of residents marched through Port-au-Prince (Ouest) to demand the resignation of the prime minister.|Protests|Peaceful protest|HT.11|
        On 25 March 2023, anglophone separatists abducted 8 teachers in Bamenda (Nord-Ouest).|Violence against civilians|Abduction/forced disappearance|CM.07|
        On 3 April 2023, 8 bodies were found in a mass grave in Tlajomulco (Jalisco).|Violence against civilians|Attack||8
        On 3 April 2023, a woman died after unidentified gunmen opened fire on a bus in Sinaloa (Sinaloa).|Violence against civilians|Attack||1
        On 3 April 2023, gang members killed 3 police officers and 2 civilians in Croix-des-Bouquets (Ouest).|Battles|Armed clash||5
        On 3 April 2023, clashes between the army and ELN militants left two soldiers dead in Arauca (Arauca).|Battles|Armed clash||2
        On 3 April 2023, police killed a suspected robber in a shootout in Recife (Pernambuco).|Battles|Armed clash||1
        """)
    void latinAmericaAndTheCaribbean(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /** Central and West Africa, the Caucasus, Ukraine. */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 2 June 2023, residents blocked the main road in Bukavu (South Kivu) to protest insecurity. Police dispersed them with tear gas.|Protests|Protest with intervention|CD.12|
        On 4 June 2023, supporters of Ousmane Sonko clashed with police in Dakar (Dakar), burning vehicles and looting shops. 9 people were killed.|Riots|Violent demonstration|SN.01|9
        On 18 June 2023, a woman was raped by armed men in Mweso (Masisi, North Kivu).|Violence against civilians|Sexual violence|CD.11|
        On 22 June 2023, the Russian military shelled Kherson city (Kherson), killing 2 civilians and wounding 5.|Explosions/Remote violence|Shelling/artillery/missile attack|UA.08|2
        On 7 July 2023, police fired live bullets at protesters in Conakry (Conakry), killing 2 people.|Protests|Excessive force against protesters|GN.04|2
        On 9 July 2023, ADF militants killed 25 civilians with machetes in Lubero (North Kivu).|Violence against civilians|Attack|CD.11|25
        On 25 July 2023, security forces arrested 20 people during a protest in Tunis (Tunis) against the president.|Protests|Protest with intervention|TN.36|
        On 27 July 2023, soldiers killed 2 unarmed civilians at a checkpoint in Bossangoa (Ouham).|Violence against civilians|Attack|CF.12|2
        On 29 July 2023, rebels and government troops exchanged gunfire in Bangassou (Mbomou). There were no casualties.|Battles|Armed clash|CF.08|0
        On 14 February 2023, hundreds of people held a demonstration in Asmara (Maekel) in support of the government. [size=hundreds]|Protests|Peaceful protest||
        On 15 March 2023, around 30 women staged a sit-in outside the governorate in Kasserine (Kasserine) demanding jobs. [size=around 30]|Protests|Peaceful protest|TN.02|
        On 16 March 2023, police dispersed a protest by opposition supporters in Kinshasa (Kinshasa) with tear gas and arrested 10 people.|Protests|Protest with intervention|CD.06|
        On 21 March 2023, Ugandan troops withdrew from Bunagana (North Kivu), handing over their positions to the FARDC.|Strategic developments|Non-violent transfer of territory|CD.11|
        On 22 March 2023, Wazalendo militiamen and M23 rebels fought in Kitshanga (North Kivu). Around 10 people were killed.|Battles|Armed clash|CD.11|10
        On 23 March 2023, CODECO militiamen killed 15 displaced persons in a camp near Djugu (Ituri).|Violence against civilians|Attack|CD.17|15
        On 24 March 2023, unidentified armed men shot dead a motorcycle taxi driver in Bangui (Bangui).|Violence against civilians|Attack|CF.18|1
        On 26 March 2023, the Russian army launched a missile attack on Zaporizhzhia city (Zaporizhzhia), killing 1 civilian and injuring 33.|Explosions/Remote violence|Shelling/artillery/missile attack|UA.26|1
        On 27 March 2023, Azerbaijani and Armenian forces exchanged fire along the border near Sotk (Gegharkunik). 1 soldier was killed.|Battles|Armed clash|AM.04|1
        On 3 April 2023, ADF militants attacked a village in Beni (North Kivu), causing 10 casualties.|Violence against civilians|Attack||
        """)
    void centralAndWestAfricaAndOthers(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /**
     * Protests and riots in the styles of South Asia, Europe, Central Asia and Africa: sit-ins (dharna), shutdowns
     * (bandh, shutter-down and wheel-jam strikes), slogans and effigies are peaceful protests; road blockades are
     * protests; crowds destroying property riot; protesters leaving are no intervention.
     */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 5 May 2023, members of the Bharatiya Kisan Union staged a dharna outside the collectorate in Meerut (Uttar Pradesh) demanding payment of cane dues.|Protests|Peaceful protest||
        On 5 May 2023, Congress workers burned an effigy of the Prime Minister in Bhopal (Madhya Pradesh) to protest fuel price hikes.|Protests|Peaceful protest||
        On 5 May 2023, traders observed a shutter-down strike in Quetta (Balochistan) against the imposition of new taxes.|Protests|Peaceful protest||
        On 5 May 2023, transporters held a wheel-jam strike in Karachi (Sindh) over rising fuel prices.|Protests|Peaceful protest||
        On 5 May 2023, students formed a human chain in Kolkata (West Bengal) demanding the release of their classmates.|Protests|Peaceful protest||
        On 5 May 2023, residents held a candlelight vigil in Srinagar (Jammu and Kashmir) for the victims of the attack.|Protests|Peaceful protest||
        On 5 May 2023, villagers blocked the highway in Nuapada (Odisha) demanding compensation for a man killed in a road accident.|Protests|Peaceful protest||
        On 5 May 2023, ABVP activists raised slogans against the state government in Jaipur (Rajasthan).|Protests|Peaceful protest||
        On 5 May 2023, a bandh called by the opposition was observed in Imphal (Manipur).|Protests|Peaceful protest||
        On 5 May 2023, around 100 people demonstrated in Paris (Ile-de-France) against the pension reform.|Protests|Peaceful protest||
        On 5 May 2023, farmers blockaded roads with tractors in Groningen (Groningen) to protest nitrogen rules.|Protests|Peaceful protest||
        On 5 May 2023, dozens of people gathered in front of the presidential palace in Bishkek (Bishkek) to demand the release of activists.|Protests|Peaceful protest||
        On 5 May 2023, PTI workers held a rally in Rawalpindi (Punjab) in support of Imran Khan.|Protests|Peaceful protest||
        On 5 May 2023, protesters chanted slogans against the junta in Yangon (Yangon) before dispersing.|Protests|Peaceful protest||
        On 5 May 2023, members of the opposition party staged a walkout and protested outside the assembly in Lagos (Lagos).|Protests|Peaceful protest||
        On 5 May 2023, about 200 workers of a textile factory went on strike in Dhaka (Dhaka) demanding unpaid wages.|Protests|Peaceful protest||
        On 5 May 2023, relatives of missing persons held a protest in Quetta (Balochistan). [size=around 40]|Protests|Peaceful protest||
        On 5 May 2023, protesters blocked roads and burned tyres in Port-au-Prince (Ouest) to denounce insecurity.|Riots|Violent demonstration||
        On 5 May 2023, police used batons to disperse protesting teachers in Lahore (Punjab). 5 teachers were injured.|Protests|Protest with intervention||
        On 5 May 2023, police fired live ammunition at protesters in Kisumu (Kisumu), killing 3.|Protests|Excessive force against protesters||3
        """)
    void protestsAndRiotsInRegionalStyles(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }

    /**
     * A second round across the same regions, other verbs and actors: corporal punishment, explosives as the
     * means, participles ("kidnapped victims", "vehicles engaged in construction"), former soldiers as
     * civilians, killings that outweigh the burning that came with them, purpose clauses ("to demand").
     */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 5 May 2023, around 100 members of the teachers' union gathered in front of the Ministry of Education in Rabat to demand salary increases. [size=around 100]|Protests|Peaceful protest||
        On 6 May 2023, health workers went on strike in Lagos (Lagos) over unpaid salaries.|Protests|Peaceful protest||
        On 7 May 2023, demonstrators blocked roads in El Alto (La Paz) demanding the resignation of the mayor.|Protests|Peaceful protest||
        On 8 May 2023, a group of women demonstrated in front of the governor's office in Kandahar (Kandahar) demanding the right to work.|Protests|Peaceful protest||
        On 9 May 2023, police arrested 5 protesters during a demonstration against fuel prices in Accra (Greater Accra).|Protests|Protest with intervention||
        On 10 May 2023, protesters clashed with police in Conakry (Conakry), throwing stones. Police fired tear gas.|Riots|Violent demonstration||
        On 11 May 2023, JNIM militants and village elders reached a local agreement in Djenne (Mopti) allowing farmers to return to their fields.|Strategic developments|Agreement||
        On 12 May 2023, 3 IEDs were discovered and defused by the army near Gao (Gao).|Strategic developments|Disrupted weapons use||
        On 13 May 2023, security forces seized a weapons cache in Kirkuk (Kirkuk).|Strategic developments|Disrupted weapons use||
        On 14 May 2023, CJNG members and Sinaloa Cartel members engaged in a shootout in Caborca (Sonora). 3 fatalities.|Battles|Armed clash||3
        On 15 May 2023, armed men shot and killed a man in the street in Culiacan (Sinaloa).|Violence against civilians|Attack||1
        On 16 May 2023, a journalist was murdered in Tijuana (Baja California).|Violence against civilians|Attack||1
        On 17 May 2023, a woman was found dead with signs of torture in Cuernavaca (Morelos).|Violence against civilians|Attack||1
        On 18 May 2023, the Colombian army bombed an ELN camp in Cubara (Boyaca). 7 militants were killed.|Explosions/Remote violence|Air/drone strike||7
        On 19 May 2023, Israeli forces arrested 15 Palestinians in raids across the West Bank.|Strategic developments|Arrests||
        On 20 May 2023, Israeli settlers set fire to Palestinian cars in Burqa (West Bank).|Strategic developments|Looting/property destruction||
        On 21 May 2023, an Israeli drone strike killed 3 PIJ members in Jenin (West Bank).|Explosions/Remote violence|Air/drone strike||3
        On 22 May 2023, Iraqi Kurdish forces and PKK fighters clashed in Sinjar (Nineveh). 2 PKK fighters were killed.|Battles|Armed clash||2
        On 23 May 2023, unknown assailants threw a grenade into a house in Kirkuk (Kirkuk), injuring 2 children.|Explosions/Remote violence|Grenade||
        On 24 May 2023, Turkish drones struck a car in Qamishli (Hasakah), killing 2 SDF commanders.|Explosions/Remote violence|Air/drone strike||2
        On 25 May 2023, unidentified gunmen killed a Hindu shopkeeper in Srinagar (Jammu and Kashmir).|Violence against civilians|Attack||1
        On 26 May 2023, Maoists torched 5 vehicles engaged in road construction in Dantewada (Chhattisgarh).|Strategic developments|Looting/property destruction||
        On 27 May 2023, a mob attacked a mosque in Nuh (Haryana), injuring 4 people.|Riots|Mob violence||
        On 28 May 2023, Taliban forces killed 2 former soldiers in Panjshir (Panjshir).|Violence against civilians|Attack||2
        On 29 May 2023, a suicide attack on a police convoy killed 9 policemen in Quetta (Balochistan).|Explosions/Remote violence|Suicide bomb||9
        On 31 May 2023, the Myanmar military shelled Laukkai (Shan) with artillery, killing 4 civilians.|Explosions/Remote violence|Shelling/artillery/missile attack||4
        On 1 June 2023, KNLA fighters attacked a military outpost in Hpapun (Kayin). 6 soldiers were killed.|Battles|Armed clash||6
        On 2 June 2023, Al Shabaab militants abducted 3 elders in Bardhere (Gedo).|Violence against civilians|Abduction/forced disappearance||
        On 3 June 2023, Al Shabaab militants stormed a hotel in Mogadishu (Banadir), killing 9 people. Security forces ended the siege after 8 hours.|Violence against civilians|Attack||9
        On 4 June 2023, the ENDF and Fano militia fought for control of Lalibela (North Wello, Amhara). Casualties unknown.|Battles|Armed clash||
        On 5 June 2023, the RSF took control of the army base in Zalingei (Central Darfur).|Battles|Non-state actor overtakes territory||
        On 6 June 2023, Ethiopian federal police arrested 30 journalists and activists in Addis Ababa (Addis Ababa).|Strategic developments|Arrests||
        On 7 June 2023, unidentified gunmen kidnapped 4 aid workers in Gao (Gao).|Violence against civilians|Abduction/forced disappearance||
        On 8 June 2023, bandits rustled over 100 cattle from herders in Birnin Gwari (Kaduna).|Strategic developments|Looting/property destruction||
        On 9 June 2023, Nigerian troops rescued 12 kidnapped victims and killed 3 bandits in Kajuru (Kaduna).|Battles|Armed clash||3
        On 10 June 2023, communal violence between Tiv and Jukun militias left 9 dead in Wukari (Taraba).|Battles|Armed clash||9
        On 11 June 2023, a female student was raped by unidentified men in Jos (Plateau).|Violence against civilians|Sexual violence||
        On 13 June 2023, FAMa soldiers and Wagner forces executed 20 civilians in Moura (Mopti).|Violence against civilians|Attack||20
        On 2 August 2023, suspected ISWAP fighters invaded Mafa (Borno) and killed 6 farmers working on their farms.|Violence against civilians|Attack||6
        On 2 August 2023, gunmen opened fire on worshippers at a church in Owo (Ondo), killing 40 people.|Violence against civilians|Attack||40
        On 2 August 2023, bandits attacked a military base in Shiroro (Niger), killing 36 soldiers.|Battles|Armed clash||36
        On 2 August 2023, Nigerian Air Force aircraft mistakenly bombed villagers in Tudun Biri (Kaduna), killing 85 civilians.|Explosions/Remote violence|Air/drone strike||85
        On 2 August 2023, Al Shabaab militants hurled grenades at an AMISOM base in Afgoye (Lower Shabelle). No casualties reported.|Explosions/Remote violence|Grenade||0
        On 2 August 2023, a vehicle-borne IED exploded near a checkpoint in Mogadishu (Banadir), killing 3 soldiers.|Explosions/Remote violence|Remote explosive/landmine/IED||3
        On 2 August 2023, Tigrayan forces looted medical equipment from a hospital in Adigrat (Tigray).|Strategic developments|Looting/property destruction||
        On 2 August 2023, unidentified gunmen assassinated a tribal leader in Daraa (Daraa).|Violence against civilians|Attack||1
        On 2 August 2023, ISIS cells attacked an army bus near Palmyra (Homs), killing 23 soldiers.|Battles|Armed clash||23
        On 2 August 2023, a Turkish drone targeted a car near Qamishli (Hasakah). 2 people were killed.|Explosions/Remote violence|Air/drone strike||2
        On 2 August 2023, Houthis launched ballistic missiles at Marib city (Marib). No casualties.|Explosions/Remote violence|Shelling/artillery/missile attack||0
        On 2 August 2023, Houthi forces and government forces clashed on the Hays front (Al Hudaydah). 5 Houthis were killed.|Battles|Armed clash||5
        On 2 August 2023, Israeli police demolished a structure in the Negev (Southern District).|Strategic developments|Looting/property destruction||
        On 2 August 2023, Hezbollah fired anti-tank missiles at an Israeli army post near Metula (Northern District). 2 soldiers were injured.|Explosions/Remote violence|Shelling/artillery/missile attack||
        On 2 August 2023, the Taliban publicly flogged 3 men in Ghazni (Ghazni).|Violence against civilians|Attack||
        On 2 August 2023, an explosion at a Shia mosque killed 5 worshippers in Kunduz (Kunduz).|Explosions/Remote violence|Remote explosive/landmine/IED||5
        On 2 August 2023, militants killed 4 policemen escorting a polio vaccination team in Bajaur (Khyber Pakhtunkhwa).|Battles|Armed clash||4
        On 2 August 2023, Indian and Pakistani troops exchanged fire across the Line of Control in Poonch (Jammu and Kashmir).|Battles|Armed clash||
        On 2 August 2023, a mob set fire to churches in Jaranwala (Punjab) over alleged blasphemy.|Riots|Mob violence||
        On 2 August 2023, the Arakan Army attacked a police outpost in Maungdaw (Rakhine), killing 5 policemen.|Battles|Armed clash||5
        On 2 August 2023, the military junta arrested 3 NLD members in Mandalay (Mandalay).|Strategic developments|Arrests||
        On 2 August 2023, the Tatmadaw conducted an airstrike on a school in Tabayin (Sagaing), killing 11 children.|Explosions/Remote violence|Air/drone strike||11
        On 2 August 2023, presumed CJNG members killed 6 police officers in an ambush in Coyuca de Benitez (Guerrero).|Battles|Armed clash||6
        On 2 August 2023, 5 young men were kidnapped and later found dead in Lagos de Moreno (Jalisco).|Violence against civilians|Abduction/forced disappearance||5
        On 2 August 2023, FARC dissidents attacked a police station with explosives in Jamundi (Valle del Cauca). 2 policemen were injured.|Explosions/Remote violence|Remote explosive/landmine/IED||
        On 2 August 2023, members of the Clan del Golfo murdered a former FARC combatant in Ituango (Antioquia).|Violence against civilians|Attack||1
        On 2 August 2023, the Brazilian military police clashed with drug traffickers in Salvador (Bahia). 3 traffickers were killed.|Battles|Armed clash||3
        On 2 August 2023, Viv Ansanm gang members burned houses and killed 10 residents in Cite Soleil (Ouest).|Violence against civilians|Attack||10
        On 9 September 2023, an unidentified armed group attacked the village of Kouri (Mopti), killing 1 and injuring 2.|Violence against civilians|Attack||1
        On 9 September 2023, a clash between Fulani militia and Dogon militia resulted in 5 deaths in Bankass (Mopti).|Battles|Armed clash||5
        On 9 September 2023, a civilian was killed by a stray bullet during clashes between the army and militants in Beledweyne (Hiraan).|Battles|Armed clash||1
        On 9 September 2023, unidentified gunmen killed a woman in her home in Juba (Central Equatoria). [women targeted: girls]|Violence against civilians|Attack||1
        On 9 September 2023, Amhara Fano militia ambushed an ENDF convoy near Bahir Dar (Amhara). Fatalities unknown.|Battles|Armed clash||
        On 9 September 2023, a hand grenade thrown by unidentified assailants exploded at a market in Bujumbura (Bujumbura Mairie), injuring 8.|Explosions/Remote violence|Grenade||
        On 9 September 2023, police shot dead a suspected kidnapper in Aba (Abia).|Violence against civilians|Attack||1
        On 9 September 2023, the Kenyan Defence Forces killed 5 Al Shabaab militants in a raid in Boni forest (Lamu).|Battles|Armed clash||5
        On 9 September 2023, a drone strike attributed to the US killed 3 AQAP militants in Marib (Marib).|Explosions/Remote violence|Air/drone strike||3
        On 9 September 2023, an IED killed a child in Daraa al-Balad (Daraa).|Explosions/Remote violence|Remote explosive/landmine/IED||1
        On 9 September 2023, militants set fire to a girls' school in Diamer (Gilgit-Baltistan).|Strategic developments|Looting/property destruction||
        On 9 September 2023, security forces recovered the bodies of 4 kidnapped traders in Zamfara (Zamfara).|Violence against civilians|Attack||4
        """)
    void otherVerbsAndActorsAcrossRegions(String note, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(note, type, subtype, admin1, killed);
    }
}
