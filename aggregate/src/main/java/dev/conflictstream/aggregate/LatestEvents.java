package dev.conflictstream.aggregate;

import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the events topic's latest record per event id in {@value AggregateTopology#CURRENT_EVENTS_STORE},
 * a store whose changelog is the events topic itself (a compacted topic keyed by event id): what
 * this processor writes and what a restore reads back from the topic up to the committed offset
 * are the same bytes, so the aggregate's state needs no changelog record per event. Every
 * record is kept, also one the aggregate drops as stale ({@link CommittedEvents} says which
 * version counts); a tombstone deletes.
 *
 * <p>Keys and values are stored as the topic's bytes (the Confluent wire format; the value as it
 * was read, {@link TopicEvent}): a restore writes them unread, and a rebuild
 * ({@link CommittedEvents}) decodes them one by one, skipping any it cannot read as the source's
 * dead-letter handler skips them while processing.
 */
final class LatestEvents implements Processor<String, TopicEvent, Void, Void> {
    private final ConfluentAvroSerde<String> keys;
    private KeyValueStore<Bytes, byte[]> store;

    LatestEvents(ConfluentAvroSerde<String> keys) {
        this.keys = keys;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(AggregateTopology.CURRENT_EVENTS_STORE);
    }

    @Override
    public void process(Record<String, TopicEvent> record) {
        if (record.key() == null) {
            return; // a compacted topic holds no record without a key; the aggregate ignores one too
        }
        store.put(Bytes.wrap(keys.serialize(record.key())), record.value() == null ? null : record.value().bytes());
    }
}
