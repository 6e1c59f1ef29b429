package dev.conflictstream.enrich.extract;

import java.util.Arrays;

/**
 * Small open-addressing map long -> int (missing = 0) for word-class lookups by token hash, no boxing.
 *
 * <p>Most lookups are misses (a rule asks every token of a sentence whether it is one of a few dozen words), so
 * the table is kept at most a quarter full, where a miss nearly always ends at its first slot, and a slot holds
 * its key and value side by side (one cache line per probe).
 */
final class LongIntMap {
    /** slot s: key at 2s, value at 2s + 1 (0 = empty). Starts at 64 slots (1 KB): PlaceFinder makes one per
     *  article for the few surnames it meets; the word lists grow theirs once, when the class loads. */
    private long[] table = new long[2 * 64];
    private int size;

    void or(long key, int bits) {
        orLong(key, bits & 0xFFFFFFFFL);
    }

    /** As {@link #or} with a 64-bit value, read back by {@link #getLong} ({@link TokenWords}). */
    void orLong(long key, long bits) {
        int s = insertSlot(key);
        table[2 * s + 1] |= bits;
    }

    void put(long key, int value) {
        int s = insertSlot(key);
        table[2 * s + 1] = value & 0xFFFFFFFFL;
    }

    /** The slot of a key, claimed for it if it is new (its value still 0); grows the table first if needed. */
    private int insertSlot(long key) {
        if (size * 4 >= capacity()) grow();
        int mask = capacity() - 1;
        int s = slot(key, capacity());
        while (table[2 * s + 1] != 0 && table[2 * s] != key) s = (s + 1) & mask;
        if (table[2 * s + 1] == 0) size++;
        table[2 * s] = key;
        return s;
    }

    int get(long key) {
        return (int) getLong(key);
    }

    /** The whole 64-bit value of a key ({@link #orLong}), 0 if missing. */
    long getLong(long key) {
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        int s = slot(key, t.length >> 1);
        while (true) {
            long v = t[2 * s + 1];
            if (v == 0) return 0;
            if (t[2 * s] == key) return v;
            s = (s + 1) & mask;
        }
    }

    /** Every key whose value is not 0 (exactly the keys {@code get} finds), in table order. */
    void forEachKey(java.util.function.LongConsumer action) {
        for (int s = 0; s < table.length; s += 2) if (table[s + 1] != 0) action.accept(table[s]);
    }

    private int capacity() { return table.length >> 1; }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (int s = 0; s < old.length; s += 2) if (old[s + 1] != 0) orLong(old[s], old[s + 1]);
    }

    private static int slot(long k, int cap) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> 40) & (cap - 1);
    }

    /** A word set: each word's hash mapped to 1, for {@code get(h) != 0} membership tests. */
    static LongIntMap words(String... words) {
        LongIntMap m = new LongIntMap();
        for (String w : words) m.put(h(w), 1);
        return m;
    }

    static long h(String word) {
        return dev.conflictstream.enrich.geo.NameKey.of(word);
    }

    @Override
    public String toString() {
        return "LongIntMap" + Arrays.toString(new int[] {size});
    }
}
