package dev.conflictstream.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.topic.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class AggregateConfigTest {

    @Test
    void defaultsAreExactlyOnceWithAStableApplicationId() {
        AggregateConfig config = AggregateConfig.defaults();
        assertThat(config.applicationId()).isEqualTo("conflictstream-aggregate-v2");
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.httpPort()).isEqualTo(9403);
        assertThat(config.applicationServer()).isEqualTo("localhost:9403");

        Properties props = config.toStreamsProperties();
        assertThat(props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("localhost:9403");
        assertThat(props.getProperty(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG)).isEqualTo("true");
        assertThat(props.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo(Topics.DEAD_LETTERS.name());
        assertThat(props.getProperty(StreamsConfig.producerPrefix("transaction.timeout.ms")))
                .as("a minute: an event index rebuilt at a task's start may hold the thread's transaction open").isEqualTo("60000");
        new StreamsConfig(props); // every property is one Streams knows and accepts
    }

    @Test
    void flagsBeatSystemPropertiesWhichBeatTheEnvironmentWhichBeatsDefaults() {
        Properties system = new Properties();
        system.setProperty("conflictstream.aggregate.state.dir", "/var/lib/agg");
        system.setProperty("conflictstream.aggregate.http.port", "8001");
        Map<String, String> env = Map.of("CONFLICTSTREAM_BOOTSTRAP_SERVERS", "env:9092",
                "CONFLICTSTREAM_AGGREGATE_HTTP_PORT", "8000", "CONFLICTSTREAM_AGGREGATE_ADVERTISED_HOST", "agg-1", "UNRELATED", "x");

        AggregateConfig config = AggregateConfig.from(new Settings(Map.of("aggregate.http.port", "8002"), system, env));

        assertThat(config.bootstrapServers()).isEqualTo("env:9092");
        assertThat(config.httpPort()).isEqualTo(8002);
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/agg"));
        assertThat(config.applicationServer()).isEqualTo("agg-1:8002");
        assertThat(config.schemaRegistryUrl()).isEqualTo(AggregateConfig.DEFAULTS.get("schema.registry.url"));
    }

    @Test
    void rejectsUnknownSettingsAndBadNumbersWithTheirName() {
        assertThatThrownBy(() -> AggregateConfig.fromMap(Map.of("bootstrap.server", "x")))
                .hasMessageContaining("bootstrap.server");
        assertThatThrownBy(() -> AggregateConfig.from(new Settings(Map.of("aggregate.http.port", "eighty"), new Properties(), Map.of())))
                .hasMessageContaining("http.port");
    }
}
