package dev.conflictstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.runtime.CommitPacing;
import dev.conflictstream.runtime.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {
    @Test
    void defaultsAreExactlyOnceOnOneThreadWithNoStandbys() {
        EnrichConfig config = EnrichConfig.from(new Settings(Map.of(), new Properties(), Map.of()));
        Properties props = config.streams().streamsProperties();

        assertThat(props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo(EnrichConfig.DEFAULT_APPLICATION_ID);
        assertThat(props.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(props.getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo("1");
        assertThat(props.getProperty(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo("0");
        assertThat(props.getProperty(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).as("through a backlog").isEqualTo("1000");
        assertThat(config.streams().pacing()).as("every 100 ms while the input is live")
                .isEqualTo(new CommitPacing(Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    @Test
    void threadsGuaranteeAndStandbysAreSetLikeTheAggregatesFromFlagsPropertiesAndEnvironment() {
        Properties system = new Properties();
        system.setProperty("conflictstream.enrich.num.standby.replicas", "1");
        Map<String, String> env = Map.of("CONFLICTSTREAM_ENRICH_NUM_STREAM_THREADS", "2",
                "CONFLICTSTREAM_ENRICH_PROCESSING_GUARANTEE", StreamsConfig.AT_LEAST_ONCE,
                "CONFLICTSTREAM_ENRICH_COMMIT_INTERVAL_MS", "250", "CONFLICTSTREAM_CLIENT_CLIENT_RACK", "eu-1a");

        EnrichConfig config = EnrichConfig.from(new Settings(Map.of("enrich.num.stream.threads", "3",
                "enrich.state.dir", "/var/lib/enrich"), system, env));
        Properties props = config.streams().streamsProperties();

        assertThat(props.getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo("3");
        assertThat(props.getProperty(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo("1");
        assertThat(props.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.AT_LEAST_ONCE);
        assertThat(config.streams().pacing().live()).isEqualTo(Duration.ofMillis(250));
        assertThat(props.getProperty(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo("1000");
        assertThat(props.getProperty("client.rack")).as("the client pass-through").isEqualTo("eu-1a");
        assertThat(config.streams().stateDir()).isEqualTo(Path.of("/var/lib/enrich"));
    }

    @Test
    void streamsSettingsInTheClientPropertiesGoOverTheServiceDefaultsAndTheProducerTuning() {
        Map<String, String> env = Map.of("CONFLICTSTREAM_CLIENT_REPLICATION_FACTOR", "3",
                "CONFLICTSTREAM_CLIENT_COMMIT_INTERVAL_MS", "1000", "CONFLICTSTREAM_CLIENT_NUM_STREAM_THREADS", "4",
                "CONFLICTSTREAM_CLIENT_LINGER_MS", "7");

        Properties props = EnrichConfig.from(new Settings(Map.of(), new Properties(), env)).streams().streamsProperties();

        assertThat(props.getProperty(StreamsConfig.REPLICATION_FACTOR_CONFIG)).isEqualTo("3");
        assertThat(props.getProperty(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo("1000");
        assertThat(props.getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo("4");
        assertThat(new StreamsConfig(props).getProducerConfigs("client").get("linger.ms")).isEqualTo("7");
    }

    @Test
    void aBadNumberIsRefusedWithItsName() {
        assertThatThrownBy(() -> EnrichConfig.from(new Settings(Map.of("enrich.num.stream.threads", "two"), new Properties(), Map.of())))
                .hasMessageContaining("num.stream.threads");
    }
}
