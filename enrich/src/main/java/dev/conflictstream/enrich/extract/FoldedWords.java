package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.NameKey;
import java.util.Arrays;

/**
 * The transliteration keys of one article's words ({@link NameKey#variantToken}, {@link NameKey#slavicToken} and
 * {@link NameKey#arabicToken}, as
 * the first word of a name and as a later one), each folded once per spelling: names ("Putin", "Donetsk") and
 * sentence-initial words come back throughout an article (a ~3 KB article has ~125 capitalised words, ~65 distinct),
 * and each start of a run of capitalised words asks for the run's later words again. A direct-mapped table by token
 * hash; a slot holds the keys of one spelling, checked against the text itself, so a slot another word takes only
 * means folding again, and every key is the one {@link NameKey} folds for that token.
 */
final class FoldedWords {
    /** a power of two */
    private static final int SLOTS = 64;
    private static final int SHIFT = 64 - Integer.numberOfTrailingZeros(SLOTS);
    /** the keys of a slot, in this order; 0: not folded yet (a key that folds to 0 is folded again, to 0) */
    private static final int FIRST_VARIANT = 0, LATER_VARIANT = 1, FIRST_SLAVIC = 2, LATER_SLAVIC = 3, FIRST_ARABIC = 4,
            LATER_ARABIC = 5, KEYS = 6;

    private final Tokens t;
    /** per slot: a token whose spelling the slot's keys are of, -1 for none */
    private final int[] token = new int[SLOTS];
    private final long[] keys = new long[SLOTS * KEYS];

    FoldedWords(Tokens t) {
        this.t = t;
        Arrays.fill(token, -1);
    }

    /** {@link NameKey#variantToken} of token k as the first word of a name ({@code later} false) or a later one. */
    long variant(int k, boolean later) {
        int s = slot(k), at = s + (later ? LATER_VARIANT : FIRST_VARIANT);
        if (keys[at] == 0) {
            // a word folded in the other place already folds alike here unless it has a fused article
            long other = keys[s + (later ? FIRST_VARIANT : LATER_VARIANT)];
            keys[at] = other != 0 && !NameKey.fusedArticle(t.text, t.start[k], t.end[k]) ? other
                    : NameKey.variantToken(t.text, t.start[k], t.end[k], later);
        }
        return keys[at];
    }

    /** {@link NameKey#slavicToken} of token k as the first word of a name ({@code later} false) or a later one. */
    long slavic(int k, boolean later) {
        long variant = variant(k, later);
        int at = slot(k) + (later ? LATER_SLAVIC : FIRST_SLAVIC);
        if (keys[at] == 0) keys[at] = NameKey.slavicToken(t.text, t.start[k], t.end[k], later, variant);
        return keys[at];
    }

    /** {@link NameKey#arabicToken} of token k as the first word of a name ({@code later} false) or a later one. */
    long arabic(int k, boolean later) {
        long variant = variant(k, later);
        int at = slot(k) + (later ? LATER_ARABIC : FIRST_ARABIC);
        if (keys[at] == 0) keys[at] = NameKey.arabicToken(t.text, t.start[k], t.end[k], later, variant);
        return keys[at];
    }

    /** The first of token k's keys in {@link #keys}: its spelling's slot, emptied for it when another spelling held it. */
    private int slot(int k) {
        int s = (int) ((t.hash[k] * 0x9E3779B97F4A7C15L) >>> SHIFT);
        int held = token[s];
        if (held != k && (held < 0 || !sameSpelling(held, k))) {
            token[s] = k;
            Arrays.fill(keys, s * KEYS, s * KEYS + KEYS, 0L);
        }
        return s * KEYS;
    }

    /** Tokens a and b are the same characters (so every key folds alike). */
    private boolean sameSpelling(int a, int b) {
        int len = t.end[a] - t.start[a];
        return t.hash[a] == t.hash[b] && t.end[b] - t.start[b] == len
                && t.text.regionMatches(t.start[a], t.text, t.start[b], len);
    }
}
