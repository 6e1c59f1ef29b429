package dev.conflictstream.launcher;

import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.aggregate.AggregateService;
import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.enrich.EnrichService;
import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.ingest.InboxWatcher;
import dev.conflictstream.ingest.IngestConfig;
import dev.conflictstream.ingest.IngestService;
import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.devstack.broker.EmbeddedKafkaBroker;
import dev.conflictstream.devstack.registry.EmbeddedSchemaRegistry;
import dev.conflictstream.devstack.registry.KafkaSchemaLog;
import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.ServiceMetrics;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process, as the one-command run and the integration tests use
 * it: a real KRaft broker (unless an external cluster is given) with its data under
 * {@code dataDir}, the topics, a schema registry (embedded unless a URL is given), and the
 * enrich and aggregate services; ingest runs on demand. Closing stops everything in
 * reverse order.
 *
 * <p>The services can be stopped and started again while the broker and registry stay up
 * ({@link #stopServices()}, {@link #startServices()}), which is what a replay needs: stop
 * enrich, rewind it ({@link #replay(Instant)}), start it again, possibly with another extractor
 * ({@link #startServices(Function, String)}). Each service keeps one metrics registry across
 * restarts, so counters such as {@code conflictstream_dead_letters_total} keep counting.
 */
public final class LocalPipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);

    /** Broker, admin client, registry: up for the pipeline's whole life. */
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Settings settings;
    private final PrometheusMeterRegistry enrichMetrics = ServiceMetrics.create("enrich");
    private final PrometheusMeterRegistry aggregateMetrics = ServiceMetrics.create("aggregate");
    private Function<Article, Extraction> defaultExtractor;
    private Settings serviceSettings;
    private KafkaConnection connection;
    private TopicSerdes serdes;
    private Admin admin;
    private EnrichService enrich;
    private AggregateService aggregate;

    private LocalPipeline(Settings settings) {
        this.settings = settings;
    }

    /**
     * An embedded pipeline on free ports everywhere (broker, registry, services, ingest's ops
     * port): never clashes with a running {@code ./pipeline}; for tests and the benchmark.
     */
    public static LocalPipeline startOnFreePorts(Path dataDir) {
        return startOnFreePorts(dataDir, Map.of());
    }

    /** Like {@link #startOnFreePorts(Path)}, with more settings on top (e.g. {@link TopicPartitions#KEY}). */
    public static LocalPipeline startOnFreePorts(Path dataDir, Map<String, String> settings) {
        return start(Settings.of(Map.of("kafka.port", "0", "kafka.controller.port", "0", "registry.port", "0",
                "enrich.http.port", "0", "aggregate.http.port", "0", "ingest.metrics.port", "0")).with(settings), false, dataDir);
    }

    /**
     * @param settings connection and service settings; {@code topic.partitions} defaults to
     *                 {@link TopicPartitions#EMBEDDED_DEFAULT} on the embedded broker
     * @param external true to use the cluster at {@code bootstrap.servers}, false to start an
     *                 embedded broker on {@code kafka.port} (0 = any free port)
     * @param dataDir  where the embedded broker and the services keep their state
     */
    public static LocalPipeline start(Settings settings, boolean external, Path dataDir) {
        return start(settings, external, dataDir, true);
    }

    /**
     * The development stack alone: the embedded broker with the topics and the registry, no
     * services ({@code ./pipeline broker}); services run as their own processes against it.
     */
    public static LocalPipeline startStack(Settings settings, Path dataDir) {
        return start(settings, false, dataDir, false);
    }

    private static LocalPipeline start(Settings settings, boolean external, Path dataDir, boolean services) {
        LocalPipeline pipeline = new LocalPipeline(external ? settings : loopbackUnlessSet(settings));
        try {
            pipeline.startAll(external, dataDir, services);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** The HTTP servers of the services: query API and ops endpoints of enrich and aggregate, ingest's ops endpoints. */
    static final List<String> HTTP_HOSTS = List.of("enrich.http.host", "aggregate.http.host", "ingest.metrics.host");

    /**
     * The embedded default serves HTTP on loopback only, like its broker and registry: a pipeline
     * started on a laptop does not offer its query API and metrics to the network it is on. A
     * host set by flag, environment or system property is kept (e.g. 0.0.0.0 in a container).
     */
    static Settings loopbackUnlessSet(Settings settings) {
        Map<String, String> loopback = new java.util.LinkedHashMap<>();
        for (String key : HTTP_HOSTS) {
            if (settings.get(key, null) == null) {
                loopback.put(key, "127.0.0.1");
            }
        }
        if (loopback.containsKey("aggregate.http.host") && settings.get("aggregate.advertised.host", null) == null) {
            loopback.put("aggregate.advertised.host", "127.0.0.1"); // not "localhost": it may resolve to ::1 first
        }
        return settings.with(loopback);
    }

    private void startAll(boolean external, Path dataDir, boolean services) {
        Settings effective = settings;
        if (!external) {
            DataDirLayout.ensureCurrent(dataDir).ifPresent(aside -> log.warn(
                    "{} was written by an earlier release (events partitioned by event id, not by region): moved to {}; "
                            + "starting from the articles again", dataDir, aside));
            resources.push(DataDirLock.acquire(dataDir));
            Map<String, Integer> ports = new java.util.LinkedHashMap<>();
            ports.put("kafka.port", settings.getInt("kafka.port", 9092));
            if (settings.get(KafkaConnection.SCHEMA_REGISTRY_URL, null) == null) {
                ports.put("registry.port", settings.getInt("registry.port", 8081));
            }
            if (services) { // ./pipeline broker serves none of them: the services may hold them (a broker restarted under them)
                ports.put("enrich.http.port", EnrichConfig.from(settings).streams().httpPort());
                ports.put("aggregate.http.port", AggregateConfig.from(settings).httpPort());
            }
            PortCheck.requireFree(ports);
            var broker = new EmbeddedKafkaBroker(dataDir.resolve("kafka"), settings.getInt("kafka.port", 9092),
                    settings.getInt("kafka.controller.port", 0)).start();
            resources.push(broker);
            effective = effective.with(Map.of(KafkaConnection.BOOTSTRAP_SERVERS, broker.bootstrapServers()));
        }
        KafkaConnection cluster = KafkaConnection.from(effective);
        admin = Admin.create(cluster.clientConfig());
        resources.push(admin);
        TopicsAdmin.ensure(admin, TopicPartitions.from(settings, !external), (short) settings.getInt("replication.factor", 1));
        if (effective.get(KafkaConnection.SCHEMA_REGISTRY_URL, cluster.client().get(KafkaConnection.SCHEMA_REGISTRY_URL)) == null) {
            var registry = new EmbeddedSchemaRegistry(cluster.clientConfig(), "127.0.0.1", settings.getInt("registry.port", 8081),
                    KafkaSchemaLog.DEFAULT_TOPIC, EmbeddedSchemaRegistry.DEFAULT_TIMEOUT).start();
            resources.push(registry);
            effective = effective.with(Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, registry.url()));
        }
        serviceSettings = effective.with(Map.of(
                "enrich.state.dir", dataDir.resolve("state/enrich").toString(),
                "aggregate.state.dir", dataDir.resolve("state/aggregate").toString()));
        connection = KafkaConnection.from(serviceSettings);
        serdes = new TopicSerdes(connection.registryClient());
        if (services) {
            startServices();
        }
        log.info("pipeline up: {}", connection.describe());
    }

    /** Starts enrich (production extractor) and aggregate; they must be stopped. */
    public void startServices() {
        startServices(defaultExtractor(), Extractor.VERSION);
    }

    /**
     * Starts enrich with {@code extractor} (stamping {@code extractorVersion} on its events) and
     * aggregate, on the same application ids and state as before.
     */
    public void startServices(Function<Article, Extraction> extractor, String extractorVersion) {
        if (enrich != null || aggregate != null) {
            throw new IllegalStateException("services are running; stopServices() first");
        }
        enrich = EnrichService.start(EnrichConfig.from(serviceSettings), serdes.registry(), enrichMetrics,
                extractor, extractorVersion);
        aggregate = AggregateService.start(AggregateConfig.from(serviceSettings), serdes.registry(), aggregateMetrics);
    }

    /** Stops aggregate and enrich (they leave their groups); broker and registry stay up. Idempotent. */
    public void stopServices() {
        closeQuietly(aggregate);
        aggregate = null;
        closeQuietly(enrich);
        enrich = null;
    }

    /**
     * Rewinds the stopped enrich application on the articles topic (see {@link Replay}).
     *
     * @param from null for every article, else the first record at or after this time
     * @throws Replay.ApplicationRunning if enrich still has members
     */
    public Map<TopicPartition, Long> replay(Instant from) throws InterruptedException, ExecutionException {
        return new Replay(admin).rewind(EnrichConfig.from(serviceSettings).streams().applicationId(), Topics.ARTICLES.name(), from);
    }

    /** The production extractor this pipeline runs by default (loaded once), e.g. to wrap in a test. */
    public Function<Article, Extraction> defaultExtractor() {
        if (defaultExtractor == null) {
            defaultExtractor = EnrichService.defaultExtractor();
        }
        return defaultExtractor;
    }

    /**
     * The settings the services run with (broker, registry, state dirs): the base for another
     * instance of a service, e.g. a second aggregate with its own state dir and port.
     */
    public Settings serviceSettings() {
        return serviceSettings;
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

    /** The running enrich service, null while stopped. */
    public EnrichService enrich() {
        return enrich;
    }

    /** The running aggregate service, null while stopped. */
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
        return awaitProcessedSince(timeout, Duration.ofMillis(250)).isPresent();
    }

    /**
     * Like {@link #awaitProcessed}, polling every {@code poll}: the {@link System#nanoTime()} when
     * everything was first seen processed, or empty on timeout.
     */
    public OptionalLong awaitProcessedSince(Duration timeout, Duration poll) throws InterruptedException {
        return new ProcessingWatcher(admin).awaitIdleSince(applications(), timeout, poll);
    }

    /** What is left to process, one line per lagging partition or open transaction ({@link ProcessingWatcher#backlog}). */
    public List<String> backlog() throws InterruptedException {
        List<String> lines = new ArrayList<>(new ProcessingWatcher(admin).backlog(applications()));
        Stream.of(enrich == null ? null : enrich.app().streams(), aggregate == null ? null : aggregate.streams())
                .filter(Objects::nonNull).forEach(streams -> lines.addAll(StreamThreads.describe(streams)));
        return lines;
    }

    private List<ProcessingWatcher.Application> applications() {
        return List.of(
                new ProcessingWatcher.Application(EnrichConfig.from(serviceSettings).streams().applicationId(), List.of(Topics.ARTICLES.name())),
                new ProcessingWatcher.Application(AggregateConfig.from(serviceSettings).applicationId(), List.of(Topics.EVENTS.name())));
    }

    /** Enrich's metrics registry (kept across service restarts). */
    public PrometheusMeterRegistry enrichMetrics() {
        return enrichMetrics;
    }

    /** Aggregate's metrics registry (kept across service restarts), e.g. its end-to-end latency histogram. */
    public PrometheusMeterRegistry aggregateMetrics() {
        return aggregateMetrics;
    }

    /** The all-time tallies as a subscriber of the tally topic sees them. */
    public Map<String, RegionTally> tallies() {
        return TopicSnapshot.read(connection, Topics.REGION_TALLIES, serdes);
    }

    @Override
    public void close() {
        stopServices();
        while (!resources.isEmpty()) {
            closeQuietly(resources.pop());
        }
    }

    private static void closeQuietly(AutoCloseable service) {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (Exception e) {
            log.warn("closing {} failed: {}", service.getClass().getSimpleName(), e.toString());
        }
    }
}
