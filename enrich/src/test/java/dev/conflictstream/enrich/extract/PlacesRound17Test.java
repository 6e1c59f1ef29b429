package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 17 (toponyms in local and world news: people named like places, and towns named like countries), one
 * table per rule. Columns: text | mention (empty: the first event with an admin-1 region) | expected admin-1
 * ({@code (none)}: no place mention of that text, {@code -}: a country).
 */
class PlacesRound17Test {
    /**
     * A common given name before a capitalised word that no place carries is a person's name, even when the given name
     * is also a region's (Vladimir Oblast, the Isle of Man's Michael and Patrick, Cape Verde's Paul); a town named after
     * the given name keeps its name where it is written as a place.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        The minister said he had spoken to Vladimir Putin by phone on Monday.|Vladimir|(none)
        The award went to the figure skater Patrick Chan, who trains in Toronto.|Patrick|(none)
        The award went to the figure skater Patrick Chan, who trains in Toronto.|Toronto|CA.08
        Detective Inspector Michael Keating said the driver was speeding.|Michael|(none)
        His lawyer, Paul Kemp, said the charges would be fought in court.|Paul|(none)
        Police in Vladimir said two men were detained after a fight at a bus station.|Vladimir|RU.83
        """)
    void aGivenNameBeforeANameThatIsNoPlaceIsAPerson(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A town's name right after a given name is that person's surname, even a big town's ("John Bolton", "Valerie
     * Taylor"), and it stays a surname when the article later names the person by it alone ("Bolton said"); written
     * as a place ("in Taylor") it is a place again.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Valerie Taylor watched the store burn on Tuesday night. "We will start over," said Taylor.|Taylor|(none)
        The former ambassador John Bolton met the president-elect. Bolton could become deputy secretary of state.|Bolton|(none)
        Charles W. Murphy has been named a professor of radiology. Murphy earned his degree in Iowa.|Murphy|(none)
        The shop owner, Maria Hidalgo, said she would reopen. Hidalgo has run the shop since 1998.|Hidalgo|(none)
        Officers arrested Kevin Austin on Friday. Police in Austin said the car had been stolen.|Austin|US.TX
        President George H. W. Bush pardoned the first turkey. Bush's spokeswoman declined to comment.|Bush|(none)
        Tripoli, the second-largest city of Lebanon, was hit by clashes that killed three people.|Tripoli|LB.09
        Fighting was reported in Far North Cameroon on Monday, where militants killed two soldiers.|Far North|CM.12
        """)
    void aTownNameAfterAGivenNameIsASurname(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * "the city of Mexico", "the town of Lebanon": a settlement word before the name makes it a town; a country of the
     * name gives way to a town that carries it, and the article's state decides between the towns.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Tickets for the Saturday dance are sold by the city of Mexico, Missouri tourism officials said.|Mexico|US.MO
        The town of Lebanon will repave Main Street this summer, Ohio transportation officials said.|Lebanon|US.OH
        The city of Jordan will hold a public hearing on the budget, Minnesota officials said.|Jordan|US.MN
        Rockets fired from the city of Tyre hit northern Israel, the army said.|Tyre|LB.06
        Protesters marched through the capital of Lebanon on Sunday.|Lebanon|-
        """)
    void aSettlementWordBeforeACountrysNameMakesItATown(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * Counties and towns named without their state in an article about one state: of the regions their namesakes lie
     * in, only the one the article's other names vote for most lends its bonus ("Monroe County" and "Marion County"
     * do not vote each other into Alabama when Missouri is named).
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A Holliday man was arrested on Friday in Monroe County, the Missouri State Highway Patrol said. He was held in Marion County overnight.|Monroe County|US.MO
        A Holliday man was arrested on Friday in Monroe County, the Missouri State Highway Patrol said. He was held in Marion County overnight.|Marion County|US.MO
        Deputies in Marion County, Alabama, arrested a man after a chase. He was later held in Monroe County.|Monroe County|US.AL
        Two men were hurt in a crash in Dallas County, Iowa officials said. A third was taken to a hospital in Plymouth County.|Dallas County|US.IA
        """)
    void theArticlesLeadingStateDecidesBetweenNamesakes(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A region named by compass words only ("Far North", "North West", "South-West") right before a name the gazetteer
     * knows is that name's compass part, not the region of another country: "Far North Queensland" is Queensland's,
     * "North-Western Sydney" Sydney's; the news agency "Xinhua" and the word "Free" ("the Royal Free") name no place.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Police say youth crime is rising in Far North Queensland, with break-ins up a third.|Far North|(none)
        Police say youth crime is rising in Far North Queensland, with break-ins up a third.|Queensland|AU.04
        Bats were found at Wilberforce in North-Western Sydney on Tuesday.|North-Western|(none)
        Boko Haram fighters attacked a village in Cameroon's Far North region on Monday.|Far North region|CM.12
        Four people died in a landslide in Sichuan province, Xinhua reported.|Xinhua|(none)
        The nurse was taken back to the Royal Free in London overnight.|Free|(none)
        """)
    void compassWordsBeforeAPlaceAreItsPart(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
