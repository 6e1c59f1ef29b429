package dev.conflictstream.aggregate.query;

import java.util.Collection;
import java.util.Set;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What the query API needs from Kafka Streams, small enough to fake in tests: whether the
 * instance is serving, its local stores, and where keys and stores live.
 */
public interface StoreAccess {

    /** True only in RUNNING: during a rebalance stores may be moving and answers could be wrong. */
    boolean isRunning();

    /**
     * The local, active copy of a store.
     *
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException while it is not queryable
     */
    <V> ReadOnlyKeyValueStore<String, V> store(String name);

    /** The instance holding the active copy of {@code key} in {@code store}. */
    HostInfo activeHost(String store, String key) throws UnavailableException;

    /** Every instance holding part of {@code store}. */
    Collection<HostInfo> hosts(String store) throws UnavailableException;

    /**
     * The partitions whose state this instance holds active copies of now. Every share of an
     * answer says which partitions it covers, so a fan-out built on a stale view of the
     * assignment (mid-rebalance) is caught instead of answered with a part missing.
     */
    Set<Integer> localPartitions();

    /** How many partitions the state is split into. */
    int partitionCount() throws UnavailableException;

    /** The partition that holds {@code key} (a store key: region first). */
    int partitionOf(String key) throws UnavailableException;

    /** Metadata not available yet (rebalance, startup), or an instance did not answer: retry shortly. */
    final class UnavailableException extends Exception {
        public UnavailableException(String message) {
            super(message);
        }

        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
