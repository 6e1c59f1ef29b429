package dev.conflictstream.enrich;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.topic.RegionPartitioning;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * An event on its way to the events topic with the region whose partition it belongs to
 * ({@link RegionPartitioning}). A retraction (null event) still needs a region: the one its
 * event was last published under, so the tombstone lands where the aggregate holds the event.
 * Only the event is written; the region only routes.
 *
 * @param region the region code, or null when unknown (a retraction remembered by an older
 *               release): the tombstone then goes to every partition, which is harmless
 * @param event  the event, or null to retract
 */
record RoutedEvent(String region, ConflictEvent event) {

    static RoutedEvent upsert(ConflictEvent event) {
        return new RoutedEvent(RegionPartitioning.regionCode(event.getPlace()), event);
    }

    static RoutedEvent retraction(String region) {
        return new RoutedEvent(region, null);
    }

    /** Writes the event (a retraction as a tombstone); write-only. */
    static Serde<RoutedEvent> serde(Serde<ConflictEvent> events) {
        Serializer<ConflictEvent> serializer = events.serializer();
        return Serdes.serdeFrom((topic, routed) -> routed == null || routed.event() == null ? null : serializer.serialize(topic, routed.event()),
                (topic, bytes) -> {
                    throw new UnsupportedOperationException("routed events are only written");
                });
    }

    /** Sends each event to its region's partition. */
    static StreamPartitioner<String, RoutedEvent> partitioner() {
        return (topic, key, routed, partitions) -> Optional.of(routed.region() == null
                ? IntStream.range(0, partitions).boxed().collect(Collectors.toSet())
                : Set.of(RegionPartitioning.partition(routed.region(), partitions)));
    }
}
