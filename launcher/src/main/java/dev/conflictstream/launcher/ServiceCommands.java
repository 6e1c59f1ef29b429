package dev.conflictstream.launcher;

import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.aggregate.AggregateService;
import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.enrich.EnrichService;
import dev.conflictstream.ingest.ArticlePublisher;
import dev.conflictstream.ingest.InboxWatcher;
import dev.conflictstream.ingest.IngestConfig;
import dev.conflictstream.ingest.IngestService;
import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.ServiceMetrics;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.serde.TopicSerdes;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Each service alone against a running cluster, as production and docker-compose run them. */
final class ServiceCommands {
    private ServiceCommands() {}

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Publish articles from files and folders (text, JSON Lines, RSS/Atom) to the articles topic.",
                    "With --watch DIR: keep running, publish every new file dropped into DIR, serve /metrics /health /ready "
                            + "on ingest.metrics.port (default " + IngestConfig.DEFAULT_METRICS_PORT + ").",
                    "Needs a running pipeline (./pipeline) or --bootstrap-servers and --schema-registry-url. "
                            + "Exit code 0 only when everything read was published; 1 when anything was rejected or not published."})
    static final class Ingest implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Option(names = "--watch", paramLabel = "DIR", description = "Poll DIR for new files until stopped (PATHs are published first).")
        Path watch;

        @Option(names = "--poll-interval", defaultValue = "PT3S", description = "How often --watch looks for new files (ISO-8601, default: ${DEFAULT-VALUE}).")
        Duration pollInterval;

        @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders, read recursively.")
        List<Path> inputs = List.of();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            if (watch == null && inputs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give PATH... to publish, or --watch DIR");
            }
            IngestConfig config = IngestConfig.from(connection.settings(), inputs);
            Reachability.require(config.connection());
            TopicSerdes serdes = new TopicSerdes(config.connection().registryClient());
            PrometheusMeterRegistry metrics = ServiceMetrics.create("ingest");
            if (!inputs.isEmpty()) {
                IngestSummary summary;
                try {
                    summary = IngestService.run(config, serdes, metrics, System.err);
                } catch (ArticlePublisher.Stopped e) {
                    System.err.println(e.getMessage());
                    System.out.println(e.summary());
                    return 1;
                }
                System.out.println(summary);
                if (watch == null) {
                    return summary.complete() ? 0 : 1; // a rejected input is a failed ingest for scripts
                }
            }
            return serveUntilStopped(InboxWatcher.start(config, serdes, metrics, watch, pollInterval, System.err));
        }
    }

    @Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich service until stopped.")
    static final class Enrich implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() throws InterruptedException {
            EnrichConfig config = EnrichConfig.from(connection.settings());
            return serveUntilStopped(EnrichService.start(config, config.connection().registryClient(), ServiceMetrics.create("enrich")));
        }
    }

    @Command(name = "aggregate", mixinStandardHelpOptions = true, description = "Run the aggregate service and its query API until stopped.")
    static final class Aggregate implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() throws InterruptedException {
            AggregateConfig config = AggregateConfig.from(connection.settings());
            return serveUntilStopped(AggregateService.start(config, config.connection().registryClient(),
                    ServiceMetrics.create("aggregate")));
        }
    }

    @Command(name = "create-topics", mixinStandardHelpOptions = true, description = {"Create the topics of the contract that are missing.",
            "Data topics get topic.partitions partitions (default " + TopicPartitions.CLUSTER_DEFAULT + "), the dead-letter topic 1; "
                    + "existing topics are never altered."})
    static final class CreateTopics implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Mixin
        TopicOptions topics;

        @Option(names = "--replication-factor", defaultValue = "1")
        short replicationFactor;

        @Override
        public Integer call() {
            Settings settings = topics.applyTo(connection.settings());
            try (Admin admin = Admin.create(KafkaConnection.from(settings).clientConfig())) {
                TopicsAdmin.Outcome outcome = TopicsAdmin.ensure(admin, TopicPartitions.from(settings, false), replicationFactor);
                System.out.println(outcome.created().isEmpty() ? "all topics exist" : "created " + outcome.created());
                outcome.otherPartitions().forEach((topic, count) -> System.out.println(
                        "kept " + topic + " with its " + count + " partitions (see docs/operations.md, \"Topic partitions\")"));
                return 0;
            }
        }
    }

    static int serveUntilStopped(AutoCloseable service) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("shutdown: " + e);
            } finally {
                stop.countDown();
            }
        }, "service-shutdown"));
        stop.await();
        return 0;
    }
}
