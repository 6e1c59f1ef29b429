package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds place mentions (capitalised token n-grams, longest first, looked up by hash in the
 * gazetteer) and resolves each to one gazetteer entity.
 *
 * <p>Detection skips stop words, person names (after a title, or inside a run of capitalised words
 * that are not places) and organisation names ("Ankara University"). Resolution scores candidates by
 * kind (country &gt; admin-1 &gt; town), population, feature class and primary-over-alternate name,
 * then rescores with the article's context: its focus country (votes of the first pass), admin-1
 * regions named elsewhere, and "Town, Region" pairs. A mention that stays weak is dropped rather than
 * guessed, so one odd name cannot pull the article elsewhere.
 */
final class PlaceFinder {
    /** A mention over tokens [start, end) resolved to {@code entity}. */
    static final class Mention {
        final int start, end;
        final int[] candidates;
        final boolean regionSuffix;
        int entity = -1;
        /** demonym: an adjective of place; actorUse: names a side or a source; broad: an area of no one
         *  country (a continent, a sea): all three are reported as mentions, none is an event's scene */
        boolean demonym, alt, relative, actorUse, locative, broad;
        /** "Kiev's attack": the name owns a hostile act; a capital or country so named is a side. */
        boolean agentUse;
        /** matched by a transliteration variant of a gazetteer name, not by a name itself */
        boolean variant;
        /** "killed in the separatist east": a compass part of the article's country, resolved in context. */
        boolean compass;
        /** "ahead of Minsk peace talks", "regiment Azov": a place name lent to talks or a unit, neither the
         *  scene nor a side, and no vote for the article's country. */
        boolean borrowed;
        double score;
        String why = "";

        Mention(int start, int end, int[] candidates, boolean regionSuffix) {
            this.start = start;
            this.end = end;
            this.candidates = candidates;
            this.regionSuffix = regionSuffix;
        }

        /** Whether the mention can be where an event happened. */
        boolean scene() {
            return !demonym && !actorUse && !broad;
        }
    }

    private static final LongIntMap CONNECTOR = new LongIntMap();
    /** Names of armed groups that read like place names, exactly or as a spelling variant ("Al-Qaeda" is no Kedah,
     *  "Houthi" no Haiti): a name containing one is an actor, never a place. */
    private static final LongIntMap ARMED_GROUP = new LongIntMap();
    private static final LongIntMap CONTINENT_TAIL = new LongIntMap();
    /** Hostile acts a government is said to own: "Kiev's shelling", "Moscow's aggression". */
    private static final LongIntMap HOSTILE_ACT = new LongIntMap();
    /** A name before these words is a diplomatic venue: "Minsk peace summit", "Paris talks", "Normandy format". */
    private static final LongIntMap VENUE_TAIL = new LongIntMap();
    /** Bare compass nouns and the adjective of the curated region name they stand for ("the east" of Ukraine
     *  is what "eastern Ukraine" names). */
    private static final String[] COMPASS = {"east", "eastern", "west", "western", "north", "northern", "south", "southern",
        "southeast", "southeastern", "northeast", "northeastern", "southwest", "southwestern", "northwest", "northwestern"};
    /** Words that may stand between "in" and a bare compass noun, or before it alone: "in the war-torn east",
     *  "Ukraine's rebel east". */
    private static final LongIntMap COMPASS_ADJ = new LongIntMap();
    /** Words that may follow a bare compass noun used as a region: "killed in east as ...", "... in the east on Monday". */
    private static final LongIntMap COMPASS_NEXT = new LongIntMap();
    private static final long H_IN = LongIntMap.h("in"), H_THE = LongIntMap.h("the");
    private static final int[] NO_CANDIDATES = {};
    /** A name after these words is a unit's name: "regiment Azov", "battalion Aidar". */
    private static final LongIntMap UNIT = new LongIntMap();
    private static final long H_LATIN = LongIntMap.h("latin"), H_NEAR = LongIntMap.h("near");
    private static final long H_OF = LongIntMap.h("of"), H_LED = LongIntMap.h("led"), H_BACKED = LongIntMap.h("backed"),
            H_OCCUPATION = LongIntMap.h("occupation"), H_OCCUPIED = LongIntMap.h("occupied"),
            H_CONTROLLED = LongIntMap.h("controlled"), H_S = LongIntMap.h("s");

    static {
        for (String w : new String[] {"attack", "attacks", "shelling", "shellings", "strike", "strikes", "airstrike",
                "airstrikes", "aggression", "offensive", "bombardment", "bombing", "shells", "fire", "provocation",
                "provocations", "violations", "assault", "sabotage", "saboteurs", "punitive"}) {
            HOSTILE_ACT.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"talks", "summit", "negotiations", "peace", "accords", "accord", "agreement",
                "agreements", "format", "process", "protocol", "memorandum", "conference", "deal", "negotiators"}) {
            VENUE_TAIL.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"rebel", "separatist", "torn", "held", "controlled", "restive", "embattled",
                "volatile", "troubled", "industrial", "occupied", "country"}) {
            COMPASS_ADJ.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"in", "as", "amid", "despite", "after", "over", "with", "since", "on", "at", "and",
                "for", "during", "while", "following", "this", "last", "overnight", "today", "yesterday", "ahead"}) {
            COMPASS_NEXT.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"regiment", "battalion", "brigade", "unit", "squadron", "detachment"}) {
            UNIT.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"qaeda", "qaida", "shabaab", "shabab", "houthi", "houthis", "huthi", "huthis",
                "boko", "haram", "hamas", "hezbollah", "hizbollah", "hizballah", "daesh", "iswap", "jnim", "rsf",
                "janjaweed", "wagner", "codeco", "tplf", "ttp", "farc", "eln", "sdf", "ypg", "pkk", "hts"}) {
            ARMED_GROUP.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"america", "americas", "africa", "asia", "europe"}) CONTINENT_TAIL.put(LongIntMap.h(w), 1);
        for (String w : new String[] {"of", "de", "al", "el", "la", "le", "upon", "on", "and", "the", "du", "des", "sur",
                "am", "an", "i", "del", "di", "da", "do", "dos", "das", "e", "y", "en", "im", "ad", "bin", "au", "aux",
                // Arabic articles assimilated to the next word: "Deir ez Zor", "Ras al Ain" / "Ras ash Shamra"
                "ez", "es", "ash", "az", "ar", "ul", "ed"}) {
            CONNECTOR.put(LongIntMap.h(w), 1);
        }
    }

    /** News-style abbreviations of US states and Canadian provinces, only read as "Town, Ky." (a capitalised word and a comma before,
     *  period after): on their own most of them are words ("Miss", "Wash", "Man"). */
    private static final String[] STATE_ABBREV = {
        "Ala", "US.AL", "Ariz", "US.AZ", "Ark", "US.AR", "Calif", "US.CA", "Colo", "US.CO", "Conn", "US.CT",
        "Del", "US.DE", "Fla", "US.FL", "Ga", "US.GA", "Ill", "US.IL", "Ind", "US.IN", "Kan", "US.KS", "Kans", "US.KS",
        "Ky", "US.KY", "La", "US.LA", "Md", "US.MD", "Mass", "US.MA", "Mich", "US.MI", "Minn", "US.MN", "Miss", "US.MS",
        "Mo", "US.MO", "Mont", "US.MT", "Neb", "US.NE", "Nebr", "US.NE", "Nev", "US.NV", "Okla", "US.OK", "Ore", "US.OR",
        "Pa", "US.PA", "Tenn", "US.TN", "Tex", "US.TX", "Vt", "US.VT", "Va", "US.VA", "Wash", "US.WA", "Wis", "US.WI",
        "Wyo", "US.WY", "Alta", "CA.01", "Man", "CA.03", "Nfld", "CA.05", "Ont", "CA.08", "Que", "CA.10", "Sask", "CA.11",
        // dotted initials, read the same way ("Vancouver, B.C."; "500 B.C." is an era)
        "BC", "CA.02", "PEI", "CA.09", "NB", "CA.04", "NS", "CA.07", "NY", "US.NY", "NJ", "US.NJ", "NC", "US.NC",
        "SC", "US.SC", "ND", "US.ND", "SD", "US.SD", "NH", "US.NH", "NM", "US.NM", "RI", "US.RI", "DC", "US.DC",
        "WVa", "US.WV",
    };

    private static final LongIntMap STANDALONE_INITIALS = new LongIntMap();
    /** Weapons and equipment that carry names: "Grad rockets", "Caesar howitzers", "Patriot batteries". */
    private static final LongIntMap EQUIPMENT = new LongIntMap();

    static {
        for (String w : new String[] {"rocket", "rockets", "missile", "missiles", "howitzer", "howitzers", "tank", "tanks",
                "drone", "drones", "jet", "jets", "launcher", "launchers", "system", "systems", "battery", "batteries",
                "helicopter", "helicopters", "rifle", "rifles", "mlrs", "vehicle", "vehicles",
                "warship", "frigate", "submarine", "interceptor", "interceptors"}) {
            EQUIPMENT.put(LongIntMap.h(w), 1);
        }
    }

    /** Verbs of speaking whose subject, when a lone town name, is a person. */
    private static final LongIntMap SPOKE = new LongIntMap();

    static {
        for (String w : new String[] {"said", "says", "told", "tells", "added", "explained", "wrote", "testified", "recalled"}) {
            SPOKE.put(LongIntMap.h(w), 1);
        }
    }
    private static final LongIntMap FACILITY = new LongIntMap();

    static {
        for (String w : new String[] {"airport", "hospital", "church", "mosque", "school", "stadium", "market", "station",
                "bridge", "hotel", "prison"}) FACILITY.put(LongIntMap.h(w), 1);
    }

    private static final long H_CENTURY = LongIntMap.h("century"), H_CENTURIES = LongIntMap.h("centuries");

    static {
        for (String w : new String[] {"bc", "ny", "dc", "pei"}) STANDALONE_INITIALS.put(LongIntMap.h(w), 1);
    }

    private final Gazetteer g;
    private final boolean demonyms;
    /** name hash of an abbreviation -> its admin-1 entity + 1 */
    private final LongIntMap abbrev = new LongIntMap();
    /** hash of a US postal code ("or", "wv") -> its state's admin-1 entity + 1 */
    private final LongIntMap postal = new LongIntMap();
    /** compass word hash -> 1 + index into compassRegions */
    private final LongIntMap compassIndex = new LongIntMap();
    /** per compass word: country code -> the region "eastern Ukraine" names, from the curated aliases */
    private final List<Map<String, Integer>> compassRegions = new ArrayList<>();

    PlaceFinder(Gazetteer g, boolean demonyms) {
        this.g = g;
        this.demonyms = demonyms;
        for (int i = 0; i < STATE_ABBREV.length; i += 2) {
            int e = g.admin1Entity(STATE_ABBREV[i + 1]);
            if (e < 0) throw new IllegalStateException("unknown admin-1 " + STATE_ABBREV[i + 1]);
            abbrev.put(LongIntMap.h(STATE_ABBREV[i].toLowerCase(java.util.Locale.ROOT)), e + 1);
        }
        // "Portland, OR": GeoNames codes US states by their postal codes, so the table comes from the gazetteer
        for (int e = 0; e < g.size(); e++) {
            String a1 = g.kind(e) == Gazetteer.KIND_ADMIN1 ? g.admin1Code(e) : null;
            if (a1 != null && a1.length() == 5 && a1.startsWith("US.") && Character.isLetter(a1.charAt(3))) {
                postal.put(LongIntMap.h(a1.substring(3).toLowerCase(java.util.Locale.ROOT)), e + 1);
            }
        }
        for (int e = 0; e < g.size(); e++) {
            if (g.kind(e) != Gazetteer.KIND_COUNTRY) continue;
            for (int c = 0; c < COMPASS.length; c += 2) {
                String phrase = COMPASS[c + 1] + " " + g.name(e);
                int list = g.find(NameKey.of(phrase));
                for (int p = 0; list >= 0 && p < g.postings(list); p++) {
                    int r = g.posting(list, p) >> 2;
                    // a region called so ("Western Australia") is a state, not the west of the country
                    if (g.kind(r) == Gazetteer.KIND_ADMIN1 && g.countryCode(r).equals(g.countryCode(e))
                            && !g.name(r).equalsIgnoreCase(phrase)) {
                        compassTable(COMPASS[c]).put(g.countryCode(e), r);
                        compassTable(COMPASS[c + 1]).put(g.countryCode(e), r);
                    }
                }
            }
        }
    }

    private Map<String, Integer> compassTable(String word) {
        long h = LongIntMap.h(word);
        if (compassIndex.get(h) == 0) {
            compassRegions.add(new HashMap<>());
            compassIndex.put(h, compassRegions.size());
        }
        return compassRegions.get(compassIndex.get(h) - 1);
    }

    /** The mentions of the text; {@code why}, when not null, collects the names skipped as people. */
    List<Mention> find(Tokens t, StringBuilder why) {
        List<Mention> out = new ArrayList<>();
        // surnames of the people named so far, after a title or a given name ("Christopher Steele", then "Steele said")
        LongIntMap people = new LongIntMap();
        int i = 0;
        while (i < t.n) {
            if (t.garbled[t.sentence[i]]) { // bytes read as text name no places
                i = t.sentEnd[t.sentence[i]];
                continue;
            }
            Mention m = detect(t, i, people, why);
            if (m != null && (t.gapHas(m.start, Tokens.G_JUNK) || t.gapHas(m.end, Tokens.G_JUNK))) {
                i = m.end; // "\u0090Icó\u00a7": a name between stray symbols is noise
                continue;
            }
            if (m != null) {
                out.add(m);
                i = m.end;
            } else {
                i++;
            }
        }
        resolve(t, out);
        return out;
    }

    private Mention detect(Tokens t, int i, LongIntMap people, StringBuilder why) {
        boolean cap = t.is(i, Tokens.CAP) && t.is(i, Tokens.ALPHA);
        boolean dir = !cap && t.has(i, Lexicon.DIRECTION);
        if (!cap && !dir) return null;
        int sentEnd = t.sentEnd[t.sentence[i]];
        if (cap) {
            Mention m = stateAbbreviation(t, i, i > 0 && t.is(i - 1, Tokens.CAP) && (t.gap[i] & Tokens.G_COMMA) != 0);
            if (m != null) return m;
        }
        long key = t.hash[i], vkey = 0, bestKey = 0;
        int bestEnd = -1, bestList = -1, variantEnd = -1, variantList = -1, letters = 0;
        int folded = i; // tokens [i, folded) are in vkey: the variant is folded only when an exact name fails
        boolean variantOk = true;
        for (int j = i; j < Math.min(sentEnd, i + 5); j++) {
            boolean inWord = j > i && innerSyllable(t, j);
            if (j > i) {
                int gp = t.gap[j];
                if ((gp & ~(Tokens.G_SPACE | Tokens.G_HYPHEN | Tokens.G_PERIOD | Tokens.G_APOS)) != 0) break;
                boolean ok = t.is(j, Tokens.CAP) || CONNECTOR.get(t.hash[j]) != 0 || t.hash[j] == H_S || inWord
                        || hyphenatedArticle(t, j, sentEnd);
                if (!ok) break;
                key = NameKey.combine(key, t.hash[j]);
            }
            // the transliteration variant: articles dropped, each word folded (NameKey.variant); not across an
            // apostrophe, which the exact key already covers ("Ma'rib")
            variantOk &= !inWord;
            if (!t.is(j, Tokens.CAP) && !(j > i && t.hash[j] == H_S) && !inWord) continue;
            if (dir && j == i) continue;
            int list = g.find(key);
            if (list >= 0) {
                bestEnd = j + 1;
                bestList = list;
                bestKey = key;
            } else if (variantOk && t.hash[j] != H_S) {
                for (; folded <= j; folded++) {
                    if (strippableArticle(t, folded, sentEnd)) continue;
                    long v = NameKey.variantToken(t.text, t.start[folded], t.end[folded], folded > i);
                    vkey = vkey == 0 ? v : NameKey.combine(vkey, v);
                    letters += t.end[folded] - t.start[folded];
                }
                int vl = vkey != 0 && letters >= VARIANT_MIN_LETTERS ? g.findVariant(vkey) : -1;
                if (vl >= 0) {
                    variantEnd = j + 1;
                    variantList = vl;
                }
            }
        }
        int[] raw;
        if (variantEnd > bestEnd) {
            // a spelling no gazetteer name carries, matched by its variant key: scored as an alternate name
            bestEnd = variantEnd;
            raw = new int[g.variantPostings(variantList)];
            for (int c = 0; c < raw.length; c++) raw[c] = g.variantPosting(variantList, c) | Gazetteer.ALT;
        } else if (bestList >= 0) {
            raw = postingsOf(bestList);
        } else {
            return dir && bareCompass(t, i, sentEnd) ? compassMention(i) : null;
        }
        int len = bestEnd - i;
        for (int j = i; j < bestEnd; j++) if (ARMED_GROUP.get(t.hash[j]) != 0) return null;
        // a stop word on its own is no place, unless it names a country or an area ("US", "Africa")
        if (len == 1 && t.has(i, Lexicon.STOP_NAME) && !namesCountryOrArea(raw)) return null;
        // "North America", "Latin America" are not the United States, "West Africa" is not a town called
        // Africa: a direction before a continent is part of the name, or the mention is dropped
        if (bestEnd == i + 1 && i + 1 < t.n && CONTINENT_TAIL.get(t.hash[i + 1]) != 0 && (t.gap[i + 1] & ~Tokens.G_SPACE) == 0
                && (t.has(i, Lexicon.DIRECTION) || t.hash[i] == H_LATIN)) return null;
        if (i - 1 >= 0 && CONTINENT_TAIL.get(t.hash[i]) != 0 && (t.gap[i] & ~Tokens.G_SPACE) == 0
                && (t.has(i - 1, Lexicon.DIRECTION) || t.hash[i - 1] == H_LATIN)) return null;
        if (len == 1 && t.end[i] - t.start[i] < 3 && !t.is(i, Tokens.UPPER)) return null;
        // a surname named before, unless written as a place ("in Jackson", "near Jackson"; "from Jackson" is
        // as often a person)
        if (len == 1 && people.get(t.hash[i]) != 0 && townsOnly(raw)
                && !(i > 0 && (t.hash[i - 1] == H_IN || t.hash[i - 1] == H_NEAR))) {
            boolean partOfName = i > 0 && t.is(i - 1, Tokens.CAP) && (t.gap[i] & ~Tokens.G_SPACE) == 0;
            if (why != null && !partOfName) why.append("  '").append(t.word(i)).append("' surname of a person named before: not a place\n");
            return null;
        }
        // a compass word alone is no name ("Western" is not Western Province)
        if (len == 1 && t.has(i, Lexicon.DIRECTION)) return null;
        // a short all-capitals token is an acronym: it names a country or a region by its name or a curated
        // alias ("US", "DRC", "NSW"), never a town ("BA" is British Airways, not Bath nor Ba in Fiji)
        boolean acronym = len == 1 && t.is(i, Tokens.UPPER) && t.end[i] - t.start[i] <= 3;
        int[] cands = new int[raw.length];
        int nc = 0;
        boolean bigKind = false;
        for (int c = 0; c < cands.length; c++) {
            int posting = raw[c];
            if (acronym && ((posting & Gazetteer.ALT) != 0 || g.kind(posting >> 2) == Gazetteer.KIND_PLACE)) continue;
            cands[nc++] = posting;
            // a region only by an alternate name ("Santa Ana" for "Santa Ana Department") does not shield a town's name
            // from the person and organisation rules ("Santa Ana City Council")
            if (g.kind(posting >> 2) != Gazetteer.KIND_PLACE && (posting & Gazetteer.ALT) == 0) bigKind = true;
        }
        if (nc == 0) return null;
        if (nc < cands.length) cands = java.util.Arrays.copyOf(cands, nc);
        int end = bestEnd;
        boolean suffix = false;
        if (end < sentEnd && t.has(end, Lexicon.REGION_WORD) && (t.gap[end] & ~Tokens.G_SPACE) == 0) {
            suffix = true;
            // "Kyiv region", "Kiev Oblast": a name the gazetteer knows with its region word names that region,
            // not the city region of the same name
            int[] named = variantEnd > bestEnd || bestKey == 0 ? null : regionsNamed(NameKey.combine(bestKey, t.hash[end]));
            if (named != null) cands = named;
            end++;
        }
        // names of people and organisations: a title before, or more capitalised words around
        int prev = i - 1;
        if (prev >= 0 && t.sentence[prev] == t.sentence[i] && t.has(prev, Lexicon.TITLE)
                && t.is(prev, Tokens.CAP) && !bigKind) return person(t, i, sentEnd, people, why);
        if (!bigKind && !suffix && end < sentEnd && t.is(end, Tokens.CAP) && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && !t.has(end, Lexicon.STOP_NAME)) {
            if (t.has(end, Lexicon.ORG_TAIL)) return null;
            int nextList = g.find(t.hash[end]);
            // "Ben Hodges", "Christopher Steele": a town name before a capitalised word that is no place, or that
            // names only towns too, is a given name (two places are not written side by side without a comma)
            if (nextList < 0 || townsOnly(postingsOf(nextList)) && (prev < 0 || !t.has(prev, Lexicon.LOCATIVE))) {
                return person(t, i, sentEnd, people, why);
            }
        }
        if (!bigKind && prev >= 0 && t.sentence[prev] == t.sentence[i] && t.is(prev, Tokens.CAP)
                && (t.gap[i] & ~Tokens.G_SPACE) == 0 && !t.has(prev, Lexicon.STOP_NAME)
                && (!t.sentenceInitial(prev) || variantEnd == bestEnd) && g.find(t.hash[prev]) < 0
                // title case: "Heavy Fighting Near Pokrovsk", "Shelling In Donetsk"
                && !t.has(prev, Lexicon.LOCATIVE | Lexicon.RELATIVE)) {
            // "Ben Hodges": a surname when only small towns carry it and the given name does not continue a
            // title-case run; "CBC Toronto", "Village Malakal", "Russian Shelling Hits Kurakhove" are not people
            return smallTownsOnly(cands) && !titleCase(t, t.sentence[i]) ? person(t, i, sentEnd, people, why) : null;
        }
        // "Grad rockets", "a Caesar howitzer", "Patriot batteries": a name before a weapon is the weapon's, unless a
        // country, a region or a people names it ("Russian missiles") or the weapon is the means of an attack on
        // the place ("Nikopol drone attack")
        if (end + 1 < sentEnd && EQUIPMENT.get(t.hash[end]) != 0 && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && !namesCountryOrArea(cands) && !anyDemonym(cands) && HOSTILE_ACT.get(t.hash[end + 1]) == 0) {
            if (why != null) why.append("  '").append(t.word(i)).append("' names a weapon: not a place\n");
            return null;
        }
        // "Lincoln told reporters", "Palma said": a lone town name speaking is a person; capitals, regions and
        // countries speak for their governments ("Kiev says", "Donetsk said")
        if (len == 1 && !suffix && end < sentEnd && SPOKE.get(t.hash[end]) != 0 && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && townsOnly(cands) && !anyCapital(cands)
                && (t.sentenceInitial(i) || (t.gap[i] & (Tokens.G_COMMA | Tokens.G_QUOTE | Tokens.G_COLON)) != 0)) {
            // as a clause's subject only: "a resident of Tabriz told the BBC" is the town
            return person(t, i, sentEnd, people, why);
        }
        Mention m = new Mention(i, end, cands, suffix);
        m.variant = variantEnd == bestEnd;
        int nx = end;
        // "Ukraine's military": the possessive 's, then the noun
        if (nx + 1 < sentEnd && t.hash[nx] == H_S && (t.gap[nx] & Tokens.G_APOS) != 0) {
            nx++;
            m.agentUse = HOSTILE_ACT.get(t.hash[nx]) != 0;
        }
        if (nx < sentEnd && (t.gap[nx] & ~(Tokens.G_SPACE | Tokens.G_APOS)) == 0) {
            long h = t.hash[nx];
            // "Goma airport", "Donetsk airport": a facility in the town is still the town (an event there happened in it)
            m.actorUse = Lexicon.has(h, Lexicon.FORCE) && FACILITY.get(h) == 0 || h == H_LED || h == H_BACKED || h == H_OCCUPATION
                    || h == H_OCCUPIED || h == H_CONTROLLED
                    || Lexicon.has(h, Lexicon.PERSON) && !Lexicon.has(h, Lexicon.KILL | Lexicon.INJURE);
        }
        if (nx < sentEnd && (t.gap[nx] & ~Tokens.G_SPACE) == 0 && VENUE_TAIL.get(t.hash[nx]) != 0) {
            m.borrowed = true;
        }
        if (prev >= 0 && UNIT.get(t.hash[prev]) != 0 && (t.gap[i] & ~Tokens.G_SPACE) == 0) m.borrowed = true;
        // "the Azov regiment", "the Kharkiv brigade": a unit named after a place is not the scene
        if (end < sentEnd && UNIT.get(t.hash[end]) != 0 && (t.gap[end] & ~Tokens.G_SPACE) == 0) m.borrowed = true;
        m.actorUse |= m.borrowed;
        // a source, not a place: "Kiev says ...", "... killed - Kiev", "...: Kiev military"
        if (nx < sentEnd && t.has(nx, Lexicon.CLAIM | Lexicon.SPEECH)) m.actorUse = true;
        if ((t.gap[i] & (Tokens.G_COLON | Tokens.G_HYPHEN)) != 0 && (t.gap[i] & Tokens.G_SPACE) != 0
                && t.sentEnd[t.sentence[i]] - end <= 2 && i > t.sentStart[t.sentence[i]]) m.actorUse = true;
        for (int j = i - 1; j >= Math.max(t.sentStart[t.sentence[i]], i - 2); j--) {
            if (t.has(j, Lexicon.LOCATIVE)) { m.locative = true; break; }
        }
        for (int j = i - 1; j >= Math.max(t.sentStart[t.sentence[i]], i - 4); j--) {
            if (t.has(j, Lexicon.RELATIVE)) { m.relative = true; break; }
        }
        return m;
    }

    /** A variant key must span this many letters: shorter words fold into too many others. */
    private static final int VARIANT_MIN_LETTERS = 5;

    /** "Ma'rib", "Sa'dah": a lower-case syllable after an apostrophe (not the possessive s) continues the word. */
    private static boolean innerSyllable(Tokens t, int j) {
        return t.gap[j] == Tokens.G_APOS && !t.is(j, Tokens.CAP) && t.is(j, Tokens.ALPHA) && t.hash[j] != H_S;
    }

    /** "Deir ez-Zor", "Ras al-Ain", "as-Suwayda": an Arabic article hyphenated to the next word, inside a name. */
    private static boolean hyphenatedArticle(Tokens t, int j, int sentEnd) {
        return j + 1 < sentEnd && (t.gap[j + 1] & ~Tokens.G_SPACE) == Tokens.G_HYPHEN && NameKey.isArticle(t.hash[j]);
    }

    /** An article the variant key leaves out: "al"/"el" before any word, the others only hyphenated ("As Suwayda"
     *  may be English: "As" starts many sentences). */
    private static boolean strippableArticle(Tokens t, int j, int sentEnd) {
        if (hyphenatedArticle(t, j, sentEnd)) return true;
        return j + 1 < sentEnd && NameKey.isLooseArticle(t.hash[j])
                && (t.gap[j + 1] & ~(Tokens.G_SPACE | Tokens.G_HYPHEN)) == 0;
    }

    /**
     * "Town, Ky." or "Town, B.C." ({@code afterTown}): an abbreviation ended by a period, or dotted initials. The
     * initials that news also writes alone ("in B.C.", "N.Y. police", "D.C.") are read anywhere but after a
     * number or "century" ("500 B.C.").
     */
    private Mention stateAbbreviation(Tokens t, int i, boolean afterTown) {
        int last = i;
        long key = t.hash[i];
        // "Portland, OR", "Athens, GA": a postal code after "Town,", not followed by more of a name
        if (afterTown && t.is(i, Tokens.UPPER) && t.end[i] - t.start[i] == 2 && postal.get(key) != 0
                && !(i + 1 < t.n && t.is(i + 1, Tokens.CAP) && (t.gap[i + 1] & ~Tokens.G_SPACE) == 0)) {
            return new Mention(i, i + 1, new int[] {(postal.get(key) - 1) << 2}, false);
        }
        // "Sen. Lindsey Graham, R-S.C.", "(D-Calif.)": a party and a state
        afterTown |= i >= 2 && (t.gap[i] & ~Tokens.G_HYPHEN) == 0 && (t.gap[i] & Tokens.G_HYPHEN) != 0 && party(t, i - 1)
                && (t.gap[i - 1] & (Tokens.G_COMMA | Tokens.G_PAREN)) != 0;
        if (!afterTown && !initial(t, i)) return null;
        if (initial(t, i)) {
            StringBuilder letters = new StringBuilder().append(t.text.charAt(t.start[i]));
            while (last + 1 < t.n && t.gap[last + 1] == Tokens.G_PERIOD && initial(t, last + 1)) {
                letters.append(t.text.charAt(t.start[++last]));
            }
            // "W.Va.": initials ending in a short word
            if (last + 1 < t.n && t.gap[last + 1] == Tokens.G_PERIOD && t.is(last + 1, Tokens.CAP)
                    && t.end[last + 1] - t.start[last + 1] <= 2 && !initial(t, last + 1)) {
                letters.append(t.word(++last));
            }
            if (last == i) return null;
            key = LongIntMap.h(letters.toString().toLowerCase(java.util.Locale.ROOT));
            if (!afterTown && (STANDALONE_INITIALS.get(key) == 0 || i > 0
                    && (t.is(i - 1, Tokens.DIGIT) || t.hash[i - 1] == H_CENTURY || t.hash[i - 1] == H_CENTURIES))) return null;
        }
        boolean periodAfter = last + 1 < t.n ? (t.gap[last + 1] & Tokens.G_PERIOD) != 0
                : t.end[last] < t.text.length() && t.text.charAt(t.end[last]) == '.';
        int ab = periodAfter ? abbrev.get(key) : 0;
        return ab == 0 ? null : new Mention(i, last + 1, new int[] {(ab - 1) << 2}, false);
    }

    /** "D", "R", "I": a party letter before a state ("R-S.C."). */
    private static boolean party(Tokens t, int k) {
        if (!initial(t, k)) return false;
        char c = t.text.charAt(t.start[k]);
        return c == 'D' || c == 'R' || c == 'I';
    }

    private static boolean initial(Tokens t, int k) {
        return t.end[k] - t.start[k] == 1 && Character.isUpperCase(t.text.charAt(t.start[k]));
    }

    /** Skips a person's name starting at {@code i}, remembering its last word as a surname; returns null. */
    private static Mention person(Tokens t, int i, int sentEnd, LongIntMap people, StringBuilder why) {
        int last = i;
        while (last + 1 < sentEnd && t.is(last + 1, Tokens.CAP) && (t.gap[last + 1] & ~Tokens.G_SPACE) == 0
                && !t.has(last + 1, Lexicon.STOP_NAME | Lexicon.ORG_TAIL)) last++;
        people.put(t.hash[last], 1);
        if (why != null) why.append("  '").append(Casualties.span(t, i, last + 1)).append("' a person's name: not a place\n");
        return null;
    }

    /** Only towns of under 30,000 people carry the name: as likely a surname as a place. */
    /** A headline in title case ("Russian Shelling Hits Kurakhove"): most of its longer words are capitalised. */
    private static boolean titleCase(Tokens t, int sentence) {
        int words = 0, caps = 0;
        for (int k = t.sentStart[sentence]; k < t.sentEnd[sentence]; k++) {
            if (!t.is(k, Tokens.ALPHA) || t.end[k] - t.start[k] < 4) continue;
            words++;
            if (t.is(k, Tokens.CAP)) caps++;
        }
        return words >= 3 && caps * 5 >= words * 4;
    }

    private boolean smallTownsOnly(int[] postings) {
        return townsOnly(postings, 30_000);
    }

    private boolean townsOnly(int[] postings) {
        return townsOnly(postings, Integer.MAX_VALUE);
    }

    /** Only towns of under {@code populationBelow} people carry the name. */
    private boolean townsOnly(int[] postings, int populationBelow) {
        for (int p : postings) {
            if (g.kind(p >> 2) != Gazetteer.KIND_PLACE || g.population(p >> 2) >= populationBelow) return false;
        }
        return true;
    }

    private int[] postingsOf(int list) {
        int[] out = new int[g.postings(list)];
        for (int c = 0; c < out.length; c++) out[c] = g.posting(list, c);
        return out;
    }

    private boolean namesCountryOrArea(int[] postings) {
        for (int p : postings) {
            int k = g.kind(p >> 2);
            if (k == Gazetteer.KIND_COUNTRY || k == Gazetteer.KIND_AREA) return true;
        }
        return false;
    }

    /** "killed in the separatist east", "Ukraine's rebel east:", "ceasefire in east": a compass noun naming a part
     *  of the country (not "from the east", "east of the city", "eastern front"). */
    private boolean bareCompass(Tokens t, int i, int sentEnd) {
        if (compassIndex.get(t.hash[i]) == 0) return false;
        int next = i + 1;
        boolean endsHere = next >= sentEnd || (t.gap[next] & ~Tokens.G_SPACE) != 0 && (t.gap[next] & Tokens.G_APOS) == 0
                || COMPASS_NEXT.get(t.hash[next]) != 0;
        if (!endsHere) return false;
        int st = t.sentStart[t.sentence[i]];
        int j = i - 1;
        boolean modified = false;
        while (j >= st && j >= i - 4 && (t.gap[j + 1] & ~(Tokens.G_SPACE | Tokens.G_HYPHEN | Tokens.G_APOS)) == 0) {
            long h = t.hash[j];
            if (h == H_IN) return true;
            if (COMPASS_ADJ.get(h) != 0 || h == H_S && (t.gap[j] & Tokens.G_APOS) != 0) modified |= h != H_S;
            else if (h != H_THE && !(t.is(j, Tokens.CAP) && j + 1 < i && t.hash[j + 1] == H_S)
                    && !(j + 1 < i && (t.gap[j + 1] & Tokens.G_HYPHEN) != 0)) break;
            j--;
        }
        return modified;
    }

    private Mention compassMention(int i) {
        Mention m = new Mention(i, i + 1, NO_CANDIDATES, false);
        m.compass = true;
        return m;
    }

    private double baseScore(int posting, Mention m, Tokens t) {
        int e = posting >> 2;
        boolean alt = (posting & Gazetteer.ALT) != 0;
        boolean dem = (posting & Gazetteer.DEMONYM) != 0;
        int kind = g.kind(e);
        double s;
        if (kind == Gazetteer.KIND_COUNTRY) {
            s = dem ? 95 : 100;
        } else if (kind == Gazetteer.KIND_ADMIN1) {
            s = 62 + (m.regionSuffix ? 60 : 0) + Math.log10(g.population(e) + 10);
            // a region by an alternate name or a spelling variant ("Beni" for "Beni Department") yields to a notable town
            if (alt && !m.regionSuffix) s -= ADMIN1_ALT_PENALTY;
        } else if (kind == Gazetteer.KIND_AREA) {
            // a continent or a sea outranks its namesake towns; a county or province (it has an admin-1
            // region) ranks between its country's admin-1 regions and the country
            s = g.admin1Code(e) == null ? 90 : 70 + (m.regionSuffix ? 40 : 0);
            if (dem) s -= 5;
        } else {
            int population = g.population(e);
            // GeoNames writes 0 for an unknown population: an admin seat counts as a town of the size such seats
            // typically have ("Al Qamishli", a district seat, population 0)
            if (population == 0 && g.featureRank(e) >= Gazetteer.FC_PPLA2) {
                population = g.featureRank(e) >= Gazetteer.FC_PPLA ? 50_000 : SEAT_UNKNOWN_POPULATION;
            }
            s = 10 * Math.log10(population + 10);
            switch (g.featureRank(e)) {
                case Gazetteer.FC_PPLC -> s += 20;
                case Gazetteer.FC_PPLA -> s += 10;
                case Gazetteer.FC_PPLA2 -> s += 5;
                case Gazetteer.FC_PPLA3 -> s += 2;
                case Gazetteer.FC_HIST -> s -= 25;
                default -> { }
            }
            if (alt) s -= 10;
            if (m.regionSuffix) s -= 30;
        }
        return s;
    }

    private static final double ADMIN1_ALT_PENALTY = 20;
    /** The focus country's votes (of towns and regions) from the mentions other than mention k. */
    private double otherVotes(Map<String, Double> placeVotes, String focus, int k, int[] first, double[] vote) {
        double v = placeVotes.getOrDefault(focus, 0.0);
        if (first[k] >= 0 && focus.equals(g.countryCode(first[k] >> 2))) v -= vote[k];
        return v;
    }

    private static boolean anyDemonym(int[] postings) {
        for (int p : postings) if ((p & Gazetteer.DEMONYM) != 0) return true;
        return false;
    }

    private boolean anyCapital(int[] postings) {
        for (int p : postings) if (g.featureRank(p >> 2) == Gazetteer.FC_PPLC) return true;
        return false;
    }

    /** The regions (not towns) a full name with its region word names, or null. */
    private int[] regionsNamed(long key) {
        int list = g.find(key);
        if (list < 0) return null;
        int[] all = postingsOf(list);
        int n = 0;
        for (int p : all) if (g.kind(p >> 2) != Gazetteer.KIND_PLACE && (p & Gazetteer.DEMONYM) == 0) all[n++] = p;
        return n == 0 ? null : java.util.Arrays.copyOf(all, n);
    }

    /** The population assumed for a district seat (PPLA2) whose population GeoNames does not know. */
    private static final int SEAT_UNKNOWN_POPULATION = 20_000;

    /** A town needs this base score (about 30,000 people, or an admin seat) to serve as a reference point. */
    private static final double ANCHOR_MIN = 45;
    /** A town candidate with a base score below FAR_SMALL (under ~100,000 people) lying more than FAR_KM from
     *  every reference point of the article loses FAR_PENALTY: "Udachne" in a Donetsk report is not the
     *  Crimean village of that name. */
    private static final double FAR_KM = 300, FAR_SMALL = 50, FAR_PENALTY = 30;

    /**
     * Reference points: one per distinct place (an article naming Kyiv 50,000 times has one), each with how many
     * mentions chose it; the first {@link #MAX_ANCHORS} distinct places only, so a mention costs bounded time.
     */
    private static final int MAX_ANCHORS = 256;

    private static final class Anchors {
        final double[] lat = new double[MAX_ANCHORS], lon = new double[MAX_ANCHORS];
        final int[] entity = new int[MAX_ANCHORS], count = new int[MAX_ANCHORS];
        final Map<Integer, Integer> index = new HashMap<>();
        int n;

        /** Adds a mention's place; false when the place is not kept as a reference point (over the bound). */
        boolean add(int e, double la, double lo) {
            Integer i = index.get(e);
            if (i != null) {
                count[i]++;
                return true;
            }
            if (n == MAX_ANCHORS) return false;
            index.put(e, n);
            lat[n] = la;
            lon[n] = lo;
            entity[n] = e;
            count[n++] = 1;
            return true;
        }
    }

    /**
     * Distance in km to the nearest reference point of another mention, or -1 when there is none; {@code self}
     * is the place the mention itself added, or -1.
     */
    private static double nearestKm(double lat, double lon, Anchors a, int self) {
        double best = -1;
        double c = Math.cos(Math.toRadians(lat));
        double[] aLat = a.lat, aLon = a.lon;
        for (int i = 0; i < a.n; i++) {
            if (a.entity[i] == self && a.count[i] == 1) continue;
            double dy = aLat[i] - lat, dx = aLon[i] - lon;
            if (dx > 180) dx -= 360; else if (dx < -180) dx += 360;
            dx *= c;
            double d = Math.sqrt(dx * dx + dy * dy) * 111.2;
            if (best < 0 || d < best) best = d;
        }
        return best;
    }

    /** "Town (Region)": a town in the region named in brackets right after it gains, one elsewhere loses. */
    private static final double QUALIFIER_BONUS = 60, QUALIFIER_PENALTY = 40;
    /** "Beni territory, North Kivu": a candidate outside the region named after it, when another is inside it. */
    private static final double PAIR_ELSEWHERE_PENALTY = 100;

    /**
     * The region or country qualifying mention k in brackets, ACLED's "Djibo (Soum, Sahel)", "Kani township
     * (Sagaing)": the first-pass winner of the last mention inside the brackets that open at most two words
     * after it, when that is a country or has an admin-1 region; else -1.
     */
    private int qualifier(Tokens t, List<Mention> ms, int k, int[] first) {
        if (k + 1 >= ms.size() || first[k + 1] < 0) return -1;
        Mention m = ms.get(k), next = ms.get(k + 1);
        int open = next.start;
        if (open - m.end > 2 || (t.gap[open] & Tokens.G_PAREN) == 0 || t.sentence[open] != t.sentence[m.start]) return -1;
        for (int j = m.end; j < open; j++) if (t.gap[j] != Tokens.G_SPACE) return -1;
        int close = open + 1;
        while (close < t.n && (t.gap[close] & Tokens.G_PAREN) == 0) close++;
        int last = k + 1;
        while (last + 1 < ms.size() && ms.get(last + 1).start < close && first[last + 1] >= 0) last++;
        int e = first[last] >> 2;
        if (ms.get(last).compass || (first[last] & Gazetteer.DEMONYM) != 0) return -1;
        int kind = g.kind(e);
        if (kind == Gazetteer.KIND_COUNTRY || kind != Gazetteer.KIND_PLACE && g.admin1Code(e) != null) return e;
        // "(Rio de Janeiro)", "(Arauca)": the last name in ACLED's brackets is the region even where a city of
        // that name won the first pass
        for (int p : ms.get(last).candidates) {
            if ((p & Gazetteer.DEMONYM) == 0 && g.kind(p >> 2) == Gazetteer.KIND_ADMIN1) return p >> 2;
        }
        return -1;
    }

    /** Entity e lies in the country or admin-1 region {@code qualifier}. */
    private boolean inside(int qualifier, int e) {
        return g.kind(qualifier) == Gazetteer.KIND_COUNTRY ? g.countryCode(qualifier).equals(g.countryCode(e))
                : g.admin1Code(qualifier).equals(g.admin1Code(e));
    }

    private void resolve(Tokens t, List<Mention> ms) {
        // pass 1: context-free best, votes for the article's countries and regions
        Map<String, Double> countryVotes = new HashMap<>();
        Map<String, Double> regionVotes = new HashMap<>();
        // votes of the towns and regions only: "US-led coalition", "Saudi-led" name a side, not the scene
        Map<String, Double> placeVotes = new HashMap<>();
        int[] first = new int[ms.size()];
        double[] vote = new double[ms.size()];
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            double best = -1e9;
            int bp = -1;
            for (int p : m.candidates) {
                double s = baseScore(p, m, t);
                if (s > best) { best = s; bp = p; }
            }
            first[k] = bp;
            if (bp < 0) continue;
            int e = bp >> 2;
            int kind = g.kind(e);
            double w = kind == Gazetteer.KIND_COUNTRY ? 2 : kind == Gazetteer.KIND_ADMIN1 ? 2 : best >= 50 ? 1 : 0.3;
            // a region named by an alternate name or a spelling variant ("Santa Ana area") votes like a town
            if (kind == Gazetteer.KIND_ADMIN1 && (bp & Gazetteer.ALT) != 0) w = 1;
            // a demonym ("Russian" forces) names a side more often than the scene: it loses a tie to a place
            if ((bp & Gazetteer.DEMONYM) != 0) w = 0.9;
            if (m.borrowed && kind != Gazetteer.KIND_COUNTRY) w = 0;
            vote[k] = w;
            if (g.countryCode(e) != null) countryVotes.merge(g.countryCode(e), w, Double::sum);
            if (g.countryCode(e) != null && kind != Gazetteer.KIND_COUNTRY && (bp & Gazetteer.DEMONYM) == 0) {
                placeVotes.merge(g.countryCode(e), w, Double::sum);
            }
            if (g.admin1Code(e) != null && kind != Gazetteer.KIND_COUNTRY) regionVotes.merge(g.admin1Code(e), w, Double::sum);
        }
        String focus = null;
        double fv = 0;
        for (Map.Entry<String, Double> en : countryVotes.entrySet()) {
            if (en.getValue() > fv || en.getValue() == fv && focus != null && en.getKey().compareTo(focus) < 0) {
                fv = en.getValue();
                focus = en.getKey();
            }
        }
        // reference points: the first-pass winners that are regions or notable towns (not countries: their
        // points are centroids); a small town far from all of them is likely a namesake elsewhere
        Anchors anchors = new Anchors();
        int[] anchorOf = new int[ms.size()];
        for (int k = 0; k < ms.size(); k++) {
            int bp = first[k];
            anchorOf[k] = -1;
            if (bp < 0) continue;
            int e = bp >> 2;
            int kind = g.kind(e);
            if ((bp & Gazetteer.DEMONYM) != 0 || kind == Gazetteer.KIND_COUNTRY || kind == Gazetteer.KIND_AREA) continue;
            if (kind == Gazetteer.KIND_PLACE && baseScore(bp, ms.get(k), t) < ANCHOR_MIN) continue;
            if (anchors.add(e, g.latitude(e), g.longitude(e))) anchorOf[k] = e;
        }
        // pass 2: with context
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.compass) {
                Integer r = focus == null ? null : compassRegions.get(compassIndex.get(t.hash[m.start]) - 1).get(focus);
                m.entity = r == null ? -1 : r;
                m.score = 62;
                m.why = " compass part of " + focus;
                continue;
            }
            Mention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
            boolean pair = next != null && !next.compass && next.start == m.end && (t.gap[next.start] & Tokens.G_COMMA) != 0;
            int nextBest = pair ? first[k + 1] >> 2 : -1;
            int qualifier = qualifier(t, ms, k, first);
            boolean pairInside = false;
            for (int p = 0; nextBest >= 0 && g.kind(nextBest) == Gazetteer.KIND_ADMIN1 && p < m.candidates.length; p++) {
                int e = m.candidates[p] >> 2;
                pairInside |= e != nextBest && g.admin1Code(nextBest).equals(g.admin1Code(e));
            }
            double best = -1e9;
            int bp = -1;
            String why = "";
            // a notable town carrying the name as its primary name: a historic or foreign alternate name of
            // another town does not beat it on the focus bonus ("Pokrovsk" next to "Russian" is not Engels)
            boolean primaryTown = false;
            for (int p : m.candidates) {
                if ((p & (Gazetteer.ALT | Gazetteer.DEMONYM)) == 0 && g.kind(p >> 2) == Gazetteer.KIND_PLACE
                        && baseScore(p, m, t) >= ANCHOR_MIN) { primaryTown = true; break; }
            }
            for (int p : m.candidates) {
                int e = p >> 2;
                double s = baseScore(p, m, t), base = s;
                StringBuilder w = new StringBuilder();
                if (focus != null && focus.equals(g.countryCode(e)) && primaryTown && (p & Gazetteer.ALT) != 0
                        && g.kind(e) == Gazetteer.KIND_PLACE) {
                    w.append(" alt-name: no focus bonus");
                } else if (focus != null && focus.equals(g.countryCode(e))) {
                    // the focus country itself keeps its lead over its towns ("Mexico" is not Mexico City)
                    s += 35;
                    w.append(" +focus ").append(focus);
                }
                // a spelling variant is trusted in the article's country only ("Darah district" in an Afghan report is
                // no Daraa)
                if (m.variant && focus != null && !focus.equals(g.countryCode(e)) && otherVotes(placeVotes, focus, k, first, vote) > 0) continue;
                String a1 = g.admin1Code(e);
                if (a1 != null && (g.kind(e) == Gazetteer.KIND_PLACE || g.kind(e) == Gazetteer.KIND_AREA)) {
                    double own = a1.equals(g.admin1Code(first[k] >> 2)) ? 1 : 0;
                    double votes = regionVotes.getOrDefault(a1, 0.0) - own;
                    if (votes > 0.5) { s += 20; w.append(" +region ").append(a1); }
                }
                if (g.kind(e) == Gazetteer.KIND_PLACE && anchors.n > 0 && base < FAR_SMALL) {
                    double d = nearestKm(g.latitude(e), g.longitude(e), anchors, anchorOf[k]);
                    if (d >= 0 && d > FAR_KM && base < FAR_SMALL) {
                        s -= FAR_PENALTY;
                        w.append(" -far ").append((int) d).append("km");
                    }
                }
                if (nextBest >= 0 && g.kind(nextBest) != Gazetteer.KIND_PLACE) {
                    if (g.kind(nextBest) == Gazetteer.KIND_ADMIN1 && nextBest != e && g.admin1Code(nextBest).equals(a1)) {
                        s += 60;
                        w.append(" +pair ").append(a1);
                    } else if (pairInside && !g.admin1Code(nextBest).equals(a1)) {
                        // "Beni territory, North Kivu": the name has a namesake in the region, this one is elsewhere
                        s -= PAIR_ELSEWHERE_PENALTY;
                        w.append(" -pair");
                    } else if (g.kind(nextBest) == Gazetteer.KIND_COUNTRY && g.countryCode(nextBest).equals(g.countryCode(e))
                            && g.kind(e) != Gazetteer.KIND_COUNTRY) {
                        s += 40;
                        w.append(" +pair ").append(g.countryCode(e));
                    }
                }
                if (qualifier >= 0 && g.kind(e) == Gazetteer.KIND_PLACE) {
                    boolean inside = inside(qualifier, e);
                    s += inside ? QUALIFIER_BONUS : -QUALIFIER_PENALTY;
                    w.append(inside ? " +qualifier " : " -qualifier ").append(g.name(qualifier));
                }
                if (s > best || s == best && bp >= 0 && (p >> 2) < (bp >> 2)) {
                    best = s;
                    bp = p;
                    why = w.toString();
                }
            }
            if (bp < 0) continue; // m.entity stays -1
            if (qualifier >= 0 && g.kind(bp >> 2) == Gazetteer.KIND_PLACE && !inside(qualifier, bp >> 2)) {
                // "Complexo da Mare (Rio de Janeiro)": no town of the name in the bracketed region; the event falls
                // back to the region, never to a namesake elsewhere
                m.why = " no namesake inside " + g.name(qualifier);
                continue;
            }
            if (g.kind(bp >> 2) == Gazetteer.KIND_PLACE) {
                // a country keeps its name from its own towns ("Mexico" is not Mexico City, even when the
                // capital's region is named elsewhere in the article)
                for (int p : m.candidates) {
                    if ((p & Gazetteer.DEMONYM) == 0 && g.kind(p >> 2) == Gazetteer.KIND_COUNTRY
                            && g.countryCode(p >> 2).equals(g.countryCode(bp >> 2))) {
                        bp = p;
                        why += " country over its town";
                        break;
                    }
                }
            }
            m.score = best;
            m.why = why;
            int e = bp >> 2;
            m.demonym = (bp & Gazetteer.DEMONYM) != 0;
            m.alt = (bp & Gazetteer.ALT) != 0;
            m.broad = g.countryCode(e) == null;
            boolean keep = best >= 38 || g.kind(e) != Gazetteer.KIND_PLACE;
            if (m.demonym && !demonyms) keep = false;
            m.entity = keep ? e : -1;
            // "Ukraine peace talks": a country lends its name to its own talks; it stays the article's country
            if (g.kind(e) == Gazetteer.KIND_COUNTRY) m.borrowed = false;
            if (m.agentUse && (g.kind(e) == Gazetteer.KIND_COUNTRY || g.featureRank(e) == Gazetteer.FC_PPLC)) m.actorUse = true;
        }
        ms.removeIf(m -> m.entity < 0);
    }
}
