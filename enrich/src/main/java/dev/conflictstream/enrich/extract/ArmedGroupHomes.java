package dev.conflictstream.enrich.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Armed groups that fight in one country: their name tells the article's theatre, though not the scene of an
 * event. "Houthi fighters shelled Hays district" is in Yemen, not Kansas; "Ambazonian separatists ... (Nord-Ouest)"
 * is Cameroon's region, not Haiti's. Each group named votes once for its home country, a little more than one town
 * and less than a country or region named, so a place of another country still decides ("Houthi missile hits
 * Eilat"). Groups fighting in several countries (Islamic State and its provinces, Al-Qaeda and JNIM, Boko Haram, the
 * ADF, the Taliban, the PKK, Wagner) are not listed.
 */
final class ArmedGroupHomes {
    /** Group names as {@link Lexicon#NON_STATE} words (the scan reads that class, so it probes only those tokens). */
    private static final String[] HOMES = {
        "houthi", "YE", "houthis", "YE",
        "shabaab", "SO",
        "ansaru", "NG",
        "ambazonian", "CM", "ambazonians", "CM",
        "m23", "CD", "codeco", "CD",
        "fano", "ET", "tplf", "ET",
        "rsf", "SD",
        "ttp", "PK",
        "hamas", "PS",
        "hezbollah", "LB",
        "hts", "SY",
        "eln", "CO", "farc", "CO",
        "cjng", "MX",
    };
    private static final String[] COUNTRY = new String[HOMES.length / 2];
    private static final LongIntMap HOME = new LongIntMap();

    static {
        for (int k = 0; k < HOMES.length; k += 2) {
            if (!Lexicon.has(LongIntMap.h(HOMES[k]), Lexicon.NON_STATE)) throw new IllegalStateException(HOMES[k] + " is no NON_STATE word");
            COUNTRY[k / 2] = HOMES[k + 1];
            HOME.put(LongIntMap.h(HOMES[k]), k / 2 + 1);
        }
    }

    private ArmedGroupHomes() {}

    /** Adds {@code weight} once per home country of the armed groups the text names. */
    static void vote(Tokens t, Votes countryVotes, double weight) {
        Set<String> voted = null;
        for (int i = 0; i < t.n; i++) {
            if (!t.has(i, Lexicon.NON_STATE)) continue;
            int home = HOME.get(t.hash[i]);
            if (home == 0) continue;
            if (voted == null) voted = new HashSet<>();
            String cc = COUNTRY[home - 1];
            if (voted.add(cc)) countryVotes.add(cc, weight);
        }
    }
}
