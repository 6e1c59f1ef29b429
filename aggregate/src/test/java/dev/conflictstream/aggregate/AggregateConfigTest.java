package dev.conflictstream.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.schema.topic.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateConfigTest {

    @Test
    void defaultsAreExactlyOnceWithAStableApplicationId() {
        AggregateConfig config = AggregateConfig.defaults();
        assertThat(config.applicationId()).isEqualTo("conflictstream-aggregate");
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.httpPort()).isEqualTo(7072);
        assertThat(config.applicationServer()).isEqualTo("localhost:7072");

        Properties props = config.toStreamsProperties();
        assertThat(props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("localhost:7072");
        assertThat(props.getProperty(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG)).isEqualTo("true");
        assertThat(props.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo(Topics.DEAD_LETTERS.name());
        new StreamsConfig(props); // every property is one Streams knows and accepts
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsTheFileWhichBeatsDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aggregate.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nhttp.port=8000\nstate.dir=/var/lib/agg\n");
        Map<String, String> env = Map.of("AGGREGATE_BOOTSTRAP_SERVERS", "env:9092", "AGGREGATE_HTTP_PORT", "8001",
                "UNRELATED", "x");

        AggregateConfig config = AggregateConfig.load(
                new String[] {"--config", file.toString(), "--http-port", "8002", "--advertised.host=agg-1"}, env);

        assertThat(config.bootstrapServers()).isEqualTo("env:9092");
        assertThat(config.httpPort()).isEqualTo(8002);
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/agg"));
        assertThat(config.applicationServer()).isEqualTo("agg-1:8002");
        assertThat(config.schemaRegistryUrl()).isEqualTo(AggregateConfig.DEFAULTS.get("schema.registry.url"));
    }

    @Test
    void rejectsUnknownSettingsAndBadNumbersWithTheirName() {
        assertThatThrownBy(() -> AggregateConfig.load(new String[] {"--bootstrap-server", "x"}, Map.of()))
                .hasMessageContaining("bootstrap.server");
        assertThatThrownBy(() -> AggregateConfig.load(new String[] {"--http-port=eighty"}, Map.of()))
                .hasMessageContaining("http.port");
    }
}
