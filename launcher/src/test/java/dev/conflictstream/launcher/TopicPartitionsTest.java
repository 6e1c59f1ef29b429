package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.topic.Topics;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TopicPartitionsTest {
    static final Settings NOTHING_SET = new Settings(Map.of(), new Properties(), Map.of());

    @Test
    void theEmbeddedBrokerDefaultsToTwoPartitions() {
        assertThat(TopicPartitions.from(NOTHING_SET, true).count()).isEqualTo(2);
    }

    @Test
    void aClusterDefaultsToTheContractsProductionCount() {
        assertThat(TopicPartitions.from(NOTHING_SET, false).count()).isEqualTo(Topics.DEFAULT_PARTITIONS).isEqualTo(6);
    }

    @Test
    void theEnvironmentOverridesBothDefaults() {
        Settings settings = new Settings(Map.of(), new Properties(), Map.of("CONFLICTSTREAM_TOPIC_PARTITIONS", "4"));
        assertThat(TopicPartitions.from(settings, true).count()).isEqualTo(4);
        assertThat(TopicPartitions.from(settings, false).count()).isEqualTo(4);
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentAndAFlagOverBoth() {
        Properties system = new Properties();
        system.setProperty("conflictstream.topic.partitions", "3");
        Settings settings = new Settings(Map.of(), system, Map.of("CONFLICTSTREAM_TOPIC_PARTITIONS", "4"));
        assertThat(TopicPartitions.from(settings, true).count()).isEqualTo(3);
        assertThat(TopicPartitions.from(flag(settings, "--topic-partitions", "8"), true).count()).isEqualTo(8);
    }

    @Test
    void withoutTheFlagTheLayeredSettingsDecide() {
        assertThat(TopicPartitions.from(flag(NOTHING_SET), true).count()).isEqualTo(TopicPartitions.EMBEDDED_DEFAULT);
    }

    @Test
    void dataTopicsTakeTheDeploymentsCountAndDeadLettersStayOnOnePartition() {
        TopicPartitions partitions = new TopicPartitions(3);
        Topics.ALL.stream().filter(topic -> topic != Topics.DEAD_LETTERS)
                .forEach(topic -> assertThat(partitions.of(topic)).as(topic.name()).isEqualTo(3));
        assertThat(partitions.of(Topics.DEAD_LETTERS)).isEqualTo(1);
    }

    @Test
    void rejectsACountBelowOneAndANonNumber() {
        Settings zero = new Settings(Map.of(TopicPartitions.KEY, "0"), new Properties(), Map.of());
        assertThatThrownBy(() -> TopicPartitions.from(zero, true)).hasMessageContaining("topic.partitions must be at least 1");
        Settings word = new Settings(Map.of(TopicPartitions.KEY, "two"), new Properties(), Map.of());
        assertThatThrownBy(() -> TopicPartitions.from(word, true)).hasMessageContaining("topic.partitions must be an integer");
    }

    /** The settings a command sees after picocli parsed {@code args} into its {@link TopicOptions}. */
    static Settings flag(Settings settings, String... args) {
        TopicOptions options = new TopicOptions();
        new CommandLine(new Object() {
            @CommandLine.Mixin
            TopicOptions topics = options;
        }).parseArgs(args);
        return options.applyTo(settings);
    }
}
