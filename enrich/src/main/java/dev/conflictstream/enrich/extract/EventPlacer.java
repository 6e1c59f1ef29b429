package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.extract.EventDrafts.Draft;
import dev.conflictstream.enrich.extract.PlaceFinder.Mention;
import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.enrich.geo.ResolvedPlace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns an article's merged event drafts into events: each gets the place of its own sentence, else the
 * nearest earlier one (a later one of its paragraph when none), else the article's focus region, else its
 * focus country; then events of the same type, region and day are one (ACLED). Consumes the drafts and the
 * resolved place mentions; keeps nothing between calls.
 */
final class EventPlacer {
    /** Where an event is placed, how precisely (ACLED geo-precision 1-3, 0 none), and whether the place is its own. */
    private record Placed(ResolvedPlace place, int precision, boolean inherited) {}

    private final Gazetteer g;

    EventPlacer(Gazetteer g) {
        this.g = g;
    }

    /**
     * The events of {@code drafts}; {@code paragraphHasTrigger} and {@code paragraphTokens} tell header lines
     * (datelines, bylines) from the body.
     */
    List<ExtractedEvent> place(Tokens t, String text, List<Mention> mentions, List<Draft> drafts,
            boolean[] paragraphHasTrigger, int[] paragraphTokens) {
        List<Mention> usable = usable(t, mentions, paragraphHasTrigger, paragraphTokens);
        String focusRegion = articleRegion(mentions, usable);
        String focusCountry = focusCountry(mentions);
        int focusEntity = focusRegion == null ? -1 : g.admin1Entity(focusRegion); // -1: a code without an admin-1 entry
        List<ExtractedEvent> events = new ArrayList<>();
        List<Boolean> dated = new ArrayList<>();
        for (Draft d : drafts) {
            boolean inherited = false;
            if (d.place == null) {
                d.place = nearestEarlier(usable, t, d);
                // no town or region to inherit, at most a country, and no region named in the article: the dateline's
                // town, where the report was filed
                if ((d.place == null || g.kind(d.place.entity) == Gazetteer.KIND_COUNTRY) && focusEntity < 0) {
                    d.place = datelineBefore(mentions, t, d, d.place);
                }
                inherited = true;
            }
            Placed p = placeOf(t, text, d, inherited, focusEntity, focusCountry);
            dated.add(d.explicitDate || !(headline(t, d) || !d.ownPlace));
            events.add(new ExtractedEvent(d.trigger.type(), d.trigger.subtype(), p.place(), p.precision(), d.date,
                    d.date == null ? 0 : d.datePrecision, List.copyOf(d.actors), d.killed.figure(), d.injured.figure(),
                    d.claimedBy, confidence(d, p), d.evStart, d.evEnd));
        }
        return dedupe(events, dated);
    }

    /** The scene mentions outside header lines (datelines, bylines): their places are the last resort for events. */
    private static List<Mention> usable(Tokens t, List<Mention> mentions, boolean[] paragraphHasTrigger, int[] paragraphTokens) {
        List<Mention> usable = new ArrayList<>();
        for (Mention m : mentions) {
            int p = t.paragraph[m.start];
            boolean header = !paragraphHasTrigger[p] && paragraphTokens[p] <= 12 && p <= 3 && t.paragraph[t.n - 1] > p;
            if (m.scene() && !header) usable.add(m);
        }
        return usable;
    }

    /**
     * The region events without a place fall back to. "3 DPR civilians killed", "Donetsk rebels say ...": a region
     * named as a side still locates the event at region level; a capital as a side ("...: Kiev military",
     * "Kiev's forces") is the government, not a place.
     */
    private String articleRegion(List<Mention> mentions, List<Mention> usable) {
        List<Mention> sides = new ArrayList<>();
        for (Mention m : mentions) if (!notASide(m) && !m.dateline) sides.add(m);
        String focusRegion = focusRegion(usable.isEmpty() ? sides : usable);
        if (focusRegion == null) {
            sides.removeIf(m -> !m.actorUse);
            focusRegion = focusRegion(sides);
        }
        if (focusRegion == null) {
            // "KABUL, Afghanistan (AP) — A roadside bomb killed ...": with no region of its own, the dateline's
            List<Mention> dateline = new ArrayList<>();
            for (Mention m : mentions) if (m.dateline) dateline.add(m);
            focusRegion = focusRegion(dateline);
        }
        return focusRegion;
    }

    private Placed placeOf(Tokens t, String text, Draft d, boolean inherited, int focusEntity, String focusCountry) {
        if (d.place != null && g.kind(d.place.entity) == Gazetteer.KIND_COUNTRY && focusEntity >= 0
                && g.countryCode(d.place.entity).equals(g.countryCode(focusEntity))) {
            // only the country in the sentence, a region of it named in the article: the region
            return new Placed(g.toPlace(focusEntity, null), 3, true);
        }
        if (d.place != null) {
            int e = d.place.entity;
            String mention = text.substring(t.start[d.place.start], t.end[d.place.end - 1]);
            int precision = g.kind(e) == Gazetteer.KIND_PLACE ? (d.relative || inherited ? 2 : 1) : 3;
            return new Placed(g.toPlace(e, mention), precision, inherited);
        }
        if (focusEntity >= 0) return new Placed(g.toPlace(focusEntity, null), 3, true);
        if (focusCountry != null && g.countryEntity(focusCountry) >= 0) {
            // only a country (or its people and forces) is named: country-level, no region
            return new Placed(g.toPlace(g.countryEntity(focusCountry), null), 3, true);
        }
        return new Placed(null, 0, inherited);
    }

    private static double confidence(Draft d, Placed p) {
        double conf = 0.75 + (d.ownPlace ? 0.1 : p.inherited() && p.place() != null ? -0.1 : -0.25)
                - (d.claimed ? 0.15 : 0) - (d.trigger.priority() <= 12 ? 0.1 : 0);
        return Math.round(Math.max(0.05, Math.min(0.99, conf)) * 100) / 100.0;
    }

    /**
     * A headline (the article's first sentence, when paragraphs follow) or a follow-up without a place and a date
     * of its own ("the artillery fire hit a residential street") joins the dated report.
     */
    private static boolean headline(Tokens t, Draft d) {
        return d.paragraph == t.paragraph[0] && t.paragraph[t.n - 1] > d.paragraph && d.sentence == t.sentence[0];
    }

    /** A capital named as a side or a source (the government), or a name lent to talks or a unit. */
    private boolean notASide(Mention m) {
        return m.borrowed || m.patron || m.homeland || m.actorUse && g.kind(m.entity) == Gazetteer.KIND_PLACE && g.featureRank(m.entity) == Gazetteer.FC_PPLC;
    }

    /** The dateline town before the event, or {@code otherwise}. */
    private Mention datelineBefore(List<Mention> mentions, Tokens t, Draft d, Mention otherwise) {
        for (Mention m : mentions) {
            if (t.start[m.start] >= d.evStart) break;
            if (m.dateline && g.kind(m.entity) == Gazetteer.KIND_PLACE) return m;
        }
        return otherwise;
    }

    private Mention nearestEarlier(List<Mention> usable, Tokens t, Draft d) {
        Mention earlier = null, laterSamePara = null;
        for (Mention m : usable) {
            if (t.start[m.start] < d.evStart) {
                if (g.kind(m.entity) != Gazetteer.KIND_COUNTRY || earlier == null || t.paragraph[earlier.start] != t.paragraph[m.start]) {
                    earlier = m;
                }
            } else if (laterSamePara == null && t.paragraph[m.start] == d.paragraph) {
                laterSamePara = m;
            }
        }
        if (laterSamePara != null && (earlier == null || t.paragraph[earlier.start] != d.paragraph)) return laterSamePara;
        return earlier;
    }

    /**
     * The admin-1 region most of {@code ms} lie in (not countries, not demonyms); a tie goes to the smaller code. A
     * compass part of a country named with it ("in northern Burkina Faso") counts only when no named place has a region.
     */
    String focusRegion(List<Mention> ms) {
        Map<String, Integer> votes = new TreeMap<>();
        for (int pass = 0; pass < 2 && votes.isEmpty(); pass++) {
            for (Mention m : ms) {
                String a1 = g.admin1Code(m.entity);
                if (a1 != null && !m.demonym && g.kind(m.entity) != Gazetteer.KIND_COUNTRY && (m.compassCountry != null) == (pass == 1)) {
                    votes.merge(a1, 1, Integer::sum);
                }
            }
        }
        return mostVoted(votes);
    }

    /**
     * The country most mentions name; a patron ("Saudi-led") never counts unless it controls an area of no one country
     * ("Indian-controlled Kashmir"), and the home of a side ("Kabul-based") only when it is a town or region and no other
     * name gives a country.
     */
    private String focusCountry(List<Mention> ms) {
        Map<String, Integer> votes = new TreeMap<>();
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            // "Indian-controlled Kashmir": an area of no one country takes its controller's country
            boolean controller = m.patron && k + 1 < ms.size() && ms.get(k + 1).broad && ms.get(k + 1).start == m.end + 1;
            if (!m.broad && !m.borrowed && (!m.patron || controller) && !m.home && !m.homeland) votes.merge(g.countryCode(m.entity), m.demonym ? 1 : 2, Integer::sum);
        }
        // "Kabul-based reporter shot dead": a town's side is most likely at home; "UK-based monitor" is abroad
        if (votes.isEmpty()) {
            for (Mention m : ms) if (m.home && g.kind(m.entity) != Gazetteer.KIND_COUNTRY) votes.merge(g.countryCode(m.entity), 1, Integer::sum);
        }
        return mostVoted(votes);
    }

    private static String mostVoted(Map<String, Integer> votes) {
        String best = null;
        int bv = 0;
        for (var e : votes.entrySet()) if (e.getValue() > bv) { bv = e.getValue(); best = e.getKey(); }
        return best;
    }

    /** ACLED: the same type, sub-type, region and day is one event. */
    private static List<ExtractedEvent> dedupe(List<ExtractedEvent> in, List<Boolean> dated) {
        List<ExtractedEvent> out = new ArrayList<>();
        List<Boolean> outDated = new ArrayList<>();
        outer:
        for (int n = 0; n < in.size(); n++) {
            ExtractedEvent e = in.get(n);
            for (int i = 0; i < out.size(); i++) {
                ExtractedEvent o = out.get(i);
                boolean same = o.type().equals(e.type()) && o.subtype().equals(e.subtype());
                boolean context = !same && Triggers.violent(o.type()) && Triggers.violent(e.type());
                if ((same || context) && sameDay(o, outDated.get(i), e, dated.get(n)) && Objects.equals(region(o), region(e))) {
                    out.set(i, combine(o, outDated.get(i), e, dated.get(n), context));
                    outDated.set(i, outDated.get(i) || dated.get(n));
                    continue outer;
                }
            }
            out.add(e);
            outDated.add(dated.get(n));
        }
        return out;
    }

    /**
     * The same day, or a few days apart when one of them has no date of its own: a headline or sentence without
     * its own date ("Russian Shelling Kills Three in Kharkiv Region") is the dated report of the same type and
     * region a few days before.
     */
    private static boolean sameDay(ExtractedEvent o, boolean oDated, ExtractedEvent e, boolean eDated) {
        return Objects.equals(o.date(), e.date()) || (!oDated || !eDated)
                && o.date() != null && e.date() != null && Math.abs(o.date().toEpochDay() - e.date().toEpochDay()) <= 3;
    }

    /** One event of two: {@code context} when they are of different violent types (a strike in a battle). */
    private static ExtractedEvent combine(ExtractedEvent o, boolean oDated, ExtractedEvent e, boolean eDated, boolean context) {
        boolean useE = !oDated && eDated;
        java.time.LocalDate date = useE ? e.date() : o.date();
        // ACLED: strikes in the context of a battle and collateral deaths are one event; civilians
        // harmed as collateral add to its fatalities
        boolean collateral = context && (o.type().equals(Triggers.VAC) != e.type().equals(Triggers.VAC));
        Figure k = collateral ? EventFigures.combine(o.killed(), e.killed(), true) : EventFigures.larger(o.killed(), e.killed());
        Figure inj = collateral ? EventFigures.combine(o.injured(), e.injured(), true) : EventFigures.larger(o.injured(), e.injured());
        List<String> actors = new ArrayList<>(new LinkedHashSet<>(concat(o.actors(), e.actors())));
        ResolvedPlace p = o.geoPrecision() <= e.geoPrecision() || e.place() == null ? o.place() : e.place();
        int prec = p == o.place() ? o.geoPrecision() : e.geoPrecision();
        return new ExtractedEvent(o.type(), o.subtype(), p, prec, date, useE ? e.datePrecision() : o.datePrecision(),
                List.copyOf(actors), k, inj, o.claimedBy() != null ? o.claimedBy() : e.claimedBy(),
                Math.max(o.confidence(), e.confidence()), o.evidenceStart(), o.evidenceEnd());
    }

    private static String region(ExtractedEvent e) {
        return e.place() == null ? null : e.place().admin1Code() != null ? e.place().admin1Code() : e.place().countryCode();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }
}
