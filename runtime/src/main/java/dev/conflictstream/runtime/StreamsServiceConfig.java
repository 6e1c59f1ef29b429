package dev.conflictstream.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The settings every Kafka Streams service has (enrich and aggregate alike), read the same way
 * ({@link ServiceSettings}) and turned into Streams properties the same way. A service's config
 * record holds one of these plus its own settings.
 *
 * @param connection          the cluster and registry, with the client properties
 * @param applicationId       Kafka Streams application id; prefixes internal topics, keep it stable
 * @param stateDir            directory of the local state stores (and of the static member id)
 * @param httpHost            interface the HTTP endpoints bind to
 * @param httpPort            port of the HTTP endpoints (0: any free port)
 * @param commitIntervalMs    commit interval while the input is live; with exactly-once, the output latency
 * @param commitBacklogIntervalMs commit interval while a backlog drains (Streams' {@code commit.interval.ms},
 *                            {@link CommitPacing})
 * @param processingGuarantee {@code exactly_once_v2} or {@code at_least_once}
 * @param streamThreads       stream threads of this instance
 * @param standbyReplicas     standby replicas of every store
 * @param replicationFactor   replication factor of internal topics (-1: broker default)
 */
public record StreamsServiceConfig(KafkaConnection connection, String applicationId, Path stateDir, String httpHost,
                                   int httpPort, long commitIntervalMs, long commitBacklogIntervalMs, String processingGuarantee, int streamThreads,
                                   int standbyReplicas, int replicationFactor) {
    public static final String APPLICATION_ID = "application.id";
    public static final String STATE_DIR = "state.dir";
    public static final String HTTP_HOST = "http.host";
    public static final String HTTP_PORT = "http.port";
    public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
    public static final String COMMIT_BACKLOG_INTERVAL_MS = "commit.backlog.interval.ms";
    public static final String PROCESSING_GUARANTEE = "processing.guarantee";
    public static final String NUM_STREAM_THREADS = "num.stream.threads";
    public static final String NUM_STANDBY_REPLICAS = "num.standby.replicas";
    public static final String REPLICATION_FACTOR = "replication.factor";
    /** Default of {@value #COMMIT_BACKLOG_INTERVAL_MS}: Streams' commit interval through a backlog. */
    public static final long DEFAULT_COMMIT_BACKLOG_INTERVAL_MS = 1000;

    /**
     * The defaults of these settings for a service: its application id, a state directory
     * named {@code stateDirName} under the temporary directory, its HTTP port; exactly-once,
     * commits every 100 ms while the input is live and every second through a backlog, one
     * thread, no standbys.
     */
    public static Map<String, String> defaults(String applicationId, String stateDirName, int httpPort) {
        return Map.of(
                APPLICATION_ID, applicationId,
                STATE_DIR, System.getProperty("java.io.tmpdir") + "/" + stateDirName,
                HTTP_HOST, "0.0.0.0",
                HTTP_PORT, String.valueOf(httpPort),
                COMMIT_INTERVAL_MS, "100",
                COMMIT_BACKLOG_INTERVAL_MS, Long.toString(DEFAULT_COMMIT_BACKLOG_INTERVAL_MS),
                PROCESSING_GUARANTEE, StreamsConfig.EXACTLY_ONCE_V2,
                NUM_STREAM_THREADS, "1",
                NUM_STANDBY_REPLICAS, "0",
                REPLICATION_FACTOR, "-1");
    }

    public static StreamsServiceConfig from(ServiceSettings settings) {
        return new StreamsServiceConfig(settings.connection(), settings.get(APPLICATION_ID), Path.of(settings.get(STATE_DIR)),
                settings.get(HTTP_HOST), settings.integer(HTTP_PORT), settings.number(COMMIT_INTERVAL_MS),
                settings.number(COMMIT_BACKLOG_INTERVAL_MS), settings.get(PROCESSING_GUARANTEE), settings.integer(NUM_STREAM_THREADS),
                settings.integer(NUM_STANDBY_REPLICAS), settings.integer(REPLICATION_FACTOR));
    }

    /** This config with another HTTP port (tests and the launcher pick free ports). */
    public StreamsServiceConfig withHttpPort(int port) {
        return new StreamsServiceConfig(connection, applicationId, stateDir, httpHost, port, commitIntervalMs,
                commitBacklogIntervalMs, processingGuarantee, streamThreads, standbyReplicas, replicationFactor);
    }

    /** When the service commits: every commit interval while the input is live, else every backlog interval. */
    public CommitPacing pacing() {
        return new CommitPacing(Duration.ofMillis(commitIntervalMs), Duration.ofMillis(Math.max(commitIntervalMs,
                commitBacklogIntervalMs)));
    }

    /**
     * The Kafka Streams properties: the shared ones ({@link StreamsApp#commonProperties}) with these
     * settings. A Streams setting the user put in the client properties ({@code --kafka-config},
     * {@code CONFLICTSTREAM_CLIENT_*}: e.g. {@code replication.factor=3} in a managed cluster's
     * properties file) goes over the service's own, as every client property goes over the
     * pipeline's tuning (docs/operations.md).
     */
    public Properties streamsProperties() {
        Properties p = StreamsApp.commonProperties(connection, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Map<String, String> user = connection.client().kafka();
        Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(pacing().streamsIntervalMs()),
                StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee,
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(streamThreads),
                StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(standbyReplicas),
                StreamsConfig.REPLICATION_FACTOR_CONFIG, Integer.toString(replicationFactor))
                .forEach((key, value) -> {
                    if (!user.containsKey(key)) {
                        p.put(key, value);
                    }
                });
        return p;
    }

    /** For logs: no credentials; the Streams settings as they take effect (a client property may have set one). */
    public String describe() {
        Properties p = streamsProperties();
        return "application.id=" + applicationId + " " + connection.describe() + " state.dir=" + stateDir + " http="
                + httpHost + ":" + httpPort + " processing.guarantee=" + p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)
                + " commit.interval.ms=" + commitIntervalMs + " (live input; through a backlog "
                + p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG) + ")"
                + " threads=" + p.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG)
                + " standbys=" + p.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG);
    }
}
