package dev.conflictstream.enrich.extract;

/**
 * The killed (or injured) figure of one event as its sentences state it. A press release opens with a
 * lead that sums the operation up ("killed four insurgents") and then tells each engagement ("she was
 * subsequently killed", "he was also killed"); the details are parts of the lead, so the event keeps the
 * larger of the lead and the details' sum. With no stated lead count (none, or a vague "several") the
 * details are the count and add up ("killing four insurgents ... killing all 11 insurgents" is 15).
 */
final class EventFigures {
    /** The figure of the sentence that opened the event, or null. */
    private Figure lead;
    /** The figures of the sentences that joined it, combined; null when none stated one. */
    private Figure details;

    EventFigures(Figure lead) { this.lead = lead; }

    /** "No casualties were reported." after the lead: completes a lead that stated nothing. */
    void completeLead(Figure f) {
        if (lead == null && details == null) lead = f;
    }

    /** How a later sentence's figure stands to the event's. */
    enum Link {
        /** one more part of what the lead sums up */
        DETAIL,
        /** a sentence marked as more ("another insurgent", "a second insurgent", "also"): on top of a single victim only */
        MARKED,
        /** a count marked as more ("three more", "two other", "several additional", "another two") */
        MORE,
        /** more deaths on top of all stated so far ("Also killed in the strike were ...", collateral civilians) */
        ON_TOP,
        /** the count told before, restated with a definite article ("The 4 soldiers killed were Ugandan.") or by other
         *  sources ("Conflicting reports hold 18 deaths"): no more, and never more than the count told */
        RESTATED,
        /** the note's closing tally of its deaths ("... The man died. 1 fatality."): the event's count, replacing the rest */
        TOTAL;

        static Link of(boolean onTop, boolean countedAsMore, boolean marked) {
            return onTop ? ON_TOP : countedAsMore ? MORE : marked ? MARKED : DETAIL;
        }
    }

    /**
     * A later sentence's figure. On top of everything stated so far: {@link Link#ON_TOP}, and a count marked
     * as more ({@link Link#MORE}) unless it is vague and the figure so far is open ("killed more than 30 ...
     * several additional were killed" is 31: the open lead covers them). A sentence marked as more
     * ({@link Link#MARKED}) adds only after a single victim, since a lead about one person sums nothing up
     * while "a second insurgent" after "killed three" tells one of them. Any other figure is a detail.
     */
    void join(Figure f, Link link) {
        Figure sofar = figure();
        boolean onTop = switch (link) {
            case ON_TOP -> true;
            case MORE -> !(f != null && f.qualifier() == Qualifier.VAGUE && sofar != null && open(sofar.qualifier()));
            case MARKED -> details == null && lead != null && lead.low() == 1 && lead.high() == 1;
            case DETAIL, RESTATED, TOTAL -> false;
        };
        if (link == Link.TOTAL && f != null) {
            lead = f;
            details = null;
            return;
        }
        if (link == Link.RESTATED && told(f)) {
            details = larger(details, f);
            return;
        }
        // killed round 11: the same victims counted higher (another source's figure, "Conflicting reports hold 18"):
        // where sources differ the codebook takes the most conservative figure, so the count told stands
        if (link == Link.RESTATED && f != null && sofar != null && sofar.low() > 0 && f.low() > sofar.low()) return;
        if (onTop) {
            lead = combine(sofar, f, true);
            details = null;
        } else {
            details = combine(details, f, true);
        }
    }

    /** The count was told before, as the lead or as the details so far. */
    private boolean told(Figure f) {
        return f != null && (lead != null && lead.low() == f.low() || details != null && details.low() == f.low());
    }

    Figure figure() {
        if (details == null) return lead;
        if (lead == null || lead.low() == 0 || lead.qualifier() == Qualifier.VAGUE) {
            return details.low() > 0 || lead == null ? details : lead;
        }
        return larger(lead, details);
    }

    /** "at least 30", "more than 30": a lower bound that leaves room for more. */
    private static boolean open(Qualifier q) {
        return q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
    }

    boolean reportsDeaths() {
        Figure f = figure();
        return f != null && f.low() > 0;
    }

    /** A restated figure keeps the larger; one marked as more ("also killed", "other insurgents") adds. */
    static Figure combine(Figure a, Figure b, boolean additive) {
        if (!additive && a != null && b != null && a.low() > 0 && b.low() > 0
                && (a.qualifier() == Qualifier.VAGUE) != (b.qualifier() == Qualifier.VAGUE)) {
            // "Several insurgents were killed ... killing four": the stated count is the detail of the vague one
            return a.qualifier() == Qualifier.VAGUE ? b : a;
        }
        if (!additive || a == null || b == null || a.low() == 0 || b.low() == 0) return larger(a, b);
        Qualifier q = a.qualifier() == Qualifier.EXACT && b.qualifier() == Qualifier.EXACT ? Qualifier.EXACT
                : a.qualifier() == Qualifier.EXACT ? b.qualifier() : a.qualifier();
        // a sum saturates at one incident's largest figure; its text stops growing once long (no quadratic copying)
        String text = a.text().length() + b.text().length() <= MAX_TEXT ? a.text() + " + " + b.text()
                : a.text().endsWith(" + ...") ? a.text() : a.text() + " + ...";
        return new Figure(saturated(a.low(), b.low()), saturated(a.high(), b.high()), q, text);
    }

    private static final int MAX_TEXT = 200;

    private static int saturated(int a, int b) {
        return (int) Math.min((long) a + b, Numbers.MAX_COUNT);
    }

    static Figure larger(Figure a, Figure b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.low() > a.low() ? b : a;
    }
}
