package dev.conflictstream.schema.topic;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * One topic of the contract.
 *
 * @param name        topic name
 * @param keyDoc      what the key is (keys are Avro strings in the Confluent wire format)
 * @param valueType   Avro value class; null for the dead-letter topic, whose values are the raw bytes
 * @param partitions  partition count on a production cluster; 1 marks a topic that stays on one
 *                    partition whatever count a deployment chooses ({@link #partitionsIn})
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

    /**
     * Partition count of this topic in a deployment whose data topics have
     * {@code deploymentPartitions}: that count, or 1 for a single-partition topic.
     */
    public int partitionsIn(int deploymentPartitions) {
        if (deploymentPartitions < 1) {
            throw new IllegalArgumentException("a topic needs at least 1 partition, got " + deploymentPartitions);
        }
        return partitions == 1 ? 1 : deploymentPartitions;
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
