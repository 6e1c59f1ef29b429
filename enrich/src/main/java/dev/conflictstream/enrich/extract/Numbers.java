package dev.conflictstream.enrich.extract;

/**
 * Reads a number phrase starting at a token: digits ("1,000", "30-50"), number words ("twenty-one",
 * "two hundred"), vague words following ACLED (tens = 10, dozens = 12, hundreds = 100) and the
 * qualifiers before them ("at least", "more than", "up to", "about", "between 30 and 50").
 */
final class Numbers {
    /** A parsed phrase: tokens [start, end), values and how stated. */
    record Phrase(int start, int end, int low, int high, Qualifier qualifier) {}

    static final LongIntMap UNITS = new LongIntMap();   // value + 1
    static final LongIntMap TENS = new LongIntMap();
    static final LongIntMap VAGUE = new LongIntMap();   // value
    private static final long H_HUNDRED = LongIntMap.h("hundred"), H_THOUSAND = LongIntMap.h("thousand"),
            H_AT = LongIntMap.h("at"), H_LEAST = LongIntMap.h("least"), H_MORE = LongIntMap.h("more"),
            H_THAN = LongIntMap.h("than"), H_OVER = LongIntMap.h("over"), H_UP = LongIntMap.h("up"),
            H_TO = LongIntMap.h("to"), H_ABOUT = LongIntMap.h("about"), H_AROUND = LongIntMap.h("around"),
            H_NEARLY = LongIntMap.h("nearly"), H_ALMOST = LongIntMap.h("almost"), H_SOME = LongIntMap.h("some"),
            H_APPROX = LongIntMap.h("approximately"), H_ROUGHLY = LongIntMap.h("roughly"),
            H_ESTIMATED = LongIntMap.h("estimated"), H_BETWEEN = LongIntMap.h("between"), H_AND = LongIntMap.h("and"),
            H_A = LongIntMap.h("a"), H_DOZEN = LongIntMap.h("dozen"), H_OR = LongIntMap.h("or"),
            H_MINIMUM = LongIntMap.h("minimum"), H_OF = LongIntMap.h("of"), H_LESS = LongIntMap.h("less"),
            H_FEWER = LongIntMap.h("fewer"), H_UNDER = LongIntMap.h("under"), H_PLUS = LongIntMap.h("plus"), H_NUMBER = LongIntMap.h("number"),
            H_FEW = LongIntMap.h("few"), H_COUPLE = LongIntMap.h("couple");

    static {
        String[] u = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < u.length; i++) UNITS.put(LongIntMap.h(u[i]), i + 1);
        UNITS.put(LongIntMap.h("single"), 2);
        UNITS.put(LongIntMap.h("couple"), 3);
        String[] t = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < t.length; i++) TENS.put(LongIntMap.h(t[i]), (i + 2) * 10);
        VAGUE.put(LongIntMap.h("tens"), 10);
        VAGUE.put(LongIntMap.h("dozens"), 12);
        VAGUE.put(LongIntMap.h("scores"), 20);
        VAGUE.put(LongIntMap.h("hundreds"), 100);
        VAGUE.put(LongIntMap.h("thousands"), 1000);
        VAGUE.put(LongIntMap.h("several"), 3);
        VAGUE.put(LongIntMap.h("numerous"), 4);
        VAGUE.put(LongIntMap.h("many"), 4);
        VAGUE.put(LongIntMap.h("multiple"), 3);
        VAGUE.put(LongIntMap.h("few"), 3);
    }

    private Numbers() {}

    /**
     * The largest figure one incident can have. Above it a number is a tally, an identifier or garbage
     * ("killed 9,999,999,999 people"): no figure, rather than a wrapped or absurd one.
     */
    static final int MAX_COUNT = 100_000;
    /** Where digit arithmetic saturates: far above {@link #MAX_COUNT}, far below overflow. */
    private static final long TOO_MANY = 1L << 40;

    /** True if token i can start the value part of a number. */
    static boolean isNumberToken(Tokens t, int i) {
        if (i < 0 || i >= t.n) return false;
        if (t.is(i, Tokens.DIGIT)) return true;
        long h = t.hash[i];
        if (h == H_A && i + 1 < t.n && (t.hash[i + 1] == H_DOZEN || t.hash[i + 1] == H_FEW
                || (t.hash[i + 1] == H_NUMBER || t.hash[i + 1] == H_COUPLE) && i + 2 < t.n && t.hash[i + 2] == H_OF)) return true;
        return t.in(i, TokenWords.NUMBER_WORD) || h == H_DOZEN;
    }

    /**
     * Parses the value starting exactly at token i (no qualifier), within [i, limit). Returns null if
     * token i does not start a number. A 4-digit year-like value (1900-2100) is not a count.
     */
    static Phrase value(Tokens t, int i, int limit) {
        if (i < 0 || i >= limit) return null;
        long h = t.hash[i];
        if (t.is(i, Tokens.DIGIT)) {
            // "9,999": the group after a bare comma continues the number before it, it starts none
            if (separatorGroup(t, i)) return null;
            int j = i;
            long v = parseDigits(t, j);
            j++;
            // thousands separators: "1,000" -> tokens 1 | 000 separated by a bare comma; v saturates, never wraps
            while (j < limit && separatorGroup(t, j)) {
                v = Math.min(TOO_MANY, v * 1000 + parseDigits(t, j));
                j++;
            }
            if (j == i + 1 && t.end[i] - t.start[i] == 4 && v >= 1900 && v <= 2100) return null;
            if (j < limit && t.gap[j] == Tokens.G_PERIOD && t.is(j, Tokens.DIGIT)) return null; // decimals, times
            if (j < limit && t.hash[j] == H_THOUSAND) { v = Math.min(TOO_MANY, v * 1000); j++; }
            if (v > MAX_COUNT) return null;
            return range(t, new Phrase(i, j, (int) v, (int) v, Qualifier.EXACT), limit);
        }
        int unit = UNITS.get(h);
        int tens = TENS.get(h);
        if (unit != 0 || tens != 0) {
            int v = unit != 0 ? unit - 1 : tens;
            int j = i + 1;
            if (tens != 0 && j < limit && (t.gap[j] & Tokens.G_HYPHEN) != 0 && UNITS.get(t.hash[j]) > 1
                    && UNITS.get(t.hash[j]) <= 10) {
                v += UNITS.get(t.hash[j]) - 1;
                j++;
            }
            if (j < limit && t.hash[j] == H_HUNDRED) { v *= 100; j++; }
            if (j < limit && t.hash[j] == H_THOUSAND) { v *= 1000; j++; }
            if (j < limit && t.hash[j] == H_DOZEN) { v *= 12; j++; }
            if (v > MAX_COUNT) return null;
            return range(t, new Phrase(i, j, v, v, Qualifier.EXACT), limit);
        }
        int vague = VAGUE.get(h);
        if (vague != 0) {
            int j = i + 1;
            if (j < limit && t.hash[j] == H_OF) j++;
            return new Phrase(i, j, vague, vague, Qualifier.VAGUE);
        }
        if (h == H_DOZEN) return new Phrase(i, i + 1, 12, 12, Qualifier.ABOUT);
        if (h == H_A && i + 1 < limit && t.hash[i + 1] == H_DOZEN) return new Phrase(i, i + 2, 12, 12, Qualifier.ABOUT);
        if (h == H_A && i + 1 < limit && t.hash[i + 1] == H_FEW) return new Phrase(i, i + 2, 3, 3, Qualifier.VAGUE);
        // events round 16: "a couple of herders" is two, as ACLED counts it ("a couple hundred" is no count here)
        if (h == H_A && i + 2 < limit && t.hash[i + 1] == H_COUPLE && t.hash[i + 2] == H_OF
                && !(i + 3 < limit && (isNumberToken(t, i + 3) || VAGUE.get(t.hash[i + 3]) != 0))) { // not "a couple of dozen"
            return new Phrase(i, i + 3, 2, 2, Qualifier.EXACT);
        }
        // "a number of insurgents": read like "several"
        if (h == H_A && i + 2 < limit && t.hash[i + 1] == H_NUMBER && t.hash[i + 2] == H_OF) {
            return new Phrase(i, i + 3, 3, 3, Qualifier.VAGUE);
        }
        return null;
    }

    /** "30 to 50", "30-50", "two or three" following a value. */
    private static Phrase range(Tokens t, Phrase p, int limit) {
        int j = p.end();
        if (j + 1 < limit && (t.hash[j] == H_TO || t.hash[j] == H_OR) || j < limit && (t.gap[j] & Tokens.G_HYPHEN) != 0
                && (t.gap[j] & Tokens.G_SPACE) == 0 && t.is(j, Tokens.DIGIT)) {
            int k = t.hash[j] == H_TO || t.hash[j] == H_OR ? j + 1 : j;
            // "30 to 50", "two or three", "eight to 12" (a word, then digits)
            if (isNumberToken(t, k) && (t.is(k, Tokens.DIGIT) || !t.is(p.start(), Tokens.DIGIT))) {
                Phrase q = value(t, k, limit);
                if (q != null && q.low() > p.low() && q.qualifier() == Qualifier.EXACT) {
                    return new Phrase(p.start(), q.end(), p.low(), q.high(), Qualifier.RANGE);
                }
            }
        }
        return p;
    }

    /** A digit token of three digits after a bare comma that follows a digit token: a thousands group. */
    private static boolean separatorGroup(Tokens t, int j) {
        return j > 0 && t.is(j, Tokens.DIGIT) && t.is(j - 1, Tokens.DIGIT) && t.gap[j] == Tokens.G_COMMA
                && t.end[j] - t.start[j] == 3;
    }

    /** The digits of token i as a number, saturating at {@link #TOO_MANY} (never wrapping). */
    private static long parseDigits(Tokens t, int i) {
        long v = 0;
        for (int c = t.start[i]; c < t.end[i]; c++) {
            v = v * 10 + (t.text.charAt(c) - '0');
            if (v >= TOO_MANY) return TOO_MANY;
        }
        return v;
    }

    /**
     * A full phrase whose value starts at token v: extends backwards over a qualifier ("at least",
     * "more than", "up to", "about", "between"). {@code floor} is the first token the phrase may use.
     */
    static Phrase withQualifier(Tokens t, Phrase p, int floor) {
        int s = p.start();
        // "over a dozen", "at least a dozen": the article belongs to the count
        if (s - 1 >= floor && t.hash[s - 1] == H_A && t.hash[s] == H_DOZEN) s--;
        Qualifier q = p.qualifier();
        int low = p.low(), high = p.high();
        if (s - 2 >= floor && t.hash[s - 2] == H_AT && t.hash[s - 1] == H_LEAST) {
            return new Phrase(s - 2, p.end(), low, high,
                    q == Qualifier.EXACT ? Qualifier.AT_LEAST : q);
        }
        if (s - 2 >= floor && t.hash[s - 2] == H_AT && t.hash[s - 1] == H_MINIMUM) {
            return new Phrase(s - 2, p.end(), low, high, Qualifier.AT_LEAST);
        }
        if (s - 2 >= floor && t.hash[s - 2] == H_MORE && t.hash[s - 1] == H_THAN
                || s - 1 >= floor && t.hash[s - 1] == H_OVER) {
            int st = t.hash[s - 1] == H_OVER ? s - 1 : s - 2;
            // "more than 30" allows 31 at least: the conservative figure is the next integer
            return new Phrase(st, p.end(), q == Qualifier.VAGUE ? low : low + 1, Math.max(high, low + 1),
                    q == Qualifier.VAGUE ? q : Qualifier.MORE_THAN);
        }
        if (s - 2 >= floor && (t.hash[s - 2] == H_LESS || t.hash[s - 2] == H_FEWER) && t.hash[s - 1] == H_THAN
                || s - 1 >= floor && t.hash[s - 1] == H_UNDER) {
            int st = t.hash[s - 1] == H_UNDER ? s - 1 : s - 2;
            return new Phrase(st, p.end(), 0, high, Qualifier.UP_TO);
        }
        if (s - 2 >= floor && t.hash[s - 2] == H_UP && t.hash[s - 1] == H_TO) {
            return new Phrase(s - 2, p.end(), low, high, Qualifier.UP_TO);
        }
        if (s - 1 >= floor) {
            long h = t.hash[s - 1];
            if (h == H_ABOUT || h == H_AROUND || h == H_NEARLY || h == H_ALMOST || h == H_SOME || h == H_APPROX
                    || h == H_ROUGHLY || h == H_ESTIMATED) {
                return new Phrase(s - 1, p.end(), low, high, q == Qualifier.EXACT ? Qualifier.ABOUT : q);
            }
            if (h == H_BETWEEN && p.end() + 1 < t.n && t.hash[p.end()] == H_AND) {
                Phrase hi = value(t, p.end() + 1, t.n);
                if (hi != null && hi.low() > low) return new Phrase(s - 1, hi.end(), low, hi.high(), Qualifier.RANGE);
            }
        }
        return p;
    }

    static boolean isPlus(Tokens t, int i) { return i < t.n && t.hash[i] == H_PLUS; }
}
