package dev.conflictstream.enrich.geo;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * French forms of admin-1 names built on compass words, as francophone sources and ACLED write them: GeoNames
 * names Cameroon's regions in English ("North-West", "Far North", "South") and Congo's "North Kivu", ACLED and
 * the local press "Nord-Ouest", "Extreme-Nord", "Sud", "Nord-Kivu". The forms are derived from the name, word
 * by word, never listed per region: a name whose leading words are compass words ("North", "South-West",
 * "Far North") gets those words in French, joined by hyphens to the rest ("North Kivu" is "Nord-Kivu"). The
 * gazetteer indexes the forms as alternate names, so a region that carries one as its own name elsewhere
 * (Haiti's "Nord-Ouest") keeps it unless the article's country says otherwise.
 */
final class CompassNames {
    private CompassNames() {}

    private static final Map<String, String> FRENCH = Map.of(
            "north", "Nord", "south", "Sud", "east", "Est", "west", "Ouest", "centre", "Centre", "center", "Centre");

    /** "Far North": the French puts the qualifier first too. */
    private static final String FAR = "far", FAR_FRENCH = "Extreme";

    /** The French form of an admin-1 name that starts with compass words, or none. */
    static List<String> french(String name) {
        String[] words = name.split("[ -]+");
        StringBuilder fr = new StringBuilder();
        int i = 0;
        if (words.length > 1 && words[0].toLowerCase(Locale.ROOT).equals(FAR)) {
            fr.append(FAR_FRENCH);
            i = 1;
        }
        int compass = 0;
        for (; i < words.length; i++) {
            String w = FRENCH.get(words[i].toLowerCase(Locale.ROOT));
            if (w == null) break;
            if (fr.length() > 0) fr.append('-');
            fr.append(w);
            compass++;
        }
        if (compass == 0) return List.of();
        for (; i < words.length; i++) fr.append('-').append(words[i]);
        String out = fr.toString();
        return out.equalsIgnoreCase(name.replace(' ', '-')) ? List.of() : List.of(out);
    }
}
