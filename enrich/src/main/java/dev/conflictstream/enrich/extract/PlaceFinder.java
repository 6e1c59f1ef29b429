package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.NameKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the place mentions of an article's tokens and has {@link PlaceResolver} resolve each to one
 * gazetteer entity.
 *
 * <p>Detection (this class) reads capitalised token n-grams, longest first, looked up by hash in the
 * gazetteer (exact names, then transliteration variants), and skips stop words, person names (after a
 * title, or inside a run of capitalised words that are not places), organisation names ("Ankara
 * University"), weapons ("Grad rockets") and armed groups; it marks how a name is used (a side, a
 * source, a venue or unit, after a locative). Resolution ({@link PlaceResolver}) scores the candidates
 * by kind, size and the article's context with the weights of {@link ScoringWeights}; a mention that
 * stays weak is dropped rather than guessed, so one odd name cannot pull the article elsewhere.
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
        /** places round 15: "Lebanese police", "the Libyan interior ministry": a demonym before a body that serves at
         *  home names the side and votes for its country as a plain demonym does (never the scene) */
        boolean homeForce;
        /** "Kiev's attack": the name owns a hostile act; a capital or country so named is a side. */
        boolean agentUse;
        /** matched by a transliteration variant of a gazetteer name, not by a name itself */
        boolean variant;
        /** places round 12: matched only as a district of another country ("Omala LGA", "(Diapaga, Tapoa)"): like a
         *  spelling variant, it gives way outside the article's country */
        boolean districtOnly;
        /** "killed in the separatist east": a compass part of the article's country, resolved in context. */
        boolean compass;
        /** "in eastern Burkina Faso", "an east Ukrainian town": the country the compass word is part of (null: the
         *  article's country) */
        String compassCountry;
        /** the key of the compass word ("east", or "north-east" over two tokens) */
        long compassKey;
        /** "ahead of Minsk peace talks", "regiment Azov": a place name lent to talks or a unit, neither the
         *  scene nor a side, and no vote for the article's country. */
        boolean borrowed;
        /** "the US dollar", "Turkish lira": the name of a currency, which says nothing of where (votes nothing) */
        boolean money;
        /** "KABUL, Afghanistan (AP) —": where the report was filed; an event's place only when the article names
         *  no region of its own. */
        boolean dateline;
        /** "shelling from Belgorod", "missiles launched from Crimea hit Odesa": where the fire came from, not where it
         *  landed; the scene only when its sentence names no other place. */
        boolean origin;
        /** "Saudi-led coalition", "Iran-backed militia", "Russian-occupied Enerhodar", "pro-Russian separatists": the
         *  patron of a side, never the scene, and no vote for the article's country (places round 10). */
        boolean patron;
        /** "Sudanese refugees", "migrants from Ethiopia", "Afghan nationals": where people come from, not where they
         *  are; never the scene and no vote for the article's country, as a patron (places round 11). */
        boolean homeland;
        /** "UK-based monitor", "Chicago-based gang": the home of a side, not the scene and no vote for the event's
         *  country, which falls back to a town so named only when no other name gives one (it still votes in
         *  resolving the other names, as a side does). */
        boolean home;
        /** "Kyiv blames Moscow", "points at Moscow": the side accused; a capital so named is its government, a patron. */
        boolean accused;
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
            return !demonym && !actorUse && !broad && !dateline && !homeland;
        }
    }

    static final LongIntMap CONNECTOR = new LongIntMap();
    /** Names of armed groups that read like place names, exactly or as a spelling variant ("Al-Qaeda" is no Kedah,
     *  "Houthi" no Haiti): a name containing one is an actor, never a place. */
    private static final LongIntMap ARMED_GROUP = new LongIntMap();
    private static final LongIntMap CONTINENT_TAIL = new LongIntMap();
    /** Hostile acts a government is said to own: "Kiev's shelling", "Moscow's aggression". */
    private static final LongIntMap HOSTILE_ACT = new LongIntMap();
    /** A demonym before these words names the side that acted, not the scene: "Israeli strikes", "Russian drones",
     *  "Sudanese army jets" (with {@link Lexicon#FORCE} and {@link #HOSTILE_ACT}). */
    private static final LongIntMap SIDE_MEANS = LongIntMap.words("jets", "jet", "warplanes", "planes", "drones", "drone",
            "missile", "missiles", "rockets", "rocket", "fighters", "gunmen", "tanks", "snipers", "mercenaries",
            "paratroopers", "occupiers", "invaders", "warships", "helicopters", "shelling", "raid", "raids", "bombers",
            // "Russians shell Ochakov", "Israelis struck a house": the people acting, told by the verb that follows
            "shell", "shelled", "pounded", "bomb", "bombed", "attacked", "hit", "struck", "storm", "stormed", "fired",
            "downed", "seized", "captured", "advance", "advanced", "repelled", "destroyed", "targeted", "shot");
    /** "shelling from Belgorod", "drones launched from Crimea": a hostile act or a weapon before "from" (up to
     *  {@link #ORIGIN_SPAN} words, in its clause) makes the place after it the origin of the fire. */
    private static final LongIntMap FIRED = LongIntMap.words("launched", "fired", "shelled", "struck", "attacked",
            "shells", "shelling", "missiles", "missile", "rockets", "rocket", "drones", "drone", "artillery", "mortars",
            "strikes", "strike", "attack", "attacks", "fire", "bombardment");
    private static final int ORIGIN_SPAN = 4;
    /** The words that may stand between "from" and the place the fire came from: "from Russian positions near X",
     *  "from Russia's Kursk region". */
    private static final LongIntMap ORIGIN_FILLER = LongIntMap.words("the", "s", "its", "their", "enemy", "occupied",
            "positions", "position", "territory", "area", "areas", "direction", "of", "near", "around", "in", "across",
            "border", "side", "region");
    private static final int ORIGIN_REACH = 5;
    private static final long H_FROM = LongIntMap.h("from");
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
    /** Places round 16. Conflict nouns a compass word may modify as the part of the article's country where they happen:
     *  "eastern fighting", "fierce east clashes", "eastern separatists" (not "the eastern front": PlaceRulesTest). */
    private static final LongIntMap COMPASS_HEAD = new LongIntMap();
    /** The compass nouns of {@link #COMPASS} ("east", not "eastern"). */
    private static final LongIntMap COMPASS_NOUN = new LongIntMap();
    private static final long H_IN = LongIntMap.h("in"), H_THE = LongIntMap.h("the");
    private static final int[] NO_CANDIDATES = {};
    /** A name after these words is a unit's name: "regiment Azov", "battalion Aidar". */
    private static final LongIntMap UNIT = new LongIntMap();
    /** A name right before these words names a currency, not a place: "the US dollar", "the Lebanese pound". */
    private static final LongIntMap CURRENCY = new LongIntMap();
    private static final long H_LATIN = LongIntMap.h("latin"), H_NEAR = LongIntMap.h("near");
    /**
     * A name hyphenated right before these words is the patron of the side the compound names, not the
     * scene: "Saudi-led coalition", "Iran-backed militia", "Moscow-installed officials", "Russian-occupied Enerhodar",
     * "Iranian-made drones" (hyphenated: "Russia backed the plan" is a verb). The patron lies outside the scene by the
     * word's meaning.
     */
    private static final LongIntMap PATRON = LongIntMap.words("led", "backed", "installed", "occupied", "controlled",
            "allied", "sponsored", "supported", "funded", "aligned", "appointed", "armed", "trained", "made", "built",
            "supplied", "brokered", "imposed", "held", "run", "operated");
    /** Places round 11: a name right before these words, or after them and "from" / "of", is where the people come
     *  from ("Somali refugees", "refugees from Sudan", "nationals of Afghanistan"), not where they are. */
    private static final LongIntMap DISPLACED = LongIntMap.words("refugee", "refugees", "migrant", "migrants",
            "nationals", "asylum", "immigrant", "immigrants", "returnees", "expatriates", "expats", "emigres", "exiles");
    /** "Kakuma refugee camp", "the Dadaab refugee settlement": a camp's own name is where it is. */
    private static final LongIntMap CAMP = LongIntMap.words("camp", "camps", "settlement", "settlements", "centre",
            "center", "complex", "site");
    /** "pro-Russian separatists", "anti-Kremlin protesters": a stance towards the name, not a place. */
    private static final LongIntMap STANCE = LongIntMap.words("pro", "anti");
    private static final long H_BASED = LongIntMap.h("based");
    /**
     * Places round 12: words for a unit below the region (GeoNames' admin-2 and the like): after a name the gazetteer
     * knows as a district of another country ("Kenieba cercle", "Omala LGA", "Rupganj upazila") the name is that
     * district, found under the key "name District" (`tools/gazetteer/build.mjs`). Value 2: also a word of admin-1
     * regions, asked only when no region of the name is known ("Namentenga province", not "Kandahar province").
     */
    private static final LongIntMap DISTRICT_WORD = new LongIntMap();
    private static final long H_DISTRICT = LongIntMap.h("district");
    private static final long H_OF = LongIntMap.h("of"), H_LED = LongIntMap.h("led"), H_BACKED = LongIntMap.h("backed"),
            H_OCCUPATION = LongIntMap.h("occupation"), H_OCCUPIED = LongIntMap.h("occupied"),
            H_CONTROLLED = LongIntMap.h("controlled"), H_S = LongIntMap.h("s");

    static {
        for (String w : new String[] {"district", "districts", "upazila", "upazilla", "cercle", "lga", "zone", "commune",
            "tehsil", "township", "locality", "zila", "zilla", "caza", "qada", "municipality", "municipio", "sub-county"}) {
            DISTRICT_WORD.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"province", "department", "division", "prefecture"}) DISTRICT_WORD.put(LongIntMap.h(w), 2);
    }

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
        for (int c = 0; c < COMPASS.length; c += 2) COMPASS_NOUN.put(LongIntMap.h(COMPASS[c]), 1);
        for (String w : new String[] {"rebel", "separatist", "torn", "held", "controlled", "restive", "embattled",
                "volatile", "troubled", "industrial", "occupied", "country"}) {
            COMPASS_ADJ.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"fighting", "clashes", "clash", "battle", "battles", "offensive", "counteroffensive",
                "flare", "hostilities", "separatists", "separatist", "rebels", "insurgents", "shelling",
                "attacks", "violence", "conflict", "war", "regions", "provinces", "towns", "villages", "cities", "hotspots",
                "flashpoint", "flashpoints", "combat", "escalation"}) {
            COMPASS_HEAD.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"in", "as", "amid", "despite", "after", "over", "with", "since", "on", "at", "and",
                "for", "during", "while", "following", "this", "last", "overnight", "today", "yesterday", "ahead"}) {
            COMPASS_NEXT.put(LongIntMap.h(w), 1);
        }
        for (String w : new String[] {"dollar", "dollars", "pound", "pounds", "lira", "liras", "euro", "euros", "rial",
                "rials", "riyal", "riyals", "dinar", "dinars", "franc", "francs", "peso", "pesos", "rupee", "rupees",
                "naira", "shilling", "shillings", "currency", "cedi", "cedis", "birr", "kwacha", "hryvnia", "ruble",
                "rubles", "rouble", "roubles", "taka", "afghani", "afghanis", "bolivar", "bolivars"}) {
            CURRENCY.put(LongIntMap.h(w), 1);
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
    /** name hash of an abbreviation -> its admin-1 entity + 1 */
    private final LongIntMap abbrev = new LongIntMap();
    /** hash of a US postal code ("or", "wv") -> its state's admin-1 entity + 1 */
    private final LongIntMap postal = new LongIntMap();
    private final CompassRegions compass;
    private final PlaceResolver resolver;

    PlaceFinder(Gazetteer g, boolean demonyms) {
        this.g = g;
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
        this.compass = new CompassRegions(g, COMPASS);
        this.resolver = new PlaceResolver(g, demonyms, compass);
    }

    /** The mentions of the text; {@code why} collects the names skipped as people and each winner's reasons. */
    List<Mention> find(Tokens t, Trace why) {
        List<Mention> out = new ArrayList<>();
        // surnames of the people named so far, after a title or a given name ("Christopher Steele", then "Steele said")
        LongIntMap people = new LongIntMap();
        NameMatch nm = new NameMatch(g, t);
        // Russian spellings of Ukrainian names are looked for in articles that speak of Ukraine or Russia, and in
        // headlines and short notes, which often name no country at all ("Shelling kills one in Stanitsa Luganskaya")
        // (a short note about the Arab world or Israel excepted: "Odaisseh" is no Odesa)
        nm.slavicContext = t.anyHas(Lexicon.SLAVIC_CONTEXT);
        boolean arabicContext = t.anyHas(Lexicon.ARABIC_CONTEXT);
        nm.slavic = nm.slavicContext || t.n <= SHORT_TEXT_TOKENS && !arabicContext;
        // news spellings of Arabic names ("Qaim", "Tel Abyad") in articles about the Arab world, headlines and short notes
        // (a short one about Ukraine or Russia excepted)
        nm.arabic = arabicContext || t.n <= SHORT_TEXT_TOKENS && !nm.slavicContext;
        int i = 0;
        while (i < t.n) {
            if (t.garbled[t.sentence[i]]) { // bytes read as text name no places
                i = t.sentEnd[t.sentence[i]];
                continue;
            }
            if (t.is(i, Tokens.CAP) && NEIGHBOURHOOD.get(t.hash[i]) != 0) {
                int end = neighbourhoodEnd(t, i);
                if (end > i + 1) { // "Colonia Hogar Moderno": a neighbourhood of the town named beside it, no town itself
                    i = end;
                    continue;
                }
            }
            Mention m = detect(t, i, people, nm, why);
            if (m != null && (t.gapHas(m.start, Tokens.G_JUNK) || t.gapHas(m.end, Tokens.G_JUNK))) {
                i = m.end; // "\u0090Icó\u00a7": a name between stray symbols is noise
                continue;
            }
            if (m != null && insideUnknownCompound(t, i, out) && !namesCountryOrArea(m.candidates)) {
                i = m.end; // "Petion-Ville": the second half of a hyphenated name no gazetteer carries is no place
                continue;
            }
            if (m != null) {
                out.add(m);
                i = m.end;
            } else {
                i++;
            }
        }
        homelandLists(t, out);
        resolver.resolve(t, out, why);
        streetsInTheirTown(t, out);
        markDateline(t, out);
        return out;
    }

    /** Places round 16. Words that open a neighbourhood's name in Spanish and Portuguese ("Colonia Arboledas", "Barrio San
     *  Miguel"): the name is neither the word's namesake town (Colonia, Uruguay) nor the towns its other words name. */
    private static final LongIntMap NEIGHBOURHOOD = LongIntMap.words("colonia", "barrio", "fraccionamiento", "bairro");

    /**
     * One past the capitalised run a neighbourhood word at i opens ("Colonia Olivar del Conde"), or i + 1; at most four
     * words, and not past a capitalised preposition of a title-case headline ("Colonia Guerrero Shooting In Culiacan").
     */
    private static int neighbourhoodEnd(Tokens t, int i) {
        int sentEnd = Math.min(t.sentEnd[t.sentence[i]], i + 5);
        int j = i + 1;
        while (j < sentEnd && t.gap[j] == Tokens.G_SPACE && !t.has(j, Lexicon.LOCATIVE | Lexicon.RELATIVE)
                && (t.is(j, Tokens.CAP) || t.in(j, TokenWords.CONNECTOR) && j + 1 < sentEnd && t.is(j + 1, Tokens.CAP))) j++;
        return j > i + 1 && t.is(i + 1, Tokens.CAP) ? j : i + 1;
    }

    /** "refugees from Sudan and (from) South Sudan", "Somali, Ethiopian and Eritrean migrants": a list shares its homeland. */
    private static void homelandLists(Tokens t, List<Mention> ms) {
        for (int k = ms.size() - 1; k > 0; k--) {
            Mention m = ms.get(k), before = ms.get(k - 1);
            if (m.homeland == before.homeland || !listed(t, before, m)) continue;
            if (m.homeland && m.end < t.n && DISPLACED.get(t.hash[m.end]) != 0) before.homeland = true;
            else if (before.homeland) m.homeland = true;
        }
        for (int k = 1; k < ms.size(); k++) {
            Mention m = ms.get(k), before = ms.get(k - 1);
            // "from Bismarck, N.D.", "from Delaware, Ohio": the hometown's region is the hometown's too
            boolean itsRegion = m.start == before.end && t.gap[m.start] == (Tokens.G_COMMA | Tokens.G_SPACE);
            if (before.homeland && !m.homeland && (listed(t, before, m) || itsRegion)) m.homeland = true;
        }
    }

    /** Mention m follows {@code before} in its sentence as the next item of a list: at most "and", "or", "from" between. */
    private static boolean listed(Tokens t, Mention before, Mention m) {
        if (t.sentence[m.start] != t.sentence[before.start] || m.start - before.end > 2) return false;
        for (int j = before.end; j < m.start; j++) if (AND_OR_FROM.get(t.hash[j]) == 0) return false;
        return true;
    }

    private static final LongIntMap AND_OR_FROM = LongIntMap.words("and", "or", "from");

    /** A capitalised word after a town's name that makes it a street's: "Washington Avenue", "Falcon Street". */
    private static final LongIntMap STREET = LongIntMap.words("street", "avenue", "road", "boulevard", "lane", "drive",
            "st", "ave", "rd", "blvd");

    /**
     * Places round 10. "the 1200 block of Washington Avenue, Waco police said", "on Maiduguri Road in Kano": a town's
     * name before a street word names a street of the article's own town, not the town (Washington, D.C.; Maiduguri).
     * The mention takes the street word and the town it is told in (a comma or "in" after it, {@link #homeTown}); with
     * no such town the reading stays. Not a road between towns ("the Bakhmut-Lysychansk Road", a hyphen before the name).
     */
    private void streetsInTheirTown(Tokens t, List<Mention> ms) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            int nx = m.end;
            if (nx >= t.n || t.sentence[nx] != t.sentence[m.start] || !t.is(nx, Tokens.CAP) || STREET.get(t.hash[nx]) == 0
                    || (t.gap[nx] & ~Tokens.G_SPACE) != 0 || m.entity < 0 || g.kind(m.entity) == Gazetteer.KIND_COUNTRY
                    || m.start > 0 && (t.gap[m.start] & Tokens.G_HYPHEN) != 0) continue;
            Mention town = homeTown(t, ms, k);
            if (town == null) continue;
            Mention street = new Mention(m.start, nx + 1, m.candidates, false);
            street.entity = town.entity;
            street.score = m.score;
            street.why = " street of " + g.name(town.entity);
            street.locative = m.locative;
            street.relative = m.relative;
            street.actorUse = m.actorUse;
            ms.set(k, street);
        }
    }

    /**
     * The town a street at mention k is told in: the next mention, right after the street word and a comma ("Washington
     * Avenue, Waco") or "in" ("Maiduguri Road in Kano"), as a town is given with its region; else null.
     */
    private Mention homeTown(Tokens t, List<Mention> ms, int k) {
        if (k + 1 >= ms.size()) return null;
        Mention o = ms.get(k + 1);
        int street = ms.get(k).end;
        if (o.entity < 0 || g.kind(o.entity) == Gazetteer.KIND_COUNTRY || o.demonym || t.sentence[o.start] != t.sentence[street]) return null;
        boolean comma = o.start == street + 1 && (t.gap[o.start] & Tokens.G_COMMA) != 0;
        boolean in = o.start == street + 2 && t.hash[street + 1] == H_IN && (t.gap[street + 1] & ~Tokens.G_SPACE) == 0;
        return comma || in ? o : null;
    }

    /**
     * Token i is joined by a hyphen alone to a capitalised word of three or more letters that starts no mention
     * ("Petion-Ville"); after a mention ("Turkish-Syrian", "Israel-Gaza") it is a name of its own, and after an initial
     * ("D-S.C.", "R-Texas") a state.
     */
    private static boolean insideUnknownCompound(Tokens t, int i, List<Mention> out) {
        return i > 0 && t.gap[i] == Tokens.G_HYPHEN && t.sentence[i - 1] == t.sentence[i] && t.is(i - 1, Tokens.CAP)
                && t.is(i - 1, Tokens.ALPHA) && t.end[i - 1] - t.start[i - 1] >= 3
                && (out.isEmpty() || out.get(out.size() - 1).end != i);
    }

    /**
     * The longest gazetteer name starting at a token, by its exact key and by its transliteration variant key;
     * one per {@link #find} call, overwritten by each {@link #longestName}.
     */
    private static final class NameMatch {
        /** exact name: tokens [i, end), its posting list and key (end -1, list -1: none) */
        int end, list;
        long key;
        /** variant name: tokens [i, variantEnd) and its variant posting list (-1: none) */
        int variantEnd, variantList;
        /** the article speaks of Ukraine or Russia, or is short: Slavic keys are folded too */
        boolean slavic;
        /** the article speaks of the Arab world, or is short: Arabic keys are folded too */
        boolean arabic;
        /** the variant and Slavic keys of the article's words, each spelling folded once */
        final FoldedWords words;

        /** the gazetteer's exact and variant index, asked once per distinct key of the article (mostly) */
        final NameLookups names, variants;

        NameMatch(Gazetteer g, Tokens t) {
            words = new FoldedWords(t);
            names = new NameLookups(g::find, 256);
            variants = new NameLookups(g::findVariant, 128);
        }

        /** the article speaks of Ukraine or Russia: a Russian spelling another place carries is still the Ukrainian town */
        boolean slavicContext;

        /** Whether the variant is the longer match, so the mention is matched by a spelling no name carries. */
        boolean byVariant() {
            return variantEnd > end;
        }

        /** The end of the longer match. */
        int matchEnd() {
            return byVariant() ? variantEnd : end;
        }
    }

    /** The place mention starting at token i, or null: a name that is no place here or no name at all. */
    private Mention detect(Tokens t, int i, LongIntMap people, NameMatch nm, Trace why) {
        boolean cap = t.is(i, Tokens.CAP) && t.is(i, Tokens.ALPHA);
        boolean dir = !cap && t.has(i, Lexicon.DIRECTION);
        if (!cap && !dir) return null;
        int sentEnd = t.sentEnd[t.sentence[i]];
        if (cap) {
            // "On 2 May, AL activists": a date before the comma is no town
            Mention m = stateAbbreviation(t, i, i > 0 && t.is(i - 1, Tokens.CAP) && (t.gap[i] & Tokens.G_COMMA) != 0
                    && !t.has(i - 1, Lexicon.MONTH | Lexicon.WEEKDAY));
            if (m != null) return m;
        }
        longestName(t, i, sentEnd, dir, nm);
        if (cap) {
            Mention d = districtBeyondName(t, i, sentEnd, nm);
            if (d != null) return d;
        }
        int[] raw = nm.byVariant() ? variantPostings(nm.variantList) : nm.list >= 0 ? postingsOf(nm.list) : null;
        if (raw != null && nm.slavic && !nm.byVariant()) raw = withSlavicNamesakes(t, i, nm, raw);
        if (raw == null) {
            if (!dir) return null;
            int w = compassWidth(t, i, sentEnd);
            if (w == 0) return null;
            if (bareCompass(t, i, w, sentEnd) || compassBeforeHead(t, i, w, sentEnd)) return compassMention(t, i, w);
            return compassOfCountry(t, i, w, sentEnd);
        }
        int nameEnd = nm.matchEnd();
        if (arabicNameGoesOn(t, nameEnd, sentEnd)) {
            raw = inArabicCountries(raw);
            if (raw == null) return null;
        }
        if (notAName(t, i, nameEnd, raw, people, why)) return null;
        int[] cands = usableCandidates(t, i, nameEnd - i, raw);
        if (cands == null) return null;
        // "Ghana's Northern Region": GeoNames names Uganda's region so and Ghana's plain "Northern"
        if (!nm.byVariant() && nameEnd - i > 1 && t.has(nameEnd - 1, Lexicon.REGION_WORD)) {
            cands = withNamesakeRegions(cands, regionsNamed(keyOf(t, i, nameEnd - 1)));
        }
        // a region only by an alternate name ("Santa Ana" for "Santa Ana Department") does not shield a town's name
        // from the person and organisation rules ("Santa Ana City Council")
        boolean bigKind = namesRegionOrCountry(cands);
        int end = nameEnd;
        // a name that ends in a unit word takes no second one: "the Cumberland County district attorney" is the county
        boolean suffix = end < sentEnd && t.has(end, Lexicon.REGION_WORD) && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && !departmentOf(t, end, sentEnd) && !(nameEnd - i > 1 && t.has(nameEnd - 1, Lexicon.REGION_WORD));
        if (suffix) {
            // "Kyiv region", "Kiev Oblast": a name the gazetteer knows with its region word names that region,
            // not the city region of the same name
            // (nm.key is the exact name's key, also when a longer variant matched: as the rule has always read it)
            int[] named = nm.key == 0 ? null : regionsNamed(NameKey.combine(nm.key, t.hash[end]));
            // "Doolow cercle", "Namentenga province": a district of the name when no region of it is known
            if (named == null && nm.key != 0 && DISTRICT_WORD.get(t.hash[end]) != 0 && !namesRegionOrCountry(cands)) {
                named = regionsNamed(NameKey.combine(nm.key, H_DISTRICT));
            }
            // "Gardez district": a district named after its seat, a town of its region, keeps the town (a point)
            if (named != null && !districtOfItsTown(named, cands)) cands = withNamesakeRegions(named, cands);
            end++;
        }
        boolean variant = nm.variantEnd == nameEnd;
        if (rankItself(t, i, end) || fortsNamesake(t, i)) return null;
        if (rankBefore(t, i) || namedAfterAge(t, i, sentEnd)) {
            person(t, i, sentEnd, people, why);
            return null;
        }
        // "Dublin Arts Council", "Georgia Department of Transportation": a place naming a body is still a toponym,
        // but neither a person's name nor the scene of an event
        // "Coroner Michael Fowler", "Rep. Victoria Spartz": a title, then a region's name and a capitalised word that
        // is no place, is a person's given name and surname
        // "Vladimir Putin", "Michael Keating": a given name before a capitalised word that names no place is a
        // person's, even when a region carries the given name (a country keeps its name: "Jordan Valley")
        if (!suffix && givenNameBeforeSurname(t, i, end, sentEnd) && !namesCountry(cands)) {
            personWithSurname(t, i, sentEnd, people, why);
            return null;
        }
        if (bigKind && !suffix && titledName(t, i, end, sentEnd) && !titleCase(t, t.sentence[i])) {
            person(t, i, sentEnd, people, why);
            return null;
        }
        boolean body = !suffix && !variant && organisationAfter(t, end, sentEnd);
        if (!body && !bigKind && personOrOrganisation(t, i, end, sentEnd, cands, suffix, variant, people, why)) return null;
        if (!body && namesThing(t, i, end, sentEnd, cands, suffix, people, why)) return null;
        // "the city of Lebanon", "the town of Mexico": a settlement word makes the name a town's, not its country's
        if (settlementOf(t, i)) cands = withoutCountries(cands);
        Mention m = new Mention(i, end, cands, suffix);
        m.variant = variant;
        markUse(t, m, sentEnd);
        m.actorUse |= body; // it still votes: "Texas Department of Public Safety" says the article is in Texas
        return m;
    }

    /** Fills {@code nm} with the longest exact and variant names of at most five tokens from token i. */
    private void longestName(Tokens t, int i, int sentEnd, boolean dir, NameMatch nm) {
        nm.end = -1;
        nm.list = -1;
        nm.key = 0;
        nm.variantEnd = -1;
        nm.variantList = -1;
        long key = t.hash[i], vkey = 0, skey = 0, akey = 0;
        int letters = 0, counted = i; // letters: of the tokens [i, counted) the variant key keeps
        int folded = i; // tokens [i, folded) are in vkey: the variant is folded only when an exact name fails
        boolean variantOk = true;
        boolean exact = true; // the exact key may still grow into a name (it is a prefix of one)
        for (int j = i; j < Math.min(sentEnd, i + 5); j++) {
            boolean inWord = j > i && innerSyllable(t, j);
            if (j > i) {
                int gp = t.gap[j];
                if ((gp & ~(Tokens.G_SPACE | Tokens.G_HYPHEN | Tokens.G_PERIOD | Tokens.G_APOS)) != 0) break;
                boolean ok = t.is(j, Tokens.CAP) || t.in(j, TokenWords.CONNECTOR) || t.hash[j] == H_S || inWord
                        || hyphenatedArticle(t, j, sentEnd);
                if (!ok) break;
                // no longer name starts with these tokens, by either key: the look-ups to come would all miss
                exact = exact && g.nameMayContinue(key);
                if (!exact && !variantMayContinue(variantOk && !inWord, folded == j, vkey, skey, akey)) break;
                key = NameKey.combine(key, t.hash[j]);
            }
            // the transliteration variant: articles dropped, each word folded (NameKey.variant); not across an
            // apostrophe, which the exact key already covers ("Ma'rib")
            variantOk &= !inWord;
            if (!t.is(j, Tokens.CAP) && !(j > i && t.hash[j] == H_S) && !inWord) continue;
            if (dir && j == i) continue;
            int list = exact ? nm.names.find(key) : -1;
            if (list >= 0) {
                nm.end = j + 1;
                nm.list = list;
                nm.key = key;
            } else if (variantOk && t.hash[j] != H_S) {
                for (; counted <= j; counted++) {
                    if (!strippableArticle(t, counted, sentEnd)) letters += t.end[counted] - t.start[counted];
                }
                // a name this short is not looked up by its variant: its words are folded once a longer one is
                if (letters < VARIANT_MIN_LETTERS) continue;
                for (; folded <= j; folded++) {
                    if (strippableArticle(t, folded, sentEnd)) continue;
                    long v = nm.words.variant(folded, folded > i);
                    vkey = vkey == 0 ? v : NameKey.combine(vkey, v);
                    if (nm.slavic) {
                        long sv = nm.words.slavic(folded, folded > i);
                        skey = skey == 0 ? sv : NameKey.combine(skey, sv);
                    }
                    if (nm.arabic) {
                        long av = nm.words.arabic(folded, folded > i);
                        akey = akey == 0 ? av : NameKey.combine(akey, av);
                    }
                }
                int vl = vkey != 0 ? nm.variants.find(vkey) : -1;
                // a Russian spelling of a Ukrainian name ("Stanitsa Luganskaya"), by its Slavic key
                if (vl < 0 && skey != 0) vl = nm.variants.find(skey);
                // a news spelling of an Arabic name ("Qaim" for "Al Qa'im"), by its Arabic key
                if (vl < 0 && akey != 0) vl = nm.variants.find(akey);
                if (vl >= 0) {
                    nm.variantEnd = j + 1;
                    nm.variantList = vl;
                }
            }
        }
    }

    /**
     * Whether the variant keys of a name's first tokens may still grow into a variant name: not once the variant is
     * given up ({@code ok} false), unknown while some of the tokens are not folded yet (or all were articles).
     */
    private boolean variantMayContinue(boolean ok, boolean allFolded, long vkey, long skey, long akey) {
        if (!ok) return false;
        if (!allFolded || vkey == 0) return true;
        return g.variantMayContinue(vkey) || skey != 0 && g.variantMayContinue(skey)
                || akey != 0 && g.variantMayContinue(akey);
    }

    /**
     * "Vasilyevka", "Gorskoye": a Russian spelling that some other place carries as its name (a Crimean village, a
     * town in Uzbekistan) is still the Ukrainian town it spells, found by its Slavic key: in an article that speaks of
     * Ukraine or Russia those towns join the exact name's candidates as alternate names, and the article's country
     * decides between them. So do they when the name is only an alternate name of Ukrainian places, in any article
     * that folds Slavic keys (a headline too): "Nikolayev" is also Mykolayiv, whose Russian name GeoNames spells
     * "Nikolaev", and the bigger town wins. {@code raw} when none.
     */
    private int[] withSlavicNamesakes(Tokens t, int i, NameMatch nm, int[] raw) {
        // a name a Ukrainian place or Ukraine itself carries ("Kharkiv", "Donetsk"): nothing to add, and no key to fold;
        // an alternate name of a Ukrainian village ("Nikolayev" of a Mykolaiv near Lviv) may still spell a city's name,
        // also in a headline that names no country
        boolean ukrainianAlt = false;
        for (int p : raw) {
            if (!SLAVIC_COUNTRY.equals(g.countryCode(p >> 2))) continue;
            if ((p & Gazetteer.ALT) == 0) return raw;
            ukrainianAlt = true;
        }
        if (!nm.slavicContext && !ukrainianAlt) return raw;
        int letters = 0;
        for (int k = i; k < nm.end; k++) letters += t.end[k] - t.start[k];
        if (letters < VARIANT_MIN_LETTERS) return raw;
        long skey = 0;
        for (int k = i; k < nm.end; k++) { // the keys the name's match folded already, and its look-ups' answers
            long sv = nm.words.slavic(k, k > i);
            skey = skey == 0 ? sv : NameKey.combine(skey, sv);
        }
        int list = nm.variants.find(skey);
        if (list < 0) return raw;
        int n = g.variantPostings(list);
        int[] out = java.util.Arrays.copyOf(raw, raw.length + n);
        int nc = raw.length;
        outer:
        for (int c = 0; c < n; c++) {
            int posting = g.variantPosting(list, c);
            if (g.kind(posting >> 2) != Gazetteer.KIND_PLACE) continue;
            for (int r = 0; r < nc; r++) if (out[r] >> 2 == posting >> 2) continue outer;
            out[nc++] = posting | Gazetteer.ALT;
        }
        return nc == raw.length ? raw : java.util.Arrays.copyOf(out, nc);
    }

    /** A spelling no gazetteer name carries, matched by its variant key: its postings, scored as alternate names. */
    private int[] variantPostings(int variantList) {
        int[] raw = new int[g.variantPostings(variantList)];
        for (int c = 0; c < raw.length; c++) raw[c] = g.variantPosting(variantList, c) | Gazetteer.ALT;
        return raw;
    }

    /**
     * Whether the name over tokens [i, nameEnd) is no place name here: part of an armed group's name, a stop
     * word, a continent with a direction, a short word, a person's surname named before, a lone compass word.
     */
    private boolean notAName(Tokens t, int i, int nameEnd, int[] raw, LongIntMap people, Trace why) {
        int len = nameEnd - i;
        for (int j = i; j < nameEnd; j++) if (ARMED_GROUP.get(t.hash[j]) != 0) return true;
        // a stop word on its own is no place, unless it names a country or an area ("US", "Africa")
        if (len == 1 && t.has(i, Lexicon.STOP_NAME) && !namesCountryOrArea(raw) && !bracketedRegion(t, i, raw)) return true;
        // "North America", "Latin America" are not the United States, "West Africa" is not a town called
        // Africa: a direction before a continent is part of the name, or the mention is dropped
        if (nameEnd == i + 1 && i + 1 < t.n && CONTINENT_TAIL.get(t.hash[i + 1]) != 0 && (t.gap[i + 1] & ~Tokens.G_SPACE) == 0
                && (t.has(i, Lexicon.DIRECTION) || t.hash[i] == H_LATIN)) return true;
        if (i - 1 >= 0 && CONTINENT_TAIL.get(t.hash[i]) != 0 && (t.gap[i] & ~Tokens.G_SPACE) == 0
                && (t.has(i - 1, Lexicon.DIRECTION) || t.hash[i - 1] == H_LATIN)) return true;
        if (len == 1 && t.end[i] - t.start[i] < 3 && !t.is(i, Tokens.UPPER)) return true;
        // a surname named before, unless written as a place ("in Jackson", "near Jackson"; "from Jackson" is
        // as often a person)
        int surname = len == 1 ? people.get(t.hash[i]) : 0;
        if (surname != 0 && (townsOnly(raw) || surname == SURNAME_AFTER_GIVEN_NAME && !namesCountry(raw))
                && !(i > 0 && (t.hash[i - 1] == H_IN || t.hash[i - 1] == H_NEAR))) {
            boolean partOfName = i > 0 && t.is(i - 1, Tokens.CAP) && (t.gap[i] & ~Tokens.G_SPACE) == 0;
            if (why.on() && !partOfName) why.add("  '").add(t.word(i)).add("' surname of a person named before: not a place\n");
            return true;
        }
        // "Far North Queensland", "North-Western Sydney": compass words only, right before a name the gazetteer knows,
        // are that name's compass part, not a region of another country (places round 17)
        if (len > 1 && compassWordsOnly(t, i, nameEnd) && nameEnd < t.n && t.sentence[nameEnd] == t.sentence[i]
                && t.is(nameEnd, Tokens.CAP) && (t.gap[nameEnd] & ~Tokens.G_SPACE) == 0
                && !t.has(nameEnd, Lexicon.REGION_WORD) && g.find(t.hash[nameEnd]) >= 0
                // "North West Cameroon", "Far North Cameroon": before a country's name they are its region
                && !namesCountry(postingsOf(g.find(t.hash[nameEnd])))) return true;
        // a compass word alone is no name ("Western" is not Western Province)
        return len == 1 && t.has(i, Lexicon.DIRECTION);
    }

    /**
     * The postings a name of {@code len} tokens at i may stand for, or null when none: a short all-capitals token is
     * an acronym that names a country or a region by its name or a curated alias ("US", "DRC", "NSW"), never a town
     * ("BA" is British Airways, not Bath nor Ba in Fiji).
     */
    private int[] usableCandidates(Tokens t, int i, int len, int[] raw) {
        boolean acronym = len == 1 && t.is(i, Tokens.UPPER) && (t.end[i] - t.start[i] <= 3 || longAcronym(t, i));
        if (!acronym) return raw.length == 0 ? null : raw;
        int[] cands = new int[raw.length];
        int nc = 0;
        for (int posting : raw) {
            if ((posting & Gazetteer.ALT) != 0 || g.kind(posting >> 2) == Gazetteer.KIND_PLACE) continue;
            cands[nc++] = posting;
        }
        if (nc == 0) return null;
        return nc < cands.length ? java.util.Arrays.copyOf(cands, nc) : cands;
    }

    /**
     * Places round 11. A longer all-capitals word amid mixed-case words ("forces (NISA) clashed", "NDS officers") is an
     * organisation's acronym too, not a town ("NISA" is no Nice): neither neighbour is in capitals (a capitals headline)
     * and it neither opens its paragraph nor stands before a comma or a dash (a dateline: "KABUL, Afghanistan -").
     */
    private static boolean longAcronym(Tokens t, int i) {
        if (i == 0 || t.paragraph[i - 1] != t.paragraph[i]) return false;
        // "By Sgt. Smith  KANDAHAR, Afghanistan -": a dateline inside the paragraph, a comma or dash after it
        if (i + 1 < t.n && (t.gap[i + 1] & (Tokens.G_COMMA | Tokens.G_HYPHEN)) != 0) return false;
        boolean capsBefore = (t.flags[i - 1] & Tokens.UPPER) != 0, capsAfter = i + 1 < t.n && (t.flags[i + 1] & Tokens.UPPER) != 0;
        return !capsBefore && !capsAfter;
    }

    /** Some posting names a region, area or country by its primary name (not a town, not an alternate name). */
    private boolean namesRegionOrCountry(int[] postings) {
        for (int p : postings) if (g.kind(p >> 2) != Gazetteer.KIND_PLACE && (p & Gazetteer.ALT) == 0) return true;
        return false;
    }

    /**
     * Names of people and organisations: a title before, or more capitalised words around (only asked of names
     * that no region or country carries by its primary name). Skips a person's name, remembering its surname.
     */
    private boolean personOrOrganisation(Tokens t, int i, int end, int sentEnd, int[] cands, boolean suffix,
            boolean variant, LongIntMap people, Trace why) {
        int prev = i - 1;
        if (titleBefore(t, i)) {
            person(t, i, sentEnd, people, why);
            return true;
        }
        if (!suffix && end < sentEnd && t.is(end, Tokens.CAP) && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && !t.has(end, Lexicon.STOP_NAME)) {
            if (t.has(end, Lexicon.ORG_TAIL)) return true;
            int nextList = g.find(t.hash[end]);
            // "Ben Hodges", "Christopher Steele": a town name before a capitalised word that is no place, or that
            // names only towns too, is a given name (two places are not written side by side without a comma)
            if (nextList < 0 || townsOnly(postingsOf(nextList)) && (prev < 0 || !t.has(prev, Lexicon.LOCATIVE))) {
                person(t, i, sentEnd, people, why);
                return true;
            }
        }
        // "John Bolton", "Valerie Taylor", "Charles W. Murphy": a town's name after a given name is a surname, even a
        // big town's, so the article's later "Bolton said" is the person too
        if (givenNameBefore(t, i)) {
            personWithSurname(t, i, sentEnd, people, why);
            return true;
        }
        if (prev >= 0 && t.sentence[prev] == t.sentence[i] && t.is(prev, Tokens.CAP)
                && (t.gap[i] & ~Tokens.G_SPACE) == 0 && !t.has(prev, Lexicon.STOP_NAME)
                && (!t.sentenceInitial(prev) || variant) && g.find(t.hash[prev]) < 0
                // title case: "Heavy Fighting Near Pokrovsk", "Shelling In Donetsk"
                && !t.has(prev, Lexicon.LOCATIVE | Lexicon.RELATIVE)) {
            // "Ben Hodges": a surname when only small towns carry it and the given name does not continue a
            // title-case run; "CBC Toronto", "Village Malakal", "Russian Shelling Hits Kurakhove" are not people
            if (smallTownsOnly(cands) && !titleCase(t, t.sentence[i])) person(t, i, sentEnd, people, why);
            return true;
        }
        return false;
    }

    /**
     * Places round 17. The one-word name at i is a common given name ({@link Lexicon#GIVEN_NAME}) and the word after it
     * a capitalised word that names no place, or towns or regions but no country (a surname), or an initial: "Vladimir
     * Putin", "Paul Kemp", "Maria Hidalgo", "Michael J. Dillon"; not a title ("Elizabeth Mayor Chris Bollwage") nor a
     * body named after the person ("George Washington University").
     */
    private boolean givenNameBeforeSurname(Tokens t, int i, int end, int sentEnd) {
        if (end != i + 1 || end >= sentEnd || Lexicon.GIVEN_NAME.get(t.hash[i]) == 0 || !t.is(end, Tokens.CAP)
                || (t.gap[end] & ~Tokens.G_SPACE) != 0 || t.has(end, Lexicon.STOP_NAME | Lexicon.ORG_TAIL | Lexicon.TITLE)) {
            return false;
        }
        // "George Washington University", "James Madison University": a body named after the person, whose surname
        // is no surname to remember
        if (end + 1 < sentEnd && t.has(end + 1, Lexicon.ORG_TAIL) && (t.gap[end + 1] & ~Tokens.G_SPACE) == 0) return false;
        int next = g.find(t.hash[end]);
        return next < 0 || !namesCountry(postingsOf(next));
    }

    /** A person named by a given name and a surname: the surname is remembered as such ({@link #SURNAME_AFTER_GIVEN_NAME}). */
    private static void personWithSurname(Tokens t, int i, int sentEnd, LongIntMap people, Trace why) {
        person(t, i, sentEnd, people, why);
        people.put(t.hash[lastOfName(t, i, sentEnd)], SURNAME_AFTER_GIVEN_NAME);
    }

    /**
     * Places round 17. A capitalised given name stands right before token i, in its sentence, or before an initial
     * right before it ("Charles W. Murphy").
     */
    private static boolean givenNameBefore(Tokens t, int i) {
        int prev = i - 1;
        if (prev < 0) return false;
        if ((t.gap[i] & ~(Tokens.G_SPACE | Tokens.G_PERIOD)) != 0) return false;
        // "Charles W. Murphy", "George H. W. Bush": initials between the given name and the surname
        int at = i;
        while (prev > 0 && initial(t, prev) && (t.gap[at] & Tokens.G_PERIOD) != 0 && i - prev <= 3
                && (t.gap[prev] & ~(Tokens.G_SPACE | Tokens.G_PERIOD)) == 0) {
            at = prev;
            prev--;
        }
        if (at == i ? (t.gap[i] & ~Tokens.G_SPACE) != 0 : (t.gap[at] & ~Tokens.G_SPACE) != 0) return false;
        return prev >= 0 && t.sentence[prev] == t.sentence[i] && t.is(prev, Tokens.CAP)
                && Lexicon.GIVEN_NAME.get(t.hash[prev]) != 0;
    }

    /**
     * The mark of a surname read after a common given name ("Anne Hidalgo"): later alone it is the person even when a
     * region carries the name ("Hidalgo said"), never when a country does; other surnames shield only towns' names.
     */
    private static final int SURNAME_AFTER_GIVEN_NAME = 2;

    private static final long H_FAR = LongIntMap.h("far");

    /** Every token of [i, end) is a compass word or "far" ("Far North", "North-Western"). */
    private static boolean compassWordsOnly(Tokens t, int i, int end) {
        for (int j = i; j < end; j++) if (!t.has(j, Lexicon.DIRECTION) && t.hash[j] != H_FAR) return false;
        return true;
    }

    /** Words for a settlement before "of": "the city of Lebanon", "the Town of Mexico". */
    private static final LongIntMap SETTLEMENT = LongIntMap.words("city", "town", "village", "borough", "township",
            "hamlet");

    /** "the city of X": a settlement word and "of" right before token i. */
    private static boolean settlementOf(Tokens t, int i) {
        // "the city of X" only: "the second-largest city of Lebanon", "the capital city of Iraq" name the country
        return i >= 3 && t.hash[i - 1] == H_OF && SETTLEMENT.get(t.hash[i - 2]) != 0 && t.hash[i - 3] == H_THE
                && t.sentence[i - 3] == t.sentence[i];
    }

    /** The postings without the countries', when some town remains; else the postings as they are. */
    private int[] withoutCountries(int[] cands) {
        int towns = 0;
        for (int p : cands) if (g.kind(p >> 2) == Gazetteer.KIND_PLACE) towns++;
        if (towns == 0) return cands;
        int[] out = new int[cands.length];
        int n = 0;
        for (int p : cands) if (g.kind(p >> 2) != Gazetteer.KIND_COUNTRY) out[n++] = p;
        return n == cands.length ? cands : java.util.Arrays.copyOf(out, n);
    }

    /** Some posting names a country. */
    private boolean namesCountry(int[] postings) {
        for (int p : postings) if (g.kind(p >> 2) == Gazetteer.KIND_COUNTRY) return true;
        return false;
    }

    /** A text of at most this many tokens is a headline or a short note. */
    private static final int SHORT_TEXT_TOKENS = 40;

    /** Military ranks as abbreviated before a name: "Col. Kent Solheim", "Maj. Gen. Patrick Ryder". */
    private static final LongIntMap RANK = LongIntMap.words("gen", "col", "maj", "lt", "sgt", "capt", "cpl", "pvt", "adm",
            "brig", "cmdr", "cdr", "spc");

    /** "Col. Kent Solheim": a name after an abbreviated rank is a person's, even a region's name ("Kent"). */
    private static boolean rankBefore(Tokens t, int i) {
        int prev = i - 1;
        return prev >= 0 && RANK.get(t.hash[prev]) != 0 && t.is(prev, Tokens.CAP) && (t.gap[i] & Tokens.G_PERIOD) != 0;
    }

    private static final long H_YEAR = LongIntMap.h("year"), H_OLD = LongIntMap.h("old");

    /**
     * "82-year-old Geneva Morgan": two capitalised words after an age are a person's name, even when the first is a
     * town's ("a 25-year-old Paris, Missouri, man" and "a 30-year-old Paris man" keep the town).
     */
    private static boolean namedAfterAge(Tokens t, int i, int sentEnd) {
        return i >= 2 && t.hash[i - 1] == H_OLD && t.hash[i - 2] == H_YEAR && (t.gap[i - 1] & Tokens.G_HYPHEN) != 0
                && i + 1 < sentEnd && t.is(i + 1, Tokens.CAP) && (t.gap[i + 1] & ~Tokens.G_SPACE) == 0;
    }

    /** A capitalised title right before token i, in its sentence: "President", "Gen.", "Coroner". */
    private static boolean titleBefore(Tokens t, int i) {
        int prev = i - 1;
        return prev >= 0 && t.sentence[prev] == t.sentence[i] && t.has(prev, Lexicon.TITLE) && t.is(prev, Tokens.CAP);
    }

    /** Offices named with their province in South Asian style: "Chief Minister Punjab Maryam Nawaz", "Governor Sindh". */
    private static final LongIntMap PROVINCE_OFFICE = LongIntMap.words("minister", "governor", "chief", "general", "secretary");

    /**
     * A capitalised title right before the name and, right after it, a capitalised word that names no place or only
     * towns (a surname: "Fowler"); not an office of a province ({@link #PROVINCE_OFFICE}).
     */
    private boolean titledName(Tokens t, int i, int end, int sentEnd) {
        return titleBefore(t, i) && PROVINCE_OFFICE.get(t.hash[i - 1]) == 0
                && end < sentEnd && t.is(end, Tokens.CAP) && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && !t.has(end, Lexicon.STOP_NAME) && (g.find(t.hash[end]) < 0 || townsOnly(postingsOf(g.find(t.hash[end]))));
    }

    /** "Gen. Austin Miller": the abbreviated rank is no place ("Gen" is an alternate name of a French village). */
    private static boolean rankItself(Tokens t, int i, int end) {
        return end == i + 1 && RANK.get(t.hash[i]) != 0 && end < t.n && (t.gap[end] & Tokens.G_PERIOD) != 0;
    }

    /** Words that end the name of a body: "Dublin Arts Council", "Georgia Department of Transportation". */
    private static final LongIntMap BODY = LongIntMap.words("council", "department", "board", "commission", "committee",
            "authority", "association", "society", "library", "chamber", "foundation", "orchestra", "symphony", "zoo",
            "agency", "office", "bureau", "coalition", "alliance", "league", "institute", "academy", "festival");

    /**
     * Places round 12: a district the gazetteer knows only as a district (GeoNames' admin-2 of another country), named
     * by more words than any town or region name matched at token i: before a unit word ("Nueva Arcadia municipality",
     * "Omala LGA", "Abu Al-Khaseeb district") or last in ACLED's brackets ("(Diapaga, Tapoa)"); else null. A village
     * the gazetteer lacks is then placed in its district's region, not dropped or sent to a namesake elsewhere.
     */
    private Mention districtBeyondName(Tokens t, int i, int sentEnd, NameMatch nm) {
        int j = i;
        while (j < sentEnd && j < i + 4 && t.is(j, Tokens.CAP) && DISTRICT_WORD.get(t.hash[j]) == 0
                && (j == i || (t.gap[j] & ~(Tokens.G_SPACE | Tokens.G_HYPHEN | Tokens.G_APOS)) == 0)) j++;
        if (j == i) return null;
        if (j <= nm.matchEnd()) {
            // the whole run is a known name: a unit word after it is the region-word path's ("Doolow cercle"); in
            // brackets or after "the district of" it is a district too when no region of the name is known
            if (j == nm.matchEnd() && nm.list >= 0 && (bracketTail(t, i, j) || unitOf(t, i))) return districtJoins(t, i, j, nm);
            return null;
        }
        // "the Adhamiyah district of Baghdad": a city's quarter, which the city places
        boolean unit = j < sentEnd && DISTRICT_WORD.get(t.hash[j]) != 0 && (t.gap[j] & ~Tokens.G_SPACE) == 0
                && !departmentOf(t, j, sentEnd) && !(j + 1 < sentEnd && t.hash[j + 1] == H_OF);
        if (!unit && !bracketTail(t, i, j) && !unitOf(t, i) && !bareAfterScene(t, i, j, sentEnd)) return null;
        int[] named = regionsNamed(NameKey.combine(keyOf(t, i, j), H_DISTRICT));
        if (named == null) return null;
        Mention m = new Mention(i, unit ? j + 1 : j, named, unit);
        m.districtOnly = true;
        markUse(t, m, sentEnd);
        return m;
    }

    /**
     * Places round 12: "near Fort Moore", "at Camp Lejeune": a name after a capitalised "Fort" or "Camp" that did not
     * join it into a known name is the person the base is named after, not a town ("Fort Worth" is matched whole).
     */
    private static boolean fortsNamesake(Tokens t, int i) {
        return i > 0 && t.sentence[i - 1] == t.sentence[i] && (t.hash[i - 1] == H_FORT || t.hash[i - 1] == H_CAMP)
                && t.is(i - 1, Tokens.CAP) && (t.gap[i] & ~Tokens.G_SPACE) == 0;
    }

    private static final long H_FORT = LongIntMap.h("fort"), H_CAMP = LongIntMap.h("camp");

    /** Every region named is a district, and a town of the name lies in the region of one of them. */
    private boolean districtOfItsTown(int[] named, int[] cands) {
        for (int p : named) if (!g.isDistrict(p >> 2)) return false;
        for (int c : cands) {
            int e = c >> 2;
            if (g.kind(e) != Gazetteer.KIND_PLACE || g.admin1Code(e) == null) continue;
            for (int p : named) if (g.admin1Code(e).equals(g.admin1Code(p >> 2))) return true;
        }
        return false;
    }

    /** The districts of {@code named} in countries where no town of {@code cands} lies, or null when none. */
    private int[] districtsWithoutTheTown(int[] named, int[] cands) {
        int[] out = new int[named.length];
        int n = 0;
        outer:
        for (int p : named) {
            for (int c : cands) if (Objects.equals(g.countryCode(c >> 2), g.countryCode(p >> 2))) continue outer;
            out[n++] = p;
        }
        return n == 0 ? null : java.util.Arrays.copyOf(out, n);
    }

    /**
     * Places round 15: "clashed in Munshiganj", "an ambush near Adan Yabaal": a run of capitalised words [i, j) longer
     * than any town or region name it starts (the caller's test), right after "in", "near" or "outside", and not a
     * possessive ("in Ahmed's house"), may be a district with no unit word; the caller keeps it only when the
     * gazetteer has a district of exactly that name.
     */
    private static boolean bareAfterScene(Tokens t, int i, int j, int sentEnd) {
        return i > t.sentStart[t.sentence[i]] && SCENE_WORD.get(t.hash[i - 1]) != 0
                && (t.gap[i] & ~Tokens.G_SPACE) == 0 && !(j < sentEnd && t.hash[j] == H_S && (t.gap[j] & Tokens.G_APOS) != 0);
    }

    /** "the municipality of Mallama", "the district of Tapoa": a unit word and "of" right before token i. */
    private static boolean unitOf(Tokens t, int i) {
        return i >= 2 && t.hash[i - 1] == H_OF && DISTRICT_WORD.get(t.hash[i - 2]) != 0 && !t.is(i - 2, Tokens.CAP)
                && t.sentence[i - 2] == t.sentence[i] && (t.gap[i - 1] & ~Tokens.G_SPACE) == 0
                && (t.gap[i] & ~Tokens.G_SPACE) == 0;
    }

    /** "(Djibo, Soum)": a bracket's last name that names towns only, and a district too: the district joins them. */
    private Mention districtJoins(Tokens t, int i, int j, NameMatch nm) {
        int[] raw = postingsOf(nm.list);
        if (namesRegionOrCountry(raw)) return null;
        int[] named = regionsNamed(NameKey.combine(nm.key, H_DISTRICT));
        if (named == null) return null;
        if (districtOfItsTown(named, raw)) {
            // "Kotalipara upazila of Gopalganj": Bihar's town lies in its own Gopalganj district, Bangladesh's district
            // has no town of the name: both stay candidates, and the article's country decides
            int[] abroad = districtsWithoutTheTown(named, raw);
            if (abroad == null) return null;
            named = java.util.stream.IntStream.concat(java.util.Arrays.stream(raw), java.util.Arrays.stream(abroad)).toArray();
        }
        Mention m = new Mention(i, j, named, false);
        markUse(t, m, t.sentEnd[t.sentence[i]]);
        return m;
    }

    /**
     * Tokens [i, end) are the last name inside brackets that opened right before it or before an earlier name of the
     * same bracket ("(Soum)", "(Diapaga, Tapoa)").
     */
    private static boolean bracketTail(Tokens t, int i, int end) {
        if (end >= t.n || t.bracketAt(end) != -1) return false;
        if (t.bracketAt(i) == 1) return true;
        if ((t.gap[i] & Tokens.G_COMMA) == 0) return false;
        for (int k = i - 1; k > Math.max(0, i - 6); k--) {
            int b = t.bracketAt(k);
            if (b == 1) return true;
            if (b == -1) return false;
        }
        return false;
    }

    /** "Department of Transportation": a region word opening the name of a body, not naming a region. */
    private boolean departmentOf(Tokens t, int word, int sentEnd) {
        return word + 2 < sentEnd && t.hash[word + 1] == H_OF && t.is(word + 2, Tokens.CAP) && g.find(t.hash[word + 2]) < 0
                && BODY.get(t.hash[word]) != 0;
    }

    /** A body's name follows the place: capitalised words up to a body word ("Arts Council", "Department of ..."). */
    private static boolean organisationAfter(Tokens t, int end, int sentEnd) {
        for (int j = end; j < Math.min(sentEnd, end + 3); j++) {
            if (!t.is(j, Tokens.CAP) || (t.gap[j] & ~Tokens.G_SPACE) != 0) return false;
            // a body word right after the name may be the body's own name ("Commerce Committee", "Metro Council")
            if (BODY.get(t.hash[j]) != 0) return j > end;
        }
        return false;
    }

    /** A name lent to a weapon ("Grad rockets") or a lone town name speaking ("Lincoln told reporters"). */
    private boolean namesThing(Tokens t, int i, int end, int sentEnd, int[] cands, boolean suffix, LongIntMap people,
            Trace why) {
        // "Grad rockets", "a Caesar howitzer", "Patriot batteries": a name before a weapon is the weapon's, unless a
        // country, a region or a people names it ("Russian missiles") or the weapon is the means of an attack on
        // the place ("Nikopol drone attack")
        if (end + 1 < sentEnd && EQUIPMENT.get(t.hash[end]) != 0 && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && !namesCountryOrArea(cands) && !anyDemonym(cands) && HOSTILE_ACT.get(t.hash[end + 1]) == 0) {
            if (why.on()) why.add("  '").add(t.word(i)).add("' names a weapon: not a place\n");
            return true;
        }
        // "Lincoln told reporters", "Palma said": a lone town name speaking is a person; capitals, regions and
        // countries speak for their governments ("Kiev says", "Donetsk said")
        if (end == i + 1 && !suffix && end < sentEnd && SPOKE.get(t.hash[end]) != 0 && (t.gap[end] & ~Tokens.G_SPACE) == 0
                && townsOnly(cands) && !anyCapital(cands)
                && (t.sentenceInitial(i) || (t.gap[i] & (Tokens.G_COMMA | Tokens.G_QUOTE | Tokens.G_COLON)) != 0)) {
            // as a clause's subject only: "a resident of Tabriz told the BBC" is the town
            person(t, i, sentEnd, people, why);
            return true;
        }
        return false;
    }

    /**
     * A paragraph that opens with a town in capitals followed by a comma, a bracket or a dash ("KABUL, Afghanistan
     * (AP) —", "MOGADISHU, Somalia —", "BEIRUT (AP) -") starts with a dateline: it and the names after it up to the
     * dash ({@link #DATELINE_MAX} tokens at most) say where the report was filed, not where its events happened.
     */
    private void markDateline(Tokens t, List<Mention> ms) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            int i = m.start;
            boolean opens = i == 0 || t.paragraph[i - 1] != t.paragraph[i];
            if (!opens || !t.is(i, Tokens.UPPER) || g.kind(m.entity) != Gazetteer.KIND_PLACE || m.end >= t.n
                    || (t.gap[m.end] & (Tokens.G_COMMA | Tokens.G_PAREN | Tokens.G_HYPHEN)) == 0) continue;
            int dash = m.end;
            while (dash < Math.min(t.n, i + DATELINE_MAX) && ((t.gap[dash] & Tokens.G_HYPHEN) == 0 || !t.gapHas(dash, Tokens.G_SPACE))) dash++;
            if (dash >= Math.min(t.n, i + DATELINE_MAX)) continue;
            for (int j = k; j < ms.size() && ms.get(j).start < dash; j++) ms.get(j).dateline = true;
        }
    }

    /**
     * Places round 10. "Saudi-led", "Iran-backed", "Moscow-installed", "pro-Russian": the name is the patron of a side
     * (PATRON, STANCE); "UK-based", "Chicago-based": the home of a side. Either way a side, not the scene. A word that
     * names a place itself ("Houston-area") is not such a compound.
     */
    private static void patronOrHome(Tokens t, Mention m, int sentEnd) {
        int i = m.start, end = m.end;
        // hyphenated, no space: "Russia backed the plan" is a verb, "killed - Kiev" a source
        if (end < sentEnd && t.gap[end] == Tokens.G_HYPHEN) {
            long h = t.hash[end];
            if (PATRON.get(h) != 0) m.patron = true;
            else if (h == H_BASED) m.home = true;
        }
        if (i > t.sentStart[t.sentence[i]] && (t.gap[i] & Tokens.G_HYPHEN) != 0 && (t.gap[i] & ~Tokens.G_HYPHEN) == 0
                && STANCE.get(t.hash[i - 1]) != 0) m.patron = true;
        if (m.patron || m.home) m.actorUse = true;
        m.homeland = homeland(t, i, end, sentEnd);
    }

    /**
     * Places round 11. "Somali refugees", "Ethiopian migrants", "refugees from Sudan", "nationals of Afghanistan": the
     * name says where the people come from; "Kakuma refugee camp" names where the camp is.
     */
    private static boolean homeland(Tokens t, int i, int end, int sentEnd) {
        if (end < sentEnd && (t.gap[end] & ~Tokens.G_SPACE) == 0 && DISPLACED.get(t.hash[end]) != 0) {
            return !(end + 1 < sentEnd && (t.gap[end + 1] & ~Tokens.G_SPACE) == 0 && CAMP.get(t.hash[end + 1]) != 0);
        }
        int st = t.sentStart[t.sentence[i]];
        if (i - 2 < st || (t.gap[i] & ~Tokens.G_SPACE) != 0) return false;
        long before = t.hash[i - 1], word = t.hash[i - 2];
        boolean plain = (t.gap[i - 1] & ~Tokens.G_SPACE) == 0;
        return plain && (before == H_FROM || before == H_OF) && DISPLACED.get(word) != 0
                // "a native of Bismarck", "who hails from Perth": where a person comes from
                || plain && (before == H_OF && word == H_NATIVE || before == H_FROM && HAILS.get(word) != 0)
                || (before == H_FROM || before == H_OF) && (t.gap[i - 1] & Tokens.G_COMMA) != 0 && titledBefore(t, i - 2, st);
    }

    private static final long H_NATIVE = LongIntMap.h("native");
    private static final LongIntMap HAILS = LongIntMap.words("hails", "hail", "hailed", "hailing", "originally");
    /** How far back from ", from X" the title of the person it describes may stand. */
    private static final int TITLE_REACH = 12;

    /**
     * Hometowns (round 14). "said Lt. Col. Ann Lee, commander of 2nd Battalion, 5th Infantry, from Delaware,
     * Ohio", "Capt. Sam Ortiz, a company commander, from Perth", "Sgt. Luis Vega, 24, of San Antonio, Texas, was killed
     * in Helmand": ", from X" or ", of X" in the apposition of a person with a title or a rank names the person's
     * hometown, not the scene. A title within {@link #TITLE_REACH} words before, in the same quote-free stretch of the
     * sentence; "troops withdrew from Lyman" has no comma before "from".
     */
    private static boolean titledBefore(Tokens t, int j, int st) {
        for (int k = j; k >= Math.max(st, j - TITLE_REACH); k--) {
            if (t.has(k, Lexicon.TITLE)) return true;
            if ((t.gap[k] & (Tokens.G_QUOTE | Tokens.G_STOP)) != 0) return false;
        }
        return false;
    }

    /**
     * The name at token i is the side an accusation names: right after "blames" / "accuses" or "points (the finger)
     * at / to" ("Kyiv blames Moscow for strike", "Kiev points at Moscow over air strike").
     */
    private static boolean accused(Tokens t, int i) {
        int st = t.sentStart[t.sentence[i]];
        if (i - 1 < st || (t.gap[i] & ~Tokens.G_SPACE) != 0) return false;
        long h = t.hash[i - 1];
        if (ACCUSE.get(h) != 0) return true;
        if ((h == H_AT || h == H_TO) && i - 2 >= st) {
            long v = t.hash[i - 2];
            return POINT.get(v) != 0 || v == H_FINGER && i - 4 >= st && POINT.get(t.hash[i - 4]) != 0;
        }
        return false;
    }

    private static final LongIntMap ACCUSE = LongIntMap.words("blames", "blamed", "blame", "blaming", "accuses",
            "accused", "accuse", "accusing");
    private static final LongIntMap POINT = LongIntMap.words("points", "pointed", "point", "pointing");
    private static final long H_AT = LongIntMap.h("at"), H_TO = LongIntMap.h("to"), H_FINGER = LongIntMap.h("finger");

    /** A dateline ends with its dash within this many tokens of its first name. */
    private static final int DATELINE_MAX = 10;

    /** How the name is used: a side or a source, a venue or a unit's name, after a locative or a relative word. */
    private static void markUse(Tokens t, Mention m, int sentEnd) {
        int i = m.start, end = m.end, prev = i - 1;
        int nx = end;
        // "Ukraine's military": the possessive 's, then the noun
        if (nx + 1 < sentEnd && t.hash[nx] == H_S && (t.gap[nx] & Tokens.G_APOS) != 0) {
            nx++;
            m.agentUse = HOSTILE_ACT.get(t.hash[nx]) != 0;
        }
        // "Woman killed in Kiev shelling in Donetsk": a name before a hostile act, with the scene named after it, owns
        // the act (a capital or a country so named is a side: settle decides); "Kyiv shelling kills 3" stays the scene
        if (nx == end && nx < sentEnd && t.gap[nx] == Tokens.G_SPACE && HOSTILE_ACT.get(t.hash[nx]) != 0
                && sceneNamedAfter(t, nx + 1, sentEnd)) {
            m.agentUse = true;
        }
        // places round 15: "the X regional government said", "X provincial police": a word of the administration's
        // level between the name and an administration is read past; not before other words ("the city centre") nor
        // in a place unit ("X local government area")
        if (nx == end && nx + 1 < sentEnd && LEVEL.get(t.hash[nx]) != 0 && !t.is(nx, Tokens.CAP)
                && t.gap[nx] == Tokens.G_SPACE && t.gap[nx + 1] == Tokens.G_SPACE && ADMINISTRATION.get(t.hash[nx + 1]) != 0
                && !(nx + 2 < sentEnd && t.hash[nx + 2] == H_AREA)) nx++;
        // "U.S. Army", "U.K. troops": an abbreviation's last dot joins the name to the next word as a space does
        int joint = nx < sentEnd ? t.gap[nx] & ~(Tokens.G_SPACE | Tokens.G_APOS) : 0;
        boolean abbreviated = joint == Tokens.G_PERIOD && t.end[end - 1] - t.start[end - 1] == 1 && nx == end;
        if (nx < sentEnd && (joint == 0 || abbreviated)) {
            long h = t.hash[nx];
            // "Goma airport", "Donetsk airport": a facility in the town is still the town (an event there happened in it)
            m.actorUse = t.wordIs(nx, Lexicon.FORCE) && FACILITY.get(h) == 0 || h == H_LED || h == H_BACKED || h == H_OCCUPATION
                    || h == H_OCCUPIED || h == H_CONTROLLED
                    // "Kiev protesters", "Minsk demonstrators": protesters are where they protest
                    || t.wordIs(nx, Lexicon.PERSON) && !t.wordIs(nx, Lexicon.KILL | Lexicon.INJURE | Lexicon.PROTESTER);
        }
        m.homeForce = nx < sentEnd && joint == 0 && HOME_FORCE.get(t.hash[nx]) != 0 && onlyDemonyms(m.candidates);
        patronOrHome(t, m, sentEnd);
        m.accused = accused(t, i);
        if (nx < sentEnd && (t.gap[nx] & ~Tokens.G_SPACE) == 0 && onlyDemonyms(m.candidates)
                && (SIDE_MEANS.get(t.hash[nx]) != 0 || HOSTILE_ACT.get(t.hash[nx]) != 0)) {
            m.actorUse = true;
        }
        if (nx < sentEnd && (t.gap[nx] & ~Tokens.G_SPACE) == 0 && VENUE_TAIL.get(t.hash[nx]) != 0) {
            m.borrowed = true;
        }
        if (prev >= 0 && UNIT.get(t.hash[prev]) != 0 && (t.gap[i] & ~Tokens.G_SPACE) == 0) m.borrowed = true;
        // "protests over the falling US dollar rate": a currency named after a country is no cue to the scene
        if (end < sentEnd && CURRENCY.get(t.hash[end]) != 0 && (t.gap[end] & ~Tokens.G_SPACE) == 0) {
            m.money = true;
            m.borrowed = true;
        }
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
        m.origin = origin(t, i);
        for (int j = i - 1; j >= Math.max(t.sentStart[t.sentence[i]], i - 4); j--) {
            if (t.has(j, Lexicon.RELATIVE)) { m.relative = true; break; }
        }
    }

    /**
     * The name at token i stands where the fire came from, not the scene: after "from" that follows a hostile act or a
     * weapon ("shelling from Belgorod", "missiles launched from Crimea"; not "withdrew from Lyman"), with at most
     * {@link #ORIGIN_REACH} words between "from" and the name, each a name or a word of {@link #ORIGIN_FILLER} ("fire
     * from Russian positions near Belgorod", "from the direction of Belgorod"; not "shelling from Russia hits Sumy").
     * Not "forces in X": in "attacks of Russia-led forces in Donbas" the side's place is the scene.
     */
    private static boolean origin(Tokens t, int i) {
        int st = t.sentStart[t.sentence[i]];
        for (int j = i - 1; j >= Math.max(st, i - 1 - ORIGIN_REACH); j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (t.hash[j] == H_FROM) {
                for (int k = j - 1; k >= Math.max(st, j - ORIGIN_SPAN); k--) {
                    if ((t.gap[k + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
                    if (FIRED.get(t.hash[k]) != 0) return true;
                }
                return false;
            }
            if (!t.is(j, Tokens.CAP) && ORIGIN_FILLER.get(t.hash[j]) == 0) return false;
        }
        return false;
    }

    /** "in", "near", "outside" right before a capitalised word, in tokens [from, sentEnd) ("on Monday" is no scene). */
    private static boolean sceneNamedAfter(Tokens t, int from, int sentEnd) {
        for (int j = from; j + 1 < sentEnd; j++) {
            if (SCENE_WORD.get(t.hash[j]) != 0 && t.is(j + 1, Tokens.CAP)) return true;
        }
        return false;
    }

    private static final LongIntMap SCENE_WORD = new LongIntMap();
    /** Places round 15: bodies that serve in their own country (an army may fight abroad, police do not). */
    private static final LongIntMap HOME_FORCE = LongIntMap.words("police", "policemen", "policeman", "policewoman",
            "gendarmes", "gendarme", "gendarmerie", "interior");
    /** Places round 15: the level of an administration named after its region ("the Amhara regional government"). */
    /** Places round 15: the bodies an administration's level word may stand before ("provincial police"). */
    private static final LongIntMap ADMINISTRATION = LongIntMap.words("government", "administration", "authorities",
            "officials", "official", "police", "council", "assembly", "governor", "commission", "ministry");
    private static final long H_AREA = LongIntMap.h("area");
    private static final LongIntMap LEVEL = LongIntMap.words("regional", "provincial", "state", "county", "district",
            "municipal", "local", "city", "federal");
    /** The country whose towns Russian spellings may name ({@link #withSlavicNamesakes}). */
    private static final String SLAVIC_COUNTRY = "UA";

    static {
        for (String w : new String[] {"in", "near", "outside"}) SCENE_WORD.put(LongIntMap.h(w), 1);
    }

    /** Every candidate is a demonym ("Russian"): the name can only be a side or an adjective, never the scene. */
    private static boolean onlyDemonyms(int[] cands) {
        for (int p : cands) if ((p & Gazetteer.DEMONYM) == 0) return false;
        return cands.length > 0;
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

    /**
     * "Jal el-Dib", "Aita al-Shaab": a name whose match stops before a hyphenated Arabic article and a capitalised word
     * goes on in Arabic; its head names a place of an Arabic-speaking country (or Israel), never Jal, New Mexico.
     */
    private static boolean arabicNameGoesOn(Tokens t, int nameEnd, int sentEnd) {
        return nameEnd + 1 < sentEnd && (t.gap[nameEnd] & ~Tokens.G_SPACE) == 0 && hyphenatedArticle(t, nameEnd, sentEnd)
                && t.is(nameEnd + 1, Tokens.CAP);
    }

    /** The candidates of {@code raw} in Arabic-speaking countries or Israel, or null when none. */
    private int[] inArabicCountries(int[] raw) {
        int n = 0;
        int[] out = new int[raw.length];
        for (int p : raw) {
            String cc = g.countryCode(p >> 2);
            if (Gazetteer.ARABIC_COUNTRIES.contains(cc) || "IL".equals(cc)) out[n++] = p;
        }
        return n == 0 ? null : n == raw.length ? raw : java.util.Arrays.copyOf(out, n);
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

    /** Skips a person's name starting at {@code i}, remembering its last word as a surname. */
    private static void person(Tokens t, int i, int sentEnd, LongIntMap people, Trace why) {
        int last = lastOfName(t, i, sentEnd);
        if (people.get(t.hash[last]) == 0) people.put(t.hash[last], 1);
        if (why.on()) why.add("  '").add(Casualties.span(t, i, last + 1)).add("' a person's name: not a place\n");
    }

    /** The last token of the capitalised run of a person's name starting at {@code i}. */
    private static int lastOfName(Tokens t, int i, int sentEnd) {
        int last = i;
        while (last + 1 < sentEnd && t.is(last + 1, Tokens.CAP) && (t.gap[last + 1] & ~Tokens.G_SPACE) == 0
                && !t.has(last + 1, Lexicon.STOP_NAME | Lexicon.ORG_TAIL)) last++;
        return last;
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

    /**
     * "(Baydhaba, Bay)": a capitalised stop word last in a bracketed "(place, region)" pair that names an admin-1 region
     * is that region, as ACLED's notes write it.
     */
    private boolean bracketedRegion(Tokens t, int i, int[] postings) {
        if (i == 0 || !t.is(i, Tokens.CAP) || (t.gap[i] & Tokens.G_COMMA) == 0) return false;
        int close = i + 1 < t.n ? t.start[i + 1] : t.text.length();
        if (t.text.indexOf(')', t.end[i]) != t.end[i] || t.end[i] >= close) return false;
        for (int p : postings) if (g.kind(p >> 2) == Gazetteer.KIND_ADMIN1) return true;
        return false;
    }

    private boolean namesCountryOrArea(int[] postings) {
        for (int p : postings) {
            int k = g.kind(p >> 2);
            if (k == Gazetteer.KIND_COUNTRY || k == Gazetteer.KIND_AREA) return true;
        }
        return false;
    }

    /**
     * Places round 16. The number of tokens of the compass word at i the gazetteer knows a region for: 2 for a
     * hyphenated compound ("north-east", "south-eastern"), 1 for one word, 0 for none.
     */
    private int compassWidth(Tokens t, int i, int sentEnd) {
        if (i + 1 < sentEnd && t.gap[i + 1] == Tokens.G_HYPHEN && COMPASS_NOUN.get(t.hash[i]) != 0
                && compass.has(NameKey.combine(t.hash[i], t.hash[i + 1]))) return 2;
        return compass.has(t.hash[i]) ? 1 : 0;
    }

    private static long compassKey(Tokens t, int i, int w) {
        return w == 2 ? NameKey.combine(t.hash[i], t.hash[i + 1]) : t.hash[i];
    }

    /** "killed in the separatist east", "Ukraine's rebel east:", "ceasefire in east": a compass noun naming a part
     *  of the country (not "from the east", "east of the city", "eastern front"); {@code w}: its tokens. */
    private boolean bareCompass(Tokens t, int i, int w, int sentEnd) {
        int st0 = t.sentStart[t.sentence[i]];
        // "Fighting in Ukraine's east kills five": a country's compass noun is its part, whatever follows
        if (i - 2 >= st0 && COMPASS_NOUN.get(t.hash[i + w - 1]) != 0 && t.hash[i - 1] == H_S && t.gap[i - 1] == Tokens.G_APOS
                && t.gap[i] == Tokens.G_SPACE && t.is(i - 2, Tokens.CAP)) return true;
        int next = i + w;
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

    /**
     * Places round 16. "as eastern fighting intensifies", "in fierce east clashes", "the southern offensive": a compass
     * word before a conflict noun says in which part of the article's country it happens; not before a name ("the
     * eastern city of Kharkiv", "the southern front near Kherson" keep the town) or a country's name ("eastern
     * Ukraine's war": {@link #compassOfCountry}).
     */
    private boolean compassBeforeHead(Tokens t, int i, int w, int sentEnd) {
        int head = i + w;
        if (head >= sentEnd || t.gap[head] != Tokens.G_SPACE || COMPASS_HEAD.get(t.hash[head]) == 0) return false;
        int after = head + 1;
        if (after < sentEnd && (t.gap[after] & Tokens.G_HYPHEN) != 0) after++; // "flare-up"
        return after >= sentEnd || t.hash[after] != H_OF && !(t.gap[after] == Tokens.G_SPACE && t.hash[after] == H_NEAR);
    }

    /**
     * "in eastern Burkina Faso", "an east Ukrainian town", "the south of Ukraine": a compass word before a country's
     * name or demonym (or "of" and the name) is the region of that country the word names (Burkina Faso's "Est"), when
     * it has one; else null, and the country is read on its own.
     */
    private Mention compassOfCountry(Tokens t, int i, int w, int sentEnd) {
        int from = i + w;
        // places round 16: "the south of Ukraine" (not "east of Kyiv": the name after "of" must be a country)
        boolean of = from + 1 < sentEnd && t.hash[from] == H_OF && COMPASS_NOUN.get(t.hash[i + w - 1]) != 0;
        if (of) from++;
        if (from >= sentEnd || t.gap[from] != Tokens.G_SPACE || !t.is(from, Tokens.CAP)) return null;
        long key = t.hash[from];
        for (int j = from; j < Math.min(sentEnd, from + 4); j++) {
            if (j > from) {
                if (t.gap[j] != Tokens.G_SPACE || !t.is(j, Tokens.CAP)) break;
                key = NameKey.combine(key, t.hash[j]);
            }
            int list = g.find(key);
            for (int p = 0; list >= 0 && p < g.postings(list); p++) {
                int e = g.posting(list, p) >> 2;
                if (g.kind(e) != Gazetteer.KIND_COUNTRY) continue;
                if (of && (g.posting(list, p) & Gazetteer.DEMONYM) != 0) continue;
                String cc = g.countryCode(e);
                if (compass.region(compassKey(t, i, w), cc) < 0) return null;
                Mention m = compassMention(t, i, w);
                m.compassCountry = cc;
                return m;
            }
        }
        return null;
    }

    private Mention compassMention(Tokens t, int i, int w) {
        Mention m = new Mention(i, i + w, NO_CANDIDATES, false);
        m.compass = true;
        m.compassKey = compassKey(t, i, w);
        return m;
    }

    /** A district's unit word ("upazila", "district", "LGA"; also the region words "province", "division"). */
    static boolean isDistrictWord(long h) {
        return DISTRICT_WORD.get(h) != 0;
    }

    private static boolean anyDemonym(int[] postings) {
        for (int p : postings) if ((p & Gazetteer.DEMONYM) != 0) return true;
        return false;
    }

    private boolean anyCapital(int[] postings) {
        for (int p : postings) if (g.featureRank(p >> 2) == Gazetteer.FC_PPLC) return true;
        return false;
    }

    /**
     * The regions {@code named} (a name with its region word: "Northern Region", "Cordoba Province") and the admin-1
     * regions and sub-regions of other countries that carry the name without the word ({@code bare}: Ghana's
     * "Northern", Colombia's "Cordoba", Kenya's old "Central" province): the article's country decides between them,
     * as between any namesakes. A region of a country that
     * {@code named} already covers is left out ("Kyiv region" is the oblast, not the city's region).
     */
    private int[] withNamesakeRegions(int[] named, int[] bare) {
        if (bare == null) return named;
        int[] out = null;
        int n = named.length;
        for (int p : bare) {
            int e = p >> 2;
            int kind = g.kind(e);
            if (kind != Gazetteer.KIND_ADMIN1 && kind != Gazetteer.KIND_AREA || (p & Gazetteer.DEMONYM) != 0
                    || g.countryCode(e) == null || coversCountry(named, g.countryCode(e))) continue;
            if (out == null) out = java.util.Arrays.copyOf(named, named.length + bare.length);
            out[n++] = p;
        }
        return out == null ? named : java.util.Arrays.copyOf(out, n);
    }

    private boolean coversCountry(int[] postings, String cc) {
        for (int p : postings) if (cc.equals(g.countryCode(p >> 2))) return true;
        return false;
    }

    /** The name key of tokens [i, end), as {@link #longestName} builds it. */
    static long keyOf(Tokens t, int i, int end) {
        long key = t.hash[i];
        for (int j = i + 1; j < end; j++) key = NameKey.combine(key, t.hash[j]);
        return key;
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
}
