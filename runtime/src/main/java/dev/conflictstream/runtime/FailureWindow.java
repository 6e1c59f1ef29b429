package dev.conflictstream.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** Counts failures in a sliding time window: tells when there have been too many to keep retrying. */
final class FailureWindow {
    private final int max;
    private final long windowNanos;
    private final Deque<Long> times = new ArrayDeque<>();

    FailureWindow(int max, Duration window) {
        this.max = max;
        this.windowNanos = window.toNanos();
    }

    /** Records a failure at {@code nanoTime}; true when it is the {@code max}-th within the window. */
    synchronized boolean tooMany(long nanoTime) {
        times.addLast(nanoTime);
        while (nanoTime - times.peekFirst() > windowNanos) {
            times.removeFirst();
        }
        return times.size() >= max;
    }
}
