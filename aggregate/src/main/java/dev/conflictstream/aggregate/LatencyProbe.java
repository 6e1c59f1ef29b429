package dev.conflictstream.aggregate;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Passes tally changes through unchanged and records how long ago the article behind each one
 * was ingested. Every stage keeps the record time ingest stamped (the article's
 * {@code ingestedAt}; a retraction carries the time of the re-ingested article) and a table
 * reduce forwards the newest of its inputs' times, so {@code now - record time} is the
 * end-to-end latency of the update. Replayed old articles show as old: that is what they are.
 */
final class LatencyProbe<K, V> implements FixedKeyProcessor<K, V, V> {
    private final AggregateMetrics metrics;
    private FixedKeyProcessorContext<K, V> context;

    LatencyProbe(AggregateMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<K, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<K, V> record) {
        metrics.tallyUpdated(record.timestamp(), System.currentTimeMillis());
        context.forward(record);
    }
}
