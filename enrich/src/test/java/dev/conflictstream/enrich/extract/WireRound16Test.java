package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wire round 16 (families found by wire sentences of many regions, {@code heldout/wire16.psv}), one table per rule: a
 * count before the death word is not lost to a person named after a comma; a small town abroad named by a foreign
 * alternate name is no candidate; crowd-control weapons turned on a crowd are a protest with intervention; a county
 * name takes no second unit word; a title, a region's
 * name and a surname are a person. Sentences in our own words.
 */
class WireRound16Test {
    /** "left 12 people dead over the weekend, a local official said": the noun phrase after "the" ends at the comma. */
    @ParameterizedTest(name = "[{index}] killed {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Communal clashes near Lafia left nine people dead over the weekend, a local chief said.|9|
        Fighting between two clans in Galkayo left 15 people dead during the night, a local elder told reporters.|15|
        A grenade attack on a bar in Bujumbura left four people dead on the spot, a police officer said.|4|
        # controls: the article's person in the clause is still the one victim, commas between its words too
        Gunmen shot dead a veteran, outspoken reporter in Peshawar on Friday.|1|
        Gunmen killed a local journalist in Guaymas on Sunday.|1|
        A drone strike killed the local commander of the group near Jilib, officials said.|1|
        """)
    void aCountIsNotLostToAPersonAfterAComma(String note, String killed, String injured) {
        AcledNotesTest.checkFigures(note, killed, injured);
    }

    /**
     * A town found by a foreign alternate name lies in the article's country or is no candidate, unless it is a capital or
     * a city of a million: no German city for a Malian village, no Japanese one for a Chinese first name.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Jihadists ambushed a convoy between Boni and Douentza in central Mali on Sunday.|Boni|(none)
        # a capital or a city of a million keeps its foreign name abroad
        Ukrainian drones struck a refinery in Russia's Ryazan region, and officials in Moscow blamed Kiev.|Kiev|UA.12
        """)
    void aForeignAlternateNameIsNoTownAbroad(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * US local news: a county name takes no second unit word ("the Cumberland County district attorney" is the county,
     * whose town then decides between namesakes), and a title before a region's name and a surname is a person ("Coroner
     * Michael Fowler", "Rep. Victoria Spartz").
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Portland police are investigating a stabbing near the waterfront. The Cumberland County district attorney's office said charges are pending.|Portland|US.ME
        Portland police are investigating a stabbing near the waterfront. The Cumberland County district attorney's office said charges are pending.|Cumberland County|US.ME
        Dougherty County Coroner Michael Fowler said the victim died at the scene in Albany.|Michael|(none)
        Rep. Victoria Spartz said the shooting in Indianapolis was a tragedy.|Victoria|(none)
        # controls: a region after a title's possessive, a county with its own unit word, a province after the office
        # that governs it, a region in a title-case headline, stay places
        Sheriff's deputies in Georgia said the suspect fled toward Atlanta.|Georgia|US.GA
        Chief Minister Balochistan Sarfraz Bugti condemned the blast in Quetta that killed four labourers.|Balochistan|PK.02
        Governor Sindh Kamran Tessori visited the wounded in Karachi.|Sindh|PK.05
        Protests Spread To Major Ohio Cities As Police Fire Tear Gas At Crowds|Ohio|US.OH
        The Fayette County coroner said the crash on New Circle Road killed a Lexington man.|Fayette County|US.KY
        """)
    void localNewsCountiesAndPeople(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # tear gas or batons used on a crowd no protest word names
        Police in Peshawar fired tear gas at supporters of a jailed politician who tried to reach the high court.|Protests|Protest with intervention
        Officers used tear gas on marchers heading to the education ministry in Santiago.|Protests|Protest with intervention
        Soldiers fired teargas at mourners leaving a funeral in Nablus.|Protests|Protest with intervention
        Police lathi-charged opposition supporters outside the district office in Patna.|Protests|Protest with intervention
        Police dispersed opposition supporters outside the election commission in Harare.|Protests|Protest with intervention
        # the crowd's own violence makes it a riot
        Police fired tear gas at stone-throwing supporters of the opposition in Dhaka.|Riots|Violent demonstration
        """)
    void codesTheSentence(String note, String type, String subtype) {
        AcledNotesTest.check(note, type, subtype, null, null);
    }

    /** Crowd-control words in other senses: a gas explosion, a salute, "tear apart", a relay baton, fighting that "broke out". */
    @ParameterizedTest(name = "[{index}] not {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A gas cylinder exploded at a restaurant in Karachi, killing three workers.|Protests
        An army cannon fired a salute as students and workers watched the parade in Hanoi.|Protests
        Floods continue to tear apart the homes of farm workers in Sindh.|Protests
        The relay baton was handed to students at the stadium in Lahore on Monday.|Riots
        Fighting broke out between supporters of two candidates in Kisumu, leaving one dead.|Protests
        """)
    void notThisType(String note, String notType) {
        ArticleText a = new ArticleText("wire", null, note, ExtractorFixture.PUBLISHED);
        assertThat(EXTRACTOR.extract(a).events()).as("\n" + EXTRACTOR.explain(a)).noneMatch(e -> e.type().equals(notType));
    }
}
