package dev.conflictstream.launcher;

import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.enrich.EnrichConfig;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The bench's phases over one running pipeline: publish a batch of articles (as fast as possible
 * or paced), wait until enrich and aggregate have committed everything, and measure what happened
 * in between: throughput, CPU per thread group ({@link ThreadCpu}), records appended per topic
 * ({@link RecordCounter}) and the end-to-end latency histogram's samples of that phase alone.
 */
final class BenchPhases {
    static final String ENRICH = "enrich";
    static final String AGGREGATE = "aggregate";
    private static final Duration POLL = Duration.ofMillis(50);

    /** What one phase measured; {@code processedAtNanos} empty if it did not finish in time. */
    record Phase(BenchPublisher.Batch batch, OptionalLong processedAtNanos, Map<String, Long> cpuNanos,
                 Map<String, Long> recordsPerTopic, LatencyPercentiles latency) {
        boolean finished() {
            return processedAtNanos.isPresent();
        }

        /** First publish to everything committed by enrich and aggregate. */
        double seconds() {
            return (processedAtNanos.orElseThrow() - batch.startNanos()) / 1e9;
        }

        double articlesPerSecond() {
            return batch.articles() / seconds();
        }

        double perArticle(long total) {
            return total / (double) batch.articles();
        }
    }

    private final LocalPipeline pipeline;
    private final BenchPublisher publisher;
    private final PeakSampler sampler;
    private final Timer latency;
    private final Duration timeout;
    private final RecordCounter records;
    private final List<ThreadCpu.Group> cpuGroups;

    BenchPhases(LocalPipeline pipeline, BenchPublisher publisher, PeakSampler sampler, Timer latency, Duration timeout) {
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.sampler = sampler;
        this.latency = latency;
        this.timeout = timeout;
        this.records = new RecordCounter(pipeline.admin());
        this.cpuGroups = List.of(
                new ThreadCpu.Group(ENRICH, EnrichConfig.from(pipeline.serviceSettings()).streams().applicationId() + "-"),
                new ThreadCpu.Group(AGGREGATE, AggregateConfig.from(pipeline.serviceSettings()).applicationId() + "-"));
    }

    /** Publishes {@code n} articles at {@code rate} per second (0: as fast as possible) and measures until all are processed. */
    Phase run(int n, double rate) throws InterruptedException {
        var offsetsBefore = records.endOffsets();
        HistogramSnapshot latencyBefore = latency.takeSnapshot();
        sampler.resetLatencyPeak();
        ThreadCpu.Snapshot cpuBefore = ThreadCpu.take();
        BenchPublisher.Batch batch = publisher.publish(n, new Pacer(rate));
        OptionalLong processedAt = pipeline.awaitProcessedSince(timeout, POLL);
        ThreadCpu.Snapshot cpuAfter = ThreadCpu.take();
        LatencyPercentiles phaseLatency = LatencyPercentiles.between(latencyBefore, latency.takeSnapshot(),
                sampler.latencyPeakSeconds());
        var offsetsAfter = records.endOffsets();
        return new Phase(batch, processedAt, ThreadCpu.byGroup(cpuBefore, cpuAfter, cpuGroups),
                RecordCounter.perTopic(offsetsBefore, offsetsAfter), phaseLatency);
    }
}
