package dev.conflictstream.aggregate.query;

import dev.conflictstream.schema.topic.RegionPartitioning;
import dev.conflictstream.schema.topic.Topics;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@link StoreAccess} over a running {@link KafkaStreams}. Store keys are plain UTF-8 strings
 * (see AggregateTopology), so the same serializer locates a key's partition.
 *
 * <p>Takes a supplier because the HTTP port must be bound before KafkaStreams is created
 * ({@code application.server} carries the bound port); until then the instance is not running.
 */
public final class KafkaStreamsAccess implements StoreAccess {
    private static final StreamPartitioner<String, Object> BY_REGION = (topic, key, value, partitions) ->
            Optional.of(Set.of(RegionPartitioning.partition(RegionPartitioning.regionOf(key), partitions)));
    private final Supplier<KafkaStreams> supplier;

    private final IntSupplier partitions;

    /**
     * @param partitions how many partitions the events topic has (the broker's word: a view of
     *                   the assignment mid-rebalance may not show every partition)
     */
    public KafkaStreamsAccess(Supplier<KafkaStreams> streams, IntSupplier partitions) {
        this.supplier = streams;
        this.partitions = partitions;
    }

    @Override
    public boolean isRunning() {
        KafkaStreams streams = supplier.get();
        return streams != null && streams.state() == KafkaStreams.State.RUNNING;
    }

    @Override
    public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        // Active copies only (no stale standbys): an answer is current or a 503.
        return streams().store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    @Override
    public HostInfo activeHost(String store, String key) throws UnavailableException {
        // Every store key starts with its region, and events are partitioned by region
        KeyQueryMetadata metadata = streams().queryMetadataForKey(store, key, BY_REGION);
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new UnavailableException("no metadata for " + store + " yet");
        }
        return metadata.activeHost();
    }

    @Override
    public Collection<HostInfo> hosts(String store) throws UnavailableException {
        // Only instances with active partitions of the store: a standby-only instance cannot answer
        // an active-only query, and asking it would turn every fan-out into a 503.
        List<HostInfo> hosts = streams().streamsMetadataForStore(store).stream()
                .filter(m -> m.stateStoreNames().contains(store) && !m.topicPartitions().isEmpty())
                .map(StreamsMetadata::hostInfo).toList();
        if (hosts.isEmpty()) {
            throw new UnavailableException("no instance hosts " + store + " yet");
        }
        return hosts;
    }

    @Override
    public Set<Integer> localPartitions() {
        KafkaStreams streams = supplier.get();
        if (streams == null) {
            return Set.of();
        }
        Set<Integer> partitions = new TreeSet<>();
        streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks().forEach(task -> task.topicPartitions().stream()
                .filter(tp -> tp.topic().equals(Topics.EVENTS.name())).forEach(tp -> partitions.add(tp.partition()))));
        return partitions;
    }

    @Override
    public int partitionCount() throws UnavailableException {
        try {
            return partitions.getAsInt();
        } catch (RuntimeException e) {
            throw new UnavailableException("partition count of " + Topics.EVENTS.name() + " unknown: " + e.getMessage(), e);
        }
    }

    @Override
    public int partitionOf(String key) throws UnavailableException {
        return RegionPartitioning.partition(RegionPartitioning.regionOf(key), partitionCount());
    }

    private KafkaStreams streams() throws org.apache.kafka.streams.errors.InvalidStateStoreException {
        KafkaStreams streams = supplier.get();
        if (streams == null) {
            throw new org.apache.kafka.streams.errors.InvalidStateStoreException("streams not created yet");
        }
        return streams;
    }
}
