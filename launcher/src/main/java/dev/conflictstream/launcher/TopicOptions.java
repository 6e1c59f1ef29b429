package dev.conflictstream.launcher;

import dev.conflictstream.runtime.Settings;
import java.util.Map;
import picocli.CommandLine.Option;

/** The flag of the commands that create the topics; unset, {@link TopicPartitions} resolves the count. */
public final class TopicOptions {
    @Option(names = "--topic-partitions", paramLabel = "N", description = "Partitions of each data topic created "
            + "(default: " + TopicPartitions.EMBEDDED_DEFAULT + " on the embedded broker, " + TopicPartitions.CLUSTER_DEFAULT
            + " on a cluster, or CONFLICTSTREAM_TOPIC_PARTITIONS); existing topics are left as they are.")
    Integer partitions;

    /** {@code settings} with the flag on top, if given. */
    Settings applyTo(Settings settings) {
        return partitions == null ? settings : settings.with(Map.of(TopicPartitions.KEY, partitions.toString()));
    }
}
