package dev.conflictstream.aggregate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The rows of a store that changed since the last commit, kept as objects: read and changed in
 * memory, written to the store (serialized, and so sent to its changelog) and published once
 * each per commit. A region's tally row changes with every incident of the region; serializing it
 * at every change was a tenth of the aggregate's thread.
 *
 * <p>The store behind is uncached: this map is its cache. Only the stream thread that owns it
 * reads it; other readers (the query API, the gauges) read the store, which holds the rows as of
 * the last commit.
 */
final class WriteBehindRows<V> {
    private record Row<V>(V value, long timestamp) {}

    private final KeyValueStore<String, V> store;
    /** Changed rows, in the order they first changed; a null value is a deleted row. */
    private final Map<String, Row<V>> changed = new LinkedHashMap<>();

    WriteBehindRows(KeyValueStore<String, V> store) {
        this.store = store;
    }

    /** The current row: the changed one, else the store's (a fresh copy the caller may change and {@link #put}); null: none. */
    V get(String key) {
        Row<V> row = changed.get(key);
        return row != null ? row.value() : store.get(key);
    }

    /** Row {@code key} is now {@code value} (null: deleted), caused by a record stamped {@code timestamp}. */
    void put(String key, V value, long timestamp) {
        changed.put(key, new Row<>(value, timestamp));
    }

    /** Rows changed and not yet written. */
    int size() {
        return changed.size();
    }

    /** Writes every changed row to the store and hands it to {@code publisher}, in the order they first changed. */
    void flush(Publisher<V> publisher) {
        for (Map.Entry<String, Row<V>> e : changed.entrySet()) {
            V value = e.getValue().value();
            if (value == null) {
                store.delete(e.getKey());
            } else {
                store.put(e.getKey(), value);
            }
            publisher.publish(e.getKey(), value, e.getValue().timestamp());
        }
        changed.clear();
    }

    @FunctionalInterface
    interface Publisher<V> {
        void publish(String key, V value, long timestamp);
    }
}
