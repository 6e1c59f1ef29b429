package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.extract;
import static dev.conflictstream.enrich.extract.ExtractorFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceRulesTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} precision {2}")
    @CsvSource(delimiter = '|', value = {
        "Fighting continued southeast of Sudscha on Thursday.|RU.41|2",
        "Fighting continued in Sudzha.|RU.41|1",
        "A Russian airstrike on the Sumy region killed two people.|UA.21|3",
        "During an operation in Andar district, Ghazni province, the force killed two insurgents.|AF.08|3",
        "3 DPR civilians killed in shelling by Ukrainian troops.|UA.05|3",
        "Two Ukrainian soldiers killed in Donbas.|UA.05|3",
        "Kiev troops shelled Gorlovka overnight, killing one.|UA.05|1",
        "Shelling in Zaporozhye killed two.|UA.26|1",
        "Russian missiles struck Kharkov.|UA.07|1",
        "Fighting raged in the Kursk region.|RU.41|3",
        "Four FSB agents were arrested in the annexed Crimean Peninsula.|UA.11|3",
        "Clashes broke out in Odessa.|UA.17|1",
        "DPR militiaman killed in shelling by Ukraine's military|UA.05|3",
        "3 rebels, 2 civilians killed in Ukraine assault on Slavyansk: insurgents|UA.05|1",
        "With tears and anger, Slavyansk buries its dead|UA.05|1",
        "Young girl among six killed in Donetsk|UA.05|1",
        "Heavy Fighting Near Avdiivka as Russian Assaults Continue|UA.05|2",
        // a bare compass noun is the part of the article's country that the curated "eastern Ukraine" names
        "Two Ukrainian soldiers killed in the separatist east: Kiev military|UA.05|3",
        "Ukrainian serviceman killed in clashes in Ukraine's rebel east|UA.05|3",
        "Four Ukrainian civilians killed in war-torn east as shelling resumes|UA.05|3",
        // a capital as a source or owner of an attack is the government; a venue of talks is not the scene
        "LPR says two militiamen killed in Kiev's shelling|UA.14|3",
        "Two militiamen killed in Kiev’s attack, LPR command says|UA.14|3",
        "Five Ukrainian soldiers killed in rebel east ahead of Minsk peace talks|UA.05|3",
        "Two DPR fighters killed in attack by Ukrainian regiment Azov|UA.05|3",
        // the operation zone in Donbas is named like Donbas itself, as the scene or as the reporting side
        "Two Ukrainian servicemen wounded in JFO area on Tuesday|UA.05|3",
        "Ukrainian serviceman killed by sniper fire - JFO HQ|UA.05|3",
        // a name the gazetteer knows with its region word is that region, not the city region of the name
        "Air defence shot down 14 drones over Kyiv region overnight.|UA.13|3",
        "Two people were injured when debris fell on a house in the Kiev region.|UA.13|3",
        "Russian missiles struck Kyiv overnight, killing three.|UA.12|1",
        // a weapon's name is no scene; the means of an attack on a town leaves the town its name
        "Russian forces fired Grad rockets at Nikopol overnight.|UA.04|1",
        // the state named after the town decides between namesakes
        "A man was shot and wounded in Portland, OR, on Sunday night.|US.OR|1",
        "Police arrested two men after a shooting in Athens, GA on Friday.|US.GA|1",
        "Two people were killed in a shooting in Charleston, W.Va., on Monday.|US.WV|1",
        "Rep. John Doe, R-S.C., said a man was shot dead in Columbia on Friday.|US.SC|1",
        "Two people were wounded in a Nikopol drone attack on Friday.|UA.04|1",
        // protesters are where they protest: a capital before them is the scene, not the government
        "Special police shot Kiev protesters, an inquiry says.|UA.12|1",
        // a unit named after a place is no scene
        "Fighters of the Azov regiment clashed with Russian troops near Pokrovsk.|UA.05|2",
    })
    void resolvesEventPlaceToAdmin1(String sentence, String admin1, int precision) {
        ExtractedEvent e = only(sentence);
        assertThat(e.place()).isNotNull();
        assertThat(e.place().admin1Code()).isEqualTo(admin1);
        assertThat(e.geoPrecision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "The attack in Ankara, the Turkish capital, was condemned.|Ankara|TR",
        "Flooding hit Paris, Texas, on Monday.|Paris|US",
        "Officials in Paris and Lyon met on Monday.|Paris|FR",
        "Protesters gathered in Washington on Sunday.|Washington|US",
        // a city named after a broadcaster's name is no surname: later mentions stay places
        "The mayor told CBC Toronto he was worried. Flooding closed roads across Toronto.|Toronto|CA",
        // dotted initials of a province or state after "Town,"
        "A man from Vancouver, B.C., was killed in the crash.|Vancouver|CA",
        "A man from Vancouver, B.C., was killed in the crash.|B.C|CA",
        "Police in Columbia, S.C., arrested two men.|Columbia|US",
        "Wildfires forced thousands from their homes in B.C. on Monday.|B.C|CA",
        "Gangs set fire to the main prison in Port-au-Prince on Saturday.|Port-au-Prince|HT",
        // postal codes after "Town," (from the gazetteer's own US codes), "W.Va.", a party and a state
        "A man was shot in Portland, OR, on Sunday.|OR|US",
        "A man was shot in Portland, OR, on Sunday.|Portland|US",
        "Two people died in a house fire in Charleston, W.Va., on Monday.|W.Va|US",
        "Sen. Jane Roe, D-S.C., toured the flooded area.|S.C|US",
    })
    void reportsEveryMentionWithContextAwareResolution(String text, String mention, String country) {
        assertMention(text, mention, country);
    }

    /** A town after "of" or "in" stays a town whoever speaks next; capitals speak for their governments. */
    @ParameterizedTest(name = "[{index}] {0}: {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "\"We are terrified,\" one resident of Tabriz told the BBC.|Tabriz|IR",
        "Police in Kherson said two people were wounded.|Kherson|UA",
        "Nairobi said the talks would resume.|Nairobi|KE",
    })
    void townsSpokenOfOrForStayPlaces(String text, String mention, String country) {
        assertMention(text, mention, country);
    }

    private static void assertMention(String text, String mention, String country) {
        PlaceMention m = extract(text).places().stream().filter(p -> p.mention().equals(mention)).findFirst().orElseThrow();
        assertThat(m.place().countryCode()).isEqualTo(country);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(mention);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} is not a place")
    @CsvSource(delimiter = '|', value = {
        "U.S. President Donald Trump met Russian President Vladimir Putin.|Donald",
        "Former U.S. Army General Ben Hodges called for more support.|Ben",
        "Students at Ankara University protested.|Ankara University",
        // a given name that is also a town, then the surname; the surname alone later is the same person
        "Christopher Steele wrote the report. Steele said he stood by it.|Christopher",
        "Christopher Steele wrote the report. Steele said he stood by it.|Steele",
        "Former U.S. Army General Ben Hodges spoke first. Hodges said the line would hold.|Hodges",
        "The outbreak spread across West Africa.|Africa",
        // acronyms name places only by primary names and curated aliases; compass words alone are no names
        "Cabin crew at BA are preparing to strike.|BA",
        "The city was founded around 500 B.C. by traders.|B.C",
        "The temple dates from the 5th century B.C. and was damaged.|B.C",
        "Rain fell across the Western and Central parts of the country.|Western",
        "The European Commission proposed new rules.|European",
        "Cases were reported in North America and Asia.|America",
        // a lone town name speaking at the head of a clause is a person; later mentions of the surname too
        "Lincoln told reporters that the county would appeal.|Lincoln",
        "\"We were lucky,\" Tyler said after the storm. Tyler said the roof held.|Tyler",
        // a name before a weapon is the weapon's
        "Russian forces fired Grad rockets at Nikopol overnight.|Grad",
        "A Caesar howitzer was destroyed near Bakhmut.|Caesar",
        // an abbreviated rank is no place, and the name after it is a person's, even a region's name
        "Gen. Austin Miller said the Taliban attacked a checkpoint.|Gen",
        "Gen. Austin Miller said the Taliban attacked a checkpoint.|Miller",
        "Col. Kent Solheim said the brigade would deploy.|Kent",
        "Maj. Gen. Patrick Ryder told reporters the strike hit a depot.|Patrick",
        "Maj. Gen. Patrick Ryder told reporters the strike hit a depot.|Ryder",
    })
    void personAndOrganisationNamesAreNotPlaces(String text, String notPlace) {
        assertThat(extract(text).places()).noneMatch(p -> p.mention().equals(notPlace));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // continents, seas and regions of no one country: mentions with a point, no country
        "The outbreak spread across West Africa.|West Africa|-|-",
        "Cases were reported in North America and Asia.|North America|-|-",
        "Cases were reported in North America and Asia.|Asia|-|-",
        "Migrants drowned in the Mediterranean on Sunday.|Mediterranean|-|-",
        // a direction before a continent can be a country's own name
        "New research findings from South Africa were published.|South Africa|ZA|-",
        // a stop word in capitals that names a country
        "The remains of a US soldier who died in Texas were tested.|US|US|-",
        "He returned to the US on emergency leave.|US|US|-",
        // counties, departments and provinces finer than GeoNames' admin-1, under their admin-1 region
        "Bird flu was found on a farm in Suffolk, England.|Suffolk|GB|GB.ENG",
        "Police in Surrey and Sussex made arrests after the match in London.|Surrey|GB|GB.ENG",
        // US counties, named with their "County" word; the state named with them picks the namesake
        "A crash on a rural road in Monroe County, Indiana, killed one driver.|Monroe County|US|US.IN",
        "Deputies in Scott County, Iowa, arrested two men on Friday.|Scott County|US|US.IA",
        "Flooding hit villages in Pangasinan province in the Philippines.|Pangasinan province|PH|PH.01",
        // a region inside one country: the country, no admin-1
        "Rebels attacked a camp in Darfur.|Darfur|SD|-",
    })
    void areasAndSubRegionsAreMentions(String text, String mention, String country, String admin1) {
        PlaceMention m = extract(text).places().stream().filter(p -> p.mention().equals(mention)).findFirst().orElseThrow();
        assertThat(m.place().countryCode()).isEqualTo(country);
        assertThat(m.place().admin1Code()).isEqualTo(admin1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Gunmen killed three people in Darfur on Monday.|SD|-",
        "Two people were killed in clashes in Fife on Saturday.|GB|GB.SCT",
        // a continent or a sea is never an event's place: the country named with it is
        "Police fired tear gas at protesters in Nairobi, the largest city of East Africa.|KE|KE.05",
    })
    void areasPlaceEventsOnlyWithinOneCountry(String text, String country, String admin1) {
        assertThat(only(text).place().countryCode()).isEqualTo(country);
        assertThat(only(text).place().admin1Code()).isEqualTo(admin1);
    }

    /** A facility named after its town places the event in the town; "Kiev troops" stays a side. */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "M23 rebels seize Goma airport.|Goma",
        "Shelling hit Kharkiv hospital, killing three.|Kharkiv",
    })
    void facilitiesPlaceTheEventInTheirTown(String text, String town) {
        assertThat(only(text).place().mention()).isEqualTo(town);
        assertThat(only(text).place().geonameId()).isNotNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // a remembered surname written as a place is the place
        "Officer Jackson spoke to reporters. Two people were killed in Jackson, Mississippi, on Monday.|US.MS",
        // a title-case headline is no person's name
        "Russian Shelling Hits Kurakhove. Two civilians were killed in Kurakhove on Monday.|UA.05",
    })
    void surnamesDoNotHidePlaces(String text, String admin1) {
        assertThat(extract(text).events()).isNotEmpty().allMatch(e -> e.place() != null && admin1.equals(e.place().admin1Code()));
    }

    @Test
    void aSeaAloneLeavesTheEventUnplaced() {
        ExtractedEvent e = only("Pirates attacked a cargo ship in the Gulf of Aden on Monday, killing two sailors.");
        assertThat(e.place()).isNull();
        assertThat(extract("Pirates attacked a cargo ship in the Gulf of Aden.").places())
                .anyMatch(p -> p.mention().equals("Gulf of Aden") && p.place().countryCode() == null);
    }

    @ParameterizedTest(name = "[{index}] {0}: event not placed at the actor")
    @CsvSource(delimiter = '|', value = {"Kiev troops shelled Gorlovka.|UA.05"})
    void actorNamesAreNotEventPlaces(String text, String admin1) {
        assertThat(only(text).place().admin1Code()).isEqualTo(admin1);
    }

    /**
     * A capital named as the government's voice or a venue of talks is no scene: the event stays at region level in the
     * country, in the region such events most likely lie in (places round 14, {@link CountryDefaults}), never the capital.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Three Ukrainian soldiers killed in past 24 hours: Kiev military",
        "One Ukrainian serviceman killed in separatist attacks - Kiev military",
        "Four killed in Ukraine ahead of Paris peace summit",
        "Two killed in Ukraine ahead of Minsk talks",
    })
    void governmentAndVenueNamesDoNotPlaceTheEvent(String text) {
        ExtractedEvent e = only(text);
        assertThat(e.place().countryCode()).isEqualTo("UA");
        assertThat(e.place().admin1Code()).isNotEqualTo("UA.12");
        assertThat(e.geoPrecision()).isEqualTo(3);
    }

    @ParameterizedTest(name = "[{index}] {0}: no compass region")
    @CsvSource(delimiter = '|', value = {
        "Ukrainian troops advanced on the town from the east.|east",
        "Shelling hit a village east of Donetsk on Monday.|east",
        "Ukrainian forces regrouped on the eastern front.|eastern",
        "A restaurant in Brisbane's inner-west on Friday was closed.|west",
        "The storm moved into the west of Australia on Tuesday.|west",
    })
    void compassWordsOutsideRegionUseAreNotPlaces(String text, String word) {
        assertThat(extract(text).places()).noneMatch(p -> p.mention().equals(word));
    }
}
