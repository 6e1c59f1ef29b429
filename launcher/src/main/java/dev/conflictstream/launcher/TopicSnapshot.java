package dev.conflictstream.launcher;

import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.TopicSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import dev.conflictstream.runtime.KafkaConnection;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current content of a compacted topic as a consumer sees it: read from the beginning
 * to the end of its committed data, latest value per key, tombstones removing keys. This is
 * how a downstream subscriber rebuilds the tallies; the run command prints its table this way.
 * A record that does not decode (not our wire format) is skipped with a warning, as the
 * services skip it to the dead-letter topic.
 */
public final class TopicSnapshot {
    private static final Logger log = LoggerFactory.getLogger(TopicSnapshot.class);

    private TopicSnapshot() {}

    public static <V extends SpecificRecord> Map<String, V> read(String bootstrapServers, TopicSpec topic, TopicSerdes serdes) {
        return read(new KafkaConnection(bootstrapServers, null), topic, serdes);
    }

    /** Reads through {@code connection}, with its client properties (a secured cluster). */
    public static <V extends SpecificRecord> Map<String, V> read(KafkaConnection connection, TopicSpec topic, TopicSerdes serdes) {
        Properties props = new Properties();
        props.putAll(connection.clientConfig());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "snapshot-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var keys = serdes.key(topic);
        var values = serdes.<V>value(topic);
        Map<String, V> latest = new LinkedHashMap<>();
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    String key;
                    V value;
                    try {
                        key = keys.deserialize(record.key());
                        value = values.deserialize(record.value());
                    } catch (SerializationException e) {
                        // Someone wrote a poison record (the services dead-letter it); a reader skips it too.
                        log.warn("{}-{}@{} skipped: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
                        continue;
                    }
                    if (value == null) {
                        latest.remove(key);
                    } else {
                        latest.put(key, value);
                    }
                }
            }
        }
        return latest;
    }
}
