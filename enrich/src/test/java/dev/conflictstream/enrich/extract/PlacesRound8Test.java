package dev.conflictstream.enrich.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places round 8, one table per rule. Columns: text | mention (empty: the first event with an admin-1 region) |
 * expected admin-1 ("-": the country; "(none)": no place of that name).
 */
class PlacesRound8Test {
    /**
     * A region in the qualifying brackets after a place ("in X area (Region)") holds the place to that region and its
     * country, also across a few words and a name among them; with no namesake of the place inside, the event falls
     * back to the bracketed region, never to a namesake elsewhere. A bracket naming the seat of a region is the region.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        A roadside bomb hit a lorry near Mafraq (Marib) and killed its driver.||YE.14
        A roadside bomb hit a lorry in the Mafraq al Milh area (Marib) and killed its driver.||YE.14
        A roadside bomb hit a lorry in the Mafraq al Milh area (Marib) and killed its driver.|Mafraq|(none)
        Unknown gunmen shot dead a farmer in Tarim (Hadhramawt) on Sunday.||YE.04
        Gunmen shot a trader dead in Bamenda (Nord-Ouest) on Friday.||CM.07
        """)
    void aBracketedRegionHoldsThePlace(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A country named before a currency ("the US dollar", "the Lebanese pound") says nothing of the scene: it does
     * not move the article's country, so a town keeps its own big namesake over a hamlet of that country.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Shopkeepers angry at the climbing US dollar price shut their stores and marched in Sidon.||LB.06
        Dozens blocked a road in Sidon over the US dollar rate.|Sidon|LB.06
        Dozens blocked a road in Sidon over the US dollar rate.|US|-
        """)
    void aCurrencyIsNoCountryCue(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }

    /**
     * A place GeoNames leaves without an admin-1 region, or with a code that names none (a capital split into
     * regions of its own), takes the region of its nearest neighbour of the same country that has one.
     */
    @ParameterizedTest(name = "[{index}] {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Teachers staged a sit-in outside the ministry in Nouakchott over unpaid wages.||MR.13
        Some fifty students rallied in Nouakchott (Nouakchott) on Tuesday.||MR.13
        """)
    void aPlaceWithoutARegionTakesItsNeighbours(String text, String mention, String admin1) {
        PlaceReadingsTest.check(text, mention, admin1);
    }
}
