package dev.conflictstream.aggregate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The rows of a store as objects, for the stream thread that owns it: rows changed since the
 * last commit are read and changed in memory and written to the store (serialized, and so sent
 * to its changelog) once each per commit; the rows read most recently stay decoded, absent ones
 * included. A region's tally row changes with every incident of the region and a day's figures
 * with every report of the day; serializing them at every change and decoding them at every read
 * was a third of the aggregate's thread.
 *
 * <p>The store behind is uncached: this is its cache. Callers change a row they read only to
 * {@link #put} it back. Other readers (the query API, the gauges) read the store, which holds
 * the rows as of the last commit.
 */
final class WriteBehindRows<V> {
    private record Row<V>(V value, long timestamp) {}

    private final KeyValueStore<String, V> store;
    /** Changed rows, in the order they first changed; a null value is a deleted row. */
    private final Map<String, Row<V>> changed = new LinkedHashMap<>();
    /** Rows as the store holds them (a null value: no row), least recently read first. */
    private final LeastRecentlyUsed<String, Row<V>> clean;

    /** @param cleanRows how many unchanged rows to keep decoded (0: none) */
    WriteBehindRows(KeyValueStore<String, V> store, int cleanRows) {
        this.store = store;
        this.clean = new LeastRecentlyUsed<>(cleanRows);
    }

    /** The current row; null: none. */
    V get(String key) {
        Row<V> row = changed.get(key);
        if (row == null) {
            row = clean.get(key);
            if (row == null) {
                row = new Row<>(store.get(key), 0);
                clean.put(key, row);
            }
        }
        return row.value();
    }

    /** Row {@code key} is now {@code value} (null: deleted), caused by a record stamped {@code timestamp}. */
    void put(String key, V value, long timestamp) {
        clean.remove(key);
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
            clean.put(e.getKey(), e.getValue());
        }
        changed.clear();
    }

    @FunctionalInterface
    interface Publisher<V> {
        void publish(String key, V value, long timestamp);
    }
}
