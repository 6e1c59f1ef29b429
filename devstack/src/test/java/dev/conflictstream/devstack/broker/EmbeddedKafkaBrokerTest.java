package dev.conflictstream.devstack.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @Test
    void keepsTopicsAndRecordsAndTheClusterIdAcrossARestart(@TempDir Path dataDir) throws Exception {
        String clusterId;
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir).start()) {
            clusterId = Files.readString(dataDir.resolve("cluster.id")).trim();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(Set.of(new NewTopic("kept", Optional.of(1), Optional.empty()))).all().get();
                assertThat(admin.describeCluster().clusterId().get()).isEqualTo(clusterId);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "k", "before restart")).get();
            }
        }

        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir).start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                assertThat(admin.describeCluster().clusterId().get()).isEqualTo(clusterId);
            }
            assertThat(readAll(broker.bootstrapServers(), "kept")).containsExactly("before restart");
        }
    }

    @Test
    void formatsItsStorageWithTransactionVersion1(@TempDir Path dataDir) throws Exception {
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            FinalizedVersionRange transactionVersion = admin.describeFeatures().featureMetadata().get()
                    .finalizedFeatures().get(EmbeddedKafkaBroker.TRANSACTION_VERSION_FEATURE);
            assertThat(transactionVersion).isNotNull();
            assertThat(transactionVersion.minVersionLevel()).isEqualTo((short) 1);
            assertThat(transactionVersion.maxVersionLevel()).isEqualTo((short) 1);
        }
    }

    private static List<String> readAll(String bootstrapServers, String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
