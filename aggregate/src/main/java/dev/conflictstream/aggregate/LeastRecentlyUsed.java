package dev.conflictstream.aggregate;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map of at most {@code capacity} entries that drops the one read or written least recently. */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    LeastRecentlyUsed(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
