package dev.conflictstream.enrich.extract;

/**
 * At most {@link #CAPACITY} name keys with an int each, for the article-wide place rules that remember a few names
 * (qualified towns, counties): 100 bytes instead of a hash map's kilobyte, and a bounded scan per look-up, so a text
 * repeating one name 50,000 times stays linear. Names past the capacity are not remembered.
 */
final class FewNames {
    static final int CAPACITY = 8;
    private final long[] keys = new long[CAPACITY];
    private final int[] values = new int[CAPACITY];
    private int n;

    /** The value of {@code key}, or 0. */
    int get(long key) {
        for (int i = 0; i < n; i++) if (keys[i] == key) return values[i];
        return 0;
    }

    /** Sets the value of {@code key}; returns false when the key is new and the table is full. */
    boolean put(long key, int value) {
        for (int i = 0; i < n; i++) {
            if (keys[i] == key) {
                values[i] = value;
                return true;
            }
        }
        if (n == CAPACITY) return false;
        keys[n] = key;
        values[n++] = value;
        return true;
    }

    int size() {
        return n;
    }

    /** The value of the i-th key remembered. */
    int value(int i) {
        return values[i];
    }
}
