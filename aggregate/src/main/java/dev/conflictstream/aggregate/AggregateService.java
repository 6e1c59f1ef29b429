package dev.conflictstream.aggregate;

import dev.conflictstream.aggregate.query.KafkaStreamsAccess;
import dev.conflictstream.aggregate.query.QueryServer;
import dev.conflictstream.schema.serde.SchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate service: the topology in a KafkaStreams instance plus its query API. Thin by
 * design; the logic is in {@link AggregateTopology} and the query package.
 *
 * <p>Order matters: the HTTP port is bound first, so {@code application.server} advertises the
 * port actually bound (also when {@code http.port=0}); queries answer 503 until Streams is
 * RUNNING.
 */
public final class AggregateService implements AutoCloseable {
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(AggregateService.class);

    private final KafkaStreams streams;
    private final QueryServer queries;

    private AggregateService(KafkaStreams streams, QueryServer queries) {
        this.streams = streams;
        this.queries = queries;
    }

    public static void main(String[] args) throws IOException {
        trustGeneratedAvroClasses();
        AggregateConfig config = AggregateConfig.load(args, System.getenv());
        AggregateService service = start(config, registryClient(config));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "aggregate-shutdown"));
    }

    // TODO(registry owner): return new HttpSchemaRegistryClient(config.schemaRegistryUrl()) once
    // dev.conflictstream.schema.serde.HttpSchemaRegistryClient is merged into this branch.
    static SchemaRegistryClient registryClient(AggregateConfig config) {
        throw new IllegalStateException("no HTTP schema registry client on this branch yet (registry "
                + config.schemaRegistryUrl() + "); use AggregateService.start(config, client)");
    }

    /** Starts the query API and the topology; the embedded launcher and tests call this. */
    public static AggregateService start(AggregateConfig config, SchemaRegistryClient registry) throws IOException {
        AtomicReference<KafkaStreams> ref = new AtomicReference<>();
        QueryServer queries = QueryServer.start(new KafkaStreamsAccess(ref::get),
                new InetSocketAddress(config.httpHost(), config.httpPort()), config.advertisedHost());
        AggregateConfig bound = config.withHttpPort(queries.port());
        KafkaStreams streams = new KafkaStreams(AggregateTopology.build(bound, new TopicSerdes(registry)),
                bound.toStreamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread died; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        ref.set(streams);
        streams.start();
        LOG.info("aggregate started: application.id={}, queries on http://{}", bound.applicationId(), bound.applicationServer());
        return new AggregateService(streams, queries);
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Base URL of this instance's query API. */
    public String queryUrl() {
        return "http://" + queries.self().host() + ":" + queries.self().port();
    }

    @Override
    public void close() {
        queries.close();
        if (!streams.close(CLOSE_TIMEOUT)) {
            LOG.warn("streams did not close within {}", CLOSE_TIMEOUT);
        }
    }

    /** Avro 1.12 decodes only trusted classes into SpecificRecords: trust the generated ones. */
    static void trustGeneratedAvroClasses() {
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                c -> c.getName().startsWith("dev.conflictstream.schema.")));
    }
}
