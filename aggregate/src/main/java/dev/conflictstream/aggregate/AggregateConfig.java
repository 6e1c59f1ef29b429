package dev.conflictstream.aggregate;

import dev.conflictstream.schema.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * Configuration of the aggregate service, immutable. Values come, later winning, from
 * {@link #DEFAULTS}, an optional properties file ({@code --config FILE}), the environment
 * ({@code AGGREGATE_BOOTSTRAP_SERVERS} for {@code bootstrap.servers}) and flags
 * ({@code --bootstrap.servers=HOST:PORT} or {@code --bootstrap-servers HOST:PORT}).
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
 */
public record AggregateConfig(String applicationId, String bootstrapServers, String schemaRegistryUrl,
                              Path stateDir, String httpHost, int httpPort, String advertisedHost,
                              long commitIntervalMs, String processingGuarantee, int streamThreads,
                              int standbyReplicas, int replicationFactor) {

    public static final String ENV_PREFIX = "AGGREGATE_";

    /** Every setting with its default; the only place defaults live. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("application.id", "conflictstream-aggregate"),
            Map.entry("bootstrap.servers", "localhost:9092"),
            Map.entry("schema.registry.url", "http://localhost:8081"),
            Map.entry("state.dir", System.getProperty("java.io.tmpdir") + "/conflictstream-aggregate"),
            Map.entry("http.host", "0.0.0.0"),
            Map.entry("http.port", "7072"),
            Map.entry("advertised.host", "localhost"),
            Map.entry("commit.interval.ms", "100"),
            Map.entry("processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2),
            Map.entry("num.stream.threads", "1"),
            Map.entry("num.standby.replicas", "0"),
            Map.entry("replication.factor", "-1"));

    public static AggregateConfig defaults() {
        return fromMap(DEFAULTS);
    }

    /** Defaults, then {@code --config FILE}, then environment, then flags. */
    public static AggregateConfig load(String[] args, Map<String, String> env) {
        Map<String, String> flags = parseFlags(args);
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        String file = flags.getOrDefault("config", env.get(ENV_PREFIX + "CONFIG"));
        if (file != null) {
            merged.putAll(readFile(Path.of(file)));
        }
        for (String key : DEFAULTS.keySet()) {
            String value = env.get(ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_'));
            if (value != null) {
                merged.put(key, value);
            }
        }
        flags.forEach((key, value) -> {
            if (!key.equals("config")) {
                merged.put(key, value);
            }
        });
        return fromMap(merged);
    }

    static AggregateConfig fromMap(Map<String, String> values) {
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
                integer(v, "num.stream.threads"), integer(v, "num.standby.replicas"), integer(v, "replication.factor"));
    }

    /** {@code --a.b=x}, {@code --a-b=x} and {@code --a-b x} all set {@code a.b}. */
    static Map<String, String> parseFlags(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("flag --" + name + " needs a value");
            }
            flags.put(name.replace('-', '.'), value);
        }
        return flags;
    }

    private static Map<String, String> readFile(Path file) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
        return values;
    }

    private static int integer(Map<String, String> values, String key) {
        try {
            return Integer.parseInt(values.get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + values.get(key) + "'", e);
        }
    }

    /** {@code host:port} other instances forward queries to. */
    public String applicationServer() {
        return advertisedHost + ":" + httpPort;
    }

    /** This config with another HTTP port (tests and the launcher pick free ports). */
    public AggregateConfig withHttpPort(int port) {
        return new AggregateConfig(applicationId, bootstrapServers, schemaRegistryUrl, stateDir, httpHost, port,
                advertisedHost, commitIntervalMs, processingGuarantee, streamThreads, standbyReplicas, replicationFactor);
    }

    /** The Kafka Streams properties of this config. */
    public Properties toStreamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitIntervalMs));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(streamThreads));
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(standbyReplicas));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Integer.toString(replicationFactor));
        // Every internal topic and store is named in AggregateTopology; Streams refuses to start otherwise.
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        // Errors are data: undecodable or unprocessable records go to the dead-letter topic and
        // processing goes on; a failure to produce output stops the task (default handler).
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class.getName());
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        return p;
    }
}
