package dev.conflictstream.aggregate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A hook on a cached store's flush: the moment the aggregate publishes what changed since the
 * last commit (incidents, tally rows), once per key per commit instead of once per event.
 *
 * <p>This is how the Kafka Streams DSL emits a cached KTable, and it is exact for the same
 * reason: the cache is flushed while a commit is prepared, inside the exactly-once
 * transaction that also carries the stores' changelogs and the input offsets, so an output row
 * is committed with the state it shows or not at all; a process killed before the commit
 * aborts both. The Processor API has no public hook for it (a punctuator runs on its own
 * schedule, so a commit could take a state whose row was never published), so this class
 * uses the same internal hook as the DSL ({@code CachedStateStore#setFlushListener}), pinned
 * by the Kafka Streams version in the build and covered by the aggregate's model, topology and
 * end-to-end tests, which read every incident and tally from the topics. The cache also flushes
 * when it evicts a key, which may happen in the middle of a record.
 */
final class FlushHook {
    private FlushHook() {}

    /** What a flush does with one row: its key, new value (null: deleted) and timestamp. */
    @FunctionalInterface
    interface RowAction<V> {
        void flushed(String key, V value, long timestamp);
    }

    /**
     * From now on {@code action} runs for each row of {@code store} as it is flushed, as the
     * processor whose {@code init} calls this, so it may forward records.
     *
     * @return false when the store is not cached (Kafka Streams drops every cache when
     *         {@code statestore.cache.max.bytes} is 0): no flush will call {@code action}
     */
    static <V> boolean install(ProcessorContext<String, SpecificRecord> context, KeyValueStore<String, V> store,
                               RowAction<V> action) {
        InternalProcessorContext<?, ?> internal = (InternalProcessorContext<?, ?>) context;
        ProcessorNode<?, ?, ?, ?> node = internal.currentNode(); // the processor being initialised
        @SuppressWarnings("unchecked")
        CachedStateStore<String, V> cached = (CachedStateStore<String, V>) store;
        return cached.setFlushListener(row -> {
            // A flush at commit runs outside any processor: act as the processor that owns the store.
            ProcessorNode<?, ?, ?, ?> previous = internal.currentNode();
            internal.setCurrentNode(node);
            try {
                action.flushed(row.key(), row.value().newValue, row.timestamp());
            } finally {
                internal.setCurrentNode(previous);
            }
        }, false);
    }
}
