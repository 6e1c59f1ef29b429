package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ACLED-style event descriptions (the {@code notes} field), one per ACLED sub-event type and many
 * countries, with what an ACLED coder records: type and sub-event type of the first event, admin-1
 * (GeoNames {@code CC.NN}) of the first event that has one, and fatalities. The notes are written for
 * this test in ACLED's style ("On <date>, <actor> <did> in <place> (<region>). <Fatalities>."), and
 * are published on the day of the event, as the eval files carry them. Scored as the eval scorer
 * does: killed is the largest figure of the note's events.
 *
 * <p>Columns: note | type | sub-event type | admin-1 (empty: not checked) | killed: a number = that
 * figure; {@code 0} = none stated as none (0 or no figure); empty = no figure at all ("casualties
 * unknown", injuries only, no deaths stated).
 */
class AcledNotesTest {
    private static final Pattern DATE = Pattern.compile("(\\d{1,2} [A-Z][a-z]+ \\d{4})");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # Battles / Armed clash
        On 14 March 2023, JNIM militants ambushed a FAMa convoy near Boni (Douentza, Mopti). 7 soldiers were killed and several others wounded.|Battles|Armed clash|ML.04|7
        On 9 October 2023, PDF and KIA fighters clashed with the Myanmar military in Mansi township (Kachin). Casualties unknown.|Battles|Armed clash|MM.04|
        On 21 April 2023, the SAF and the RSF clashed in Khartoum city (Khartoum). At least 25 people were killed.|Battles|Armed clash|SD.29|25
        On 5 August 2021, ISWAP militants attacked a military base in Marte (Borno). The troops repelled the attack, killing 17 militants.|Battles|Armed clash|NG.27|17
        On 11 January 2024, Ukrainian and Russian forces clashed near Robotyne, Zaporizhzhia. Casualties unknown.|Battles|Armed clash|UA.26|
        On 18 July 2022, members of the CJNG clashed with members of the Sinaloa Cartel in Frontera Comalapa (Chiapas). 6 fatalities.|Battles|Armed clash|MX.05|6
        On 30 September 2022, Maoists exchanged fire with CRPF personnel in a forest near Bijapur (Chhattisgarh). 2 Maoists were killed.|Battles|Armed clash|IN.37|2
        On 3 February 2023, TTP militants attacked a police post in Lakki Marwat (Khyber Pakhtunkhwa). Police returned fire. 1 police officer was killed.|Battles|Armed clash|PK.03|1
        On 25 May 2022, M23 rebels and FARDC soldiers fought in Kibumba (Nyiragongo, North Kivu). Fatalities: 4.|Battles|Armed clash|CD.11|4
        On 7 December 2022, Houthi forces and pro-government forces clashed in Hays (Al Hudaydah). 3 Houthi fighters were killed.|Battles|Armed clash|YE.08|3
        On 20 June 2023, FANO militiamen attacked ENDF troops in Debre Tabor (Amhara). Fatalities unknown.|Battles|Armed clash|ET.46|

        # Battles / Government regains territory
        On 12 May 2022, Ukrainian forces regained control of the village of Staryi Saltiv in Kharkiv region.|Battles|Government regains territory|UA.07|
        On 23 August 2019, Syrian government forces regained control of Khan Shaykhun (Idlib) after clashes with HTS. Fatalities: 11.|Battles|Government regains territory|SY.12|11
        On 14 November 2023, FAMa and Wagner Group forces took control of Kidal (Kidal) after CSP-PSD fighters withdrew from the town.|Battles|Government regains territory|ML.10|
        On 6 April 2022, Nigerian troops recaptured Malam Fatori (Borno) from ISWAP militants. 5 militants were killed.|Battles|Government regains territory|NG.27|5
        On 30 January 2024, FAMa soldiers captured the rebel stronghold of Tessit (Gao). Fatalities unknown.|Battles|Government regains territory|ML.09|
        On 9 March 2021, SNA forces retook the village of Bacadweyne (Galguduud) after Al Shabaab militants withdrew. No casualties reported.|Battles|Government regains territory|SO.05|0

        # Battles / Non-state actor overtakes territory
        On 15 August 2021, Taliban militants took control of Kabul (Kabul) after ANDSF forces withdrew.|Battles|Non-state actor overtakes territory|AF.13|
        On 17 February 2024, Russian forces took control of Avdiivka (Donetsk) after months of fighting.|Battles|Non-state actor overtakes territory|UA.05|
        On 8 March 2021, Houthi forces recaptured the town of Harib (Marib) from pro-government forces.|Battles|Non-state actor overtakes territory|YE.14|
        On 29 October 2023, Three Brotherhood Alliance fighters captured the town of Chinshwehaw (Shan) from the military.|Battles|Non-state actor overtakes territory|MM.11|
        On 26 October 2023, RSF fighters seized the army's 16th Infantry Division headquarters in Nyala (South Darfur) after days of fighting.|Battles|Non-state actor overtakes territory|SD.49|
        On 13 June 2022, M23 rebels took over the town of Bunagana (Rutshuru, North Kivu) after fighting with the FARDC.|Battles|Non-state actor overtakes territory|CD.11|
        On 1 April 2012, MNLA and Ansar Dine fighters seized control of Timbuktu (Tombouctou).|Battles|Non-state actor overtakes territory|ML.08|

        # Explosions/Remote violence / Shelling/artillery/missile attack
        On 16 February 2024, Russian forces shelled Krasnopillia, Sumy. No casualties reported.|Explosions/Remote violence|Shelling/artillery/missile attack|UA.21|0
        On 3 January 2024, Russian forces launched missiles at Kharkiv city (Kharkiv), hitting residential buildings. 2 civilians were killed and 40 injured.|Explosions/Remote violence|Shelling/artillery/missile attack|UA.07|2
        On 6 November 2022, regime forces shelled IDP camps near Kafr Jales (Idlib) with artillery and rockets, killing 9 civilians.|Explosions/Remote violence|Shelling/artillery/missile attack|SY.12|9
        On 2 September 2022, Houthi forces fired artillery shells at residential areas of Taizz city (Taizz), injuring 3 civilians.|Explosions/Remote violence|Shelling/artillery/missile attack|YE.25|
        On 8 July 2023, Russian forces hit Lviv (Lviv) with a missile strike, killing 10 civilians.|Explosions/Remote violence|Shelling/artillery/missile attack|UA.15|10

        # Explosions/Remote violence / Air/drone strike
        On 11 April 2023, the Myanmar military carried out an airstrike on Pazigyi village (Kanbalu, Sagaing), killing around 165 people.|Explosions/Remote violence|Air/drone strike|MM.10|165
        On 24 August 2022, a Turkish drone strike hit a vehicle near Qamishli (Al-Hasakah), killing 2 SDF fighters.|Explosions/Remote violence|Air/drone strike|SY.01|2
        On 25 June 2023, Russian warplanes struck a market in Jisr al-Shughur (Idlib). 9 civilians were killed.|Explosions/Remote violence|Air/drone strike|SY.12|9
        On 5 March 2024, the Nigerian Air Force conducted airstrikes on ISWAP positions in Kukawa (Borno). Fatalities unknown.|Explosions/Remote violence|Air/drone strike|NG.27|
        On 9 June 2023, a US drone strike killed an Al Shabaab commander near Jilib (Middle Juba).|Explosions/Remote violence|Air/drone strike|SO.08|1
        On 20 January 2024, Ukrainian drones struck an oil depot in Klintsy (Bryansk). No fatalities.|Explosions/Remote violence|Air/drone strike|RU.10|0

        # Explosions/Remote violence / Remote explosive/landmine/IED
        On 18 February 2023, a FAMa vehicle hit an IED between Boni and Hombori (Mopti). 3 soldiers were killed.|Explosions/Remote violence|Remote explosive/landmine/IED|ML.04|3
        On 12 March 2022, a landmine exploded near Vasylivka (Zaporizhzhia), killing a tractor driver.|Explosions/Remote violence|Remote explosive/landmine/IED|UA.26|1
        On 7 July 2023, a roadside bomb targeted a police vehicle in Kandahar city (Kandahar). 2 policemen were injured.|Explosions/Remote violence|Remote explosive/landmine/IED|AF.23|
        On 30 December 2022, unidentified militants detonated an IED targeting a security forces convoy in Mastung (Balochistan). Fatalities: 4.|Explosions/Remote violence|Remote explosive/landmine/IED|PK.02|4

        # Explosions/Remote violence / Suicide bomb
        On 30 January 2023, a suicide bomber blew himself up inside a mosque in the Police Lines area of Peshawar (Khyber Pakhtunkhwa), killing 84 people.|Explosions/Remote violence|Suicide bomb|PK.03|84
        On 14 August 2022, an Al Shabaab suicide car bomb exploded at a checkpoint in Mogadishu (Banadir), killing 5 people, including 2 soldiers.|Explosions/Remote violence|Suicide bomb|SO.02|5
        On 3 March 2023, a female suicide bomber detonated her explosives at a market in Konduga (Borno), killing 4 civilians.|Explosions/Remote violence|Suicide bomb|NG.27|4

        # Explosions/Remote violence / Grenade
        On 7 June 2022, unidentified assailants threw a grenade at a police station in Srinagar (Jammu and Kashmir). 2 police personnel were injured.|Explosions/Remote violence|Grenade|IN.12|
        On 15 August 2023, suspected gang members hurled a hand grenade at a bar in Celaya (Guanajuato), killing 1 person.|Explosions/Remote violence|Grenade|MX.11|1

        # Explosions/Remote violence / Chemical weapon
        On 7 April 2018, regime helicopters dropped chlorine gas cylinders on Douma (Rif Dimashq), killing at least 43 people.|Explosions/Remote violence|Chemical weapon|SY.08|43
        On 22 February 2024, Russian forces used chemical weapons against Ukrainian positions near Avdiivka (Donetsk). Casualties unknown.|Explosions/Remote violence|Chemical weapon|UA.05|

        # Violence against civilians / Attack
        On 5 March 2022, Fulani militia attacked Kwall village (Plateau), killing 12 villagers.|Violence against civilians|Attack|NG.49|12
        On 17 January 2024, unidentified gunmen shot dead a shopkeeper in Kalat (Balochistan).|Violence against civilians|Attack|PK.02|1
        On 28 May 2023, armed men attacked the village of Ntamugenga (Rutshuru, North Kivu), killing 6 civilians.|Violence against civilians|Attack|CD.11|6
        On 9 September 2023, RSF fighters killed 7 civilians in Geneina (West Darfur).|Violence against civilians|Attack|SD.47|7
        On 13 April 2023, unidentified gunmen killed a village chief in Beni (North Kivu).|Violence against civilians|Attack|CD.11|1
        On 19 November 2022, suspected cartel members shot and killed 3 men at a bar in Zamora (Michoacan).|Violence against civilians|Attack|MX.16|3

        # Violence against civilians / Abduction/forced disappearance
        On 26 February 2021, gunmen abducted 279 schoolgirls from a secondary school in Jangebe (Zamfara).|Violence against civilians|Abduction/forced disappearance|NG.57|
        On 11 May 2023, JNIM militants kidnapped 3 civilians near Djibo (Sahel).|Violence against civilians|Abduction/forced disappearance|BF.12|
        On 11 March 2022, Russian forces abducted the mayor of Melitopol (Zaporizhzhia).|Violence against civilians|Abduction/forced disappearance|UA.26|
        On 8 August 2023, security forces forcibly disappeared a political activist in Quetta (Balochistan).|Violence against civilians|Abduction/forced disappearance|PK.02|

        # Violence against civilians / Sexual violence
        On 2 October 2022, armed men sexually assaulted a girl in Masisi (North Kivu).|Violence against civilians|Sexual violence|CD.11|

        # Protests / Peaceful protest
        On 6 February 2021, anti-coup protesters marched in Yangon (Yangon) against the military takeover. [size=thousands]|Protests|Peaceful protest|MM.17|
        On 3 March 2023, around 200 people protested in Kharkiv against the mobilisation of students. The protest was peaceful. [size=around 200]|Protests|Peaceful protest|UA.07|
        On 12 September 2022, residents of Lagos (Lagos) held a demonstration demanding a better electricity supply. [size=no report]|Protests|Peaceful protest|NG.05|
        On 20 January 2023, farmers staged a sit-in in front of the district office in Sialkot (Punjab) to demand fertilizer subsidies. [size=no report]|Protests|Peaceful protest|PK.04|
        On 10 May 2023, supporters of the PTI held a rally in Lahore (Punjab) against the arrest of Imran Khan. [size=several hundred]|Protests|Peaceful protest|PK.04|
        On 5 June 2021, traders went on strike and marched in Bamako (Bamako) to denounce rising taxes. [size=no report]|Protests|Peaceful protest|ML.01|

        # Protests / Protest with intervention
        On 1 February 2023, police arrested 12 demonstrators during a protest against the junta in Mandalay (Mandalay).|Protests|Protest with intervention|MM.08|
        On 9 May 2023, police fired tear gas to disperse PTI supporters who were protesting in Peshawar (Khyber Pakhtunkhwa). [size=no report]|Protests|Protest with intervention|PK.03|
        On 22 October 2022, security forces dispersed a protest by teachers in Niamey (Niamey). [size=no report]|Protests|Protest with intervention|NE.08|

        # Protests / Excessive force against protesters
        On 21 October 2021, security forces opened fire on anti-coup protesters in Khartoum (Khartoum), killing 3 protesters.|Protests|Excessive force against protesters|SD.29|3
        On 12 July 2023, police used live ammunition against demonstrators in Nairobi (Nairobi), killing 2.|Protests|Excessive force against protesters|KE.05|2

        # Riots / Violent demonstration
        On 9 August 2022, demonstrators threw stones at police and burned tyres in Kisumu (Kisumu) during protests against the election results. Police fired tear gas. [size=no report]|Riots|Violent demonstration|KE.26|
        On 12 February 2024, students rioted in Dhaka (Dhaka), vandalising vehicles and clashing with police. 20 people were injured.|Riots|Violent demonstration|BD.81|
        On 4 August 2023, protesters torched a police station in Churachandpur (Manipur) during a protest against the killing of two students. [size=no report]|Riots|Violent demonstration|IN.17|

        # Riots / Mob violence
        On 18 June 2023, a mob lynched a man accused of theft in Kano (Kano).|Riots|Mob violence|NG.29|1
        On 4 May 2023, a mob of villagers torched houses in Churachandpur (Manipur).|Riots|Mob violence|IN.17|

        # Strategic developments / Agreement
        On 2 November 2022, the Ethiopian government and the TPLF signed a peace agreement in Pretoria (Gauteng).|Strategic developments|Agreement|ZA.06|
        On 27 July 2022, the government and the SPLM-N signed a ceasefire agreement in Kadugli (South Kordofan).|Strategic developments|Agreement|SD.50|

        # Strategic developments / Arrests
        On 5 June 2021, police arrested two members of IPOB in Owerri (Imo).|Strategic developments|Arrests|NG.28|
        On 19 April 2023, the NIA detained 3 suspected ISIS operatives in Pune (Maharashtra).|Strategic developments|Arrests|IN.16|
        On 7 September 2022, Taliban intelligence detained a journalist in Kabul (Kabul).|Strategic developments|Arrests|AF.13|

        # Strategic developments / Change to group/activity
        On 12 August 2023, the Nigerian army deployed additional troops to Gusau (Zamfara) to counter bandit activity.|Strategic developments|Change to group/activity|NG.57|
        On 22 January 2024, 45 Boko Haram fighters surrendered to the Nigerian army in Bama (Borno) with their families.|Strategic developments|Change to group/activity|NG.27|

        # Strategic developments / Disrupted weapons use
        On 29 December 2023, Ukrainian air defence shot down 11 Russian drones over Odesa region. No casualties reported.|Strategic developments|Disrupted weapons use|UA.17|0
        On 16 March 2023, FARDC sappers defused an IED planted near Beni (North Kivu).|Strategic developments|Disrupted weapons use|CD.11|
        On 3 April 2023, security forces found and defused a roadside bomb near Dera Ismail Khan (Khyber Pakhtunkhwa).|Strategic developments|Disrupted weapons use|PK.03|
        On 2 July 2023, Israeli air defences intercepted a rocket fired from Gaza over Sderot (Southern District). No casualties.|Strategic developments|Disrupted weapons use|IL.01|0

        # Strategic developments / Headquarters or base established
        On 14 February 2023, Wagner Group forces established a new base in Hombori (Mopti).|Strategic developments|Headquarters or base established|ML.04|
        On 1 August 2023, Al Shabaab militants set up a base in the village of Jowhar (Middle Shabelle).|Strategic developments|Headquarters or base established|SO.13|

        # Strategic developments / Looting/property destruction
        Property destruction: On 12 November 2022, unidentified perpetrators set fire to a church in Bulawayo (Bulawayo).|Strategic developments|Looting/property destruction|ZW.09|
        On 8 March 2023, RSF fighters looted the main market in Nyala (South Darfur).|Strategic developments|Looting/property destruction|SD.49|

        # Strategic developments / Non-violent transfer of territory
        On 11 November 2022, Russian forces withdrew from Kherson city (Kherson) to the left bank of the Dnipro river.|Strategic developments|Non-violent transfer of territory|UA.08|
        On 14 August 2023, MINUSMA handed over its camp in Ber (Tombouctou) to the Malian army.|Strategic developments|Non-violent transfer of territory|ML.08|

        # follow-ups and victims named before the attack word
        On 3 October 2022, around 300 students protested in Tehran (Tehran). Police used tear gas to disperse them.|Protests|Protest with intervention|IR.26|
        On 22 November 2023, suspected ADF rebels killed 11 villagers in an overnight attack near Beni (North Kivu).|Violence against civilians|Attack|CD.11|11
        On 15 February 2024, Pakistani security forces killed six militants in an operation in North Waziristan.|Battles|Armed clash|PK.03|6

        # Strategic developments / Other
        On 26 July 2023, members of the presidential guard staged a coup in Niamey (Niamey) and detained President Mohamed Bazoum.|Strategic developments|Other|NE.08|
        """)
    void codesTheNoteAsAcledDoes(String note, String type, String subtype, String admin1, String killed) {
        check(note, type, subtype, admin1, killed);
    }

    /** ACLED's spellings of admin-1 regions that GeoNames spells otherwise (curated aliases). */
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        On 2 June 2022, Al Shabaab militants attacked an SNA base in Mahaday (Middle Shabelle). The SNA repelled the attack. Fatalities: 12.|Battles|Armed clash|SO.13|12
        On 19 May 2023, Al Shabaab militants fired mortars at an AMISOM base in Baledogle (Lower Shabelle). Casualties unknown.|Explosions/Remote violence|Shelling/artillery/missile attack|SO.14|
        On 14 June 2023, RSF fighters raped 3 women in Ardamata (West Darfur).|Violence against civilians|Sexual violence|SD.47|
        On 19 September 2022, Israeli forces demolished a Palestinian house in Masafer Yatta (West Bank).|Strategic developments|Looting/property destruction|PS.WE|
        """)
    void acledRegionSpellings(String note, String type, String subtype, String admin1, String killed) {
        check(note, type, subtype, admin1, killed);
    }

    /** Without a publication date the note's own full date still dates the event. */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "On 16 February 2024, Russian forces shelled Krasnopillia, Sumy. No casualties reported.|2024-02-16",
        "Property destruction: On 12 November 2022, unidentified perpetrators set fire to a church in Bulawayo (Bulawayo).|2022-11-12",
    })
    void datesANoteWithoutPublicationDate(String note, String date) {
        Extraction x = EXTRACTOR.extract(new ArticleText("acled", null, note, null));
        assertThat(x.events()).isNotEmpty();
        assertThat(x.events().get(0).date()).isEqualTo(LocalDate.parse(date));
    }

    static void check(String note, String type, String subtype, String admin1, String killed) {
        Extraction x = EXTRACTOR.extract(new ArticleText("acled", null, note, eventDate(note)));
        String why = "\n" + EXTRACTOR.explain(new ArticleText("acled", null, note, eventDate(note)));
        List<ExtractedEvent> events = x.events();
        assertThat(events).as("events" + why).isNotEmpty();
        ExtractedEvent first = events.get(0);
        assertThat(first.type() + " / " + first.subtype()).as("type" + why).isEqualTo(type + " / " + subtype);
        if (admin1 != null) {
            String a1 = events.stream().map(e -> e.place() == null ? null : e.place().admin1Code())
                    .filter(c -> c != null).findFirst().orElse(null);
            assertThat(a1).as("admin-1" + why).isEqualTo(admin1);
        }
        Integer most = events.stream().map(ExtractedEvent::killed).filter(f -> f != null).map(Figure::low)
                .max(Integer::compare).orElse(null);
        if (killed == null) assertThat(most).as("killed" + why).isNull();
        else if (killed.equals("0")) assertThat(most == null || most == 0).as("killed " + most + why).isTrue();
        else assertThat(most).as("killed" + why).isEqualTo(Integer.parseInt(killed));
    }

    /**
     * The note's largest stated killed figure over its events is {@code killed}, and its largest injured figure
     * {@code injured} when given (a number, 0 for a stated zero).
     */
    static void checkFigures(String note, String killed, String injured) {
        ArticleText a = new ArticleText("acled", null, note, eventDate(note));
        List<ExtractedEvent> events = EXTRACTOR.extract(a).events();
        String why = "\n" + EXTRACTOR.explain(a);
        assertThat(events).as("events" + why).isNotEmpty();
        assertThat(most(events, true)).as("killed" + why).isEqualTo(Integer.valueOf(killed));
        if (injured != null) assertThat(most(events, false)).as("injured" + why).isEqualTo(Integer.valueOf(injured));
    }

    /** The largest stated figure among the events; null when none states one. */
    private static Integer most(List<ExtractedEvent> events, boolean killed) {
        return events.stream().map(e -> killed ? e.killed() : e.injured()).filter(f -> f != null).map(Figure::low)
                .max(Integer::compare).orElse(null);
    }

    static LocalDate eventDate(String note) {
        Matcher m = DATE.matcher(note);
        return m.find() ? LocalDate.parse(m.group(1), DMY) : ExtractorFixture.PUBLISHED;
    }
}
