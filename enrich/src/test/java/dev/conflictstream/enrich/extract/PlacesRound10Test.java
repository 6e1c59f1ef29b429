package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 10 (headlines and short reports from several regions), one table per rule. Columns: text | mention
 * (empty: the first event with an admin-1 region) | expected admin-1 ("-": the country; "(none)": no place of that
 * name), or text | the first event's country ("-": none) | killed.
 */
class PlacesRound10Test {
    /**
     * A name hyphenated to a patron's word ("Saudi-led", "Iran-backed", "Moscow-installed", "Russian-occupied",
     * "Turkish-made") or after "pro-" / "anti-" is the patron of a side, not the scene: it gives the event neither its
     * place nor its country and votes nothing, so a town after it keeps its own country. A side's home ("UK-based",
     * "Mexico-based") is no scene either.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Saudi-led warplanes strike a market in Hajjah, killing nine||YE.22
        Iran-backed fighters fire rockets at a base in Anbar||IQ.01
        US-led coalition drones hit a convoy near Raqqa||SY.04
        Russian-installed mayor says Ukrainian shells hit Nova Kakhovka||UA.08
        Moscow-backed separatists attack checkpoint near Horlivka||UA.05
        Pro-Russian gunmen seize police station in Kramatorsk||UA.05
        UK-based monitor says air strikes killed 11 in Idlib||SY.12
        Rwanda-backed M23 rebels shell Sake in North Kivu||CD.11
        Turkish-made drone hits a wedding party in Tigray||ET.53
        Mexico-based cartel gunmen shoot two men dead in Phoenix||US.AZ
        Russian-held Melitopol rocked by explosions, two dead||UA.26
        Saudi-led warplanes strike a market in Hajjah, killing nine|Saudi|-
        Russian-backed separatists shell Krasnohorivka||UA.05
        Iranian-backed militia rockets hit Balad air base||IQ.18
        """)
    void aPatronIsNotTheScene(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * With no other place named, a patron still gives the event no country, unless it controls an area of no one
     * country ("Indian-controlled Kashmir"); a town that is a side's home does, a country that is one does not.
     */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Russia-led militants shell village, two soldiers wounded|-
        Saudi-led coalition strikes kill 20 at a wedding|-
        UK-based monitor reports 12 dead in fresh shelling|-
        Kabul-based reporter shot dead by gunmen|AF
        Militants killed two soldiers in Indian-controlled Kashmir|IN
        Shelling kills three in Pakistani-controlled Kashmir|PK
        """)
    void aPatronGivesNoCountry(String text, String country) {
        Extraction x = ExtractorFixture.extract(text);
        String got = x.events().stream().map(e -> e.place() == null ? "-" : e.place().countryCode()).findFirst().orElse("(no event)");
        assertThat(got).as(EXTRACTOR.explain(new ArticleText("t", null, text, null))).isEqualTo(country);
    }

    /**
     * A capital an accusation names ("Kyiv blames Moscow", "points the finger at Tehran") is the accused government, a
     * side: no scene and no vote for the event's country, which the other names give. An accused country keeps its
     * vote: in a civil war the accused government is the scene's own ("Rebels accuse Ukraine of killing a militant").
     */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Three killed as Kyiv blames Moscow for missile strike|UA
        Islamabad accuses New Delhi of shelling, two villagers dead|PK
        Khartoum blames Abu Dhabi for drone strike that killed five|SD
        Baghdad points the finger at Tehran after rocket attack kills two|IQ
        Rebels accuse Ukraine of killing a militant|UA
        """)
    void anAccusedCapitalIsASide(String text, String country) {
        aPatronGivesNoCountry(text, country);
    }

    /**
     * A town's name before a street word names a street of the article's own town ("Washington Avenue, Waco", "Maiduguri
     * Road in Kano"): the mention takes the nearest other town; a road between two towns keeps its towns.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A man was shot in the 900 block of Washington Avenue, Waco police said.|Washington Avenue|US.TX
        Gunmen killed two traders on Maiduguri Road in Kano.|Maiduguri Road|NG.29
        Gunmen killed two traders on Maiduguri Road in Kano.||NG.29
        Police closed Falcon Street in London, Ont., after a stabbing.|Falcon Street|CA.08
        Two hurt as a car bomb exploded on Baghdad Street in Mosul|Baghdad Street|IQ.15
        A bomb hit a bus on the Kabul-Jalalabad Road, killing three.|Jalalabad|AF.18
        """)
    void aStreetIsInItsTown(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A headline's list of victims adds up: "Soldier, civilian killed" is 2, "Two officers, two rebels killed" 4, "Two
     * troops, one civilian killed" 3. Only a list that opens the sentence, each group a person noun with or without a
     * count: a count for two nouns ("34 soldiers, civilians killed"), a clause before a comma ("In Gao, two soldiers
     * killed"), a part ("Three soldiers, two of them officers, were killed") are no list.
     */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Soldier, medic killed in shelling of Kupiansk|2
        Policeman, child killed as bomb rips through Quetta market|2
        Two soldiers, three civilians killed in Sahel ambush near Djibo|5
        Three militiamen, one civilian die in Houthi shelling of Taiz|4
        Two cartel gunmen, a police officer shot dead in Culiacan firefight|3
        At least 34 soldiers, civilians killed in Borno attacks|34
        In Gao, two soldiers were killed by a roadside bomb|2
        Three soldiers, two of them officers, were killed near Kidal|3
        One civilian killed, 11 wounded in shelling of Kherson|1
        Five villagers, including a child, were killed in a raid near Mopti|5
        Two policemen, among them a commander, shot dead in Sinaloa|2
        """)
    void aHeadlineListOfVictimsAddsUp(String text, int killed) {
        ExtractedEvent e = ExtractorFixture.only(text);
        assertThat(e.killed()).as(EXTRACTOR.explain(new ArticleText("t", null, text, null))).isNotNull();
        assertThat(e.killed().low()).as(EXTRACTOR.explain(new ArticleText("t", null, text, null))).isEqualTo(killed);
    }

    /**
     * "since" ranks or bounds one incident when a superlative comes before it ("the deadliest day since August", like
     * "the first death since the truce") or a time of the same day after it ("since dawn", "since early morning", "since
     * the early hours"): the figure stays. "since 2014", "since the war began" stay tallies (no figure).
     */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
        Four soldiers killed near Bakhmut on the bloodiest day since August|4
        Car bomb kills 12 in Mogadishu, the deadliest attack since March|12
        Two civilians killed in shelling of Kharkiv since early morning, governor says|2
        Gunmen kill three farmers in Plateau state since dawn raids|3
        Militants kill 40 in Benue since the early hours of Sunday|40
        Police say 300 people have been killed in Mexico's Zacatecas since 2021|-
        More than 9,000 killed in Donbas since the conflict began|-
        """)
    void sinceAfterASuperlativeOrWithinTheDayIsNoTally(String text, Integer killed) {
        Extraction x = ExtractorFixture.extract(text);
        Integer got = x.events().stream().filter(e -> e.killed() != null).map(e -> e.killed().low()).findFirst().orElse(null);
        assertThat(got).as(EXTRACTOR.explain(new ArticleText("t", null, text, null))).isEqualTo(killed);
    }
}
