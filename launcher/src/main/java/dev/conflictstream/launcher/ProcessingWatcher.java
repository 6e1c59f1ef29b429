package dev.conflictstream.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
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
                if (lag(application.applicationId(), inputs(application, allTopics)) > 0) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private static Set<String> inputs(Application application, Set<String> allTopics) {
        return allTopics.stream()
                .filter(topic -> application.sourceTopics().contains(topic)
                        || (topic.startsWith(application.applicationId() + "-") && topic.endsWith("-repartition")))
                .collect(Collectors.toSet());
    }

    /**
     * What is not processed yet, for an operator whose run did not finish: per application, each
     * input partition it has not committed to the end of (committed offset, end of the committed
     * data, end of the log), and the transactions still open on the broker (a producer that died
     * in one holds its readers back until the broker aborts it).
     */
    public List<String> backlog(List<Application> applications) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        try {
            Set<String> allTopics = admin.listTopics().names().get();
            for (Application application : applications) {
                Map<TopicPartition, OffsetSpec> latest = latest(inputs(application, allTopics));
                var stable = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
                var logEnd = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(application.applicationId()).partitionsToOffsetAndMetadata().get();
                for (TopicPartition partition : stable.keySet().stream()
                        .sorted(Comparator.comparing(TopicPartition::toString)).toList()) {
                    OffsetAndMetadata position = committed.get(partition);
                    long at = position == null ? 0 : position.offset();
                    if (at < stable.get(partition).offset()) {
                        lines.add(String.format("%s: %s committed %,d, committed data ends at %,d, log at %,d",
                                application.applicationId(), partition, at, stable.get(partition).offset(),
                                logEnd.get(partition).offset()));
                    }
                }
            }
            var open = admin.listTransactions(new ListTransactionsOptions().filterStates(List.of(TransactionState.ONGOING)))
                    .all().get();
            if (!open.isEmpty()) {
                var described = admin.describeTransactions(open.stream().map(TransactionListing::transactionalId).toList())
                        .all().get();
                described.forEach((id, transaction) -> lines.add(String.format(
                        "open transaction %s (producer %d, epoch %d, timeout %,d ms, started %s ago) on %s", id,
                        transaction.producerId(), transaction.producerEpoch(), transaction.transactionTimeoutMs(),
                        transaction.transactionStartTimeMs().isPresent()
                                ? Duration.ofMillis(System.currentTimeMillis() - transaction.transactionStartTimeMs().getAsLong())
                                : "?", transaction.topicPartitions())));
            }
        } catch (ExecutionException e) {
            lines.add("backlog unknown: " + e.getCause());
        }
        return lines;
    }

    /** Records committed to {@code topics} that {@code groupId} has not committed past yet. */
    public long lag(String groupId, Set<String> topics) throws InterruptedException, ExecutionException {
        var ends = admin.listOffsets(latest(topics), new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
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

    /** The latest offset of every partition of {@code topics}, to ask for. */
    private Map<TopicPartition, OffsetSpec> latest(Set<String> topics) throws InterruptedException, ExecutionException {
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
        return latest;
    }
}
