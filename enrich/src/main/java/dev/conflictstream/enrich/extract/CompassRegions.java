package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What "the east" of a country is: per compass word (noun and adjective alike), country code -> the
 * admin-1 region that "eastern Ukraine" names among the gazetteer's curated aliases, else the one region of the
 * country that is named by the compass word itself, in English or in the country's official Romance language
 * (Burkina Faso's "Est", Ghana's "Northern", Cameroon's "North-West", Haiti's "Sud-Est", Sierra Leone's "Eastern
 * Province"). Built once from the gazetteer; detection asks whether a word is a compass word, resolution which region
 * it names in the article's country.
 */
final class CompassRegions {
    /** compass word hash -> 1 + index into regions */
    private final LongIntMap index = new LongIntMap();
    private final List<Map<String, Integer>> regions = new ArrayList<>();

    /**
     * The region names each compass direction may carry, per pair of {@code words} in its order (a country with two
     * regions of one direction, or none, gets no entry from them): folded to lower case, region words dropped.
     */
    private static final String[][] NAMED = {
        {"east", "eastern", "est", "este", "leste"},
        {"west", "western", "ouest", "oeste"},
        {"north", "northern", "nord", "norte"},
        {"south", "southern", "sud", "sur", "sul"},
        {"south east", "south-east", "southeast", "sud-est", "sudeste"},
        {"north east", "north-east", "northeast", "nord-est", "nordeste"},
        {"south west", "south-west", "southwest", "sud-ouest", "sudoeste"},
        {"north west", "north-west", "northwest", "nord-ouest", "noroeste"},
    };
    private static final String[] REGION_WORDS = {" region", " province", " state", " department", " governorate",
        " district"};

    /** {@code words}: pairs of a bare compass noun and the adjective of the region name it stands for. */
    CompassRegions(Gazetteer g, String[] words) {
        curated(g, words);
        named(g, words);
    }

    /** "eastern Ukraine" among the curated aliases: the region it names is "the east" of Ukraine. */
    private void curated(Gazetteer g, String[] words) {
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

    /** Regions named by a compass word ("Est", "Northern Region"), where the curated aliases name none. */
    private void named(Gazetteer g, String[] words) {
        // per direction: country code -> the one region so named, or -1 when two are
        List<Map<String, Integer>> found = new ArrayList<>();
        for (int d = 0; d < NAMED.length; d++) found.add(new HashMap<>());
        for (int e = 0; e < g.size(); e++) {
            if (g.kind(e) != Gazetteer.KIND_ADMIN1 || g.countryCode(e) == null) continue;
            String name = g.name(e).toLowerCase(java.util.Locale.ROOT);
            for (String w : REGION_WORDS) if (name.endsWith(w)) name = name.substring(0, name.length() - w.length());
            for (int d = 0; d < NAMED.length; d++) {
                for (String form : NAMED[d]) {
                    if (name.equals(form)) found.get(d).merge(g.countryCode(e), e, (a, b) -> a.equals(b) ? a : -1);
                }
            }
        }
        for (int d = 0; d < NAMED.length && 2 * d + 1 < words.length; d++) {
            for (Map.Entry<String, Integer> en : found.get(d).entrySet()) {
                if (en.getValue() < 0) continue;
                table(words[2 * d]).putIfAbsent(en.getKey(), en.getValue());
                table(words[2 * d + 1]).putIfAbsent(en.getKey(), en.getValue());
            }
        }
    }

    private Map<String, Integer> table(String word) {
        long h = LongIntMap.h(word);
        if (index.get(h) == 0) {
            regions.add(new HashMap<>());
            index.put(h, regions.size());
            // places round 16: "north-east", "south-eastern" share the table of "northeast", "southeastern"
            if ((word.startsWith("north") || word.startsWith("south"))
                    && (word.startsWith("east", 5) || word.startsWith("west", 5))) {
                index.put(LongIntMap.h(word.substring(0, 5) + "-" + word.substring(5)), regions.size());
            }
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
