package dev.conflictstream.aggregate;

import dev.conflictstream.schema.Report;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The {@value AggregateTopology#REPORTS_STORE} store with the reports written or read most
 * recently kept decoded, for the stream thread that owns it. An incident published at a commit
 * carries its latest reports, which are nearly always the ones written since the last commit;
 * reading them back from the store decoded each again (a twentieth of the aggregate's thread).
 * Writes go through to the store at once (its changelog is per event anyway), so the store and
 * the cache never disagree.
 */
final class RecentReports {
    private final KeyValueStore<String, Report> store;
    private final LeastRecentlyUsed<String, Report> decoded;

    /** @param capacity how many reports to keep decoded */
    RecentReports(KeyValueStore<String, Report> store, int capacity) {
        this.store = store;
        this.decoded = new LeastRecentlyUsed<>(capacity);
    }

    /** The report stored under {@code key}; null: none. */
    Report get(String key) {
        Report report = decoded.get(key);
        if (report == null) {
            report = store.get(key);
            if (report != null) {
                decoded.put(key, report);
            }
        }
        return report;
    }

    void put(String key, Report report) {
        store.put(key, report);
        decoded.put(key, report);
    }

    void delete(String key) {
        store.delete(key);
        decoded.remove(key);
    }

    /** The store itself, for range scans (which see every write at once). */
    KeyValueStore<String, Report> store() {
        return store;
    }
}
