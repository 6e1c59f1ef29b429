package dev.conflictstream.enrich.extract;

import static dev.conflictstream.enrich.extract.ScoringWeights.*;

import dev.conflictstream.enrich.extract.PlaceFinder.Mention;
import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.GroundDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Resolves the detected place mentions of one article, each to one gazetteer entity or to none.
 *
 * <p>Pass 1 scores every candidate on its own ({@link #baseScore}: kind, population, feature class,
 * primary over alternate name) and lets each mention's winner vote for the article's countries and
 * regions. Pass 2 rescores with that context: the focus country, regions named elsewhere, distance from
 * the article's other places, "Town, Region" pairs and "Town (Region)" qualifiers. A town that stays weak
 * is dropped rather than guessed. The weights are {@link ScoringWeights}. Keeps nothing between calls.
 */
final class PlaceResolver {
    /**
     * Reference points: one per distinct place (an article naming Kyiv 50,000 times has one), each with how many
     * mentions chose it; the first {@link #MAX_ANCHORS} distinct places only, so a mention costs bounded time.
     */
    private static final int MAX_ANCHORS = 256;
    /** The score every real candidate beats. */
    private static final double NO_SCORE = -1e9;

    private final Gazetteer g;
    private final boolean demonyms;
    private final CompassRegions compass;
    private final RegionAfterComma regionAfterComma;

    PlaceResolver(Gazetteer g, boolean demonyms, CompassRegions compass) {
        this.g = g;
        this.demonyms = demonyms;
        this.compass = compass;
        this.regionAfterComma = new RegionAfterComma(g);
    }

    /** What pass 1 learnt of the article, read by pass 2. */
    private static final class Article {
        final Tokens t;
        final List<Mention> ms;
        final Trace trace;
        /** per mention: the context-free winning posting (-1: none), and the weight of its vote */
        final int[] first;
        final double[] vote;
        final Votes countryVotes = new Votes();
        final Votes regionVotes = new Votes();
        /** votes of the towns and regions only: "US-led coalition", "Saudi-led" name a side, not the scene */
        final Votes placeVotes = new Votes();
        String focus;
        final Anchors anchors;
        /** admin-1 regions among the reference points, with how many mentions named each: a town inside one is
         *  near it however far the region's centre lies ("Texas ... Paris") */
        final Map<String, Integer> anchorRegions = new HashMap<>();
        /** per mention: resolved to a town inside the region or country named right after it ("London, Ky.",
         *  "Bamenda (Nord-Ouest)") */
        final boolean[] qualified;
        CountyTowns countyTowns;
        /** per mention: the entity it added to the anchors, or -1 */
        final int[] anchorOf;
        /** per mention, computed on first use: 1 when no other mention stands near it in its sentence or it names a
         *  country too (no region-of-town reading), 2 when one may, 0 not yet known */
        final byte[] nearTown;
        /** per mention: it stands in ACLED's qualifying brackets after a name ("in X area (Region)", "(District,
         *  Region)"), where a region or country names where the scene lies */
        final boolean[] bracketed;
        /** per mention: a hometown or a town of another region took its local namesake before the votes, and keeps it
         *  (places round 12: "A Paris woman ... in Lexington" is Paris, Kentucky, whatever Paris, France scores) */
        final boolean[] local;

        Article(Tokens t, List<Mention> ms, Trace trace) {
            this.t = t;
            this.ms = ms;
            this.trace = trace;
            first = new int[ms.size()];
            vote = new double[ms.size()];
            anchorOf = new int[ms.size()];
            qualified = new boolean[ms.size()];
            nearTown = new byte[ms.size()];
            bracketed = new boolean[ms.size()];
            local = new boolean[ms.size()];
            anchors = new Anchors(Math.min(MAX_ANCHORS, ms.size()));
        }
    }

    /** Resolves every mention of {@code ms} in place and removes those left without an entity. */
    void resolve(Tokens t, List<Mention> ms, Trace trace) {
        Article a = new Article(t, ms, trace);
        a.countyTowns = new CountyTowns(g, t, ms);
        for (int k = 0; k < ms.size(); k++) a.bracketed[k] = bracketed(t, ms, k, k > 0 && a.bracketed[k - 1]);
        for (int k = 0; k < ms.size(); k++) firstPass(a, k);
        if (ms.size() > 1) namesakesBesideTheOthers(a);
        for (int k = 0; k < ms.size(); k++) vote(a, k);
        if (!ms.isEmpty()) {
            ArmedGroupHomes.vote(t, a.countryVotes, VOTE_ARMED_GROUP_HOME);
            UnitWordHomes.vote(t, a.countryVotes, VOTE_ARMED_GROUP_HOME);
        }
        a.focus = a.countryVotes.leader();
        for (int k = 0; k < ms.size(); k++) addAnchor(a, k);
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.compass) resolveCompass(a, m);
            else resolveInContext(a, k);
        }
        oneReadingOfQualifiedNames(a);
        ms.removeIf(m -> m.entity < 0);
    }

    // --- pass 1: context-free best, votes for the article's countries and regions

    private void firstPass(Article a, int k) {
        Mention m = a.ms.get(k);
        double best = NO_SCORE;
        int bp = -1;
        for (int p : m.candidates) {
            // "Buea (Fako, Sud-Ouest)": the region holding the town before it wins already here, so it votes for
            // the town's country, not for a namesake region's
            double s = baseScore(p, m) + regionOfTownScore(a, k, p >> 2, Trace.NONE) + countyTownScore(a, k, p >> 2, Trace.NONE);
            if (s > best) { best = s; bp = p; }
        }
        a.first[k] = bp;
        a.vote[k] = best;
    }

    /** Mention k's first-pass winner votes for its country and region. */
    private void vote(Article a, int k) {
        Mention m = a.ms.get(k);
        int bp = a.first[k];
        double best = a.vote[k];
        a.vote[k] = 0;
        if (bp < 0) return;
        double w = voteWeight(m, bp, best);
        // "(Nord-Kivu)" after a town it holds, "Clarke County officials in Athens": a region or county named next to
        // a town it holds votes as a region, also by an alternate name
        if (regionOfTownScore(a, k, bp >> 2, Trace.NONE) > 0) w = Math.max(w, VOTE_ADMIN1);
        // "in X (Region)": a region or country in the qualifying brackets says where the scene lies, more surely than
        // a bare town's namesake elsewhere
        // ("Nord-Ouest", a region of two countries, still leaves it to the towns)
        if (a.bracketed[k] && (bp & Gazetteer.DEMONYM) == 0 && namesRegionOrIsOne(m, bp >> 2) && !sharedRegionName(m)) {
            w = Math.max(w, VOTE_BRACKET);
        }
        a.vote[k] = w;
        int e = bp >> 2;
        int kind = g.kind(e);
        String cc = g.countryCode(e);
        if (cc != null) a.countryVotes.add(cc, w);
        if (cc != null && kind != Gazetteer.KIND_COUNTRY && (bp & Gazetteer.DEMONYM) == 0) a.placeVotes.add(cc, w);
        String a1 = g.admin1Code(e);
        if (a1 != null && kind != Gazetteer.KIND_COUNTRY) a.regionVotes.add(a1, w);
    }

    /**
     * Places round 11. "A Florence man was shot in Muscle Shoals", "Highway 72 west of Athens" in an Alabama report:
     * when every other name of the article lies in one country, a town whose first-pass winner lies in another
     * country takes its namesake in that country lying within {@link ScoringWeights#NAMESAKE_KM} of another name's
     * place (or in a region the article names), before the votes: the local town beats its bigger namesake abroad.
     */
    private void namesakesBesideTheOthers(Article a) {
        namesakesAbroad(a);
        namesakesInAnotherRegion(a);
    }

    /**
     * The distinct values of {@code area} (null: no value) over the first-pass winners of the article's mentions but
     * compass ones, in order of first appearance, three at most: enough to tell one, two or more apart.
     */
    private static List<String> areasAround(Article a, IntFunction<String> area) {
        List<String> seen = new ArrayList<>(3);
        for (int k = 0; k < a.ms.size() && seen.size() < 3; k++) {
            if (a.first[k] < 0 || a.ms.get(k).compass) continue;
            String v = area.apply(a.first[k] >> 2);
            if (v != null && !seen.contains(v)) seen.add(v);
        }
        return seen;
    }

    /** The name key of each of the article's mentions, by mention index. */
    private static long[] mentionKeys(Article a) {
        long[] keys = new long[a.ms.size()];
        for (int k = 0; k < keys.length; k++) keys[k] = PlaceFinder.keyOf(a.t, a.ms.get(k).start, a.ms.get(k).end);
        return keys;
    }

    private void namesakesAbroad(Article a) {
        List<String> countries = areasAround(a, g::countryCode);
        if (countries.size() != 2) return; // one country, or three: no one country around another
        String one = countries.get(0), other = countries.get(1);
        long[] keys = mentionKeys(a);
        for (int k = 0; k < a.ms.size(); k++) {
            int bp = a.first[k];
            if (bp < 0 || (bp & Gazetteer.DEMONYM) != 0) continue;
            // places round 12: "A Lebanon woman ... in Mount Juliet": a country's name as a hometown
            if (g.kind(bp >> 2) != Gazetteer.KIND_PLACE && !(g.kind(bp >> 2) == Gazetteer.KIND_COUNTRY && hometown(a.t, a.ms.get(k)))) continue;
            String own = g.countryCode(bp >> 2), there = own.equals(one) ? other : one;
            if (!onlyThere(a, keys, keys[k], there)) continue;
            int near = namesakeNear(a, k, keys, there, null);
            if (near < 0) continue;
            a.first[k] = near;
            a.vote[k] = baseScore(near, a.ms.get(k));
            a.local[k] = hometown(a.t, a.ms.get(k));
        }
    }

    /** Every mention but those of name {@code key} has its first-pass winner in country {@code cc} (or none). */
    private boolean onlyThere(Article a, long[] keys, long key, String cc) {
        boolean any = false;
        for (int j = 0; j < a.ms.size(); j++) {
            if (a.first[j] < 0 || a.ms.get(j).compass || keys[j] == key) continue;
            if (!cc.equals(g.countryCode(a.first[j] >> 2))) return false;
            any = true;
        }
        return any;
    }

    /** "A Paris woman", "an Athens man", "the Lebanon teenager": a name between an article and a person noun. */
    private static boolean hometown(Tokens t, Mention m) {
        if (m.start == 0 || m.end >= t.n || t.sentence[m.end] != t.sentence[m.start]) return false;
        long before = t.hash[m.start - 1];
        return (before == H_A || before == H_AN || before == H_THE) && (t.gap[m.end] & ~Tokens.G_SPACE) == 0
                && (t.has(m.end, Lexicon.PERSON_SG) || t.hash[m.end] == H_RESIDENT || t.hash[m.end] == H_TEEN);
    }

    private static final long H_A = LongIntMap.h("a"), H_AN = LongIntMap.h("an"), H_THE = LongIntMap.h("the"),
            H_RESIDENT = LongIntMap.h("resident"), H_TEEN = LongIntMap.h("teen");

    /**
     * Places round 12. "An Athens man ... near Huntsville, Alabama troopers said": when every other name of the article
     * lies in one admin-1 region (a US state), a town whose first-pass winner lies in another region of the same
     * country takes its namesake in that region lying within {@link ScoringWeights#NAMESAKE_KM} of another name's town
     * or inside a region the article names, before the votes, as {@link #namesakesAbroad} does between countries.
     */
    private void namesakesInAnotherRegion(Article a) {
        List<String> countries = areasAround(a, g::countryCode);
        if (countries.size() != 1) return; // two countries: the rule above speaks
        String country = countries.get(0);
        List<String> regions = areasAround(a, e -> g.countryCode(e) == null || g.kind(e) == Gazetteer.KIND_COUNTRY ? null : g.admin1Code(e));
        if (regions.size() != 2) return; // one region, or three: no one region around another
        String one = regions.get(0), other = regions.get(1);
        long[] keys = mentionKeys(a);
        for (int k = 0; k < a.ms.size(); k++) {
            int bp = a.first[k];
            if (bp < 0 || g.kind(bp >> 2) != Gazetteer.KIND_PLACE || (bp & Gazetteer.DEMONYM) != 0) continue;
            String own = g.admin1Code(bp >> 2);
            if (own == null) continue;
            String there = own.equals(one) ? other : one;
            if (!onlyInRegion(a, keys, keys[k], there)) continue;
            int near = namesakeNear(a, k, keys, country, own);
            if (near < 0) continue;
            a.first[k] = near;
            a.vote[k] = baseScore(near, a.ms.get(k));
            a.local[k] = true;
        }
    }

    /** Every mention but those of name {@code key} has its first-pass winner in region {@code a1}, or is a country. */
    private boolean onlyInRegion(Article a, long[] keys, long key, String a1) {
        boolean any = false;
        for (int j = 0; j < a.ms.size(); j++) {
            if (a.first[j] < 0 || a.ms.get(j).compass || keys[j] == key) continue;
            int e = a.first[j] >> 2;
            if (g.kind(e) == Gazetteer.KIND_COUNTRY) continue;
            if (!a1.equals(g.admin1Code(e))) return false;
            any = true;
        }
        return any;
    }

    /**
     * A candidate of mention k, a town in country cc (outside region {@code notIn}, when not null) by its primary name,
     * inside a region another mention names ("..., Alabama police said") or else near another mention's town; -1 when
     * none.
     */
    private int namesakeNear(Article a, int k, long[] keys, String cc, String notIn) {
        int near = -1;
        for (int p : a.ms.get(k).candidates) {
            int e = p >> 2;
            if ((p & (Gazetteer.ALT | Gazetteer.DEMONYM)) != 0 || g.kind(e) != Gazetteer.KIND_PLACE || !cc.equals(g.countryCode(e))) continue;
            if (notIn != null && notIn.equals(g.admin1Code(e))) continue;
            for (int j = 0; j < a.ms.size(); j++) {
                if (a.first[j] < 0 || a.ms.get(j).compass || keys[j] == keys[k]) continue;
                int oe = a.first[j] >> 2, kind = g.kind(oe);
                if (kind == Gazetteer.KIND_ADMIN1 && g.admin1Code(oe).equals(g.admin1Code(e))) return p;
                if (near < 0 && kind == Gazetteer.KIND_PLACE
                        && GroundDistance.km(g.latitude(e), g.longitude(e), g.latitude(oe), g.longitude(oe)) <= NAMESAKE_KM) near = p;
            }
        }
        return near;
    }

    /**
     * Mention k opens a bracket right after a word of its sentence ("area (Marib)"), or follows such a mention after a
     * comma inside the bracket ("(Fako, Sud-Ouest)").
     */
    private static boolean bracketed(Tokens t, List<Mention> ms, int k, boolean previousBracketed) {
        Mention m = ms.get(k);
        int i = m.start;
        if (i == 0 || t.sentence[i - 1] != t.sentence[i]) return false;
        if ((t.gap[i] & Tokens.G_PAREN) != 0) return true;
        return previousBracketed && ms.get(k - 1).end == i && (t.gap[i] & Tokens.G_COMMA) != 0;
    }

    /** The bracket closes right after mention m ("(Marib)"). */
    private static boolean bracketCloses(Tokens t, Mention m) {
        return m.end >= t.n || (t.gap[m.end] & Tokens.G_PAREN) != 0;
    }

    /** The admin-1 region whose seat (or the country's capital) town {@code e} is, or -1. */
    private int regionSeat(int e) {
        if (g.kind(e) != Gazetteer.KIND_PLACE || g.featureRank(e) < Gazetteer.FC_PPLA) return -1;
        return g.admin1Entity(g.admin1Code(e));
    }

    /** The winner {@code e} is a country or admin-1 region, or the seat of its admin-1 region, or a town sharing its
     *  name with its own admin-1 region. */
    private boolean namesRegionOrIsOne(Mention m, int e) {
        int kind = g.kind(e);
        if (kind == Gazetteer.KIND_COUNTRY || kind == Gazetteer.KIND_ADMIN1) return true;
        if (kind != Gazetteer.KIND_PLACE || g.admin1Code(e) == null) return false;
        if (regionSeat(e) >= 0) return true;
        for (int p : m.candidates) {
            if ((p & Gazetteer.DEMONYM) == 0 && g.kind(p >> 2) == Gazetteer.KIND_ADMIN1 && g.admin1Code(e).equals(g.admin1Code(p >> 2))) return true;
        }
        return false;
    }

    /** How much the first-pass winner {@code bp} (base score {@code best}) of {@code m} counts for its country and region. */
    private double voteWeight(Mention m, int bp, double best) {
        int kind = g.kind(bp >> 2);
        double w = kind == Gazetteer.KIND_COUNTRY ? VOTE_COUNTRY : kind == Gazetteer.KIND_ADMIN1 ? VOTE_ADMIN1
                : best >= VOTE_TOWN_MIN ? VOTE_TOWN : VOTE_SMALL_TOWN;
        if (kind == Gazetteer.KIND_ADMIN1 && (bp & Gazetteer.ALT) != 0) w = VOTE_ADMIN1_ALT;
        // "Russian forces shelled Avdeyevka": the side that acted says nothing of where
        if ((bp & Gazetteer.DEMONYM) != 0) w = m.homeForce ? VOTE_HOME_FORCE_DEMONYM : m.actorUse ? VOTE_ACTOR_DEMONYM : VOTE_DEMONYM;
        if (m.borrowed && kind != Gazetteer.KIND_COUNTRY || m.money || m.patron
                || m.accused && kind == Gazetteer.KIND_PLACE && g.featureRank(bp >> 2) == Gazetteer.FC_PPLC || m.homeland) w = VOTE_BORROWED;
        if (sharedRegionName(m)) w = Math.min(w, VOTE_SHARED_REGION);
        return w;
    }

    /**
     * The name is carried by regions (admin-1 regions or countries) of two or more countries: "Nord-Ouest"
     * (Haiti, Cameroon), "Northern" (Ghana, Uganda, Sri Lanka), "Cordoba" (Argentina, Colombia), "Georgia". Such a
     * name says little about the article's country: the towns around it decide.
     */
    private boolean sharedRegionName(Mention m) {
        String seen = null;
        for (int p : m.candidates) {
            int e = p >> 2, kind = g.kind(e);
            if ((p & Gazetteer.DEMONYM) != 0 || kind != Gazetteer.KIND_ADMIN1 && kind != Gazetteer.KIND_COUNTRY) continue;
            String cc = g.countryCode(e);
            if (seen == null) seen = cc;
            else if (!seen.equals(cc)) return true;
        }
        return false;
    }

    /**
     * Reference points: the first-pass winners that are regions or notable towns (not countries: their points are
     * centroids); a small town far from all of them is likely a namesake elsewhere.
     */
    private void addAnchor(Article a, int k) {
        int bp = a.first[k];
        a.anchorOf[k] = -1;
        if (bp < 0) return;
        int e = bp >> 2;
        int kind = g.kind(e);
        if ((bp & Gazetteer.DEMONYM) != 0 || kind == Gazetteer.KIND_COUNTRY || kind == Gazetteer.KIND_AREA) return;
        if (kind == Gazetteer.KIND_PLACE && baseScore(bp, a.ms.get(k)) < ANCHOR_MIN) return;
        if (a.anchors.add(e, g.latitude(e), g.longitude(e))) a.anchorOf[k] = e;
        if (kind == Gazetteer.KIND_ADMIN1) a.anchorRegions.merge(g.admin1Code(e), 1, Integer::sum);
    }

    // --- pass 2: with context

    /** "killed in the separatist east": the region of the focus country (or of the country named after it:
     *  "eastern Burkina Faso") the compass word names. */
    private void resolveCompass(Article a, Mention m) {
        String country = m.compassCountry != null ? m.compassCountry : a.focus;
        m.entity = compass.region(m.compassKey, country);
        m.score = COMPASS_SCORE;
        if (a.trace.on()) m.why = " compass part of " + country;
    }

    private void resolveInContext(Article a, int k) {
        Tokens t = a.t;
        Mention m = a.ms.get(k);
        if (a.local[k]) {
            settle(m, a.first[k], Math.max(TOWN_KEEP_MIN, a.vote[k]), a.trace.on() ? " local namesake" : "");
            return;
        }
        Mention next = k + 1 < a.ms.size() ? a.ms.get(k + 1) : null;
        boolean pair = next != null && !next.compass && next.start == m.end && (t.gap[next.start] & Tokens.G_COMMA) != 0;
        int nextBest = pair ? pairRegion(a, k) : -1;
        int qualifier = qualifier(t, a.ms, k, a.first);
        boolean pairInside = namesakeInRegion(m, nextBest);
        boolean primaryTown = primaryTown(m);
        double leading = leadingRegionVotes(a, k, m);
        double best = NO_SCORE;
        int bp = -1;
        String why = "";
        for (int p : m.candidates) {
            int e = p >> 2;
            Trace w = a.trace.on() ? Trace.recording() : Trace.NONE;
            double base = baseScore(p, m), s = base;
            s += focusBonus(a, p, primaryTown, w);
            // a spelling variant is trusted in the article's country only ("Darah district" in an Afghan report is
            // no Daraa)
            // no Bonn for "Boni" in a Malian report: a town abroad by a foreign alternate name neither, unless a capital
            // or a city of a million ("Kiev" in a Russian report)
            boolean foreignAlternate = (p & Gazetteer.ALT) != 0 && g.kind(e) == Gazetteer.KIND_PLACE
                    && g.featureRank(e) < Gazetteer.FC_PPLC && g.population(e) < WORLD_CITY;
            if ((m.variant || m.districtOnly || foreignAlternate) && !a.bracketed[k] && a.focus != null
                    && !a.focus.equals(g.countryCode(e)) && otherVotes(a, k) > 0) continue;
            String a1 = g.admin1Code(e);
            s += regionBonus(a, k, e, a1, leading, w);
            s += farPenalty(a, k, e, base, w);
            s += pairScore(nextBest, pairInside, e, a1, w);
            s += qualifierScore(qualifier, e, w);
            s += regionOfTownScore(a, k, e, w);
            s += countyTownScore(a, k, e, w);
            if (s > best || s == best && bp >= 0 && (p >> 2) < (bp >> 2)) {
                best = s;
                bp = p;
                why = w.toString();
            }
        }
        if (bp < 0) return; // m.entity stays -1
        int kindWon = g.kind(bp >> 2);
        // places round 11: a region of another country ("Ghat area, Rupganj upazila (Narayanganj, Dhaka)" is no
        // Ghat of Libya) falls back as a town does
        if (qualifier >= 0 && (kindWon == Gazetteer.KIND_PLACE || kindWon == Gazetteer.KIND_ADMIN1) && !inside(qualifier, bp >> 2)) {
            // "Complexo da Mare (Rio de Janeiro)": no town of the name in the bracketed region; the event falls
            // back to the region, never to a namesake elsewhere
            if (a.trace.on()) m.why = " no namesake inside " + g.name(qualifier);
            return;
        }
        // Ukraine round: "shelled near a village, Donetsk": the same fallback for a region after a comma
        if (pair && qualifier < 0 && regionAfterComma.fallsBack(m, regionAfterComma.region(t, a.ms, k), bp >> 2)) {
            if (a.trace.on()) m.why = " no namesake inside the region after the comma";
            return;
        }
        int seat = a.bracketed[k] && (t.gap[m.start] & Tokens.G_PAREN) != 0 && qualifier < 0 ? regionSeat(bp >> 2) : -1;
        if (seat >= 0 && bracketCloses(t, m)) {
            // "in X (Marib)": the bracket names the region its seat is named after, not the seat
            bp = seat << 2;
            if (a.trace.on()) why += " region of its seat";
        }
        int country = g.kind(bp >> 2) == Gazetteer.KIND_PLACE ? countryOfTown(m, bp) : -1;
        if (country >= 0) {
            bp = country;
            if (a.trace.on()) why += " country over its town";
        }
        settle(m, bp, best, why);
        a.qualified[k] = m.entity >= 0 && g.kind(m.entity) == Gazetteer.KIND_PLACE
                && (qualifier >= 0 && inside(qualifier, m.entity) || pair && namesRegion(nextBest) && inside(nextBest, m.entity));
    }

    private double countyTownScore(Article a, int k, int e, Trace w) {
        if (!a.countyTowns.liesWithNamedCounty(a.t, k, e)) return 0;
        if (w.on()) w.add(" +county-town");
        return COUNTY_TOWN_BONUS;
    }

    private boolean namesRegion(int e) {
        return e >= 0 && (g.kind(e) == Gazetteer.KIND_ADMIN1 || g.kind(e) == Gazetteer.KIND_COUNTRY);
    }

    /**
     * A town named once with its region ("LONDON, Ky. -", "Bamenda (Nord-Ouest)") is the same town wherever the
     * article repeats its name alone ("London Police said ..."): the bare mentions take the qualified reading. A name
     * qualified as two towns ("Portland, Ore." and "Portland, Maine") keeps each, and its bare mentions are left as
     * they are. One pass to collect (the first {@link FewNames#CAPACITY} names), one to apply: linear in the mentions.
     */
    private void oneReadingOfQualifiedNames(Article a) {
        FewNames reading = null; // name key -> town + 1, or CONFLICT
        for (int k = 0; k < a.ms.size(); k++) {
            if (!a.qualified[k]) continue;
            if (reading == null) reading = new FewNames();
            long key = PlaceFinder.keyOf(a.t, a.ms.get(k).start, a.ms.get(k).end);
            int had = reading.get(key), town = a.ms.get(k).entity + 1;
            reading.put(key, had == 0 || had == town ? town : CONFLICT);
        }
        if (reading == null) return;
        for (int j = 0; j < a.ms.size(); j++) {
            Mention m = a.ms.get(j);
            if (a.qualified[j] || m.compass) continue;
            int town = reading.get(PlaceFinder.keyOf(a.t, m.start, m.end)) - 1;
            if (town < 0 || m.entity == town) continue;
            for (int p : m.candidates) {
                if (p >> 2 != town) continue;
                settle(m, p, Math.max(m.score, TOWN_KEEP_MIN), a.trace.on() ? " as its qualified mention" : "");
                break;
            }
        }
    }

    /** A qualified name read as two different towns. */
    private static final int CONFLICT = -1;

    /** "Tamale, Northern Region": the region after the comma, read as one that holds the town where one does. */
    private int pairRegion(Article a, int k) {
        int first = a.first[k + 1] >> 2;
        if (first < 0 || g.kind(first) == Gazetteer.KIND_PLACE) return first;
        int holding = regionHolding(a.ms.get(k + 1), a.ms.get(k), first);
        return holding >= 0 ? holding : first;
    }

    /** "Beni territory, North Kivu": another candidate of {@code m} lies in the admin-1 region {@code nextBest}. */
    private boolean namesakeInRegion(Mention m, int nextBest) {
        boolean inside = false;
        for (int p = 0; nextBest >= 0 && g.kind(nextBest) == Gazetteer.KIND_ADMIN1 && p < m.candidates.length; p++) {
            int e = m.candidates[p] >> 2;
            inside |= e != nextBest && g.admin1Code(nextBest).equals(g.admin1Code(e));
        }
        return inside;
    }

    /**
     * A notable town carries the name as its primary name: a historic or foreign alternate name of another town
     * does not beat it on the focus bonus ("Pokrovsk" next to "Russian" is not Engels).
     */
    private boolean primaryTown(Mention m) {
        for (int p : m.candidates) {
            if ((p & (Gazetteer.ALT | Gazetteer.DEMONYM)) == 0 && g.kind(p >> 2) == Gazetteer.KIND_PLACE
                    && baseScore(p, m) >= ANCHOR_MIN) return true;
        }
        return false;
    }

    private double focusBonus(Article a, int p, boolean primaryTown, Trace w) {
        int e = p >> 2;
        if (a.focus == null || !a.focus.equals(g.countryCode(e))) return 0;
        if (primaryTown && (p & Gazetteer.ALT) != 0 && g.kind(e) == Gazetteer.KIND_PLACE) {
            if (w.on()) w.add(" alt-name: no focus bonus");
            return 0;
        }
        // the focus country itself keeps its lead over its towns ("Mexico" is not Mexico City)
        if (w.on()) w.add(" +focus ").add(a.focus);
        return FOCUS_BONUS;
    }

    /** The focus country's votes (of towns and regions) from the mentions other than mention k. */
    private double otherVotes(Article a, int k) {
        double v = a.placeVotes.get(a.focus);
        if (a.first[k] >= 0 && a.focus.equals(g.countryCode(a.first[k] >> 2))) v -= a.vote[k];
        return v;
    }

    /**
     * A town or area in a region that the other mentions name, and name at least as often as any other region holding a
     * namesake of it ({@code leading}, from {@link #leadingRegionVotes}): in a Missouri report "Monroe County" and
     * "Marion County" do not vote each other into Alabama.
     */
    private double regionBonus(Article a, int k, int e, String a1, double leading, Trace w) {
        if (a1 == null || townsRegion(e) == null) return 0;
        double votes = otherRegionVotes(a, k, a1);
        if (votes <= REGION_MIN_VOTES || votes < leading) return 0;
        if (w.on()) w.add(" +region ").add(a1);
        return REGION_BONUS;
    }

    /** The votes of the mentions other than mention k for region {@code a1}. */
    private double otherRegionVotes(Article a, int k, String a1) {
        double own = a.first[k] >= 0 && a1.equals(g.admin1Code(a.first[k] >> 2)) ? 1 : 0;
        return a.regionVotes.get(a1) - own;
    }

    /**
     * Places round 17. The most votes the other mentions give a region holding a town or area candidate of mention k
     * (0 when the candidates lie in one region or none): of the namesakes' regions only the leading one lends its bonus.
     */
    private double leadingRegionVotes(Article a, int k, Mention m) {
        if (a.regionVotes.size() < 2 || !severalRegions(m)) return 0; // nothing to decide between
        double most = 0;
        for (int p : m.candidates) {
            String a1 = townsRegion(p >> 2);
            if (a1 != null) most = Math.max(most, otherRegionVotes(a, k, a1));
        }
        return most;
    }

    /** The admin-1 code of a town or area candidate, or null (a region, a country, no region known). */
    private String townsRegion(int e) {
        int kind = g.kind(e);
        return kind == Gazetteer.KIND_PLACE || kind == Gazetteer.KIND_AREA ? g.admin1Code(e) : null;
    }

    /** The town and area candidates of m lie in two regions or more. */
    private boolean severalRegions(Mention m) {
        String first = null;
        for (int p : m.candidates) {
            String a1 = townsRegion(p >> 2);
            if (a1 == null) continue;
            if (first == null) first = a1;
            else if (!a1.equals(first)) return true;
        }
        return false;
    }

    /** A small town far from every reference point of the article (a negative term). */
    private double farPenalty(Article a, int k, int e, double base, Trace w) {
        if (g.kind(e) != Gazetteer.KIND_PLACE || a.anchors.n == 0 || base >= FAR_SMALL) return 0;
        if (insideNamedRegion(a, k, g.admin1Code(e))) return 0;
        double d = nearestKm(g.latitude(e), g.longitude(e), a.anchors, a.anchorOf[k]);
        if (d < 0 || d <= FAR_KM) return 0;
        if (w.on()) w.add(" -far ").add((int) d).add("km");
        return -FAR_PENALTY;
    }

    /** The admin-1 region {@code a1} is a reference point of a mention other than mention k. */
    private boolean insideNamedRegion(Article a, int k, String a1) {
        if (a1 == null) return false;
        int named = a.anchorRegions.getOrDefault(a1, 0);
        if (named > 0 && a.anchorOf[k] >= 0 && a1.equals(g.admin1Code(a.anchorOf[k])) && g.kind(a.anchorOf[k]) == Gazetteer.KIND_ADMIN1) named--;
        return named > 0;
    }

    /** "Town, Region" and "Town, Country": the name after the comma constrains the town. */
    private double pairScore(int nextBest, boolean pairInside, int e, String a1, Trace w) {
        if (nextBest < 0 || g.kind(nextBest) == Gazetteer.KIND_PLACE) return 0;
        if (g.kind(nextBest) == Gazetteer.KIND_ADMIN1 && nextBest != e && g.admin1Code(nextBest).equals(a1)) {
            if (w.on()) w.add(" +pair ").add(a1);
            return PAIR_REGION_BONUS;
        }
        if (pairInside && !g.admin1Code(nextBest).equals(a1)) {
            // "Beni territory, North Kivu": the name has a namesake in the region, this one is elsewhere
            if (w.on()) w.add(" -pair");
            return -PAIR_ELSEWHERE_PENALTY;
        }
        if (g.kind(nextBest) == Gazetteer.KIND_COUNTRY && g.countryCode(nextBest).equals(g.countryCode(e))
                && g.kind(e) != Gazetteer.KIND_COUNTRY) {
            if (w.on()) w.add(" +pair ").add(g.countryCode(e));
            return PAIR_COUNTRY_BONUS;
        }
        return 0;
    }

    /**
     * "Buea (Fako, Sud-Ouest)", "Tamale, Northern Region", "Clarke County officials in Athens": an admin-1 region or a
     * county named next to a town (the two mentions before or after it, within
     * {@link ScoringWeights#TOWN_BEFORE_REGION} tokens, same sentence) is the one of that name the town can lie in,
     * whichever other country or state carries the name too.
     */
    private double regionOfTownScore(Article a, int k, int e, Trace w) {
        int kind = g.kind(e);
        if (kind != Gazetteer.KIND_ADMIN1 && (kind != Gazetteer.KIND_AREA || g.admin1Code(e) == null)) return 0;
        Mention m = a.ms.get(k);
        if (a.nearTown[k] == 0) a.nearTown[k] = (byte) (townNear(a, k) && !namesCountry(m) ? 2 : 1);
        if (a.nearTown[k] == 1) return 0;
        String a1 = g.admin1Code(e);
        double held = -1; // the best base score of a town the region holds: of two Franklin Counties, the one
                          // holding the bigger Columbus
        int heldTown = -1;
        for (int j = Math.max(0, k - 2); j <= k + 2 && j < a.ms.size(); j++) {
            if (j == k) continue;
            Mention town = a.ms.get(j);
            int gap = j < k ? m.start - town.end : town.start - m.end;
            if (gap > TOWN_BEFORE_REGION || a.t.sentence[town.start] != a.t.sentence[m.start]) continue;
            for (int p : town.candidates) {
                int te = p >> 2;
                if (g.kind(te) != Gazetteer.KIND_PLACE || !a1.equals(g.admin1Code(te))) continue;
                double s = townScore(p, town);
                if (s > held) { held = s; heldTown = te; }
            }
        }
        if (heldTown < 0) return 0;
        if (w.on()) w.add(" +holds ").add(g.name(heldTown));
        return REGION_OF_TOWN_BONUS + HELD_TOWN_WEIGHT * Math.max(0, held);
    }

    /** Another mention stands within {@link ScoringWeights#TOWN_BEFORE_REGION} tokens of mention k in its sentence. */
    private static boolean townNear(Article a, int k) {
        Mention m = a.ms.get(k);
        for (int j = Math.max(0, k - 2); j <= k + 2 && j < a.ms.size(); j++) {
            if (j == k) continue;
            Mention town = a.ms.get(j);
            int gap = j < k ? m.start - town.end : town.start - m.end;
            if (gap <= TOWN_BEFORE_REGION && a.t.sentence[town.start] == a.t.sentence[m.start]) return true;
        }
        return false;
    }

    /** "a native of Mexico": the name is a country's too, and a country keeps its name from its regions. */
    private boolean namesCountry(Mention m) {
        for (int p : m.candidates) {
            if ((p & Gazetteer.DEMONYM) == 0 && g.kind(p >> 2) == Gazetteer.KIND_COUNTRY) return true;
        }
        return false;
    }

    /** "Town (Region)": a town inside the bracketed region or country gains, one elsewhere loses. */
    private double qualifierScore(int qualifier, int e, Trace w) {
        if (qualifier < 0 || g.kind(e) == Gazetteer.KIND_COUNTRY || e == qualifier) return 0;
        boolean inside = g.countryCode(e) != null && inside(qualifier, e);
        // "Beni territory (Nord-Kivu)": a region elsewhere loses as a town elsewhere does; only a town gains
        if (inside && g.kind(e) != Gazetteer.KIND_PLACE) return 0;
        if (w.on()) w.add(inside ? " +qualifier " : " -qualifier ").add(g.name(qualifier));
        return inside ? QUALIFIER_BONUS : -QUALIFIER_PENALTY;
    }

    /**
     * A country keeps its name from its own towns ("Mexico" is not Mexico City, even when the capital's region is
     * named elsewhere in the article): the country's posting among the candidates of a mention won by its town
     * {@code bp}, or -1.
     */
    private int countryOfTown(Mention m, int bp) {
        for (int p : m.candidates) {
            if ((p & Gazetteer.DEMONYM) == 0 && g.kind(p >> 2) == Gazetteer.KIND_COUNTRY
                    && g.countryCode(p >> 2).equals(g.countryCode(bp >> 2))) return p;
        }
        return -1;
    }

    /** Records the winner {@code bp} on the mention, or drops a weak town (entity -1). */
    private void settle(Mention m, int bp, double best, String why) {
        m.score = best;
        m.why = why;
        int e = bp >> 2;
        m.demonym = (bp & Gazetteer.DEMONYM) != 0;
        m.alt = (bp & Gazetteer.ALT) != 0;
        m.broad = g.countryCode(e) == null;
        boolean keep = best >= TOWN_KEEP_MIN || g.kind(e) != Gazetteer.KIND_PLACE;
        if (m.demonym && !demonyms) keep = false;
        m.entity = keep ? e : -1;
        // "Ukraine peace talks": a country lends its name to its own talks; it stays the article's country
        if (g.kind(e) == Gazetteer.KIND_COUNTRY) m.borrowed = false;
        if (m.agentUse && (g.kind(e) == Gazetteer.KIND_COUNTRY || g.featureRank(e) == Gazetteer.FC_PPLC)) m.actorUse = true;
        // "Kyiv blames Moscow for strike": an accused capital is the government, no scene (places round 10)
        if (m.accused && g.kind(e) == Gazetteer.KIND_PLACE && g.featureRank(e) == Gazetteer.FC_PPLC) {
            m.actorUse = true;
            m.patron = true;
        }
    }

    // --- scores and distances

    /** A candidate's score without context: kind, size, feature class, primary over alternate name. */
    private double baseScore(int posting, Mention m) {
        int e = posting >> 2;
        int kind = g.kind(e);
        if (kind == Gazetteer.KIND_COUNTRY) return (posting & Gazetteer.DEMONYM) != 0 ? COUNTRY_DEMONYM : COUNTRY;
        if (kind == Gazetteer.KIND_ADMIN1) return admin1Score(posting, m);
        if (kind == Gazetteer.KIND_AREA) return areaScore(posting, m);
        return townScore(posting, m);
    }

    private double admin1Score(int posting, Mention m) {
        double s = ADMIN1 + (m.regionSuffix ? ADMIN1_REGION_SUFFIX : 0) + Math.log10(g.population(posting >> 2) + 10);
        // a region by an alternate name or a spelling variant ("Beni" for "Beni Department") yields to a notable town
        if ((posting & Gazetteer.ALT) != 0 && !m.regionSuffix) s -= ADMIN1_ALT_PENALTY;
        return s;
    }

    private double areaScore(int posting, Mention m) {
        // a continent or a sea outranks its namesake towns; a county or province (it has an admin-1
        // region) ranks between its country's admin-1 regions and the country
        double s = g.admin1Code(posting >> 2) == null ? AREA_BROAD : AREA_COUNTY + (m.regionSuffix ? AREA_REGION_SUFFIX : 0);
        if ((posting & Gazetteer.DEMONYM) != 0) s -= AREA_DEMONYM_PENALTY;
        return s;
    }

    private double townScore(int posting, Mention m) {
        int e = posting >> 2;
        int population = g.population(e);
        // GeoNames writes 0 for an unknown population: an admin seat counts as a town of the size such seats
        // typically have ("Al Qamishli", a district seat, population 0)
        if (population == 0 && g.featureRank(e) >= Gazetteer.FC_PPLA2) {
            population = g.featureRank(e) >= Gazetteer.FC_PPLA ? SEAT_A1_UNKNOWN_POPULATION : SEAT_UNKNOWN_POPULATION;
        }
        double s = TOWN_PER_DECADE * Math.log10(population + 10);
        switch (g.featureRank(e)) {
            case Gazetteer.FC_PPLC -> s += CAPITAL_BONUS;
            case Gazetteer.FC_PPLA -> s += PPLA_BONUS;
            case Gazetteer.FC_PPLA2 -> s += PPLA2_BONUS;
            case Gazetteer.FC_PPLA3 -> s += PPLA3_BONUS;
            case Gazetteer.FC_HIST -> s -= HISTORIC_PENALTY;
            default -> { }
        }
        if ((posting & Gazetteer.ALT) != 0) s -= TOWN_ALT_PENALTY;
        if (m.regionSuffix) s -= TOWN_REGION_SUFFIX_PENALTY;
        return s;
    }

    /**
     * The region or country qualifying mention k in brackets, ACLED's "Djibo (Soum, Sahel)", "Kani township
     * (Sagaing)": the first-pass winner of the last mention inside the brackets that open at most two words
     * after it, when that is a country or has an admin-1 region; else -1.
     */
    private int qualifier(Tokens t, List<Mention> ms, int k, int[] first) {
        if (k + 1 >= ms.size()) return -1;
        int inner = innerQualifier(t, ms, k, first);
        if (inner != NOT_INNER) return inner;
        int bracket = bracketQualifier(t, ms, k, first);
        return bracket >= 0 ? bracket : linkedQualifier(t, ms, k, first);
    }

    /** {@link #qualifier} read from ACLED's brackets after mention k, or -1. */
    private int bracketQualifier(Tokens t, List<Mention> ms, int k, int[] first) {
        Mention m = ms.get(k);
        // "Town al Khor area (Region)": a name among the words before the bracket does not hide it
        int n = k + 1;
        while (n + 1 < ms.size() && (t.gap[ms.get(n).start] & Tokens.G_PAREN) == 0 && ms.get(n + 1).start - m.end <= QUALIFIER_MAX_GAP) n++;
        if (first[n] < 0) return -1;
        Mention next = ms.get(n);
        int open = next.start;
        // places round 12: "Teli (Kougny, Nayala)": the bracket may open at a name the gazetteer lacks
        if (t.bracketAt(open) != 1) open = bracketOpenedBefore(t, m.end, open);
        if (open < 0 || open - m.end > QUALIFIER_MAX_GAP || t.sentence[open] != t.sentence[m.start]) return -1;
        // "Ghat area, Rupganj upazila (Narayanganj, Dhaka)": a comma may part the name from its unit's words
        for (int j = m.end; j < open; j++) if ((t.gap[j] & ~(Tokens.G_SPACE | Tokens.G_COMMA)) != 0) return -1;
        int close = open + 1;
        while (close < t.n && (t.gap[close] & Tokens.G_PAREN) == 0) close++;
        int last = n;
        while (last + 1 < ms.size() && ms.get(last + 1).start < close && first[last + 1] >= 0) last++;
        return regionOfBracket(ms.get(last), first[last], m, ms.get(last).start == open);
    }

    /** Places round 16: a locality's unit word, and the word that ties it to the district or region holding it. */
    private static final LongIntMap LOCALITY = LongIntMap.words("village", "area", "town", "locality", "union", "ward",
            "neighbourhood", "neighborhood", "market", "bazar", "bazaar", "hamlet", "settlement", "camp");
    private static final LongIntMap LOCALITY_LINK = LongIntMap.words("under", "of", "in");

    /**
     * Places round 16. "Rampur village under Nabinagar upazila", "Kapedo area of Turkana county", "Bulo Marer village
     * in Lower Shabelle region": a locality's unit word and "under", "of" or "in" tie the name to the district or
     * region after it, which qualifies it as ACLED's brackets do: the region or country that name won, or for a town
     * named with a district's unit word ("Nabinagar upazila") the region the town lies in; else -1.
     */
    private int linkedQualifier(Tokens t, List<Mention> ms, int k, int[] first) {
        Mention m = ms.get(k), next = ms.get(k + 1);
        int unit = m.end, link = m.end + 1;
        if (next.start != link + 1 || first[k + 1] < 0 || next.compass || (first[k + 1] & Gazetteer.DEMONYM) != 0
                || t.gap[unit] != Tokens.G_SPACE || t.gap[link] != Tokens.G_SPACE || t.gap[next.start] != Tokens.G_SPACE
                || LOCALITY.get(t.hash[unit]) == 0 || LOCALITY_LINK.get(t.hash[link]) == 0) return -1;
        int e = first[k + 1] >> 2;
        int kind = g.kind(e);
        if (kind == Gazetteer.KIND_COUNTRY || kind == Gazetteer.KIND_ADMIN1) return e;
        boolean district = PlaceFinder.isDistrictWord(t.hash[next.end - 1])
                || next.end < t.sentEnd[t.sentence[next.start]] && PlaceFinder.isDistrictWord(t.hash[next.end]);
        return kind == Gazetteer.KIND_PLACE && district ? g.admin1Entity(g.admin1Code(e)) : -1;
    }

    /** The token in [from, to) whose gap opens a bracket that is still open at {@code to}, or -1. */
    private static int bracketOpenedBefore(Tokens t, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            int b = t.bracketAt(j);
            if (b == 1) return j;
            if (b == -1) return -1;
        }
        return -1;
    }

    private static final int NOT_INNER = -2;

    /**
     * Places round 12. "(Pobe-Mengao, Soum)", "(Diapaga, Tapoa)": mention k opens ACLED's bracket and the bracket's
     * last name, after a comma, qualifies it as it qualifies the name before the bracket; {@link #NOT_INNER} when k
     * does not open such a bracket.
     */
    private int innerQualifier(Tokens t, List<Mention> ms, int k, int[] first) {
        Mention m = ms.get(k);
        if (t.bracketAt(m.start) != 1) return NOT_INNER;
        Mention next = ms.get(k + 1);
        if (next.start - m.end > QUALIFIER_MAX_GAP || (t.gap[next.start] & Tokens.G_COMMA) == 0 || !bracketCloses(t, next)) {
            return NOT_INNER;
        }
        for (int j = m.end; j <= next.start; j++) {
            if ((t.gap[j] & ~(Tokens.G_SPACE | Tokens.G_COMMA | Tokens.G_HYPHEN)) != 0) return NOT_INNER;
        }
        return first[k + 1] < 0 ? -1 : regionOfBracket(next, first[k + 1], m, false);
    }

    /**
     * The region or country the bracket's last name {@code last} (first-pass winner {@code firstLast}) stands for in
     * qualifying {@code m}; {@code opens}: it opens the bracket itself ("(Marib)"), so a region's seat is its region.
     */
    private int regionOfBracket(Mention last, int firstLast, Mention m, boolean opens) {
        int e = firstLast >> 2;
        if (last.compass || (firstLast & Gazetteer.DEMONYM) != 0) return -1;
        int holding = regionHolding(last, m, e);
        if (holding >= 0) return holding;
        int kind = g.kind(e);
        if (kind == Gazetteer.KIND_COUNTRY || kind != Gazetteer.KIND_PLACE && g.admin1Code(e) != null) return e;
        // "(Marib)" read as the seat of the region of that name: the region it is the seat of
        int seat = regionSeat(e);
        if (seat >= 0 && opens) return seat;
        // "(Rio de Janeiro)", "(Arauca)": the last name in ACLED's brackets is the region even where a city of
        // that name won the first pass
        for (int p : last.candidates) {
            if ((p & Gazetteer.DEMONYM) == 0 && g.kind(p >> 2) == Gazetteer.KIND_ADMIN1) return p >> 2;
        }
        return -1;
    }

    /**
     * "Buea (Sud-Ouest)": of the regions a name may be (Cameroon's or Burkina Faso's "Sud-Ouest"), the first-pass
     * winner {@code first} when it holds a candidate of {@code town}, else another admin-1 candidate that does, else -1.
     */
    private int regionHolding(Mention region, Mention town, int first) {
        if (g.kind(first) != Gazetteer.KIND_PLACE && holdsCandidate(first, town)) return first;
        for (int p : region.candidates) {
            int e = p >> 2;
            if ((p & Gazetteer.DEMONYM) == 0 && g.kind(e) == Gazetteer.KIND_ADMIN1 && holdsCandidate(e, town)) return e;
        }
        return -1;
    }

    /** Some candidate of {@code town} lies in the country or region {@code region}. */
    private boolean holdsCandidate(int region, Mention town) {
        if (g.kind(region) != Gazetteer.KIND_COUNTRY && g.admin1Code(region) == null) return false;
        for (int p : town.candidates) {
            int e = p >> 2;
            if (e != region && g.kind(e) == Gazetteer.KIND_PLACE && inside(region, e)) return true;
        }
        return false;
    }

    /** Entity e lies in the country or admin-1 region {@code qualifier}. */
    private boolean inside(int qualifier, int e) {
        return g.kind(qualifier) == Gazetteer.KIND_COUNTRY ? g.countryCode(qualifier).equals(g.countryCode(e))
                : g.admin1Code(qualifier).equals(g.admin1Code(e));
    }

    /** The reference points; each mention adds at most one, so {@code capacity} is at most the mention count. */
    private static final class Anchors {
        final double[] lat, lon;
        final int[] entity, count;
        int n;

        Anchors(int capacity) {
            lat = new double[capacity];
            lon = new double[capacity];
            entity = new int[capacity];
            count = new int[capacity];
        }

        /** Adds a mention's place; false when the place is not kept as a reference point (over the bound). */
        boolean add(int e, double la, double lo) {
            // a scan of at most MAX_ANCHORS ints, fewer than an article's mentions: no boxed map
            for (int i = 0; i < n; i++) {
                if (entity[i] == e) {
                    count[i]++;
                    return true;
                }
            }
            if (n == MAX_ANCHORS) return false;
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
        double c = GroundDistance.lonScale(lat);
        double[] aLat = a.lat, aLon = a.lon;
        for (int i = 0; i < a.n; i++) {
            if (a.entity[i] == self && a.count[i] == 1) continue;
            double d = GroundDistance.km(lat, lon, c, aLat[i], aLon[i]);
            if (best < 0 || d < best) best = d;
        }
        return best;
    }
}
