package dev.conflictstream.launcher;

import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.aggregate.AggregateService;
import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.enrich.EnrichService;
import dev.conflictstream.ingest.InboxWatcher;
import dev.conflictstream.ingest.IngestConfig;
import dev.conflictstream.ingest.IngestService;
import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.launcher.broker.EmbeddedKafkaBroker;
import dev.conflictstream.launcher.registry.EmbeddedSchemaRegistry;
import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.ServiceMetrics;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.HttpSchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process, as the one-command run and the integration tests use
 * it: a real KRaft broker (unless an external cluster is given) with its data under
 * {@code dataDir}, the topics, a schema registry (embedded unless a URL is given), and the
 * enrich and aggregate services; ingest runs on demand. Closing stops everything in
 * reverse order.
 */
public final class LocalPipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Settings settings;
    private KafkaConnection connection;
    private TopicSerdes serdes;
    private Admin admin;
    private EnrichService enrich;
    private AggregateService aggregate;

    private LocalPipeline(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param settings connection and service settings; without {@code bootstrap.servers} an
     *                 embedded broker is started on {@code kafka.port} (0 = any free port)
     * @param dataDir  where the embedded broker and the services keep their state
     */
    public static LocalPipeline start(Settings settings, boolean external, Path dataDir) {
        LocalPipeline pipeline = new LocalPipeline(settings);
        try {
            pipeline.startAll(external, dataDir);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll(boolean external, Path dataDir) {
        Settings effective = settings;
        if (!external) {
            var broker = new EmbeddedKafkaBroker(dataDir.resolve("kafka"), settings.getInt("kafka.port", 9092),
                    settings.getInt("kafka.controller.port", 0)).start();
            resources.push(broker);
            effective = effective.with(Map.of(KafkaConnection.BOOTSTRAP_SERVERS, broker.bootstrapServers()));
        }
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                effective.get(KafkaConnection.BOOTSTRAP_SERVERS, KafkaConnection.DEFAULT_BOOTSTRAP_SERVERS)));
        resources.push(admin);
        TopicsAdmin.ensure(admin, (short) settings.getInt("replication.factor", 1));
        if (effective.get(KafkaConnection.SCHEMA_REGISTRY_URL, null) == null) {
            var registry = new EmbeddedSchemaRegistry(effective.get(KafkaConnection.BOOTSTRAP_SERVERS, null),
                    "127.0.0.1", settings.getInt("registry.port", 8081)).start();
            resources.push(registry);
            effective = effective.with(Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, registry.url()));
        }
        Settings services = effective.with(Map.of(
                "enrich.state.dir", dataDir.resolve("state/enrich").toString(),
                "aggregate.state.dir", dataDir.resolve("state/aggregate").toString()));
        connection = KafkaConnection.from(services);
        serdes = new TopicSerdes(new HttpSchemaRegistryClient(connection.schemaRegistryUrl()));
        enrich = EnrichService.start(EnrichConfig.from(services), serdes.registry(), ServiceMetrics.create("enrich"));
        resources.push(enrich);
        aggregate = AggregateService.start(AggregateConfig.from(services), serdes.registry(), ServiceMetrics.create("aggregate"));
        resources.push(aggregate);
        log.info("pipeline up: kafka {}, schema registry {}", connection.bootstrapServers(), connection.schemaRegistryUrl());
    }

    public KafkaConnection connection() {
        return connection;
    }

    public TopicSerdes serdes() {
        return serdes;
    }

    public Admin admin() {
        return admin;
    }

    public EnrichService enrich() {
        return enrich;
    }

    public AggregateService aggregate() {
        return aggregate;
    }

    public IngestSummary ingest(List<Path> inputs, PrintStream progress) {
        IngestConfig config = IngestConfig.from(settings.with(Map.of(
                KafkaConnection.BOOTSTRAP_SERVERS, connection.bootstrapServers(),
                KafkaConnection.SCHEMA_REGISTRY_URL, connection.schemaRegistryUrl())), inputs);
        return IngestService.run(config, serdes, ServiceMetrics.create("ingest"), progress);
    }

    /**
     * Starts ingest as a service watching {@code inbox}, with its ops endpoints on
     * {@code ingest.metrics.port}; closed with the pipeline.
     */
    public InboxWatcher watchInbox(Path inbox, Duration pollInterval, PrintStream progress) {
        IngestConfig config = IngestConfig.from(settings.with(Map.of(
                KafkaConnection.BOOTSTRAP_SERVERS, connection.bootstrapServers(),
                KafkaConnection.SCHEMA_REGISTRY_URL, connection.schemaRegistryUrl())), List.of());
        InboxWatcher watcher = InboxWatcher.start(config, serdes, ServiceMetrics.create("ingest"), inbox, pollInterval, progress);
        resources.push(watcher);
        return watcher;
    }

    /** Waits until enrich and aggregate have committed past everything written so far. */
    public boolean awaitProcessed(Duration timeout) throws InterruptedException {
        return new ProcessingWatcher(admin).awaitIdle(List.of(
                new ProcessingWatcher.Application(enrich.applicationId(), List.of(Topics.ARTICLES.name())),
                new ProcessingWatcher.Application(aggregate.applicationId(), List.of(Topics.EVENTS.name()))), timeout);
    }

    /** The all-time tallies as a subscriber of the tally topic sees them. */
    public Map<String, RegionTally> tallies() {
        return TopicSnapshot.read(connection.bootstrapServers(), Topics.REGION_TALLIES, serdes);
    }

    @Override
    public void close() {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
