package dev.conflictstream.enrich;

import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.runtime.StreamsApp;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** Settings of the enrich service, defaults in one place. */
public record EnrichConfig(KafkaConnection connection, String applicationId, String stateDir,
                           String httpHost, int httpPort) {
    public static final String DEFAULT_APPLICATION_ID = "conflictstream-enrich";
    public static final int DEFAULT_HTTP_PORT = 9402;

    public static EnrichConfig from(Settings settings) {
        return new EnrichConfig(KafkaConnection.from(settings),
                settings.get("enrich.application.id", DEFAULT_APPLICATION_ID),
                settings.get("enrich.state.dir", System.getProperty("java.io.tmpdir") + "/conflictstream-enrich"),
                settings.get("enrich.http.host", "0.0.0.0"),
                settings.getInt("enrich.http.port", DEFAULT_HTTP_PORT));
    }

    public Properties streamsProperties() {
        Properties props = StreamsApp.commonProperties(connection, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        return props;
    }
}
