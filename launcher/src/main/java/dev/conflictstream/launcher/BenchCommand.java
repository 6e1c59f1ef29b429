package dev.conflictstream.launcher;

import dev.conflictstream.aggregate.AggregateMetrics;
import dev.conflictstream.enrich.extract.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.ingest.ArticlePublisher;
import dev.conflictstream.ingest.IngestConfig;
import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.ingest.read.ArticleDraft;
import dev.conflictstream.ingest.read.ReadResult;
import dev.conflictstream.runtime.DeadLetters;
import dev.conflictstream.runtime.ServiceMetrics;
import dev.conflictstream.schema.RegionTally;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline bench}: the whole pipeline in this JVM (embedded broker, registry, enrich,
 * aggregate, on free ports and a fresh data dir), N generated ~3 KB articles ({@link ArticleCorpus})
 * published through ingest's {@link ArticlePublisher} and producer settings, optionally paced; waits
 * until enrich and aggregate have committed everything, then prints one table: ingest rate,
 * end-to-end throughput, end-to-end latency from aggregate's
 * {@code conflictstream_end_to_end_latency_seconds} histogram, events, incidents, heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmark: embedded pipeline, N generated articles ingested (optionally at a fixed rate), "
                + "prints ingest rate, end-to-end throughput and latency, events, incidents, heap.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "20000", description = "Articles to publish (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", defaultValue = "0", paramLabel = "R",
            description = "Publish at R articles/s, to measure latency at a sustainable rate (default: unlimited).")
    double rate;

    @Option(names = "--data-dir", description = "Broker data and state stores (default: a temp dir, deleted after).")
    Path dataDir;

    @Option(names = "--timeout", defaultValue = "PT15M", description = "How long to wait for processing (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    private static final long MB = 1_000_000;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("conflictstream-bench-");
        try {
            return run(dir);
        } finally {
            if (dataDir == null) {
                deleteRecursively(dir);
            }
        }
    }

    private int run(Path dir) throws Exception {
        ArticleCorpus corpus = ArticleCorpus.fromEvalDir(ArticleCorpus.evalDir());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (LocalPipeline pipeline = LocalPipeline.startOnFreePorts(dir)) {
            Timer latency = pipeline.aggregateMetrics().get(AggregateMetrics.END_TO_END_LATENCY).timer();
            // The Prometheus timer's max decays after ~2 min, and heap goes up and down: sample both.
            AtomicLong peakHeap = new AtomicLong();
            AtomicLong peakLatencyNanos = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bench-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                peakLatencyNanos.accumulateAndGet((long) latency.max(TimeUnit.NANOSECONDS), Math::max);
            }, 0, 100, TimeUnit.MILLISECONDS);

            // Publish only once both services are RUNNING, so the latency is not the start-up rebalance.
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!(pipeline.enrich().app().isRunning()
                    && pipeline.aggregate().streams().state() == org.apache.kafka.streams.KafkaStreams.State.RUNNING)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("enrich and aggregate did not reach RUNNING within 2 minutes");
                }
                Thread.sleep(50);
            }
            System.err.printf(Locale.ROOT, "bench: publishing %,d articles %s%n", articles,
                    rate > 0 ? String.format(Locale.ROOT, "at %,.0f/s", rate) : "as fast as possible");
            IngestConfig ingest = IngestConfig.from(pipeline.serviceSettings(), List.of());
            Pacer pacer = new Pacer(rate);
            long bytes = 0;
            long start;
            IngestSummary published;
            try (var producer = new KafkaProducer<>(ingest.producerProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
                var publisher = new ArticlePublisher(producer, pipeline.serdes(), ServiceMetrics.create("ingest"), System.err, Clock.systemUTC());
                start = System.nanoTime();
                for (int i = 0; i < articles; i++) {
                    ArticleText a = corpus.next();
                    long wait = pacer.nanosUntilDue(i, System.nanoTime() - start);
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    publisher.accept(new ReadResult.Parsed(new ArticleDraft(null, a.id(), a.title(), a.published(), "bench",
                            a.text(), "bench#" + i)));
                    bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
                }
                published = publisher.finish();
            }
            long ingestNanos = System.nanoTime() - start;
            System.err.println(published + "; waiting until enrich and aggregate have processed everything ...");
            OptionalLong processedAt = pipeline.awaitProcessedSince(timeout, Duration.ofMillis(50));
            sampler.shutdown();
            sampler.awaitTermination(5, TimeUnit.SECONDS);

            LatencyPercentiles lat = LatencyPercentiles.of(latency).withMax(peakLatencyNanos.get() / 1e9);
            double events = pipeline.enrichMetrics().find("conflictstream.events.extracted").counters().stream()
                    .mapToDouble(Counter::count).sum();
            double enriched = pipeline.enrichMetrics().counter("conflictstream.articles.enriched").count();
            List<Counter> deadLetterCounters = Stream.of(pipeline.enrichMetrics(), pipeline.aggregateMetrics())
                    .flatMap(registry -> registry.find(DeadLetters.METRIC).counters().stream()).toList();
            double deadLetters = deadLetterCounters.stream().mapToDouble(Counter::count).sum();
            String deadLetterReasons = deadLetterCounters.stream().filter(c -> c.count() > 0)
                    .map(c -> c.getId().getTag("stage") + "/" + c.getId().getTag("reason") + " " + (long) c.count())
                    .collect(java.util.stream.Collectors.joining(", "));
            List<RegionTally> tallies = List.copyOf(pipeline.tallies().values());
            long incidents = tallies.stream().mapToLong(RegionTally::getIncidents).sum();
            long reports = tallies.stream().mapToLong(RegionTally::getReports).sum();
            System.gc();
            long liveHeap = memory.getHeapMemoryUsage().getUsed();
            long maxHeap = memory.getHeapMemoryUsage().getMax();

            double ingestSeconds = ingestNanos / 1e9;
            StringBuilder t = new StringBuilder();
            row(t, "articles", String.format(Locale.ROOT, "%,d published (%,d failed), mean %,d B, %.1f MB of text",
                    published.published(), published.failed(), bytes / Math.max(1, articles), bytes / (double) MB));
            row(t, "publish rate", rate > 0 ? String.format(Locale.ROOT, "paced at %,.0f articles/s", rate) : "unlimited");
            row(t, "ingest rate", String.format(Locale.ROOT, "%,.0f articles/s, %.1f MB/s (%.2f s)",
                    articles / ingestSeconds, bytes / (double) MB / ingestSeconds, ingestSeconds));
            if (processedAt.isPresent()) {
                double e2eSeconds = (processedAt.getAsLong() - start) / 1e9;
                row(t, "end-to-end throughput", String.format(Locale.ROOT, "%,.0f articles/s (%.2f s first publish -> all processed)",
                        articles / e2eSeconds, e2eSeconds));
            } else {
                row(t, "end-to-end throughput", "NOT FINISHED within " + timeout);
            }
            row(t, "end-to-end latency p50", seconds(lat.p50()));
            row(t, "end-to-end latency p99", seconds(lat.p99()));
            row(t, "end-to-end latency max", seconds(lat.max()));
            row(t, "latency samples", String.format(Locale.ROOT, "%,d region-tally updates", lat.count()));
            row(t, "articles enriched", String.format(Locale.ROOT, "%,.0f", enriched));
            row(t, "dead letters", String.format(Locale.ROOT, "%,.0f", deadLetters)
                    + (deadLetterReasons.isEmpty() ? "" : " (" + deadLetterReasons + ")"));
            row(t, "events extracted", String.format(Locale.ROOT, "%,.0f", events));
            row(t, "incidents", String.format(Locale.ROOT, "%,d in %,d regions (%,d reports merged into them)",
                    incidents, tallies.size(), reports));
            row(t, "heap used, peak", String.format(Locale.ROOT, "%,d MB of %,d MB max (sampled every 100 ms)",
                    peakHeap.get() / MB, maxHeap / MB));
            row(t, "heap used after GC", String.format(Locale.ROOT, "%,d MB", liveHeap / MB));
            row(t, "machine", String.format(Locale.ROOT, "%d CPUs, load average %.2f before, %.2f after",
                    Runtime.getRuntime().availableProcessors(), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            System.out.println();
            System.out.print(t);
            System.out.println("One JVM holds broker, schema registry, enrich, aggregate and the publisher: heap and CPU are theirs together.");
            return processedAt.isPresent() && published.failed() == 0 ? 0 : 1;
        }
    }

    private static void row(StringBuilder table, String metric, String value) {
        if (table.length() == 0) {
            table.append(String.format(Locale.ROOT, "%-24s %s%n", "METRIC", "VALUE"));
        }
        table.append(String.format(Locale.ROOT, "%-24s %s%n", metric, value));
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "-" : s < 1 ? String.format(Locale.ROOT, "%.0f ms", s * 1000) : String.format(Locale.ROOT, "%.2f s", s);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
