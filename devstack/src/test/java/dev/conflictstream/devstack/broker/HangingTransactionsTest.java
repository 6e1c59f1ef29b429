package dev.conflictstream.devstack.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker killed while committing a transaction, whose restarted coordinator ended it without
 * writing its markers: its partitions and the consumer group's offsets stay open for ever unless
 * the start aborts them. The data directory is the one a crash test left in that state (Kafka
 * 4.4, broker and every client killed with SIGKILL during the aggregate's commit, then restarted
 * once); the aggregate's restarted consumer waited on UNSTABLE_OFFSET_COMMIT until its timeout.
 */
class HangingTransactionsTest {
    private static final String GROUP = "conflictstream-aggregate-v2";
    private static final TopicPartition OUT = new TopicPartition("out", 0);
    private static final List<TopicPartition> INPUTS = List.of(new TopicPartition("conflict.events.v1", 0),
            new TopicPartition("conflict.events.v1", 1));

    @Test
    void aStartAbortsWhatTheCoordinatorEndedButThePartitionsStillHoldOpen(@TempDir Path dataDir) throws Exception {
        unzip("broker/hanging-transaction.zip", dataDir);

        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir.resolve("kafka")).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> stable = admin.listConsumerGroupOffsets(GROUP,
                    new ListConsumerGroupOffsetsOptions().requireStable(true)).partitionsToOffsetAndMetadata().get();
            assertThat(stable).as("the group's offsets readable again (were UNSTABLE_OFFSET_COMMIT)")
                    .containsOnlyKeys(INPUTS);
            TopicPartition output = new TopicPartition("conflict.incidents.v1", 0);
            long stableEnd = admin.listOffsets(Map.of(output, OffsetSpec.latest()),
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).partitionResult(output).get().offset();
            long logEnd = admin.listOffsets(Map.of(output, OffsetSpec.latest())).partitionResult(output).get().offset();
            assertThat(stableEnd).as("read_committed readers reach the end of the output").isEqualTo(logEnd);
            assertThat(HangingTransactions.find(admin)).as("nothing left to abort").isEmpty();
        }
    }

    @Test
    void aClientsOpenTransactionIsNotHanging(@TempDir Path dataDir) throws Exception {
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                     ProducerConfig.TRANSACTIONAL_ID_CONFIG, "live-writer"),
                     new StringSerializer(), new StringSerializer())) {
            admin.createTopics(Set.of(new NewTopic("out", Optional.of(1), Optional.empty()))).all().get();
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(OUT.topic(), "k", "v")).get();

            assertThat(HangingTransactions.abort(admin, Duration.ofSeconds(30))).as("held open by its coordinator").isEmpty();
            producer.commitTransaction(); // its markers follow: a check waits for them, then finds nothing
            assertThat(HangingTransactions.abort(admin, Duration.ofSeconds(30))).isEmpty();
            assertThat(admin.listOffsets(Map.of(OUT, OffsetSpec.latest()), new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .partitionResult(OUT).get().offset()).as("the record and its commit marker").isEqualTo(2);
        }
    }

    private static void unzip(String resource, Path into) throws IOException {
        try (InputStream in = HangingTransactionsTest.class.getClassLoader().getResourceAsStream(resource);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
