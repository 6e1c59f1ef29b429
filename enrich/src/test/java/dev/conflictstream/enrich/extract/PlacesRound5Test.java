package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 5, one table per rule. Columns: text | mention (empty: the first event with an admin-1 region) |
 * expected admin-1 ("-": the country).
 */
class PlacesRound5Test {
    /**
     * An armed group of one country names the article's theatre ({@link ArmedGroupHomes}): the namesake in its
     * country wins; a place of another country named in the text still decides.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Houthi fighters shelled Hays district, killing two children.||YE.08
        Houthi forces attacked Harib, local sources said.||YE.14
        On 3 June 2024, Ambazonian separatists killed 2 gendarmes in Bambui (Tubah, Nord-Ouest).||CM.07
        On 3 June 2024, gang members killed 3 in Jean-Rabel (Nord-Ouest).||HT.03
        Hamas militants fired rockets at Sderot on Tuesday.||IL.01
        Al-Shabaab fighters attacked a police post in Mandera town (Mandera), killing 2 officers.||KE.33
        Boko Haram fighters attacked Damboa, killing 7 farmers.||NG.27
        TTP militants attacked a checkpoint in Tank, killing 2 soldiers.||PK.03
        M23 rebels shelled Sake, killing 3 civilians.||CD.11
        """)
    void armedGroupsNameTheirCountry(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A compass name with its region word ("Northern Region", "Eastern Province") is any country's region of that
     * name, with or without the word: the article's country picks it.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Police dispersed protesters in Tamale, in Ghana's Northern Region.|Northern Region|GH.06
        Gunmen killed 3 in Cape Coast, Central Region.||GH.04
        Police in Mzuzu, Northern Region, arrested 12 protesters.||MW.N
        Ugandan police arrested 20 opposition supporters in Gulu, Northern Region.|Northern Region|UG.N
        Zambian police arrested protesters in Kasama, Northern Province.|Northern Province|ZM.05
        Sri Lankan police arrested 4 men in Jaffna, Northern Province.|Northern Province|LK.38
        Gunmen attacked a checkpoint in Qatif in Saudi Arabia's Eastern Province.|Eastern Province|SA.06
        Protesters gathered in Kigali and in Rwanda's Eastern Province.|Eastern Province|RW.11
        Farmers protested in Cordoba Province, Argentina.||AR.05
        Gunmen killed 2 farmers in Monteria, Cordoba Department.||CO.12
        """)
    void compassRegionsFollowTheCountry(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /** A town named once with its region is that town wherever the article repeats its name alone. */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        "LONDON, Ky. (WKYT) - Police arrested two people on drug charges. London Police say the pair had warrants."|London|US.KY
        Glasgow, Ky. - A woman died after being struck by a vehicle in Glasgow on Saturday.||US.KY
        A Columbus man was arrested Sunday. The shooting happened in Columbus, Ga., police said.||US.GA
        "The Portland, Maine, council met on Monday. A vote in Portland, Ore., is set for next week."|Portland|US.ME
        "On 3 June 2024, separatists attacked Bamenda (Mezam, Nord-Ouest). Soldiers in Bamenda returned fire."||CM.07
        """)
    void aQualifiedTownKeepsItsReadingWhenRepeated(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /** A town near a county the article names is the reading that lies in it ({@link CountyTowns}). */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        "A woman died after being struck by a vehicle in Glasgow. The Barren County coroner said she died at the scene."|Glasgow|US.KY
        "James Suver, 25, of Columbia, was taken to a hospital. The Adair County sheriff is investigating."|Columbia|US.KY
        A man was killed in a crash near Paris on Sunday, the Bourbon County sheriff said.|Paris|US.KY
        The Manchester school board voted on Monday. Hillsborough County officials attended.|Manchester|US.NH
        "A Salisbury woman was charged with theft, the Rowan County Sheriff's Office said."|Rowan County|US.NC
        A tornado hit Florence on Friday, Lauderdale County emergency officials said.|Florence|US.AL
        """)
    void aTownLiesInTheCountyTheArticleNames(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /** Two capitalised words after an age are a person's name; one word before a noun is still a place. */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        "Officers found 82-year-old Geneva Morgan, of Glasgow, had been driving home. Morgan got out of her car."|Morgan|(none)
        "Officers found 82-year-old Geneva Morgan, of Glasgow, had been driving home."|Geneva|(none)
        "A 25-year-old Paris, Missouri, man was arrested Friday."|Paris|US.MO
        A 30-year-old Paris man was arrested Friday in Bourbon County.|Paris|US.KY
        """)
    void aNameAfterAnAgeIsAPerson(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
