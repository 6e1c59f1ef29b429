package dev.conflictstream.enrich.extract;

/**
 * Every weight the place resolver ({@link PlaceResolver}) scores candidates with, in one block, so a
 * change of the scoring is one reviewed diff here instead of edits to scattered literals.
 *
 * <p>A candidate's score is a base score (what kind of entity it is, how big, how primary its name;
 * see {@link PlaceResolver}) plus the context terms of the article (its focus country, regions named
 * elsewhere, "Town, Region" pairs, "Town (Region)" qualifiers, distance from the article's other
 * places). Compile-time constants: the JIT folds them as it folded the literals they replace.
 */
final class ScoringWeights {
    private ScoringWeights() {}

    // --- base score: countries
    static final double COUNTRY = 100;
    /** "Russian": a country named by its demonym. */
    static final double COUNTRY_DEMONYM = 95;

    // --- base score: admin-1 regions (plus log10 of their population)
    static final double ADMIN1 = 62;
    /** "Kharkiv region", "Kiev Oblast": the name with its region word. */
    static final double ADMIN1_REGION_SUFFIX = 60;
    /** A region by an alternate name or a spelling variant ("Beni" for "Beni Department") yields to a notable town. */
    static final double ADMIN1_ALT_PENALTY = 20;

    // --- base score: areas
    /** A continent or a sea (no admin-1 region) outranks its namesake towns. */
    static final double AREA_BROAD = 90;
    /** A county or province (it has an admin-1 region): between its country's admin-1 regions and the country. */
    static final double AREA_COUNTY = 70;
    static final double AREA_REGION_SUFFIX = 40;
    static final double AREA_DEMONYM_PENALTY = 5;

    // --- base score: towns (TOWN_PER_DECADE * log10 of the population, then the feature class)
    static final double TOWN_PER_DECADE = 10;
    /** The population assumed for a first-order admin seat (PPLA or higher) whose population GeoNames does not know. */
    static final int SEAT_A1_UNKNOWN_POPULATION = 50_000;
    /**
     * A city this big keeps its foreign alternate names abroad ("Kiev" in a Russian report); a smaller town named by one
     * in an article focused on another country is no candidate ("Boni", a Malian town, is no Bonn).
     */
    static final int WORLD_CITY = 1_000_000;
    /** The population assumed for a district seat (PPLA2) whose population GeoNames does not know. */
    static final int SEAT_UNKNOWN_POPULATION = 20_000;
    static final double CAPITAL_BONUS = 20, PPLA_BONUS = 10, PPLA2_BONUS = 5, PPLA3_BONUS = 2;
    /** A historical place name. */
    static final double HISTORIC_PENALTY = 25;
    static final double TOWN_ALT_PENALTY = 10;
    /** "Kharkiv region": a name with a region word is not the town. */
    static final double TOWN_REGION_SUFFIX_PENALTY = 30;

    // --- first-pass votes for the article's country and regions
    static final double VOTE_COUNTRY = 2, VOTE_ADMIN1 = 2, VOTE_TOWN = 1, VOTE_SMALL_TOWN = 0.3;
    /** A town votes VOTE_TOWN from this base score up, VOTE_SMALL_TOWN below. */
    static final double VOTE_TOWN_MIN = 50;
    /** A region named by an alternate name or a spelling variant ("Santa Ana area") votes like a town. */
    static final double VOTE_ADMIN1_ALT = 1;
    /** A demonym ("Russian" forces) names a side more often than the scene: it loses a tie to a place. */
    static final double VOTE_DEMONYM = 0.9;
    /** A name that regions of two or more countries carry ("Nord-Ouest", "Northern", "Cordoba") votes less than a town. */
    static final double VOTE_SHARED_REGION = 0.5;
    /** A demonym naming the side that acted ("Russian forces", "Israeli strikes") votes less than the smallest town. */
    static final double VOTE_ACTOR_DEMONYM = 0.2;
    /** Places round 15: a demonym before police, gendarmes or an interior ministry ("Pakistani police said") names a
     *  body that serves at home: it votes as the country named. */
    static final double VOTE_HOME_FORCE_DEMONYM = VOTE_COUNTRY;
    /** An armed group of one country ("Houthi", "Al-Shabaab", "Ambazonian") or a local unit word of one country
     *  ("upazila", "hromada") votes once for it: a little more than one town, less than a country or region named
     *  ({@link ArmedGroupHomes}, {@link UnitWordHomes}). */
    static final double VOTE_ARMED_GROUP_HOME = 1.2;
    /** A town near a county the article names, or a county near a town it names ({@link CountyTowns}), and how near. */
    static final double COUNTY_TOWN_BONUS = 40, COUNTY_TOWN_KM = 40;
    /** A name lent to talks or a unit, other than a country's, does not vote. */
    static final double VOTE_BORROWED = 0;

    /** A town's namesake this near a town the article names in its one other country takes the first pass (places
     *  round 11: "A Florence man ... in Muscle Shoals" is Florence, Alabama). */
    static final double NAMESAKE_KM = 100;

    // --- context terms
    /** A candidate in the article's focus country (the country itself keeps its lead over its towns). */
    static final double FOCUS_BONUS = 35;
    /** A town or area in an admin-1 region that other mentions vote for with more than REGION_MIN_VOTES. */
    static final double REGION_BONUS = 20;
    static final double REGION_MIN_VOTES = 0.5;
    /** A town needs this base score (about 30,000 people, or an admin seat) to serve as a reference point. */
    static final double ANCHOR_MIN = 45;
    /** A town candidate with a base score below FAR_SMALL (under ~100,000 people) lying more than FAR_KM from
     *  every reference point of the article loses FAR_PENALTY: "Udachne" in a Donetsk report is not the
     *  Crimean village of that name. */
    static final double FAR_KM = 300, FAR_SMALL = 50, FAR_PENALTY = 30;
    /** "Town, Region": a candidate inside the region named right after it. */
    static final double PAIR_REGION_BONUS = 60;
    /** "Town, Country": a candidate inside the country named right after it. */
    static final double PAIR_COUNTRY_BONUS = 40;
    /** "Beni territory, North Kivu": a candidate outside the region named after it, when another is inside it. */
    static final double PAIR_ELSEWHERE_PENALTY = 100;
    /** "Town (Region)": a town in the region named in brackets right after it gains, one elsewhere loses. */
    static final double QUALIFIER_BONUS = 60, QUALIFIER_PENALTY = 40;
    /** "Town area (Region)": at most this many words between the town and the bracket that qualifies it. */
    static final int QUALIFIER_MAX_GAP = 4;
    /** The vote of a region or country named in ACLED's qualifying brackets ("(Marib)") for its country and region. */
    static final double VOTE_BRACKET = 4;

    /** "Buea (Fako, Sud-Ouest)": an admin-1 candidate holding a candidate of the town named up to
     *  TOWN_BEFORE_REGION tokens before it. */
    static final double REGION_OF_TOWN_BONUS = 30;
    static final int TOWN_BEFORE_REGION = 4;
    /** ... plus this share of the held town's base score: the region holding the likelier town wins. */
    static final double HELD_TOWN_WEIGHT = 0.1;

    // --- outcome
    /** A town whose best score stays below this is dropped rather than guessed. */
    static final double TOWN_KEEP_MIN = 38;
    /** The score reported for "the east" resolved to the region of the focus country. */
    static final double COMPASS_SCORE = 62;
}
