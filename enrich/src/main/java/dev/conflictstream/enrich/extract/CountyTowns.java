package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.extract.PlaceFinder.Mention;
import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.GroundDistance;
import java.util.List;

/**
 * Local news names a town and, elsewhere in the article, its county ("... struck by a vehicle in Glasgow. The Barren
 * County coroner said ..."): a town candidate within {@link ScoringWeights#COUNTY_TOWN_KM} of some county of a name
 * the article gives is the likely reading (Glasgow, Kentucky, not Scotland); the gazetteer keeps no county of a town,
 * so nearness to the county's point stands for it. Counties themselves are left to the rules for regions (a county
 * near some namesake town was tried: "Monroe County" went to Illinois for its Columbia).
 */
final class CountyTowns {
    private static final long H_COUNTY = LongIntMap.h("county"), H_PARISH = LongIntMap.h("parish");

    private final Gazetteer g;
    private final List<Mention> ms;
    /** the first mention of each county or parish name (up to {@link FewNames#CAPACITY} names), index + 1; null: none */
    private final FewNames counties;

    CountyTowns(Gazetteer g, Tokens t, List<Mention> ms) {
        this.g = g;
        this.ms = ms;
        FewNames found = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (!namesCounty(t, m)) continue;
            if (found == null) found = new FewNames();
            long key = PlaceFinder.keyOf(t, m.start, m.end);
            if (found.get(key) == 0) found.put(key, k + 1);
        }
        counties = found;
    }

    private static boolean namesCounty(Tokens t, Mention m) {
        long last = t.hash[m.end - 1];
        return last == H_COUNTY || last == H_PARISH;
    }

    /** Whether entity {@code e}, a town candidate of mention k, lies near a county of a name the article gives. */
    boolean liesWithNamedCounty(Tokens t, int k, int e) {
        return counties != null && g.kind(e) == Gazetteer.KIND_PLACE && !namesCounty(t, ms.get(k)) && nearAnyCounty(e);
    }

    /** Near a candidate of a county mention. */
    private boolean nearAnyCounty(int e) {
        double lat = g.latitude(e), lon = g.longitude(e), c = GroundDistance.lonScale(lat);
        for (int i = 0; i < counties.size(); i++) {
            for (int p : ms.get(counties.value(i) - 1).candidates) {
                int o = p >> 2;
                if (g.kind(o) != Gazetteer.KIND_AREA) continue;
                if (GroundDistance.km(lat, lon, c, g.latitude(o), g.longitude(o)) <= ScoringWeights.COUNTY_TOWN_KM) return true;
            }
        }
        return false;
    }
}
