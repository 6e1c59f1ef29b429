package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ExtractorFixture.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headline round: events told in headline grammar (present-tense verbs, a strike as the subject of "kills",
 * "killed in X strike", headline abbreviations), and headlines about politics, markets or disasters that must give
 * no event. One group of rows per rule; the headlines are our own words, from many regions.
 *
 * <p>Columns as in {@link AcledNotesTest}: headline | type | sub-event type | admin-1 (not checked) | killed
 * ({@code 0}: none stated, or none; empty: no figure).
 */
class HeadlineEventsTest {
    @ParameterizedTest(name = "[{index}] {1} / {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # territory in the present tense: retakes / recaptures / seizes control
        Army retakes Palma from insurgents|Battles|Government regains territory||0
        Nigerian troops recapture Monguno after jihadist raid|Battles|Government regains territory||0
        Militants seize control of Mirali district|Battles|Non-state actor overtakes territory||0
        Rebels overrun the town of Walikale|Battles|Non-state actor overtakes territory||0
        # clashes in the present tense: repels, ambushes
        Chadian army repels Boko Haram assault on Bol|Battles|Armed clash||0
        Police repulse bandit attack on Zurmi, 6 bandits killed|Battles|Armed clash||6
        Separatists open fire on army checkpoint near Bamenda|Battles|Armed clash||0
        Rebels fire on UN convoy near Beni|Battles|Armed clash||0
        Troops kill Al-Shabaab fighters in Hiraan raid|Battles|Armed clash||
        # one-sided violence in the present tense
        Militants behead two farmers in Cabo Delgado|Violence against civilians|Attack||2
        Gunmen shoot dead trader in Maiduguri|Violence against civilians|Attack||1
        Police shoot man dead in Memphis|Violence against civilians|Attack||1
        Villagers lynch suspected kidnapper in Oyo|Riots|Mob violence||1
        # aircraft as the subject in the present tense; a strike as the subject or the cause of deaths
        Warplanes bomb market in Kordofan|Explosions/Remote violence|Air/drone strike||0
        Turkish drone hits car near Qamishli, 2 dead|Explosions/Remote violence|Air/drone strike||2
        US strikes kill 5 al-Shabaab militants near Kismayo|Explosions/Remote violence|Air/drone strike||5
        Four children killed in Saudi-led strike on Saada|Explosions/Remote violence|Air/drone strike||4
        Death toll climbs to 9 in Israeli strike on Nabatieh|Explosions/Remote violence|Air/drone strike||9
        Troops pound rebel positions near Bambari|Explosions/Remote violence|Shelling/artillery/missile attack||0
        # aircraft and munitions brought down
        Ukraine downs two Russian helicopters near Izium|Strategic developments|Disrupted weapons use||0
        Air defence shoots down Houthi missile over Jizan|Strategic developments|Disrupted weapons use||0
        # "as" opens a clause of its own: a threat or a plea before it suppresses nothing after it
        Army vows revenge as roadside bomb kills 6 soldiers in Dhi Qar|Explosions/Remote violence|Remote explosive/landmine/IED||6
        Mayor appeals for calm as clashes kill 3 in Tarlac|Battles|Armed clash||3
        # property destroyed or looted in the present tense; protesters who torch riot
        Gunmen loot shops and torch houses in Benue village|Strategic developments|Looting/property destruction||0
        Students torch buses in Dhaka protest over road deaths|Riots|Violent demonstration||0
        # headline abbreviations: cops, govt
        Cops shoot unarmed teen in Houston|Violence against civilians|Attack||0
        Govt forces retake Khartoum refinery|Battles|Government regains territory||0
        """)
    void codesTheHeadlineAsAcledDoes(String headline, String type, String subtype, String admin1, String killed) {
        AcledNotesTest.check(headline, type, subtype, admin1, killed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # deaths from nature, disease or accident are no conflict event
        Storm kills four in Alabama
        Floods leave 60 dead in northern Nigeria
        Earthquake toll rises to 300 in Afghanistan's Herat
        Cholera outbreak kills 12 in Somali camp
        Stampede at stadium kills 8 in Cameroon
        Fire kills family of five in Dayton home
        Two children died when a fire swept through their apartment in Fresno
        # a politician's attack is words, a proposal shot down no aircraft, a currency or index that hits a level no strike
        Minister attacks opposition over fuel subsidy
        President attacks media for coverage of crisis
        Senate shoots down budget proposal
        Rupee hits record low against dollar
        Inflation strikes hardest at Lagos traders
        Fuel tanker catches fire on Lagos-Ibadan expressway
        """)
    void findsNoEventInAHeadlineWithoutConflict(String headline) {
        assertThat(EXTRACTOR.extract(new ArticleText("headline", null, headline, ExtractorFixture.PUBLISHED)).events())
                .as(EXTRACTOR.explain(new ArticleText("headline", null, headline, ExtractorFixture.PUBLISHED)))
                .isEmpty();
    }
}
