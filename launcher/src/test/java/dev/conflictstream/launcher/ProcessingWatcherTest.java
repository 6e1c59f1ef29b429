package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.devstack.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that did not finish says what is left: the partitions behind and the transactions still open. */
class ProcessingWatcherTest {

    @Test
    void aBacklogNamesThePartitionsBehindAndTheOpenTransactions(@TempDir Path dataDir) throws Exception {
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("in", 2, (short) 1))).all().get();
            List<ProcessingWatcher.Application> apps = List.of(new ProcessingWatcher.Application("app", List.of("in")));
            ProcessingWatcher watcher = new ProcessingWatcher(admin);
            assertThat(watcher.backlog(apps)).as("nothing written, nothing behind").isEmpty();

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "stuck-writer"), new StringSerializer(), new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                for (int i = 0; i < 3; i++) {
                    producer.send(new ProducerRecord<>("in", 0, "k", "committed")).get();
                }
                producer.commitTransaction();
                admin.alterConsumerGroupOffsets("app", Map.of(new TopicPartition("in", 0), new OffsetAndMetadata(1))).all().get();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("in", 1, "k", "left open")).get();

                List<String> backlog = watcher.backlog(apps);
                assertThat(backlog).hasSize(2);
                assertThat(backlog.get(0)).isEqualTo("app: in-0 committed 1, committed data ends at 4, log at 4");
                assertThat(backlog.get(1)).startsWith("open transaction stuck-writer").contains("in-1");
            }
        }
    }
}
