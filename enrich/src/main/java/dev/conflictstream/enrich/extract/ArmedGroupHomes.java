package dev.conflictstream.enrich.extract;

import java.util.HashSet;
import java.util.Map;
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
    private static final String[] HOMES = {
        "houthi", "YE", "houthis", "YE", "huthi", "YE", "huthis", "YE", "ansarallah", "YE",
        "shabaab", "SO", "shabab", "SO",
        "ansaru", "NG",
        "ambazonian", "CM", "ambazonians", "CM", "ambazonia", "CM",
        "m23", "CD", "codeco", "CD", "fardc", "CD",
        "fano", "ET", "tplf", "ET", "endf", "ET",
        "rsf", "SD", "janjaweed", "SD",
        "ttp", "PK",
        "hamas", "PS",
        "hezbollah", "LB", "hizbollah", "LB", "hizballah", "LB",
        "hts", "SY",
        "eln", "CO", "farc", "CO",
        "cjng", "MX",
        "tatmadaw", "MM",
    };
    private static final String[] COUNTRY = new String[HOMES.length / 2];
    private static final LongIntMap HOME = new LongIntMap();

    static {
        for (int k = 0; k < HOMES.length; k += 2) {
            COUNTRY[k / 2] = HOMES[k + 1];
            HOME.put(LongIntMap.h(HOMES[k]), k / 2 + 1);
        }
    }

    private ArmedGroupHomes() {}

    /** Adds {@code weight} once per home country of the armed groups the text names (capitalised words only). */
    static void vote(Tokens t, Map<String, Double> countryVotes, double weight) {
        Set<String> voted = null;
        for (int i = 0; i < t.n; i++) {
            if (!t.is(i, Tokens.CAP)) continue;
            int home = HOME.get(t.hash[i]);
            if (home == 0) continue;
            if (voted == null) voted = new HashSet<>();
            String cc = COUNTRY[home - 1];
            if (voted.add(cc)) countryVotes.merge(cc, weight, Double::sum);
        }
    }
}
