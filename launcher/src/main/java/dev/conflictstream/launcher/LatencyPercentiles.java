package dev.conflictstream.launcher;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.util.concurrent.TimeUnit;

/**
 * Percentiles read from a timer's histogram buckets, as Prometheus' {@code histogram_quantile}
 * does: find the bucket holding the rank, interpolate linearly inside it. The buckets are the
 * ones {@code publishPercentileHistogram()} publishes (cumulative counts, ~10-30% wide), so a
 * percentile is good to about a bucket's width; it never exceeds the recorded maximum.
 *
 * @param count samples recorded
 * @param p50   seconds
 * @param p99   seconds
 * @param max   seconds (the largest sample seen; the caller may raise it, see {@link #withMax})
 */
record LatencyPercentiles(long count, double p50, double p99, double max) {

    static LatencyPercentiles of(Timer timer) {
        HistogramSnapshot snapshot = timer.takeSnapshot();
        double max = snapshot.max(TimeUnit.SECONDS);
        CountAtBucket[] buckets = snapshot.histogramCounts();
        return new LatencyPercentiles(snapshot.count(),
                Math.min(max, percentile(buckets, snapshot.count(), 0.50)),
                Math.min(max, percentile(buckets, snapshot.count(), 0.99)), max);
    }

    /**
     * The percentiles of the samples recorded between two snapshots of the same timer (its
     * cumulative bucket counts subtracted). The timer's own max covers a decaying window that may
     * reach back before {@code before}, so the max is {@code observedMaxSeconds} (the caller's
     * peak of {@link Timer#max} over the interval) capped at the upper bound of the highest bucket
     * that received a sample in between.
     */
    static LatencyPercentiles between(HistogramSnapshot before, HistogramSnapshot after, double observedMaxSeconds) {
        CountAtBucket[] then = before.histogramCounts();
        CountAtBucket[] now = after.histogramCounts();
        long total = after.count() - before.count();
        CountAtBucket[] delta = new CountAtBucket[now.length];
        double topBound = 0;
        for (int i = 0; i < now.length; i++) {
            double count = now[i].count() - (i < then.length ? then[i].count() : 0);
            delta[i] = new CountAtBucket(now[i].bucket(), count);
            if (topBound == 0 && total > 0 && count >= total) {
                topBound = now[i].bucket(TimeUnit.SECONDS);
            }
        }
        double max = total == 0 ? Double.NaN
                : topBound == 0 ? observedMaxSeconds : Math.min(observedMaxSeconds, topBound);
        return new LatencyPercentiles(total, Math.min(max, percentile(delta, total, 0.50)),
                Math.min(max, percentile(delta, total, 0.99)), max);
    }

    /** The same percentiles with {@code max} raised to {@code observedMax} seconds if that is larger. */
    LatencyPercentiles withMax(double observedMax) {
        return new LatencyPercentiles(count, p50, p99, Math.max(max, observedMax));
    }

    /**
     * The {@code q} quantile in seconds of {@code total} samples in cumulative buckets; NaN without
     * samples; the last bound if the rank lies beyond the last bucket.
     */
    static double percentile(CountAtBucket[] cumulative, long total, double q) {
        if (total == 0 || cumulative.length == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (CountAtBucket bucket : cumulative) {
            double upperBound = bucket.bucket(TimeUnit.SECONDS);
            if (bucket.count() >= rank && bucket.count() > lowerCount) {
                return lowerBound + (upperBound - lowerBound) * (rank - lowerCount) / (bucket.count() - lowerCount);
            }
            lowerBound = upperBound;
            lowerCount = bucket.count();
        }
        return lowerBound;
    }
}
