package dev.conflictstream.launcher;

import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every 100 ms on a daemon thread, the heap in use (peak over the whole run) and a
 * latency timer's max (peak since the last {@link #resetLatencyPeak()}): the Prometheus timer's max
 * decays after ~2 minutes and heap goes up and down, so both are sampled.
 */
final class PeakSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakLatencyNanos = new AtomicLong();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-sampler");
        t.setDaemon(true);
        return t;
    });

    PeakSampler(Timer latency) {
        executor.scheduleAtFixedRate(() -> {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            peakLatencyNanos.accumulateAndGet((long) latency.max(TimeUnit.NANOSECONDS), Math::max);
        }, 0, 100, TimeUnit.MILLISECONDS);
    }

    void resetLatencyPeak() {
        peakLatencyNanos.set(0);
    }

    double latencyPeakSeconds() {
        return peakLatencyNanos.get() / 1e9;
    }

    long heapPeakBytes() {
        return peakHeap.get();
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
