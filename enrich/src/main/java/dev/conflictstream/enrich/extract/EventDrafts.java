package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.extract.PlaceFinder.Mention;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events of one article while its sentences are read, merged as ACLED codes them: a follow-up sentence
 * without its own place belongs to the event before it, "also killed" adds to the event that last reported
 * deaths, the same type in the same paragraph and region is one event, and a sentence without an event can
 * still complete the last one (its place, its figures, its date). Consumes one draft per sentence with an
 * event; keeps the merged drafts for {@link EventPlacer}.
 */
final class EventDrafts {
    /** One sentence's event while merging. */
    static final class Draft {
        Triggers.Trigger trigger;
        Mention place;
        boolean ownPlace, relative;
        LocalDate date;
        int datePrecision;
        boolean explicitDate;
        EventFigures killed, injured;
        String claimedBy;
        boolean claimed;
        int sentence, paragraph, evStart, evEnd;
        boolean additive, alsoKilled;
        /** the sentence's killed / injured count is marked as more ("three more", "two other") */
        boolean killedMore, injuredMore;
        /** the sentence's killed / injured count is the one told before, restated ("The 4 soldiers killed were ...") */
        boolean killedRestated, injuredRestated;
        /** the sentence is only a tally of the note's deaths ("3 fatalities."), ACLED's closing count */
        boolean killedTotal;
        /** the sentence is an armed clash of two sides firing ("... exchanged fire with the attackers") */
        boolean exchangeOfFire;
        /** whose dead the sentence counts: {@link Casualties#STATE_SIDE}, {@link Casualties#ARMED_GROUP_SIDE} or 0 */
        int killedSide;
        /** the sentence tells an arrest of one person named by a pronoun ("He was arrested in ..."), not arrests at a protest */
        boolean oneArrested;
        Set<String> actors = new LinkedHashSet<>();
    }

    private final Gazetteer g;
    private final List<Draft> drafts = new ArrayList<>();

    EventDrafts(Gazetteer g) {
        this.g = g;
    }

    /**
     * A sentence dated by a span (a week, a month) that ends before the day of an event already read ("On 27 April
     * ..., armed men shot dead a trader. Last week, 5 people were killed in the same area."): a recap of earlier days.
     */
    boolean recapOfEarlierDays(Dates.Found date) {
        if (date.date() == null || date.precision() == Dates.DAY || drafts.isEmpty()) return false;
        Draft first = drafts.get(0);
        return first.explicitDate && first.datePrecision == Dates.DAY && date.date().isBefore(first.date);
    }

    /** The merged drafts, in the order their first sentence was read. */
    List<Draft> all() {
        return drafts;
    }

    /**
     * A sentence [st, en) of paragraph {@code paragraph} without an event of its own: its place ({@code own}) can
     * say where the last event happened, its figures complete that event's ("No casualties were reported."), its
     * words its coding ("Police used tear gas to disperse them." after a protest), its date the event's date.
     */
    void followUp(Tokens t, int st, int en, Mention own, Figure killed, Figure injured, Dates.Found date) {
        int paragraph = t.paragraph[st];
        refine(own, paragraph);
        if (drafts.isEmpty()) return;
        Draft last = drafts.get(drafts.size() - 1);
        if (last.paragraph == paragraph) {
            last.killed.completeLead(killed);
            last.injured.completeLead(injured);
            last.trigger = EventTyping.protestFollowUp(last.trigger, t, st, en, last.killed.figure());
        }
        if (date.date() != null && last.paragraph == paragraph && !last.explicitDate) {
            last.date = date.date();
            last.datePrecision = date.precision();
            last.explicitDate = true;
        }
    }

    /** A sentence without an event names a town: it places the last event of the paragraph more precisely. */
    private void refine(Mention m, int paragraph) {
        if (m == null || drafts.isEmpty()) return;
        Draft d = drafts.get(drafts.size() - 1);
        if (d.paragraph != paragraph || g.kind(m.entity) != Gazetteer.KIND_PLACE) return;
        if (d.place == null) {
            d.place = m;
            d.relative = m.relative;
            return;
        }
        int dk = g.kind(d.place.entity);
        boolean sameRegion = g.admin1Code(m.entity) != null && g.admin1Code(m.entity).equals(g.admin1Code(d.place.entity));
        if (sameRegion && (dk != Gazetteer.KIND_PLACE || m.relative)) {
            d.place = m;
            d.relative = m.relative;
        }
    }

    /** Adds a sentence's event, merged into an earlier draft when it is the same event. */
    void add(Draft d) {
        if (d.alsoKilled && d.place == null && d.killed.reportsDeaths()) {
            // "Also killed in the strike were ...": more deaths of the event that last reported deaths
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft q = drafts.get(i);
                if (d.sentence - q.sentence > 4) break;
                if (q.killed.reportsDeaths()) {
                    absorb(q, d);
                    return;
                }
            }
        }
        if (!drafts.isEmpty()) {
            Draft last = drafts.get(drafts.size() - 1);
            if (d.place == null && last.paragraph == d.paragraph && d.sentence - last.sentence <= 2) {
                absorb(last, d);
                return;
            }
            for (Draft q : drafts) {
                if (q.paragraph == d.paragraph && q.trigger.type().equals(d.trigger.type())
                        && (q.place == null || d.place == null || sameRegion(q.place, d.place))) {
                    absorb(q, d);
                    return;
                }
            }
        }
        drafts.add(d);
    }

    private boolean sameRegion(Mention a, Mention b) {
        String x = g.admin1Code(a.entity), y = g.admin1Code(b.entity);
        return x != null ? x.equals(y) : y == null && g.countryCode(a.entity).equals(g.countryCode(b.entity));
    }

    private static final java.util.List<String> PROTEST_SEVERITY = java.util.List.of("Peaceful protest",
            "Protest with intervention", "Violent demonstration", "Excessive force against protesters");

    private static final Triggers.Trigger ARRESTED_AT_PROTEST =
            new Triggers.Trigger(Triggers.PROTESTS, "Protest with intervention", 50, "(arrests at the protest)");

    /** A later sentence tells force used on the protest before it, or its violence. */
    private static boolean escalates(Triggers.Trigger protest, Triggers.Trigger later) {
        int was = protest.type().equals(Triggers.PROTESTS) ? PROTEST_SEVERITY.indexOf(protest.subtype()) : -1;
        boolean laterProtest = later.type().equals(Triggers.PROTESTS) || later.subtype().equals("Violent demonstration");
        // "... demonstrated against power cuts. Police fired teargas and arrested 15 people.": arrests at the protest
        if (was == 0 && later.subtype().equals("Arrests")) return true;
        return was >= 0 && laterProtest && PROTEST_SEVERITY.indexOf(later.subtype()) > was;
    }


    private static void absorb(Draft into, Draft d) {
        // civilians harmed as collateral of the event before add to its figures and keep its type (ACLED)
        boolean collateral = d.trigger == Triggers.KILL_CIVILIANS && !into.trigger.type().equals(Triggers.VAC);
        if (d.trigger.priority() > into.trigger.priority() && into.trigger.priority() <= 12 && !collateral) {
            into.trigger = d.trigger;
        }
        // "Gunmen attacked three women ... They raped one of them.": a rape in the attack codes it (ACLED's sexual violence)
        if (into.trigger.type().equals(Triggers.VAC) && into.trigger.subtype().equals("Attack")
                && d.trigger.subtype().equals("Sexual violence")) {
            into.trigger = d.trigger;
        }
        // "Gunmen attacked a family ... Soldiers arrived and exchanged fire with them.": the attack became a battle (ACLED)
        if (d.exchangeOfFire && into.trigger.type().equals(Triggers.VAC) && into.trigger.subtype().equals("Attack")) {
            into.trigger = d.trigger;
        }
        // events round 13: "... clashed near X. Russian forces then captured X.": the place taken is the clash's outcome, and
        // ACLED codes the territory change (the taker's side already chose between the two sub-types in the sentence)
        if (Triggers.territory(d.trigger) && into.trigger.type().equals(Triggers.BATTLES)
                && into.trigger.subtype().equals("Armed clash")) {
            into.trigger = d.trigger;
        }
        // events round 14: "Troops were deployed in the villages. The military then fired mortar shells at the hills.":
        // the violence that follows a movement of forces is the event, the movement its setting (ACLED)
        if (into.trigger.subtype().equals("Change to group/activity") && !NoteLabels.isLabel(into.trigger)
                && Triggers.violent(d.trigger.type())) {
            into.trigger = d.trigger;
        }
        // "Teachers protested ... Police later arrested 4 of the protesters.": a protest is coded by the worst done in it;
        // "... against the arrest of an editor. He was arrested in ...": the grievance retold, no arrest at the protest
        if (escalates(into.trigger, d.trigger) && !d.oneArrested) into.trigger = d.trigger.type().equals(Triggers.SD) ? ARRESTED_AT_PROTEST : d.trigger;
        // events round 14: "Two soldiers were killed ... Three militants were killed in the clash.": the other side's dead
        // are more dead, not a detail of the first count
        boolean otherSide = into.killedSide != 0 && d.killedSide != 0 && into.killedSide != d.killedSide
                && into.killed.reportsDeaths();
        if (!into.killed.reportsDeaths()) into.killedSide = d.killedSide;
        into.killed.join(d.killed.figure(), d.killedTotal ? EventFigures.Link.TOTAL : d.killedRestated ? EventFigures.Link.RESTATED
                : EventFigures.Link.of(d.alsoKilled || collateral || otherSide, d.killedMore, d.additive));
        into.injured.join(d.injured.figure(), d.injuredRestated ? EventFigures.Link.RESTATED
                : EventFigures.Link.of(collateral, d.injuredMore, d.additive));
        if (into.place == null && d.place != null) {
            into.place = d.place;
            into.ownPlace = d.ownPlace;
            into.relative = d.relative;
        }
        if (!into.explicitDate && d.explicitDate) {
            into.date = d.date;
            into.datePrecision = d.datePrecision;
            into.explicitDate = true;
        }
        into.actors.addAll(d.actors);
        if (into.claimedBy == null) into.claimedBy = d.claimedBy;
    }
}
