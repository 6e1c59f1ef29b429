package dev.conflictstream.aggregate;

import dev.conflictstream.runtime.ClientProperties;
import dev.conflictstream.runtime.HttpTls;
import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.ServiceSettings;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.runtime.StreamsServiceConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Configuration of the aggregate service, immutable, in the shape of every service's
 * ({@link ServiceSettings}): the settings of every Streams service ({@link StreamsServiceConfig})
 * plus the query API's, read as {@code aggregate.<key>} over {@link #DEFAULTS}.
 *
 * @param streams        application id, state dir, HTTP endpoints, guarantee, commit interval,
 *                       threads, standbys, replication factor, the cluster connection
 * @param advertisedHost host other instances reach this one at ({@code application.server})
 * @param httpToken      bearer token the query API requires of every query (empty: open, the
 *                       default); instances forward queries with it, so all share one
 * @param httpTls        optional TLS of the query API and ops endpoints ({@code http.tls.*}, off
 *                       by default); instances then call each other over https
 */
public record AggregateConfig(StreamsServiceConfig streams, String advertisedHost, String httpToken, HttpTls httpTls) {

    public static final String SERVICE = "aggregate";
    public static final String SETTINGS_PREFIX = SERVICE + ".";

    /**
     * Every setting with its default; the only place defaults live. {@code bootstrap.servers}
     * and {@code schema.registry.url} are the shared connection's ({@link KafkaConnection}), here
     * for a config built from a map ({@link #fromMap}).
     */
    public static final Map<String, String> DEFAULTS = defaultsMap();

    private static Map<String, String> defaultsMap() {
        Map<String, String> defaults = new HashMap<>(
                StreamsServiceConfig.defaults("conflictstream-aggregate-v2", "conflictstream-aggregate", 9403));
        defaults.put(KafkaConnection.BOOTSTRAP_SERVERS, KafkaConnection.DEFAULT_BOOTSTRAP_SERVERS);
        defaults.put(KafkaConnection.SCHEMA_REGISTRY_URL, KafkaConnection.DEFAULT_SCHEMA_REGISTRY_URL);
        defaults.put("advertised.host", "localhost");
        defaults.put("http.token", "");
        defaults.putAll(HttpTls.DEFAULTS);
        return Map.copyOf(defaults);
    }

    public static AggregateConfig defaults() {
        return fromMap(Map.of());
    }

    /**
     * From the process settings: {@code bootstrap.servers} and {@code schema.registry.url} are
     * shared by every service, the rest is read as {@code aggregate.<key>} (environment
     * {@code CONFLICTSTREAM_AGGREGATE_HTTP_PORT}, flag, or system property).
     */
    public static AggregateConfig from(Settings settings) {
        return of(ServiceSettings.read(SERVICE, DEFAULTS, settings));
    }

    static AggregateConfig fromMap(Map<String, String> values) {
        return fromMap(values, ClientProperties.NONE);
    }

    static AggregateConfig fromMap(Map<String, String> values, ClientProperties client) {
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        merged.putAll(values);
        KafkaConnection connection = new KafkaConnection(merged.get(KafkaConnection.BOOTSTRAP_SERVERS),
                merged.get(KafkaConnection.SCHEMA_REGISTRY_URL), client);
        return of(ServiceSettings.of(SERVICE, DEFAULTS, values, connection));
    }

    private static AggregateConfig of(ServiceSettings settings) {
        return new AggregateConfig(StreamsServiceConfig.from(settings), settings.get("advertised.host"),
                settings.get("http.token").trim(), HttpTls.from(settings));
    }

    @Override
    public String toString() { // the token is a secret: never in a log line
        return "AggregateConfig[applicationId=" + applicationId() + ", httpHost=" + httpHost() + ", httpPort=" + httpPort()
                + ", advertisedHost=" + advertisedHost + ", httpToken=" + (httpToken.isEmpty() ? "(none)" : "****") + ", " + httpTls + "]";
    }

    /** {@code host:port} other instances forward queries to. */
    public String applicationServer() {
        return advertisedHost + ":" + httpPort();
    }

    /** This config with another HTTP port (tests and the launcher pick free ports). */
    public AggregateConfig withHttpPort(int port) {
        return new AggregateConfig(streams.withHttpPort(port), advertisedHost, httpToken, httpTls);
    }

    /** The cluster and registry with the client properties. */
    public KafkaConnection connection() {
        return streams.connection();
    }

    /** The Kafka Streams properties of this config. */
    public Properties toStreamsProperties() {
        Properties p = streams.streamsProperties();
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer());
        // A task that starts may rebuild its event index (EventIndex) on the stream thread while a transaction of
        // the thread's other tasks is open: Streams' 10 s would abort it under a large rebuild, and the task,
        // revived, would rebuild again. A user's setting wins.
        String timeout = StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);
        if (!p.containsKey(timeout) && !p.containsKey(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG)) {
            p.put(timeout, String.valueOf(TRANSACTION_TIMEOUT_MS));
        }
        return p;
    }

    /** The aggregate's transaction timeout unless the user sets one (see {@link #toStreamsProperties}). */
    static final int TRANSACTION_TIMEOUT_MS = 60_000;

    public String applicationId() {
        return streams.applicationId();
    }

    public String bootstrapServers() {
        return streams.connection().bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return streams.connection().schemaRegistryUrl();
    }

    public Path stateDir() {
        return streams.stateDir();
    }

    public String httpHost() {
        return streams.httpHost();
    }

    public int httpPort() {
        return streams.httpPort();
    }

    public String processingGuarantee() {
        return streams.processingGuarantee();
    }
}
