package dev.conflictstream.ingest;

import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.ServiceSettings;
import dev.conflictstream.runtime.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Settings of one ingest run: where the cluster is, what to read, where the ops endpoints
 * listen (watch mode), and the producer's batching. The producer is idempotent with acks=all, so a retried send never duplicates.
 *
 * <p>Its waits are bounded, so a broker that is down or refuses us ends the run with a clear
 * message instead of blocking a minute per article: {@link #MAX_BLOCK_MS} for metadata (the
 * first send to an unreachable cluster), {@link #DELIVERY_TIMEOUT_MS} for an acknowledgement.
 * The user's client properties go over all of these.
 */
public record IngestConfig(KafkaConnection connection, List<Path> inputs, String metricsHost, int metricsPort, int batchBytes) {
    public static final int DEFAULT_METRICS_PORT = 9401;
    public static final int DEFAULT_BATCH_BYTES = 128 * 1024;
    public static final int MAX_BLOCK_MS = 10_000;
    public static final int REQUEST_TIMEOUT_MS = 10_000;
    public static final int DELIVERY_TIMEOUT_MS = 30_000;

    public static final String SERVICE = "ingest";
    /** The producer's client id (its threads and metrics carry it). */
    public static final String CLIENT_ID = "conflictstream-ingest";

    /** Every setting with its default, read as {@code ingest.<key>}; the only place ingest's defaults live. */
    public static final Map<String, String> DEFAULTS = Map.of(
            "metrics.host", "0.0.0.0",
            "metrics.port", String.valueOf(DEFAULT_METRICS_PORT),
            "batch.bytes", String.valueOf(DEFAULT_BATCH_BYTES));

    /** From the process settings, the way every service reads its own ({@link ServiceSettings}). */
    public static IngestConfig from(Settings settings, List<Path> inputs) {
        ServiceSettings service = ServiceSettings.read(SERVICE, DEFAULTS, settings);
        return new IngestConfig(service.connection(), List.copyOf(inputs), service.get("metrics.host"),
                service.integer("metrics.port"), service.integer("batch.bytes"));
    }

    public Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, batchBytes);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
        Properties withClient = new Properties();
        withClient.putAll(connection.clientConfig(props));
        return withClient;
    }
}
