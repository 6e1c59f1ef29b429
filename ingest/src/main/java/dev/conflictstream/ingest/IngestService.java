package dev.conflictstream.ingest;

import dev.conflictstream.ingest.read.ArticleFiles;
import dev.conflictstream.runtime.DeadLetterFit;
import dev.conflictstream.runtime.ServiceMetrics;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.serde.TopicSerdes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Ingest as its own process: {@code IngestService PATH...} reads the files and folders,
 * publishes, prints a one-line summary, exits non-zero if anything was rejected or not published.
 */
public final class IngestService {
    private IngestService() {}

    public static IngestSummary run(IngestConfig config, TopicSerdes serdes, MeterRegistry metrics, PrintStream progress) {
        try (var producer = new KafkaProducer<>(config.producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
             var clientMetrics = new KafkaClientMetrics(producer)) {
            clientMetrics.bindTo(metrics);
            ArticlePublisher publisher = new ArticlePublisher(producer, DeadLetterFit.maxRequestSize(config.producerProperties()), serdes, metrics, progress, Clock.systemUTC());
            ArticleFiles.read(config.inputs(), publisher::accept);
            return publisher.finish();
        }
    }

    public static void main(String[] args) {
        IngestConfig config = IngestConfig.from(Settings.of(Map.of()), Arrays.stream(args).map(Path::of).toList());
        var metrics = ServiceMetrics.create("ingest");
        var serdes = new TopicSerdes(config.connection().registryClient());
        IngestSummary summary;
        try {
            summary = run(config, serdes, metrics, System.err);
        } catch (ArticlePublisher.Stopped e) {
            System.err.println(e.getMessage());
            summary = e.summary();
        }
        System.out.println(summary);
        System.exit(summary.complete() ? 0 : 1);
    }
}
