package dev.conflictstream.launcher;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Records written to the broker between two instants, per topic: the log end offsets of every
 * partition of every topic (the contract's topics, Streams' repartition and changelog topics,
 * and the broker's own {@code __consumer_offsets} and {@code __transaction_state}) before and
 * after, subtracted. An offset is taken by every record appended, so under exactly-once the
 * figures include the transaction markers: one control record per partition a committed (or
 * aborted) transaction wrote to.
 */
final class RecordCounter {
    private final Admin admin;

    RecordCounter(Admin admin) {
        this.admin = admin;
    }

    /** Log end offset of every partition on the broker, internal topics included. */
    Map<TopicPartition, Long> endOffsets() throws InterruptedException {
        try {
            var topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((name, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get()
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list end offsets: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Records appended per topic between {@code before} and {@code after}, by topic name; a
     * partition missing from {@code before} (its topic created in between) counts from 0; topics
     * that took no records are left out.
     */
    static Map<String, Long> perTopic(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((partition, end) -> {
            long appended = end - before.getOrDefault(partition, 0L);
            if (appended > 0) {
                out.merge(partition.topic(), appended, Long::sum);
            }
        });
        return out;
    }
}
