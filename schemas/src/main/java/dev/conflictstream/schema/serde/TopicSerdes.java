package dev.conflictstream.schema.serde;

import dev.conflictstream.schema.topic.TopicSpec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Key and value serdes of each topic of the contract, all through one registry client. */
public final class TopicSerdes {
    private final SchemaRegistryClient registry;

    public TopicSerdes(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    public SchemaRegistryClient registry() {
        return registry;
    }

    /** Keys are Avro strings registered under {@code <topic>-key}. */
    public ConfluentAvroSerde<String> key(TopicSpec topic) {
        return ConfluentAvroSerde.forString(registry, topic.keySubject());
    }

    /** Values are the topic's Avro record registered under {@code <topic>-value}. */
    @SuppressWarnings("unchecked")
    public <T extends SpecificRecord> ConfluentAvroSerde<T> value(TopicSpec topic) {
        if (topic.valueType() == null) {
            throw new IllegalArgumentException(topic.name() + " has no Avro value type");
        }
        return ConfluentAvroSerde.forRecord(registry, topic.valueSubject(), (Class<T>) topic.valueType());
    }

    /** Serde for a record type that is not a topic value, e.g. a state store's value. */
    public <T extends SpecificRecord> Serde<T> internal(String subject, Class<T> type) {
        return ConfluentAvroSerde.forRecord(registry, subject, type);
    }
}
