package dev.conflictstream.schema.topic;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * One topic of the contract.
 *
 * @param name        topic name
 * @param keyDoc      what the key is (keys are Avro strings in the Confluent wire format)
 * @param valueType   Avro value class; null for the dead-letter topic, whose values are the raw bytes
 * @param partitions  partition count the topic is created with
 * @param cleanup     cleanup policy
 * @param producers   who writes it
 * @param consumers   who reads it
 */
public record TopicSpec(String name, String keyDoc, Class<? extends SpecificRecord> valueType,
                        int partitions, Cleanup cleanup, String producers, String consumers) {

    public enum Cleanup {
        COMPACT("compact"), DELETE("delete");

        private final String policy;

        Cleanup(String policy) {
            this.policy = policy;
        }

        public String policy() {
            return policy;
        }
    }

    /** Topic-level configs to create the topic with. */
    public Map<String, String> configs() {
        return Map.of("cleanup.policy", cleanup.policy());
    }

    /** Confluent TopicNameStrategy subjects. */
    public String keySubject() {
        return name + "-key";
    }

    public String valueSubject() {
        return name + "-value";
    }

    @Override
    public String toString() {
        return name;
    }
}
