package dev.conflictstream.launcher;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Rewinds a stopped Streams application on one of its input topics, as Kafka's application
 * reset tool does, through the Admin API: to the beginning, or to the first record at or
 * after a time. It refuses while the application has live members, because a running
 * instance would overwrite the rewound offsets on its next commit.
 *
 * <p>Why rewinding enrich alone is a complete replay: events are upserts keyed by
 * deterministic ids, and the aggregate is a KTable aggregation with adder and subtractor, so
 * each re-emitted event first subtracts the figures it contributed before, then adds its new
 * ones. The tallies end exactly as if every article had been processed once by the current
 * extractor, however many times it is replayed.
 */
public final class Replay {
    private final Admin admin;

    public Replay(Admin admin) {
        this.admin = admin;
    }

    /** Thrown when the application is still running. */
    public static final class ApplicationRunning extends RuntimeException {
        ApplicationRunning(String message) {
            super(message);
        }
    }

    /**
     * @param from null for the beginning of the topic
     * @return the partitions rewound, with their new offsets
     */
    public Map<TopicPartition, Long> rewind(String applicationId, String topic, Instant from)
            throws InterruptedException, ExecutionException {
        ConsumerGroupDescription group = admin.describeConsumerGroups(java.util.List.of(applicationId))
                .describedGroups().get(applicationId).get();
        if (!group.members().isEmpty()) {
            throw new ApplicationRunning("application " + applicationId + " is running (" + group.members().size()
                    + " members); stop every instance before replaying");
        }
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> specs.put(new TopicPartition(topic, p.partition()),
                        from == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(from.toEpochMilli())));
        Map<TopicPartition, OffsetAndMetadata> target = new HashMap<>();
        Map<TopicPartition, Long> result = new HashMap<>();
        var offsets = admin.listOffsets(specs).all().get();
        var ends = from == null ? null : admin.listOffsets(latest(specs)).all().get();
        offsets.forEach((partition, info) -> {
            // forTimestamp gives -1 when no record is that recent: nothing to replay there.
            long offset = info.offset() >= 0 ? info.offset() : ends.get(partition).offset();
            target.put(partition, new OffsetAndMetadata(offset));
            result.put(partition, offset);
        });
        admin.alterConsumerGroupOffsets(applicationId, target).all().get();
        return result;
    }

    private static Map<TopicPartition, OffsetSpec> latest(Map<TopicPartition, OffsetSpec> specs) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        specs.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        return latest;
    }
}
