package dev.conflictstream.aggregate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * Publishes a cached store's rows as they reach the store: once per key per commit (or when
 * the cache evicts the key), the latest value, a tombstone for a deleted row, nothing for a row
 * created and deleted within one commit. A region's tally changes with every report of the
 * region; its subscribers need the state after each commit, not each step: with a few
 * hundred events per commit, most of a hot region's updates never become records.
 *
 * <p>This is how the Kafka Streams DSL emits a cached KTable, and it is exact for the same
 * reason: the cache is flushed while a commit is prepared, inside the exactly-once
 * transaction that also carries the store's changelog and the input offsets, so an output row
 * is committed with the state it shows or not at all; a process killed before the commit
 * aborts both. The Processor API has no public hook for it (a punctuator runs on its own
 * schedule, so a commit could take a state whose row was never published), so this class
 * uses the same internal hook as the DSL ({@code CachedStateStore#setFlushListener}), pinned
 * by the Kafka Streams version in the build and covered by the aggregate's end-to-end and
 * topology tests, which read every tally from the topic.
 */
final class ForwardOnFlush {
    private ForwardOnFlush() {}

    /**
     * From now on the rows of {@code store} (of the processor whose {@code init} calls this) go
     * to {@code sink} when they are flushed, if the store is cached.
     *
     * @return false when it is not (Kafka Streams drops every cache when
     *         {@code statestore.cache.max.bytes} is 0): the caller then publishes each row as it
     *         writes it, as the DSL does for an uncached KTable
     */
    static <V extends SpecificRecord> boolean install(ProcessorContext<String, SpecificRecord> context,
                                                      KeyValueStore<String, V> store, String sink) {
        InternalProcessorContext<?, ?> internal = (InternalProcessorContext<?, ?>) context;
        ProcessorNode<?, ?, ?, ?> node = internal.currentNode(); // the processor being initialised
        @SuppressWarnings("unchecked")
        CachedStateStore<String, V> cached = (CachedStateStore<String, V>) store;
        boolean installed = cached.setFlushListener(row -> {
            // A flush at commit runs outside any processor: forward as the processor that owns the store.
            ProcessorNode<?, ?, ?, ?> previous = internal.currentNode();
            internal.setCurrentNode(node);
            try {
                context.forward(new Record<String, SpecificRecord>(row.key(), row.value().newValue, row.timestamp()), sink);
            } finally {
                internal.setCurrentNode(previous);
            }
        }, false);
        return installed;
    }
}
