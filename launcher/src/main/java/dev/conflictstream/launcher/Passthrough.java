package dev.conflictstream.launcher;

import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.StreamsApp;
import dev.conflictstream.runtime.StreamsServiceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling the pipeline is measured against: a one-hop Kafka Streams copy topology with the
 * services' own Streams settings ({@link StreamsApp#commonProperties}: exactly_once_v2, producer
 * and consumer tuning; the commit interval the services use through a backlog, which the copy's
 * input is, {@link dev.conflictstream.runtime.CommitPacing}) and byte-array serdes, so it costs
 * what one exactly-once hop costs on this broker and no more.
 *
 * <p>A copy of the few thousand bench articles would take well under a second, mostly start-up
 * and commit waits; so the articles' records (the same bytes, keys and partitions, cycled) are
 * first written to a scratch input topic up to {@code records}, and the copy is timed in steady
 * state: from the first commit of the copy's consumer group to the commit of the last record,
 * counting the records committed in between.
 */
final class Passthrough {
    static final String APPLICATION_ID = "conflictstream-bench-passthrough";
    static final String INPUT_TOPIC = "bench.passthrough-in";
    static final String OUTPUT_TOPIC = "bench.passthrough-out";
    private static final Duration POLL = Duration.ofMillis(50);

    /** {@code records} committed by the copy in {@code seconds}, between its first and its last commit. */
    record Result(long records, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    private Passthrough() {}

    static Topology topology(String input, String output) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-source"))
                .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-sink"));
        return builder.build();
    }

    /**
     * Fills the scratch input with {@code records} records of {@code source} (cycled), then copies it
     * once with the passthrough topology; empty if the copy did not finish within {@code timeout}.
     */
    static Optional<Result> run(Admin admin, KafkaConnection connection, Properties producerProperties, String source,
                                int records, Path stateDir, Duration timeout) throws InterruptedException, ExecutionException {
        int partitions = admin.describeTopics(List.of(source)).allTopicNames().get().get(source).partitions().size();
        admin.createTopics(List.of(new NewTopic(INPUT_TOPIC, partitions, (short) 1),
                new NewTopic(OUTPUT_TOPIC, partitions, (short) 1))).all().get();
        fill(connection, producerProperties, source, partitions, records);

        Properties props = StreamsApp.commonProperties(connection, APPLICATION_ID);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(StreamsServiceConfig.DEFAULT_COMMIT_BACKLOG_INTERVAL_MS));
        try (KafkaStreams streams = new KafkaStreams(topology(INPUT_TOPIC, OUTPUT_TOPIC), props)) {
            streams.start();
            Optional<Result> result = timeCopy(admin, records, timeout);
            streams.close(Duration.ofSeconds(30));
            streams.cleanUp();
            return result;
        }
    }

    /** Polls the copy's committed offsets: first commit seen -> everything committed. */
    private static Optional<Result> timeCopy(Admin admin, long total, Duration timeout)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long firstNanos = -1;
        long firstCommitted = 0;
        while (System.nanoTime() < deadline) {
            long committed = committed(admin);
            long now = System.nanoTime();
            if (firstNanos < 0 && committed > 0) {
                firstNanos = now;
                firstCommitted = committed;
            }
            if (committed >= total) {
                return committed > firstCommitted
                        ? Optional.of(new Result(committed - firstCommitted, (now - firstNanos) / 1e9))
                        : Optional.empty(); // all in one commit: too few records to time
            }
            Thread.sleep(POLL.toMillis());
        }
        return Optional.empty();
    }

    private static long committed(Admin admin) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> offsets =
                admin.listConsumerGroupOffsets(APPLICATION_ID).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(INPUT_TOPIC) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    /**
     * The fill's producer: one request in flight per connection. Under load (average 5-15) the
     * idempotent producer's five in-flight batches to one partition sometimes came back as
     * OutOfOrderSequenceException again and again until they expired, and the bench ended without
     * its table; the fill's speed is not measured.
     */
    private static Properties oneRequestInFlight(Properties producerProperties) {
        Properties props = new Properties();
        props.putAll(producerProperties);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return props;
    }

    /** Writes {@code records} records of {@code source} to the scratch input, same key, value and partition, cycling. */
    private static void fill(KafkaConnection connection, Properties producerProperties, String source, int partitions, int records) {
        Properties consumerProps = new Properties();
        consumerProps.putAll(connection.clientConfig());
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<TopicPartition> sourcePartitions = IntStream.range(0, partitions)
                .mapToObj(p -> new TopicPartition(source, p)).toList();
        try (var consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<>(oneRequestInFlight(producerProperties), new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            consumer.assign(sourcePartitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(sourcePartitions);
            if (ends.values().stream().mapToLong(Long::longValue).sum() == 0) {
                throw new IllegalStateException(source + " is empty: nothing to copy");
            }
            consumer.seekToBeginning(sourcePartitions);
            AtomicReference<Exception> failure = new AtomicReference<>();
            int sent = 0;
            while (sent < records) {
                for (var r : consumer.poll(POLL)) {
                    if (sent++ < records) {
                        producer.send(new ProducerRecord<>(INPUT_TOPIC, r.partition(), r.timestamp(), r.key(), r.value()),
                                (metadata, e) -> {
                                    if (e != null) {
                                        failure.compareAndSet(null, e);
                                    }
                                });
                    }
                }
                if (sourcePartitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                    consumer.seekToBeginning(sourcePartitions);
                }
            }
            producer.flush();
            if (failure.get() != null) {
                throw new IllegalStateException("cannot fill " + INPUT_TOPIC + ": " + failure.get(), failure.get());
            }
        }
    }
}
