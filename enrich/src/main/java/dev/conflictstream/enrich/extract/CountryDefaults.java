package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.Gazetteer;
import java.util.HashMap;
import java.util.Map;

/**
 * The admin-1 region an event most likely lies in when its article names no place below the country ("Two Ukraine
 * soldiers killed in rebel ambush", "Riot police clear Ukraine protest camp"): crowds (protests and riots) gather in
 * the capital's region; armed violence in a country whose war is fought in one region (its theatre, the region most
 * of the country's conflict events fall in) lies there. The event keeps geo-precision 3. Built once from the
 * gazetteer: the capital of each country (its most populous PPLC place) and the curated theatres, each checked
 * against the gazetteer at construction.
 */
final class CountryDefaults {
    /**
     * Country code, the admin-1 code of its theatre: wars fought almost wholly in one region (the Donbas war, Donetsk;
     * the Kivu wars, North Kivu; the Cabo Delgado insurgency). Countries whose violence is spread over several regions
     * (Nigeria, Somalia, Syria, the Sahel) have none: a guess there is worse than a country-level event.
     */
    private static final String[] THEATRES = {
        "UA", "UA.05",
        "CD", "CD.11",
        "MZ", "MZ.01",
    };

    private final Map<String, Integer> theatre = new HashMap<>();
    private final Map<String, Integer> capitalRegion = new HashMap<>();

    CountryDefaults(Gazetteer g) {
        for (int k = 0; k < THEATRES.length; k += 2) {
            int r = g.admin1Entity(THEATRES[k + 1]);
            if (r < 0 || !g.countryCode(r).equals(THEATRES[k])) throw new IllegalStateException("no theatre " + THEATRES[k + 1]);
            theatre.put(THEATRES[k], r);
        }
        Map<String, Integer> capital = new HashMap<>();
        for (int e = 0; e < g.size(); e++) {
            if (g.kind(e) != Gazetteer.KIND_PLACE || g.featureRank(e) != Gazetteer.FC_PPLC) continue;
            Integer best = capital.get(g.countryCode(e));
            if (best == null || g.population(e) > g.population(best)) capital.put(g.countryCode(e), e);
        }
        capital.forEach((cc, e) -> {
            int r = g.admin1Entity(g.admin1Code(e));
            if (r >= 0) capitalRegion.put(cc, r);
        });
    }

    /**
     * The region entity an event of {@code type} placed only in country {@code cc} most likely lies in, or -1:
     * the capital's for a crowd (or any event of an article that names protesters), the theatre's for armed violence or any
     * event with deaths ({@code deaths}: "Rebels down helicopter, killing 14 troops").
     */
    int regionOf(String cc, String type, boolean deaths, boolean crowdArticle) {
        Integer r;
        if (crowdArticle || crowd(type)) r = capitalRegion.get(cc);
        else r = deaths || violent(type) ? theatre.get(cc) : null;
        return r == null ? -1 : r;
    }

    static boolean crowd(String type) {
        return type.equals(Triggers.PROTESTS) || type.equals(Triggers.RIOTS);
    }

    private static boolean violent(String type) {
        return type.equals(Triggers.BATTLES) || type.equals(Triggers.ERV) || type.equals(Triggers.VAC);
    }
}
