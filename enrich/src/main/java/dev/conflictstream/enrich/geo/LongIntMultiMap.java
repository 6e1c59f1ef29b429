package dev.conflictstream.enrich.geo;

import java.util.Arrays;

/**
 * Compact open-addressing map from a 64-bit key to a list of ints, frozen after building: keys in a
 * long[] table, values in one int[] pool. About 20 bytes per key, no boxing, no per-lookup allocation.
 */
final class LongIntMultiMap {
    private long[] keys;
    private int[] slotToList;
    private int[] listStart;
    private int[] listLen;
    private int[] pool;
    private int size;

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
        int cap = Integer.highestOneBit(Math.max(4, bN * 2)) << 1;
        keys = new long[cap];
        slotToList = new int[cap];
        Arrays.fill(slotToList, -1);
        int[] head = new int[bN];
        int[] tail = new int[bN];
        int[] next = new int[bN];
        int[] count = new int[bN];
        int lists = 0;
        for (int i = 0; i < bN; i++) {
            long k = bKeys[i];
            int s = slot(k, cap);
            while (slotToList[s] != -1 && keys[s] != k) s = (s + 1) & (cap - 1);
            int l = slotToList[s];
            next[i] = -1;
            if (l == -1) {
                l = lists++;
                keys[s] = k;
                slotToList[s] = l;
                head[l] = i;
                tail[l] = i;
                count[l] = 1;
            } else {
                next[tail[l]] = i;
                tail[l] = i;
                count[l]++;
            }
        }
        listStart = new int[lists];
        listLen = new int[lists];
        pool = new int[bN];
        int p = 0;
        for (int l = 0; l < lists; l++) {
            listStart[l] = p;
            for (int i = head[l]; i != -1; i = next[i]) {
                int v = bVals[i];
                boolean dup = false;
                for (int j = listStart[l]; j < p; j++) if (pool[j] == v) { dup = true; break; }
                if (!dup) pool[p++] = v;
            }
            listLen[l] = p - listStart[l];
        }
        size = lists;
        bKeys = null;
        bVals = null;
    }

    private static int slot(long k, int cap) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (cap - 1);
    }

    /** List id for a key, or -1. */
    int find(long key) {
        int cap = keys.length;
        int s = slot(key, cap);
        while (true) {
            int l = slotToList[s];
            if (l == -1) return -1;
            if (keys[s] == key) return l;
            s = (s + 1) & (cap - 1);
        }
    }

    int length(int list) { return listLen[list]; }

    int get(int list, int i) { return pool[listStart[list] + i]; }

    int size() { return size; }
}
