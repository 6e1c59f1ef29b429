package dev.conflictstream.enrich;

import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.ServiceSettings;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.runtime.StreamsServiceConfig;
import java.util.Map;

/**
 * Configuration of the enrich service, immutable: the settings of every Streams service
 * ({@link StreamsServiceConfig}: application id, state dir, HTTP endpoints, processing guarantee,
 * commit interval, threads, standbys), read as {@code enrich.<key>} over {@link #DEFAULTS}, the
 * same way as the aggregate's.
 */
public record EnrichConfig(StreamsServiceConfig streams) {
    public static final String SERVICE = "enrich";
    public static final String DEFAULT_APPLICATION_ID = "conflictstream-enrich";
    public static final int DEFAULT_HTTP_PORT = 9402;

    /** Every setting with its default; the only place enrich's defaults live. */
    public static final Map<String, String> DEFAULTS =
            StreamsServiceConfig.defaults(DEFAULT_APPLICATION_ID, "conflictstream-enrich", DEFAULT_HTTP_PORT);

    public static EnrichConfig from(Settings settings) {
        return new EnrichConfig(StreamsServiceConfig.from(ServiceSettings.read(SERVICE, DEFAULTS, settings)));
    }

    /** The cluster and registry with the client properties. */
    public KafkaConnection connection() {
        return streams.connection();
    }
}
