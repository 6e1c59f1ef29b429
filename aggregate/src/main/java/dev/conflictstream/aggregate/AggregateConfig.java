package dev.conflictstream.aggregate;

import dev.conflictstream.runtime.ClientProperties;
import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.runtime.StreamsApp;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Configuration of the aggregate service, immutable. Values come, later winning, from
 * {@link #DEFAULTS} and the process {@link Settings} (environment, system properties, flags),
 * under the {@code aggregate.} prefix.
 *
 * @param applicationId       Kafka Streams application id; prefixes internal topics, keep it stable
 * @param bootstrapServers    Kafka bootstrap servers
 * @param schemaRegistryUrl   Confluent-compatible schema registry URL
 * @param stateDir            directory of the local state stores
 * @param httpHost            interface the query API binds to
 * @param httpPort            port of the query API (0: any free port)
 * @param advertisedHost      host other instances reach this one at ({@code application.server})
 * @param commitIntervalMs    Streams commit interval; with exactly-once, the output latency
 * @param processingGuarantee {@code exactly_once_v2} or {@code at_least_once}
 * @param streamThreads       stream threads of this instance
 * @param standbyReplicas     standby replicas of every store (faster failover of queries)
 * @param replicationFactor   replication factor of internal topics (-1: broker default)
 * @param client              client properties of every Kafka client and the registry client
 *                            (security, rack; see {@link ClientProperties})
 * @param httpToken           bearer token the query API requires of every query (empty: open, the
 *                            default); instances forward queries with it, so all share one
 */
public record AggregateConfig(String applicationId, String bootstrapServers, String schemaRegistryUrl,
                              Path stateDir, String httpHost, int httpPort, String advertisedHost,
                              long commitIntervalMs, String processingGuarantee, int streamThreads,
                              int standbyReplicas, int replicationFactor, ClientProperties client, String httpToken) {

    public static final String SETTINGS_PREFIX = "aggregate.";

    /** Every setting with its default; the only place defaults live. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("application.id", "conflictstream-aggregate-v2"),
            Map.entry("bootstrap.servers", "localhost:9092"),
            Map.entry("schema.registry.url", "http://localhost:8081"),
            Map.entry("state.dir", System.getProperty("java.io.tmpdir") + "/conflictstream-aggregate"),
            Map.entry("http.host", "0.0.0.0"),
            Map.entry("http.port", "9403"),
            Map.entry("advertised.host", "localhost"),
            Map.entry("commit.interval.ms", "100"),
            Map.entry("processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2),
            Map.entry("num.stream.threads", "1"),
            Map.entry("num.standby.replicas", "0"),
            Map.entry("replication.factor", "-1"),
            Map.entry("http.token", ""));

    public static AggregateConfig defaults() {
        return fromMap(DEFAULTS);
    }

    /**
     * From the process settings: {@code bootstrap.servers} and {@code schema.registry.url} are
     * shared by every service, the rest is read as {@code aggregate.<key>} (environment
     * {@code CONFLICTSTREAM_AGGREGATE_HTTP_PORT}, flag, or system property).
     */
    public static AggregateConfig from(Settings settings) {
        KafkaConnection connection = KafkaConnection.from(settings);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : DEFAULTS.keySet()) {
            String value = settings.get(SETTINGS_PREFIX + key, null);
            if (value != null) {
                values.put(key, value);
            }
        }
        values.put("bootstrap.servers", connection.bootstrapServers());
        values.put("schema.registry.url", connection.schemaRegistryUrl());
        return fromMap(values, connection.client());
    }

    static AggregateConfig fromMap(Map<String, String> values) {
        return fromMap(values, ClientProperties.NONE);
    }

    static AggregateConfig fromMap(Map<String, String> values, ClientProperties client) {
        for (String key : values.keySet()) {
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "'; known: " + DEFAULTS.keySet());
            }
        }
        Map<String, String> v = new LinkedHashMap<>(DEFAULTS);
        v.putAll(values);
        return new AggregateConfig(v.get("application.id"), v.get("bootstrap.servers"), v.get("schema.registry.url"),
                Path.of(v.get("state.dir")), v.get("http.host"), integer(v, "http.port"), v.get("advertised.host"),
                Long.parseLong(v.get("commit.interval.ms")), v.get("processing.guarantee"),
                integer(v, "num.stream.threads"), integer(v, "num.standby.replicas"), integer(v, "replication.factor"), client,
                v.get("http.token").trim());
    }

    private static int integer(Map<String, String> values, String key) {
        try {
            return Integer.parseInt(values.get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + values.get(key) + "'", e);
        }
    }

    @Override
    public String toString() { // the token is a secret: never in a log line
        return "AggregateConfig[applicationId=" + applicationId + ", httpHost=" + httpHost + ", httpPort=" + httpPort
                + ", advertisedHost=" + advertisedHost + ", httpToken=" + (httpToken.isEmpty() ? "(none)" : "****") + "]";
    }

    /** {@code host:port} other instances forward queries to. */
    public String applicationServer() {
        return advertisedHost + ":" + httpPort;
    }

    /** This config with another HTTP port (tests and the launcher pick free ports). */
    public AggregateConfig withHttpPort(int port) {
        return new AggregateConfig(applicationId, bootstrapServers, schemaRegistryUrl, stateDir, httpHost, port,
                advertisedHost, commitIntervalMs, processingGuarantee, streamThreads, standbyReplicas, replicationFactor, client,
                httpToken);
    }

    /** The cluster and registry with the client properties. */
    public KafkaConnection connection() {
        return new KafkaConnection(bootstrapServers, schemaRegistryUrl, client);
    }

    /** The Kafka Streams properties of this config. */
    public Properties toStreamsProperties() {
        Properties p = StreamsApp.commonProperties(connection(), applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitIntervalMs));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(streamThreads));
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(standbyReplicas));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Integer.toString(replicationFactor));
        return p;
    }
}
