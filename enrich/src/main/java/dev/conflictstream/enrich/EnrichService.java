package dev.conflictstream.enrich;

import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.runtime.OpsServer;
import dev.conflictstream.runtime.ServiceMetrics;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.runtime.StreamsApp;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.serde.SchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: loads the gazetteer, builds the topology, runs it, serves ops
 * endpoints. Runs alone ({@code main}) or inside the launcher's one-command run.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);

    private final StreamsApp app;
    private final OpsServer ops;

    private final String applicationId;

    private EnrichService(StreamsApp app, OpsServer ops, String applicationId) {
        this.applicationId = applicationId;
        this.app = app;
        this.ops = ops;
    }

    /** Starts enrich with the production extractor (loads the gazetteer). */
    public static EnrichService start(EnrichConfig config, SchemaRegistryClient registry, PrometheusMeterRegistry metrics) {
        return start(config, registry, metrics, defaultExtractor(), Extractor.VERSION);
    }

    /**
     * Starts enrich with another extractor: a new version during a switch-over, or a changed
     * one in tests (corrections). The version is stamped on every event it produces.
     */
    public static EnrichService start(EnrichConfig config, SchemaRegistryClient registry, PrometheusMeterRegistry metrics,
                                      Function<Article, Extraction> extractor, String extractorVersion) {
        log.info("enrich: config {} extractor={}", config.streams().describe(), extractorVersion);
        Topology topology = EnrichTopology.build(new TopicSerdes(registry), extractor, extractorVersion,
                new EnrichMetrics(metrics), config.streams().pacing());
        StreamsApp app = new StreamsApp("enrich", topology, config.streams().streamsProperties(), metrics);
        try {
            OpsServer ops = OpsServer.start(config.streams().httpHost(), config.streams().httpPort(), metrics, app::isRunning);
            app.start();
            return new EnrichService(app, ops, config.streams().applicationId());
        } catch (RuntimeException e) {
            app.close(); // e.g. the ops port is taken: do not leave a Streams client and its threads behind
            throw e;
        }
    }

    /** The production extractor over the bundled gazetteer; loading takes a moment, so share it. */
    public static Function<Article, Extraction> defaultExtractor() {
        long started = System.nanoTime();
        Extractor extractor = new Extractor(Gazetteer.loadDefault());
        log.info("enrich: extractor {} ready in {} ms", Extractor.VERSION, (System.nanoTime() - started) / 1_000_000);
        return article -> extractor.extract(EventRecords.articleText(article));
    }

    public String applicationId() {
        return applicationId;
    }

    public StreamsApp app() {
        return app;
    }

    public int httpPort() {
        return ops.port();
    }

    @Override
    public void close() {
        app.close();
        ops.close();
    }

    public static void main(String[] args) {
        EnrichConfig config = EnrichConfig.from(Settings.of(Map.of()));
        EnrichService service = start(config, config.connection().registryClient(),
                ServiceMetrics.create("enrich"));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "enrich-shutdown"));
    }
}
