package dev.conflictstream.enrich.geo;

import java.util.Arrays;

/**
 * Compact open-addressing map from a 64-bit key to a list of ints, frozen after building: each slot holds
 * its key and its list id side by side in one long[] (one cache line per probe), values in one int[] pool.
 * A list id is where its list starts in the pool: its length, then its values, so reading a key's list after the
 * probe is one more cache miss, not three (a table of starts, one of lengths, then the pool).
 * About 30 bytes per key, no boxing, no per-lookup allocation.
 *
 * <p>A blocked Bloom filter in front of the table ({@value #FILTER_BITS_PER_KEY} bits per key, two bits in one
 * 64-bit word) answers most lookups of absent keys from an array small enough to stay in the L2 cache (1 MB for
 * the gazetteer's 500k names), so a miss costs no probe of the table, which is too large for any cache near
 * the core. Most lookups of a text's n-grams are misses. The filter never rejects a key of the map.
 */
final class LongIntMultiMap {
    /** slot s: key at 2s, list id + 1 at 2s + 1 (0 = empty) */
    private long[] table;
    /** each list as its length and then its values; a list id is the index of its length */
    private int[] pool;
    private int size;
    private KeyFilter filter;

    static final int FILTER_BITS_PER_KEY = 16;

    // building state
    private long[] bKeys = new long[1024];
    private int[] bVals = new int[1024];
    private int bN;

    void add(long key, int value) {
        if (bN == bKeys.length) {
            bKeys = Arrays.copyOf(bKeys, bN * 2);
            bVals = Arrays.copyOf(bVals, bN * 2);
        }
        bKeys[bN] = key;
        bVals[bN] = value;
        bN++;
    }

    /** Freezes the map; duplicate (key, value) pairs are kept once, values keep insertion order. */
    void freeze() {
        int cap = Integer.highestOneBit(Math.max(4, bN)) << 1; // at most half full: keys <= postings
        table = new long[2 * cap];
        int[] head = new int[bN];
        int[] tail = new int[bN];
        int[] next = new int[bN];
        int[] count = new int[bN];
        int lists = 0;
        for (int i = 0; i < bN; i++) {
            long k = bKeys[i];
            int s = slot(k, cap);
            while (table[2 * s + 1] != 0 && table[2 * s] != k) s = (s + 1) & (cap - 1);
            next[i] = -1;
            if (table[2 * s + 1] == 0) {
                int l = lists++;
                table[2 * s] = k;
                table[2 * s + 1] = l + 1;
                head[l] = i;
                tail[l] = i;
                count[l] = 1;
            } else {
                int l = (int) table[2 * s + 1] - 1;
                next[tail[l]] = i;
                tail[l] = i;
                count[l]++;
            }
        }
        int[] listStart = new int[lists];
        int[] built = new int[bN + lists];
        int p = 0;
        for (int l = 0; l < lists; l++) {
            listStart[l] = p++;
            for (int i = head[l]; i != -1; i = next[i]) {
                int v = bVals[i];
                boolean dup = false;
                for (int j = listStart[l] + 1; j < p; j++) if (built[j] == v) { dup = true; break; }
                if (!dup) built[p++] = v;
            }
            built[listStart[l]] = p - listStart[l] - 1;
        }
        pool = Arrays.copyOf(built, p);
        for (int s = 0; s < cap; s++) {
            if (table[2 * s + 1] != 0) table[2 * s + 1] = listStart[(int) table[2 * s + 1] - 1] + 1;
        }
        size = lists;
        filter = new KeyFilter(lists, FILTER_BITS_PER_KEY);
        for (int s = 0; s < cap; s++) {
            if (table[2 * s + 1] != 0) filter.add(table[2 * s]);
        }
        bKeys = null;
        bVals = null;
    }

    private static int slot(long k, int cap) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (cap - 1);
    }

    /** False only for a key the map does not hold (a Bloom filter: true may still be a miss). */
    boolean mayContain(long key) {
        return filter.mayContain(key);
    }

    /** List id for a key, or -1. */
    int find(long key) {
        if (!mayContain(key)) return -1;
        int cap = table.length >> 1;
        int s = slot(key, cap);
        while (true) {
            long l = table[2 * s + 1];
            if (l == 0) return -1;
            if (table[2 * s] == key) return (int) l - 1;
            s = (s + 1) & (cap - 1);
        }
    }

    int length(int list) { return pool[list]; }

    int get(int list, int i) { return pool[list + 1 + i]; }

    int size() { return size; }
}
