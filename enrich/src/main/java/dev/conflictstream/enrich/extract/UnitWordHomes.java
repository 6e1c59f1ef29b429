package dev.conflictstream.enrich.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Local units whose word belongs to one country: "Kotalipara upazila of Gopalganj" is in Bangladesh, not in Bihar's
 * Gopalganj; "a hromada of Sumy oblast" is Ukrainian, "barangay" Philippine, "woreda" and "kebele" Ethiopian, "cercle"
 * Malian. Each such word named votes once for its country, as an armed group's name does ({@link ArmedGroupHomes}): a
 * little more than one town, less than a country or region named. Words shared by several countries (tehsil, LGA,
 * municipio, governorate) are not listed.
 */
final class UnitWordHomes {
    /** The unit words, for {@link Lexicon#UNIT_HOME}. */
    static final String[] WORDS = {"upazila", "upazilas", "upazilla", "upazillas", "hromada", "hromadas", "barangay",
        "barangays", "woreda", "woredas", "kebele", "kebeles", "cercle", "cercles"};
    private static final String[] COUNTRY = {"BD", "BD", "BD", "BD", "UA", "UA", "PH", "PH", "ET", "ET", "ET", "ET",
        "ML", "ML"};
    private static final LongIntMap HOME = new LongIntMap();

    static {
        for (int k = 0; k < WORDS.length; k++) HOME.put(LongIntMap.h(WORDS[k]), k + 1);
    }

    private UnitWordHomes() {}

    /** Adds {@code weight} once per home country of the unit words the text names. */
    static void vote(Tokens t, Votes countryVotes, double weight) {
        if (!t.anyHas(Lexicon.UNIT_HOME)) return;
        Set<String> voted = new HashSet<>();
        for (int i = 0; i < t.n; i++) {
            if (!t.has(i, Lexicon.UNIT_HOME)) continue;
            String cc = COUNTRY[HOME.get(t.hash[i]) - 1];
            if (voted.add(cc)) countryVotes.add(cc, weight);
        }
    }
}
