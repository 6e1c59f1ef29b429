package dev.conflictstream.devstack.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions a partition still holds open although their coordinator has ended them, found and
 * aborted when the embedded broker starts, before any client of it does.
 *
 * <p>Why: when the broker is killed while a transaction is being committed (coordinator state
 * PrepareCommit), the restarted coordinator finishes the commit by writing its markers, but it
 * skips every partition whose leader it cannot find at that moment ("likely deleted"), and a
 * restarted single node may not be leader of anything yet. It then records the transaction as
 * complete, and no marker ever reaches those partitions: a read_committed consumer stops at
 * their last stable offset, and a consumer group whose offsets were committed in that
 * transaction gets UNSTABLE_OFFSET_COMMIT forever (seen in the crash tests: the restarted
 * aggregate never fetched its committed offsets). Kafka's own remedy is
 * {@code kafka-transactions.sh find-hanging} and {@code abort}; this is the same, automatically.
 *
 * <p>Aborting is consistent: on one node the leader look-up fails for all of a transaction's
 * partitions at once, so none of them got a marker, and the consumer group's offsets of that
 * transaction are aborted with its outputs: the input is processed again from the offsets
 * committed before it. A transaction its coordinator still holds open (Ongoing) is left to the
 * coordinator, which aborts it at its timeout or when its producer starts again.
 */
final class HangingTransactions {
    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    /** Coordinator states in which markers are still being written: wait for them to end. */
    private static final Set<TransactionState> ENDING = EnumSet.of(TransactionState.PREPARE_COMMIT,
            TransactionState.PREPARE_ABORT, TransactionState.PREPARE_EPOCH_FENCE);

    private HangingTransactions() {}

    /** Aborts every hanging transaction; returns what was aborted. */
    static List<AbortTransactionSpec> abort(Admin admin, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                List<AbortTransactionSpec> hanging = find(admin);
                for (AbortTransactionSpec spec : hanging) {
                    admin.abortTransaction(spec).all().get();
                    LOG.warn("aborted a transaction the broker's coordinator had ended but {} still held open "
                            + "(producer {}, epoch {}): left by an unclean shutdown; its records are discarded and "
                            + "processed again", spec.topicPartition(), spec.producerId(), spec.producerEpoch());
                }
                return hanging;
            } catch (ExecutionException | StillEnding e) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("could not check the broker for hanging transactions within {}: {}", timeout, e.toString());
                    return List.of();
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * The open transactions of every partition that their coordinator does not hold open with the
     * same producer epoch. The order of the questions makes it safe while clients already write
     * (a broker restarted under running services): the partitions' ends first, then the
     * coordinator, which records a transaction as complete only after its markers are written,
     * then the partitions' open transactions. One opened before those ends and not held open by
     * the coordinator afterwards is hanging; one opened later is a client's current transaction.
     */
    static List<AbortTransactionSpec> find(Admin admin) throws ExecutionException, InterruptedException, StillEnding {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
            topic.partitions().forEach(p -> partitions.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all().get();

        Collection<TransactionListing> listings = admin.listTransactions().all().get();
        if (listings.stream().anyMatch(t -> ENDING.contains(t.state()))) {
            throw new StillEnding();
        }
        List<String> ongoingIds = listings.stream().filter(t -> t.state() == TransactionState.ONGOING)
                .map(TransactionListing::transactionalId).toList();
        Map<Long, TransactionDescription> ongoing = ongoingIds.isEmpty() ? Map.of()
                : admin.describeTransactions(ongoingIds).all().get().values().stream()
                        .collect(Collectors.toMap(TransactionDescription::producerId, Function.identity(), (a, b) -> a));

        List<AbortTransactionSpec> hanging = new ArrayList<>();
        admin.describeProducers(partitions.keySet()).all().get().forEach((partition, state) -> {
            for (ProducerState producer : state.activeProducers()) {
                TransactionDescription open = ongoing.get(producer.producerId());
                boolean heldOpen = open != null && open.producerEpoch() == producer.producerEpoch();
                boolean openedBefore = producer.currentTransactionStartOffset().isPresent()
                        && producer.currentTransactionStartOffset().getAsLong() < ends.get(partition).offset();
                if (openedBefore && !heldOpen) {
                    hanging.add(new AbortTransactionSpec(partition, producer.producerId(), (short) producer.producerEpoch(),
                            producer.coordinatorEpoch().orElse(0)));
                }
            }
        });
        return hanging;
    }

    /** The coordinator is still writing markers: what is open now may be closed in a moment. */
    static final class StillEnding extends Exception {
        StillEnding() {
            super("transactions are still being committed or aborted");
        }
    }
}
