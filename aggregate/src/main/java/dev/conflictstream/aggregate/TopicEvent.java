package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * An event as the aggregate reads it from the events topic: decoded, with the bytes it was
 * decoded from, which {@link LatestEvents} keeps as they are (encoding the event again cost a
 * twenty-fifth of the aggregate's thread).
 *
 * @param event the decoded value
 * @param bytes the record's value, in the Confluent wire format
 */
record TopicEvent(ConflictEvent event, byte[] bytes) {

    /** Decodes a value of the events topic; a tombstone stays null. */
    static Deserializer<TopicEvent> deserializer(ConfluentAvroSerde<ConflictEvent> values) {
        return (topic, bytes) -> bytes == null ? null : new TopicEvent(values.deserialize(bytes), bytes);
    }
}
