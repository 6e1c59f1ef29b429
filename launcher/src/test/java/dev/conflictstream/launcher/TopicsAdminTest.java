package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.devstack.broker.EmbeddedKafkaBroker;
import dev.conflictstream.schema.topic.TopicSpec;
import dev.conflictstream.schema.topic.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsAdminTest {

    @Test
    void createsTheContractWithTheDeploymentsCountAndNeverAltersAnExistingTopic(@TempDir Path dataDir) throws Exception {
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            TopicsAdmin.Outcome first = TopicsAdmin.ensure(admin, new TopicPartitions(2), (short) 1);
            assertThat(first.created()).containsExactlyInAnyOrderElementsOf(names());
            assertThat(first.otherPartitions()).isEmpty();
            Map<String, Integer> created = partitionCounts(admin);
            assertThat(created).containsEntry(Topics.EVENTS.name(), 2).containsEntry(Topics.DEAD_LETTERS.name(), 1);

            TopicsAdmin.Outcome again = TopicsAdmin.ensure(admin, new TopicPartitions(2), (short) 1);
            assertThat(again.created()).isEmpty();
            assertThat(again.otherPartitions()).isEmpty();

            TopicsAdmin.Outcome other = TopicsAdmin.ensure(admin, new TopicPartitions(4), (short) 1);
            assertThat(other.created()).isEmpty();
            assertThat(other.otherPartitions()).as("every data topic, with the count it keeps")
                    .containsOnlyKeys(names().stream().filter(name -> !name.equals(Topics.DEAD_LETTERS.name())).toList())
                    .allSatisfy((topic, count) -> assertThat(count).isEqualTo(2));
            assertThat(partitionCounts(admin)).isEqualTo(created);
        }
    }

    static java.util.List<String> names() {
        return Topics.ALL.stream().map(TopicSpec::name).toList();
    }

    /** Partition counts once the broker's metadata knows every topic (creation returns before it does). */
    static Map<String, Integer> partitionCounts(Admin admin) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> admin.describeTopics(names()).allTopicNames().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partitions().size())), counts -> true);
    }
}
