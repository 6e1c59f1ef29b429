package dev.conflictstream.launcher;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when the pipeline has processed everything written so far: every Streams
 * application (consumer group) has committed, on every partition of its input topics
 * (its named sources and its own repartition topics), an offset at the end of the committed
 * data. Under exactly-once, a committed offset means its outputs are committed too, so the
 * tally topic then holds the final figures for that input.
 */
public final class ProcessingWatcher {
    private final Admin admin;
    /**
     * Partitions per topic, described once: the watcher polls every few tens of milliseconds
     * while a bench measures, and describing the topics at every poll cost the broker a metadata
     * request each time, counted in the pipeline's CPU (partition counts never change under it).
     */
    private final Map<String, Integer> partitionCounts = new HashMap<>();

    public ProcessingWatcher(Admin admin) {
        this.admin = admin;
    }

    /** Inputs of one application: the topics it reads by name, plus its repartition topics. */
    public record Application(String applicationId, List<String> sourceTopics) {}

    public boolean awaitIdle(List<Application> applications, Duration timeout) throws InterruptedException {
        return awaitIdleSince(applications, timeout, Duration.ofMillis(250)).isPresent();
    }

    /**
     * Like {@link #awaitIdle}, polling every {@code poll}; returns the {@link System#nanoTime()} at
     * which the first of the two idle checks in a row finished (when the pipeline was seen idle
     * first), or empty on timeout.
     */
    public OptionalLong awaitIdleSince(List<Application> applications, Duration timeout, Duration poll)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long idleSince = -1;
        while (System.nanoTime() < deadline) {
            if (!isIdle(applications)) {
                idleSince = -1;
            } else if (idleSince < 0) {
                idleSince = System.nanoTime();
            } else {
                return OptionalLong.of(idleSince);
            }
            Thread.sleep(poll.toMillis());
        }
        return OptionalLong.empty();
    }

    boolean isIdle(List<Application> applications) throws InterruptedException {
        try {
            Set<String> allTopics = admin.listTopics().names().get();
            for (Application application : applications) {
                Set<String> inputs = allTopics.stream()
                        .filter(topic -> application.sourceTopics().contains(topic)
                                || (topic.startsWith(application.applicationId() + "-") && topic.endsWith("-repartition")))
                        .collect(Collectors.toSet());
                if (lag(application.applicationId(), inputs) > 0) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            return false;
        }
    }

    /** Records committed to {@code topics} that {@code groupId} has not committed past yet. */
    public long lag(String groupId, Set<String> topics) throws InterruptedException, ExecutionException {
        Set<String> unknown = topics.stream().filter(topic -> !partitionCounts.containsKey(topic)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            admin.describeTopics(unknown).allTopicNames().get().forEach((name, description) ->
                    partitionCounts.put(name, description.partitions().size()));
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : topics) {
            for (int partition = 0; partition < partitionCounts.get(topic); partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
        }
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            long consumed = position == null ? 0 : position.offset();
            lag += Math.max(0, end.getValue().offset() - consumed);
        }
        return lag;
    }
}
