package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.conflictstream.aggregate.AggregateMetrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyPercentilesTest {

    private static CountAtBucket bucketMs(double upperMs, double cumulative) {
        return new CountAtBucket(TimeUnit.MILLISECONDS.toNanos((long) upperMs), cumulative);
    }

    @Test
    void interpolatesInsideTheBucketHoldingTheRank() {
        // 100 samples: 10 up to 100 ms, 80 in (100, 200], 10 in (200, 400]
        CountAtBucket[] buckets = {bucketMs(100, 10), bucketMs(200, 90), bucketMs(400, 100)};
        assertThat(LatencyPercentiles.percentile(buckets, 100, 0.50)).isCloseTo(0.150, within(1e-9));
        assertThat(LatencyPercentiles.percentile(buckets, 100, 0.99)).isCloseTo(0.380, within(1e-9));
        assertThat(LatencyPercentiles.percentile(buckets, 100, 0.05)).isCloseTo(0.050, within(1e-9));
    }

    @Test
    void emptyBucketsAreSkippedAndARankBeyondTheLastBucketGivesItsBound() {
        CountAtBucket[] buckets = {bucketMs(10, 0), bucketMs(20, 0), bucketMs(40, 4), bucketMs(80, 4)};
        assertThat(LatencyPercentiles.percentile(buckets, 4, 0.5)).isCloseTo(0.030, within(1e-9));
        assertThat(LatencyPercentiles.percentile(buckets, 5, 0.99)).isCloseTo(0.080, within(1e-9));
        assertThat(LatencyPercentiles.percentile(new CountAtBucket[0], 0, 0.5)).isNaN();
    }

    @Test
    void readsTheAggregateLatencyTimerOfAPrometheusRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new AggregateMetrics(registry);
        Timer timer = registry.get(AggregateMetrics.END_TO_END_LATENCY).timer();
        for (int ms = 1; ms <= 1000; ms++) {
            timer.record(Duration.ofMillis(ms));
        }
        LatencyPercentiles p = LatencyPercentiles.of(timer);
        assertThat(p.count()).isEqualTo(1000);
        // Buckets are ~10-30% wide: the interpolated figures land within a bucket of the truth.
        assertThat(p.p50()).isCloseTo(0.500, within(0.06));
        assertThat(p.p99()).isCloseTo(0.990, within(0.05)).isLessThanOrEqualTo(p.max());
        assertThat(p.max()).isCloseTo(1.000, within(1e-9));
        assertThat(p.withMax(2.5).max()).isEqualTo(2.5);
        assertThat(p.withMax(0.1).max()).isCloseTo(1.000, within(1e-9));
    }

    @Test
    void betweenTwoSnapshotsCountsOnlyTheSamplesRecordedInBetween() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Timer timer = Timer.builder("bench.test.latency").publishPercentileHistogram().register(registry);
        for (int i = 0; i < 1000; i++) {
            timer.record(Duration.ofSeconds(20)); // a burst that queued
        }
        var before = timer.takeSnapshot();
        for (int ms = 1; ms <= 100; ms++) {
            timer.record(Duration.ofMillis(ms));
        }
        // The timer's decaying max still says 20 s: capped at the top bucket that took a sample in between.
        LatencyPercentiles p = LatencyPercentiles.between(before, timer.takeSnapshot(), 20.0);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isCloseTo(0.050, within(0.01));
        assertThat(p.p99()).isCloseTo(0.099, within(0.015));
        assertThat(p.max()).isGreaterThanOrEqualTo(0.100).isLessThan(0.15);
        assertThat(LatencyPercentiles.between(before, before, 20.0).count()).isZero();
    }
}
