package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtyRulesTest {

    @ParameterizedTest(name = "[{index}] {0} -> killed {1} {2}")
    @CsvSource(delimiter = '|', value = {
        // "last week" dates one event; "over the past week" is a window (no figure, see below)
        "Clashes between rival militias in Tripoli killed 55 people last week, the health ministry said.|55|EXACT",
        "An Afghan and coalition security force killed two insurgents in Nad-e Ali district, Helmand province, yesterday.|2|EXACT",
        "During a security operation in Andar district, Ghazni province, yesterday, an Afghan and coalition force killed the Taliban leader, Alaudin.|1|EXACT",
        "A Russian airstrike on the Sumy region resulted in the deaths of at least two individuals, according to local authorities.|2|AT_LEAST",
        "3 DPR civilians killed, 3 wounded in shelling by Ukrainian troops in Donetsk.|3|EXACT",
        "Two activists shot dead during protests in Kiev.|2|EXACT",
        "Militiaman killed as Kiev troops shell Donetsk, says militia spokesman.|1|EXACT",
        "More than 430 people were killed when shells hit the market in Donetsk.|431|MORE_THAN",
        "A combined force killed a Taliban leader and two of his associates in Balkh province.|3|EXACT",
        "The force killed more than a dozen armed insurgents in Kunar province.|13|MORE_THAN",
        "Three soldiers and two civilians were killed in shelling near Avdiivka.|5|EXACT",
        "Twenty-one killed in eastern Ukraine as ceasefire falters.|21|EXACT",
        "Dozens of civilians were killed in an air strike on Aleppo.|12|VAGUE",
        "Between 30 and 50 fighters were killed in clashes near Kandahar.|30|RANGE",
        "Shelling of Horlivka killed one civilian and wounded four others.|1|EXACT",
        "Three civilians were killed and five others injured when Russian forces shelled the town of Kupiansk.|3|EXACT",
        "The number of people killed in a Russian air strike on a residential building in the Sumy region on Thursday has risen to three, regional officials said, while eleven people were wounded.|3|EXACT",
        "The death toll from the missile strike on Kramatorsk rose to 12, officials said.|12|EXACT",
        "The number of dead in the shelling of Donetsk has risen to at least seven.|7|AT_LEAST",
        "Two soldiers were killed when a missile hit three buses near Sumy.|2|EXACT",
        "Responding to the threat, the security force engaged the male in Khost province, killing him.|1|EXACT",
        "An operation in Tarin Kowt district, Uruzgan province, resulted in the death of Maulawi Tayeb, a Taliban leader.|1|EXACT",
        "Afghan and coalition forces killed al-Qaeda associated Taliban leader, Wali, during an operation in Kunar province.|1|EXACT",
        "A security force killed Taliban leader, Mahjur, along with one other insurgent, during an operation in Kunar province.|2|EXACT",
        "Also killed in the strike in Kunar province were more than a dozen armed insurgents.|13|MORE_THAN",
        "An Afghan-international security force killed a few militants in Ghazni province.|3|VAGUE",
        "One civilian killed, 11 wounded in Ukrainian army's shelling near Donetsk.|1|EXACT",
        "Young girl among six killed in east Ukraine.|6|EXACT",
        "During the operation in Helmand province several insurgents presented an immediate threat to the combined force and were killed, two men were taken into custody.|3|VAGUE",
        "Forces in Kandahar province spotted three suspected insurgents. As the force attempted to detain the insurgents, the insurgents fired and were subsequently killed.|3|EXACT",
        "In Kunar, several armed militants threatened the combined element. The armed militants, one of them the targeted Taliban commander, were all killed.|3|VAGUE",
        "In Imam Sahib district, Kunduz province, Afghan and coalition forces killed a local Taliban commander and one suspected insurgent and detained two additional suspected insurgents.|2|EXACT",
        "A patrol killed a Taliban leader in Tagab district, Kapisa province. One local national child was killed during the operation.|2|EXACT",
        "One convict killed, 106 flee as shells hit east Ukraine jail.|1|EXACT",
        "Several armed men were killed in Helmand province. During the operation four men were killed when they presented a threat.|4|EXACT",
        // a comma ends the object: the injury count after it is its own clause
        "Russian shelling of Kherson kills two, wounds five - governor|2|EXACT",
        // counted breaches and attacks are not people; the singular victim is the figure
        "Ukrainian serviceman killed amid six ceasefire breaches in Donbas|1|EXACT",
        // a named victim (first and last name) before the verb
        "52-year-old Petro Marchenko was killed by a sniper near Avdiivka on Tuesday.|1|EXACT",
        "Volunteer medic Oksana Lytvyn killed in shelling of Marinka|1|EXACT",
        // one death: a singular death with "first" / "another", or "death of" a singular victim, even "since" the truce
        "Ukraine reports first combat death since Easter truce in Donbas|1|EXACT",
        "DPR reports death of militia fighter in shelling near Horlivka|1|EXACT",
        // media and civilian trades are singular victims too
        "Italian photographer killed in mortar fire near Sloviansk|1|EXACT",
        // a participle before "and" has no object: the count after it is the next verb's
        "In Zharay district, Kandahar province, a combined force conducted an operation resulting in one insurgent commander killed and three suspected insurgents detained.|1|EXACT",
        // a range may start with a word and end with digits
        "Initial reports indicate five to 9 insurgents were killed in the strike in Khost province.|5|RANGE",
        // a named or singular victim joined to a counted group
        "Mullah Rahim and two of his fighters were killed in an airstrike in Paktika province.|3|EXACT",
        "The commander and four of his guards were killed when the strike hit a compound in Kunar province.|5|EXACT",
        "The precision strike killed Rahim and several other insurgents in Nangarhar province.|4|VAGUE",
        // "responsible for" is a profile only right before the death word (or its relative clause), not a speaker's title
        "The police officer responsible for security in Kandahar said two soldiers were killed in an ambush.|2|EXACT",
        "A spokesman responsible for the northern region told reporters that three civilians were killed in Gao.|3|EXACT",
        // taken and then killed: the same victims, all dead
        "Militants captured and killed three soldiers near Kidal|3|EXACT",
        "Four policemen were abducted and killed by gunmen in Kandahar province.|4|EXACT",
        // a place before "and N" is no victim; a person noun or a name is
        "Militants attacked a checkpoint in Gao and two soldiers were killed.|2|EXACT",
        "Gunmen ambushed a convoy near Nova Kakhovka and three civilians were killed.|3|EXACT",
        // a death toll is a count, not one death
        "The latest death toll from the shelling of Kharkiv is 40.|40|EXACT",
        "The new death toll from the missile strike on Dnipro stands at 12, officials said.|12|EXACT",
        // a subject count before a passive pair of harms stays the killed figure (ISAF's coding)
        "Initial reports indicate eight to 12 insurgents were killed or injured in the strike in Takhar province.|8|RANGE",
    })
    void readsKilledFigures(String sentence, int low, Qualifier q) {
        ExtractedEvent e = only(sentence);
        assertThat(e.killed()).as("killed").isNotNull();
        assertThat(e.killed().low()).isEqualTo(low);
        assertThat(e.killed().qualifier()).isEqualTo(q);
    }

    @org.junit.jupiter.api.Test
    void alsoKilledAddsToTheEventThatLastReportedDeaths() {
        String text = "The insurgent, known as Mahmood, was killed in an airstrike in Bar Kunar district, Kunar province, "
                + "Saturday.\n\nThe strike was the result of efforts to track down insurgents involved in attacks.\n\n"
                + "Also killed in the strike were more than a dozen armed insurgents.";
        assertThat(ExtractorFixture.extract(text).events()).anySatisfy(e -> assertThat(e.killed().low()).isEqualTo(14));
    }

    @ParameterizedTest(name = "[{index}] {0} -> killed {1}")
    @CsvSource(delimiter = '|', value = {
        // a lead that sums the operation up, then its details (each death told again): the lead's count
        "An Afghan and coalition force killed three insurgents in Nad-e Ali district, Helmand province, yesterday. The force came under fire from a compound. One insurgent was killed as he aimed a rifle at the force. A second insurgent was subsequently killed. When the third man fired on the force, he was also killed.|3",
        "An air weapons team killed more than 20 insurgents in Pech district, Kunar province, overnight. Several additional armed insurgents were killed as they moved to a nearby ridge.|21",
        // no stated lead count: the engagements add up
        "During a clearing operation in Marjah district, Helmand province, insurgents attacked the combined force. The force returned fire, killing two insurgents. Later, a group of six armed insurgents approached the force and an air weapons team engaged them, killing all six insurgents.|8",
        "Coalition forces killed several insurgents in Zharay district, Kandahar province, yesterday. The force engaged them, killing three insurgents. An air weapons team then engaged a second group, killing five insurgents.|8",
        // a lead about one victim sums nothing up: "a second insurgent" is one more
        "An insurgent was killed by the security force in Shah Wali Kot district, Kandahar province. A second insurgent was killed as he tried to flee.|2",
        // a count marked as more ("three more", "two other", "several more", "another two") adds to the lead
        "Two soldiers were killed in the attack. Three more soldiers were killed later that day.|5",
        "Troops killed three insurgents near the village. Two other insurgents were also killed.|5",
        "Gunmen killed four people in the market. Several more people died in hospital.|7",
        "Shelling killed six civilians in Kherson. Another two civilians died of their wounds overnight.|8",
        "A roadside bomb killed two policemen in Kandahar province. Three additional policemen were killed in a second blast.|5",
        // ... but a vague "several additional" is within an open lead ("more than 30")
        "An air weapons team killed more than 30 insurgents in Ghaziabad district, Kunar province, overnight. Several additional armed individuals were positively identified and killed over the course of the engagement.|31",
    })
    void addsUpAPressRelease(String text, int low) {
        ExtractedEvent e = only(text);
        assertThat(e.killed()).as("killed").isNotNull();
        assertThat(e.killed().low()).isEqualTo(low);
    }

    @ParameterizedTest(name = "[{index}] {0} -> injured {1}")
    @CsvSource(delimiter = '|', value = {
        "3 DPR civilians killed, 3 wounded in shelling by Ukrainian troops in Donetsk.|3",
        "Shelling of Horlivka killed one civilian and wounded four others.|4",
        "A roadside bomb injured five policemen in Kandahar city.|5",
        "Three civilians were killed and five others injured when Russian forces shelled the town of Kupiansk.|5",
        "The number of people killed in a Russian air strike on a residential building in the Sumy region on Thursday has risen to three, regional officials said, while eleven people were wounded.|11",
    })
    void readsInjuredSeparately(String sentence, int low) {
        ExtractedEvent e = only(sentence);
        assertThat(e.injured()).isNotNull();
        assertThat(e.injured().low()).isEqualTo(low);
    }

    @ParameterizedTest(name = "[{index}] {0} -> killed not stated")
    @CsvSource(delimiter = '|', value = {
        "Ukrainian forces launched an attack involving 30 to 50 armored vehicles near Sudzha.",
        "Russian forces shelled Kharkiv with 12 rockets overnight.",
        "The attack on Sumy, which utilized three guided bombs, targeted a residential building.",
        "Russian attempts to retake Kursk have failed, with heavy casualties among the attackers in the fighting.",
        "72 Ukrainian soldiers killed in fighting in Donbas this year.",
        "Since 2022, 10,000 civilians have been killed in shelling in Donetsk.",
        "Four killed in Ukrainian shelling of Donetsk republic over past week - DPR command",
        // one count for two fates (killed and detained) is not a death toll
        "More than 20 insurgents were killed and detained during operations across Helmand province.",
        "Security forces captured or killed 15 insurgents in Kandahar province.",
        // a target's past deeds, told in a profile
        "The Taliban leader was responsible for the deaths of several police officers in Zabul province.",
        "The network was responsible for the bombing of a market in Khost city which killed nine civilians.",
        // a singular noun modifying a plural victim is no single victim
        "Afghan and coalition forces have focused their efforts on capturing and killing key insurgent leaders in Kandahar.",
        "Asad is also believed to be responsible for the deaths and injuries of several Afghan civilians, killed by IEDs planted by his cell.",
        // a place is no named victim
        "Civilians in Nova Kakhovka were killed and wounded by shelling.",
        "Residents of Nova Kakhovka were killed by Russian shelling.",
        // one count for killed and wounded: the split is unknown, no figure is invented
        "Shelling killed and wounded 12 civilians in Donetsk.",
        "Russian strikes killed or injured 30 people in Kharkiv.",
    })
    void countsOfThingsAndTalliesAreNotCasualties(String sentence) {
        for (ExtractedEvent e : ExtractorFixture.extract(sentence).events()) {
            assertThat(e.killed()).as(sentence).isNull();
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> an event, no killed or injured figure")
    @CsvSource(delimiter = '|', value = {
        "Civilians in Nova Kakhovka were killed and wounded by shelling.",
        "Shelling killed and wounded 12 civilians in Donetsk.",
        "Russian strikes killed or injured 30 people in Kharkiv.",
        // the count before both fates covers both
        "Eleven people were killed and wounded when a bus hit a mine near Mopti.",
        "At least 40 soldiers were killed and injured in an ambush near Diffa, the army said.",
        "Up to 15 fighters killed and wounded in clashes near Marib.",
    })
    void oneCountForTwoHarmsIsNeitherFigure(String sentence) {
        ExtractedEvent e = only(sentence);
        assertThat(e.killed()).as("killed").isNull();
        assertThat(e.injured()).as("injured").isNull();
    }

    /** One victim told without a number: "a dead man", "a wounded woman". */
    @ParameterizedTest(name = "[{index}] {0} -> killed {1}, injured {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Police found a dead man near the market in Gao after the attack.|1|-",
        "There is one dead civilian after the shelling of Nikopol, the governor said.|1|-",
        "A drone hit a car in Kherson; an injured woman was taken to hospital.|-|1",
    })
    void aSingleVictimWithoutANumberIsOne(String text, Integer killed, Integer injured) {
        ExtractedEvent e = only(text);
        assertThat(e.killed() == null ? null : e.killed().low()).as("killed").isEqualTo(killed);
        assertThat(e.injured() == null ? null : e.injured().low()).as("injured").isEqualTo(injured);
    }

    /** "Among the injured were two children" tells who the injured were, not more of them. */
    @ParameterizedTest(name = "[{index}] {0} -> killed {1}, injured {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Nine people were injured in a missile strike on Zaporizhzhia. Among the injured were two children.|-|9",
        "A car bomb killed seven people in Mogadishu on Sunday. Among the dead were three soldiers.|7|-",
        "Gunmen killed five villagers and wounded four near Djibo. Among the wounded are two women.|5|4",
    })
    void theHarmedTheyAreAmongAreNoMore(String text, Integer killed, Integer injured) {
        ExtractedEvent e = only(text);
        assertThat(e.killed() == null ? null : e.killed().low()).as("killed").isEqualTo(killed);
        assertThat(e.injured() == null ? null : e.injured().low()).as("injured").isEqualTo(injured);
    }

    @ParameterizedTest(name = "[{index}] {0} -> killed 0")
    @CsvSource(delimiter = '|', value = {
        "Russian forces shelled Krasnopillia in Sumy. No casualties were reported.",
        "A rocket hit a warehouse in Kharkiv; no one was killed.",
    })
    void statedNoneIsZero(String text) {
        ExtractedEvent e = ExtractorFixture.extract(text).events().get(0);
        assertThat(e.killed()).isNotNull();
        assertThat(e.killed().low()).isZero();
    }
}
