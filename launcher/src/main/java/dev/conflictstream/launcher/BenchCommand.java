package dev.conflictstream.launcher;

import dev.conflictstream.aggregate.AggregateMetrics;
import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.ingest.IngestConfig;
import dev.conflictstream.runtime.DeadLetters;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.topic.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline bench}: the whole pipeline in this JVM (embedded broker, registry, enrich,
 * aggregate, on free ports and a fresh data dir) measured in steady state. Phases, in order: a
 * warm-up (published and processed, not measured: JIT), a burst of N articles (throughput, CPU
 * per article by thread group, records per article by topic), with {@code --flat-check} a second
 * burst of 10 x N, with {@code --rate} a paced phase (latency), and last, with the services
 * stopped, a one-hop exactly-once copy of the same articles ({@link Passthrough}), the ceiling
 * the pipeline's throughput is divided by. Prints one table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
                "End-to-end benchmark in steady state, one JVM (embedded broker, registry, enrich, aggregate). "
                        + "Phases: warm-up (not measured); burst of N articles (throughput, ratio to an exactly-once "
                        + "passthrough, CPU ms and records per article); --flat-check: burst of 10 x N; --rate: paced "
                        + "phase (latency p50/p99/max); passthrough copy. Prints one table.",
                "Corpora, all built from the eval texts: 'chronological' (default) publishes them in date order, 100 a day, "
                        + "as a live feed or a replay delivers news; 'varied' spreads their dates over four years in no "
                        + "order, so nearly every report lands in an incident and a tally day of its own (the most "
                        + "output per article); 'repeat' keeps copies of a text within days of each other, piling "
                        + "reports into few incident groups."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N",
            description = "Articles in the measured burst, published as fast as possible (0: no burst) (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", defaultValue = "auto", paramLabel = "N|auto", converter = WarmUpConverter.class,
            description = "Articles published and fully processed before measuring, excluded from every figure; 'auto': rounds "
                    + "of " + WarmUp.ROUND + " until the JIT compiler takes under " + WarmUp.SETTLED_JIT_PERCENT
                    + "%% of the CPU (at least " + WarmUp.MIN
                    + ", at most " + WarmUp.MAX + ") (default: ${DEFAULT-VALUE}).")
    WarmUp warmup;

    @Option(names = "--rate", defaultValue = "0", paramLabel = "R",
            description = "After the burst, a paced phase at R articles/s for the latency figures (default: none).")
    double rate;

    @Option(names = "--paced-articles", paramLabel = "N",
            description = "Articles in the paced phase (default: 30 s worth, 30 x R).")
    Integer pacedArticles;

    @Option(names = "--flat-check",
            description = "After the burst of N, a burst of 10 x N; prints both rates and their ratio (flat cost: ~1).")
    boolean flatCheck;

    @Option(names = "--passthrough-records", defaultValue = "60000", paramLabel = "N",
            description = "Records the passthrough copies: the articles' records cycled up to N, enough for a few "
                    + "of its one-second commits (default: ${DEFAULT-VALUE}).")
    int passthroughRecords;

    @Option(names = "--corpus", defaultValue = "chronological", paramLabel = "varied|chronological|repeat",
            converter = CorpusConverter.class, description = "Articles to publish (default: ${DEFAULT-VALUE}).")
    BenchCorpus corpus;

    @Option(names = "--data-dir", description = "Broker data and state stores (default: a temp dir, deleted after).")
    Path dataDir;

    @Option(names = "--timeout", defaultValue = "PT15M", description = "How long to wait for each phase to be processed (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    private static final long MB = 1_000_000;

    static final class WarmUpConverter implements picocli.CommandLine.ITypeConverter<WarmUp> {
        @Override
        public WarmUp convert(String value) {
            return WarmUp.parse(value);
        }
    }

    static final class CorpusConverter implements picocli.CommandLine.ITypeConverter<BenchCorpus> {
        @Override
        public BenchCorpus convert(String value) {
            return BenchCorpus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

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
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double loadBefore = loadAverage();
        BenchTable t = new BenchTable();
        boolean ok = true;
        try (LocalPipeline pipeline = LocalPipeline.startOnFreePorts(dir);
             BenchPublisher publisher = new BenchPublisher(pipeline, corpus.open(ArticleCorpus.evalDir()))) {
            Timer latency = pipeline.aggregateMetrics().get(AggregateMetrics.END_TO_END_LATENCY).timer();
            try (PeakSampler sampler = new PeakSampler(latency)) {
                awaitRunning(pipeline);
                BenchPhases phases = new BenchPhases(pipeline, publisher, sampler, latency, timeout);
                t.row("corpus", "%s", corpus.name().toLowerCase(Locale.ROOT));
                ok &= warmUp(phases, t);
                Optional<BenchPhases.Phase> burst = Optional.empty();
                if (articles > 0) {
                    log("burst: %,d articles as fast as possible", articles);
                    burst = Optional.of(phases.run(articles, 0));
                    ok &= burst.get().finished() && burst.get().batch().failed() == 0;
                    printBurst(t, burst.get());
                }
                if (flatCheck && articles > 0) {
                    log("flat check: %,d articles as fast as possible", 10 * articles);
                    BenchPhases.Phase large = phases.run(10 * articles, 0);
                    ok &= large.finished();
                    printFlatCheck(t, burst.get(), large);
                }
                if (rate > 0) {
                    int n = pacedArticles != null ? pacedArticles : (int) Math.ceil(30 * rate);
                    log("paced: %,d articles at %,.0f/s", n, rate);
                    BenchPhases.Phase paced = phases.run(n, rate);
                    ok &= paced.finished();
                    t.row(String.format(Locale.ROOT, "latency @ %,.0f/s p50/p99/max", rate), "%s", BenchTable.latency(paced.latency()));
                    t.row("  paced phase", "%,d articles, %s", n, paced.finished()
                            ? String.format(Locale.ROOT, "%,.0f articles/s end to end", paced.articlesPerSecond()) : "NOT FINISHED");
                }
                printTotals(t, pipeline);
                pipeline.stopServices();
                log("passthrough: one exactly-once copy of %,d article records", passthroughRecords);
                Properties fillProducer = IngestConfig.from(pipeline.serviceSettings(), List.of()).producerProperties();
                fillProducer.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-passthrough-fill");
                Optional<Passthrough.Result> passthrough;
                try {
                    passthrough = Passthrough.run(pipeline.admin(), pipeline.connection(), fillProducer, Topics.ARTICLES.name(),
                            passthroughRecords, dir.resolve("state/passthrough"), timeout);
                } catch (RuntimeException e) { // the figures measured so far still make the table
                    log("passthrough: failed: %s", e);
                    passthrough = Optional.empty();
                }
                ok &= passthrough.isPresent();
                printPassthrough(t, passthrough, burst);
                System.gc();
                t.row("heap used, peak", "%,d MB of %,d MB max (sampled every 100 ms)", sampler.heapPeakBytes() / MB,
                        memory.getHeapMemoryUsage().getMax() / MB);
                t.row("heap used after GC", "%,d MB", memory.getHeapMemoryUsage().getUsed() / MB);
            }
        }
        t.row("machine", "%d CPUs, load average %.2f before, %.2f after", Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAverage());
        System.out.println();
        System.out.print(t);
        System.out.println("One JVM holds broker, schema registry, enrich, aggregate and the publisher: heap and CPU are theirs together.");
        return ok ? 0 : 1;
    }

    /** Runs the warm-up ({@link WarmUp}) and prints its row; false if a round did not finish in time. */
    private boolean warmUp(BenchPhases phases, BenchTable t) throws InterruptedException {
        if (!warmup.auto()) {
            if (warmup.articles() == 0) {
                return true;
            }
            log("warm-up: %,d articles", warmup.articles());
            BenchPhases.Phase w = phases.run(warmup.articles(), 0);
            t.row("warm-up (not measured)", "%,d articles, %s", warmup.articles(),
                    w.finished() ? String.format(Locale.ROOT, "%,.0f articles/s", w.articlesPerSecond()) : "NOT FINISHED");
            return w.finished();
        }
        log("warm-up: rounds of %,d articles until the JIT compiler takes under %d%% of the CPU", WarmUp.ROUND,
                WarmUp.SETTLED_JIT_PERCENT);
        int published = 0;
        long nanos = 0;
        while (true) {
            BenchPhases.Phase round = phases.run(WarmUp.ROUND, 0);
            if (!round.finished()) {
                t.row("warm-up (not measured)", "NOT FINISHED after %,d articles", published + WarmUp.ROUND);
                return false;
            }
            published += WarmUp.ROUND;
            nanos += (long) (round.seconds() * 1e9);
            Long jit = round.cpuNanos().get(ThreadCpu.JIT);
            long process = round.cpuNanos().get("process");
            String jitShare = jit == null ? "JIT not measured" : String.format(Locale.ROOT, "JIT %.0f%% of the CPU", 100.0 * jit / process);
            log("warm-up: %,d articles, last round %,.0f articles/s, %s", published, round.articlesPerSecond(), jitShare);
            if (WarmUp.settled(published, jit, process)) {
                t.row("warm-up (not measured)", "%,d articles, %,.0f articles/s; last round %,.0f articles/s, %s",
                        published, published / (nanos / 1e9), round.articlesPerSecond(), jitShare);
                return true;
            }
        }
    }

    private static void printBurst(BenchTable t, BenchPhases.Phase burst) {
        var b = burst.batch();
        t.row("articles (burst)", "%,d published (%,d failed), mean %,d B, %.1f MB of text",
                b.articles(), b.failed(), b.textBytes() / Math.max(1, b.articles()), b.textBytes() / (double) MB);
        t.row("ingest rate", "%,.0f articles/s, %.1f MB/s (%.2f s)", b.articles() / b.seconds(),
                b.textBytes() / (double) MB / b.seconds(), b.seconds());
        if (!burst.finished()) {
            t.row("end-to-end throughput", "NOT FINISHED");
            return;
        }
        t.row("end-to-end throughput", "%,.0f articles/s (%.2f s first publish -> all processed)",
                burst.articlesPerSecond(), burst.seconds());
        t.row("latency, burst p50/p99/max", "%s (queueing)", BenchTable.latency(burst.latency()));
        long total = burst.recordsPerTopic().values().stream().mapToLong(Long::longValue).sum();
        t.row("records/article", "%.1f (incl. transaction markers), %,d records on %d topics",
                burst.perArticle(total), total, burst.recordsPerTopic().size());
        burst.recordsPerTopic().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> t.row("  " + e.getKey(), burst.perArticle(e.getValue()) < 0.1 ? "%.4f" : "%.2f",
                        burst.perArticle(e.getValue())));
        burst.cpuNanos().forEach((group, nanos) -> t.row("cpu ms/article " + group, "%.2f", burst.perArticle(nanos) / 1e6));
        t.row("  cores busy (process)", "%.2f", burst.cpuNanos().get("process") / 1e9 / burst.seconds());
    }

    private static void printFlatCheck(BenchTable t, BenchPhases.Phase small, BenchPhases.Phase large) {
        if (!small.finished() || !large.finished()) {
            t.row("flat check", "NOT FINISHED");
            return;
        }
        double ratio = large.articlesPerSecond() / small.articlesPerSecond();
        t.row("flat check", "%,d: %,.0f articles/s, %,d: %,.0f articles/s, ratio %.2f (%s)",
                small.batch().articles(), small.articlesPerSecond(), large.batch().articles(), large.articlesPerSecond(),
                ratio, Math.abs(ratio - 1) <= 0.2 ? "flat within 20%" : "NOT flat within 20%");
        t.row("  cpu ms/article process", "%.2f at %,d, %.2f at %,d",
                small.perArticle(small.cpuNanos().get("process")) / 1e6, small.batch().articles(),
                large.perArticle(large.cpuNanos().get("process")) / 1e6, large.batch().articles());
        // The corpus is not uniform: later articles recombine the texts in other orders and may carry more
        // events; the aggregate's work is per event, so the same check per event separates volume from mix.
        double smallEvents = eventsPerArticle(small), largeEvents = eventsPerArticle(large);
        if (smallEvents > 0 && largeEvents > 0) {
            double eventRatio = large.articlesPerSecond() * largeEvents / (small.articlesPerSecond() * smallEvents);
            t.row("  per event", "%.2f events/article at %,d, %.2f at %,d: %,.0f and %,.0f events/s, ratio %.2f (%s)",
                    smallEvents, small.batch().articles(), largeEvents, large.batch().articles(),
                    small.articlesPerSecond() * smallEvents, large.articlesPerSecond() * largeEvents, eventRatio,
                    Math.abs(eventRatio - 1) <= 0.2 ? "flat within 20%" : "NOT flat within 20%");
            // Rates move with whatever else the machine runs; CPU time per event is the cost itself.
            double smallCost = small.perArticle(small.cpuNanos().get("process")) / 1e6 / smallEvents;
            double largeCost = large.perArticle(large.cpuNanos().get("process")) / 1e6 / largeEvents;
            double costRatio = largeCost / smallCost;
            t.row("  cpu ms/event process", "%.3f at %,d, %.3f at %,d, ratio %.2f (%s)",
                    smallCost, small.batch().articles(), largeCost, large.batch().articles(), costRatio,
                    Math.abs(costRatio - 1) <= 0.2 ? "flat within 20%" : "NOT flat within 20%");
        }
    }

    /** Records written to the events topic per article in a phase (events, retractions and transaction markers). */
    private static double eventsPerArticle(BenchPhases.Phase phase) {
        return phase.perArticle(phase.recordsPerTopic().getOrDefault(Topics.EVENTS.name(), 0L));
    }

    private static void printPassthrough(BenchTable t, Optional<Passthrough.Result> passthrough, Optional<BenchPhases.Phase> burst) {
        if (passthrough.isEmpty()) {
            t.row("passthrough (EOS, 1 hop)", "NOT FINISHED");
            return;
        }
        Passthrough.Result p = passthrough.get();
        t.row("passthrough (EOS, 1 hop)", "%,.0f records/s (%,d records in %.2f s, first to last commit)",
                p.perSecond(), p.records(), p.seconds());
        burst.filter(BenchPhases.Phase::finished).ifPresent(b ->
                t.row("ratio to passthrough", "%.3f", b.articlesPerSecond() / p.perSecond()));
    }

    /** Whole-run figures (warm-up included), as before: what the pipeline produced. */
    private static void printTotals(BenchTable t, LocalPipeline pipeline) {
        double events = pipeline.enrichMetrics().find("conflictstream.events.extracted").counters().stream()
                .mapToDouble(Counter::count).sum();
        double enriched = pipeline.enrichMetrics().counter("conflictstream.articles.enriched").count();
        List<Counter> deadLetters = Stream.of(pipeline.enrichMetrics(), pipeline.aggregateMetrics())
                .flatMap(registry -> registry.find(DeadLetters.METRIC).counters().stream()).toList();
        String reasons = deadLetters.stream().filter(c -> c.count() > 0)
                .map(c -> c.getId().getTag("stage") + "/" + c.getId().getTag("reason") + " " + (long) c.count())
                .collect(Collectors.joining(", "));
        List<RegionTally> tallies = List.copyOf(pipeline.tallies().values());
        t.row("articles enriched (all phases)", "%,.0f", enriched);
        t.row("dead letters", "%,.0f%s", deadLetters.stream().mapToDouble(Counter::count).sum(),
                reasons.isEmpty() ? "" : " (" + reasons + ")");
        t.row("events extracted", "%,.0f", events);
        t.row("incidents", "%,d in %,d regions (%,d reports merged into them)",
                tallies.stream().mapToLong(RegionTally::getIncidents).sum(), tallies.size(),
                tallies.stream().mapToLong(RegionTally::getReports).sum());
    }

    /** Publishing starts once both services are RUNNING, so no latency is the start-up rebalance. */
    private static void awaitRunning(LocalPipeline pipeline) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!(pipeline.enrich().app().isRunning() && pipeline.aggregate().streams().state() == KafkaStreams.State.RUNNING)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("enrich and aggregate did not reach RUNNING within 2 minutes");
            }
            Thread.sleep(50);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void log(String format, Object... args) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, args));
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
