package dev.conflictstream.launcher;

import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.runtime.Secrets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The one-command run: broker, registry, services, ingest the samples, wait until they are
 * processed, print the per-region table, keep serving until Ctrl-C (or exit with --once).
 * With {@code --replay} the articles already in the topic are re-processed first (see
 * docs/replay.md).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline (embedded Kafka unless --bootstrap-servers), ingest samples, print the per-region table.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    TopicOptions topics;

    @Option(names = "--once", description = "Exit after printing the table instead of serving until Ctrl-C.")
    boolean once;

    @Option(names = "--data-dir", defaultValue = "data", description = "Embedded broker and state stores live here (default: ${DEFAULT-VALUE}); reused on the next start.")
    Path dataDir;

    @Option(names = "--timeout", defaultValue = "PT3M", description = "How long to wait for the samples to be processed (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--samples", description = "Files or folders to ingest (default: samples/).")
    List<Path> samples = List.of(Path.of("samples"));

    @Option(names = "--replay", description = "Before ingesting, re-process every article already in the articles topic "
            + "(enrich is rewound while stopped; tallies are upserted, never double-counted).")
    boolean replay;

    @Option(names = "--replay-from", paramLabel = "INSTANT", description = "Like --replay, but only articles written to the "
            + "topic at or after this instant (ISO-8601, e.g. 2025-02-07T00:00:00Z).")
    Instant replayFrom;

    @Override
    public Integer call() throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(topics.applyTo(connection.settings()), connection.external(), dataDir)) {
            if (replay || replayFrom != null) {
                // The embedded broker lives in this process, so the replay happens here: stop, rewind, start.
                pipeline.stopServices();
                var rewound = pipeline.replay(replayFrom);
                System.err.println("run: enrich rewound on " + rewound.size() + " partitions"
                        + (replayFrom == null ? " to the beginning" : " to " + replayFrom));
                pipeline.startServices();
            }
            IngestSummary summary = new IngestSummary(0, 0, 0, 0);
            if (!connection.external() && SamplesMarker.alreadyIngested(dataDir, samples)) {
                System.err.println("run: the samples are already in " + dataDir + " (ingested on an earlier start; delete "
                        + dataDir.resolve(SamplesMarker.FILE) + " to ingest them again)");
            } else {
                summary = pipeline.ingest(samples, System.err);
                System.err.println(summary);
                if (!connection.external() && summary.failed() == 0) {
                    SamplesMarker.record(dataDir, samples);
                }
            }
            if (!pipeline.awaitProcessed(timeout)) {
                System.err.println("run: the pipeline did not finish processing within " + timeout + "; the table may be partial");
                pipeline.backlog().forEach(line -> System.err.println("run:   " + line));
            }
            System.out.println();
            System.out.print(RegionTable.format(List.copyOf(pipeline.tallies().values())));
            System.out.println();
            if (once) { // the URLs below close with this process: not advertised
                return summary.failed() > 0 ? 1 : 0;
            }
            System.out.println("Kafka:            " + pipeline.connection().bootstrapServers());
            System.out.println("Schema Registry:  " + Secrets.redactUrls(pipeline.connection().schemaRegistryUrl()));
            System.out.println("Map:              http://localhost:" + pipeline.aggregate().httpPort() + "/");
            System.out.println("Query API:        http://localhost:" + pipeline.aggregate().httpPort() + "/regions");
            System.out.println("Exports:          http://localhost:" + pipeline.aggregate().httpPort() + "/export/events.csv (ACLED columns), "
                    + "/export/incidents.geojson");
            System.out.println("Metrics:          http://localhost:" + pipeline.enrich().httpPort() + "/metrics (enrich), http://localhost:"
                    + pipeline.aggregate().httpPort() + "/metrics (aggregate)");
            System.out.println("Serving until Ctrl-C.");
            // Ctrl-C: the hook only wakes this thread, which owns the pipeline and closes it; the
            // hook then waits for that, because the JVM halts when its hooks return.
            CountDownLatch stop = new CountDownLatch(1);
            CountDownLatch closed = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    closed.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "pipeline-shutdown"));
            stop.await();
            pipeline.close();
            closed.countDown();
            return 0;
        }
    }
}
