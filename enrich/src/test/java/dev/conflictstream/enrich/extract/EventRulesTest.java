package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.extract;
import static dev.conflictstream.enrich.extract.ExtractorFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventRulesTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "A Russian airstrike hit a residential building in Sumy.|Explosions/Remote violence|Air/drone strike",
        "Russian forces shelled Krasnopillia, Sumy.|Explosions/Remote violence|Shelling/artillery/missile attack",
        "A roadside bomb exploded in Lashkar Gah, killing two policemen.|Explosions/Remote violence|Remote explosive/landmine/IED",
        "A suicide bomber struck a checkpoint in Kandahar.|Explosions/Remote violence|Suicide bomb",
        "Ukrainian forces clashed with Russian troops near Sudzha.|Battles|Armed clash",
        "Ukrainian troops recaptured the village of Robotyne in Zaporizhzhia region.|Battles|Government regains territory",
        "Gunmen abducted a local official in Ghazni province.|Violence against civilians|Abduction/forced disappearance",
        "Police used tear gas to disperse protesters in Kiev.|Protests|Protest with intervention",
        "Hundreds of people held a protest in Lviv against corruption.|Protests|Peaceful protest",
        // a protest as the purpose of what people did, not a plan
        "Hundreds of farmers blocked roads near Amritsar to protest against the new procurement policy.|Protests|Peaceful protest",
        // the source at the end of the sentence is no party: worshippers are the victims
        "Gunmen attacked a church in Ondo state on Sunday, killing at least 22 worshippers, police said.|Violence against civilians|Attack",
        "A gunman opened fire at a rally in Butler, Pennsylvania, killing one spectator.|Violence against civilians|Attack",
        "The FSB arrested four alleged agents in Crimea.|Strategic developments|Arrests",
        "Air defence shot down 12 drones over Belgorod.|Strategic developments|Disrupted weapons use",
        "A Russian missile strike on the city of Kramatorsk killed two people.|Explosions/Remote violence|Shelling/artillery/missile attack",
    })
    void codesTheAcledTypeOfTheTrigger(String sentence, String type, String subtype) {
        ExtractedEvent e = only(sentence);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.subtype()).isEqualTo(subtype);
    }

    /**
     * Who acts decides the sub-type, not the word: protest words beat "coup", and "anti-coup" / "coup leaders"
     * are no coup; a person word modifying a place ("the rebel stronghold") is no arrest; territory follows the
     * taker (a state force in its own country regains it, a non-state group or a foreign force overtakes it).
     */
    @ParameterizedTest(name = "[{index}] {0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "Arakan Army seizes town in Rakhine state.|Battles|Non-state actor overtakes territory",
        "Myanmar Army seizes town in Rakhine state.|Battles|Government regains territory",
        "Police seize weapons in Kandahar.|Strategic developments|Disrupted weapons use",
        "Security forces seized a weapons cache in Helmand province.|Strategic developments|Disrupted weapons use",
        "Anti-coup protesters marched in Yangon on Monday.|Protests|Peaceful protest",
        "Supporters of the coup leaders rallied in Niamey on Sunday.|Protests|Peaceful protest",
        "Soldiers staged a coup in Niamey and detained the president.|Strategic developments|Other",
        "Army officers seized power in a coup in Ouagadougou.|Strategic developments|Other",
        "Government troops captured the rebel stronghold of Kidal.|Battles|Government regains territory",
        "Malian soldiers seized a militant-held village near Mopti.|Battles|Government regains territory",
        "Troops captured a rebel commander in Kidal.|Strategic developments|Arrests",
        "Houthi rebels recaptured the town of Harib.|Battles|Non-state actor overtakes territory",
        "Russian forces liberated Avdiivka.|Battles|Non-state actor overtakes territory",
        "Russian forces captured Avdiivka.|Battles|Non-state actor overtakes territory",
        "Ukraine's army recaptured Kupiansk.|Battles|Government regains territory",
        "Rebels said government forces retook Saraqib.|Battles|Government regains territory",
        "Ukrainian forces took control of Robotyne.|Battles|Government regains territory",
        "Taliban fighters took control of Bagram.|Battles|Non-state actor overtakes territory",
    })
    void theActorDecidesTheSubtype(String sentence, String type, String subtype) {
        ExtractedEvent e = only(sentence);
        assertThat(e.type() + " / " + e.subtype()).as(sentence).isEqualTo(type + " / " + subtype);
    }

    /** "took control of" takes a place only when one (or a territory noun) follows "of". */
    @ParameterizedTest(name = "[{index}] no event: {0}")
    @ValueSource(strings = {
        "Ukrainian forces took control of the situation in Kharkiv.",
        "Police took control of the crowd outside the parliament in Kyiv.",
    })
    void controlOfNoPlaceIsNoTerritory(String sentence) {
        assertThat(extract(sentence).events()).as(sentence).isEmpty();
    }

    /** A typing step that keeps the type and sub-type is not reported as precedence. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Hundreds of people held a protest in Lviv against corruption.",
        "Anti-coup protesters marched in Yangon on Monday."})
    void explainReportsOnlyRealPrecedence(String sentence) {
        String trace = ExtractorFixture.EXTRACTOR.explain(new ArticleText("t", null, sentence, ExtractorFixture.PUBLISHED));
        assertThat(trace).doesNotContain("precedence:");
    }

    /** The drone paragraph after a shelling report is its own event: disrupted weapons use, no deaths. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Three civilians were killed and five others injured when Russian forces shelled the town of Kupiansk in the Kharkiv region on Friday evening.\n\nSeparately, Ukrainian air defence forces said they shot down 23 of 40 drones launched by Russia overnight over the Kharkiv, Poltava and Sumy regions. No casualties were reported.",
        "Ukrainian air defence forces said they shot down 23 of 40 drones launched by Russia overnight over the Kharkiv, Poltava and Sumy regions. No casualties were reported.",
    })
    void shotDownDronesAreDisruptedWeaponsUse(String text) {
        var drones = extract(text).events().stream()
                .filter(e -> e.evidenceEnd() > text.indexOf("shot down")).toList();
        assertThat(drones).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("Strategic developments");
            assertThat(e.subtype()).isEqualTo("Disrupted weapons use");
            assertThat(e.killed() == null || e.killed().low() == 0).as("killed " + e.killed()).isTrue();
        });
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Russia's Federal Security Service said it had detained two men in Belgorod suspected of spying for Ukraine.|RU.09",
        "The FSB said on Friday it had detained two men in Belgorod.|RU.09",
        "The FSB has announced the arrest of four alleged agents in the annexed Crimean Peninsula.|UA.11",
    })
    void arrestsArePlacedWhereTheTextPlacesThem(String sentence, String admin1) {
        ExtractedEvent e = only(sentence);
        assertThat(e.subtype()).isEqualTo("Arrests");
        assertThat(e.place().admin1Code()).isEqualTo(admin1);
        assertThat(e.killed()).isNull();
    }

    @ParameterizedTest(name = "[{index}] no event: {0}")
    @CsvSource(delimiter = '|', value = {
        "The captured territory could play a crucial role in future negotiations.",
        "These individuals are accused of planning attacks on senior officers in Russia.",
        "Kyiv warned that Russia could attack Kharkiv again.",
        "Ukraine is ready to establish a corridor for civilians in the Kursk region, should Russia formally request it.",
        "If Russia launches an offensive on Sumy, the city will be evacuated.",
        "Since August 2024, Ukraine has held parts of the Kursk region after a surprise offensive.",
        "Eight Ukrainian children previously abducted by Russian authorities in Crimea have been returned home.",
        "The U.S. Department of Justice decided to dismantle a task force enforcing sanctions against Russian oligarchs.",
        "Officials have not provided details of the fighting in Donetsk.",
        "Farmers plan to protest in Amritsar next week.",
        "Farmers threatened to protest in Amritsar.",
        // a storm is weather unless people storm something
        "Storm damages homes in Florida.",
        // the toll of a background sentence, without a trigger or a date of its own, is background too
        "In 2014, separatists seized the airport in Donetsk. Dozens were killed.",
    })
    void hypotheticalsPlansDenialsAndRecapsAreNotEvents(String sentence) {
        assertThat(extract(sentence).events()).as(sentence).isEmpty();
    }

    /** Published on Friday 7 February 2025; precision as ACLED's: 1 day, 2 week (midpoint), 3 month (midpoint). */
    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "Russian forces shelled Kharkiv yesterday.|2025-02-06|1",
        "Russian forces shelled Kharkiv overnight.|2025-02-06|1",
        "Russian forces shelled Kharkiv on Tuesday.|2025-02-04|1",
        "Russian forces shelled Kharkiv on 5 February.|2025-02-05|1",
        "Russian forces shelled Kharkiv on Feb. 3, 2025.|2025-02-03|1",
        "Russian forces shelled Kharkiv.|2025-02-07|1",
        // week: the middle of last week (Mon 27 Jan - Sun 2 Feb), of this week so far, the last weekend
        "Russian forces shelled Kharkiv last week.|2025-01-30|2",
        "Russian forces shelled Kharkiv earlier this week.|2025-02-05|2",
        "Clashes broke out in Kharkiv over the weekend.|2025-02-01|2",
        "Clashes in recent days near Pokrovsk killed 12 soldiers.|2025-02-04|2",
        // month: the middle of last month, of this month so far, early/late parts
        "Russian forces shelled Kharkiv last month.|2025-01-15|3",
        "Earlier this month, protesters gathered in Kyiv.|2025-02-04|3",
        "In late January, militants attacked a checkpoint in Kandahar province.|2025-01-25|3",
        // a stated day beats the span
        "Russian forces shelled Kharkiv last week, on 31 January.|2025-01-31|1",
        "Clashes broke out in Kharkiv this weekend.|2025-02-01|2",
        "Clashes in the past few days near Pokrovsk killed 12 soldiers.|2025-02-04|2",
        "In mid-January, militants attacked a checkpoint in Kandahar province.|2025-01-15|3",
        "In early February, militants attacked a checkpoint in Kandahar province.|2025-02-05|3",
        // a month not yet begun is a plan, not a date: the publication date
        "Russian forces shelled Kharkiv, and talks are planned in March 2026.|2025-02-07|1",
    })
    void resolvesDatesAgainstPublication(String sentence, String date, int precision) {
        assertThat(only(sentence).date()).isEqualTo(LocalDate.parse(date));
        assertThat(only(sentence).datePrecision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "[{index}] {0} claimed by {1}")
    @CsvSource(delimiter = '|', value = {
        "On the ground in Kursk, the Russian Defense Ministry claims to have repelled a Ukrainian counteroffensive.|Russian Defense Ministry",
        "A Russian airstrike hit Sumy, according to local authorities.|local authorities",
    })
    void keepsAttributionAndLowersConfidence(String sentence, String by) {
        ExtractedEvent e = only(sentence);
        assertThat(e.claimedBy()).isEqualTo(by);
        assertThat(e.confidence()).isLessThan(0.75);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Russian troops attacked Ukrainian positions near Avdiivka.|Military Forces of Russia",
        "Kiev troops shelled Donetsk, the militia said.|Military Forces of Ukraine",
    })
    void normalisesActors(String sentence, String actor) {
        assertThat(only(sentence).actors()).contains(actor);
    }

    @ParameterizedTest(name = "[{index}] evidence of {0}")
    @CsvSource(delimiter = '|', value = {"Peace talks stalled. Russian forces shelled Kharkiv on Tuesday. Markets rose."})
    void evidenceIsTheSentence(String text) {
        ExtractedEvent e = only(text);
        assertThat(text.substring(e.evidenceStart(), e.evidenceEnd())).isEqualTo("Russian forces shelled Kharkiv on Tuesday");
    }

    /**
     * ACLED's sub-event definitions, told in the news styles of several regions: one event per battle with its
     * supporting fire, one-sided killing of unarmed people, unorganised groups fighting, protests left alone,
     * landmines and unexploded ordnance, combat told by its result, and movements of forces.
     */
    @ParameterizedTest(name = "[{index}] {0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        // one event: a clash with shelling or air strikes in its support is the battle
        "Government troops clashed with RSF fighters in El Fasher, backed by artillery and drones.|Battles|Armed clash",
        "Fighting raged near Chasiv Yar as Russian artillery shelled Ukrainian positions.|Battles|Armed clash",
        "A patrol came under fire near Kidal and was fired upon with grenade launchers.|Battles|Armed clash",
        // one-sided violence against unarmed people
        "A shopkeeper was shot and killed outside his store in Baltimore on Sunday, police said.|Violence against civilians|Attack",
        "Two farmers were attacked and wounded near Djibo by unidentified armed men.|Violence against civilians|Attack",
        "The bodies of three herders were found dead near Menaka on Tuesday.|Violence against civilians|Attack",
        "Unknown assailants stabbed a trader to death in the market of Beledweyne.|Violence against civilians|Attack",
        // unorganised groups: among themselves mob violence, against the police a violent demonstration
        "Supporters of two rival parties clashed with sticks and stones in Chittagong, leaving 15 injured.|Riots|Mob violence",
        "Villagers from two communities fought over grazing land near Bauchi.|Riots|Mob violence",
        "Opposition supporters clashed with police in Nairobi after the results were announced.|Riots|Violent demonstration",
        // armed men in the fight keep it a battle
        "Militants clashed with villagers' self-defence fighters near Mopti.|Battles|Armed clash",
        // a protest the police left alone
        "Hundreds of students protested in Dhaka; police did not intervene and no arrests were made.|Protests|Peaceful protest",
        "Farmers rallied in front of parliament in Islamabad; no arrests were reported.|Protests|Peaceful protest",
        // landmines and unexploded ordnance
        "A boy was killed by unexploded ordnance in a field near Izium.|Explosions/Remote violence|Remote explosive/landmine/IED",
        "A minibus hit a mine on the road between Gao and Ansongo, killing six passengers.|Explosions/Remote violence|Remote explosive/landmine/IED",
        "A shepherd stepped on a land mine near Marib and lost a leg.|Explosions/Remote violence|Remote explosive/landmine/IED",
        "Militants blew up a bridge near Dera Ismail Khan overnight.|Explosions/Remote violence|Remote explosive/landmine/IED",
        // the means as the object: struck with a drone
        "Ukrainian forces struck a Russian ammunition depot in Oleshky with a kamikaze drone.|Explosions/Remote violence|Air/drone strike",
        // combat told by its result or its movement
        "Ukrainian forces destroyed two Russian tanks near Velyka Novosilka on Monday.|Battles|Armed clash",
        "The brigade eliminated a group of Russian soldiers near Kupiansk.|Battles|Armed clash",
        "Russian troops advanced west of Pokrovsk and broke through near Kotlyne.|Battles|Armed clash",
        "The battalion lost 30 soldiers near Kreminna on Thursday.|Battles|Armed clash",
        // movements of forces
        "Ukrainian reinforcements reached Kurakhove on Wednesday.|Strategic developments|Change to group/activity",
        "Sudanese army troops were massing south of Omdurman on Friday.|Strategic developments|Change to group/activity",
    })
    void codesSubEventTypesAsTheCodebookDefinesThem(String sentence, String type, String subtype) {
        ExtractedEvent e = only(sentence);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.subtype()).isEqualTo(subtype);
    }

    /** A front-wide daily tally of losses is a claim about the war, not an incident. */
    @ParameterizedTest(name = "[{index}] no event: {0}")
    @ValueSource(strings = {
        "The enemy lost 900 soldiers in the last 24 hours, the General Staff said.",
        "Over the past day Ukrainian forces destroyed 12 tanks and 30 armoured vehicles, the ministry claimed.",
        "The new furnace design means costly feed preparation is eliminated.",
        "Advanced weapons were on display at the parade in Pyongyang.",
    })
    void talliesAndOtherSensesOfResultWordsAreNoEvents(String sentence) {
        assertThat(extract(sentence).events()).isEmpty();
    }
}
