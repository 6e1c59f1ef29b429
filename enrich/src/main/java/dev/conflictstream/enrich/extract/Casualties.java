package dev.conflictstream.enrich.extract;

/**
 * Killed and injured figures of one sentence. Rules, in order, for each death (or injury) word:
 * <ol>
 * <li>negated: "no one was killed", "no casualties", "without injuries" give 0;</li>
 * <li>active verb with an object: "killed two insurgents", "deaths of at least two individuals",
 *     "killed the Taliban leader" (an article and a singular person noun give 1);</li>
 * <li>subject before the word: "two soldiers were killed", "3 DPR civilians killed", "five dead",
 *     with "X and Y" groups added up and "including N" skipped;</li>
 * <li>a singular person noun as subject: "Militiaman killed", "a woman was injured" give 1.</li>
 * </ol>
 * Numbers followed by a thing ("30 armored vehicles", "five kilometers", "three guided bombs") or
 * forming a date are not casualties; "heavy casualties" has no number and stays unknown.
 */
final class Casualties {
    private static final long H_NO = LongIntMap.h("no"), H_ONE = LongIntMap.h("one"), H_NOBODY = LongIntMap.h("nobody"),
            H_WITHOUT = LongIntMap.h("without"), H_CASUALTIES = LongIntMap.h("casualties"),
            H_A = LongIntMap.h("a"), H_AN = LongIntMap.h("an"), H_THE = LongIntMap.h("the"),
            H_AND = LongIntMap.h("and"), H_INCLUDING = LongIntMap.h("including"), H_AMONG = LongIntMap.h("among"),
            H_WERE = LongIntMap.h("were"), H_WAS = LongIntMap.h("was"), H_BEEN = LongIntMap.h("been"),
            H_ARE = LongIntMap.h("are"), H_IS = LongIntMap.h("is"), H_BE = LongIntMap.h("be"),
            H_OF = LongIntMap.h("of"), H_TO = LongIntMap.h("to"), H_ROSE = LongIntMap.h("rose"),
            H_RISEN = LongIntMap.h("risen"), H_REACHED = LongIntMap.h("reached"), H_STANDS = LongIntMap.h("stands"),
            H_AT = LongIntMap.h("at"), H_ONE_WORD = LongIntMap.h("one"), H_ANOTHER = LongIntMap.h("another"),
            H_SINCE = LongIntMap.h("since"), H_SO = LongIntMap.h("so"), H_FAR = LongIntMap.h("far"),
            H_THIS = LongIntMap.h("this"), H_LAST = LongIntMap.h("last"), H_YEAR = LongIntMap.h("year"),
            H_TOTAL = LongIntMap.h("total"), H_DATE = LongIntMap.h("date"), H_OVERALL = LongIntMap.h("overall"),
            H_MONTH = LongIntMap.h("month"), H_MONTHS = LongIntMap.h("months"), H_YEARS = LongIntMap.h("years"),
            H_ALTOGETHER = LongIntMap.h("altogether"), H_CUMULATIVE = LongIntMap.h("cumulative"),
            H_PAST = LongIntMap.h("past"), H_HIS = LongIntMap.h("his"), H_HER = LongIntMap.h("her"),
            H_THEIR = LongIntMap.h("their"), H_ITS = LongIntMap.h("its"), H_INJURIES = LongIntMap.h("injuries"), H_BETWEEN = LongIntMap.h("between"),
            H_HE = LongIntMap.h("he"), H_SHE = LongIntMap.h("she"), H_HIM = LongIntMap.h("him"), H_WITH = LongIntMap.h("with"),
            H_ALONG = LongIntMap.h("along"), H_ALSO = LongIntMap.h("also"),
            H_PREVIOUS = LongIntMap.h("previous"), H_HOURS = LongIntMap.h("hours"), H_DAYS = LongIntMap.h("days"), H_DAY = LongIntMap.h("day"),
            H_WEEK = LongIntMap.h("week"), H_WEEKS = LongIntMap.h("weeks"), H_OTHERS = LongIntMap.h("others"),
            H_MORE_W = LongIntMap.h("more"), H_ALL = LongIntMap.h("all"), H_BODY = LongIntMap.h("body"),
            H_CORPSE = LongIntMap.h("corpse"), H_FAMILY = LongIntMap.h("family"),
            H_COUPLE = LongIntMap.h("couple");

    static final LongIntMap QUALIFIER = LongIntMap.words("at", "least", "more", "than", "up", "over", "about",
            "around", "nearly", "almost", "some", "approximately", "roughly", "estimated", "between", "minimum", "a",
            "total");
    /** Before a singular "death": one death ("first combat death", "another death"). */
    private static final LongIntMap ONE_DEATH = LongIntMap.words("a", "first", "another", "one", "second", "latest",
            "new");
    private static final long H_DEATH = LongIntMap.h("death"), H_FIRST = LongIntMap.h("first");
    static final LongIntMap RISE = LongIntMap.words("rose", "risen", "rises", "rise", "climbed", "climbs",
            "increased", "increases", "jumped", "grew", "grown", "reached", "stands", "stood", "hit", "mounted",
            "soared");
    private static final LongIntMap GRIEVANCE = LongIntMap.words("against", "over", "condemning", "condemn",
            "denouncing", "denounce", "protesting", "protest", "mourning", "mourn", "demanding", "protested",
            "protests", "decrying", "decry", "denounced");
    /** What a crowd answers: "after a youth died in custody", "over the killing of a student". */
    private static final LongIntMap CAUSE = LongIntMap.words("after", "following", "over", "against");

    /**
     * The first death word after the protest or riot word at {@code from} stands in a clause opened by a cause word
     * ("rioted after a youth died in custody"): the crowd answers those deaths, they are not its own.
     */
    static boolean causeOfUnrest(Tokens t, int from, int e) {
        for (int k = from + 1; k < e; k++) {
            if (!t.has(k, Lexicon.KILL)) continue;
            for (int j = k - 1; j > from; j--) {
                if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
                if (CAUSE.get(t.hash[j]) != 0) return true;
            }
            return false;
        }
        return false;
    }

    /**
     * A death word before the protest word at {@code at} stands in a clause opened by a cause word ("following the death
     * of a shopkeeper ..., traders staged a protest", "after a man died in custody, residents marched"): the protest
     * answers those deaths, they are not its own.
     */
    static boolean causeBeforeProtest(Tokens t, int st, int at) {
        for (int k = st; k < at; k++) {
            if (t.has(k, Lexicon.KILL) && t.wordBefore(k, st, k - st, CAUSE)) return true;
        }
        return false;
    }

    /** The rites of the dead: "the funeral of a slain activist" mourns deaths told elsewhere. */
    private static final LongIntMap MOURNED = LongIntMap.words("funeral", "funerals", "burial", "burials", "memorial",
            "commemoration", "anniversary");
    private static final LongIntMap ACCIDENT = LongIntMap.words("accident", "accidents", "crash", "collision",
            "drowned", "drowning", "electrocuted", "stampede");

    private static final long H_RECENT = LongIntMap.h("recent");
    private static final long H_TOLL = LongIntMap.h("toll"), H_NUMBER = LongIntMap.h("number"), H_HIT = LongIntMap.h("hit");
    /** Taking prisoners: "killed and detained", "captured or killed" count both fates in one number. */
    private static final LongIntMap DETAINED = LongIntMap.words("detained", "captured", "arrested", "apprehended",
            "seized", "detaining", "capturing", "arresting");
    private static final long H_OR = LongIntMap.h("or"), H_RESPONSIBLE = LongIntMap.h("responsible"), H_FOR = LongIntMap.h("for"),
            H_WHICH = LongIntMap.h("which"), H_THAT = LongIntMap.h("that"), H_WHO = LongIntMap.h("who"),
            H_THAN = LongIntMap.h("than");
    /** "responsible for the deaths of": at most this many tokens before the death word ... */
    private static final int DEEDS_WINDOW = 4;
    /** ... or before a relative clause opening on it ("responsible for the bombing of a market which killed"). */
    private static final int DEEDS_RELATIVE_WINDOW = 12;
    /** After a count: more than the ones told before ("three more", "two other", "several additional"). */
    private static final LongIntMap MORE_AFTER = LongIntMap.words("more", "other", "others", "additional", "further");
    /** Before a count: "another two", "an additional three", "a further five". */
    private static final LongIntMap MORE_BEFORE = LongIntMap.words("another", "additional", "further");
    /** Before a name: a preposition makes it a place ("in Gao", "of Nova Kakhovka"), not a victim. */
    private static final LongIntMap PLACE_PREPOSITION = LongIntMap.words("of", "to", "towards", "toward", "via",
            "through", "between");


    private Casualties() {}

    /** Figure for deaths ({@code Lexicon.KILL}) or injuries ({@code Lexicon.INJURE}) in tokens [s, e). */
    static Figure find(Tokens t, int s, int e, int cls, Trace why) {
        int other = cls == Lexicon.KILL ? Lexicon.INJURE : Lexicon.KILL;
        Figure revised = revisedToll(t, s, e, cls);
        if (revised != null) return note(why, revised);
        Figure none = null;
        for (int k = s; k < e; k++) {
            if (!t.in(k, TokenWords.FIGURE_CUE | TokenWords.LOST) && !t.has(k, cls)) continue;
            long h = t.hash[k];
            // events round 13: a zero stated in words ("no casualties", "nobody was hurt", "no injuries or fatalities",
            // "no one was injured or killed") is a known 0, kept unless a count follows in the sentence ("there were no
            // casualties at first, but two soldiers were later confirmed killed")
            if (none == null && noneStated(t, s, k, cls)) {
                none = new Figure(0, 0, Qualifier.EXACT, span(t, Math.max(s, k - 3), k + 1));
                continue;
            }
            // "the body of a man was found", "the corpse of a woman": one dead
            if (cls == Lexicon.KILL && (h == H_BODY || h == H_CORPSE) && oneBody(t, k, e)) {
                return note(why, new Figure(1, 1, Qualifier.EXACT, span(t, k, k + 4)));
            }
            if (cls == Lexicon.KILL && (h == H_LIFE || h == H_REMAINS || h == H_GUNNED)) {
                Figure f = deathIdiom(t, s, k, e, other);
                if (f != null) return note(why, f);
            }
            // "lost 12 soldiers in fighting": a force's dead counted as its loss (a tally's is dropped by its window)
            if (cls == Lexicon.KILL && t.in(k, TokenWords.LOST) && !dailyWindow(t, s, e) && !recentWindow(t, s, e)) {
                Figure f = lostFighters(t, k, e, other);
                if (f != null) return note(why, f);
            }
            if (!t.has(k, cls) && !(cls == Lexicon.KILL && diedAlive(t, s, k))) continue;
            // "embraced martyrdom" is a death; "to mark the martyrdom of an imam", "Martyrdom Day" remember one
            if (h == H_MARTYRDOM && !(k - 1 >= s && EMBRACED.get(t.hash[k - 1]) != 0)) continue;
            if (grievance(t, s, k) || attributed(t, s, k) || twoFates(t, s, k, e, other) || accident(t, k, e)) continue;
            // "he died of his injuries": the wounds that killed, no one more injured
            if (cls == Lexicon.INJURE && diedOf(t, s, k)) continue;
            // "Among the injured were two children": a part of the harmed told before, not more of them
            if (k - 2 >= s && t.hash[k - 2] == H_AMONG && t.has(k - 1, Lexicon.DETERMINER)) continue;
            Figure labelled = labelled(t, s, k, e);
            if (labelled != null) return note(why, labelled);
            if (negated(t, s, k)) continue;
            Figure f = inverted(t, s, k, e, other);
            // "The armed militants, one of them the commander, were all killed": the whole group stated before
            if (f == null && k - 1 >= s && t.hash[k - 1] == H_ALL) f = antecedent(t, s, k, e, true);
            boolean passive = k - 1 >= s && isBe(t.hash[k - 1]) || k - 2 >= s && isBe(t.hash[k - 2])
                    // events round 12: "a man was shot to death by two armed men", "was allegedly beaten to death by"
                    || toDeathPassive(t, s, k);
            if (!passive && f == null) f = after(t, k, e, other);
            if (f == null) f = before(t, s, k, other);
            if (f == null && passive) f = coordinatedSubject(t, s, k, other);
            if (f == null) f = antecedent(t, s, k, e, passive);
            // "a herder was killed by three bandits": a count after "by" is the agents', not the dead
            if (f == null && passive && !(k + 1 < e && t.hash[k + 1] == H_BY_AGENT)) f = after(t, k, e, other);
            if (f == null) f = singularSubject(t, s, k);
            if (f != null && cls == Lexicon.KILL) f = withSecondGroup(t, s, k, e, other, f);
            if (f != null) return note(why, perSide(t, k, e, f));
        }
        return none == null ? null : note(why, none);
    }

    /** Harm words that say nothing of which harm: "nobody was hurt", "no one was harmed", "no casualties" deny both. */
    private static final LongIntMap ANY_HARM = LongIntMap.words("hurt", "harmed", "casualties", "casualty");
    /** Events round 14: a word that states no harm by itself ("escaped unhurt", "the driver was unharmed"). */
    private static final LongIntMap UNHARMED = LongIntMap.words("unhurt", "unharmed", "unscathed", "uninjured");

    /**
     * Events round 13: the harm word at k is denied ("no deaths", "nobody was hurt", "without casualties"), also as the
     * second of two harm words joined by "or" / "and" after the denial ("no injuries or fatalities", "no one was injured
     * or killed"). A death word's denial is a zero for deaths, an injury word's for injuries, a word of any harm for both.
     */
    static boolean noneStated(Tokens t, int s, int k, int cls) {
        long h = t.hash[k];
        if (UNHARMED.get(h) != 0) return true;
        boolean any = ANY_HARM.get(h) != 0;
        if (!any && !t.has(k, cls)) return false;
        int at = k;
        while (at - 2 >= s && (t.hash[at - 1] == H_OR || t.hash[at - 1] == H_AND)
                && (t.has(at - 2, Lexicon.KILL) || t.has(at - 2, Lexicon.INJURE) || ANY_HARM.get(t.hash[at - 2]) != 0)) {
            at -= 2;
        }
        return negated(t, s, at);
    }

    /**
     * A revised or stated toll: "the death toll rose to 12", "the number of people killed ... has risen to
     * three", "the number of wounded climbed to 20", "the latest death toll ... is 40". The nearest death or
     * injury word before the verb says which.
     */
    private static Figure revisedToll(Tokens t, int s, int e, int cls) {
        for (int j = s + 1; j + 1 < e; j++) {
            if (!t.in(j, TokenWords.BE | TokenWords.RISE)) continue;
            boolean be = t.in(j, TokenWords.BE);
            int n = j + 1;
            if (t.hash[n] == H_TO || t.hash[n] == H_AT) n++;
            else if (!be && t.hash[j] != H_REACHED && t.hash[j] != H_HIT) continue;
            if (n >= e) continue;
            Numbers.Phrase p = null;
            for (int q = n; q < Math.min(e, n + 3) && p == null; q++) {
                if (Numbers.isNumberToken(t, q)) p = Numbers.value(t, q, e);
                else if (!t.in(q, TokenWords.QUALIFIER)) break;
            }
            if (p == null || !countsPeople(t, p, e)) continue;
            int found = 0;
            boolean toll = false;
            for (int b = j - 1; b >= Math.max(s, j - 25); b--) {
                if ((t.gap[b + 1] & (Tokens.G_STOP | Tokens.G_COLON)) != 0) break;
                long h = t.hash[b];
                if (found == 0 && t.wordIs(b, Lexicon.KILL)) found = Lexicon.KILL;
                else if (found == 0 && t.wordIs(b, Lexicon.INJURE)) found = Lexicon.INJURE;
                else if (h == H_TOLL) {
                    toll = true;
                    if (found == 0) found = b - 1 >= s && t.has(b - 1, Lexicon.INJURE) ? Lexicon.INJURE
                            : Lexicon.KILL;
                } else if (h == H_NUMBER && b + 1 < j && t.hash[b + 1] == H_OF) toll = true;
            }
            if (toll && found == cls) return figure(t, Numbers.withQualifier(t, p, n));
        }
        return null;
    }

    /**
     * The figure's count is marked as more than the ones told before: "Three more soldiers were killed", "two
     * other insurgents", "several additional", "another two civilians" ("more than 30" is a qualifier).
     */
    static boolean countedAsMore(Tokens t, int s, int e, Figure f) {
        if (f == null || f.low() == 0) return false;
        for (int j = s; j < e; j++) {
            if (!Numbers.isNumberToken(t, j) || j - 1 >= s && Numbers.isNumberToken(t, j - 1)) continue;
            Numbers.Phrase p = Numbers.value(t, j, e);
            if (p == null) continue;
            int m = p.end();
            boolean after = m < e && MORE_AFTER.get(t.hash[m]) != 0 && !(m + 1 < e && t.hash[m + 1] == H_THAN);
            boolean before = j - 1 >= s && MORE_BEFORE.get(t.hash[j - 1]) != 0;
            if ((after || before) && endsAt(t, f.text(), t.end[m - 1])) return true;
        }
        return false;
    }

    /** Before a count: the people told of before ("the 4 soldiers", "these two men", "all five"). */
    private static final LongIntMap DEFINITE = LongIntMap.words("the", "these", "those");

    /** The figure's count stands after a definite word: the same victims as a sentence before told, restated. */
    static boolean restated(Tokens t, int s, int e, Figure f) {
        if (f == null || f.low() == 0) return false;
        if (otherSources(t, s, e)) return true;
        for (int j = s + 1; j < e; j++) {
            if (!Numbers.isNumberToken(t, j) || DEFINITE.get(t.hash[j - 1]) == 0) continue;
            Numbers.Phrase p = Numbers.value(t, j, e);
            if (p != null && endsAt(t, f.text(), t.end[p.end() - 1])) return true;
        }
        return partOfTheDead(t, s, e, f);
    }

    /**
     * Events round 17. "Eight of the dead were children", "two of those killed were soldiers": the figure's count stands
     * before "of", a determiner and a death word, a part of the dead told before (alone in its note it is still the count).
     */
    private static boolean partOfTheDead(Tokens t, int s, int e, Figure f) {
        // the cheap test first ("of", a determiner, a death word), then the count that ends right before it
        for (int k = s + 1; k + 2 < e; k++) {
            if (t.hash[k] != H_OF || !t.has(k + 1, Lexicon.DETERMINER) || !t.has(k + 2, Lexicon.KILL)) continue;
            if (Numbers.isNumberToken(t, k - 1) && endsAt(t, f.text(), t.end[k - 1])) return true;
        }
        return false;
    }

    /** Sources set against the ones told: "conflicting reports", "other sources", "some local accounts". */
    private static final LongIntMap OTHER_SOURCE = LongIntMap.words("conflicting", "other", "some", "unconfirmed",
            "differing", "different", "contradictory", "alternative", "varying", "separate");
    private static final LongIntMap SOURCES = LongIntMap.words("reports", "sources", "accounts", "estimates", "tallies");

    /**
     * Killed round 11. The sentence gives other sources' count of the same deaths ("Conflicting reports hold 18 deaths",
     * "Other reports put the toll at 14", "Some local accounts speak of 10 dead"): the same victims told again, so the
     * count restates the one told before rather than adding to it; where the two differ the codebook keeps the more
     * conservative (see {@link EventFigures#join}).
     */
    static boolean otherSources(Tokens t, int s, int e) {
        for (int j = s; j < Math.min(e, s + 6); j++) {
            if (SOURCES.get(t.hash[j]) == 0) continue;
            for (int q = j - 1; q >= Math.max(s, j - 3); q--) if (OTHER_SOURCE.get(t.hash[q]) != 0) return true;
        }
        return false;
    }

    private static final long H_BY_AGENT = LongIntMap.h("by");
    private static final LongIntMap FATALITY_WORD = LongIntMap.words("fatality", "fatalities");
    private static final LongIntMap TALLY_QUALIFIER = LongIntMap.words("at", "least", "about", "around", "over", "more",
            "than", "some", "approximately", "nearly", "up", "to");

    /**
     * ACLED's closing count, a sentence of its own: "3 fatalities.", "At least 1 fatality." (a qualifier, a number and
     * the word, nothing else): the note's total, not more deaths on top of those told before.
     */
    static boolean fatalityTally(Tokens t, int s, int e) {
        if (e - s < 2 || e - s > 4 || FATALITY_WORD.get(t.hash[e - 1]) == 0 || !Numbers.isNumberToken(t, e - 2)) return false;
        for (int j = s; j < e - 2; j++) if (!Numbers.isNumberToken(t, j) && TALLY_QUALIFIER.get(t.hash[j]) == 0) return false;
        return true;
    }

    /** The text (a figure's span) ends at character {@code end} of the article. */
    private static boolean endsAt(Tokens t, String text, int end) {
        int from = end - text.length();
        return from >= 0 && t.text.regionMatches(from, text, 0, text.length());
    }

    /** "Fatalities: 4", "Killed: 3" (ACLED notes, press releases): a label, a colon, the count. */
    private static Figure labelled(Tokens t, int s, int k, int e) {
        if (k != s || k + 1 >= e || (t.gap[k + 1] & Tokens.G_COLON) == 0 || !Numbers.isNumberToken(t, k + 1)) return null;
        Numbers.Phrase p = Numbers.value(t, k + 1, e);
        return p == null ? null : figure(t, Numbers.withQualifier(t, p, k + 1));
    }

    /** "a man killed in a road accident", "died in a car crash": no conflict death. */
    private static boolean accident(Tokens t, int k, int e) {
        return t.wordAfter(k, e, 5, ACCIDENT);
    }

    /** "a protest against the killing of two students": the deaths a protest is about, not its own. */
    private static boolean grievance(Tokens t, int s, int k) {
        // "attended the funeral of a slain activist": the dead mourned died before, in another event
        for (int m = k - 1; m >= Math.max(s, k - 4); m--) if (MOURNED.get(t.hash[m]) != 0) return true;
        int j = k - 1;
        if (j >= s && (t.hash[j] == H_THE || t.hash[j] == H_RECENT)) j--;
        // events round 17: "set fire to a police post after the death of a motorcyclist", "following the killing of a
        // trader": a death named as a noun after a time word came first, another event's (not "after killing two")
        return j >= s && (GRIEVANCE.get(t.hash[j]) != 0 || j < k - 1 && CAME_BEFORE.get(t.hash[j]) != 0);
    }

    /** Time words that tell what follows them came first: "after the death of", "arrested ... after a trader was killed". */
    static final LongIntMap CAME_BEFORE = LongIntMap.words("after", "following");

    /**
     * "Asad was responsible for the deaths of several civilians", "responsible for the attack ... which killed
     * 12 people": a target's past deeds, told in a profile, are not this report's deaths ("claimed
     * responsibility for" is, and is not matched).
     */
    private static boolean attributed(Tokens t, int s, int k) {
        // a relative clause on the deed: "the bombing of a market which killed", "several civilians, killed by IEDs"
        boolean relative = k - 1 >= s && (t.hash[k - 1] == H_WHICH || t.hash[k - 1] == H_THAT || t.hash[k - 1] == H_WHO
                || (t.gap[k] & Tokens.G_COMMA) != 0);
        int floor = Math.max(s, k - 1 - (relative ? DEEDS_RELATIVE_WINDOW : DEEDS_WINDOW));
        for (int j = k - 2; j >= floor; j--) {
            // same clause: a comma, colon or speech verb ("... in Kandahar said two soldiers were killed") ends it
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_STOP)) != 0 || t.has(j + 1, Lexicon.CLAIM)) {
                return false;
            }
            if (t.hash[j] == H_RESPONSIBLE && t.hash[j + 1] == H_FOR) return true;
            // events round 16: "a gang leader wanted for several murders", "accused of killing two traders": a charge
            // (at most one word between: "Wanted for Kidnappings Found Dead" charges the kidnappings, not the death)
            if (j + 2 >= k - 1 && CHARGED.get(t.hash[j]) != 0 && CHARGE_LINK.get(t.hash[j + 1]) != 0) return true;
        }
        return false;
    }

    /** Events round 16: the count at {@code a} is the object of a charge ("wanted for several murders", "accused of two"). */
    private static boolean charged(Tokens t, int s, int a) {
        return chargeAt(t, s, a) >= 0;
    }

    /** The token of the charge word whose object the count at {@code a} is ("wanted" in "wanted for two murders"), or -1. */
    private static int chargeAt(Tokens t, int s, int a) {
        for (int j = a - 2; j >= Math.max(s, a - 3); j--) {
            if (CHARGED.get(t.hash[j]) != 0 && CHARGE_LINK.get(t.hash[j + 1]) != 0) return j;
        }
        return -1;
    }

    /** Events round 16: the words of a charge against a person, with the preposition that follows them. */
    private static final LongIntMap CHARGED = LongIntMap.words("wanted", "accused", "charged", "convicted", "suspected",
            "sentenced", "jailed", "implicated", "indicted");
    private static final LongIntMap CHARGE_LINK = LongIntMap.words("for", "of", "with", "in");

    /**
     * One count for two fates, whose split is unknown: "More than 10 insurgents were killed and detained",
     * "captured or killed 15", and a count shared as the object of "killed and wounded 12" / "killed or
     * injured 30" (no figure for either). Taken and then killed ("captured and killed three soldiers") is one
     * fate in sequence: the same victims, all dead. A subject count before a passive pair ("eight to 12
     * insurgents were killed or injured") stays the killed figure, as ISAF's coders record it.
     */
    private static boolean twoFates(Tokens t, int s, int k, int e, int other) {
        return k + 2 < e && twoFates(t, k, t.hash[k + 1], k + 2, e, other)
                || k - 2 >= s && twoFates(t, k, t.hash[k - 1], k - 2, e, other);
    }

    /** The harm word at k joined by {@code link} to the word at j. */
    private static boolean twoFates(Tokens t, int k, long link, int j, int e, int other) {
        if (link != H_AND && link != H_OR) return false;
        // "ten people were killed and wounded", "killing and injuring 20": one count of both fates, neither's figure;
        // "eight to 12 insurgents were killed or injured" leaves the first fate open (ISAF counts them killed)
        // "leaving 9 dead or injured": an adjective or noun of death, not a verb, shares the count as "and" does
        if (t.has(j, other)) return link == H_AND || countFollows(t, Math.max(j, k) + 1, e) || DEATH_STATE.get(t.hash[k]) != 0;
        // "killed and detained" (the dead cannot be taken) or "captured or killed"; not "captured and killed"; not
        // "shot two men dead and seized 4,000 pills" either: a verb with things of its own is no fate of the dead
        return DETAINED.get(t.hash[j]) != 0 && (link == H_OR || j > k) && !(j > k && TAKES_THINGS.get(t.hash[j]) != 0
                && thingsTaken(t, j, e));
    }

    /**
     * Events round 12. The other side's dead in a second clause of the sentence: "Four Houthi fighters were killed, while
     * two soldiers died", "two policemen were killed and three attackers died", "...; five militants were also
     * killed". A clause opened by "while" / "whereas", a semicolon or "and" with a count, whose own death word has its own
     * count of people before it, adds to the first figure (a part, "two of them", is no second group; injuries are not
     * deaths).
     */
    private static Figure withSecondGroup(Tokens t, int s, int k, int e, int other, Figure f) {
        int join = -1;
        for (int j = k + 1; j < e; j++) {
            if (t.has(j, Lexicon.KILL)) {
                // events round 16: "killed two farmers, and later killed three more villagers": a second active killing
                // whose count is marked as more adds to the first
                if (join < 0) return moreKilledAfter(t, j, e, other, f);
                Figure g = before(t, join, j, other);
                if (g == null || g.low() <= 0) return f;
                return sum(f, g);
            }
            if (t.has(j, other)) return f;
            long h = t.hash[j];
            boolean semicolon = (t.gap[j] & Tokens.G_COLON) != 0 && t.text.lastIndexOf(';', t.start[j]) >= t.end[j - 1];
            // (a colon is no clause join: "... 1 KIA in last day Read more on UNIAN: .../1-kia-..." restates)
            if ((t.gap[j] & Tokens.G_COLON) != 0 && !semicolon) return f;
            if (h == H_WHILE || h == H_WHEREAS || semicolon || h == H_AND && j + 1 < e && Numbers.isNumberToken(t, j + 1)) {
                join = semicolon ? j : j + 1;
            }
            // events round 15: a count of dead, then "and a third died" or "and another died": one more
            // events round 17: also after a semicolon, "killed a trader; another died in hospital"
            int one = semicolon && h == H_ANOTHER ? j : h != H_AND || j + 2 >= e ? -1 : t.hash[j + 1] == H_ANOTHER ? j + 1
                    : t.hash[j + 1] == H_A && NEXT_ONE.get(t.hash[j + 2]) != 0 ? j + 2 : -1;
            if (one > 0 && oneMoreDied(t, one, e)) {
                return sum(f, new Figure(1, 1, Qualifier.EXACT, span(t, j + 1, one + 1)));
            }
        }
        Figure more = join > 0 ? moreWithoutVerb(t, join, e) : null;
        return more == null ? f : sum(f, more);
    }

    /** After "more" / "others": the clause goes on only with a place or time ("in hospital", "later"), no verb. */
    private static final LongIntMap ELIDED_TAIL = LongIntMap.words("later", "subsequently", "overnight");
    private static final long H_OTHER = LongIntMap.h("other");

    /**
     * Events round 17. "11 passengers died on the spot and three more in hospital", "two soldiers were killed and two
     * others later": a count marked as more, whose death verb is the first clause's (left out), adds to it. Null unless
     * the count at {@code j} is followed by "more" / "others" and then the clause's end, a place or a time word.
     */
    private static Figure moreWithoutVerb(Tokens t, int j, int e) {
        if (!Numbers.isNumberToken(t, j)) return null;
        Numbers.Phrase p = Numbers.value(t, j, e);
        if (p == null || p.qualifier() != Qualifier.EXACT || p.end() >= e) return null;
        int m = p.end();
        if (MORE_AFTER.get(t.hash[m]) == 0 || t.hash[m] == H_OTHER) return null;
        boolean tail = m + 1 >= e || (t.gap[m + 1] & ~Tokens.G_SPACE) != 0 || t.has(m + 1, Lexicon.LOCATIVE)
                || ELIDED_TAIL.get(t.hash[m + 1]) != 0;
        return tail ? figure(t, p) : null;
    }

    /** Events round 16: the figure {@code f} plus the object count of the death word at j when it is marked as more. */
    private static Figure moreKilledAfter(Tokens t, int j, int e, int other, Figure f) {
        Figure g = after(t, j, e, other);
        if (g == null || g.low() <= 0 || !countedAsMore(t, j + 1, e, g)) return f;
        return sum(f, g);
    }

    /** Two counts of the same harm told one after the other: their sum, with the first's qualifier and both texts. */
    private static Figure sum(Figure f, Figure g) {
        return new Figure(f.low() + g.low(), f.high() + g.high(), f.qualifier(), f.text() + "; " + g.text());
    }

    private static final long H_WHILE = LongIntMap.h("while"), H_WHEREAS = LongIntMap.h("whereas");
    /** Events round 15: the next victim after a count, "and a third", "and a fourth". */
    private static final LongIntMap NEXT_ONE = LongIntMap.words("second", "third", "fourth", "fifth", "sixth", "seventh");
    private static final LongIntMap EACH = LongIntMap.words("each", "either");
    private static final long H_SIDE = LongIntMap.h("side");
    /** Round numbers a "couple" may count: "a couple hundred", "a couple thousand". */
    private static final LongIntMap MULTIPLIER = LongIntMap.words("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens");

    /**
     * Events round 15. "and a third died", "and another (soldier) was killed": after the ordinal at {@code j} at most a
     * singular person word, then at most a be-verb, then the death word, no punctuation between ("and another blast
     * killed four" is another event's count).
     */
    private static boolean oneMoreDied(Tokens t, int j, int e) {
        int m = j + 1;
        if (m < e && t.has(m, Lexicon.PERSON_SG) && (t.gap[m] & ~Tokens.G_SPACE) == 0) m++;
        if (m < e && isBe(t.hash[m]) && (t.gap[m] & ~Tokens.G_SPACE) == 0) m++;
        return m < e && (t.gap[m] & ~Tokens.G_SPACE) == 0 && t.has(m, Lexicon.KILL) && !t.has(m, Lexicon.INJURE);
    }

    /**
     * Events round 15. a count of dead followed by "on each side" or "on either side": the count is per
     * side of a two-sided fight, so the event's is twice it (the phrase within four tokens after the harm word at k).
     */
    private static Figure perSide(Tokens t, int k, int e, Figure f) {
        if (f.low() <= 0) return f;
        for (int m = k + 1; m + 1 < Math.min(e, k + 5); m++) {
            if ((t.gap[m] & ~Tokens.G_SPACE) != 0) return f;
            // (not "on either side of the border": a place on both sides, no count per side)
            if (EACH.get(t.hash[m]) != 0 && t.hash[m + 1] == H_SIDE && !(m + 2 < e && t.hash[m + 2] == H_OF)) {
                return new Figure(2 * f.low(), 2 * f.high(), f.qualifier(), f.text() + " " + span(t, m, m + 2));
            }
        }
        return f;
    }

    /** "was shot to death", "were allegedly hacked to death": "death" after "to", a participle and a be-verb. */
    private static boolean toDeathPassive(Tokens t, int s, int k) {
        if (t.hash[k] != H_DEATH || k - 3 < s || t.hash[k - 1] != H_TO) return false;
        return isBe(t.hash[k - 3]) || k - 4 >= s && isBe(t.hash[k - 4]);
    }

    /**
     * Events round 12. The verb at j takes things, not people: its first word past determiners and counts names no
     * person ("seized 4,000 pills", "seized weapons and ammunition", "seized a vehicle"; not "seized two soldiers").
     */
    private static boolean thingsTaken(Tokens t, int j, int e) {
        for (int m = j + 1; m < Math.min(e, j + 5); m++) {
            if ((t.gap[m] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (t.has(m, Lexicon.DETERMINER) || Numbers.isNumberToken(t, m) || QUALIFIER.get(t.hash[m]) != 0) continue;
            return t.is(m, Tokens.ALPHA) && !t.has(m, Lexicon.PERSON) && TAKEN_PEOPLE.get(t.hash[m]) == 0
                    && !Lexicon.has(t.hash[m], Lexicon.LOCATIVE) && t.hash[m] != H_BY_AGENT;
        }
        return false;
    }

    /** Verbs of taking that take things as well as people ("detained", "arrested" take people only). */
    private static final LongIntMap TAKES_THINGS = LongIntMap.words("seized", "seizing", "captured", "capturing");
    private static final LongIntMap TAKEN_PEOPLE = LongIntMap.words("him", "her", "them", "others", "another", "one",
            "two", "three", "several");

    /** Death told as a state or a count, not a verb: "9 dead or injured", "12 deaths or injuries". */
    private static final LongIntMap DEATH_STATE = LongIntMap.words("dead", "deaths", "fatalities");

    /** A count starts at token a, after at most two qualifier words ("at least 12"). */
    private static boolean countFollows(Tokens t, int a, int e) {
        for (int j = a; j < Math.min(e, a + 3); j++) {
            if (Numbers.isNumberToken(t, j)) return true;
            if (QUALIFIER.get(t.hash[j]) == 0) return false;
        }
        return false;
    }

    private static Figure note(Trace why, Figure f) {
        if (why.on()) why.add("    figure '").add(f.text()).add("' -> ").add(f.low())
                .add(f.high() != f.low() ? ".." + f.high() : "").add(' ').add(f.qualifier()).end();
        return f;
    }

    static boolean isBe(long h) {
        return h == H_WERE || h == H_WAS || h == H_BEEN || h == H_ARE || h == H_IS || h == H_BE;
    }

    private static boolean negated(Tokens t, int s, int k) {
        for (int j = k - 1; j >= Math.max(s, k - 3); j--) {
            long h = t.hash[j];
            if (h == H_NOBODY || h == H_WITHOUT) return true;
            if (h == H_NO && (j + 1 == k || t.hash[j + 1] == H_ONE || t.has(j + 1, Lexicon.PERSON)
                    || t.hash[j + 1] == H_CASUALTIES)) return true;
        }
        return false;
    }

    static final int STATE_SIDE = 1, ARMED_GROUP_SIDE = 2;
    /** A state's armed men as victims ("two soldiers were killed"); Lexicon.NON_STATE and ATTACKERS name the other side. */
    private static final LongIntMap STATE_VICTIM = LongIntMap.words("soldiers", "soldier", "troops", "servicemen",
            "serviceman", "policemen", "policeman", "police", "officers", "officer", "gendarmes", "gendarme", "marines",
            "paratroopers", "guards", "guard", "constables", "constable", "cops", "cop", "personnel");
    private static final LongIntMap ATTACKERS = LongIntMap.words("attackers", "attacker", "assailants", "assailant",
            "raiders", "raider");
    private static final int SIDE_WINDOW = 6;

    /**
     * Events round 14: whose dead the first death word of [st, en) counts, a state's force ({@link #STATE_SIDE}) or an armed
     * group ({@link #ARMED_GROUP_SIDE}), else 0: the victims before a passive or intransitive verb ("two soldiers were
     * killed", "three soldiers died"), else after an active one ("killing four militants"), within the clause.
     */
    static int victimSide(Tokens t, int st, int en) {
        int k = st;
        while (k < en && !t.has(k, Lexicon.KILL)) k++;
        if (k == en) return 0;
        boolean passive = k - 1 >= st && isBe(t.hash[k - 1]) || k - 2 >= st && isBe(t.hash[k - 2]);
        if (!passive) {
            for (int j = k + 1; j < Math.min(en, k + 1 + SIDE_WINDOW); j++) {
                if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_STOP | Tokens.G_COLON)) != 0) break;
                int side = side(t, j);
                if (side != 0) return side;
            }
        }
        for (int j = k - 1; j >= Math.max(st, k - SIDE_WINDOW); j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_STOP | Tokens.G_COLON)) != 0) break;
            int side = side(t, j);
            if (side != 0) return side;
        }
        return 0;
    }

    private static int side(Tokens t, int j) {
        long h = t.hash[j];
        if (STATE_VICTIM.get(h) != 0) return STATE_SIDE;
        return t.has(j, Lexicon.NON_STATE) || ATTACKERS.get(h) != 0 ? ARMED_GROUP_SIDE : 0;
    }

    /** "killed two insurgents", "deaths of at least two", "death toll rose to 12", "killed the leader". */
    static final LongIntMap LOST = LongIntMap.words("lost", "loses", "losing");
    /** Fighters a force can lose: "lost 12 soldiers", "lost two of its men". */
    private static final LongIntMap FIGHTERS = LongIntMap.words("soldiers", "soldier", "troops", "servicemen", "fighters",
            "men", "militants", "personnel", "policemen", "officers", "members");

    /** "lost 12 soldiers", "lost at least 5 fighters": the count after the verb, when it counts fighters. */
    private static Figure lostFighters(Tokens t, int k, int e, int other) {
        Figure f = after(t, k, e, other);
        if (f == null) return null;
        for (int j = k + 1; j < Math.min(e, k + 7); j++) if (FIGHTERS.get(t.hash[j]) != 0) return f;
        return null;
    }

    private static final long H_MARTYRDOM = LongIntMap.h("martyrdom");
    /** Verbs of meeting martyrdom: "embraced martyrdom", "attained martyrdom". */
    private static final LongIntMap EMBRACED = LongIntMap.words("embraced", "embrace", "embraces", "attained", "achieved",
            "received", "accepted");
    private static final long H_LIFE = LongIntMap.h("life"), H_REMAINS = LongIntMap.h("remains"),
            H_GUNNED = LongIntMap.h("gunned"), H_DOWN = LongIntMap.h("down");
    private static final LongIntMap SINGULAR_POSSESSIVE = LongIntMap.words("his", "her");

    /**
     * Deaths told by an idiom whose word is no death word elsewhere: "a police inspector lost his life" (1), "the
     * remains of three traders were found" (3, as "the bodies of"), "gunmen gunned down a shopkeeper" (the object
     * after "down"). Null when the idiom is not there.
     */
    private static Figure deathIdiom(Tokens t, int s, int k, int e, int other) {
        long h = t.hash[k];
        if (h == H_LIFE) {
            return k - 2 >= s && SINGULAR_POSSESSIVE.get(t.hash[k - 1]) != 0 && t.in(k - 2, TokenWords.LOST)
                    && !negated(t, s, k - 2) ? new Figure(1, 1, Qualifier.EXACT, span(t, k - 2, k + 1)) : null;
        }
        if (h == H_REMAINS) return k + 1 < e && t.hash[k + 1] == H_OF ? after(t, k, e, other) : null;
        if (k + 1 < e && t.hash[k + 1] == H_DOWN && !negated(t, s, k)) {
            Figure f = after(t, k + 1, e, other);
            if (f == null) f = before(t, s, k, other);
            // "a prominent cleric is gunned down in his home": the singular subject of the passive
            if (f == null && k - 1 >= s && isBe(t.hash[k - 1])) f = singularSubject(t, s, k);
            return f;
        }
        return null;
    }

    private static Figure after(Tokens t, int k, int e, int other) {
        int limit = Math.min(e, k + 8);
        // "One civilian killed, 11 wounded": a comma closes the clause of the word
        if (k + 1 < e && (t.gap[k + 1] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_STOP | Tokens.G_PERIOD)) != 0) return null;
        // "one facilitator killed and two suspects detained": a participle before "and" has no object
        if (k + 1 < e && t.hash[k + 1] == H_AND) return null;
        for (int j = k + 1; j < limit; j++) {
            long h = t.hash[j];
            if (t.wordIs(j, other) || (t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_PAREN)) != 0 && j > k + 1) {
                return null;
            }
            if (Numbers.isNumberToken(t, j) && age(t, j, e)) continue; // "killing a 12-year-old boy": an age, no count
            // events round 18: "killed an estimated 20 militants": the article belongs to the estimate, the count follows
            if (j == k + 1 && (h == H_A || h == H_AN) && j + 2 < e && t.hash[j + 1] == H_ESTIMATED
                    && Numbers.isNumberToken(t, j + 2)) continue;
            if (Numbers.isNumberToken(t, j)) {
                Numbers.Phrase p = Numbers.value(t, j, e);
                if (p == null || !countsPeople(t, p, e)) return null;
                // "killing 3 wounded" is not a death count; "kills one, wounds four" is
                if (p.end() < e && t.has(p.end(), other) && (t.gap[p.end()] & Tokens.G_COMMA) == 0) return null;
                return withCoordinated(t, p, e, figure(t, Numbers.withQualifier(t, p, k + 1)));
            }
            // "killing him", "resulted in the death of Maulawi Tayeb", "killed Taliban leader Wali"
            if (j == k + 1 && (h == H_HIM || h == H_HER) && !passiveBefore(t, k)) {
                return new Figure(1, 1, Qualifier.EXACT, span(t, k, j + 1));
            }
            if (personName(t, j, e) && (j == k + 1 || j == k + 2 && t.hash[k + 1] == H_OF) && !passiveBefore(t, k)) {
                return alongWith(t, k, j, e);
            }
            // "killed Taliban leader Wali", "reports the death of militia fighter"
            int np = t.hash[k + 1] == H_OF ? k + 2 : k + 1;
            // "killing key insurgent leaders": a singular noun modifying a plural victim, no count
            if (Lexicon.has(h, Lexicon.PERSON_SG) && j + 1 < e && pluralPerson(t.hash[j + 1])) return null;
            if (j <= k + 5 && Lexicon.has(h, Lexicon.PERSON_SG) && !passiveBefore(t, k) && bareNounPhrase(t, np, j)) {
                return alongWith(t, k, j, e);
            }
            if ((h == H_A || h == H_AN || h == H_THE || h == H_ANOTHER) && j <= k + 2) {
                int reach = j + 4;
                for (int m = j + 1; m < Math.min(e, reach); m++) {
                    // "left 12 people dead over the weekend, a local official said": a determiner after a comma opens
                    // another clause's noun phrase ("a prominent, outspoken journalist" is still the victim)
                    if ((t.gap[m] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_PAREN)) != 0
                            && (t.hash[m] == H_A || t.hash[m] == H_AN || t.hash[m] == H_THE)) break;
                    if (Numbers.isNumberToken(t, m) && age(t, m, e)) { // "a 12-year-old boy"
                        // events round 18: "shot dead a 16-year-old near a park": the age is the person
                        if (ageNoun(t, j, m + 2)) return new Figure(1, 1, Qualifier.EXACT, span(t, k, m + 3));
                        m += 2;
                        reach += 3;
                        continue;
                    }
                    // "killed a family of four": the family's size
                    if (t.hash[m] == H_FAMILY && m + 2 < e && t.hash[m + 1] == H_OF && Numbers.isNumberToken(t, m + 2)) {
                        Numbers.Phrase p = Numbers.value(t, m + 2, e);
                        if (p != null) return figure(t, p);
                    }
                    // events round 15: "shot dead a couple" is two people, "a couple and their son" three ("a couple of",
                    // "a couple hundred" are counts)
                    if (t.hash[m] == H_COUPLE && !(m + 1 < e && (t.hash[m + 1] == H_OF || Numbers.isNumberToken(t, m + 1)
                            || MULTIPLIER.get(t.hash[m + 1]) != 0))) {
                        int second = secondSingleVictim(t, m, e, other);
                        return second > 0 ? new Figure(3, 3, Qualifier.EXACT, span(t, k, second + 1))
                                : new Figure(2, 2, Qualifier.EXACT, span(t, k, m + 1));
                    }
                    if (t.has(m, Lexicon.PERSON_SG)) {
                        // "killed a Taliban leader and two of his associates", "killed a farmer and his two sons"
                        int n2 = m + 2 < e && (t.hash[m + 2] == H_HIS || t.hash[m + 2] == H_HER || t.hash[m + 2] == H_THEIR)
                                ? m + 3 : m + 2;
                        if (n2 < e && t.hash[m + 1] == H_AND && Numbers.isNumberToken(t, n2)) {
                            Numbers.Phrase more = Numbers.value(t, n2, e);
                            if (more != null && countsPeople(t, more, e)) {
                                return new Figure(1 + more.low(), 1 + more.high(), more.qualifier() == Qualifier.EXACT
                                        ? Qualifier.EXACT : more.qualifier(), span(t, k, more.end()));
                            }
                        }
                        // "killing a soldier and a civilian", "shot dead a police officer and his son": two victims
                        int second = secondSingleVictim(t, m, e, other);
                        if (second > 0) return new Figure(2, 2, Qualifier.EXACT, span(t, k, second + 1));
                        return alongWith(t, k, m, e);
                    }
                    if (t.has(m, Lexicon.THING)) break;
                }
                return null;
            }
            boolean bridge = h == H_OF || h == H_TO || h == H_ROSE || h == H_RISEN || h == H_REACHED || h == H_STANDS
                    || h == H_AT || Lexicon.has(h, Lexicon.KILL) || h == H_THE || QUALIFIER.get(h) != 0;
            if (!bridge && j > k + 2 && !(j < k + 5 && bareNounPhrase(t, k + 1, j + 1))) return null;
        }
        return null;
    }

    private static final LongIntMap ONE_MORE = LongIntMap.words("a", "an", "his", "her", "their", "one");

    /**
     * "a soldier and a civilian", "an officer and his son": a second singular person after "and" and a determiner
     * (one adjective allowed), not the subject of a verb of its own ("and a civilian was injured"); its token, or -1.
     */
    private static int secondSingleVictim(Tokens t, int m, int e, int other) {
        if (m + 3 >= e || t.hash[m + 1] != H_AND || ONE_MORE.get(t.hash[m + 2]) == 0) return -1;
        for (int n = m + 3; n < Math.min(e, m + 5); n++) {
            if (!t.has(n, Lexicon.PERSON_SG) && !(n == m + 3 && ownCompanion(t, n))) continue;
            if (n + 1 < e && (isBe(t.hash[n + 1]) || t.has(n + 1, other))) return -1;
            return n;
        }
        return -1;
    }

    /** "body of a man", "corpse of an unidentified woman": "of", an article, a singular person within 3 tokens. */
    private static boolean oneBody(Tokens t, int k, int e) {
        if (k + 3 >= e || t.hash[k + 1] != H_OF || !(t.hash[k + 2] == H_A || t.hash[k + 2] == H_AN)) return false;
        for (int m = k + 3; m < Math.min(e, k + 6); m++) if (t.has(m, Lexicon.PERSON_SG)) return true;
        return false;
    }

    /**
     * "killing 9 militants and 2 soldiers", "claimed the lives of 3 civilians and 4 policemen": a second exact
     * group joined by "and" to the object's count is added; one with a verb of its own ("and 5 others
     * wounded") or a thing ("and 2 vehicles") is not.
     */
    private static Figure withCoordinated(Tokens t, Numbers.Phrase p, int e, Figure f) {
        if (p.qualifier() != Qualifier.EXACT) return f;
        // "between three and six insurgents" is a range; "9 and 2 soldiers" names no first group
        if (p.start() - 1 >= 0 && t.hash[p.start() - 1] == H_BETWEEN || p.end() < e && t.hash[p.end()] == H_AND) return f;
        for (int j = p.end(); j < Math.min(e - 1, p.end() + 4); j++) {
            if ((t.gap[j] & ~Tokens.G_SPACE) != 0) return f;
            if (t.hash[j] != H_AND) continue;
            // "two police officers and a civilian were killed": one more person after the group (not "and a civilian was
            // injured", a verb of its own)
            int one = singleAfterAnd(t, j, e);
            if (one >= 0) return new Figure(f.low() + 1, f.high() + 1, f.qualifier(), span(t, p.start(), one + 1));
            if (!Numbers.isNumberToken(t, j + 1)) return f;
            Numbers.Phrase q = Numbers.value(t, j + 1, e);
            if (q == null || q.qualifier() != Qualifier.EXACT || !countsPeople(t, q, e)) return f;
            for (int m = q.end(); m < Math.min(e, q.end() + 3); m++) {
                if (t.has(m, Lexicon.KILL | Lexicon.INJURE | Lexicon.THING) || t.hash[m] == H_OTHERS) return f;
                if ((t.gap[m] & ~Tokens.G_SPACE) != 0) break;
            }
            return new Figure(f.low() + q.low(), f.high() + q.high(), f.qualifier(), span(t, p.start(), q.end()));
        }
        return f;
    }

    private static final LongIntMap ONE_ARTICLE = LongIntMap.words("a", "an");
    private static final LongIntMap AND_WORD = LongIntMap.words("and");

    /**
     * The token of a singular person after the "and" at {@code and}, with an article and at most one adjective ("and a
     * civilian", "and an elderly man"), followed by no verb of its own but the group's ("were"); or -1.
     */
    private static int singleAfterAnd(Tokens t, int and, int e) {
        if (and + 2 >= e) return -1;
        // events round 16: "Four traders and their driver", "two officers and his bodyguard": a companion of the group's own
        boolean own = POSSESSIVE.get(t.hash[and + 1]) != 0, definite = t.hash[and + 1] == H_THE;
        if (!own && !definite && ONE_ARTICLE.get(t.hash[and + 1]) == 0) return -1;
        for (int n = and + 2; n < Math.min(e, and + 4); n++) {
            if (!t.has(n, Lexicon.PERSON_SG) && !(own && COMPANION.get(t.hash[n]) != 0)) continue;
            // "killing 12 worshippers and the bomber", "four traders and their driver": a definite or own companion
            // closing the clause (not "and the gunman fled", "and their commander fled": merge review)
            if ((definite || own) && !(n + 1 >= e || (t.gap[n + 1] & (Tokens.G_COMMA | Tokens.G_STOP | Tokens.G_PERIOD)) != 0
                    || t.has(n + 1, Lexicon.LOCATIVE) || isBe(t.hash[n + 1]))) return -1;
            if (n + 1 < e && (t.hash[n + 1] == H_WAS || t.has(n + 1, Lexicon.KILL | Lexicon.INJURE))) return -1;
            return n;
        }
        return -1;
    }

    /** "Also killed in the strike were more than a dozen insurgents": the subject follows "were". */
    private static Figure inverted(Tokens t, int s, int k, int e, int other) {
        if (!(k == s || k - 1 == s && t.hash[s] == H_ALSO)) return null;
        for (int j = k + 1; j < Math.min(e, k + 8); j++) {
            if (t.has(j, other)) return null;
            if ((t.hash[j] == H_WERE || t.hash[j] == H_WAS) && j + 1 < e) return after(t, j, e, other);
        }
        return null;
    }

    /** One named or singular victim, plus "along with one other insurgent" / "and two of his associates". */
    private static final LongIntMap DIED = LongIntMap.words("died", "dies", "perished", "succumbed");
    private static final long H_ESTIMATED = LongIntMap.h("estimated");
    private static final long H_YEARS_W = LongIntMap.h("years"), H_OLD = LongIntMap.h("old"),
            H_UNKNOWN = LongIntMap.h("unknown"), H_UNDETERMINED = LongIntMap.h("undetermined"),
            H_UNSPECIFIED = LongIntMap.h("unspecified");

    /** "died of his injuries", "succumbed to their wounds": a death word up to 3 tokens before k. */
    private static boolean diedOf(Tokens t, int s, int k) {
        for (int j = k - 1; j >= Math.max(s, k - 3); j--) if (DIED.get(t.hash[j]) != 0) return true;
        return false;
    }

    /** The number at j is an age: "12-year-old", "25 years old". */
    private static boolean age(Tokens t, int j, int e) {
        return j + 2 < e && (t.hash[j + 1] == H_YEAR || t.hash[j + 1] == H_YEARS_W) && t.hash[j + 2] == H_OLD;
    }

    /**
     * Events round 18: the token at k ends an age that is itself the person ("a 17-year-old was shot", "killing a
     * 16-year-old near a park"): "N-year-old" after an article, with no person noun after it ("a 17-year-old boy" has its
     * own noun, "a 25 years old man" no hyphenated age). The age must end its noun phrase: the sentence or a clause
     * ends after it, or a verb or preposition follows ("a 45-year-old Afghan farmer and his sons", "a 16-year-old and
     * two other men", "a 30-year-old base" go on to their own nouns and counts).
     */
    static boolean ageNoun(Tokens t, int s, int k) {
        return k - 3 >= s && t.hash[k] == H_OLD && t.hash[k - 1] == H_YEAR && Numbers.isNumberToken(t, k - 2)
                && ONE_MORE.get(t.hash[k - 3]) != 0 && (k + 1 >= t.n || t.sentence[k + 1] != t.sentence[k]
                        || (t.gap[k + 1] & ~Tokens.G_SPACE) != 0 || AFTER_AGE_NOUN.get(t.hash[k + 1]) != 0);
    }

    /** Words after an age that ends its noun phrase: a verb of the person or a preposition of the scene. */
    private static final LongIntMap AFTER_AGE_NOUN = LongIntMap.words("was", "were", "is", "who", "had", "has", "died",
            "near", "in", "at", "on", "from", "outside", "inside", "after", "while", "during", "when");

    /** "an unknown number of militants" within 8 tokens before k. */
    private static boolean unknownNumber(Tokens t, int s, int k) {
        for (int j = k - 1; j >= Math.max(s + 1, k - 8); j--) {
            long h = t.hash[j - 1];
            if (t.hash[j] == H_NUMBER && (h == H_UNKNOWN || h == H_UNDETERMINED || h == H_UNSPECIFIED)) return true;
        }
        return false;
    }

    private static final LongIntMap POSSESSIVE = LongIntMap.words("his", "her", "their");
    /**
     * Killed round 11. People named by whom they serve or go with, a victim only after a possessive ("a chief and his
     * assistant", "a mayor and his bodyguard"): no victim nouns of their own, since "an assistant commissioner" or "a
     * guard dog" would be.
     */
    private static final LongIntMap COMPANION = LongIntMap.words("assistant", "aide", "bodyguard", "escort",
            "companion", "secretary", "colleague", "friend", "partner", "fiancee", "fiance", "relative", "grandson",
            "granddaughter", "grandfather", "grandmother", "niece", "stepson", "stepdaughter", "spouse", "boyfriend",
            "girlfriend", "deputy", "driver", "guard", "brother-in-law", "son-in-law",
            // events round 16: "three miners and their guide"
            "guide", "interpreter", "translator");

    /** Token n is a person of the victim's own after "and his / her / their" at n - 2. */
    private static boolean ownCompanion(Tokens t, int n) {
        return n - 2 >= 0 && t.hash[n - 2] == H_AND && POSSESSIVE.get(t.hash[n - 1]) != 0
                && (t.has(n, Lexicon.PERSON_SG) || COMPANION.get(t.hash[n]) != 0);
    }

    private static Figure alongWith(Tokens t, int k, int j, int e) {
        for (int m = j + 1; m < Math.min(e, j + 6); m++) {
            if (t.has(m, Lexicon.KILL | Lexicon.INJURE)) break;
            boolean link = t.hash[m] == H_AND || t.hash[m] == H_WITH && m - 1 > j && t.hash[m - 1] == H_ALONG;
            if (link && m + 1 < e && Numbers.isNumberToken(t, m + 1)) {
                Numbers.Phrase more = Numbers.value(t, m + 1, e);
                if (more != null && countsPeople(t, more, e)) {
                    return new Figure(1 + more.low(), 1 + more.high(), more.qualifier(), span(t, k, more.end()));
                }
            }
            // "killing the owner and his wife", "a farmer and his son": one more person of the victim's own
            if (m + 2 < e && ownCompanion(t, m + 2)) {
                return new Figure(2, 2, Qualifier.EXACT, span(t, k, m + 3));
            }
        }
        return new Figure(1, 1, Qualifier.EXACT, span(t, k, j + 1));
    }

    /** "was killed": the kill word is passive, its object is not a victim. */
    private static boolean passiveBefore(Tokens t, int k) {
        return k - 1 >= 0 && isBe(t.hash[k - 1]) || k - 2 >= 0 && isBe(t.hash[k - 2]);
    }

    /** A capitalised name that is not sentence-initial, not a stop word and not a number: a person's name. */
    private static boolean personName(Tokens t, int j, int e) {
        if (!t.is(j, Tokens.CAP) || !t.is(j, Tokens.ALPHA) || t.is(j, Tokens.UPPER) || t.sentenceInitial(j)) return false;
        if (t.has(j, Lexicon.STOP_NAME | Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.FORCE | Lexicon.TITLE)) {
            return false;
        }
        // two capitalised words (a first and a last name), or one followed by a comma / the end
        return j + 1 >= e || t.is(j + 1, Tokens.CAP) && (t.gap[j + 1] & ~Tokens.G_SPACE) == 0
                || (t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_PERIOD | Tokens.G_STOP)) != 0
                // "killing Jan and several other insurgents"
                || j + 2 < e && t.hash[j + 1] == H_AND && Numbers.isNumberToken(t, j + 2);
    }

    /** Tokens [a, b) are modifiers of a singular noun: no article, number, plural person noun or comma. */
    private static boolean bareNounPhrase(Tokens t, int a, int b) {
        for (int j = a; j < b; j++) {
            long h = t.hash[j];
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_PERIOD | Tokens.G_STOP | Tokens.G_COLON)) != 0) return false;
            if (Numbers.isNumberToken(t, j) || Lexicon.has(h, Lexicon.DETERMINER | Lexicon.LOCATIVE
                    | Lexicon.THING | Lexicon.KILL | Lexicon.INJURE) || h == H_AND || h == H_OF) return false;
            // "militia fighter", "police officer": a force as a modifier is not a second victim
            if (Lexicon.has(h, Lexicon.PERSON) && !Lexicon.has(h, Lexicon.FORCE) && !t.is(j, Tokens.CAP)) return false;
        }
        return true;
    }

    /**
     * "... spotted three suspected insurgents. ... the insurgents ... were subsequently killed": a definite
     * plural victim ("the insurgents", "the armed militants") takes the count stated for the same noun in
     * the sentences before.
     */
    private static Figure antecedent(Tokens t, int s, int k, int e, boolean passive) {
        long noun = 0;
        if (!passive) {
            if (k + 1 < e && t.hash[k + 1] == H_THE && (t.gap[k + 1] & Tokens.G_COMMA) == 0) {
                for (int j = k + 2; j < Math.min(e, k + 5); j++) {
                    if (pluralPerson(t.hash[j]) && !t.is(j, Tokens.CAP)) { noun = t.hash[j]; break; }
                }
            }
        } else {
            for (int j = k - 1; j >= Math.max(s, k - 12) && noun == 0; j--) {
                if (!pluralPerson(t.hash[j]) || t.is(j, Tokens.CAP)) continue;
                for (int d = j - 1; d >= Math.max(s, j - 3); d--) if (t.hash[d] == H_THE) { noun = t.hash[j]; break; }
            }
        }
        if (noun == 0) return null;
        int floor = Math.max(0, s - 150);
        for (int j = s - 1; j >= floor; j--) {
            if (t.hash[j] != noun) continue;
            for (int a = j - 1; a >= Math.max(floor, j - 3); a--) {
                if (!Numbers.isNumberToken(t, a) || a - 1 >= 0 && Numbers.isNumberToken(t, a - 1)) continue;
                Numbers.Phrase p = Numbers.value(t, a, j);
                if (p != null && p.end() <= j && p.end() >= j - 2) return figure(t, Numbers.withQualifier(t, p, floor));
            }
        }
        return null;
    }

    private static boolean pluralPerson(long h) {
        return Lexicon.has(h, Lexicon.PERSON) && !Lexicon.has(h, Lexicon.PERSON_SG | Lexicon.KILL | Lexicon.INJURE)
                && h != H_OTHERS && h != H_MORE_W;
    }

    /**
     * "Several insurgents presented an immediate threat to the force and were killed": the subject of a
     * coordinated passive stands further back; only a number directly followed by a person noun counts.
     */
    private static Figure coordinatedSubject(Tokens t, int s, int k, int other) {
        int be = isBe(t.hash[k - 1]) ? k - 1 : k - 2;
        if (be - 1 < s || t.hash[be - 1] != H_AND) return null;
        for (int j = be - 2; j >= Math.max(s, k - 18); j--) {
            if (t.has(j, other | Lexicon.KILL)) return null;
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return null;
            if (!Numbers.isNumberToken(t, j) || j - 1 >= s && Numbers.isNumberToken(t, j - 1)) continue;
            Numbers.Phrase p = Numbers.value(t, j, be);
            if (p == null || p.end() >= be || !t.has(p.end(), Lexicon.PERSON)) continue;
            return figure(t, Numbers.withQualifier(t, p, s));
        }
        return null;
    }

    /** "two soldiers were killed", "3 DPR civilians killed, 3 wounded", "five dead". */
    private static Figure before(Tokens t, int s, int k, int other) {
        // "3 soldiers and an unknown number of militants were killed": the unknown group adds nothing, look past it
        int floor = Math.max(s, k - 8 - (unknownNumber(t, s, k) ? 5 : 0));
        Figure f = before(t, s, k, other, floor);
        if (f != null) return f;
        // events round 16: "two off-duty police officers and a driver were killed", "three members of a local peace
        // committee and a village chief were shot dead": a long subject noun phrase, its count further back
        int start = longSubject(t, s, k);
        return start >= 0 && start < floor ? before(t, s, k, other, start) : null;
    }

    /** Words opening an adverbial clause: a count before one is outside the clause of the death word after it. */
    private static final LongIntMap SUBORDINATOR = LongIntMap.words("after", "before", "when", "while", "whilst",
            "following", "because", "until", "once", "whereas");
    /** The longest reach of a subject before its death word: {@link #LONG_SUBJECT} tokens. */
    private static final int LONG_SUBJECT = 14;
    private static final LongIntMap SUBJECT_END = LongIntMap.words("when", "after", "while", "as", "who", "which", "that",
            "during", "by", "with", "since");

    /**
     * Events round 16. The first token of a counted subject that ends at the death word k (a be-verb may stand right
     * before it): a number that opens the clause (after a comma or the sentence start) and, from there to k, only
     * noun-phrase words: no comma, no death or harm word, no one-word trigger, no place preposition, no clause word, no other
     * be-verb; or -1.
     */
    private static int longSubject(Tokens t, int s, int k) {
        // "were killed", "were shot dead": the be-verb one or two words before the death word
        int end = k - 1 >= s && isBe(t.hash[k - 1]) ? k - 1 : k - 2 >= s && isBe(t.hash[k - 2]) ? k - 2 : k;
        for (int j = end - 1; j >= Math.max(s, k - LONG_SUBJECT); j--) {
            if (j + 1 < end && (t.gap[j + 1] & ~(Tokens.G_SPACE | Tokens.G_HYPHEN)) != 0) return -1;
            if (t.has(j, Lexicon.KILL | Lexicon.INJURE | Lexicon.LOCATIVE) || isBe(t.hash[j]) || SUBJECT_END.get(t.hash[j]) != 0
                    || t.in(j, TokenWords.TRIGGER_SINGLE)) {
                return -1;
            }
            boolean opens = j == s || (t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0;
            if (opens) {
                int m = j;
                while (m < end && QUALIFIER.get(t.hash[m]) != 0) m++; // "at least two ...", "more than 20 ..."
                return Numbers.isNumberToken(t, m) ? m : -1;
            }
        }
        return -1;
    }

    private static Figure before(Tokens t, int s, int k, int other, int floor) {
        for (int j = k - 1; j >= floor; j--) {
            if (t.wordIs(j, other) && j < k - 1) return null;
            // events round 17: "police arrested four suspects after a policeman was shot dead": a clause opened by a
            // subordinator holds the death word; a count before it is the main clause's, no victims of it
            if (SUBORDINATOR.get(t.hash[j]) != 0 && j < k - 1) return null;
            if (!Numbers.isNumberToken(t, j)) continue;
            // the value must start here (not be the tail of "twenty-one" or "1,000")
            if (j - 1 >= s && Numbers.isNumberToken(t, j - 1) && ((t.gap[j] & (Tokens.G_HYPHEN | Tokens.G_COMMA)) != 0
                    && (t.gap[j] & Tokens.G_SPACE) == 0)) continue;
            // "eight to 12 insurgents": the upper end of a range; the range starts further back
            if (j - 2 >= s && (t.hash[j - 1] == H_TO || t.hash[j - 1] == H_OR) && Numbers.isNumberToken(t, j - 2)) continue;
            Numbers.Phrase p = Numbers.value(t, j, k);
            if (p == null || p.end() > k) continue;
            if (!countsPeople(t, p, k + 1)) continue;
            // events round 16: "a leader wanted for several murders was shot dead": a count of another death word's
            // deeds before this one counts no victims of it
            if (p.end() < k && charged(t, s, j)) continue;
            // events round 16: "one of the dead was a teacher": a part of the dead told before, no more of them
            if (p.low() == 1 && p.high() == 1 && p.end() < k && t.hash[p.end()] == H_OF
                    && (p.end() + 1 == k || p.end() + 2 == k && t.has(p.end() + 1, Lexicon.DETERMINER))) {
                continue;
            }
            // "Three soldiers, two of them officers, were killed": a part of the group before it (places round 10)
            if (p.end() + 1 < k && t.hash[p.end()] == H_OF && PARTITIVE.get(t.hash[p.end() + 1]) != 0) continue;
            // "including two children" is a part; "a girl among six killed" is the whole; "14 casualties, including
            // 3 dead": a count right before the death word is its own
            if (j - 1 >= s && (t.hash[j - 1] == H_INCLUDING || t.hash[j - 1] == H_AMONG) && p.end() != k) continue;
            Figure f = figure(t, Numbers.withQualifier(t, p, s));
            // "two police officers and a civilian were killed": one more person after the group, before the death word
            int and = f == null ? -1 : t.first(p.end(), k, AND_WORD);
            int one = and < 0 || (t.gap[and] & Tokens.G_COMMA) != 0 ? -1 : singleAfterAnd(t, and, k);
            if (one >= 0) return new Figure(f.low() + 1, f.high() + 1, f.qualifier(), span(t, j, k + 1));
            // "three soldiers and two civilians were killed": add the group before "and"
            int a = f == null ? -1 : firstTokenOf(t, p);
            // "Two officers, two rebels killed": a headline's list, the group before the comma adds
            Figure listed = a - 1 >= s && (t.gap[a] & Tokens.G_COMMA) != 0 ? listedBefore(t, s, a - 1) : null;
            if (listed != null) return new Figure(f.low() + listed.low(), f.high() + listed.high(), f.qualifier(), span(t, s, k + 1));
            // "Two cartel gunmen, a police officer shot dead": a singular victim after the listed group
            if (f != null && singularListedAfter(t, s, a, k)) return new Figure(f.low() + 1, f.high() + 1, f.qualifier(), span(t, s, k + 1));
            // "Jan and several Haqqani fighters were killed", "the commander and two of his guards": one more
            // "... (Middle Shabelle), and 3 people were killed": after a comma "and" joins clauses, not victims
            if (a - 2 >= s && t.hash[a - 1] == H_AND && (t.gap[a - 1] & Tokens.G_COMMA) == 0 && singleVictim(t, s, a - 2)) {
                return new Figure(f.low() + 1, f.high() + 1, f.qualifier(), span(t, a - 2, k + 1));
            }
            // events round 16: "A man and his two sons were killed": the group is the first victim's own
            if (a - 3 >= s && POSSESSIVE.get(t.hash[a - 1]) != 0 && t.hash[a - 2] == H_AND && (t.gap[a - 2] & Tokens.G_COMMA) == 0
                    && t.has(a - 3, Lexicon.PERSON_SG)) {
                return new Figure(f.low() + 1, f.high() + 1, f.qualifier(), span(t, a - 3, k + 1));
            }
            if (a - 1 >= s && t.hash[a - 1] == H_AND) {
                for (int m = a - 2; m >= Math.max(s, a - 7); m--) {
                    if (!Numbers.isNumberToken(t, m)) continue;
                    Numbers.Phrase q = Numbers.value(t, m, a - 1);
                    if (q != null && m - 1 >= s && t.hash[m - 1] == H_BETWEEN) {
                        return new Figure(q.low(), f.high(), Qualifier.RANGE, span(t, m - 1, k + 1));
                    }
                    // "Three civilians were killed and five others injured": a group with its own verb is not added
                    if (q != null && q.qualifier() == Qualifier.EXACT && countsPeople(t, q, a)
                            && !hasClass(t, q.end(), a - 1, Lexicon.KILL | Lexicon.INJURE)) {
                        return new Figure(f.low() + q.low(), f.high() + q.high(), f.qualifier(), span(t, m, k + 1));
                    }
                    break;
                }
            }
            return f;
        }
        return null;
    }

    /**
     * A singular person noun ("commander") or a bare capitalised name ("Jan") that is no known word and no
     * place after a preposition ("attacked a checkpoint in Gao and two soldiers were killed").
     */
    private static boolean singleVictim(Tokens t, int s, int j) {
        if (t.has(j, Lexicon.PERSON_SG)) return true;
        if (!t.is(j, Tokens.CAP) || !t.is(j, Tokens.ALPHA) || t.is(j, Tokens.UPPER) || t.lexicon(j) != 0) return false;
        // the name may have up to three words: "in Nova Kakhovka and two soldiers"
        int first = j;
        while (first - 1 >= Math.max(s, j - 2) && t.is(first - 1, Tokens.CAP) && (t.gap[first] & ~Tokens.G_SPACE) == 0) first--;
        return !afterPreposition(t, s, first);
    }

    /**
     * Places round 10. The first group of a headline's list of victims, "Soldier, civilian killed", "Two officers, two
     * rebels killed", "Police officer, child killed": tokens [s, b] with b a person noun, opening the sentence (at most
     * {@link #LIST_GROUP_TOKENS} words, spaces between them), counted ("Two Ukrainian officers": its count) or a singular
     * person noun with no count (1). Anything else ("Of 12 soldiers, two were killed", "In Gao, two ...") is no list.
     */
    private static Figure listedBefore(Tokens t, int s, int b) {
        if (b < s || b - s >= LIST_GROUP_TOKENS || !t.has(b, Lexicon.PERSON)) return null;
        int number = -1;
        for (int j = s; j <= b; j++) {
            if (j > s && (t.gap[j] & ~(Tokens.G_SPACE | Tokens.G_HYPHEN)) != 0) return null;
            if (t.has(j, Lexicon.KILL | Lexicon.INJURE) || afterPreposition(t, s, j)) return null;
            if (Numbers.isNumberToken(t, j)) {
                if (number < 0) number = j;
            } else if (number < 0 && QUALIFIER.get(t.hash[j]) == 0 && j < b - 2) {
                return null;
            }
        }
        if (number < 0) return t.has(b, Lexicon.PERSON_SG) ? new Figure(1, 1, Qualifier.EXACT, span(t, s, b + 1)) : null;
        Numbers.Phrase p = Numbers.value(t, number, b + 1);
        if (p == null || !countsPeople(t, p, b + 1)) return null;
        return figure(t, Numbers.withQualifier(t, p, s));
    }

    /**
     * The counted group at [a, ...) opens a headline's list ({@link #listedBefore} reads it whole up to a comma) and a
     * singular person with no count follows the comma, before the death word at k: "Two gunmen, a police officer shot
     * dead".
     */
    private static boolean singularListedAfter(Tokens t, int s, int a, int k) {
        int c = -1;
        for (int j = a + 1; j < k; j++) if ((t.gap[j] & Tokens.G_COMMA) != 0) { c = j; break; }
        if (c < 0 || listedBefore(t, s, c - 1) == null) return false;
        for (int j = c; j < k; j++) {
            if (j > c && (t.gap[j] & ~Tokens.G_SPACE) != 0 || Numbers.isNumberToken(t, j)) return false;
            if (PART_OF.get(t.hash[j]) != 0) return false;
            if (t.has(j, Lexicon.PERSON_SG)) return j - c <= 3;
        }
        return false;
    }

    private static final LongIntMap PARTITIVE = LongIntMap.words("them", "whom");
    /** Words that make the group after a comma a part of the one before: "Three people, including a child". */
    private static final LongIntMap PART_OF = LongIntMap.words("including", "among", "incl", "mostly", "mainly",
            "notably", "such", "like", "reportedly", "allegedly");

    /** The first word of the singular victim ending at j: "a police officer", "female civilian" (up to 3 words); -1 when
     *  the victim is told as a part ("including a child"). */
    private static int groupStart(Tokens t, int s, int j) {
        int g = j;
        while (g - 1 >= Math.max(s, j - 3) && (t.gap[g] & ~Tokens.G_SPACE) == 0 && !Numbers.isNumberToken(t, g - 1)
                && !t.has(g - 1, Lexicon.PERSON | Lexicon.KILL | Lexicon.INJURE)) g--;
        // "Three people, including a child, were killed": a part of the group before the comma, no list
        for (int x = g; x < j; x++) if (PART_OF.get(t.hash[x]) != 0) return -1;
        return g;
    }

    /** The first group of a headline's list of victims has at most this many words ("At least two Ukrainian soldiers"). */
    private static final int LIST_GROUP_TOKENS = 6;

    /** The name starting at token a follows a locative or a preposition: "in Gao", "of Nova Kakhovka". */
    private static boolean afterPreposition(Tokens t, int s, int a) {
        return a - 1 >= s && (t.has(a - 1, Lexicon.LOCATIVE) || PLACE_PREPOSITION.get(t.hash[a - 1]) != 0);
    }

    private static boolean hasClass(Tokens t, int from, int to, int cls) {
        for (int j = from; j < to; j++) if (t.has(j, cls)) return true;
        return false;
    }

    private static int firstTokenOf(Tokens t, Numbers.Phrase p) { return p.start(); }

    /** "Militiaman killed", "a Ukrainian soldier was killed", "his death", "46-year-old Ihor Chernysh was killed",
     *  "reports first combat death". */
    private static final LongIntMap HEDGE = LongIntMap.words("allegedly", "reportedly", "apparently", "brutally");
    /** Events round 15: an adverb of time between a subject and its death ("he later died"). */
    private static final LongIntMap LATER = LongIntMap.words("later", "subsequently", "eventually", "afterwards", "then");

    private static Figure singularSubject(Tokens t, int s, int k) {
        // "there is a dead man", "an injured woman was taken to hospital": one person
        if (k - 1 >= s && k + 1 < t.n && (t.hash[k - 1] == H_A || t.hash[k - 1] == H_AN || t.hash[k - 1] == H_ONE)
                && t.has(k + 1, Lexicon.PERSON_SG) && (t.gap[k + 1] & ~Tokens.G_SPACE) == 0) {
            return new Figure(1, 1, Qualifier.EXACT, span(t, k - 1, k + 2));
        }
        // "a new death toll" is a count, not one death
        if (t.hash[k] == H_DEATH && !(k + 1 < t.n && t.hash[k + 1] == H_TOLL)) {
            for (int j = k - 1; j >= Math.max(s, k - 2); j--) {
                if (ONE_DEATH.get(t.hash[j]) != 0) return new Figure(1, 1, Qualifier.EXACT, span(t, j, k + 1));
            }
        }
        // "a man was allegedly beaten to death": a hedge between the subject and its verb is no distance
        int reach = 4 + (t.first(Math.max(s, k - 5), k, HEDGE) >= 0 ? 1 : 0);
        int floor = Math.max(s, k - 6);
        for (int j = k - 1; j >= floor; j--) {
            long h = t.hash[j];
            if (j >= k - 2 && namedSubject(t, s, j)) return new Figure(1, 1, Qualifier.EXACT, span(t, j - 1, k + 1));
            // events round 18: "a 17-year-old was shot and killed": the age is the person
            if (j >= k - reach && ageNoun(t, s, j)) return new Figure(1, 1, Qualifier.EXACT, span(t, j - 3, k + 1));
            if (Numbers.isNumberToken(t, j)) {
                // events round 16: "a gang leader wanted for several murders was shot dead": the charge is no count;
                // the subject stands before it
                int c = chargeAt(t, s, j);
                if (c < 0) return null;
                reach += j - c + 1;
                floor = Math.max(s, floor - (j - c + 1));
                j = c;
                continue;
            }
            if (j < k - reach && (t.gap[j + 1] & Tokens.G_COMMA) == 0) break;
            // "a teacher and her husband were hacked to death": the victim and one of their own are two
            if (ownCompanion(t, j) && j - 2 > s && ownerBefore(t, s, j - 2)) {
                return new Figure(2, 2, Qualifier.EXACT, span(t, j - 2, k + 1));
            }
            if (Lexicon.has(h, Lexicon.PERSON_SG)) {
                // "Soldier, civilian killed", "Two troops, one civilian killed": a headline's list of victims
                int g = groupStart(t, s, j);
                Figure listed = g > s && (t.gap[g] & Tokens.G_COMMA) != 0 ? listedBefore(t, s, g - 1) : null;
                if (listed != null) return new Figure(listed.low() + 1, listed.high() + 1, listed.qualifier(), span(t, s, k + 1));
                return new Figure(1, 1, Qualifier.EXACT, span(t, j, k + 1));
            }
            // "he was killed", "she died of her wounds"
            // events round 15: "he later died in hospital", "she subsequently succumbed": one adverb of time between
            if ((h == H_HE || h == H_SHE) && j + 1 < k && isBe(t.hash[j + 1]) || (h == H_HE || h == H_SHE)
                    && (j + 1 == k || j + 2 == k && LATER.get(t.hash[j + 1]) != 0) && DIED.get(t.hash[k]) != 0) {
                return new Figure(1, 1, Qualifier.EXACT, span(t, j, k + 1));
            }
            if (h == H_HIS || h == H_HER) {
                return j + 1 == k ? new Figure(1, 1, Qualifier.EXACT, span(t, j, k + 1)) : null;
            }
            // "arrested a suspect in Jessore (Khulna) who was later killed": the singular person the relative follows
            if (h == H_WHO && j + 1 < k && isBe(t.hash[j + 1])) return relativeSingular(t, s, j, k);
        }
        return clauseSubject(t, s, k);
    }

    private static final long H_ON_DATE = LongIntMap.h("on");
    private static final LongIntMap SINGULAR_BE = LongIntMap.words("was", "is");

    /**
     * Killed round 11. "A shopkeeper who had refused to pay the gang's fee was shot dead", "A driver of a lorry that was
     * carrying maize was killed": the clause opens on an indefinite singular person ("A", "An", at most two words before
     * the noun) and the death word follows a singular "was" / "is" (a hedge or "to death" between): one victim, however
     * long the relative clause between. The clause opens the sentence or follows a note's date ("On 3 May 2024, a ...").
     */
    private static Figure clauseSubject(Tokens t, int s, int k) {
        int be = -1;
        // events round 15: a victim attacked, then "and died" of the wounds: the death joined by "and"
        // to the clause's passive has the clause's subject
        if (k - 1 > s && t.hash[k - 1] == H_AND && DIED.get(t.hash[k]) != 0) {
            for (int j = s; j < k - 1 && be < 0; j++) if (SINGULAR_BE.get(t.hash[j]) != 0) be = j;
        }
        for (int j = k - 1; j >= Math.max(s, k - 3) && be < 0; j--) {
            if ((t.gap[j + 1] & ~Tokens.G_SPACE) != 0 || Numbers.isNumberToken(t, j)) return null;
            if (SINGULAR_BE.get(t.hash[j]) != 0) be = j;
            else if (isBe(t.hash[j])) return null;
        }
        if (be < 0) return null;
        int c = s;
        if (t.hash[s] == H_ON_DATE) {
            c = -1;
            for (int j = s + 1; j < Math.min(be, s + 8); j++) if ((t.gap[j] & Tokens.G_COMMA) != 0) { c = j; break; }
            if (c < 0) return null;
        }
        if (c + 1 >= be || t.hash[c] != H_A && t.hash[c] != H_AN) return null;
        for (int j = c + 1; j <= Math.min(be - 1, c + 3); j++) {
            if ((t.gap[j] & ~Tokens.G_SPACE) != 0 || Numbers.isNumberToken(t, j)) return null;
            if (t.has(j, Lexicon.PERSON_SG)) {
                // "A man and his son was ...": a second person joined to the subject is no single victim
                if (j + 1 < be && t.hash[j + 1] == H_AND) return null;
                return new Figure(1, 1, Qualifier.EXACT, span(t, c, j + 1));
            }
        }
        return null;
    }

    /** A singular person noun up to 3 words before the "and" at {@code and}, no comma between: "a Hamilton County man and". */
    private static boolean ownerBefore(Tokens t, int s, int and) {
        for (int j = and - 1; j >= Math.max(s, and - 3); j--) {
            if ((t.gap[j + 1] & ~Tokens.G_SPACE) != 0 || Numbers.isNumberToken(t, j)) return false;
            if (t.has(j, Lexicon.PERSON_SG)) return true;
        }
        return false;
    }

    /** The noun a relative "who" at {@code who} follows, up to 6 tokens before it: a singular person is one victim. */
    private static Figure relativeSingular(Tokens t, int s, int who, int k) {
        for (int j = who - 1; j >= Math.max(s, who - 6); j--) {
            if (Numbers.isNumberToken(t, j) || Lexicon.has(t.hash[j], Lexicon.PERSON) && !t.has(j, Lexicon.PERSON_SG)) return null;
            if (t.has(j, Lexicon.PERSON_SG)) return new Figure(1, 1, Qualifier.EXACT, span(t, j, k + 1));
        }
        return null;
    }

    private static final LongIntMap BURNED = LongIntMap.words("burned", "burnt", "buried");
    private static final long H_ALIVE = LongIntMap.h("alive");

    /** "burned alive 2 villagers", "a man was buried alive": "alive" after such a verb is a death word. */
    private static boolean diedAlive(Tokens t, int s, int k) {
        return t.hash[k] == H_ALIVE && k - 1 >= s && BURNED.get(t.hash[k - 1]) != 0;
    }

    /** Tokens j-1, j are a first and a last name right before the verb: capitalised, not a known word class. */
    private static boolean namedSubject(Tokens t, int s, int j) {
        if (j - 1 < s || (t.gap[j] & ~Tokens.G_SPACE) != 0) return false;
        if (j + 1 < t.n && (t.gap[j + 1] & ~Tokens.G_SPACE) != 0) return false;
        for (int a = j - 1; a <= j; a++) {
            if (!t.is(a, Tokens.CAP) || !t.is(a, Tokens.ALPHA) || t.is(a, Tokens.UPPER)) return false;
            if (t.has(a, Lexicon.STOP_NAME | Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.FORCE | Lexicon.TITLE
                    | Lexicon.PERSON | Lexicon.KILL | Lexicon.INJURE | Lexicon.THING | Lexicon.DIRECTION)) return false;
        }
        // "Civilians in Nova Kakhovka were killed": a place, not a victim
        return !afterPreposition(t, s, j - 1);
    }

    /** The phrase counts people: not followed by a thing, not part of a date, not a clock time. */
    private static boolean countsPeople(Tokens t, Numbers.Phrase p, int limit) {
        int nx = p.end();
        if (nx < t.n && t.has(nx, Lexicon.THING)) return false;
        if (nx < t.n && t.has(nx, Lexicon.MONTH)) return false;
        if (p.start() - 1 >= 0 && t.has(p.start() - 1, Lexicon.MONTH)) return false;
        if (nx + 1 < t.n && t.has(nx, Lexicon.REGION_WORD)) return false;
        // one adjective then a thing: "three guided bombs", "30 armored vehicles"
        if (nx + 1 < t.n && nx + 1 < limit + 2 && !t.has(nx, Lexicon.PERSON)
                && t.has(nx + 1, Lexicon.THING)) return false;
        return true;
    }

    private static Figure figure(Tokens t, Numbers.Phrase p) {
        return new Figure(p.low(), p.high(), p.qualifier(), span(t, p.start(), p.end()));
    }

    static String span(Tokens t, int a, int b) {
        return t.text.substring(t.start[a], t.end[Math.max(a, b - 1)]);
    }

    /**
     * "over the past week", "this week": a weekly tally of many incidents (ACLED codes one event per active
     * day). "In the last 24 hours" (one day) and "during the past two days" (one operation) are kept.
     */
    private static final LongIntMap WINDOW_PREPOSITION = LongIntMap.words("over", "in", "during", "within",
            "throughout", "for");

    static boolean recentWindow(Tokens t, int s, int e) {
        for (int j = s; j + 1 < e; j++) {
            long h = t.hash[j];
            // "over the past week", "in the last two weeks", "during this week": a window; "killed 55 people last
            // week" dates one event
            boolean window = j - 1 >= s && WINDOW_PREPOSITION.get(t.hash[j - 1]) != 0
                    || j - 2 >= s && t.hash[j - 1] == H_THE && WINDOW_PREPOSITION.get(t.hash[j - 2]) != 0;
            if (!window) continue;
            if ((h == H_LAST || h == H_PAST || h == H_PREVIOUS || h == H_THIS) && t.hash[j + 1] == H_WEEK) return true;
            if ((h == H_LAST || h == H_PAST || h == H_PREVIOUS) && j + 2 < e && t.hash[j + 2] == H_WEEKS) return true;
        }
        return false;
    }

    /**
     * "in the last 24 hours", "over the past day": a daily report of the front. Its casualty figures stay (UCDP codes
     * the small ones as the day's incident), but combat told only by its result in it is a tally, not an incident.
     */
    static boolean dailyWindow(Tokens t, int s, int e) {
        for (int j = s + 1; j + 1 < e; j++) {
            long h = t.hash[j];
            if (h != H_LAST && h != H_PAST && h != H_PREVIOUS) continue;
            if (t.hash[j + 1] == H_DAY || t.hash[j + 1] == H_DAYS || j + 2 < e && (t.hash[j + 2] == H_HOURS
                    || t.hash[j + 2] == H_DAYS)) return true;
        }
        return false;
    }

    /** "first" or a superlative up to 4 tokens before the "since" at j: "the first death since", "the deadliest day since". */
    static boolean ranksAgainstThePast(Tokens t, int s, int j) {
        for (int a = j - 1; a >= Math.max(s, j - 4); a--) if (t.hash[a] == H_FIRST || SUPERLATIVE.get(t.hash[a]) != 0) return true;
        return false;
    }

    /**
     * Places round 10: "the deadliest day since August", "the worst attack since the truce": a superlative before "since"
     * ranks one incident against the past, it counts none of it (like "the first death since").
     */
    private static final LongIntMap SUPERLATIVE = LongIntMap.words("deadliest", "bloodiest", "worst", "heaviest",
            "fiercest", "biggest", "largest", "most", "highest", "deadliest-ever", "worst-ever");

    /**
     * "killed in attacks since early morning", "shelling since dawn", "since the early hours": a window inside the day,
     * one day's figure, not a tally (places round 10).
     */
    private static boolean sinceWithinTheDay(Tokens t, int j, int e) {
        for (int a = j + 1; a < Math.min(e, j + 4); a++) {
            if (TIME_OF_DAY.get(t.hash[a]) != 0) return true;
            if (DAY_FILLER.get(t.hash[a]) == 0) return false;
        }
        return false;
    }

    private static final LongIntMap TIME_OF_DAY = LongIntMap.words("dawn", "daybreak", "sunrise", "morning", "midnight",
            "noon", "midday", "hours");
    private static final LongIntMap DAY_FILLER = LongIntMap.words("early", "this", "the", "last", "late", "mid");

    private static final LongIntMap AREA_WIDE = LongIntMap.words("nationwide", "countrywide", "statewide");
    private static final LongIntMap AREA_DETERMINER = LongIntMap.words("the", "that", "this");
    /** What "across the ..." spans when a toll covers many incidents: "across the state", "throughout the country". */
    private static final LongIntMap WHOLE_AREA = LongIntMap.words("country", "nation", "state", "region", "province",
            "governorate", "front", "frontline", "territory", "sahel", "north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest");
    private static final long H_ACROSS = LongIntMap.h("across"), H_THROUGHOUT = LongIntMap.h("throughout");

    /** A death or injury word up to 4 tokens before j, in its clause: "were killed across the state". */
    private static boolean harmedJustBefore(Tokens t, int s, int j) {
        for (int k = j - 1; k >= Math.max(s, j - 4); k--) {
            if (t.has(k, Lexicon.KILL | Lexicon.INJURE)) return true;
            if ((t.gap[k] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
        }
        return false;
    }

    /**
     * A tally rather than one incident: "since 2022", "so far", "this year", "in total", "across the country",
     * "nationwide".
     */
    static boolean aggregate(Tokens t, int s, int e) {
        for (int j = s; j < e; j++) {
            if (!t.in(j, TokenWords.AGGREGATE_CUE)) continue;
            long h = t.hash[j];
            // "the first combat death since the truce", "the bloodiest day since August", "since dawn": one incident, not a tally
            if (h == H_SINCE && (ranksAgainstThePast(t, s, j) || sinceWithinTheDay(t, j, e))) continue;
            // "A total of 6 passengers were killed": the sum of one incident ("in total", "the total" stay tallies)
            if (h == H_TOTAL && j - 1 >= s && t.hash[j - 1] == H_A && j + 1 < e && t.hash[j + 1] == H_OF) continue;
            if (h == H_SINCE || h == H_TOTAL || h == H_OVERALL || h == H_ALTOGETHER || h == H_CUMULATIVE) return true;
            if (h == H_SO && j + 1 < e && t.hash[j + 1] == H_FAR) return true;
            // "30 people were killed across the state", "died nationwide": a toll of a whole region, not one incident's
            if ((AREA_WIDE.get(h) != 0 || (h == H_ACROSS || h == H_THROUGHOUT) && j + 2 < e
                    && AREA_DETERMINER.get(t.hash[j + 1]) != 0 && WHOLE_AREA.get(t.hash[j + 2]) != 0)
                    && harmedJustBefore(t, s, j)) return true;
            if (h == H_TO && j + 1 < e && t.hash[j + 1] == H_DATE) return true;
            if ((h == H_THIS || h == H_LAST || h == H_PAST) && j + 1 < e
                    && (t.hash[j + 1] == H_YEAR || t.hash[j + 1] == H_MONTH || t.hash[j + 1] == H_MONTHS
                    || t.hash[j + 1] == H_YEARS)) return true;
        }
        return false;
    }

    // Word sets the per-token loops above are gated by, as TokenWords bits (one test passes a word none of their
    // rules acts on). Built from the constants the rules compare with, so here, after every one of them is set.

    /** {@link #isBe} as a set ({@link TokenWords#BE}). */
    static final LongIntMap BE = new LongIntMap();
    /** The words {@link #find} acts on besides a word of the class it counts and {@link #LOST} ({@link TokenWords#FIGURE_CUE}). */
    static final LongIntMap FIND_CUE = new LongIntMap();
    /** The words {@link #aggregate} acts on ({@link TokenWords#AGGREGATE_CUE}). */
    static final LongIntMap AGGREGATE_CUE = new LongIntMap();

    static {
        for (long h : new long[] {H_WERE, H_WAS, H_BEEN, H_ARE, H_IS, H_BE}) BE.put(h, 1);
        for (long h : new long[] {H_CASUALTIES, H_BODY, H_CORPSE, H_LIFE, H_REMAINS, H_GUNNED, H_ALIVE}) FIND_CUE.put(h, 1);
        ANY_HARM.forEachKey(h -> FIND_CUE.put(h, 1));
        UNHARMED.forEachKey(h -> FIND_CUE.put(h, 1));
        for (long h : new long[] {H_SINCE, H_TOTAL, H_OVERALL, H_ALTOGETHER, H_CUMULATIVE, H_SO, H_ACROSS, H_THROUGHOUT,
                H_TO, H_THIS, H_LAST, H_PAST}) {
            AGGREGATE_CUE.put(h, 1);
        }
        AREA_WIDE.forEachKey(h -> AGGREGATE_CUE.put(h, 1));
    }
}
