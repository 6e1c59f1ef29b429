package dev.conflictstream.aggregate;

import dev.conflictstream.aggregate.query.KafkaStreamsAccess;
import dev.conflictstream.schema.topic.Topics;
import dev.conflictstream.aggregate.query.QueryServer;
import dev.conflictstream.aggregate.query.QueryToken;
import dev.conflictstream.runtime.OpsServer;
import dev.conflictstream.runtime.ServiceMetrics;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.runtime.StreamsApp;
import dev.conflictstream.schema.serde.SchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate service: the topology in a KafkaStreams instance plus its query API, served
 * on the same port as {@code /metrics}, {@code /health} and {@code /ready}. Thin by design;
 * the logic is in {@link AggregateTopology} and the query package.
 *
 * <p>Order matters: the HTTP port is bound first, so {@code application.server} advertises the
 * port actually bound (also when {@code http.port=0}); queries answer 503 until Streams is
 * RUNNING.
 */
public final class AggregateService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AggregateService.class);

    /** How often the region gauges re-read the tally stores. */
    static final Duration GAUGE_REFRESH = Duration.ofSeconds(5);

    private final StreamsApp app;
    private final OpsServer ops;
    private final QueryServer queries;
    private final String applicationId;
    private final ScheduledExecutorService gaugeRefresh;

    private AggregateService(StreamsApp app, OpsServer ops, QueryServer queries, String applicationId,
                             ScheduledExecutorService gaugeRefresh) {
        this.app = app;
        this.ops = ops;
        this.queries = queries;
        this.applicationId = applicationId;
        this.gaugeRefresh = gaugeRefresh;
    }

    public static void main(String[] args) {
        AggregateConfig config = AggregateConfig.from(Settings.of(Map.of()));
        AggregateService service = start(config, config.connection().registryClient(),
                ServiceMetrics.create("aggregate"));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "aggregate-shutdown"));
    }

    /** Starts the query API and the topology; the launcher and tests call this. */
    public static AggregateService start(AggregateConfig config, SchemaRegistryClient registry, PrometheusMeterRegistry metrics) {
        AtomicReference<KafkaStreams> streams = new AtomicReference<>();
        AtomicReference<StreamsApp> app = new AtomicReference<>();
        OpsServer ops = OpsServer.start(config.httpHost(), config.httpPort(), config.httpTls(), metrics,
                () -> app.get() != null && app.get().isRunning());
        try {
            KafkaStreamsAccess stores = new KafkaStreamsAccess(streams::get, new TopicPartitionCount(config.connection().clientConfig(), Topics.EVENTS.name()));
            QueryServer queries = QueryServer.attach(stores, ops, config.advertisedHost(), QueryToken.of(config.httpToken()),
                    config.httpTls());
            AggregateConfig bound = config.withHttpPort(ops.port());
            LOG.info("aggregate: config {} application.server={}", bound.streams().describe(), bound.applicationServer());
            app.set(new StreamsApp("aggregate", AggregateTopology.build(bound, new TopicSerdes(registry), new AggregateMetrics(metrics)),
                    bound.toStreamsProperties(), metrics));
            streams.set(app.get().streams());
            RegionGauges gauges = new RegionGauges(stores, metrics);
            ScheduledExecutorService gaugeRefresh = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "aggregate-region-gauges");
                thread.setDaemon(true);
                return thread;
            });
            gaugeRefresh.scheduleWithFixedDelay(() -> {
                try {
                    gauges.refresh();
                } catch (RuntimeException e) {
                    LOG.warn("aggregate: region gauges not refreshed: {}", e.toString());
                }
            }, 1, GAUGE_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
            app.get().start();
            LOG.info("aggregate started: application.id={}, queries on {}://{}", bound.applicationId(), bound.httpTls().scheme(),
                    bound.applicationServer());
            return new AggregateService(app.get(), ops, queries, bound.applicationId(), gaugeRefresh);
        } catch (RuntimeException e) {
            // Do not leave the bound port or a Streams client behind (the gauge thread is a daemon).
            if (app.get() != null) {
                app.get().close();
            }
            ops.close();
            throw e;
        }
    }

    public KafkaStreams streams() {
        return app.streams();
    }

    public String applicationId() {
        return applicationId;
    }

    public int httpPort() {
        return ops.port();
    }

    /** Base URL of this instance's query API. */
    public String queryUrl() {
        return queries.scheme() + "://" + queries.self().host() + ":" + queries.self().port();
    }

    @Override
    public void close() {
        gaugeRefresh.shutdownNow();
        queries.close();
        app.close();
        ops.close();
    }
}
