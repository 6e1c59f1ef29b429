package dev.conflictstream.enrich.extract;

import java.util.function.LongToIntFunction;

/**
 * One article's answers from a gazetteer index ({@code Gazetteer.find} or {@code findVariant}), kept in a small
 * direct-mapped table by name key. An article looks the same n-grams up again and again (about 190 exact lookups
 * of 115 distinct keys per article of the bench corpus: "Ukraine", a sentence-initial "The", a person's name run),
 * and each lookup that passes the index's Bloom filter is a cache miss in a table of many megabytes. A slot taken
 * by another key only means asking the index again, so every answer is the index's own.
 */
final class NameLookups {
    private final LongToIntFunction index;
    private final int shift;
    private final long[] keys;
    /** the answer + 2 (the index answers -1 for an absent key); 0: an empty slot */
    private final int[] answers;

    /** {@code slots}: a power of two. */
    NameLookups(LongToIntFunction index, int slots) {
        this.index = index;
        this.shift = 64 - Integer.numberOfTrailingZeros(slots);
        keys = new long[slots];
        answers = new int[slots];
    }

    /** The index's answer for {@code key}: a posting list id, or -1. */
    int find(long key) {
        int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        if (answers[s] != 0 && keys[s] == key) return answers[s] - 2;
        int answer = index.applyAsInt(key);
        keys[s] = key;
        answers[s] = answer + 2;
        return answer;
    }
}
