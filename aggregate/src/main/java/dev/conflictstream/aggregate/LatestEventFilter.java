package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops a stale version of an event that arrives after a newer one (out-of-order corrections:
 * two enrich runs racing, a producer retry, a partial replay). Keeps, per event id, the time of
 * the newest version seen: the source article's ingest time for an event, the record timestamp
 * for a tombstone (enrich stamps a retraction with the time of the article that caused it).
 * Equal times pass, so replaying the same events is an idempotent update, not a drop.
 *
 * <p>Without this, the events table would be "last offset wins" and a late stale copy would
 * silently undo a correction.
 */
final class LatestEventFilter implements FixedKeyProcessor<String, ConflictEvent, ConflictEvent> {
    private final String storeName;
    private final AggregateMetrics metrics;
    private FixedKeyProcessorContext<String, ConflictEvent> context;
    private KeyValueStore<String, Long> newestSeen;

    LatestEventFilter(String storeName, AggregateMetrics metrics) {
        this.storeName = storeName;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ConflictEvent> context) {
        this.context = context;
        this.newestSeen = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, ConflictEvent> record) {
        if (record.key() == null) {
            return; // a table needs a key; nothing to upsert or retract
        }
        ConflictEvent event = record.value();
        long version = event == null ? record.timestamp() : event.getIngestedAt().toEpochMilli();
        Long newest = newestSeen.get(record.key());
        if (newest != null && version < newest) {
            metrics.staleVersionDropped();
            return; // stale: a newer version of this event was already applied
        }
        newestSeen.put(record.key(), newest == null ? version : Math.max(version, newest));
        if (event == null) {
            metrics.retractionApplied();
        }
        context.forward(record);
    }
}
