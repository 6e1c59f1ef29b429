package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What "the east" of a country is: per compass word (noun and adjective alike), country code -> the
 * admin-1 region that "eastern Ukraine" names among the gazetteer's curated aliases. Built once from the
 * gazetteer; detection asks whether a word is a compass word, resolution which region it names in the
 * article's country.
 */
final class CompassRegions {
    /** compass word hash -> 1 + index into regions */
    private final LongIntMap index = new LongIntMap();
    private final List<Map<String, Integer>> regions = new ArrayList<>();

    /** {@code words}: pairs of a bare compass noun and the adjective of the region name it stands for. */
    CompassRegions(Gazetteer g, String[] words) {
        for (int e = 0; e < g.size(); e++) {
            if (g.kind(e) != Gazetteer.KIND_COUNTRY) continue;
            for (int c = 0; c < words.length; c += 2) {
                String phrase = words[c + 1] + " " + g.name(e);
                int list = g.find(NameKey.of(phrase));
                for (int p = 0; list >= 0 && p < g.postings(list); p++) {
                    int r = g.posting(list, p) >> 2;
                    // a region called so ("Western Australia") is a state, not the west of the country
                    if (g.kind(r) == Gazetteer.KIND_ADMIN1 && g.countryCode(r).equals(g.countryCode(e))
                            && !g.name(r).equalsIgnoreCase(phrase)) {
                        table(words[c]).put(g.countryCode(e), r);
                        table(words[c + 1]).put(g.countryCode(e), r);
                    }
                }
            }
        }
    }

    private Map<String, Integer> table(String word) {
        long h = LongIntMap.h(word);
        if (index.get(h) == 0) {
            regions.add(new HashMap<>());
            index.put(h, regions.size());
        }
        return regions.get(index.get(h) - 1);
    }

    /** Whether some country has a region this compass word names. */
    boolean has(long wordHash) {
        return index.get(wordHash) != 0;
    }

    /** The region of {@code country} the compass word names, or -1 (no such region, no country, no compass word). */
    int region(long wordHash, String country) {
        if (country == null || index.get(wordHash) == 0) return -1;
        Integer r = regions.get(index.get(wordHash) - 1).get(country);
        return r == null ? -1 : r;
    }
}
