package dev.conflictstream.enrich.extract;

import java.util.Arrays;

/** Small open-addressing map long -> int (missing = 0) for word-class lookups by token hash, no boxing. */
final class LongIntMap {
    private long[] keys = new long[256];
    private int[] vals = new int[256];
    private int size;

    void or(long key, int bits) {
        if (size * 2 >= keys.length) grow();
        int s = slot(key, keys.length);
        while (vals[s] != 0 && keys[s] != key) s = (s + 1) & (keys.length - 1);
        if (vals[s] == 0) size++;
        keys[s] = key;
        vals[s] |= bits;
    }

    void put(long key, int value) {
        if (size * 2 >= keys.length) grow();
        int s = slot(key, keys.length);
        while (vals[s] != 0 && keys[s] != key) s = (s + 1) & (keys.length - 1);
        if (vals[s] == 0) size++;
        keys[s] = key;
        vals[s] = value;
    }

    int get(long key) {
        int s = slot(key, keys.length);
        while (true) {
            int v = vals[s];
            if (v == 0) return 0;
            if (keys[s] == key) return v;
            s = (s + 1) & (keys.length - 1);
        }
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ov[i] != 0) put(ok[i], ov[i]);
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
