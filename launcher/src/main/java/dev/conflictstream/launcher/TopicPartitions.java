package dev.conflictstream.launcher;

import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.topic.TopicSpec;
import dev.conflictstream.schema.topic.Topics;

/**
 * How many partitions this deployment creates the data topics of the contract with: the
 * setting {@code topic.partitions} ({@code --topic-partitions}, {@code -Dconflictstream.topic.partitions},
 * {@code CONFLICTSTREAM_TOPIC_PARTITIONS}), else a default that fits where the broker runs.
 * The dead-letter topic keeps its single partition.
 *
 * <p>The embedded broker shares 2 cores with enrich and aggregate, and every exactly-once
 * transaction adds a marker to each partition it wrote: few partitions mean fewer markers per
 * commit and no transaction-v2 retry storms, and one process gains nothing from more. A
 * cluster gets {@link Topics#DEFAULT_PARTITIONS}, the headroom for several enrich and aggregate
 * instances. See docs/operations.md, "Topic partitions".
 *
 * @param count partitions of each data topic
 */
public record TopicPartitions(int count) {
    public static final String KEY = "topic.partitions";
    /** The one-process run, the benchmark and the tests, on the embedded broker. */
    public static final int EMBEDDED_DEFAULT = 2;
    /** create-topics and a run against an external cluster. */
    public static final int CLUSTER_DEFAULT = Topics.DEFAULT_PARTITIONS;

    public TopicPartitions {
        if (count < 1) {
            throw new IllegalArgumentException("setting " + KEY + " must be at least 1, got " + count);
        }
    }

    /** The configured count, else the default for an embedded broker or for an external cluster. */
    public static TopicPartitions from(Settings settings, boolean embeddedBroker) {
        return new TopicPartitions(settings.getInt(KEY, embeddedBroker ? EMBEDDED_DEFAULT : CLUSTER_DEFAULT));
    }

    /** Partitions to create {@code topic} with. */
    public int of(TopicSpec topic) {
        return topic.partitionsIn(count);
    }
}
